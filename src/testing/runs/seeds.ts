import { wrapConfig } from '../../client/json';
import type { RunState } from '../../runs/filters';
import { wandbTime } from '../ids';
import { builder, checkResult, missingRecord, seedError } from '../seedBuilder';
import {
  bytes,
  date,
  either,
  func,
  integer,
  isWandbName,
  leaf,
  list,
  nonEmptyString,
  oneOf,
  optional,
  plainObject,
  rows,
  shape,
  string,
  tags,
  wandbName,
  type Fields,
} from '../seedCheck';
import type { BlobRecord, FakeStore } from '../store';
import type { UserRecord } from '../users/records';
import type { SweepRunSeed } from '../sweeps/seeds';
import { runKey, type RunFileRecord, type RunRecord } from './records';
import { newRun } from './resolvers';
import { runFileId } from './routes';

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

/** The run states W&B reports. */
export const RUN_STATES = ['running', 'finished', 'crashed', 'failed', 'killed', 'preempting', 'preempted', 'pending'] as const;

/** The fields of a run, without its place (a sweep's runs take theirs from the sweep). */
export const runFields: Fields<SweepRunSeed> = {
  id: optional(wandbName),
  displayName: optional(string),
  state: optional(oneOf(...RUN_STATES)),
  config: optional(plainObject),
  summary: optional(plainObject),
  systemMetrics: optional(plainObject),
  tags: optional(tags),
  group: optional(string),
  jobType: optional(string),
  notes: optional(string),
  description: optional(string),
  commit: optional(string),
  host: optional(string),
  user: optional(wandbName),
  history: optional(rows),
  createdAt: optional(date),
  heartbeatAt: optional(date),
};

const runSeed = shape<RunSeed>('RunSeed', { project: wandbName, entity: optional(wandbName), ...runFields, sweepName: optional(wandbName) });

/** Fields that name a run. */
const runTargetFields: Fields<RunTarget> = { project: wandbName, entity: optional(wandbName), run: wandbName };

const syntheticHistory = shape<SyntheticHistory>('SyntheticHistory', {
  rows: integer(0),
  keys: optional(tags),
  firstStep: optional(integer(0)),
  stepEvery: optional(integer(1)),
});

const runsSeed = shape<RunsSeed>('RunsSeed', {
  project: wandbName,
  entity: optional(wandbName),
  count: integer(0),
  idPrefix: optional(
    leaf<string>('a run id prefix', (v) => typeof v === 'string' && (v === '' || isWandbName(v)), { hint: 'without spaces or / : ? # % \\' }),
  ),
  state: optional(either(oneOf(...RUN_STATES), func<(index: number) => RunState>())),
  config: optional(func()),
  summary: optional(func()),
  tags: optional(func()),
  group: optional(func()),
  jobType: optional(func()),
  sweepName: optional(func()),
  history: optional(either(syntheticHistory, func<(index: number) => Array<Record<string, unknown>>>())),
  createdAt: optional(date),
});

/** What `seed.runs()` checks each function's results against. */
const RUNS_RESULTS = {
  state: oneOf(...RUN_STATES),
  config: plainObject,
  summary: plainObject,
  tags,
  group: optional(string),
  jobType: optional(string),
  sweepName: optional(wandbName),
  history: rows,
} as const;

/** The run a target names, or an error naming the builder's `run` field. */
function runOf(store: FakeStore, viewer: UserRecord, builderName: string, target: RunTarget): RunRecord {
  const entity = target.entity ?? viewer.entity;
  const run = store.run(entity, target.project, target.run);
  if (!run)
    throw missingRecord(
      builderName,
      'run',
      `${JSON.stringify(target.run)} does not exist in ${entity}/${target.project}; seed it first with seed.run()`,
    );
  return run;
}

/** One line of console output for `fake.seed.consoleLog()`: its text, or the text with how it was written. */
export type ConsoleLineSeed =
  | string
  | {
      line: string;
      /** Where the run wrote it; W&B marks stderr lines with level `error`. @defaultValue `'stdout'` */
      stream?: 'stdout' | 'stderr';
      /** The writing process, when several processes write to one run. @defaultValue none */
      label?: string;
      /** @defaultValue a second after the line before (the first: the run's creation time) */
      timestamp?: Date;
    };

/** Fields of `fake.seed.consoleLog()`: lines added to the end of a run's console output. */
export type ConsoleLogSeed = RunTarget & { lines: ConsoleLineSeed[] };

/** A run and rows, in one object (as JSON seed data gives them) or with the rows as a second argument. */
export type RunRowsTarget = RunTarget & { rows?: Array<Record<string, unknown>> };

/** Milliseconds of a W&B time, which is UTC with or without the zone designator; NaN for none. */
function utcTime(text: string): number {
  return text ? Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`) : NaN;
}

/** W&B's console timestamps: UTC to the microsecond, without a zone designator. */
function consoleTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000`;
}

/** The rows a builder was given, once: as `rows` in its first argument or as its second. */
function rowsGiven<T>(builderName: string, target: { rows?: T }, rows: T | undefined): T {
  if (rows !== undefined && target.rows !== undefined) {
    throw seedError(builderName, { path: 'rows', message: 'is given twice: pass the rows as the second argument or as rows, not both' });
  }
  const given = rows ?? target.rows;
  if (given === undefined) throw seedError(builderName, { path: 'rows', message: 'is required (as the second argument, or as rows)' });
  return given;
}

/** Fields of `fake.seed.historyExport()`. */
export type HistoryExportSeed = RunTarget & { exportedRows?: number; rowsPerFile?: number };

/** Fields of `fake.seed.runFile()`. */
export type RunFileSeed = RunTarget & { name: string; content: string | Uint8Array; mimetype?: string };

/** The runs area's seed builders. */
export const runSeeds = {
  /** Adds a run (and its project when missing). */
  run: builder(({ store, viewer, seed: seeder }, seed: RunSeed): RunRecord => {
    const project = seeder.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
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
        user: seed.user ?? viewer.username,
        history,
        ...times,
      },
    );
  }).checks([{ name: '', check: runSeed }]),

  /**
   * Adds many runs to one project at once (fast enough for tens of thousands), each built from
   * its index. Runs are created one minute apart, ids `<idPrefix><index>` zero-padded.
   *
   * @example
   * ```ts
   * fake.seed.runs({ project: 'p', count: 10_000, config: (i) => ({ lr: 0.001 * (i % 10) }), history: { rows: 100 } });
   * ```
   */
  runs: builder(({ store, viewer, seed: seeder }, seed: RunsSeed): RunRecord[] => {
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

    const project = seeder.project({ name: seed.project, ...(seed.entity ? { entity: seed.entity } : {}) });
    const width = String(Math.max(0, seed.count - 1)).length;
    const start = (seed.createdAt ?? new Date(Date.UTC(2026, 0, 1))).getTime();
    const user = viewer.username;
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
  }).checks([{ name: '', check: runsSeed }]),

  /**
   * Replaces a run's history rows (`_step` is filled in where missing): `history(target, rows)`,
   * or `history({ ...target, rows })` as JSON seed data gives it (key `histories`).
   */
  history: builder(({ store, viewer }, target: RunTarget & { rows?: HistorySeed }, rows?: HistorySeed): RunRecord => {
    const given = rowsGiven('history', target, rows);
    const run = runOf(store, viewer, 'history', target);
    const list = Array.isArray(given) ? given : historyRows(given);
    run.history = list.map((row, step) => (typeof row._step === 'number' ? row : { ...row, _step: step }));
    return run;
  }).checks([
    {
      name: '',
      check: shape<RunTarget & { rows?: HistorySeed }>('RunTarget', { ...runTargetFields, rows: optional(either(rows, syntheticHistory)) }),
    },
    { name: 'rows', check: either(rows, syntheticHistory), optional: true },
  ]),

  /** Sets how much of a run's history counts as exported to parquet (the rest is `liveData`). */
  historyExport: builder(({ store, viewer }, target: HistoryExportSeed): void => {
    const run = runOf(store, viewer, 'historyExport', target);
    store.historyExports.set(runKey(run.entity, run.project, run.name), {
      exportedRows: target.exportedRows ?? run.history.length,
      rowsPerFile: target.rowsPerFile ?? 100_000,
      files: null,
    });
  }).checks([
    {
      name: '',
      check: shape<HistoryExportSeed>('RunTarget & { exportedRows, rowsPerFile }', {
        ...runTargetFields,
        exportedRows: optional(integer(0)),
        rowsPerFile: optional(integer(1)),
      }),
    },
  ]),

  /**
   * Sets a run's system-metrics rows (what `run.history({ stream: 'system' })` returns):
   * `runEvents(target, rows)`, or `runEvents({ ...target, rows })` as JSON seed data gives it.
   */
  runEvents: builder(({ store, viewer }, target: RunRowsTarget, rows?: Array<Record<string, unknown>>): void => {
    const given = rowsGiven('runEvents', target, rows);
    const run = runOf(store, viewer, 'runEvents', target);
    store.runEvents.set(
      runKey(run.entity, run.project, run.name),
      given.map((row) => ({ ...row })),
    );
  }).checks([
    { name: '', check: shape<RunRowsTarget>('RunTarget', { ...runTargetFields, rows: optional(rows) }) },
    { name: 'rows', check: rows, optional: true },
  ]),

  /** Adds lines to the end of a run's console output (what `run.consoleLogs()` reads). */
  consoleLog: builder(({ store, viewer }, seed: ConsoleLogSeed): void => {
    const run = runOf(store, viewer, 'consoleLog', seed);
    const lines = (run.logLines ??= []);
    // A second after the last line that has a time, or from the run's creation.
    const last = [...lines].reverse().find((l) => !Number.isNaN(utcTime(l.timestamp)));
    let time = last ? utcTime(last.timestamp) + 1000 : utcTime(run.createdAt);
    for (const given of seed.lines) {
      const line = typeof given === 'string' ? { line: given } : given;
      if (line.timestamp) time = line.timestamp.getTime();
      lines.push({ line: line.line, level: line.stream === 'stderr' ? 'error' : '', label: line.label ?? '', timestamp: consoleTime(time) });
      time += 1000;
    }
  }).checks([
    {
      name: '',
      check: shape<ConsoleLogSeed>('ConsoleLogSeed', {
        ...runTargetFields,
        lines: list(
          either(
            string,
            shape<Exclude<ConsoleLineSeed, string>>('a console line', {
              line: string,
              stream: optional(oneOf('stdout', 'stderr')),
              label: optional(string),
              timestamp: optional(date),
            }),
          ),
          'a list of lines (strings or { line, stream, label, timestamp })',
        ),
      }),
    },
  ]),

  /** Saves a file with a run, as if the run had uploaded it. */
  runFile: builder(({ store, viewer }, target: RunFileSeed): RunFileRecord => {
    const run = runOf(store, viewer, 'runFile', target);
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
  }).checks([
    {
      name: '',
      check: shape<RunFileSeed>('RunTarget & { name, content, mimetype }', {
        ...runTargetFields,
        name: nonEmptyString,
        content: bytes,
        mimetype: optional(nonEmptyString),
      }),
    },
  ]),
};
