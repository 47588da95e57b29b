import { RegistryVersionsDocument, type RegistryVersionsQuery } from '../../generated/graphql';
import { Artifact, toArtifactPlacement } from '../artifacts/Artifact';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { checkFilter, VERSION_FILTER_FIELDS, type RegistryFilter } from './filters';
import { requireRegistries, getOrganization } from './organizations';

/** Options of `.versions()` on registries, a registry, or registry collections. */
export interface RegistryVersionsOptions extends PaginatorOptions {
  /** A filter on the versions: `tag`, `alias`, `created_at`, `updated_at`, `metadata` (and `metadata.<key>`). */
  filter?: RegistryFilter;
  /** Versions per request. @defaultValue 100 */
  perPage?: number;
}

/** @internal What a versions search is narrowed to. */
export interface RegistrySearchScope {
  readonly organization: string | undefined;
  /** Already checked and prefixed. */
  readonly registryFilter: RegistryFilter | undefined;
  readonly collectionFilter: RegistryFilter | undefined;
}

/** Artifact versions linked into an organization's registries, as a lazy collection. */
export class RegistryVersions extends Paginator<Artifact> {
  declare protected readonly ctx: SdkContext;

  /** @internal Built by the registries classes; not for direct use. */
  constructor(ctx: SdkContext, scope: RegistrySearchScope, options: RegistryVersionsOptions = {}) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 100);
    const artifactFilter =
      options.filter === undefined ? null : encodeJsonArgument(checkFilter(options.filter, 'filter', VERSION_FILTER_FIELDS), 'filter');
    const registryFilter = scope.registryFilter ? encodeJsonArgument(scope.registryFilter, 'filter') : null;
    const collectionFilter = scope.collectionFilter ? encodeJsonArgument(scope.collectionFilter, 'filter') : null;
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        await requireRegistries(ctx, callOptions);
        const org = await getOrganization(ctx, scope.organization, callOptions);
        const data: RegistryVersionsQuery = await ctx.transport.execute(
          RegistryVersionsDocument,
          { organization: org.name, registryFilter, collectionFilter, artifactFilter, first: perPage, after: cursor },
          callOptions,
        );
        const orgEntity = data.organization?.orgEntity;
        if (!orgEntity) throw new NotFoundError(`Organization ${org.name} was not found`, { operation: 'RegistryVersions' });
        return pageOf(orgEntity.artifactMemberships, (node) => {
          const placement = toArtifactPlacement(node);
          return node.artifact && placement ? new Artifact(ctx, node.artifact, placement) : undefined;
        });
      },
      options,
      'registry versions',
    );
    attachContext(this, ctx);
  }
}
