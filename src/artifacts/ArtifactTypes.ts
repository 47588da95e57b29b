import { ProjectArtifactTypesDocument, type ProjectArtifactTypesQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { ArtifactType } from './ArtifactType';

/** Options of `api.artifactTypes()`. */
export interface ArtifactTypesOptions extends PaginatorOptions {
  /** Types per request. @defaultValue 50 */
  perPage?: number;
}

/** The artifact types of a project, as a lazy collection. */
export class ArtifactTypes extends Paginator<ArtifactType> {
  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly path: { readonly entity: string | undefined; readonly project: string },
    options: ArtifactTypesOptions = {},
  ) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const entity = await ctx.resolveEntity(path.entity, callOptions);
        const data: ProjectArtifactTypesQuery = await ctx.transport.execute(
          ProjectArtifactTypesDocument,
          { entity, project: path.project, first: perPage, after: cursor },
          callOptions,
        );
        const connection = data.project?.artifactTypes;
        if (!connection) throw new NotFoundError(`Project ${entity}/${path.project} was not found`, { operation: 'ProjectArtifactTypes' });
        return pageOf(connection, (node) => new ArtifactType(ctx, entity, path.project, node));
      },
      options,
      'artifact types',
    );
    attachContext(this, ctx);
  }
}
