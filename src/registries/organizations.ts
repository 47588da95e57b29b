import { OrganizationOrgEntityDocument, OrgInfoFromEntityDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, NotSupportedError } from '../client/errors';
import { ServerFeature, serverSupports } from '../client/serverFeatures';
import type { CallOptions, Transport } from '../client/transport';

/** An organization and the entity that holds its registries. */
export interface OrganizationInfo {
  readonly name: string;
  readonly orgEntity: string;
}

const cache = new WeakMap<Transport, Map<string, Promise<OrganizationInfo>>>();

/** The server feature registries need, as the Python client checks it. */
const REGISTRY_FEATURE = ServerFeature.ARTIFACT_REGISTRY_SEARCH;

/** Throws {@link NotSupportedError} unless the server offers registry search. */
export async function requireRegistries(ctx: SdkContext, options: CallOptions = {}): Promise<void> {
  if (!(await serverSupports(ctx, REGISTRY_FEATURE, options))) {
    throw new NotSupportedError(
      `This W&B server does not support registries (the ${REGISTRY_FEATURE} feature is off); upgrade the server to use them`,
    );
  }
}

async function getOrganizationUncached(ctx: SdkContext, organization: string | undefined, options: CallOptions): Promise<OrganizationInfo> {
  const entity = await ctx.resolveEntity(undefined, options);
  const data = await ctx.transport.execute(OrgInfoFromEntityDocument, { entity }, options);
  const candidates: OrganizationInfo[] = [];
  const add = (org: { name: string; orgEntity: { name: string } | null } | null | undefined) => {
    if (org?.orgEntity && !candidates.some((c) => c.name === org.name)) candidates.push({ name: org.name, orgEntity: org.orgEntity.name });
  };
  add(data.entity?.organization);
  for (const org of data.entity?.user?.organizations ?? []) add(org);

  if (organization !== undefined) {
    const match = candidates.find((c) => c.name === organization || c.orgEntity === organization);
    if (match) return match;
    const direct = await ctx.transport.execute(OrganizationOrgEntityDocument, { organization }, options);
    const org = direct.organization;
    if (org?.orgEntity) return { name: org.name, orgEntity: org.orgEntity.name };
    throw new NotFoundError(`Organization ${JSON.stringify(organization)} was not found among the organizations of ${entity}`, {
      operation: 'OrgInfoFromEntity',
    });
  }
  const own = data.entity?.organization;
  if (own?.orgEntity) return { name: own.name, orgEntity: own.orgEntity.name };
  if (candidates.length === 1) return candidates[0] as OrganizationInfo;
  if (candidates.length === 0) {
    throw new NotFoundError(`${entity} belongs to no organization, and registries live in an organization`, { operation: 'OrgInfoFromEntity' });
  }
  throw new InvalidArgumentError(
    'organization',
    `${entity} belongs to several organizations (${candidates.map((c) => c.name).join(', ')}); pass \`organization\``,
  );
}

/**
 * The organization to use: the one named (by name or by its entity's name), else the default
 * entity's organization, else the viewer's only organization. Asked once per `Api`.
 */
export function getOrganization(ctx: SdkContext, organization: string | undefined, options: CallOptions = {}): Promise<OrganizationInfo> {
  let byName = cache.get(ctx.transport);
  if (!byName) cache.set(ctx.transport, (byName = new Map()));
  const key = organization ?? '';
  let pending = byName.get(key);
  if (!pending) {
    pending = getOrganizationUncached(ctx, organization, options);
    byName.set(key, pending);
    const current = pending;
    const table = byName;
    current.catch(() => {
      if (table.get(key) === current) table.delete(key);
    });
  }
  return pending;
}
