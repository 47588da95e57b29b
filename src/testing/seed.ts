import { wrapConfig } from '../client/json';
import type { RunState } from '../runs/filters';
import type { RunQueueItemRecord, RunQueueRecord } from './launch/records';
import type { ViewRecord } from './reports/records';
import type { SweepRecord } from './sweeps/records';
import {
  addMembership,
  createArtifactVersion,
  ensureArtifactType,
  findCollection,
  newCollection,
  projectMembers,
  REGISTRY_PREFIX,
  setRegistrySettings,
  type ArtifactMembershipRecord,
  type ArtifactRecord,
  type ManifestEntryRecord,
  type RunRef,
} from './artifacts/records';
import { newProject } from './projects/resolvers';
import { newRun } from './runs/resolvers';
import { newUser } from './users/resolvers';
import type { IntegrationRecord, InviteRecord, TriggerRecord } from './automations/records';
import { OrgSeeds, type AutomationSeed, type IntegrationSeed, type InviteSeed, type TeamSeed } from './teams/seeds';
import { seedJob, type JobSeed } from './jobs/seeds';
import { seedQueuedRun, seedRunQueue, type QueuedRunSeed, type RunQueueSeed } from './launch/seeds';
import { seedReport, type ReportSeed } from './reports/seeds';
import { seedSweep, type SweepSeed } from './sweeps/seeds';
import { runFileId } from './runs/routes';
import { checkResult, checkSeed, missingRecord, RUNS_RESULTS, seedError, type SeedBuilderName } from './seedSpecs';
import {
  base64,
  nodeId,
  runKey,
  wandbTime,
  type BlobRecord,
  type EntityRecord,
  type RunFileRecord,
  type FakeStore,
  type OrganizationRecord,
  type ProjectRecord,
  type RunRecord,
  type UserRecord,
} from './store';

/**
 * Fields of `fake.seed.user()`. Names and ids in every seed type are W&B names (not empty, at most
 * 256 characters, without spaces or `/ : ? # % \`), as the SDK takes them in paths.
 */
export interface UserSeed {
  username: string;
  name?: string;
  email?: string;
  admin?: boolean;
  accountType?: UserRecord['accountType'];
  /** A key the user's requests may carry; one is generated when left out. */
  apiKey?: string;
  flags?: Record<string, unknown>;
}

/** Fields of `fake.seed.entity()`. */
export interface EntitySeed {
  name: string;
  /** Teams hold members; a user's own entity is not a team. @defaultValue true */
  isTeam?: boolean;
  /** Usernames of members (the viewer is added to teams unless `withViewer` is false). */
  members?: string[];
  admins?: string[];
  /** Add the fake's viewer as a member. @defaultValue true */
  withViewer?: boolean;
  organization?: string;
}

/** Fields of `fake.seed.organization()`. */
export interface OrganizationSeed {
  name: string;
  /** The entity that holds the organization's registries. @defaultValue `<name>-org` */
  orgEntity?: string;
}

/** Fields of `fake.seed.project()`. */
export interface ProjectSeed {
  name: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  description?: string;
  /** @defaultValue `'PRIVATE'` */
  access?: string;
  createdAt?: Date;
}

/** Fields of `fake.seed.run()`. The project (and entity) are created when missing. */
export interface RunSeed {
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** The run id. @defaultValue a generated one */
  id?: string;
  displayName?: string;
  /** @defaultValue `'finished'` */
  state?: RunState;
  /** Plain config values; stored in W&B's `{ value, desc }` form. */
  config?: Record<string, unknown>;
  summary?: Record<string, unknown>;
  systemMetrics?: Record<string, unknown>;
  tags?: string[];
  group?: string;
  jobType?: string;
  notes?: string;
  description?: string;
  commit?: string;
  host?: string;
  sweepName?: string;
  /** Username of the owner. @defaultValue the viewer */
  user?: string;
  /** History rows; `_step` is filled in (0, 1, 2, ...) where missing. */
  history?: Array<Record<string, unknown>>;
  createdAt?: Date;
  heartbeatAt?: Date;
}

// ── runs area seed types ──

/** Names an existing run for the seed builders. */
export interface RunTarget {
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** The run id. */
  run: string;
}

/** Synthetic history: `rows` rows of the given metrics, from `firstStep`, `stepEvery` apart (all integers). */
export interface SyntheticHistory {
  rows: number;
  /** Metric names, each a smooth deterministic curve. @defaultValue `['loss', 'acc']` */
  keys?: string[];
  /** @defaultValue 0 */
  firstStep?: number;
  /** At least 1. @defaultValue 1 */
  stepEvery?: number;
}

/** History rows, given as rows or as a synthetic spec. */
export type HistorySeed = Array<Record<string, unknown>> | SyntheticHistory;

/** Fields of `fake.seed.runs()`: each function gets the run's index. */
export interface RunsSeed {
  project: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  /** How many runs: an integer >= 0. Each function's results are checked before any run is added. */
  count: number;
  /** @defaultValue `'run-'` */
  idPrefix?: string;
  /** @defaultValue `'finished'` */
  state?: RunState | ((index: number) => RunState);
  config?: (index: number) => Record<string, unknown>;
  summary?: (index: number) => Record<string, unknown>;
  tags?: (index: number) => string[];
  group?: (index: number) => string | undefined;
  jobType?: (index: number) => string | undefined;
  sweepName?: (index: number) => string | undefined;
  history?: SyntheticHistory | ((index: number) => Array<Record<string, unknown>>);
  /** Creation time of the first run; the others follow a minute apart. @defaultValue 2026-01-01 UTC */
  createdAt?: Date;
}

/**
 * Builds synthetic history rows quickly: `_step`, `_runtime`, `_timestamp` and one smooth curve
 * per key, slightly different for each `variant`.
 */
export function historyRows(spec: SyntheticHistory, variant = 0): Array<Record<string, unknown>> {
  const keys = spec.keys ?? ['loss', 'acc'];
  const first = spec.firstStep ?? 0;
  const every = spec.stepEvery ?? 1;
  const rows: Array<Record<string, unknown>> = new Array(spec.rows);
  const t0 = 1_767_600_000;
  for (let i = 0; i < spec.rows; i++) {
    const step = first + i * every;
    const row: Record<string, unknown> = { _step: step, _runtime: i * 0.5, _timestamp: t0 + i * 0.5 };
    for (let k = 0; k < keys.length; k++) row[keys[k] as string] = Math.round((1 / (1 + (i + 1) * 0.01 * (k + 1)) + variant * 1e-4) * 1e6) / 1e6;
    rows[i] = row;
  }
  return rows;
}

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

/** Fields of `fake.seed.registry()`. */
export interface RegistrySeed {
  /** The registry's name, without the `wandb-registry-` prefix. */
  name: string;
  /** The organization; created (with its entity) when missing. */
  organization: string;
  description?: string;
  /** @defaultValue `'organization'` */
  visibility?: 'organization' | 'restricted';
  /** Types the registry accepts; left out, it accepts all. */
  artifactTypes?: string[];
  createdAt?: Date;
}

/** Fields of `fake.seed.registryMember()`: a user or a team (created when missing) made a member of a registry. */
export type RegistryMemberSeed = {
  /** The registry's name, without the `wandb-registry-` prefix. */
  registry: string;
  organization: string;
  /** @defaultValue `'member'` */
  role?: 'admin' | 'member' | 'viewer' | 'restricted_viewer';
} & ({ user: string; team?: never } | { team: string; user?: never });

/** The run a target names, or an error naming the builder's `run` field. */
function runOf(store: FakeStore, viewer: UserRecord, builder: SeedBuilderName, target: RunTarget): RunRecord {
  const entity = target.entity ?? viewer.entity;
  const run = store.run(entity, target.project, target.run);
  if (!run)
    throw missingRecord(builder, 'run', `${JSON.stringify(target.run)} does not exist in ${entity}/${target.project}; seed it first with seed.run()`);
  return run;
}

/**
 * Refuses a new version whose name is taken in the project by a portfolio or by a sequence of
 * another type (W&B logs versions to sequences, one type each).
 */
function checkSequence(store: FakeStore, builder: SeedBuilderName, entity: string, project: string, name: string, type: string): void {
  const existing = findCollection(store, entity, project, name);
  if (existing && existing.__typename !== 'ArtifactSequence') {
    throw seedError(builder, {
      path: 'name',
      message: `${JSON.stringify(name)} is a portfolio in ${entity}/${project}; versions are logged to sequences`,
    });
  }
  if (existing && existing.type !== type) {
    throw seedError(builder, {
      path: 'type',
      message: `${JSON.stringify(type)} is refused: artifact ${entity}/${project}/${name} is of type ${existing.type}, not ${type}`,
    });
  }
}

/**
 * Typed builders that put W&B-shaped records into the fake's store.
 *
 * Every builder checks its arguments before it changes the store: a wrong one (a missing or
 * mistyped field, a name W&B would refuse, a record that was never seeded) is an
 * `InvalidArgumentError` whose `argument` names the builder and the field (`seed.run.id`), and the
 * store is left as it was.
 */
export class FakeSeeder {
  /** @internal */
  constructor(
    private readonly store: () => FakeStore,
    private readonly viewer: () => UserRecord,
  ) {}

  /** Adds a user, with their own (non-team) entity of the same name. */
  user(seed: UserSeed): UserRecord {
    checkSeed('user', seed);
    return newUser(this.store(), seed);
  }

  /** Adds an entity (a team by default, with the viewer as a member). */
  entity(seed: EntitySeed): EntityRecord {
    checkSeed('entity', seed);
    const store = this.store();
    const isTeam = seed.isTeam ?? true;
    const members = new Set(seed.members ?? []);
    if (isTeam && seed.withViewer !== false) members.add(this.viewer().username);
    const entity: EntityRecord = {
      id: store.entities.get(seed.name)?.id ?? base64(`Entity:${store.nextId()}`),
      name: seed.name,
      isTeam,
      members: [...members],
      admins: seed.admins ?? [],
      organization: seed.organization ?? null,
      defaultAccess: 'PRIVATE',
      privateOnly: false,
      codeSavingEnabled: false,
      readOnly: false,
      photoUrl: null,
      createdAt: store.tick(),
    };
    store.entities.set(entity.name, entity);
    return entity;
  }

  /** Adds an organization, with the entity that holds its registries. */
  organization(seed: OrganizationSeed): OrganizationRecord {
    checkSeed('organization', seed);
    const store = this.store();
    const orgEntity = seed.orgEntity ?? `${seed.name}-org`;
    if (!store.entities.has(orgEntity)) this.entity({ name: orgEntity, organization: seed.name });
    const org: OrganizationRecord = { id: nodeId('Organization', seed.name), name: seed.name, orgEntity };
    store.organizations.set(org.name, org);
    return org;
  }

  /** Adds a project (and its entity, as a team, when missing). */
  project(seed: ProjectSeed): ProjectRecord {
    checkSeed('project', seed);
    const store = this.store();
    const entity = seed.entity ?? this.viewer().entity;
    if (!store.entities.has(entity)) this.entity({ name: entity });
    const existing = store.project(entity, seed.name);
    if (existing) return existing;
    const created = seed.createdAt ? wandbTime(seed.createdAt) : undefined;
    return newProject(
      { store },
      {
        entity,
        name: seed.name,
        description: seed.description ?? null,
        access: seed.access ?? 'PRIVATE',
        user: this.viewer().username,
        ...(created ? { createdAt: created, updatedAt: created } : {}),
      },
    );
  }

  /** Adds a run (and its project when missing). */
  run(seed: RunSeed): RunRecord {
    checkSeed('run', seed);
    const store = this.store();
    const project = this.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const name = seed.id ?? `run${String(store.nextId()).padStart(5, '0')}`;
    const history = (seed.history ?? []).map((row, i) => ({ ...row, _step: typeof row._step === 'number' ? row._step : i }));
    const times: Partial<RunRecord> = {};
    if (seed.createdAt) times.createdAt = times.updatedAt = wandbTime(seed.createdAt);
    if (seed.heartbeatAt ?? seed.createdAt) times.heartbeatAt = wandbTime((seed.heartbeatAt ?? seed.createdAt) as Date);
    return newRun(
      { store },
      {
        entity: project.entity,
        project: project.name,
        name,
        displayName: seed.displayName ?? name,
        state: seed.state ?? 'finished',
        config: wrapConfig(seed.config ?? {}),
        summary: { ...(seed.summary ?? {}) },
        systemMetrics: { ...(seed.systemMetrics ?? {}) },
        tags: [...(seed.tags ?? [])],
        group: seed.group ?? null,
        jobType: seed.jobType ?? null,
        notes: seed.notes ?? null,
        description: seed.description ?? null,
        commit: seed.commit ?? null,
        host: seed.host ?? null,
        sweepName: seed.sweepName ?? null,
        user: seed.user ?? this.viewer().username,
        history,
        ...times,
      },
    );
  }

  // ── runs area seeds (files, ...) ──

  /**
   * Adds many runs to one project at once (fast enough for tens of thousands), each built from
   * its index. Runs are created one minute apart, ids `<idPrefix><index>` zero-padded.
   *
   * @example
   * ```ts
   * fake.seed.runs({ project: 'p', count: 10_000, config: (i) => ({ lr: 0.001 * (i % 10) }), history: { rows: 100 } });
   * ```
   */
  runs(seed: RunsSeed): RunRecord[] {
    checkSeed('runs', seed);
    // Every function's results are checked before the first run is added.
    const results = (field: keyof typeof RUNS_RESULTS, fn: ((index: number) => unknown) | undefined): unknown[] | undefined => {
      if (!fn) return undefined;
      const values = new Array<unknown>(seed.count);
      for (let i = 0; i < seed.count; i++) checkResult('runs', field, i, RUNS_RESULTS[field], (values[i] = fn(i)));
      return values;
    };
    const states = results('state', typeof seed.state === 'function' ? seed.state : undefined) as RunState[] | undefined;
    const configs = results('config', seed.config) as Array<Record<string, unknown>> | undefined;
    const summaries = results('summary', seed.summary) as Array<Record<string, unknown>> | undefined;
    const tagLists = results('tags', seed.tags) as string[][] | undefined;
    const groups = results('group', seed.group) as Array<string | undefined> | undefined;
    const jobTypes = results('jobType', seed.jobType) as Array<string | undefined> | undefined;
    const sweepNames = results('sweepName', seed.sweepName) as Array<string | undefined> | undefined;
    const histories = results('history', typeof seed.history === 'function' ? seed.history : undefined) as
      Array<Array<Record<string, unknown>>> | undefined;

    const store = this.store();
    const project = this.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const width = String(Math.max(0, seed.count - 1)).length;
    const start = (seed.createdAt ?? new Date(Date.UTC(2026, 0, 1))).getTime();
    const user = this.viewer().username;
    const synthetic = typeof seed.history === 'object' ? seed.history : undefined;
    const out: RunRecord[] = [];
    for (let i = 0; i < seed.count; i++) {
      const name = `${seed.idPrefix ?? 'run-'}${String(i).padStart(width, '0')}`;
      const created = wandbTime(new Date(start + i * 60_000));
      const history = histories?.[i] ?? (synthetic ? historyRows(synthetic, i) : []);
      out.push(
        newRun(
          { store },
          {
            entity: project.entity,
            project: project.name,
            name,
            displayName: name,
            state: states?.[i] ?? (typeof seed.state === 'string' ? seed.state : 'finished'),
            config: wrapConfig(configs?.[i] ?? {}),
            summary: summaries?.[i] ?? {},
            tags: tagLists?.[i] ?? [],
            group: groups?.[i] ?? null,
            jobType: jobTypes?.[i] ?? null,
            sweepName: sweepNames?.[i] ?? null,
            user,
            history: history.map((row, step) => (typeof row._step === 'number' ? row : { ...row, _step: step })),
            createdAt: created,
            heartbeatAt: created,
            updatedAt: created,
          },
        ),
      );
    }
    return out;
  }

  /** Replaces a run's history rows (`_step` is filled in where missing). */
  history(target: RunTarget, rows: HistorySeed): RunRecord {
    checkSeed('history', target, rows);
    const run = runOf(this.store(), this.viewer(), 'history', target);
    const list = Array.isArray(rows) ? rows : historyRows(rows);
    run.history = list.map((row, step) => (typeof row._step === 'number' ? row : { ...row, _step: step }));
    return run;
  }

  /** Sets how much of a run's history counts as exported to parquet (the rest is `liveData`). */
  historyExport(target: RunTarget & { exportedRows?: number; rowsPerFile?: number }): void {
    checkSeed('historyExport', target);
    const run = runOf(this.store(), this.viewer(), 'historyExport', target);
    this.store().historyExports.set(runKey(run.entity, run.project, run.name), {
      exportedRows: target.exportedRows ?? run.history.length,
      rowsPerFile: target.rowsPerFile ?? 100_000,
      files: null,
    });
  }

  /** Sets a run's system-metrics rows (what `run.history({ stream: 'system' })` returns). */
  runEvents(target: RunTarget, rows: Array<Record<string, unknown>>): void {
    checkSeed('runEvents', target, rows);
    const run = runOf(this.store(), this.viewer(), 'runEvents', target);
    this.store().runEvents.set(
      runKey(run.entity, run.project, run.name),
      rows.map((row) => ({ ...row })),
    );
  }

  /** Saves a file with a run, as if the run had uploaded it. */
  runFile(target: RunTarget & { name: string; content: string | Uint8Array; mimetype?: string }): RunFileRecord {
    checkSeed('runFile', target);
    const store = this.store();
    const run = runOf(store, this.viewer(), 'runFile', target);
    const key = runKey(run.entity, run.project, run.name);
    let table = store.runFiles.get(key);
    if (!table) store.runFiles.set(key, (table = new Map()));
    const mimetype = target.mimetype ?? (target.name.endsWith('.json') ? 'application/json' : 'text/plain');
    const blobId = store.putBlob(target.content, mimetype);
    const blob = store.blobs.get(blobId) as BlobRecord;
    const now = store.tick();
    const file: RunFileRecord = {
      id: runFileId(run, target.name),
      name: target.name,
      blobId,
      sizeBytes: blob.bytes.length,
      md5: blob.md5,
      mimetype,
      createdAt: now,
      updatedAt: now,
    };
    table.set(file.name, file);
    return file;
  }

  // ── artifacts area seeds ──

  /**
   * Logs an artifact version from in-memory files in one call: blobs, manifest, sequence, type
   * and aliases, as W&B would have them after `run.log_artifact()`.
   *
   * @example `fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'a,b\n1,2' }, aliases: ['best'] })`
   */
  artifact(seed: ArtifactSeed): ArtifactRecord {
    checkSeed('artifact', seed);
    const store = this.store();
    checkSequence(store, 'artifact', seed.entity ?? this.viewer().entity, seed.project, seed.name, seed.type ?? 'dataset');
    const project = this.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
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
      if (!store.run(ref.entity, ref.project, ref.run)) this.run({ entity: ref.entity, project: ref.project, id: ref.run });
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
  }

  /** Links an artifact version into a portfolio collection, as `artifact.link()` does. */
  link(seed: ArtifactLinkSeed): ArtifactMembershipRecord {
    checkSeed('link', seed);
    const store = this.store();
    // The store's own record: the caller's may be a copy from before a checkpoint was restored.
    const artifact = store.artifacts.get(seed.artifact.id);
    const sequence = artifact && store.artifactCollections.get(artifact.sequenceId);
    if (!artifact || !sequence)
      throw missingRecord('link', 'artifact', `${seed.artifact.id} is not in the store; seed it first with seed.artifact()`);
    const project = this.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const name = seed.collection ?? sequence.name;
    const portfolio =
      findCollection(store, project.entity, project.name, name) ??
      newCollection(store, { __typename: 'ArtifactPortfolio', entity: project.entity, project: project.name, name, type: sequence.type });
    return addMembership(store, portfolio, artifact, seed.aliases ?? []);
  }

  /** Adds a registry: a `wandb-registry-<name>` project in the organization's entity. */
  registry(seed: RegistrySeed): ProjectRecord {
    checkSeed('registry', seed);
    const store = this.store();
    const org = store.organizations.get(seed.organization) ?? this.organization({ name: seed.organization });
    const project = this.project({
      entity: org.orgEntity,
      name: `${REGISTRY_PREFIX}${seed.name}`,
      access: seed.visibility === 'restricted' ? 'RESTRICTED' : 'PRIVATE',
      ...(seed.description !== undefined ? { description: seed.description } : {}),
      ...(seed.createdAt ? { createdAt: seed.createdAt } : {}),
    });
    setRegistrySettings(store, project.entity, project.name, { allowAllArtifactTypes: !seed.artifactTypes?.length });
    for (const type of seed.artifactTypes ?? []) ensureArtifactType(store, project.entity, project.name, type);
    return project;
  }

  /** Makes a user or a team (created when missing) a member of a seeded registry, with a role. */
  registryMember(seed: RegistryMemberSeed): void {
    checkSeed('registryMember', seed);
    const store = this.store();
    const org = store.organizations.get(seed.organization);
    if (!org)
      throw missingRecord(
        'registryMember',
        'organization',
        `${JSON.stringify(seed.organization)} does not exist; seed it first with seed.registry() or seed.organization()`,
      );
    const project = store.project(org.orgEntity, `${REGISTRY_PREFIX}${seed.registry}`);
    if (!project)
      throw missingRecord(
        'registryMember',
        'registry',
        `${JSON.stringify(seed.registry)} does not exist in organization ${seed.organization}; seed it first with seed.registry()`,
      );
    const members = projectMembers(store, project.entity, project.name);
    if (seed.user !== undefined) {
      if (!store.users.has(seed.user)) this.user({ username: seed.user });
      members.users.set(seed.user, seed.role ?? 'member');
    } else {
      if (!store.entities.get(seed.team)?.isTeam) this.entity({ name: seed.team });
      members.teams.set(seed.team, seed.role ?? 'member');
    }
  }

  // ── sweeps, reports, teams, automations, integrations, launch seeds ──
  private orgSeeds: OrgSeeds | undefined;
  private get org(): OrgSeeds {
    return (this.orgSeeds ??= new OrgSeeds(
      this.store,
      this.viewer,
      (name) => this.store().entities.get(name) ?? this.entity({ name }),
      (entity, name) => this.project({ entity, name }),
    ));
  }

  /** Adds a team; listed users who do not exist yet are created. */
  team(seed: TeamSeed): EntityRecord {
    checkSeed('team', seed);
    return this.org.team(seed);
  }

  /** Adds a pending invitation (by email) to a team. */
  invite(seed: InviteSeed): InviteRecord {
    checkSeed('invite', seed);
    return this.org.invite(seed);
  }

  /** Adds a Slack or webhook integration to an entity (the viewer's by default). */
  integration(seed: IntegrationSeed): IntegrationRecord {
    checkSeed('integration', seed);
    return this.org.integration(seed);
  }

  /** Adds an automation, validated as the server validates new ones. */
  automation(seed: AutomationSeed): TriggerRecord {
    checkSeed('automation', seed);
    return this.org.automation(seed);
  }

  /**
   * Adds a sweep with its config stored as YAML, its runs (attached by `sweepName`) and agents.
   * @example `fake.seed.sweep({ project: 'p', id: 'sw1', config: { method: 'bayes', metric: { name: 'loss', goal: 'minimize' } }, runs: [{ summary: { loss: 0.2 } }] })`
   */
  sweep(seed: SweepSeed): SweepRecord {
    checkSeed('sweep', seed);
    return seedSweep(this, this.store(), this.viewer(), seed);
  }

  /**
   * Adds a report (a W&B view of type `runs`) whose spec holds the given run sets.
   * @example `fake.seed.report({ project: 'p', displayName: 'Weekly', runSets: [{ selections: ['r1'] }] })`
   */
  report(seed: ReportSeed): ViewRecord {
    checkSeed('report', seed);
    return seedReport(this, this.store(), this.viewer(), seed);
  }

  /**
   * Adds a Launch run queue (in the entity's `model-registry` project) with its default resource
   * config and items.
   */
  runQueue(seed: RunQueueSeed): RunQueueRecord {
    checkSeed('runQueue', seed);
    return seedRunQueue(this, this.store(), seed);
  }

  /** Adds an item (a queued run) to a seeded queue. */
  queuedRun(queue: RunQueueRecord, seed: QueuedRunSeed = {}): RunQueueItemRecord {
    checkSeed('queuedRun', queue, seed);
    const store = this.store();
    // The store's own record: the caller's may be a copy from before a checkpoint was restored.
    let stored: RunQueueRecord | undefined;
    for (const q of store.runQueues.values()) if (q.id === queue.id) stored = q;
    if (!stored) throw missingRecord('queuedRun', 'queue', `${queue.id} is not in the store; seed it first with seed.runQueue()`);
    return seedQueuedRun(store, stored, seed);
  }

  /**
   * Adds a Launch job: an artifact of type `job` whose `wandb-job.json` holds its source, entry
   * point, runtime and the input and output types made from `config` and `summary`.
   * @example `fake.seed.job({ project: 'p', name: 'train', config: { lr: 0.01, epochs: 10 } })`
   */
  job(seed: JobSeed): ArtifactRecord {
    checkSeed('job', seed);
    checkSequence(this.store(), 'job', seed.entity ?? this.viewer().entity, seed.project, seed.name, 'job');
    return seedJob(this, seed);
  }
}
