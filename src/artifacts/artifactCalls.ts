import { ArtifactByNameDocument, ProjectArtifactCollectionDocument, ProjectArtifactTypeDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { parseProjectPath } from '../client/paths';
import type { CallOptions } from '../client/transport';
import { getOrganization } from '../registries/organizations';
import { Artifact, toArtifactPlacement } from './Artifact';
import { ArtifactCollection } from './ArtifactCollection';
import { ArtifactCollections, type ArtifactCollectionsOptions } from './ArtifactCollections';
import { ArtifactType } from './ArtifactType';
import { ArtifactTypes, type ArtifactTypesOptions } from './ArtifactTypes';
import { Artifacts, type ArtifactsOptions } from './Artifacts';
import { type ArtifactPath, checkArtifactType, parseArtifactPath } from './names';

/** The entity a parsed artifact path lives in: the organization's entity for a registry path. */
async function entityOf(ctx: SdkContext, path: ArtifactPath, options: CallOptions): Promise<string> {
  if (path.isRegistry) return (await getOrganization(ctx, path.entity, options)).orgEntity;
  return ctx.resolveEntity(path.entity, options);
}

/** `null` for a {@link NotFoundError}, the answer otherwise (other errors are thrown). */
async function orNull<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** `api.artifact()`: one artifact version by name (a registry path included), optionally of one type. */
export async function getArtifact(ctx: SdkContext, name: string, type: string | undefined, options: CallOptions): Promise<Artifact> {
  const path = parseArtifactPath(name, ctx.defaults);
  if (type !== undefined) checkArtifactType(type);
  const entity = await entityOf(ctx, path, options);
  const data = await ctx.transport.execute(
    ArtifactByNameDocument,
    { entity, project: path.project, name: `${path.collection}:${path.alias}` },
    options,
  );
  if (!data.project) throw new NotFoundError(`Project ${entity}/${path.project} was not found`, { operation: 'ArtifactByName' });
  const membership = data.project.artifactCollectionMembership;
  const placement = membership ? toArtifactPlacement(membership) : undefined;
  if (!membership?.artifact || !placement)
    throw new NotFoundError(`Artifact ${entity}/${path.project}/${path.collection}:${path.alias} was not found`, { operation: 'ArtifactByName' });
  const artifact = new Artifact(ctx, membership.artifact, placement);
  if (type !== undefined && artifact.type !== type) {
    throw new NotFoundError(`Artifact ${artifact.qualifiedName} is of type ${artifact.type}, not ${type}`, { operation: 'ArtifactByName' });
  }
  return artifact;
}

/** `api.artifactExists()`: {@link getArtifact}, with `null` where it finds nothing. */
export function findArtifact(ctx: SdkContext, name: string, type: string | undefined, options: CallOptions): Promise<Artifact | null> {
  return orNull(getArtifact(ctx, name, type, options));
}

/** `api.artifacts()`: the versions of one collection. */
export function listArtifacts(ctx: SdkContext, typeName: string, name: string, options: ArtifactsOptions): Artifacts {
  checkArtifactType(typeName, 'typeName');
  const path = parseArtifactPath(name, ctx.defaults, 'name', { alias: false });
  return new Artifacts(
    ctx,
    { entity: path.entity, project: path.project, type: typeName, collection: path.collection, registry: path.isRegistry },
    options,
  );
}

/** `api.artifactType()`: one artifact type of a project path. */
export async function getArtifactType(ctx: SdkContext, typeName: string, project: string | undefined, options: CallOptions): Promise<ArtifactType> {
  checkArtifactType(typeName, 'typeName');
  const parsed = parseProjectPath(project, ctx.defaults, 'project');
  const entity = await ctx.resolveEntity(parsed.entity, options);
  const data = await ctx.transport.execute(ProjectArtifactTypeDocument, { entity, project: parsed.project, type: typeName }, options);
  const type = data.project?.artifactType;
  if (!type) throw new NotFoundError(`Artifact type ${typeName} was not found in ${entity}/${parsed.project}`, { operation: 'ProjectArtifactType' });
  return new ArtifactType(ctx, entity, parsed.project, type);
}

/** `api.artifactTypes()`: the artifact types of a project path. */
export function listArtifactTypes(ctx: SdkContext, project: string | undefined, options: ArtifactTypesOptions): ArtifactTypes {
  const parsed = parseProjectPath(project, ctx.defaults, 'project');
  return new ArtifactTypes(ctx, parsed, options);
}

/** `api.artifactCollection()`: one collection of a type. */
export async function getArtifactCollection(ctx: SdkContext, typeName: string, name: string, options: CallOptions): Promise<ArtifactCollection> {
  checkArtifactType(typeName, 'typeName');
  const path = parseArtifactPath(name, ctx.defaults, 'name', { alias: false });
  const entity = await entityOf(ctx, path, options);
  const data = await ctx.transport.execute(
    ProjectArtifactCollectionDocument,
    { entity, project: path.project, type: typeName, name: path.collection },
    options,
  );
  const collection = data.project?.artifactType?.artifactCollection;
  if (!collection)
    throw new NotFoundError(`No ${typeName} collection ${entity}/${path.project}/${path.collection}`, { operation: 'ProjectArtifactCollection' });
  return new ArtifactCollection(ctx, collection);
}

/** `api.artifactCollectionExists()`: {@link getArtifactCollection}, with `null` where it finds nothing. */
export function findArtifactCollection(ctx: SdkContext, typeName: string, name: string, options: CallOptions): Promise<ArtifactCollection | null> {
  return orNull(getArtifactCollection(ctx, typeName, name, options));
}

/** `api.artifactCollections()`: the collections of one type in a project path. */
export function listArtifactCollections(
  ctx: SdkContext,
  project: string,
  typeName: string,
  options: ArtifactCollectionsOptions,
): ArtifactCollections {
  checkArtifactType(typeName, 'typeName');
  const parsed = parseProjectPath(project, ctx.defaults, 'project');
  return new ArtifactCollections(ctx, { ...parsed, type: typeName }, options);
}
