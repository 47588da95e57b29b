import { ProjectArtifactCollectionsDocument, type ProjectArtifactCollectionsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { checkSortOrder, checkPageSize, pageOf, Paginator } from '../client/paginator';
import { ArtifactCollection } from './ArtifactCollection';
import type { ArtifactCollectionsOptions } from './ArtifactCollections';
import { checkMongoFilter } from '../client/mongo';
import { optionsOf } from '../client/options';

/** Options of `project.collections()`. */
export interface ProjectCollectionsOptions extends ArtifactCollectionsOptions {
  /** Only sequences (`SEQUENCE`, where versions are logged) or portfolios (`PORTFOLIO`, where they are linked). */
  kinds?: Array<'SEQUENCE' | 'PORTFOLIO'>;
}

/** The artifact collections of a project, of every type, as a lazy collection. */
export class ProjectCollections extends Paginator<ArtifactCollection> {
  declare protected readonly ctx: SdkContext;

  /** @internal Built by `Project`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly path: { readonly entity: string; readonly project: string },
    options: ProjectCollectionsOptions = {},
  ) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    const filters = options.filters === undefined ? null : encodeJsonArgument(checkMongoFilter(options.filters, 'filters'), 'filters');
    const kinds = options.kinds ?? null;
    if (kinds !== null && (!Array.isArray(kinds) || Array.from(kinds).some((k) => k !== 'SEQUENCE' && k !== 'PORTFOLIO'))) {
      throw new InvalidArgumentError('kinds', "kinds must be an array of 'SEQUENCE' and 'PORTFOLIO'");
    }
    const order = checkSortOrder(options.order);
    super(
      async (cursor, signal) => {
        const data: ProjectArtifactCollectionsQuery = await ctx.transport.execute(
          ProjectArtifactCollectionsDocument,
          { entity: path.entity, project: path.project, collectionTypes: kinds, filters, order, first: perPage, after: cursor },
          signal ? { signal } : {},
        );
        if (!data.project)
          throw new NotFoundError(`Project ${path.entity}/${path.project} was not found`, { operation: 'ProjectArtifactCollections' });
        const connection = data.project.artifactCollections;
        return pageOf(connection, (node) => new ArtifactCollection(ctx, node), { totalCount: connection?.totalCount });
      },
      options,
      'project collections',
    );
    attachContext(this, ctx);
  }
}
