import { ArtifactTypeCollectionsDocument, type ArtifactTypeCollectionsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { checkSortOrder, checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { ArtifactCollection } from './ArtifactCollection';
import { checkMongoFilter } from '../client/mongo';
import { optionsOf } from '../client/options';

/** Options of `api.artifactCollections()` and `type.collections()`. */
export interface ArtifactCollectionsOptions extends PaginatorOptions {
  /** Collections per request. @defaultValue 50 */
  perPage?: number;
  /** A W&B filter on the collections (`name`, `description`, `tag`, `created_at`, `updated_at`). */
  filters?: Record<string, unknown>;
  /** Sort order, such as `-createdAt` or `name`. @defaultValue newest first */
  order?: string;
}

/** The collections of one artifact type in a project, as a lazy collection. */
export class ArtifactCollections extends Paginator<ArtifactCollection> {
  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly path: { readonly entity: string | undefined; readonly project: string; readonly type: string },
    options: ArtifactCollectionsOptions = {},
  ) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    const filters = options.filters === undefined ? null : encodeJsonArgument(checkMongoFilter(options.filters, 'filters'), 'filters');
    const order = checkSortOrder(options.order);
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const entity = await ctx.resolveEntity(path.entity, callOptions);
        const data: ArtifactTypeCollectionsQuery = await ctx.transport.execute(
          ArtifactTypeCollectionsDocument,
          { entity, project: path.project, type: path.type, filters, order, first: perPage, after: cursor },
          callOptions,
        );
        const type = data.project?.artifactType;
        if (!type)
          throw new NotFoundError(`Artifact type ${path.type} was not found in ${entity}/${path.project}`, { operation: 'ArtifactTypeCollections' });
        const connection = type.artifactCollections;
        return pageOf(connection, (node) => new ArtifactCollection(ctx, node), { totalCount: connection?.totalCount });
      },
      options,
      'artifact collections',
    );
    attachContext(this, ctx);
  }
}
