import type { Resolvers, RunLogLinesArgs } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { requireWrite } from '../access';
import { connection, MAX_PAGE_SIZE } from '../connection';
import { runFileId, runFileUrl, runUploadUrl } from './routes';
import { blobUrl } from '../storage';
import { filterRuns } from './filters';
import { historyKeysOf, parquetHistory, rowsInRange, sample, sampledRows } from './history';
import type { FakeContext } from '../schema';
import { parseJsonObjectArg } from '../unsupported';
import { base64, nodeId, unbase64 } from '../ids';
import { runKey, type LogLineRecord, type RunFileRecord, type RunRecord } from './records';
import type { ProjectRecord } from '../projects/records';
import { newProject } from '../projects/resolvers';

export { filterRuns } from './filters';
export { historyKeysOf } from './history';

const ORDER_FIELDS: Record<string, (run: RunRecord) => unknown> = {
  created_at: (r) => r.createdAt,
  createdAt: (r) => r.createdAt,
  heartbeat_at: (r) => r.heartbeatAt,
  heartbeatAt: (r) => r.heartbeatAt,
  updated_at: (r) => r.updatedAt,
  updatedAt: (r) => r.updatedAt,
  name: (r) => r.name,
  display_name: (r) => r.displayName,
  displayName: (r) => r.displayName,
  state: (r) => r.state,
};

function path(value: unknown, keys: readonly string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A sort key getter for W&B's order strings (`-created_at`, `+config.lr.value`, `summary_metrics.loss`). */
export function orderKey(field: string): (run: RunRecord) => unknown {
  const known = ORDER_FIELDS[field];
  if (known) return known;
  const config = /^config\.([^.]+)(?:\.value)?((?:\..+)?)$/.exec(field);
  if (config) {
    const rest = config[2] ? (config[2] as string).slice(1).split('.') : [];
    return (r) => path(r.config[config[1] as string]?.value, rest);
  }
  const summary = /^summary_metrics\.(.+)$/.exec(field);
  if (summary) {
    const keys = (summary[1] as string).split('.');
    return (r) => ((summary[1] as string) in r.summary ? r.summary[summary[1] as string] : path(r.summary, keys));
  }
  throw new GraphQLError(`cannot order runs by ${field}`);
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = typeof a === 'string' ? a : String(a);
  const y = typeof b === 'string' ? b : String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether every run has the key and the runs are already in ascending order of it. */
function inOrder(runs: readonly RunRecord[], key: (run: RunRecord) => unknown): boolean {
  let previous: unknown;
  for (let i = 0; i < runs.length; i++) {
    const value = key(runs[i] as RunRecord);
    if (value === null || value === undefined) return false;
    if (i > 0 && compareValues(previous, value) > 0) return false;
    previous = value;
  }
  return true;
}

/** Sorts runs by a W&B order string; runs without the key go last either way. */
export function sortRuns(runs: RunRecord[], order: string | null | undefined): RunRecord[] {
  const spec = (order ?? '+created_at').trim() || '+created_at';
  const descending = spec.startsWith('-');
  const key = orderKey(spec.replace(/^[+-]/, ''));
  // Runs are usually listed in the order they are stored (by creation): skip the sort then.
  if (!descending && inOrder(runs, key)) return runs;
  const keyed = runs.map((run, index) => ({ run, index, value: key(run) }));
  return keyed
    .sort((x, y) => {
      const missingX = x.value === null || x.value === undefined;
      const missingY = y.value === null || y.value === undefined;
      if (missingX !== missingY) return missingX ? 1 : -1;
      const c = missingX ? 0 : compareValues(x.value, y.value);
      return (descending ? -c : c) || x.index - y.index;
    })
    .map((x) => x.run);
}

// runCount and runs in one request filter the same runs: share the work within that request.
const perRequest = new WeakMap<FakeContext, Map<string, RunRecord[]>>();

function matchingRuns(ctx: FakeContext, project: ProjectRecord, filters: string | null | undefined): RunRecord[] {
  let cache = perRequest.get(ctx);
  if (!cache) perRequest.set(ctx, (cache = new Map()));
  const key = `${project.entity}/${project.name}\n${filters ?? ''}`;
  let runs = cache.get(key);
  if (!runs) cache.set(key, (runs = filterRuns(ctx.store.runsOf(project.entity, project.name), filters)));
  return runs;
}

function pick<T>(record: Record<string, T>, keys: readonly string[] | null | undefined): Record<string, T> {
  if (!keys) return record;
  const out: Record<string, T> = {};
  for (const key of keys) if (key in record) out[key] = record[key] as T;
  return out;
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

function randomRunId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % alphabet.length]).join('');
}

/** The run a GraphQL node id names, if it exists. */
export function runByNodeId(ctx: Pick<FakeContext, 'store'>, id: string): RunRecord | undefined {
  const match = /^Run:v1:([^:]+):([^:]+):([^:]+)$/.exec(unbase64(id) ?? '');
  return match ? ctx.store.run(match[3] as string, match[2] as string, match[1] as string) : undefined;
}

/** Removes a run and everything the runs area keeps for it. */
export function removeRun(ctx: Pick<FakeContext, 'store'>, run: RunRecord): void {
  const key = runKey(run.entity, run.project, run.name);
  ctx.store.deleteRun(run.entity, run.project, run.name);
  ctx.store.runFiles.delete(key);
  ctx.store.runEvents.delete(key);
  ctx.store.historyExports.delete(key);
  for (const [token, upload] of ctx.store.runFileUploads) {
    if (runKey(upload.entity, upload.project, upload.run) === key) ctx.store.runFileUploads.delete(token);
  }
}

/** Converts MySQL's LIKE pattern (`%.json`) to a regular expression. */
function likePattern(pattern: string): RegExp {
  let source = '';
  for (const c of pattern) source += c === '%' ? '.*' : c === '_' ? '.' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${source}$`, 's');
}

/**
 * The moves `updateRunState` makes, by target state, as W&B allows them: back to `pending` to
 * requeue a run that stopped or is stuck, and to `failed` for a run that was lost.
 */
const STATE_MOVES: Readonly<Record<string, readonly string[]>> = {
  pending: ['running', 'failed', 'crashed', 'preempted'],
  failed: ['pending', 'running'],
};

/**
 * A `File` as GraphQL sees it. Fields are plain values or functions of the field's arguments
 * (graphql-js calls those), so the File type needs no resolvers of its own and other areas can
 * serve their files the same way.
 */
function fileView(ctx: FakeContext, run: RunRecord, file: RunFileRecord) {
  return {
    id: file.id,
    name: file.name,
    displayName: file.name,
    directUrl: blobUrl(ctx, file.blobId, file.name),
    url: (args: { upload?: boolean | null }) => (args.upload ? runUploadUrl(ctx, run, file.name) : runFileUrl(ctx, run, file.name)),
    sizeBytes: file.sizeBytes,
    md5: file.md5,
    digest: file.md5,
    mimetype: file.mimetype,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
    deletedAt: null,
    exists: true,
    isReference: false,
    archived: false,
    special: false,
    storageBucket: null,
    storagePath: `${run.entity}/${run.project}/${run.name}/${file.name}`,
    uploadHeaders: [],
    uploadUrl: null,
    uploadMultipartUrls: null,
    ndbId: null,
  };
}

function filesOf(ctx: Pick<FakeContext, 'store'>, run: RunRecord): RunFileRecord[] {
  const files = [...(ctx.store.runFiles.get(runKey(run.entity, run.project, run.name))?.values() ?? [])];
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function requireRunWrite(ctx: FakeContext, id: string): RunRecord {
  const run = runByNodeId(ctx, id);
  if (!run) throw new GraphQLError(`run ${id} not found`);
  requireWrite(ctx, run.entity);
  return run;
}

/** A console line as `logLines` answers it: numbered by its place in the log. */
type NumberedLine = LogLineRecord & { number: number; id: string };

const logLineCursor = (line: NumberedLine) => base64(`logline:${line.number}`);

/** The number of the line a `logLines` cursor names. */
function logLineNumber(cursor: string): number {
  const match = /^logline:(\d+)$/.exec(unbase64(cursor) ?? '');
  if (!match) throw new GraphQLError(`invalid cursor: ${cursor}`);
  return Number(match[1]);
}

/**
 * A page of console lines: those after `after` and before `before`, then the first `first` or the
 * last `last` of them (the client reads a log from the start with `first`, or its tail with `last`).
 */
function logLinePage(records: readonly LogLineRecord[], args: RunLogLinesArgs) {
  const lines: NumberedLine[] = records.map((line, number) => ({ ...line, number, id: String(number) }));
  for (const [name, value] of [
    ['first', args.first],
    ['last', args.last],
  ] as const) {
    if (value !== null && value !== undefined && (!Number.isInteger(value) || value < 0))
      throw new GraphQLError(`${name} must be a non-negative integer, got ${value}`);
  }
  const after = args.after ? logLineNumber(args.after) : -1;
  const before = args.before ? logLineNumber(args.before) : Infinity;
  const window = lines.filter((l) => l.number > after && l.number < before);
  const size = Math.min(args.first ?? args.last ?? 1000, MAX_PAGE_SIZE);
  const page =
    args.last !== null && args.last !== undefined && (args.first === null || args.first === undefined)
      ? window.slice(Math.max(0, window.length - size))
      : window.slice(0, size);
  const edges = page.map((node) => ({ cursor: logLineCursor(node), node }));
  const firstShown = page[0];
  const lastShown = page[page.length - 1];
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? args.after ?? null,
      hasNextPage: lastShown ? window.some((l) => l.number > lastShown.number) : false,
      hasPreviousPage: firstShown ? lines.some((l) => l.number < firstShown.number) : after >= 0,
    },
  };
}

const UPLOAD_HEADERS = ['Content-Type:application/octet-stream'];

export const runResolvers: Resolvers = {
  Project: {
    run: (project, args, ctx) => ctx.store.run(project.entity, project.name, args.name) ?? null,
    runCount: (project, args, ctx) => matchingRuns(ctx, project, args.filters).length,
    runs: (project, args, ctx) => {
      const runs = sortRuns(matchingRuns(ctx, project, args.filters), args.order);
      return connection(runs, args, (r) => r.name);
    },
  },
  Run: {
    config: (run, args) => JSON.stringify(pick(run.config, args.keys)),
    summaryMetrics: (run, args) => JSON.stringify(pick(run.summary, args.keys)),
    systemMetrics: (run) => JSON.stringify(run.systemMetrics),
    historyKeys: (run) => historyKeysOf(run),
    historyLineCount: (run) => run.history.length,
    history: (run, args) => sample(rowsInRange(run.history, args.minStep, args.maxStep, false), args.samples).map((row) => JSON.stringify(row)),
    sampledHistory: (run, args) => args.specs.map((spec) => sampledRows(run.history, spec)),
    events: (run, args, ctx) =>
      sample(ctx.store.runEvents.get(runKey(run.entity, run.project, run.name)) ?? [], args.samples).map((row) => JSON.stringify(row)),
    parquetHistory: (run, args, ctx) => parquetHistory(ctx, run, args.liveKeys),
    stopped: (run) => run.stopped ?? false,
    shouldStop: (run) => run.stopped ?? false,
    fileCount: (run, _args, ctx) => filesOf(ctx, run).length,
    files: (run, args, ctx) => {
      let files = filesOf(ctx, run);
      const names = (args.names ?? []).filter((n): n is string => typeof n === 'string');
      if (names.length) files = files.filter((f) => names.includes(f.name));
      else if (args.pattern) {
        const like = likePattern(args.pattern);
        files = files.filter((f) => like.test(f.name));
      }
      const page = connection(files, args, (f) => f.name);
      return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: fileView(ctx, run, e.node) })), uploadHeaders: [] };
    },
    project: (run, _args, ctx) => ctx.store.project(run.entity, run.project) ?? null,
    projectId: (run, _args, ctx) => ctx.store.project(run.entity, run.project)?.internalId ?? '0',
    user: (run, _args, ctx) => (run.user ? (ctx.store.users.get(run.user) ?? null) : null),
    logLineCount: (run) => run.logLines?.length ?? 0,
    logLines: (run, args) => logLinePage(run.logLines ?? [], args),
  },
  File: {
    // A run file's URL depends on the field's `upload` argument; other files' URLs are plain strings.
    url: (file, args) => (typeof file.url === 'function' ? file.url(args) : (file.url ?? null)),
  },
  Mutation: {
    upsertBucket: (_root, { input }, ctx) => {
      let run = input.id ? runByNodeId(ctx, input.id) : undefined;
      if (input.id && !run) throw new GraphQLError(`run ${input.id} not found`);
      const entity = run?.entity ?? input.entityName ?? ctx.viewer.entity;
      const projectName = run?.project ?? input.modelName ?? 'uncategorized';
      if (!ctx.store.entities.has(entity)) throw new GraphQLError(`entity ${entity} not found`);
      requireWrite(ctx, entity);
      const config = parseJsonObjectArg(input.config, 'config');
      const summary = parseJsonObjectArg(input.summaryMetrics, 'summaryMetrics');
      if (!ctx.store.project(entity, projectName)) newProject(ctx, { entity, name: projectName, user: ctx.viewer.username });
      const name = run?.name ?? input.name ?? randomRunId();
      run ??= ctx.store.run(entity, projectName, name);
      const inserted = !run;
      run ??= newRun(ctx, { entity, project: projectName, name, user: ctx.viewer.username });
      // W&B stores what it is sent: a config or summary in the input replaces the stored one.
      if (config) run.config = config as RunRecord['config'];
      if (summary) run.summary = summary;
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
    deleteRun: (_root, { input }, ctx) => {
      removeRun(ctx, requireRunWrite(ctx, input.id));
      return { clientMutationId: input.clientMutationId ?? null };
    },
    stopRun: (_root, { input }, ctx) => {
      // W&B only raises the flag; the run's own process sees it at its next heartbeat and stops,
      // so the state stays as it is, and asking again changes nothing.
      const run = requireRunWrite(ctx, input.id);
      if (!run.stopped) {
        run.stopped = true;
        run.updatedAt = ctx.store.tick();
      }
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    updateRunState: (_root, { input }, ctx) => {
      const run = requireRunWrite(ctx, input.id);
      if (run.sweepName) throw new GraphQLError(`run ${run.name} belongs to sweep ${run.sweepName}; the state of a sweep run cannot be changed`);
      if (!STATE_MOVES[input.state]?.includes(run.state)) {
        throw new GraphQLError(`invalid state transition from ${run.state} to ${input.state}`);
      }
      run.state = input.state;
      run.updatedAt = ctx.store.tick();
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    createRunFiles: (_root, { input }, ctx) => {
      const run = ctx.store.run(input.entityName, input.projectName, input.runName);
      if (!run) throw new GraphQLError(`run ${input.entityName}/${input.projectName}/${input.runName} not found`);
      requireWrite(ctx, run.entity);
      const files = input.files.map((name) => {
        if (!name || name.startsWith('/') || name.split('/').includes('..')) throw new GraphQLError(`invalid file name ${JSON.stringify(name)}`);
        return {
          name,
          uploadUrl: runUploadUrl(ctx, run, name),
          id: runFileId(run, name),
          directUrl: '',
          displayName: name,
          sizeBytes: 0,
          exists: false,
          isReference: false,
          uploadHeaders: UPLOAD_HEADERS,
        };
      });
      return { runID: run.id, uploadHeaders: UPLOAD_HEADERS, files, clientMutationId: input.clientMutationId ?? null };
    },
    deleteFiles: (_root, { input }, ctx) => {
      for (const id of input.files) {
        const match = /^File:v1:(.+):([^:]+):([^:]+):([^:]+)$/s.exec(unbase64(id) ?? '');
        const run = match ? ctx.store.run(match[4] as string, match[3] as string, match[2] as string) : undefined;
        const table = run ? ctx.store.runFiles.get(runKey(run.entity, run.project, run.name)) : undefined;
        if (!run || !table?.has(match?.[1] as string)) throw new GraphQLError(`file ${id} not found`);
        requireWrite(ctx, run.entity);
        const project = ctx.store.project(run.entity, run.project);
        if (input.projectId !== undefined && input.projectId !== null && String(input.projectId) !== project?.internalId) {
          throw new GraphQLError(`file ${id} is not in project ${input.projectId}`);
        }
        table.delete(match?.[1] as string);
      }
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
