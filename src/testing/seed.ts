import { wrapConfig } from '../client/json';
import {
  addMembership,
  createArtifactVersion,
  ensureArtifactType,
  findCollection,
  newCollection,
  REGISTRY_PREFIX,
  sequenceOf,
  setRegistrySettings,
  type ArtifactMembershipRecord,
  type ArtifactRecord,
  type ManifestEntryRecord,
  type RunRef,
} from './artifactStore';
import { newProject } from './resolvers/projects';
import { newRun } from './resolvers/runs';
import { nodeId, wandbTime, type EntityRecord, type FakeStore, type OrganizationRecord, type ProjectRecord, type RunRecord, type UserRecord } from './store';

/** Fields of `fake.seed.user()`. */
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
  state?: string;
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
  /** @defaultValue `'dataset'` */
  type?: string;
  /** File contents by path in the artifact (text is stored as UTF-8). */
  files?: Record<string, string | Uint8Array>;
  /** Reference entries by path in the artifact. */
  references?: Record<string, string | ArtifactReferenceSeed>;
  /** Aliases besides `latest` (which always follows the newest version). */
  aliases?: string[];
  tags?: string[];
  description?: string;
  metadata?: Record<string, unknown>;
  /** A TTL in seconds; left out, the artifact inherits its team's. */
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

/** Typed builders that put W&B-shaped records into the fake's store. */
export class FakeSeeder {
  /** @internal */
  constructor(
    private readonly store: () => FakeStore,
    private readonly viewer: () => UserRecord,
  ) {}

  /** Adds a user, with their own (non-team) entity of the same name. */
  user(seed: UserSeed): UserRecord {
    const store = this.store();
    const apiKey = seed.apiKey ?? Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('');
    const user: UserRecord = {
      id: nodeId('User', seed.username),
      username: seed.username,
      name: seed.name ?? seed.username,
      email: seed.email ?? `${seed.username}@example.com`,
      admin: seed.admin ?? false,
      accountType: seed.accountType ?? 'USER',
      entity: seed.username,
      photoUrl: null,
      flags: seed.flags ?? {},
      createdAt: store.tick(),
      deletedAt: null,
      apiKeys: [{ id: nodeId('ApiKey', String(store.nextId())), name: apiKey.slice(0, 6), description: null, key: apiKey }],
    };
    store.users.set(user.username, user);
    if (!store.entities.has(user.username)) {
      this.entity({ name: user.username, isTeam: false, members: [user.username], admins: [user.username], withViewer: false });
    }
    return user;
  }

  /** Adds an entity (a team by default, with the viewer as a member). */
  entity(seed: EntitySeed): EntityRecord {
    const store = this.store();
    const isTeam = seed.isTeam ?? true;
    const members = new Set(seed.members ?? []);
    if (isTeam && seed.withViewer !== false) members.add(this.viewer().username);
    const entity: EntityRecord = {
      id: nodeId('Entity', seed.name),
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
  organization(seed: { name: string; orgEntity?: string }): OrganizationRecord {
    const store = this.store();
    const orgEntity = seed.orgEntity ?? `${seed.name}-org`;
    if (!store.entities.has(orgEntity)) this.entity({ name: orgEntity, organization: seed.name });
    const org: OrganizationRecord = { id: nodeId('Organization', seed.name), name: seed.name, orgEntity };
    store.organizations.set(org.name, org);
    return org;
  }

  /** Adds a project (and its entity, as a team, when missing). */
  project(seed: ProjectSeed): ProjectRecord {
    const store = this.store();
    const entity = seed.entity ?? this.viewer().entity;
    if (!store.entities.has(entity)) this.entity({ name: entity });
    const existing = store.project(entity, seed.name);
    if (existing) return existing;
    const created = seed.createdAt ? wandbTime(seed.createdAt) : undefined;
    return newProject({ store }, {
      entity,
      name: seed.name,
      description: seed.description ?? null,
      access: seed.access ?? 'PRIVATE',
      user: this.viewer().username,
      ...(created ? { createdAt: created, updatedAt: created } : {}),
    });
  }

  /** Adds a run (and its project when missing). */
  run(seed: RunSeed): RunRecord {
    const store = this.store();
    const project = this.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const name = seed.id ?? `run${String(store.nextId()).padStart(5, '0')}`;
    const history = (seed.history ?? []).map((row, i) => ({ ...row, _step: typeof row._step === 'number' ? row._step : i }));
    const times: Partial<RunRecord> = {};
    if (seed.createdAt) times.createdAt = times.updatedAt = wandbTime(seed.createdAt);
    if (seed.heartbeatAt ?? seed.createdAt) times.heartbeatAt = wandbTime((seed.heartbeatAt ?? seed.createdAt) as Date);
    return newRun({ store }, {
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
    });
  }

  // ── runs area seeds (files, ...) ──

  // ── artifacts area seeds ──

  /**
   * Logs an artifact version from in-memory files in one call: blobs, manifest, sequence, type
   * and aliases, as W&B would have them after `run.log_artifact()`.
   *
   * @example `fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'a,b\n1,2' }, aliases: ['best'] })`
   */
  artifact(seed: ArtifactSeed): ArtifactRecord {
    const store = this.store();
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
    const store = this.store();
    const project = this.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const sequence = sequenceOf(store, seed.artifact);
    const name = seed.collection ?? sequence.name;
    const portfolio =
      findCollection(store, project.entity, project.name, name) ??
      newCollection(store, { __typename: 'ArtifactPortfolio', entity: project.entity, project: project.name, name, type: sequence.type });
    return addMembership(store, portfolio, seed.artifact, seed.aliases ?? []);
  }

  /** Adds a registry: a `wandb-registry-<name>` project in the organization's entity. */
  registry(seed: RegistrySeed): ProjectRecord {
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

  // ── sweeps, reports, teams, automations, integrations, launch seeds ──
}
