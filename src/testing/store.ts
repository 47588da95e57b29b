import { createHash } from 'node:crypto';
import { AREAS } from './areas';
import { wandbTime } from './ids';
import { projectKey, type ProjectRecord } from './projects/records';
import type { RunRecord } from './runs/records';
import type { UserRecord } from './users/records';

/**
 * The fake's in-memory data, kept in W&B's own shapes: run config as `{ key: { value, desc } }`,
 * timestamps as W&B writes them (`2024-05-01T12:00:00`, UTC, no zone), ids as base64 node ids.
 * Records are plain objects so tests can read them and snapshots can copy them. Each area of
 * the fake (`areas.ts`) brings its own tables.
 */

/** Bytes the fake serves from its storage URLs (run files, manifests, artifact files). */
export interface BlobRecord {
  bytes: Uint8Array;
  contentType: string;
  /** Base64 MD5 of the bytes. */
  md5: string;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every area's tables, by name. */
export type AreaTables = UnionToIntersection<ReturnType<(typeof AREAS)[keyof typeof AREAS]['tables']>>;

/** The tables every area shares, and the store's clock. */
class StoreCore {
  /** Stored bytes by blob id (the hex MD5 of the content: storage is content-addressed). */
  readonly blobs = new Map<string, BlobRecord>();
  /**
   * Fields (`Type.field`, e.g. `Mutation.createCustomChart`) of the sweeps, reports, launch and
   * chart areas that the fake refuses as a server without them would.
   */
  readonly unsupportedFields = new Set<string>();

  private clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  private counter = 0;

  constructor() {
    for (const area of Object.values(AREAS)) Object.assign(this, area.tables());
  }

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

  /** The user an API key belongs to. */
  userByKey(this: FakeStore, key: string): UserRecord | undefined {
    for (const user of this.users.values()) if (user.apiKeys.some((k) => k.key === key)) return user;
    return undefined;
  }

  /** A project by entity and name. */
  project(this: FakeStore, entity: string, name: string): ProjectRecord | undefined {
    return this.projects.get(projectKey(entity, name));
  }

  /** The projects of an entity. */
  projectsOf(this: FakeStore, entity: string): ProjectRecord[] {
    return [...this.projects.values()].filter((p) => p.entity === entity);
  }

  /** Adds (or replaces) a project. */
  addProject(this: FakeStore, record: ProjectRecord): ProjectRecord {
    this.projects.set(projectKey(record.entity, record.name), record);
    return record;
  }

  /** The runs of a project, in creation order. */
  runsOf(this: FakeStore, entity: string, project: string): RunRecord[] {
    return [...(this.runs.get(projectKey(entity, project))?.values() ?? [])];
  }

  /** A run by entity, project and run id. */
  run(this: FakeStore, entity: string, project: string, name: string): RunRecord | undefined {
    return this.runs.get(projectKey(entity, project))?.get(name);
  }

  /** Adds (or replaces) a run. */
  addRun(this: FakeStore, record: RunRecord): RunRecord {
    const key = projectKey(record.entity, record.project);
    let table = this.runs.get(key);
    if (!table) this.runs.set(key, (table = new Map()));
    table.set(record.name, record);
    return record;
  }

  /** Removes a run from its project's table (its files and other data stay; see the runs area's `removeRun`). */
  deleteRun(this: FakeStore, entity: string, project: string, name: string): boolean {
    return this.runs.get(projectKey(entity, project))?.delete(name) ?? false;
  }
}

/** The fake's tables: every area's, and the shared ones. Every area of the fake reads and writes through these. */
export type FakeStore = StoreCore & AreaTables;

/** Creates an empty store, with every area's tables. */
export const FakeStore: new () => FakeStore = StoreCore as new () => FakeStore;
