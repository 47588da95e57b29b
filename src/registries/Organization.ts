import { OrganizationDocument, type OrganizationQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, describeValue } from '../client/errors';
import type { CallOptions } from '../client/transport';
import { getOrganization } from './organizations';

type OrganizationData = NonNullable<OrganizationQuery['organization']>;

/** The entity of an organization: where its registries live. */
export interface OrganizationEntity {
  /** GraphQL node id. */
  readonly id: string;
  readonly name: string;
  /** `ORGANIZATION` as W&B reports it for an organization's entity. */
  readonly entityType: string | undefined;
}

/** A W&B organization (read-only). Get one with `api.organization()`. */
export class Organization {
  /** GraphQL node id. */
  readonly id: string;
  readonly name: string;
  /** The organization's own entity, which holds its registries; `undefined` when the server has none for it. */
  readonly orgEntity: OrganizationEntity | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: OrganizationData) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name;
    const entity = data.orgEntity;
    this.orgEntity = entity ? { id: entity.id, name: entity.name, entityType: entity.entityType ?? undefined } : undefined;
  }
}

/**
 * @internal `api.organization()`: the organization named, else the default entity's
 * organization (or the viewer's only one), as the Python client infers it.
 * @throws {@link NotFoundError} when there is no such organization, or none to infer.
 */
export async function getOrganizationDetails(ctx: SdkContext, name: string | undefined, options: CallOptions): Promise<Organization> {
  if (name !== undefined && (typeof name !== 'string' || !name.trim()))
    throw new InvalidArgumentError('name', `name must be an organization's name, got ${describeValue(name)}`);
  const orgName = name ?? (await getOrganization(ctx, undefined, options)).name;
  const data = await ctx.transport.execute(OrganizationDocument, { name: orgName }, options);
  if (!data.organization) throw new NotFoundError(`Organization ${JSON.stringify(orgName)} was not found`, { operation: 'Organization' });
  return new Organization(ctx, data.organization);
}
