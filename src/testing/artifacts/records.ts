import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { base64 } from '../ids';
import { projectKey } from '../projects/records';
import type { FakeStore } from '../store';

/**
 * The fake's artifact records and the rules W&B applies to them: version numbering per
 * collection, aliases unique within a collection, `latest` following the newest version, the
 * manifest written as W&B writes it, and file bytes kept content-addressed in the blob table.
 */

/** An artifact type of a project (`dataset`, `model`, ...). */
export interface ArtifactTypeRecord {
  id: string;
  entity: string;
  project: string;
  name: string;
  description: string | null;
  createdAt: string;
}

/** A collection: a sequence (where versions are logged) or a portfolio (where they are linked). */
export interface ArtifactCollectionRecord {
  __typename: 'ArtifactSequence' | 'ArtifactPortfolio';
  id: string;
  entity: string;
  project: string;
  name: string;
  /** Name of the collection's artifact type. */
  type: string;
  description: string | null;
  tags: string[];
  state: 'READY' | 'DELETED';
  createdAt: string;
  updatedAt: string;
}

/** One entry of a manifest's `contents`, in W&B's format. */
export interface ManifestEntryRecord {
  /** Base64 MD5 for stored files; for references, whatever the reference's checksum is. */
  digest: string;
  size?: number | null;
  birthArtifactID?: string;
  /** The URI of a reference entry (`https://...`, `s3://...`). */
  ref?: string;
  extra?: Record<string, unknown>;
}

/** A run, by its path. */
export interface RunRef {
  entity: string;
  project: string;
  run: string;
}

/** One artifact version. Its type is its sequence's type. */
export interface ArtifactRecord {
  id: string;
  /** Id of the sequence the version was logged to. */
  sequenceId: string;
  /** Version number in its sequence. */
  versionIndex: number;
  description: string | null;
  metadata: Record<string, unknown>;
  state: 'COMMITTED' | 'PENDING' | 'DELETED';
  /** The manifest's `contents`, by path. */
  contents: Record<string, ManifestEntryRecord>;
  storageRegion: string | null;
  /** Blob id of the manifest as served; tests may point it at any bytes. */
  manifestBlob: string;
  digest: string;
  size: number;
  fileCount: number;
  commitHash: string;
  historyStep: number | null;
  /** Seconds, or -1 for no TTL; `ttlIsInherited` says whether it comes from the team default. */
  ttlDurationSeconds: number;
  ttlIsInherited: boolean;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  loggedBy: RunRef | null;
  usedBy: RunRef[];
  /** Runs that declared this existing version as an output later (`createArtifact` with the same digest). */
  outputOf?: RunRef[];
}

/** An artifact's place in a collection, with its version number and aliases there. */
export interface ArtifactMembershipRecord {
  id: string;
  collectionId: string;
  artifactId: string;
  versionIndex: number;
  /** Aliases in this collection (`latest`, `production`, ...); version aliases are implied. */
  aliases: string[];
  createdAt: string;
}

const VERSION_ALIAS = /^v(\d+)$/;

/** A W&B-style node id: `Type:<number>`, base64-encoded. */
export function artifactNodeId(store: FakeStore, type: string): string {
  return base64(`${type}:${store.nextId()}`);
}

/** Hex form of a base64 MD5, or `undefined` when it is not one. */
export function md5Hex(digest: string): string | undefined {
  try {
    const bytes = Buffer.from(digest, 'base64');
    return bytes.length === 16 && bytes.toString('base64') === digest ? bytes.toString('hex') : undefined;
  } catch {
    return undefined;
  }
}

/** W&B's artifact digest: MD5 over a header line and one `path:digest` line per entry, sorted. */
export function manifestDigest(contents: Record<string, ManifestEntryRecord>): string {
  const hash = createHash('md5').update('wandb-artifact-manifest-v1\n');
  for (const path of Object.keys(contents).sort()) hash.update(`${path}:${(contents[path] as ManifestEntryRecord).digest}\n`);
  return hash.digest('hex');
}

/** The manifest JSON an artifact's `currentManifest.file` serves. */
export function manifestJson(artifact: Pick<ArtifactRecord, 'contents' | 'storageRegion'>): string {
  return JSON.stringify({
    version: 1,
    storagePolicy: 'wandb-storage-policy-v1',
    storagePolicyConfig: { storageLayout: 'V2', ...(artifact.storageRegion ? { storageRegion: artifact.storageRegion } : {}) },
    contents: artifact.contents,
  });
}

export function artifactType(store: FakeStore, entity: string, project: string, name: string): ArtifactTypeRecord | undefined {
  return store.artifactTypes.get(`${projectKey(entity, project)}/${name}`);
}

/** The artifact type of that name, created when missing. */
export function ensureArtifactType(
  store: FakeStore,
  entity: string,
  project: string,
  name: string,
  description: string | null = null,
): ArtifactTypeRecord {
  const existing = artifactType(store, entity, project, name);
  if (existing) return existing;
  const record: ArtifactTypeRecord = { id: artifactNodeId(store, 'ArtifactType'), entity, project, name, description, createdAt: store.tick() };
  store.artifactTypes.set(`${projectKey(entity, project)}/${name}`, record);
  return record;
}

export function artifactTypesOf(store: FakeStore, entity: string, project: string): ArtifactTypeRecord[] {
  return [...store.artifactTypes.values()].filter((t) => t.entity === entity && t.project === project);
}

/** The live collections of a project, oldest first. */
export function collectionsOf(store: FakeStore, entity: string, project: string): ArtifactCollectionRecord[] {
  return [...store.artifactCollections.values()].filter((c) => c.entity === entity && c.project === project && c.state === 'READY');
}

export function findCollection(store: FakeStore, entity: string, project: string, name: string): ArtifactCollectionRecord | undefined {
  return collectionsOf(store, entity, project).find((c) => c.name === name);
}

export function liveCollection(store: FakeStore, id: string): ArtifactCollectionRecord | undefined {
  const collection = store.artifactCollections.get(id);
  return collection?.state === 'READY' ? collection : undefined;
}

/** The memberships of a collection whose artifacts are not deleted, in version order. */
export function membershipsOf(store: FakeStore, collectionId: string): ArtifactMembershipRecord[] {
  return [...store.artifactMemberships.values()]
    .filter((m) => m.collectionId === collectionId && store.artifacts.get(m.artifactId)?.state !== 'DELETED')
    .sort((a, b) => a.versionIndex - b.versionIndex);
}

/** Every live membership of an artifact (its sequence first, then the portfolios it is linked to). */
export function membershipsOfArtifact(store: FakeStore, artifactId: string): ArtifactMembershipRecord[] {
  return [...store.artifactMemberships.values()].filter((m) => m.artifactId === artifactId && liveCollection(store, m.collectionId));
}

/**
 * The membership a `collection:alias` name points at: `vN`, an alias such as `latest`, or the
 * artifact's digest.
 */
export function resolveMembership(store: FakeStore, collection: ArtifactCollectionRecord, alias: string): ArtifactMembershipRecord | undefined {
  const members = membershipsOf(store, collection.id);
  const version = VERSION_ALIAS.exec(alias);
  if (version) return members.find((m) => m.versionIndex === Number(version[1]));
  return members.find((m) => m.aliases.includes(alias)) ?? members.find((m) => store.artifacts.get(m.artifactId)?.digest === alias);
}

/** Splits `collection:alias` (the alias defaults to `latest`). */
export function splitArtifactName(name: string): { collection: string; alias: string } {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? { collection: name, alias: 'latest' } : { collection: name.slice(0, colon), alias: name.slice(colon + 1) || 'latest' };
}

/** Gives `alias` to one membership of a collection, taking it from any other. */
export function setAlias(store: FakeStore, membership: ArtifactMembershipRecord, alias: string): void {
  if (VERSION_ALIAS.test(alias)) throw new GraphQLError(`alias ${alias} is reserved for version numbers`);
  for (const other of store.artifactMemberships.values()) {
    if (other.collectionId === membership.collectionId && other !== membership) other.aliases = other.aliases.filter((a) => a !== alias);
  }
  if (!membership.aliases.includes(alias)) membership.aliases.push(alias);
}

/** The newest committed version of a collection: pending versions (still uploading) and deleted ones are passed over. */
export function newestCommitted(store: FakeStore, collectionId: string): ArtifactMembershipRecord | undefined {
  return membershipsOf(store, collectionId).findLast((m) => store.artifacts.get(m.artifactId)?.state === 'COMMITTED');
}

/** Moves `latest` to the newest committed version of a collection. */
export function refreshLatest(store: FakeStore, collectionId: string): void {
  for (const m of store.artifactMemberships.values()) if (m.collectionId === collectionId) m.aliases = m.aliases.filter((a) => a !== 'latest');
  newestCommitted(store, collectionId)?.aliases.unshift('latest');
}

/** Adds a membership of `artifact` to `collection` with the next version number there. */
export function addMembership(
  store: FakeStore,
  collection: ArtifactCollectionRecord,
  artifact: ArtifactRecord,
  aliases: readonly string[],
): ArtifactMembershipRecord {
  const existing = [...store.artifactMemberships.values()].find((m) => m.collectionId === collection.id && m.artifactId === artifact.id);
  const membership =
    existing ??
    ((): ArtifactMembershipRecord => {
      const all = [...store.artifactMemberships.values()].filter((m) => m.collectionId === collection.id);
      const next = all.reduce((max, m) => Math.max(max, m.versionIndex + 1), 0);
      const record: ArtifactMembershipRecord = {
        id: artifactNodeId(store, 'ArtifactCollectionMembership'),
        collectionId: collection.id,
        artifactId: artifact.id,
        versionIndex: next,
        aliases: [],
        createdAt: store.tick(),
      };
      store.artifactMemberships.set(record.id, record);
      return record;
    })();
  if (!existing) refreshLatest(store, collection.id);
  for (const alias of aliases) if (alias !== 'latest') setAlias(store, membership, alias);
  collection.updatedAt = store.tick();
  return membership;
}

/** Creates a collection record. */
export function newCollection(
  store: FakeStore,
  fields: Pick<ArtifactCollectionRecord, '__typename' | 'entity' | 'project' | 'name' | 'type'> & Partial<ArtifactCollectionRecord>,
): ArtifactCollectionRecord {
  ensureArtifactType(store, fields.entity, fields.project, fields.type);
  const now = store.tick();
  const record: ArtifactCollectionRecord = {
    id: artifactNodeId(store, 'ArtifactCollection'),
    description: null,
    tags: [],
    state: 'READY',
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  store.artifactCollections.set(record.id, record);
  return record;
}

/** Fields of {@link createArtifactVersion}. */
export interface NewArtifactVersion {
  entity: string;
  project: string;
  type: string;
  name: string;
  /** Manifest contents; entries without `birthArtifactID` (and without `ref`) get the new artifact's id. */
  contents: Record<string, ManifestEntryRecord>;
  aliases?: readonly string[];
  tags?: readonly string[];
  description?: string | null;
  metadata?: Record<string, unknown>;
  storageRegion?: string | null;
  ttlDurationSeconds?: number;
  historyStep?: number | null;
  loggedBy?: RunRef | null;
  usedBy?: RunRef[];
  state?: ArtifactRecord['state'];
}

/** Logs a new version to a sequence (created when missing), as a run's `log_artifact` would. */
export function createArtifactVersion(
  store: FakeStore,
  fields: NewArtifactVersion,
): { artifact: ArtifactRecord; membership: ArtifactMembershipRecord } {
  let sequence = findCollection(store, fields.entity, fields.project, fields.name);
  if (sequence && sequence.__typename !== 'ArtifactSequence')
    throw new GraphQLError(`${fields.name} is a portfolio; versions are logged to sequences`);
  if (sequence && sequence.type !== fields.type) {
    throw new GraphQLError(`artifact ${fields.name} is of type ${sequence.type}, not ${fields.type}`);
  }
  sequence ??= newCollection(store, {
    __typename: 'ArtifactSequence',
    entity: fields.entity,
    project: fields.project,
    name: fields.name,
    type: fields.type,
  });
  const id = artifactNodeId(store, 'Artifact');
  const contents: Record<string, ManifestEntryRecord> = {};
  for (const [path, entry] of Object.entries(fields.contents)) {
    contents[path] = entry.ref !== undefined || entry.birthArtifactID !== undefined ? { ...entry } : { ...entry, birthArtifactID: id };
  }
  const now = store.tick();
  const artifact: ArtifactRecord = {
    id,
    sequenceId: sequence.id,
    // Set from the membership below: version numbers are per collection and never reused.
    versionIndex: 0,
    description: fields.description ?? null,
    metadata: { ...(fields.metadata ?? {}) },
    state: fields.state ?? 'COMMITTED',
    contents,
    storageRegion: fields.storageRegion ?? null,
    manifestBlob: '',
    digest: manifestDigest(contents),
    size: Object.values(contents).reduce((sum, e) => sum + (e.size ?? 0), 0),
    fileCount: Object.keys(contents).length,
    commitHash: createHash('md5').update(id).digest('hex').slice(0, 12),
    historyStep: fields.historyStep ?? null,
    ttlDurationSeconds: fields.ttlDurationSeconds ?? -1,
    ttlIsInherited: fields.ttlDurationSeconds === undefined,
    tags: [...(fields.tags ?? [])],
    createdAt: now,
    updatedAt: now,
    loggedBy: fields.loggedBy ?? null,
    usedBy: [...(fields.usedBy ?? [])],
  };
  artifact.manifestBlob = store.putBlob(manifestJson(artifact), 'application/json');
  store.artifacts.set(id, artifact);
  const membership = addMembership(store, sequence, artifact, fields.aliases ?? []);
  artifact.versionIndex = membership.versionIndex;
  return { artifact, membership };
}

/** The sequence a version was logged to. */
export function sequenceOf(store: FakeStore, artifact: ArtifactRecord): ArtifactCollectionRecord {
  const sequence = store.artifactCollections.get(artifact.sequenceId);
  if (!sequence) throw new GraphQLError(`artifact ${artifact.id} has no sequence`);
  return sequence;
}

/** Removes a project and everything the artifact tables hold for it. */
export function deleteProjectArtifacts(store: FakeStore, entity: string, project: string): void {
  for (const collection of store.artifactCollections.values()) {
    if (collection.entity === entity && collection.project === project) collection.state = 'DELETED';
  }
  for (const [key, type] of store.artifactTypes) if (type.entity === entity && type.project === project) store.artifactTypes.delete(key);
  store.registrySettings.delete(projectKey(entity, project));
  store.projectMembers.delete(projectKey(entity, project));
}

/** The key of a run's use of an artifact. */
export function useKey(artifactId: string, run: RunRef): string {
  return `${artifactId} ${run.entity}/${run.project}/${run.run}`;
}

/** The artifacts area's tables. */
export function artifactTables() {
  return {
    /** How each run declared it uses an artifact (`useArtifact`'s `usedAs`), by {@link useKey}. */
    artifactUsedAs: new Map<string, string>(),
    /** Artifact types by `entity/project/type`. */
    artifactTypes: new Map<string, ArtifactTypeRecord>(),
    /** Sequences and portfolios by id (deleted ones stay, with state `DELETED`). */
    artifactCollections: new Map<string, ArtifactCollectionRecord>(),
    /** Artifact versions by id. */
    artifacts: new Map<string, ArtifactRecord>(),
    /** Each artifact's place in each collection, by id. */
    artifactMemberships: new Map<string, ArtifactMembershipRecord>(),
  };
}
