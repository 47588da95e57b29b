import { wrapConfig } from '../client/json';
import type { RunQueueItemRecord, RunQueueRecord } from './records/launch';
import type { ViewRecord } from './records/reports';
import type { SweepRecord } from './records/sweeps';
import { newProject } from './resolvers/projects';
import { newRun } from './resolvers/runs';
import { newUser } from './resolvers/users';
import type { CollectionScopeRecord, IntegrationRecord, InviteRecord, TriggerRecord } from './orgRecords';
import { OrgSeeds, type AutomationSeed, type CollectionScopeSeed, type IntegrationSeed, type InviteSeed, type TeamSeed } from './orgSeeds';
import { seedQueuedRun, seedRunQueue, type QueuedRunSeed, type RunQueueSeed } from './seeds/launch';
import { seedReport, type ReportSeed } from './seeds/reports';
import { seedSweep, type SweepSeed } from './seeds/sweeps';
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

/** Typed builders that put W&B-shaped records into the fake's store. */
export class FakeSeeder {
  /** @internal */
  constructor(
    private readonly store: () => FakeStore,
    private readonly viewer: () => UserRecord,
  ) {}

  /** Adds a user, with their own (non-team) entity of the same name. */
  user(seed: UserSeed): UserRecord {
    return newUser(this.store(), seed);
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
    return this.org.team(seed);
  }

  /** Adds a pending invitation (by email) to a team. */
  invite(seed: InviteSeed): InviteRecord {
    return this.org.invite(seed);
  }

  /** Adds a Slack or webhook integration to an entity (the viewer's by default). */
  integration(seed: IntegrationSeed): IntegrationRecord {
    return this.org.integration(seed);
  }

  /** Adds an artifact collection that automations can be scoped to (and its project when missing). */
  collectionScope(seed: CollectionScopeSeed): CollectionScopeRecord {
    return this.org.collectionScope(seed);
  }

  /** Adds an automation, validated as the server validates new ones. */
  automation(seed: AutomationSeed): TriggerRecord {
    return this.org.automation(seed);
  }

  /**
   * Adds a sweep with its config stored as YAML, its runs (attached by `sweepName`) and agents.
   * @example `fake.seed.sweep({ project: 'p', id: 'sw1', config: { method: 'bayes', metric: { name: 'loss', goal: 'minimize' } }, runs: [{ summary: { loss: 0.2 } }] })`
   */
  sweep(seed: SweepSeed): SweepRecord {
    return seedSweep(this, this.store(), this.viewer(), seed);
  }

  /**
   * Adds a report (a W&B view of type `runs`) whose spec holds the given run sets.
   * @example `fake.seed.report({ project: 'p', displayName: 'Weekly', runSets: [{ selections: ['r1'] }] })`
   */
  report(seed: ReportSeed): ViewRecord {
    return seedReport(this, this.store(), this.viewer(), seed);
  }

  /**
   * Adds a Launch run queue (in the entity's `model-registry` project) with its default resource
   * config and items.
   */
  runQueue(seed: RunQueueSeed): RunQueueRecord {
    return seedRunQueue(this, this.store(), seed);
  }

  /** Adds an item (a queued run) to a seeded queue. */
  queuedRun(queue: RunQueueRecord, seed: QueuedRunSeed = {}): RunQueueItemRecord {
    return seedQueuedRun(this.store(), queue, seed);
  }
}
