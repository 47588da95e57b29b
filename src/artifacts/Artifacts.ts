import { ProjectArtifactsDocument, type ProjectArtifactsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { checkSortOrder, checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { getOrganization } from '../registries/organizations';
import { Artifact } from './Artifact';
import { checkList, checkTag } from './names';
import { checkMongoFilter } from '../client/mongo';
import { optionsOf } from '../client/options';

/** Options of `api.artifacts()` and `collection.artifacts()`. */
export interface ArtifactsOptions extends PaginatorOptions {
  /** Versions per request. @defaultValue 50 */
  perPage?: number;
  /** Only versions carrying every one of these tags. */
  tags?: string | string[];
  /** A W&B filter on the versions. @defaultValue `{ state: 'COMMITTED' }` */
  filters?: Record<string, unknown>;
  /** Sort order, such as `-createdAt`. @defaultValue newest version first */
  order?: string;
}

/** The collection an `Artifacts` list reads. */
export interface ArtifactsPath {
  readonly entity: string | undefined;
  readonly project: string;
  readonly type: string;
  readonly collection: string;
  /** Whether the project is a registry; `entity` is then the organization (or left to the default). */
  readonly registry?: boolean;
}

/** The versions of one artifact collection, as a lazy collection. */
export class Artifacts extends Paginator<Artifact> {
  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly path: ArtifactsPath,
    options: ArtifactsOptions = {},
  ) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    const tags = options.tags === undefined ? [] : checkList(typeof options.tags === 'string' ? [options.tags] : options.tags, 'tags', checkTag);
    const filters = encodeJsonArgument(checkMongoFilter(options.filters ?? { state: 'COMMITTED' }, 'filters'), 'filters');
    const order = checkSortOrder(options.order);
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const entity = path.registry
          ? (await getOrganization(ctx, path.entity, callOptions)).orgEntity
          : await ctx.resolveEntity(path.entity, callOptions);
        const data: ProjectArtifactsQuery = await ctx.transport.execute(
          ProjectArtifactsDocument,
          { entity, project: path.project, type: path.type, collection: path.collection, filters, order, first: perPage, after: cursor },
          callOptions,
        );
        const collection = data.project?.artifactType?.artifactCollection;
        if (!collection)
          throw new NotFoundError(`Artifact collection ${entity}/${path.project}/${path.collection} of type ${path.type} was not found`, {
            operation: 'ProjectArtifacts',
          });
        const connection = collection.artifacts;
        return pageOf(
          connection,
          (node, edge) => {
            const versionIndex = Number(/^v(\d+)$/.exec(edge.version)?.[1] ?? node.versionIndex ?? 0);
            const artifact = new Artifact(ctx, node, {
              entity,
              project: path.project,
              collection: path.collection,
              collectionId: collection.id,
              versionIndex,
            });
            return tags.every((t) => artifact.tags.includes(t)) ? artifact : undefined;
          },
          { totalCount: connection?.totalCount },
        );
      },
      options,
      'artifact versions',
    );
    attachContext(this, ctx);
  }
}
