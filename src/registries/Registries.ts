import { RegistryProjectsDocument, type RegistryProjectsQuery } from '../../generated/graphql';
import { REGISTRY_PREFIX } from '../artifacts/names';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { optionsOf } from '../client/options';
import { checkSortOrder, checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import type { CallOptions } from '../client/transport';
import { checkFilter, REGISTRY_FILTER_FIELDS, withRegistryPrefix, type RegistryFilter } from './filters';
import { requireRegistries, getOrganization } from './organizations';
import { Registry, type RegistryVisibility } from './Registry';
import { RegistryCollections, type RegistryCollectionsOptions } from './RegistryCollections';
import { RegistryVersions, type RegistryVersionsOptions } from './RegistryVersions';

/** Options of `api.registry()`. */
export interface RegistryOptions extends CallOptions {
  /** The organization. @defaultValue the default entity's organization */
  organization?: string;
}

/** Options of `api.createRegistry()`. */
export interface CreateRegistryOptions extends CallOptions {
  /** The registry's name, without the `wandb-registry-` prefix. */
  name: string;
  /** `organization`: everyone in the organization can see it; `restricted`: only invited members. */
  visibility: RegistryVisibility;
  /** @defaultValue the default entity's organization */
  organization?: string;
  description?: string;
  /** The artifact types the registry accepts. @defaultValue all types */
  artifactTypes?: string[];
}

/** Options of `api.registries()`. */
export interface RegistriesOptions extends PaginatorOptions {
  /** The organization. @defaultValue the default entity's organization */
  organization?: string;
  /**
   * A filter on the registries: `name` (with or without the `wandb-registry-` prefix),
   * `description`, `created_at`, `updated_at`.
   * @example `{ name: { $regex: 'model' } }`
   */
  filter?: RegistryFilter;
  /** Sort order: `[+-]name`, `created_at`, `updated_at`. */
  order?: string;
  /** Registries per request. @defaultValue 100 */
  perPage?: number;
}

/**
 * An organization's registries, as a lazy collection. `.collections()` and `.versions()` search
 * the collections and versions of the registries it selects.
 */
export class Registries extends Paginator<Registry> {
  declare protected readonly ctx: SdkContext;
  readonly #organization: string | undefined;
  readonly #filter: RegistryFilter | undefined;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, options: RegistriesOptions = {}) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 100);
    const filter = options.filter === undefined ? undefined : withRegistryPrefix(checkFilter(options.filter, 'filter', REGISTRY_FILTER_FIELDS));
    const filters = filter ? encodeJsonArgument(filter, 'filter') : null;
    const order = checkSortOrder(options.order);
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        await requireRegistries(ctx, callOptions);
        const org = await getOrganization(ctx, options.organization, callOptions);
        const data: RegistryProjectsQuery = await ctx.transport.execute(
          RegistryProjectsDocument,
          { organization: org.name, filters, order, first: perPage, after: cursor },
          callOptions,
        );
        const orgEntity = data.organization?.orgEntity;
        if (!orgEntity) throw new NotFoundError(`Organization ${org.name} was not found`, { operation: 'RegistryProjects' });
        return pageOf(orgEntity.projects, (node) => (node.name.startsWith(REGISTRY_PREFIX) ? new Registry(ctx, org.name, node) : undefined));
      },
      options,
      'registries',
      'walk',
    );
    this.#organization = options.organization;
    this.#filter = filter;
    attachContext(this, ctx);
  }

  /** The collections of these registries. */
  collections(options: RegistryCollectionsOptions = {}): RegistryCollections {
    return new RegistryCollections(this.ctx, { organization: this.#organization, registryFilter: this.#filter }, optionsOf(options));
  }

  /** The versions linked into these registries. */
  versions(options: RegistryVersionsOptions = {}): RegistryVersions {
    return new RegistryVersions(
      this.ctx,
      { organization: this.#organization, registryFilter: this.#filter, collectionFilter: undefined },
      optionsOf(options),
    );
  }
}
