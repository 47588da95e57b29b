import type {
  ArtifactPortfolioResolvers,
  CreateArtifactInput,
  CreateArtifactCollectionTagAssignmentsInput,
  DeleteArtifactCollectionTagAssignmentsInput,
  Resolvers,
} from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { Query as MongoQuery } from 'mingo';
import { canReadProject, linked, requireWrite } from '../access';
import {
  addMembership,
  artifactType,
  artifactTypesOf,
  collectionsOf,
  createArtifactVersion,
  ensureArtifactType,
  findCollection,
  liveCollection,
  md5Hex,
  membershipsOf,
  membershipsOfArtifact,
  newCollection,
  newestCommitted,
  refreshLatest,
  resolveMembership,
  sequenceOf,
  setAlias,
  splitArtifactName,
  useKey,
  type ArtifactCollectionRecord,
  type ArtifactMembershipRecord,
  type ArtifactRecord,
  type ManifestEntryRecord,
  type RunRef,
} from './records';
import { REGISTRY_PREFIX, registrySettings } from '../registries/records';
import { connection, type ConnectionArgs } from '../connection';
import { blobUrl } from '../storage';
import type { FakeContext } from '../schema';
import { base64 } from '../ids';
import type { ProjectRecord } from '../projects/records';
import type { RunRecord } from '../runs/records';
import { newProject } from '../projects/resolvers';

// ── helpers shared with the registries resolvers ──

/** A predicate for a Mongo-style JSON filter argument (`null` matches everything). */
export function mongoFilter(filters: string | null | undefined, argument: string): (doc: Record<string, unknown>) => boolean {
  if (filters === null || filters === undefined || filters === '') return () => true;
  let parsed: unknown;
  try {
    parsed = JSON.parse(filters);
  } catch {
    throw new GraphQLError(`${argument} is not valid JSON`);
  }
  if (parsed === null) return () => true;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new GraphQLError(`${argument} must be a JSON object`);
  let query: MongoQuery;
  try {
    query = new MongoQuery(parsed as Record<string, unknown>);
  } catch (error) {
    throw new GraphQLError(`${argument} is not a valid filter: ${(error as Error).message}`);
  }
  return (doc) => query.test(doc);
}

const ORDER_ALIASES: Record<string, string> = { created_at: 'createdAt', updated_at: 'updatedAt', version_index: 'versionIndex' };

/** Sorts by a W&B order string (`-createdAt`, `+name`, `created_at`); `allowed` lists the fields. */
export function sortByOrder<T>(
  items: T[],
  order: string | null | undefined,
  fallback: string,
  valueOf: (item: T, field: string) => unknown,
  allowed: readonly string[],
): T[] {
  const spec = (order ?? '').trim() || fallback;
  const descending = spec.startsWith('-');
  const raw = spec.replace(/^[+-]/, '');
  const field = ORDER_ALIASES[raw] ?? raw;
  if (!allowed.includes(field)) throw new GraphQLError(`cannot order by ${raw}; use one of ${allowed.join(', ')}`);
  return items
    .map((item, index) => ({ item, index, value: valueOf(item, field) }))
    .sort((a, b) => {
      const x = a.value as string | number;
      const y = b.value as string | number;
      const c = x < y ? -1 : x > y ? 1 : 0;
      return (descending ? -c : c) || a.index - b.index;
    })
    .map((x) => x.item);
}

/** The project of a record, when the viewer may read it. */
export function readableProject(ctx: FakeContext, entity: string, project: string): ProjectRecord | undefined {
  const record = ctx.store.project(entity, project);
  return record && canReadProject(ctx, record) ? record : undefined;
}

/** What a collection filter sees of a collection. */
export function collectionDoc(collection: ArtifactCollectionRecord): Record<string, unknown> {
  return {
    name: collection.name,
    description: collection.description,
    tag: collection.tags,
    tags: collection.tags,
    type: collection.type,
    state: collection.state,
    created_at: collection.createdAt,
    createdAt: collection.createdAt,
    updated_at: collection.updatedAt,
    updatedAt: collection.updatedAt,
  };
}

/** What a version filter sees of an artifact in a collection. */
export function versionDoc(artifact: ArtifactRecord, membership: ArtifactMembershipRecord | undefined): Record<string, unknown> {
  const version = `v${membership?.versionIndex ?? artifact.versionIndex}`;
  const aliases = [...(membership?.aliases ?? []), version];
  return {
    alias: aliases,
    aliases,
    tag: artifact.tags,
    tags: artifact.tags,
    version,
    versionIndex: membership?.versionIndex ?? artifact.versionIndex,
    state: artifact.state,
    digest: artifact.digest,
    description: artifact.description,
    metadata: artifact.metadata,
    created_at: artifact.createdAt,
    createdAt: artifact.createdAt,
    updated_at: artifact.updatedAt,
    updatedAt: artifact.updatedAt,
  };
}

/** Collections of one type, or of the given collection types, filtered and ordered. */
export function listCollections(
  collections: ArtifactCollectionRecord[],
  args: ConnectionArgs & { filters?: string | null; order?: string | null; collectionTypes?: readonly string[] | null },
) {
  const match = mongoFilter(args.filters, 'filters');
  const kinds = args.collectionTypes?.map((t) => (t === 'PORTFOLIO' ? 'ArtifactPortfolio' : 'ArtifactSequence'));
  const picked = collections.filter((c) => (!kinds || kinds.includes(c.__typename)) && match(collectionDoc(c)));
  const sorted = sortByOrder(picked, args.order, '-createdAt', (c, f) => collectionDoc(c)[f], ['name', 'createdAt', 'updatedAt']);
  return connection(sorted, args, (c) => c.id);
}

function alias(membership: ArtifactMembershipRecord, name: string, ctx: FakeContext) {
  const collection = ctx.store.artifactCollections.get(membership.collectionId);
  return {
    id: base64(`ArtifactAlias:${membership.id}:${name}`),
    alias: name,
    artifactCollectionName: collection?.name ?? '',
    artifactCollection: collection ?? null,
    artifact: ctx.store.artifacts.get(membership.artifactId) ?? null,
  };
}

function tagObject(name: string) {
  return { id: base64(`Tag:${name}`), name, tagCategoryName: 'default', attributes: '{}' };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The authenticated W&B route that serves an artifact file (the client's fallback). */
export function artifactFileRoute(
  origin: string,
  collection: ArtifactCollectionRecord,
  artifact: ArtifactRecord,
  path: string,
  entry: ManifestEntryRecord,
): string | null {
  const hex = md5Hex(entry.digest);
  if (!hex || entry.ref !== undefined) return null;
  const part = encodeURIComponent;
  const region = artifact.storageRegion ?? 'default';
  return `${origin}/artifactsV2/${part(region)}/${part(collection.entity)}/${part(collection.project)}/${part(collection.name)}/${part(entry.birthArtifactID ?? '')}/${hex}/${part(basename(path))}`;
}

const MIME: Record<string, string> = { json: 'application/json', txt: 'text/plain', csv: 'text/csv', png: 'image/png', md: 'text/markdown' };

/** A `File` object for one manifest entry, as W&B lists artifact files. */
function fileObject(ctx: FakeContext, artifact: ArtifactRecord, collection: ArtifactCollectionRecord, path: string, entry: ManifestEntryRecord) {
  const hex = md5Hex(entry.digest);
  const name = basename(path);
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return {
    id: base64(`File:${artifact.id}:${path}`),
    name: path,
    displayName: path,
    directUrl: entry.ref ?? (hex ? blobUrl(ctx, hex, name) : ''),
    url: entry.ref ?? artifactFileRoute(ctx.origin, collection, artifact, path, entry),
    sizeBytes: entry.size ?? 0,
    md5: hex ? entry.digest : null,
    digest: entry.digest,
    mimetype: MIME[extension] ?? 'application/octet-stream',
    storagePath: hex ? `wandb_artifacts/${hex.slice(0, 2)}/${hex}` : null,
    storageBucket: null,
    isReference: entry.ref !== undefined,
    exists: entry.ref !== undefined || (hex !== undefined && ctx.store.blobs.has(hex)),
    archived: false,
    special: false,
    uploadHeaders: [],
    uploadUrl: null,
    createdAt: artifact.createdAt,
    updatedAt: artifact.updatedAt,
    deletedAt: null,
    artifact,
  };
}

function fileConnection(
  ctx: FakeContext,
  artifact: ArtifactRecord,
  collection: ArtifactCollectionRecord,
  args: ConnectionArgs & { names?: readonly string[] | null },
) {
  const names = args.names ? new Set(args.names) : undefined;
  const paths = Object.keys(artifact.contents)
    .sort()
    .filter((p) => !names || names.has(p));
  const files = paths.map((p) => fileObject(ctx, artifact, collection, p, artifact.contents[p] as ManifestEntryRecord));
  return { ...connection(files, args, (f) => f.name), uploadHeaders: [] };
}

/**
 * The artifact, unless deleted or the viewer may read none of the collections holding it (a
 * registry's readers see the versions linked there even without access to the source project).
 */
function visibleArtifact(ctx: FakeContext, artifact: ArtifactRecord | undefined): ArtifactRecord | null {
  if (!artifact || artifact.state === 'DELETED') return null;
  const collections = [artifact.sequenceId, ...membershipsOfArtifact(ctx.store, artifact.id).map((m) => m.collectionId)];
  return collections.some((id) => {
    const collection = ctx.store.artifactCollections.get(id);
    return collection !== undefined && readableProject(ctx, collection.entity, collection.project) !== undefined;
  })
    ? artifact
    : null;
}

/** The artifact unless deleted; reached through a collection the viewer may read. */
function liveArtifact(artifact: ArtifactRecord | undefined): ArtifactRecord | null {
  return artifact && artifact.state !== 'DELETED' ? artifact : null;
}

function visibleCollection(ctx: FakeContext, collection: ArtifactCollectionRecord | undefined): ArtifactCollectionRecord | null {
  return collection && collection.state === 'READY' && readableProject(ctx, collection.entity, collection.project) ? collection : null;
}

function membershipByName(ctx: FakeContext, project: ProjectRecord, name: string): ArtifactMembershipRecord | null {
  const { collection, alias: aliasName } = splitArtifactName(name);
  const found = findCollection(ctx.store, project.entity, project.name, collection);
  const membership = found ? resolveMembership(ctx.store, found, aliasName) : undefined;
  return membership && liveArtifact(ctx.store.artifacts.get(membership.artifactId)) ? membership : null;
}

function runOf(ctx: FakeContext, ref: RunRef): RunRecord | undefined {
  return ctx.store.run(ref.entity, ref.project, ref.run);
}

function sameRun(ref: RunRef, run: RunRecord): boolean {
  return ref.entity === run.entity && ref.project === run.project && ref.run === run.name;
}

function requireArtifact(ctx: FakeContext, id: string): ArtifactRecord {
  const artifact = visibleArtifact(ctx, ctx.store.artifacts.get(id));
  if (!artifact) throw new GraphQLError(`artifact ${id} not found`);
  return artifact;
}

function requireCollection(ctx: FakeContext, id: string, kind?: ArtifactCollectionRecord['__typename']): ArtifactCollectionRecord {
  const collection = visibleCollection(ctx, ctx.store.artifactCollections.get(id));
  if (!collection || (kind && collection.__typename !== kind)) throw new GraphQLError(`artifact collection ${id} not found`);
  return collection;
}

function membershipIn(ctx: FakeContext, artifact: ArtifactRecord, entity: string, project: string, collectionName: string): ArtifactMembershipRecord {
  const collection = findCollection(ctx.store, entity, project, collectionName);
  const membership = collection ? membershipsOf(ctx.store, collection.id).find((m) => m.artifactId === artifact.id) : undefined;
  if (!membership) throw new GraphQLError(`artifact ${artifact.id} is not in collection ${entity}/${project}/${collectionName}`);
  return membership;
}

function parseMetadata(text: string | null | undefined): Record<string, unknown> | undefined {
  if (text === null || text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GraphQLError('metadata is not valid JSON');
  }
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new GraphQLError('metadata must be a JSON object');
  return value as Record<string, unknown>;
}

const NAME = /^[A-Za-z0-9_\-.]+$/;
/** W&B's tags: words of letters, digits, `-` and `_`, separated by spaces. */
const TAG = /^[-\w]+( +[-\w]+)*$/;

/**
 * `createArtifact`, as `run.log_artifact()` and `wandb.init` send it. With digest deduplication
 * (what the clients ask for), a digest the collection already holds gives that version back, with
 * the new aliases and tags, as an output of the run besides the run that made it. Otherwise a new version is
 * made, `PENDING` until its files are uploaded and it is committed.
 */
function createArtifact(ctx: FakeContext, input: CreateArtifactInput) {
  const name = input.artifactCollectionNames?.[0] ?? input.artifactCollectionName;
  if (!name) throw new GraphQLError('createArtifact: artifactCollectionNames (or artifactCollectionName) is required');
  if (!NAME.test(name)) throw new GraphQLError(`invalid collection name ${JSON.stringify(name)}`);
  if (!NAME.test(input.artifactTypeName)) throw new GraphQLError(`invalid artifact type ${JSON.stringify(input.artifactTypeName)}`);
  if (!/^[0-9a-f]{32}$/.test(input.digest) && !/^[A-Za-z0-9+/]{22}==$/.test(input.digest)) {
    throw new GraphQLError(`invalid digest ${JSON.stringify(input.digest)}: expected an MD5 (hex or base64)`);
  }
  if (!ctx.store.entities.has(input.entityName)) throw new GraphQLError(`entity ${input.entityName} not found`);
  requireWrite(ctx, input.entityName);
  let run: RunRecord | undefined;
  if (input.runName) {
    run = ctx.store.run(input.entityName, input.projectName, input.runName);
    if (!run) throw new GraphQLError(`run ${input.entityName}/${input.projectName}/${input.runName} not found`);
  }
  const metadata = parseMetadata(input.metadata);
  const tags = (input.tags ?? []).map((t) => t.tagName);
  for (const tag of tags) if (!TAG.test(tag)) throw new GraphQLError(`invalid tag ${JSON.stringify(tag)}`);
  const aliases = (input.aliases ?? []).map((a) => {
    if (a.artifactCollectionName !== name) throw new GraphQLError(`alias ${a.alias} names collection ${a.artifactCollectionName}, not ${name}`);
    if (!NAME.test(a.alias) || /^v\d+$/.test(a.alias)) throw new GraphQLError(`invalid alias ${JSON.stringify(a.alias)}`);
    return a.alias;
  });
  const existing = findCollection(ctx.store, input.entityName, input.projectName, name);
  if (existing && existing.type !== input.artifactTypeName)
    throw new GraphQLError(`artifact ${name} is of type ${existing.type}, not ${input.artifactTypeName}`);
  const creator = run ? { entity: run.entity, project: run.project, run: run.name } : null;
  const same =
    existing && input.enableDigestDeduplication
      ? membershipsOf(ctx.store, existing.id).find((m) => {
          const version = ctx.store.artifacts.get(m.artifactId);
          return version?.state === 'COMMITTED' && version.digest === input.digest;
        })
      : undefined;
  let artifact: ArtifactRecord;
  if (same) {
    artifact = ctx.store.artifacts.get(same.artifactId) as ArtifactRecord;
    for (const alias of aliases) setAlias(ctx.store, same, alias);
    for (const tag of tags) if (!artifact.tags.includes(tag)) artifact.tags.push(tag);
    // The version keeps the run that made it; a run that declares it again lists it as an output too.
    if (run && creator && !(artifact.loggedBy && sameRun(artifact.loggedBy, run)) && !artifact.outputOf?.some((r) => sameRun(r, run))) {
      artifact.outputOf = [...(artifact.outputOf ?? []), creator];
    }
    artifact.updatedAt = ctx.store.tick();
  } else {
    if (!ctx.store.project(input.entityName, input.projectName))
      newProject(ctx, { entity: input.entityName, name: input.projectName, user: ctx.viewer.username });
    artifact = createArtifactVersion(ctx.store, {
      entity: input.entityName,
      project: input.projectName,
      type: input.artifactTypeName,
      name,
      contents: {},
      aliases,
      tags,
      description: input.description ?? null,
      ...(metadata ? { metadata } : {}),
      historyStep: input.historyStep ?? null,
      loggedBy: creator,
      state: 'PENDING',
    }).artifact;
    // The manifest comes with the upload; until then the version is known by the digest the client gave.
    artifact.digest = input.digest;
  }
  return { artifact, clientMutationId: input.clientMutationId ?? null };
}

// ── resolvers shared by the two kinds of collection ──

/** The fields sequences and portfolios share (both are `ArtifactCollection`s). */
const collectionFields: ArtifactPortfolioResolvers = {
  aliases: (collection, args, ctx) => {
    const aliases = membershipsOf(ctx.store, collection.id).flatMap((m) => m.aliases.map((a) => alias(m, a, ctx)));
    return connection(aliases, args, (a) => a.id);
  },
  artifactMembership: (collection, args, ctx) => {
    const membership = resolveMembership(ctx.store, collection, args.aliasName);
    return membership && liveArtifact(ctx.store.artifacts.get(membership.artifactId)) ? membership : null;
  },
  artifactMemberships: (collection, args, ctx) => connection(membershipsOf(ctx.store, collection.id), args, (m) => m.id),
  artifacts: (collection, args, ctx) => {
    const match = mongoFilter(args.filters, 'filters');
    const members = membershipsOf(ctx.store, collection.id).filter((m) =>
      match(versionDoc(ctx.store.artifacts.get(m.artifactId) as ArtifactRecord, m)),
    );
    const sorted = sortByOrder(
      members,
      args.order,
      '-versionIndex',
      (m, f) => versionDoc(ctx.store.artifacts.get(m.artifactId) as ArtifactRecord, m)[f],
      ['versionIndex', 'createdAt', 'updatedAt'],
    );
    const page = connection(sorted, args, (m) => m.id);
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        version: `v${e.node.versionIndex}`,
        node: linked(ctx.store.artifacts.get(e.node.artifactId), `artifact ${e.node.artifactId}`),
      })),
    };
  },
  defaultArtifactType: (collection, _args, ctx) =>
    artifactType(ctx.store, collection.entity, collection.project, collection.type) ??
    ensureArtifactType(ctx.store, collection.entity, collection.project, collection.type),
  project: (collection, _args, ctx) =>
    linked(ctx.store.project(collection.entity, collection.project), `project ${collection.entity}/${collection.project}`),
  tags: (collection, args) =>
    connection(collection.tags.map(tagObject), { first: args.first ?? collection.tags.length, after: args.after ?? null }, (t) => t.name),
};

export const artifactResolvers: Resolvers = {
  Query: {
    artifact: (_root, args, ctx) => visibleArtifact(ctx, ctx.store.artifacts.get(args.id)),
    artifactCollection: (_root, args, ctx) => visibleCollection(ctx, ctx.store.artifactCollections.get(args.id)),
  },
  Project: {
    artifact: (project, args, ctx) => {
      const membership = membershipByName(ctx, project, args.name);
      return membership ? (ctx.store.artifacts.get(membership.artifactId) ?? null) : null;
    },
    artifactCollection: (project, args, ctx) => findCollection(ctx.store, project.entity, project.name, args.name) ?? null,
    artifactCollectionMembership: (project, args, ctx) => membershipByName(ctx, project, args.name),
    artifactCollections: (project, args, ctx) => listCollections(collectionsOf(ctx.store, project.entity, project.name), args),
    artifactType: (project, args, ctx) => artifactType(ctx.store, project.entity, project.name, args.name) ?? null,
    artifactTypes: (project, args, ctx) => connection(artifactTypesOf(ctx.store, project.entity, project.name), args, (t) => t.name),
  },
  ArtifactType: {
    artifact: (type, args, ctx) => {
      const project = ctx.store.project(type.entity, type.project);
      const membership = project ? membershipByName(ctx, project, args.name) : null;
      const artifact = membership ? ctx.store.artifacts.get(membership.artifactId) : undefined;
      return artifact && sequenceOf(ctx.store, artifact).type === type.name ? artifact : null;
    },
    artifactCollection: (type, args, ctx) => {
      const collection = findCollection(ctx.store, type.entity, type.project, args.name);
      return collection?.type === type.name ? collection : null;
    },
    artifactCollections: (type, args, ctx) =>
      listCollections(
        collectionsOf(ctx.store, type.entity, type.project).filter((c) => c.type === type.name),
        args,
      ),
    project: (type, _args, ctx) => linked(ctx.store.project(type.entity, type.project), `project ${type.entity}/${type.project}`),
  },
  ArtifactSequence: {
    ...collectionFields,
    latestArtifact: (collection, _args, ctx) => {
      const newest = newestCommitted(ctx.store, collection.id);
      return newest ? (ctx.store.artifacts.get(newest.artifactId) ?? null) : null;
    },
  },
  ArtifactPortfolio: { ...collectionFields },
  ArtifactCollectionMembership: {
    aliases: (membership, _args, ctx) => membership.aliases.map((a) => alias(membership, a, ctx)),
    artifact: (membership, _args, ctx) => liveArtifact(ctx.store.artifacts.get(membership.artifactId)),
    artifactCollection: (membership, _args, ctx) => liveCollection(ctx.store, membership.collectionId) ?? null,
    commitHash: (membership, _args, ctx) => ctx.store.artifacts.get(membership.artifactId)?.commitHash ?? null,
    files: (membership, args, ctx) => {
      const artifact = liveArtifact(ctx.store.artifacts.get(membership.artifactId));
      const collection = liveCollection(ctx.store, membership.collectionId);
      return artifact && collection ? fileConnection(ctx, artifact, collection, args) : null;
    },
  },
  Artifact: {
    aliases: (artifact, args, ctx) =>
      membershipsOfArtifact(ctx.store, artifact.id)
        .filter((m) => !args.artifactCollectionName || ctx.store.artifactCollections.get(m.collectionId)?.name === args.artifactCollectionName)
        .flatMap((m) => [...m.aliases, `v${m.versionIndex}`].map((a) => alias(m, a, ctx))),
    artifactCollections: (artifact, _args, ctx) => {
      const collections = membershipsOfArtifact(ctx.store, artifact.id).map(
        (m) => ctx.store.artifactCollections.get(m.collectionId) as ArtifactCollectionRecord,
      );
      return connection(collections, { first: collections.length }, (c) => c.id);
    },
    artifactMemberships: (artifact, _args, ctx) => {
      const memberships = membershipsOfArtifact(ctx.store, artifact.id);
      return connection(memberships, { first: memberships.length }, (m) => m.id);
    },
    artifactSequence: (artifact, _args, ctx) => sequenceOf(ctx.store, artifact),
    artifactType: (artifact, _args, ctx) => {
      const sequence = sequenceOf(ctx.store, artifact);
      return ensureArtifactType(ctx.store, sequence.entity, sequence.project, sequence.type);
    },
    commitHash: (artifact) => artifact.commitHash,
    createdBy: (artifact, _args, ctx) => {
      const run = artifact.loggedBy ? runOf(ctx, artifact.loggedBy) : undefined;
      return run ? { ...run, __typename: 'Run' } : null;
    },
    currentManifest: (artifact, _args, ctx) => {
      const blob = ctx.store.blobs.get(artifact.manifestBlob);
      return {
        id: base64(`ArtifactManifest:${artifact.id}`),
        artifact,
        createdAt: artifact.createdAt,
        digest: artifact.digest,
        type: 'FULL',
        file: {
          id: base64(`File:${artifact.id}:wandb_manifest.json`),
          name: 'wandb_manifest.json',
          displayName: 'wandb_manifest.json',
          directUrl: blobUrl(ctx, artifact.manifestBlob, 'wandb_manifest.json'),
          url: blobUrl(ctx, artifact.manifestBlob, 'wandb_manifest.json'),
          sizeBytes: blob?.bytes.length ?? 0,
          md5: blob?.md5 ?? null,
          digest: blob?.md5 ?? null,
          mimetype: 'application/json',
          isReference: false,
          exists: blob !== undefined,
          uploadHeaders: [],
          createdAt: artifact.createdAt,
          updatedAt: artifact.updatedAt,
        },
      };
    },
    files: (artifact, args, ctx) => fileConnection(ctx, artifact, sequenceOf(ctx.store, artifact), args),
    metadata: (artifact) => JSON.stringify(artifact.metadata),
    tags: (artifact) => artifact.tags.map(tagObject),
    usedBy: (artifact, args, ctx) =>
      connection(
        artifact.usedBy.flatMap((ref) => runOf(ctx, ref) ?? []),
        args,
        (r) => `${r.entity}/${r.project}/${r.name}`,
      ),
    usedCount: (artifact) => artifact.usedBy.length,
    versionIndex: (artifact, args, ctx) => {
      if (!args.artifactCollectionName) return artifact.versionIndex;
      const membership = membershipsOfArtifact(ctx.store, artifact.id).find(
        (m) => ctx.store.artifactCollections.get(m.collectionId)?.name === args.artifactCollectionName,
      );
      return membership?.versionIndex ?? null;
    },
  },
  Run: {
    outputArtifacts: (run, args, ctx) => {
      const artifacts = [...ctx.store.artifacts.values()].filter(
        (a) =>
          a.state !== 'DELETED' &&
          ((a.loggedBy && sameRun(a.loggedBy, run)) || a.outputOf?.some((ref) => sameRun(ref, run))) &&
          visibleArtifact(ctx, a),
      );
      return connection(artifacts, args, (a) => a.id);
    },
    inputArtifacts: (run, args, ctx) => {
      const artifacts = [...ctx.store.artifacts.values()].filter(
        (a) => a.state !== 'DELETED' && a.usedBy.some((ref) => sameRun(ref, run)) && visibleArtifact(ctx, a),
      );
      const page = connection(artifacts, args, (a) => a.id);
      const ref = { entity: run.entity, project: run.project, run: run.name };
      return {
        ...page,
        edges: page.edges.map((e) => ({ ...e, usedAs: [ctx.store.artifactUsedAs.get(useKey(e.node.id, ref))].filter((u) => u !== undefined) })),
      };
    },
  },
  Mutation: {
    createArtifact: (_root, { input }, ctx) => createArtifact(ctx, input),
    useArtifact: (_root, { input }, ctx) => {
      const artifact = requireArtifact(ctx, input.artifactID);
      if (!ctx.store.entities.has(input.entityName)) throw new GraphQLError(`entity ${input.entityName} not found`);
      requireWrite(ctx, input.entityName);
      const run = ctx.store.run(input.entityName, input.projectName, input.runName);
      if (!run) throw new GraphQLError(`run ${input.entityName}/${input.projectName}/${input.runName} not found`);
      const ref = { entity: run.entity, project: run.project, run: run.name };
      if (!artifact.usedBy.some((r) => sameRun(r, run))) artifact.usedBy.push(ref);
      if (input.usedAs) ctx.store.artifactUsedAs.set(useKey(artifact.id, ref), input.usedAs);
      return { artifact, run, clientMutationId: input.clientMutationId ?? null };
    },
    updateArtifact: (_root, { input }, ctx) => {
      const artifact = requireArtifact(ctx, input.artifactID);
      const sequence = sequenceOf(ctx.store, artifact);
      requireWrite(ctx, sequence.entity);
      const metadata = parseMetadata(input.metadata);
      if (input.description !== undefined) artifact.description = input.description;
      if (metadata) artifact.metadata = metadata;
      if (input.ttlDurationSeconds !== undefined && input.ttlDurationSeconds !== null) {
        const ttl = input.ttlDurationSeconds;
        if (ttl === -1) {
          artifact.ttlIsInherited = true;
          artifact.ttlDurationSeconds = -1;
        } else if (ttl === -2) {
          artifact.ttlIsInherited = false;
          artifact.ttlDurationSeconds = -1;
        } else if (ttl > 0) {
          artifact.ttlIsInherited = false;
          artifact.ttlDurationSeconds = ttl;
        } else {
          throw new GraphQLError(`ttlDurationSeconds must be positive, -1 (inherit) or -2 (none), got ${ttl}`);
        }
      }
      for (const tag of input.tagsToAdd ?? []) {
        if (!TAG.test(tag.tagName)) throw new GraphQLError(`invalid tag ${JSON.stringify(tag.tagName)}`);
        if (!artifact.tags.includes(tag.tagName)) artifact.tags.push(tag.tagName);
      }
      const removed = new Set((input.tagsToDelete ?? []).map((t) => t.tagName));
      artifact.tags = artifact.tags.filter((t) => !removed.has(t));
      for (const a of input.aliases ?? [])
        setAlias(ctx.store, membershipIn(ctx, artifact, sequence.entity, sequence.project, a.artifactCollectionName), a.alias);
      artifact.updatedAt = ctx.store.tick();
      return { artifact, clientMutationId: input.clientMutationId ?? null };
    },
    addAliases: (_root, { input }, ctx) => {
      const artifact = requireArtifact(ctx, input.artifactID);
      for (const a of input.aliases) {
        requireWrite(ctx, a.entityName);
        setAlias(ctx.store, membershipIn(ctx, artifact, a.entityName, a.projectName, a.artifactCollectionName), a.alias);
      }
      return { success: true, artifact, aliases: input.aliases, clientMutationId: input.clientMutationId ?? null };
    },
    deleteAliases: (_root, { input }, ctx) => {
      const artifact = requireArtifact(ctx, input.artifactID);
      for (const a of input.aliases) {
        requireWrite(ctx, a.entityName);
        const membership = membershipIn(ctx, artifact, a.entityName, a.projectName, a.artifactCollectionName);
        membership.aliases = membership.aliases.filter((x) => x !== a.alias);
      }
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    deleteArtifact: (_root, { input }, ctx) => {
      const artifact = requireArtifact(ctx, input.artifactID);
      requireWrite(ctx, sequenceOf(ctx.store, artifact).entity);
      const memberships = membershipsOfArtifact(ctx.store, artifact.id);
      const aliases = memberships.flatMap((m) => m.aliases.filter((a) => a !== 'latest'));
      if (aliases.length && !input.deleteAliases) {
        throw new GraphQLError(`cannot delete an artifact that has aliases (${aliases.join(', ')}); pass deleteAliases to remove them too`);
      }
      artifact.state = 'DELETED';
      for (const m of memberships) {
        m.aliases = [];
        refreshLatest(ctx.store, m.collectionId);
      }
      return { artifact, clientMutationId: input.clientMutationId ?? null };
    },
    linkArtifact: (_root, { input }, ctx) => {
      if (!input.artifactID) throw new GraphQLError('linkArtifact: artifactID is required');
      const artifact = requireArtifact(ctx, input.artifactID);
      const sequence = sequenceOf(ctx.store, artifact);
      let portfolio: ArtifactCollectionRecord | undefined;
      if (input.artifactPortfolioID) {
        portfolio = requireCollection(ctx, input.artifactPortfolioID, 'ArtifactPortfolio');
      } else {
        if (!input.entityName || !input.projectName || !input.artifactPortfolioName) {
          throw new GraphQLError('linkArtifact: give artifactPortfolioID, or entityName, projectName and artifactPortfolioName');
        }
        if (!NAME.test(input.artifactPortfolioName)) throw new GraphQLError(`invalid collection name ${JSON.stringify(input.artifactPortfolioName)}`);
        if (!ctx.store.entities.has(input.entityName)) throw new GraphQLError(`entity ${input.entityName} not found`);
        requireWrite(ctx, input.entityName);
        const isRegistry = input.projectName.startsWith(REGISTRY_PREFIX);
        if (!ctx.store.project(input.entityName, input.projectName)) {
          if (isRegistry) throw new GraphQLError(`registry ${input.projectName} not found`);
          newProject(ctx, { entity: input.entityName, name: input.projectName, user: ctx.viewer.username });
        }
        const existing = findCollection(ctx.store, input.entityName, input.projectName, input.artifactPortfolioName);
        if (existing && existing.__typename !== 'ArtifactPortfolio')
          throw new GraphQLError(`${input.artifactPortfolioName} is a sequence; artifacts are linked to portfolios`);
        if (existing && existing.type !== sequence.type)
          throw new GraphQLError(`collection ${existing.name} holds ${existing.type} artifacts, not ${sequence.type}`);
        const settings = registrySettings(ctx.store, input.entityName, input.projectName);
        if (settings && !settings.allowAllArtifactTypes && !artifactType(ctx.store, input.entityName, input.projectName, sequence.type)) {
          throw new GraphQLError(`registry ${input.projectName} does not accept artifacts of type ${sequence.type}`);
        }
        portfolio =
          existing ??
          newCollection(ctx.store, {
            __typename: 'ArtifactPortfolio',
            entity: input.entityName,
            project: input.projectName,
            name: input.artifactPortfolioName,
            type: sequence.type,
          });
      }
      requireWrite(ctx, portfolio.entity);
      const membership = addMembership(
        ctx.store,
        portfolio,
        artifact,
        (input.aliases ?? []).map((a) => a.alias),
      );
      return {
        artifactID: artifact.id,
        artifactCollectionID: portfolio.id,
        versionIndex: membership.versionIndex,
        createdAt: membership.createdAt,
        artifactMembership: membership,
        aliases: membership.aliases.map((a) => ({
          alias: a,
          artifactCollectionName: portfolio.name,
          entityName: portfolio.entity,
          projectName: portfolio.project,
        })),
        clientMutationId: input.clientMutationId ?? null,
      };
    },
    unlinkArtifact: (_root, { input }, ctx) => {
      const portfolio = requireCollection(ctx, input.artifactPortfolioID, 'ArtifactPortfolio');
      requireWrite(ctx, portfolio.entity);
      const membership = membershipsOf(ctx.store, portfolio.id).find((m) => m.artifactId === input.artifactID);
      if (!membership) throw new GraphQLError(`artifact ${input.artifactID} is not linked to ${portfolio.name}`);
      ctx.store.artifactMemberships.delete(membership.id);
      refreshLatest(ctx.store, portfolio.id);
      return { artifactID: input.artifactID, success: true, clientMutationId: input.clientMutationId ?? null };
    },
    updateArtifactSequence: (_root, { input }, ctx) =>
      updateCollection(ctx, requireCollection(ctx, input.artifactSequenceID, 'ArtifactSequence'), input),
    updateArtifactPortfolio: (_root, { input }, ctx) =>
      updateCollection(ctx, requireCollection(ctx, input.artifactPortfolioID, 'ArtifactPortfolio'), input),
    moveArtifactSequence: (_root, { input }, ctx) => {
      const collection = requireCollection(ctx, input.artifactSequenceID, 'ArtifactSequence');
      requireWrite(ctx, collection.entity);
      const type = input.destinationArtifactTypeName;
      if (!NAME.test(type) || type === 'job' || type.startsWith('wandb-')) throw new GraphQLError(`invalid artifact type ${JSON.stringify(type)}`);
      ensureArtifactType(ctx.store, collection.entity, collection.project, type);
      collection.type = type;
      collection.updatedAt = ctx.store.tick();
      return { artifactCollection: collection, clientMutationId: input.clientMutationId ?? null };
    },
    deleteArtifactSequence: (_root, { input }, ctx) =>
      deleteCollection(ctx, requireCollection(ctx, input.artifactSequenceID, 'ArtifactSequence'), input.clientMutationId),
    deleteArtifactPortfolio: (_root, { input }, ctx) =>
      deleteCollection(ctx, requireCollection(ctx, input.artifactPortfolioID, 'ArtifactPortfolio'), input.clientMutationId),
    createArtifactCollectionTagAssignments: (_root, { input }, ctx) => {
      const collection = tagTarget(ctx, input);
      for (const tag of input.tags) {
        if (!TAG.test(tag.tagName)) throw new GraphQLError(`invalid tag ${JSON.stringify(tag.tagName)}`);
        if (!collection.tags.includes(tag.tagName)) collection.tags.push(tag.tagName);
      }
      collection.updatedAt = ctx.store.tick();
      return { tags: input.tags.map((t) => tagObject(t.tagName)), clientMutationID: input.clientMutationID ?? null };
    },
    deleteArtifactCollectionTagAssignments: (_root, { input }, ctx) => {
      const collection = tagTarget(ctx, input);
      const removed = new Set(input.tags.map((t) => t.tagName));
      collection.tags = collection.tags.filter((t) => !removed.has(t));
      collection.updatedAt = ctx.store.tick();
      return { success: true, clientMutationID: input.clientMutationID ?? null };
    },
  },
};

function tagTarget(
  ctx: FakeContext,
  input: CreateArtifactCollectionTagAssignmentsInput | DeleteArtifactCollectionTagAssignmentsInput,
): ArtifactCollectionRecord {
  requireWrite(ctx, input.entityName);
  const collection = findCollection(ctx.store, input.entityName, input.projectName, input.artifactCollectionName);
  if (!collection) throw new GraphQLError(`artifact collection ${input.entityName}/${input.projectName}/${input.artifactCollectionName} not found`);
  return collection;
}

function updateCollection(
  ctx: FakeContext,
  collection: ArtifactCollectionRecord,
  input: { name?: string | null; description?: string | null; clientMutationId?: string | null },
) {
  requireWrite(ctx, collection.entity);
  if (input.name !== undefined && input.name !== null && input.name !== collection.name) {
    if (!NAME.test(input.name)) throw new GraphQLError(`invalid collection name ${JSON.stringify(input.name)}`);
    if (findCollection(ctx.store, collection.entity, collection.project, input.name))
      throw new GraphQLError(`a collection named ${input.name} already exists`);
    collection.name = input.name;
  }
  if (input.description !== undefined) collection.description = input.description;
  collection.updatedAt = ctx.store.tick();
  return { artifactCollection: collection, clientMutationId: input.clientMutationId ?? null };
}

function deleteCollection(ctx: FakeContext, collection: ArtifactCollectionRecord, clientMutationId: string | null | undefined) {
  requireWrite(ctx, collection.entity);
  collection.state = 'DELETED';
  if (collection.__typename === 'ArtifactSequence') {
    for (const artifact of ctx.store.artifacts.values()) if (artifact.sequenceId === collection.id) artifact.state = 'DELETED';
  }
  return { artifactCollection: collection, clientMutationId: clientMutationId ?? null };
}
