import { createHash } from 'node:crypto';
import type { IntegrationRecord, InviteRecord, TriggerRecord } from './automations/records';
import type { CustomChartRecord } from './charts/records';
import type { ResourceConfigRecord, RunQueueRecord } from './launch/records';
import type { ViewRecord } from './reports/records';
import type { AgentRecord, SweepRecord } from './sweeps/records';
import type {
  ArtifactCollectionRecord,
  ArtifactMembershipRecord,
  ArtifactRecord,
  ArtifactTypeRecord,
  ProjectMembersRecord,
  RegistrySettingsRecord,
} from './artifacts/records';

/**
 * The fake's in-memory data, kept in W&B's own shapes: run config as `{ key: { value, desc } }`,
 * timestamps as W&B writes them (`2024-05-01T12:00:00`, UTC, no zone), ids as base64 node ids.
 * Records are plain objects so tests can read them and snapshots can copy them.
 */

/** An API key of a user. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  description: string | null;
  /** The secret itself. */
  key: string;
}

export interface UserRecord {
  id: string;
  username: string;
  name: string;
  email: string;
  admin: boolean;
  accountType: 'USER' | 'SERVICE' | 'ANONYMOUS' | 'VIEWER';
  /** Name of the user's own entity. */
  entity: string;
  photoUrl: string | null;
  flags: Record<string, unknown>;
  createdAt: string;
  deletedAt: string | null;
  apiKeys: ApiKeyRecord[];
}

export interface EntityRecord {
  id: string;
  name: string;
  isTeam: boolean;
  /** Usernames of members; `admins` is the subset with admin rights. */
  members: string[];
  admins: string[];
  organization: string | null;
  defaultAccess: string;
  privateOnly: boolean;
  codeSavingEnabled: boolean;
  readOnly: boolean;
  photoUrl: string | null;
  createdAt: string;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  /** The entity that holds the organization's registries. */
  orgEntity: string;
}

export interface ProjectRecord {
  id: string;
  internalId: string;
  entity: string;
  name: string;
  description: string | null;
  access: string;
  readOnly: boolean;
  isBenchmark: boolean;
  /** Username of the creator. */
  user: string | null;
  views: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RunRecord {
  id: string;
  /** The run id within its project. */
  name: string;
  entity: string;
  project: string;
  displayName: string | null;
  state: string;
  /** W&B's stored form: `{ key: { value, desc } }`. */
  config: Record<string, { value: unknown; desc: string | null }>;
  summary: Record<string, unknown>;
  systemMetrics: Record<string, unknown>;
  tags: string[];
  group: string | null;
  jobType: string | null;
  notes: string | null;
  description: string | null;
  commit: string | null;
  host: string | null;
  sweepName: string | null;
  readOnly: boolean;
  /** Username of the owner. */
  user: string | null;
  /** History rows in step order, each with `_step`. */
  history: Record<string, unknown>[];
  createdAt: string;
  heartbeatAt: string | null;
  updatedAt: string;
}

/** Bytes the fake serves from its storage URLs (run files, manifests, artifact files). */
export interface BlobRecord {
  bytes: Uint8Array;
  contentType: string;
  /** Base64 MD5 of the bytes. */
  md5: string;
}

// ── runs: run files, upload URLs, system metrics, history exports ──

/** A file saved with a run (its bytes are a blob). */
export interface RunFileRecord {
  id: string;
  name: string;
  blobId: string;
  sizeBytes: number;
  /** Base64 MD5 of the bytes. */
  md5: string;
  mimetype: string;
  createdAt: string;
  updatedAt: string;
}

/** An upload URL handed out by `createRunFiles` and not used yet. */
export interface RunFileUploadRecord {
  entity: string;
  project: string;
  run: string;
  name: string;
}

/** How much of a run's history W&B has exported to parquet, and the files written for it. */
export interface HistoryExportRecord {
  /** Rows (from the first) in parquet files; the rest is served as `liveData`. */
  exportedRows: number;
  rowsPerFile: number;
  /** Blobs of the parquet files, for the export state named by `signature`. */
  files: { signature: string; blobIds: string[] } | null;
}

/** The key of a run in the runs area's tables. */
export function runKey(entity: string, project: string, run: string): string {
  return `${entity}/${project}/${run}`;
}

/** `Type:v1:part:part`, base64-encoded, as W&B's node ids look. */
export function nodeId(type: string, ...parts: string[]): string {
  return base64(`${type}:v1:${parts.join(':')}`);
}

/** Base64 of a string's UTF-8 bytes, without Node's Buffer. */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The string whose UTF-8 bytes `encoded` holds, or `undefined` when it is not base64. */
export function unbase64(encoded: string): string | undefined {
  try {
    const binary = atob(encoded);
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** A timestamp as W&B writes them: ISO 8601 to the second, UTC, no zone designator. */
export function wandbTime(date: Date): string {
  return date.toISOString().slice(0, 19);
}

const projectKey = (entity: string, project: string) => `${entity}/${project}`;

/** The fake's tables. Every area of the fake reads and writes through these. */
export class FakeStore {
  readonly users = new Map<string, UserRecord>();
  readonly entities = new Map<string, EntityRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  /** Runs per project (`entity/project`), in creation order, by run id. */
  readonly runs = new Map<string, Map<string, RunRecord>>();
  /** Stored bytes by blob id (the hex MD5 of the content: storage is content-addressed). */
  readonly blobs = new Map<string, BlobRecord>();

  // Tables of the other areas (artifacts, sweeps, reports, ...) are added below their owners' comment.
  // ── runs: run files, upload URLs, system metrics, history exports ──
  /** Files of each run, by `runKey()` then file name. */
  readonly runFiles = new Map<string, Map<string, RunFileRecord>>();
  /** Upload URLs handed out and not used yet, by token. */
  readonly runFileUploads = new Map<string, RunFileUploadRecord>();
  /** System-metrics rows of each run (what `Run.events` returns), by `runKey()`. */
  readonly runEvents = new Map<string, Record<string, unknown>[]>();
  /** History export state of each run, by `runKey()`; a run without an entry is exported once it stops running. */
  readonly historyExports = new Map<string, HistoryExportRecord>();

  // ── artifacts and registries ──
  /** Artifact types by `entity/project/type`. */
  readonly artifactTypes = new Map<string, ArtifactTypeRecord>();
  /** Sequences and portfolios by id (deleted ones stay, with state `DELETED`). */
  readonly artifactCollections = new Map<string, ArtifactCollectionRecord>();
  /** Artifact versions by id. */
  readonly artifacts = new Map<string, ArtifactRecord>();
  /** Each artifact's place in each collection, by id. */
  readonly artifactMemberships = new Map<string, ArtifactMembershipRecord>();
  /** Registry settings of `wandb-registry-*` projects, by `entity/project`. */
  readonly registrySettings = new Map<string, RegistrySettingsRecord>();
  /** Users and teams a project (a registry) lists as members, with their roles, by `entity/project`. */
  readonly projectMembers = new Map<string, ProjectMembersRecord>();

  // ── sweeps, reports, teams, users, automations, integrations, launch ──
  /** Pending team invitations, by id. */
  readonly invites = new Map<string, InviteRecord>();
  /** Slack and webhook integrations, by id. */
  readonly integrations = new Map<string, IntegrationRecord>();
  /** Automations (W&B's triggers), by id. */
  readonly triggers = new Map<string, TriggerRecord>();
  /** Sweeps by `entity/project/name`. */
  readonly sweeps = new Map<string, SweepRecord>();
  /** Sweep agents by `entity/project/sweep/name`. */
  readonly agents = new Map<string, AgentRecord>();
  /** Reports (views) by node id. */
  readonly views = new Map<string, ViewRecord>();
  /** Launch run queues by `entity/project/name`. */
  readonly runQueues = new Map<string, RunQueueRecord>();
  /** Launch default resource configs by node id. */
  readonly resourceConfigs = new Map<string, ResourceConfigRecord>();
  /** Custom chart presets by id (`entity/name`). */
  readonly customCharts = new Map<string, CustomChartRecord>();
  /**
   * Fields (`Type.field`, e.g. `Mutation.createCustomChart`) of the sweeps, reports, launch and
   * chart areas that the fake refuses as a server without them would.
   */
  readonly unsupportedFields = new Set<string>();

  private clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  private counter = 0;

  /** A new timestamp, one second after the last one, so creation order is also time order. */
  tick(): string {
    this.clock += 1000;
    return wandbTime(new Date(this.clock));
  }

  /** A small, unique, increasing number (for internal ids). */
  nextId(): number {
    return ++this.counter;
  }

  /** Stores bytes and returns their blob id; the same bytes always get the same id. */
  putBlob(bytes: Uint8Array | string, contentType = 'application/octet-stream'): string {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    const digest = createHash('md5').update(data).digest();
    const id = digest.toString('hex');
    this.blobs.set(id, { bytes: data, contentType, md5: digest.toString('base64') });
    return id;
  }

  userByKey(key: string): UserRecord | undefined {
    for (const user of this.users.values()) if (user.apiKeys.some((k) => k.key === key)) return user;
    return undefined;
  }

  project(entity: string, name: string): ProjectRecord | undefined {
    return this.projects.get(projectKey(entity, name));
  }

  projectsOf(entity: string): ProjectRecord[] {
    return [...this.projects.values()].filter((p) => p.entity === entity);
  }

  addProject(record: ProjectRecord): ProjectRecord {
    this.projects.set(projectKey(record.entity, record.name), record);
    return record;
  }

  /** The runs of a project, in creation order. */
  runsOf(entity: string, project: string): RunRecord[] {
    return [...(this.runs.get(projectKey(entity, project))?.values() ?? [])];
  }

  run(entity: string, project: string, name: string): RunRecord | undefined {
    return this.runs.get(projectKey(entity, project))?.get(name);
  }

  addRun(record: RunRecord): RunRecord {
    const key = projectKey(record.entity, record.project);
    let table = this.runs.get(key);
    if (!table) this.runs.set(key, (table = new Map()));
    table.set(record.name, record);
    return record;
  }

  deleteRun(entity: string, project: string, name: string): boolean {
    return this.runs.get(projectKey(entity, project))?.delete(name) ?? false;
  }
}
