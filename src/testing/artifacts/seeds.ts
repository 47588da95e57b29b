import { builder, missingRecord, seedError } from '../seedBuilder';
import {
  either,
  integer,
  list,
  nonEmptyString,
  oneOf,
  optional,
  plainObject,
  record,
  recordOf,
  shape,
  string,
  strings,
  leaf,
  isWandbName,
  bytes,
  tags,
  wandbName,
} from '../seedCheck';
import type { FakeStore } from '../store';
import {
  addMembership,
  createArtifactVersion,
  findCollection,
  newCollection,
  type ArtifactMembershipRecord,
  type ArtifactRecord,
  type ManifestEntryRecord,
  type RunRef,
} from './records';

/** A reference entry of `fake.seed.artifact()`: a URI and, optionally, its checksum and size. */
export interface ArtifactReferenceSeed {
  uri: string;
  /** @defaultValue the URI itself (W&B's digest for references it cannot checksum) */
  digest?: string;
  size?: number;
}

/** Fields of `fake.seed.artifact()`: one new version, logged to a sequence of that name. */
export interface ArtifactSeed {
  /** The project; created when missing. */
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** The sequence's name; a new version is added when it exists. */
  name: string;
  /** The sequence's type (an existing sequence keeps its own; another is refused). @defaultValue `'dataset'` */
  type?: string;
  /** File contents by path in the artifact (text is stored as UTF-8). */
  files?: Record<string, string | Uint8Array>;
  /** Reference entries by path in the artifact. */
  references?: Record<string, string | ArtifactReferenceSeed>;
  /** Aliases besides `latest` (which always follows the newest version); `v<N>` names versions and is refused. */
  aliases?: string[];
  tags?: string[];
  description?: string;
  metadata?: Record<string, unknown>;
  /** A TTL in whole seconds (-1 for none); left out, the artifact inherits its team's. */
  ttlSeconds?: number;
  /** The storage region the manifest names. @defaultValue none (W&B's `default`) */
  storageRegion?: string;
  /** The run (id in the same project, or a path) that logged it; created when missing. */
  loggedBy?: string | RunRef;
  /** Runs (ids in the same project, or paths) that used it; created when missing. */
  usedBy?: Array<string | RunRef>;
  historyStep?: number;
  /** @defaultValue `'COMMITTED'` */
  state?: 'COMMITTED' | 'PENDING';
}

/** Fields of `fake.seed.link()`: links a version into a portfolio (created when missing). */
export interface ArtifactLinkSeed {
  /** A version `fake.seed.artifact()` returned. */
  artifact: ArtifactRecord;
  /** The target project (a registry's is `wandb-registry-<name>`); created when missing. */
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** The portfolio's name. @defaultValue the artifact's sequence name */
  collection?: string;
  aliases?: string[];
}

/**
 * Refuses a new version whose name is taken in the project by a portfolio or by a sequence of
 * another type (W&B logs versions to sequences, one type each).
 */
export function checkSequence(store: FakeStore, builderName: string, entity: string, project: string, name: string, type: string): void {
  const existing = findCollection(store, entity, project, name);
  if (existing && existing.__typename !== 'ArtifactSequence') {
    throw seedError(builderName, {
      path: 'name',
      message: `${JSON.stringify(name)} is a portfolio in ${entity}/${project}; versions are logged to sequences`,
    });
  }
  if (existing && existing.type !== type) {
    throw seedError(builderName, {
      path: 'type',
      message: `${JSON.stringify(type)} is refused: artifact ${entity}/${project}/${name} is of type ${existing.type}, not ${type}`,
    });
  }
}

/** Artifact aliases: names without `/` or `:`, and not `v<N>` (W&B keeps those for version numbers). */
const alias = leaf<string>('an alias', (v) => isWandbName(v) && !/^v\d+$/.test(v), { hint: 'a W&B name other than v<number>, which names versions' });
/** A list of artifact aliases. */
export const aliases = strings(alias, 'a list of aliases');

const runRef = shape<RunRef>('RunRef', { entity: wandbName, project: wandbName, run: wandbName });
const runOrRef = either(wandbName, runRef);

const artifactSeed = shape<ArtifactSeed>('ArtifactSeed', {
  project: wandbName,
  entity: optional(wandbName),
  name: wandbName,
  type: optional(wandbName),
  files: optional(record(bytes, 'an object of file contents by path', nonEmptyString)),
  references: optional(
    record(
      either(
        nonEmptyString,
        shape<ArtifactReferenceSeed>('ArtifactReferenceSeed', { uri: nonEmptyString, digest: optional(nonEmptyString), size: optional(integer(0)) }),
      ),
      'an object of references by path',
      nonEmptyString,
    ),
  ),
  aliases: optional(aliases),
  tags: optional(tags),
  description: optional(string),
  metadata: optional(plainObject),
  ttlSeconds: optional(integer(-1)),
  storageRegion: optional(nonEmptyString),
  loggedBy: optional(runOrRef),
  usedBy: optional(list(runOrRef, 'a list of run ids or { entity, project, run } objects')),
  historyStep: optional(integer(0)),
  state: optional(oneOf('COMMITTED', 'PENDING')),
});

const linkSeed = shape<ArtifactLinkSeed>('ArtifactLinkSeed', {
  artifact: recordOf<ArtifactRecord>('an artifact version returned by seed.artifact()'),
  project: wandbName,
  entity: optional(wandbName),
  collection: optional(wandbName),
  aliases: optional(aliases),
});

/** The artifacts area's seed builders. */
export const artifactSeeds = {
  /**
   * Logs an artifact version from in-memory files in one call: blobs, manifest, sequence, type
   * and aliases, as W&B would have them after `run.log_artifact()`.
   *
   * @example `fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'a,b\n1,2' }, aliases: ['best'] })`
   */
  artifact: builder(({ store, viewer, seed: seeder }, seed: ArtifactSeed): ArtifactRecord => {
    checkSequence(store, 'artifact', seed.entity ?? viewer.entity, seed.project, seed.name, seed.type ?? 'dataset');
    const project = seeder.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const contents: Record<string, ManifestEntryRecord> = {};
    for (const [path, content] of Object.entries(seed.files ?? {})) {
      const blob = store.blobs.get(store.putBlob(content));
      if (blob) contents[path] = { digest: blob.md5, size: blob.bytes.length };
    }
    for (const [path, reference] of Object.entries(seed.references ?? {})) {
      const { uri, digest, size } = typeof reference === 'string' ? { uri: reference, digest: undefined, size: undefined } : reference;
      contents[path] = { digest: digest ?? uri, ref: uri, ...(size !== undefined ? { size } : {}) };
    }
    const runRef = (run: string | RunRef): RunRef => {
      const ref = typeof run === 'string' ? { entity: project.entity, project: project.name, run } : run;
      if (!store.run(ref.entity, ref.project, ref.run)) seeder.run({ entity: ref.entity, project: ref.project, id: ref.run });
      return ref;
    };
    return createArtifactVersion(store, {
      entity: project.entity,
      project: project.name,
      name: seed.name,
      type: seed.type ?? 'dataset',
      contents,
      aliases: seed.aliases ?? [],
      tags: seed.tags ?? [],
      description: seed.description ?? null,
      metadata: seed.metadata ?? {},
      storageRegion: seed.storageRegion ?? null,
      ...(seed.ttlSeconds !== undefined ? { ttlDurationSeconds: seed.ttlSeconds } : {}),
      historyStep: seed.historyStep ?? null,
      loggedBy: seed.loggedBy !== undefined ? runRef(seed.loggedBy) : null,
      usedBy: (seed.usedBy ?? []).map(runRef),
      state: seed.state ?? 'COMMITTED',
    }).artifact;
  }).checks([{ name: '', check: artifactSeed }]),

  /** Links an artifact version into a portfolio collection, as `artifact.link()` does. */
  link: builder(({ store, seed: seeder }, seed: ArtifactLinkSeed): ArtifactMembershipRecord => {
    // The store's own record: the caller's may be a copy from before a checkpoint was restored.
    const artifact = store.artifacts.get(seed.artifact.id);
    const sequence = artifact && store.artifactCollections.get(artifact.sequenceId);
    if (!artifact || !sequence)
      throw missingRecord('link', 'artifact', `${seed.artifact.id} is not in the store; seed it first with seed.artifact()`);
    const project = seeder.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const name = seed.collection ?? sequence.name;
    const portfolio =
      findCollection(store, project.entity, project.name, name) ??
      newCollection(store, { __typename: 'ArtifactPortfolio', entity: project.entity, project: project.name, name, type: sequence.type });
    return addMembership(store, portfolio, artifact, seed.aliases ?? []);
  }).checks([{ name: '', check: linkSeed }]),
};
