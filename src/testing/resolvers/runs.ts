import { GraphQLError } from 'graphql';
import { requireWrite } from '../access';
import { connection, type ConnectionArgs } from '../connection';
import type { FakeContext, ResolverMap } from '../schema';
import { nodeId, unbase64, type ProjectRecord, type RunRecord } from '../store';
import { newProject } from './projects';

const ORDER_FIELDS: Record<string, (run: RunRecord) => unknown> = {
  created_at: (r) => r.createdAt,
  createdAt: (r) => r.createdAt,
  heartbeat_at: (r) => r.heartbeatAt,
  heartbeatAt: (r) => r.heartbeatAt,
  updated_at: (r) => r.updatedAt,
  name: (r) => r.name,
  display_name: (r) => r.displayName,
  displayName: (r) => r.displayName,
  state: (r) => r.state,
};

/** A sort key getter for W&B's order strings (`-created_at`, `+config.lr.value`, `summary_metrics.loss`). */
export function orderKey(field: string): (run: RunRecord) => unknown {
  const known = ORDER_FIELDS[field];
  if (known) return known;
  const config = /^config\.(.+?)(\.value)?$/.exec(field);
  if (config) return (r) => r.config[config[1] as string]?.value;
  const summary = /^summary_metrics\.(.+)$/.exec(field);
  if (summary) return (r) => r.summary[summary[1] as string];
  throw new GraphQLError(`cannot order runs by ${field}`);
}

function compareValues(a: unknown, b: unknown): number {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** Sorts runs by a W&B order string; runs without the key go last either way. */
export function sortRuns(runs: RunRecord[], order: string | null | undefined): RunRecord[] {
  const spec = (order ?? '+created_at').trim() || '+created_at';
  const descending = spec.startsWith('-');
  const key = orderKey(spec.replace(/^[+-]/, ''));
  return runs
    .map((run, index) => ({ run, index, value: key(run) }))
    .sort((x, y) => {
      const missingX = x.value === null || x.value === undefined;
      const missingY = y.value === null || y.value === undefined;
      if (missingX !== missingY) return missingX ? 1 : -1;
      const c = compareValues(x.value, y.value);
      return (descending ? -c : c) || x.index - y.index;
    })
    .map((x) => x.run);
}

/**
 * The runs matching a W&B filter document. Filtering lands with the runs issue; until then the
 * fake refuses filters rather than answering with unfiltered runs.
 */
export function filterRuns(runs: RunRecord[], filters: string | null | undefined): RunRecord[] {
  if (!filters) return runs;
  let parsed: unknown;
  try {
    parsed = JSON.parse(filters);
  } catch {
    throw new GraphQLError('filters is not valid JSON');
  }
  if (parsed === null || (typeof parsed === 'object' && Object.keys(parsed).length === 0)) return runs;
  throw new GraphQLError('this fake does not evaluate run filters yet');
}

function pick<T>(record: Record<string, T>, keys: readonly string[] | null | undefined): Record<string, T> {
  if (!keys) return record;
  const out: Record<string, T> = {};
  for (const key of keys) if (key in record) out[key] = record[key] as T;
  return out;
}

/** W&B's `historyKeys` object: every logged key with its value types, and `lastStep`. */
export function historyKeysOf(run: RunRecord): { keys: Record<string, { typeCounts: Array<{ type: string; count: number }> }>; lastStep: number } {
  const counts = new Map<string, Map<string, number>>();
  for (const row of run.history) {
    for (const [key, value] of Object.entries(row)) {
      const type = value === null ? 'nil' : typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : typeof value === 'boolean' ? 'bool' : 'map';
      const byType = counts.get(key) ?? new Map<string, number>();
      byType.set(type, (byType.get(type) ?? 0) + 1);
      counts.set(key, byType);
    }
  }
  const keys: Record<string, { typeCounts: Array<{ type: string; count: number }> }> = {};
  for (const [key, byType] of counts) keys[key] = { typeCounts: [...byType].map(([type, count]) => ({ type, count })) };
  const last = run.history[run.history.length - 1];
  return { keys, lastStep: typeof last?._step === 'number' ? last._step : -1 };
}

/** Creates a run record with W&B's defaults. */
export function newRun(ctx: Pick<FakeContext, 'store'>, fields: Partial<RunRecord> & { entity: string; project: string; name: string }): RunRecord {
  const now = ctx.store.tick();
  return ctx.store.addRun({
    id: nodeId('Run', fields.name, fields.project, fields.entity),
    displayName: fields.name,
    state: 'running',
    config: {},
    summary: {},
    systemMetrics: {},
    tags: [],
    group: null,
    jobType: null,
    notes: null,
    description: null,
    commit: null,
    host: null,
    sweepName: null,
    readOnly: false,
    user: null,
    history: [],
    createdAt: now,
    heartbeatAt: now,
    updatedAt: now,
    ...fields,
  });
}

function parseJsonInput(text: string | null | undefined, field: string): Record<string, unknown> | undefined {
  if (text === null || text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GraphQLError(`${field} is not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new GraphQLError(`${field} must be a JSON object`);
  return value as Record<string, unknown>;
}

function randomRunId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % alphabet.length]).join('');
}

/** The run a GraphQL node id names, if it exists. */
export function runByNodeId(ctx: FakeContext, id: string): RunRecord | undefined {
  const match = /^Run:v1:([^:]+):([^:]+):([^:]+)$/.exec(unbase64(id) ?? '');
  return match ? ctx.store.run(match[3] as string, match[2] as string, match[1] as string) : undefined;
}

interface UpsertBucketInput {
  id?: string | null;
  name?: string | null;
  entityName?: string | null;
  modelName?: string | null;
  config?: string | null;
  summaryMetrics?: string | null;
  tags?: Array<string | null> | null;
  displayName?: string | null;
  notes?: string | null;
  description?: string | null;
  groupName?: string | null;
  jobType?: string | null;
  state?: string | null;
  commit?: string | null;
  host?: string | null;
  sweep?: string | null;
  clientMutationId?: string | null;
}

export const runResolvers: ResolverMap = {
  Project: {
    run: (project: ProjectRecord, args: { name: string }, ctx) => ctx.store.run(project.entity, project.name, args.name) ?? null,
    runCount: (project: ProjectRecord, args: { filters?: string | null }, ctx) =>
      filterRuns(ctx.store.runsOf(project.entity, project.name), args.filters).length,
    runs: (project: ProjectRecord, args: ConnectionArgs & { filters?: string | null; order?: string | null }, ctx) => {
      const runs = sortRuns(filterRuns(ctx.store.runsOf(project.entity, project.name), args.filters), args.order);
      return connection(runs, args, (r) => r.name);
    },
  },
  Run: {
    config: (run: RunRecord, args: { keys?: string[] | null }) => JSON.stringify(pick(run.config, args.keys)),
    summaryMetrics: (run: RunRecord, args: { keys?: string[] | null }) => JSON.stringify(pick(run.summary, args.keys)),
    systemMetrics: (run: RunRecord) => JSON.stringify(run.systemMetrics),
    historyKeys: (run: RunRecord) => historyKeysOf(run),
    historyLineCount: (run: RunRecord) => run.history.length,
    project: (run: RunRecord, _args, ctx) => ctx.store.project(run.entity, run.project) ?? null,
    projectId: (run: RunRecord, _args, ctx) => ctx.store.project(run.entity, run.project)?.internalId ?? '0',
    user: (run: RunRecord, _args, ctx) => (run.user ? ctx.store.users.get(run.user) ?? null : null),
  },
  Mutation: {
    upsertBucket: (_root, { input }: { input: UpsertBucketInput }, ctx) => {
      let run = input.id ? runByNodeId(ctx, input.id) : undefined;
      if (input.id && !run) throw new GraphQLError(`run ${input.id} not found`);
      const entity = run?.entity ?? input.entityName ?? ctx.viewer.entity;
      const projectName = run?.project ?? input.modelName ?? 'uncategorized';
      if (!ctx.store.entities.has(entity)) throw new GraphQLError(`entity ${entity} not found`);
      requireWrite(ctx, entity);
      const config = parseJsonInput(input.config, 'config');
      const summary = parseJsonInput(input.summaryMetrics, 'summaryMetrics');
      if (!ctx.store.project(entity, projectName)) newProject(ctx, { entity, name: projectName, user: ctx.viewer.username });
      const name = run?.name ?? input.name ?? randomRunId();
      run ??= ctx.store.run(entity, projectName, name);
      const inserted = !run;
      run ??= newRun(ctx, { entity, project: projectName, name, user: ctx.viewer.username });
      if (config) Object.assign(run.config, config);
      if (summary) Object.assign(run.summary, summary);
      if (input.tags) run.tags = input.tags.filter((t): t is string => typeof t === 'string');
      if (input.displayName !== undefined && input.displayName !== null) run.displayName = input.displayName;
      if (input.notes !== undefined && input.notes !== null) run.notes = input.notes;
      if (input.description !== undefined && input.description !== null) run.description = input.description;
      if (input.groupName !== undefined && input.groupName !== null) run.group = input.groupName;
      if (input.jobType !== undefined && input.jobType !== null) run.jobType = input.jobType;
      if (input.state) run.state = input.state;
      if (input.commit) run.commit = input.commit;
      if (input.host) run.host = input.host;
      if (input.sweep) run.sweepName = input.sweep;
      if (!inserted) run.updatedAt = ctx.store.tick();
      return { bucket: run, inserted, updateAvailable: false, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
