import { RegistryCollectionsDocument, type RegistryCollectionsQuery } from '../../generated/graphql';
import { ArtifactCollection } from '../artifacts/ArtifactCollection';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { optionsOf } from '../client/options';
import { checkSortOrder, checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { checkFilter, COLLECTION_FILTER_FIELDS, type RegistryFilter } from './filters';
import { requireRegistries, getOrganization } from './organizations';
import { RegistryVersions, type RegistrySearchScope, type RegistryVersionsOptions } from './RegistryVersions';

/** Options of `.collections()` on registries or a registry. */
export interface RegistryCollectionsOptions extends PaginatorOptions {
  /** A filter on the collections: `name`, `tag`, `description`, `created_at`, `updated_at`. */
  filter?: RegistryFilter;
  /** Sort order: `[+-]name`, `created_at`, `updated_at`. */
  order?: string;
  /** Collections per request. @defaultValue 100 */
  perPage?: number;
}

/** Collections of an organization's registries, as a lazy collection; `.versions()` searches their versions. */
export class RegistryCollections extends Paginator<ArtifactCollection> {
  declare protected readonly ctx: SdkContext;
  readonly #scope: RegistrySearchScope;

  /** @internal Built by the registries classes; not for direct use. */
  constructor(ctx: SdkContext, scope: Omit<RegistrySearchScope, 'collectionFilter'>, options: RegistryCollectionsOptions = {}) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 100);
    const collectionFilter = options.filter === undefined ? undefined : checkFilter(options.filter, 'filter', COLLECTION_FILTER_FIELDS);
    const registryFilter = scope.registryFilter ? encodeJsonArgument(scope.registryFilter, 'filter') : null;
    const encodedCollectionFilter = collectionFilter ? encodeJsonArgument(collectionFilter, 'filter') : null;
    const order = checkSortOrder(options.order);
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        await requireRegistries(ctx, callOptions);
        const org = await getOrganization(ctx, scope.organization, callOptions);
        const data: RegistryCollectionsQuery = await ctx.transport.execute(
          RegistryCollectionsDocument,
          { organization: org.name, registryFilter, collectionFilter: encodedCollectionFilter, order, first: perPage, after: cursor },
          callOptions,
        );
        const orgEntity = data.organization?.orgEntity;
        if (!orgEntity) throw new NotFoundError(`Organization ${org.name} was not found`, { operation: 'RegistryCollections' });
        const connection = orgEntity.artifactCollections;
        // Registries hold portfolios; a sequence here would not be a registry collection.
        return pageOf(connection, (node) => (node.__typename === 'ArtifactPortfolio' ? new ArtifactCollection(ctx, node) : undefined), {
          totalCount: connection?.totalCount,
        });
      },
      options,
      'registry collections',
    );
    this.#scope = { ...scope, collectionFilter };
    attachContext(this, ctx);
  }

  /** The versions in these collections. */
  versions(options: RegistryVersionsOptions = {}): RegistryVersions {
    return new RegistryVersions(this.ctx, this.#scope, optionsOf(options));
  }
}
