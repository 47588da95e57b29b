import { RegistryByNameDocument, UpsertRegistryDocument } from '../../generated/graphql';
import { checkArtifactName, checkArtifactType, checkList, REGISTRY_PREFIX } from '../artifacts/names';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, ServerError } from '../client/errors';
import { getOrganization, requireRegistries } from './organizations';
import { type CreateRegistryOptions, Registries, type RegistriesOptions, type RegistryOptions } from './Registries';
import { Registry, toRegistryAccess } from './Registry';

/** `api.registries()`: the registries of an organization. */
export function listRegistries(ctx: SdkContext, options: RegistriesOptions): Registries {
  return new Registries(ctx, options);
}

/** `api.registry()`: one registry by its name without the `wandb-registry-` prefix. */
export async function getRegistry(ctx: SdkContext, name: string, options: RegistryOptions): Promise<Registry> {
  const { organization, ...callOptions } = options;
  checkArtifactName(name, 'name', 'registry name');
  await requireRegistries(ctx, callOptions);
  const org = await getOrganization(ctx, organization, callOptions);
  const data = await ctx.transport.execute(RegistryByNameDocument, { entity: org.orgEntity, name: `${REGISTRY_PREFIX}${name}` }, callOptions);
  const project = data.entity?.project;
  if (!project) throw new NotFoundError(`Registry ${name} was not found in organization ${org.name}`, { operation: 'RegistryByName' });
  return new Registry(ctx, org.name, project);
}

/** `api.createRegistry()`: creates a registry, refusing one that already exists. */
export async function createRegistry(ctx: SdkContext, options: CreateRegistryOptions): Promise<Registry> {
  const { name, visibility, organization, description, artifactTypes, ...callOptions } = options;
  checkArtifactName(name, 'name', 'registry name');
  const access = toRegistryAccess(visibility);
  if (description !== undefined && typeof description !== 'string') throw new InvalidArgumentError('description', 'description must be a string');
  const types =
    artifactTypes === undefined ? [] : checkList(artifactTypes, 'artifactTypes', (t, a) => checkArtifactType(t, a, { allowReserved: false }));
  await requireRegistries(ctx, callOptions);
  const org = await getOrganization(ctx, organization, callOptions);
  const fullName = `${REGISTRY_PREFIX}${name}`;
  // An upsert would change an existing registry, so check first, as the Python client does.
  const existing = await ctx.transport.execute(RegistryByNameDocument, { entity: org.orgEntity, name: fullName }, callOptions);
  if (existing.entity?.project) throw new InvalidArgumentError('name', `Registry ${name} already exists in organization ${org.name}`);
  const data = await ctx.transport.execute(
    UpsertRegistryDocument,
    {
      input: {
        entityName: org.orgEntity,
        name: fullName,
        access,
        allowAllArtifactTypesInRegistry: types.length === 0,
        artifactTypes: types.map((type) => ({ name: type })),
        ...(description !== undefined ? { description } : {}),
      },
    },
    callOptions,
  );
  const project = data.upsertModel?.project;
  if (!project) throw new ServerError(`Creating registry ${name} returned nothing`, { operation: 'UpsertRegistry' });
  if (!data.upsertModel?.inserted) throw new InvalidArgumentError('name', `Registry ${name} already exists in organization ${org.name}`);
  return new Registry(ctx, org.name, project);
}
