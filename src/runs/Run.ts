import {
  DeleteRunDocument,
  RunDocument,
  RunKeysDocument,
  RunStateDocument,
  StopRunDocument,
  UpdateRunDocument,
  UpdateRunStateDocument,
  type RunFieldsFragment,
  type RunQuery,
} from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import type { Sweep } from '../sweeps/Sweep';
import { InvalidArgumentError, NotFoundError, NotSelectedError, ServerError, TimeoutError, describeValue } from '../client/errors';
import { asJsonObject, parseDate, parseJsonObject, unwrapConfig } from '../client/json';
import { optionsOf } from '../client/options';
import { abortErrorFrom, sleep } from '../client/retry';
import type { CallOptions } from '../client/transport';
import { RunFile } from '../files/RunFile';
import { RunFiles, type RunFilesOptions } from '../files/RunFiles';
import { uploadRunFile, type UploadFileOptions } from '../files/upload';
import { getHistory, type HistoryOptions, type HistoryRow } from '../history/history';
import { HistoryScan, type ScanHistoryOptions } from '../history/HistoryScan';
import { downloadHistoryExports, type HistoryExports } from '../history/parquet';
// ── artifacts area imports ──
import { RunArtifacts, type RunArtifactsOptions } from '../artifacts/RunArtifacts';
import type { Artifact } from '../artifacts/Artifact';
import { logArtifact, useArtifact, type LogArtifactOptions, type UseArtifactOptions } from '../artifacts/declare';
import type { Paginator } from '../client/paginator';
import { listConsoleLogs, type ConsoleLogLine, type ConsoleLogsOptions } from './consoleLogs';

/** The heavy fields of a run, present once it was loaded in full. */
type FullRunData = NonNullable<NonNullable<RunQuery['project']>['run']>;

/** Data a `Run` is built from: the light fields, plus the heavy ones when they were fetched. */
export type RunData = RunFieldsFragment & Partial<Pick<FullRunData, 'config' | 'summaryMetrics' | 'systemMetrics' | 'historyKeys'>>;

/** Which config and summary keys a run object holds: all of them, or the listed ones. */
export interface RunSelection {
  config?: 'all' | readonly string[];
  summary?: 'all' | readonly string[];
}

/** Keys of a run's config and summary to fetch (see {@link Run.loadKeys}). */
export interface RunKeys {
  config?: readonly string[];
  summary?: readonly string[];
}

/** Options of {@link Run.delete}. */
export interface DeleteRunOptions extends CallOptions {
  /** Delete the artifacts the run logged too. @defaultValue false */
  deleteArtifacts?: boolean;
}

/** Options of {@link Run.waitUntilFinished}. */
export interface WaitUntilFinishedOptions {
  /** Milliseconds between two looks at the run's state. @defaultValue 5000 */
  pollInterval?: number;
  /** Give up (with a `TimeoutError`) after this many milliseconds. @defaultValue no limit */
  timeout?: number;
  signal?: AbortSignal;
}

/** States after which a run no longer changes by itself. */
export const FINISHED_STATES: readonly string[] = ['finished', 'crashed', 'failed', 'killed'];

type KeySet = 'all' | Set<string>;

interface Baseline {
  displayName: string | undefined;
  notes: string | undefined;
  description: string | undefined;
  group: string | undefined;
  jobType: string | undefined;
  tags: string[];
  config: Record<string, unknown>;
  summary: Record<string, unknown>;
}

/**
 * A deep copy of a JSON-like value: plain objects and arrays are copied by hand (much cheaper than
 * `structuredClone` for the many small objects of a listing), anything else, or a structure deeper
 * than any config, by `structuredClone`.
 */
function clone<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 100) return structuredClone(value);
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item, depth + 1)) as T;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = clone((value as Record<string, unknown>)[key], depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}

/** Deep equality of JSON-like values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Keys set or changed, and keys removed, from `before` to `after`. */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): { set: Record<string, unknown>; removed: string[] } {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) if (!(key in before) || !same(before[key], value)) set[key] = value;
  return { set, removed: Object.keys(before).filter((key) => !(key in after)) };
}

function call(options: CallOptions): CallOptions {
  return { ...(options.signal ? { signal: options.signal } : {}), ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) };
}

function checkRecord(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidArgumentError(field, `${field} must be a plain object, got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}

function checkKeys(keys: readonly string[] | undefined, argument: string): string[] {
  if (keys === undefined) return [];
  if (!Array.isArray(keys) || Array.from(keys).some((k) => typeof k !== 'string' || k === '')) {
    throw new InvalidArgumentError(argument, `${argument} must be a list of non-empty strings`);
  }
  return [...new Set(keys)];
}

/**
 * One W&B run. Objects from `api.run()` are complete. Objects from a runs listing carry the
 * light fields, plus the config and summary keys the listing selected; everything else is
 * fetched by an explicit call: `load()` for the whole run, `configValue()`/`summaryValue()`/
 * `loadKeys()` for single keys. Getters never touch the network.
 *
 * @example
 * ```ts
 * const run = await api.run('team/project/abc123');
 * run.tags.push('reviewed');
 * run.summary.best = 0.93;
 * await run.update(); // sends the new tag and the new summary key only
 * for await (const row of run.scanHistory({ keys: ['loss'] })) console.log(row._step, row.loss);
 * ```
 */
export class Run {
  /** GraphQL node id. */
  readonly id: string;
  /** The run's id within its project (the last part of its path). */
  readonly name: string;
  readonly entity: string;
  readonly project: string;
  displayName: string | undefined;
  /** `running`, `finished`, `crashed`, `failed`, `killed`, `preempted` or `pending`, as W&B reports it. */
  state: string | undefined;
  tags: string[];
  notes: string | undefined;
  group: string | undefined;
  jobType: string | undefined;
  description: string | undefined;
  commit: string | undefined;
  readOnly: boolean;
  /** The id of the sweep the run belongs to. */
  sweepName: string | undefined;
  /** The run's sweep, when the listing was made with `includeSweeps: true`. */
  sweep: Sweep | undefined;
  /** Rows in the run's history. */
  historyLineCount: number | undefined;
  readonly createdAt: Date;
  heartbeatAt: Date | undefined;
  updatedAt: Date | undefined;
  /** Username of the run's owner. */
  user: string | undefined;
  /** W&B's numeric id of the run's project. */
  projectId: string | undefined;
  /** History keys, as W&B reports them (includes `lastStep`). Empty until loaded. */
  historyKeys: Record<string, unknown> = {};
  /** Whether every field (config, summary, system metrics, history keys) was fetched. */
  loaded = false;

  declare protected readonly ctx: SdkContext;
  #config: KeySet = new Set();
  #summary: KeySet = new Set();
  #configValues: Record<string, unknown> = {};
  #summaryValues: Record<string, unknown> = {};
  #systemMetricsValues: Record<string, unknown> = {};
  /** Which heavy fields this object holds (fetched, selected, or set locally); reading another is a `NotSelectedError`. */
  #held = { config: false, summary: false, systemMetrics: false };
  #baseline!: Baseline;
  /**
   * Whether the baseline's copy of the config (summary) is still to be made: until a reference to
   * the values leaves this object, they cannot have changed since they were fetched, so a listing
   * of thousands of runs copies none of them.
   */
  #pending = { config: false, summary: false };
  /** Whether a reference to the config (summary) values has left this object: then copies are made at once. */
  #escaped = { config: false, summary: false };

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, entity: string, project: string, data: RunData, selection: RunSelection = {}) {
    attachContext(this, ctx);
    this.entity = entity;
    this.project = project;
    this.id = data.id;
    this.name = data.name;
    this.createdAt = parseDate(data.createdAt);
    this.tags = [];
    this.readOnly = false;
    this.apply(data, selection);
  }

  /**
   * Config values, unwrapped from W&B's `{ value, desc }` form: every key for a run from
   * `api.run()` or a listing without `select`, the selected keys for a listing that selected
   * some. Editable; `update()` sends the changes.
   * @throws {@link NotSelectedError} for a run from a listing whose `select` left the config out.
   */
  get config(): Record<string, unknown> {
    if (!this.#held.config) throw this.notSelected('config', 'config');
    this.expose();
    return this.#configValues;
  }

  set config(value: Record<string, unknown>) {
    this.expose();
    this.#configValues = checkRecord(value, 'config');
    this.#held.config = true;
  }

  /**
   * Summary metrics: every key for a run from `api.run()` or a listing without `select`, the
   * selected keys for a listing that selected some. Editable; `update()` sends the changes.
   * @throws {@link NotSelectedError} for a run from a listing whose `select` left the summary out.
   */
  get summary(): Record<string, unknown> {
    if (!this.#held.summary) throw this.notSelected('summary', 'summary');
    this.expose();
    return this.#summaryValues;
  }

  set summary(value: Record<string, unknown>) {
    this.expose();
    this.#summaryValues = checkRecord(value, 'summary');
    this.#held.summary = true;
  }

  /**
   * System metrics (`system.gpu.0.memory`, ...), for a run from `api.run()` or a listing that
   * selected them.
   * @throws {@link NotSelectedError} for a run from a listing that did not select them.
   */
  get systemMetrics(): Record<string, unknown> {
    if (!this.#held.systemMetrics) throw this.notSelected('systemMetrics', 'systemMetrics');
    return this.#systemMetricsValues;
  }

  set systemMetrics(value: Record<string, unknown>) {
    this.#systemMetricsValues = checkRecord(value, 'systemMetrics');
    this.#held.systemMetrics = true;
  }

  /**
   * The config as W&B stores it, as JSON: every key as `{ value, desc }` (Python's
   * `run.json_config`).
   * @throws {@link NotSelectedError} when the config was not fetched.
   */
  get jsonConfig(): string {
    const config = this.config;
    return JSON.stringify(Object.fromEntries(Object.entries(config).map(([key, value]) => [key, { value, desc: null }])));
  }

  /** The run's data as JSON shows it: its fields, with the config, summary and system metrics it holds. */
  toJSON(): Record<string, unknown> {
    return { ...this, ...this.heldFields() };
  }

  /** Printing a run (`console.log`) shows the heavy fields it holds, as `toJSON()` does. */
  [Symbol.for('nodejs.util.inspect.custom')](): Record<string, unknown> {
    // A plain object under the class's name, so it prints like the run did when these were fields.
    return Object.assign(Object.create({ constructor: Run }) as Record<string, unknown>, this.toJSON());
  }

  private heldFields(): Record<string, unknown> {
    this.expose();
    return {
      ...(this.#held.config ? { config: this.#configValues } : {}),
      ...(this.#held.summary ? { summary: this.#summaryValues } : {}),
      ...(this.#held.systemMetrics ? { systemMetrics: this.#systemMetricsValues } : {}),
    };
  }

  private notSelected(field: string, select: string): NotSelectedError {
    return new NotSelectedError(
      field,
      `${field} of run ${this.path.join('/')} was not fetched: list runs without \`select\`, or with \`select: { ${select}: true }\` ` +
        `(or a list of keys), or call \`await run.load()\` first`,
    );
  }

  /** Takes the fields a query returned; config and summary merge per `selection`. */
  private apply(data: Partial<RunData>, selection: RunSelection = {}): void {
    if (data.displayName !== undefined) this.displayName = data.displayName ?? undefined;
    if (data.state !== undefined) this.state = data.state ?? undefined;
    if (data.tags !== undefined) this.tags = [...(data.tags ?? [])];
    if (data.notes !== undefined) this.notes = data.notes ?? undefined;
    if (data.group !== undefined) this.group = data.group ?? undefined;
    if (data.jobType !== undefined) this.jobType = data.jobType ?? undefined;
    if (data.description !== undefined) this.description = data.description ?? undefined;
    if (data.commit !== undefined) this.commit = data.commit ?? undefined;
    if (data.readOnly !== undefined) this.readOnly = data.readOnly ?? false;
    if (data.sweepName !== undefined) this.sweepName = data.sweepName ?? undefined;
    if (data.historyLineCount !== undefined) this.historyLineCount = data.historyLineCount ?? undefined;
    if (data.heartbeatAt !== undefined) this.heartbeatAt = parseDate(data.heartbeatAt);
    if (data.updatedAt !== undefined) this.updatedAt = parseDate(data.updatedAt);
    if (data.user !== undefined) this.user = data.user?.username ?? undefined;
    if (data.projectId !== undefined) this.projectId = data.projectId;
    if (data.config !== undefined) {
      const values = unwrapConfig(parseJsonObject(data.config, 'run config'));
      this.#config = this.merge(this.#configValues, this.#config, values, selection.config ?? 'all');
      this.#held.config = true;
    }
    if (data.summaryMetrics !== undefined) {
      const values = parseJsonObject(data.summaryMetrics, 'run summary');
      this.#summary = this.merge(this.#summaryValues, this.#summary, values, selection.summary ?? 'all');
      this.#held.summary = true;
    }
    if (data.systemMetrics !== undefined) {
      this.#systemMetricsValues = parseJsonObject(data.systemMetrics, 'run system metrics');
      this.#held.systemMetrics = true;
    }
    if (data.historyKeys !== undefined) this.historyKeys = asJsonObject(data.historyKeys, 'run history keys');
    this.loaded ||=
      data.config !== undefined && data.summaryMetrics !== undefined && data.systemMetrics !== undefined && data.historyKeys !== undefined;
    this.#baseline = this.snapshot();
  }

  /** Puts fetched values into `target` and returns what is known afterwards. */
  private merge(target: Record<string, unknown>, known: KeySet, values: Record<string, unknown>, fetched: 'all' | readonly string[]): KeySet {
    if (fetched === 'all') {
      for (const key of Object.keys(target)) delete target[key];
      Object.assign(target, values);
      return 'all';
    }
    for (const key of fetched) {
      if (key in values) target[key] = values[key];
      else delete target[key];
    }
    return known === 'all' ? 'all' : new Set([...known, ...fetched]);
  }

  private snapshot(): Baseline {
    this.#pending = { config: !this.#escaped.config, summary: !this.#escaped.summary };
    return {
      displayName: this.displayName,
      notes: this.notes,
      description: this.description,
      group: this.group,
      jobType: this.jobType,
      tags: [...this.tags],
      config: this.#pending.config ? {} : clone(this.#configValues),
      summary: this.#pending.summary ? {} : clone(this.#summaryValues),
    };
  }

  /** Before a reference to the config or summary values leaves this object: the baseline gets its own copy. */
  private expose(): void {
    if (this.#pending.config) this.#baseline.config = clone(this.#configValues);
    if (this.#pending.summary) this.#baseline.summary = clone(this.#summaryValues);
    this.#pending = { config: false, summary: false };
    this.#escaped = { config: true, summary: true };
  }

  /** The values as last fetched, to tell what changed since. */
  private baseline(): Baseline {
    this.expose();
    return this.#baseline;
  }

  /** `[entity, project, runId]`, as in the Python client. */
  get path(): [string, string, string] {
    return [this.entity, this.project, this.name];
  }

  /** The run's page in the W&B app. */
  get url(): string {
    const part = (s: string) => encodeURIComponent(s);
    return `${this.ctx.appUrl}/${part(this.entity)}/${part(this.project)}/runs/${part(this.name)}`;
  }

  /** The last step logged to history (-1 for a run without history), or `undefined` until loaded. */
  get lastHistoryStep(): number | undefined {
    if (!('lastStep' in this.historyKeys) && !this.loaded) return undefined;
    const last = this.historyKeys.lastStep;
    return typeof last === 'number' ? last : -1;
  }

  /** Whether this object holds the config key (fetched, or set locally). */
  hasConfigKey(key: string): boolean {
    return this.#config === 'all' || this.#config.has(key) || key in this.#configValues;
  }

  /** Whether this object holds the summary key (fetched, or set locally). */
  hasSummaryKey(key: string): boolean {
    return this.#summary === 'all' || this.#summary.has(key) || key in this.#summaryValues;
  }

  private variables() {
    return { entity: this.entity, project: this.project, name: this.name };
  }

  private notFound(operation: string): NotFoundError {
    return new NotFoundError(`Run ${this.path.join('/')} was not found`, { operation });
  }

  /**
   * Fetches everything about the run when this object holds only part of it (a listing's
   * light run); does nothing for a loaded run. Unsaved local changes are replaced.
   * @returns this run
   * @throws {@link NotFoundError} when the run no longer exists.
   */
  async load(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    return this.loaded ? this : this.refresh(options);
  }

  /**
   * Fetches the run again, whole, and replaces every field (unsaved local changes included).
   * @returns this run
   * @throws {@link NotFoundError} when the run no longer exists.
   */
  async refresh(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(RunDocument, this.variables(), call(options));
    const run = data.project?.run;
    if (!run) throw this.notFound('Run');
    this.apply(run, { config: 'all', summary: 'all' });
    return this;
  }

  /**
   * Fetches the given config and summary keys of this run (one request), for a run from a
   * listing that did not select them. Keys the run lacks are remembered as missing.
   * @returns this run
   */
  async loadKeys(keys: RunKeys, options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    if (keys === null || typeof keys !== 'object')
      throw new InvalidArgumentError('keys', `keys must be { config, summary }, got ${describeValue(keys)}`);
    const config = checkKeys(keys.config, 'config');
    const summary = checkKeys(keys.summary, 'summary');
    if (!config.length && !summary.length) return this;
    const data = await this.ctx.transport.execute(
      RunKeysDocument,
      { ...this.variables(), withConfig: config.length > 0, configKeys: config, withSummary: summary.length > 0, summaryKeys: summary },
      call(options),
    );
    const run = data.project?.run;
    if (!run) throw this.notFound('RunKeys');
    const baseline = this.baseline();
    this.apply(
      {
        ...(run.config !== undefined ? { config: run.config } : {}),
        ...(run.summaryMetrics !== undefined ? { summaryMetrics: run.summaryMetrics } : {}),
      },
      { config, summary },
    );
    // Only the fetched keys become the new baseline; other local changes stay pending for update().
    const fresh = this.baseline();
    this.#baseline = { ...baseline, config: { ...baseline.config }, summary: { ...baseline.summary } };
    for (const key of config) {
      if (key in fresh.config) this.#baseline.config[key] = fresh.config[key];
      else delete this.#baseline.config[key];
    }
    for (const key of summary) {
      if (key in fresh.summary) this.#baseline.summary[key] = fresh.summary[key];
      else delete this.#baseline.summary[key];
    }
    return this;
  }

  /**
   * A config value, fetched (alone) when this object does not hold it yet.
   * @returns the value, or `undefined` when the run has no such key
   */
  async configValue(key: string, options: CallOptions = {}): Promise<unknown> {
    options = optionsOf(options);
    if (typeof key !== 'string' || key === '') throw new InvalidArgumentError('key', `key must be a non-empty string, got ${describeValue(key)}`);
    if (!this.hasConfigKey(key)) await this.loadKeys({ config: [key] }, options);
    this.expose();
    return this.#configValues[key];
  }

  /**
   * A summary metric, fetched (alone) when this object does not hold it yet.
   * @returns the value, or `undefined` when the run has no such key
   */
  async summaryValue(key: string, options: CallOptions = {}): Promise<unknown> {
    options = optionsOf(options);
    if (typeof key !== 'string' || key === '') throw new InvalidArgumentError('key', `key must be a non-empty string, got ${describeValue(key)}`);
    if (!this.hasSummaryKey(key)) await this.loadKeys({ summary: [key] }, options);
    this.expose();
    return this.#summaryValues[key];
  }

  /**
   * Saves what changed on this object since it was loaded: `displayName`, `notes`,
   * `description`, `group`, `jobType`, `tags`, and single `config` and `summary` keys. Fields
   * and keys left alone are not sent, so changes others made meanwhile survive. W&B stores a
   * run's config and summary whole, so when keys changed, the run's current config and summary
   * (and tags) are read first and only this object's changes are applied to them: tags added or
   * removed here, keys set or deleted here.
   *
   * @returns `true` when something was saved, `false` when nothing had changed (no request).
   * @throws {@link PermissionError} for a run the key may not change.
   */
  async update(options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    const before = this.baseline();
    const input: Record<string, unknown> = { id: this.id };
    for (const [field, key] of [
      ['displayName', 'displayName'],
      ['notes', 'notes'],
      ['description', 'description'],
      ['group', 'groupName'],
      ['jobType', 'jobType'],
    ] as const) {
      if (this[field] !== before[field]) input[key] = this[field] ?? '';
    }
    const tagsChanged = !same(before.tags, this.tags);
    const config = diff(before.config, this.#configValues);
    const summary = diff(before.summary, this.#summaryValues);
    const configChanged = Object.keys(config.set).length > 0 || config.removed.length > 0;
    const summaryChanged = Object.keys(summary.set).length > 0 || summary.removed.length > 0;
    if (Object.keys(input).length === 1 && !tagsChanged && !configChanged && !summaryChanged) return false;

    if (tagsChanged || configChanged || summaryChanged) {
      const data = await this.ctx.transport.execute(
        RunKeysDocument,
        { ...this.variables(), withConfig: configChanged, configKeys: null, withSummary: summaryChanged, summaryKeys: null },
        call(options),
      );
      const current = data.project?.run;
      if (!current) throw this.notFound('RunKeys');
      if (tagsChanged) {
        const removed = new Set(before.tags.filter((t) => !this.tags.includes(t)));
        const kept = (current.tags ?? []).filter((t) => !removed.has(t));
        input.tags = [...kept, ...this.tags.filter((t) => !kept.includes(t))];
      }
      if (configChanged) {
        // The stored form keeps each key's description and W&B's own keys; edit it in place.
        const stored = parseJsonObject(current.config, 'run config');
        for (const key of config.removed) delete stored[key];
        for (const [key, value] of Object.entries(config.set)) {
          const old = stored[key];
          const desc = old !== null && typeof old === 'object' && 'desc' in old ? (old as { desc: unknown }).desc : null;
          stored[key] = { value, desc };
        }
        input.config = JSON.stringify(stored);
      }
      if (summaryChanged) {
        const stored = parseJsonObject(current.summaryMetrics, 'run summary');
        for (const key of summary.removed) delete stored[key];
        Object.assign(stored, summary.set);
        input.summaryMetrics = JSON.stringify(stored);
      }
    }
    const withHeavy = configChanged || summaryChanged;
    const result = await this.ctx.transport.execute(UpdateRunDocument, { input, withHeavy }, call(options));
    const bucket = result.upsertBucket?.bucket;
    if (!bucket) throw this.notFound('UpdateRun');
    const { config: newConfig, summaryMetrics: newSummary, ...light } = bucket;
    this.apply({
      ...light,
      ...(configChanged && newConfig !== undefined ? { config: newConfig } : {}),
      ...(summaryChanged && newSummary !== undefined ? { summaryMetrics: newSummary } : {}),
    });
    return true;
  }

  /**
   * Asks the run to stop, as the "Stop run" button does: W&B flags the run, and the process
   * running it sees the flag at its next heartbeat and shuts the run down gracefully. Returns
   * once the flag is set, not once the run ends (see {@link waitUntilFinished}). Stopping a run
   * that already ended changes nothing.
   * @returns `true` when the server accepted the request
   * @throws {@link PermissionError} for a run the key may not change.
   */
  async stop(options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(StopRunDocument, { input: { id: this.id } }, call(options));
    return data.stopRun?.success ?? false;
  }

  /**
   * The run's captured console output (stdout and stderr), oldest line first, as a lazy
   * collection; with `last`, only the newest lines, in one request.
   * @example
   * ```ts
   * for await (const line of run.consoleLogs({ last: 20 })) console.log(line.number, line.level, line.content);
   * ```
   */
  consoleLogs(options: ConsoleLogsOptions = {}): Paginator<ConsoleLogLine> {
    return listConsoleLogs(this.ctx, this, optionsOf(options));
  }

  /**
   * Declares an existing artifact version (from `api.artifact()`) as an output of this run,
   * with more aliases and tags if given. The artifact must belong to the run's project.
   * Making new artifacts needs a run of the W&B SDK (`wandb.init`).
   * @returns the artifact
   * @throws {@link InvalidArgumentError} for an artifact of another project, or bad aliases or tags.
   */
  async logArtifact(artifact: Artifact, options: LogArtifactOptions = {}): Promise<Artifact> {
    return logArtifact(this.ctx, this, artifact, optionsOf(options));
  }

  /**
   * Declares an existing artifact version (from `api.artifact()`) as an input of this run.
   * @returns the artifact
   * @throws {@link InvalidArgumentError} when `artifact` is not an `Artifact`.
   */
  async useArtifact(artifact: Artifact, options: UseArtifactOptions = {}): Promise<Artifact> {
    return useArtifact(this.ctx, this, artifact, optionsOf(options));
  }

  /**
   * Deletes the run (and, with `deleteArtifacts`, the artifacts it logged).
   * @throws {@link PermissionError} for a run the key may not delete.
   */
  async delete(options: DeleteRunOptions = {}): Promise<void> {
    const { deleteArtifacts, ...rest } = optionsOf(options);
    if (deleteArtifacts !== undefined && typeof deleteArtifacts !== 'boolean') {
      throw new InvalidArgumentError('deleteArtifacts', 'deleteArtifacts must be true or false');
    }
    await this.ctx.transport.execute(
      DeleteRunDocument,
      { input: { id: this.id, ...(deleteArtifacts ? { deleteArtifacts: true } : {}) } },
      call(rest),
    );
  }

  /**
   * Moves the run to another state, as W&B allows it here: to `pending` from `running`,
   * `failed`, `crashed` or `preempted` (to requeue it), and to `failed` from `pending` or
   * `running` (to mark a lost run). A sweep's runs are left to their sweep.
   * @returns `true` when the server made the change
   * @throws {@link InvalidArgumentError} for another target state; {@link GraphQLResponseError}
   *   when the run is not in a state that allows the move.
   */
  async updateState(state: 'pending' | 'failed', options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    if (state !== 'pending' && state !== 'failed')
      throw new InvalidArgumentError('state', `W&B only moves runs to "pending" or "failed" this way, got ${describeValue(state)}`);
    const data = await this.ctx.transport.execute(UpdateRunStateDocument, { input: { id: this.id, state } }, call(options));
    const success = data.updateRunState?.success ?? false;
    if (success) this.state = state;
    return success;
  }

  /**
   * Waits until the run is finished, crashed, failed or killed, looking at its state every
   * `pollInterval` ms (one small request each time).
   * @returns this run, with its final `state`
   * @throws {@link TimeoutError} after `timeout` ms; {@link AbortError} when `signal` fires.
   */
  async waitUntilFinished(options: WaitUntilFinishedOptions = {}): Promise<this> {
    const { pollInterval = 5000, timeout, signal } = optionsOf(options);
    if (!Number.isFinite(pollInterval) || pollInterval < 0)
      throw new InvalidArgumentError('pollInterval', 'pollInterval must be a number of milliseconds >= 0');
    if (timeout !== undefined && (!Number.isFinite(timeout) || timeout < 0))
      throw new InvalidArgumentError('timeout', 'timeout must be a number of milliseconds >= 0');
    const deadline = timeout === undefined ? Number.POSITIVE_INFINITY : Date.now() + timeout;
    for (;;) {
      if (signal?.aborted) throw abortErrorFrom(signal, 'RunState');
      const data = await this.ctx.transport.execute(RunStateDocument, this.variables(), signal ? { signal } : {});
      const run = data.project?.run;
      if (!run) throw this.notFound('RunState');
      this.state = run.state ?? undefined;
      this.heartbeatAt = parseDate(run.heartbeatAt);
      if (this.state !== undefined && FINISHED_STATES.includes(this.state)) return this;
      const wait = Math.min(pollInterval, deadline - Date.now());
      if (wait <= 0 && deadline !== Number.POSITIVE_INFINITY) {
        throw new TimeoutError(`Run ${this.path.join('/')} was still ${this.state ?? 'unknown'} after ${timeout} ms`, { operation: 'RunState' });
      }
      await sleep(Math.max(0, wait), signal);
    }
  }

  /**
   * Sampled history rows (W&B picks up to `samples` rows spread over the run), as Python's
   * `run.history(pandas=False)`. With `keys`, only rows that have every key, with those keys
   * and the x-axis key; without, whole rows (or system metrics with `stream: 'system'`).
   */
  async history(options: HistoryOptions = {}): Promise<HistoryRow[]> {
    return getHistory(this.ctx, this.variables(), optionsOf(options));
  }

  /**
   * Every history row (or every row that has all `keys`), in step order, as a lazy async
   * iterable. Step ranges are fetched several at a time and yielded in order; memory stays
   * bounded by `pageSize × concurrency` rows. With `source: 'parquet'` the rows come from the
   * run's parquet exports plus its not yet exported rows.
   *
   * @throws {@link InvalidArgumentError} for a bad page size, or `minStep > maxStep` (before any request)
   */
  scanHistory(options: ScanHistoryOptions = {}): HistoryScan {
    return new HistoryScan(this.ctx, this.variables(), optionsOf(options));
  }

  /** {@link scanHistory} over the run's parquet history exports (Python's `beta_scan_history`). */
  betaScanHistory(options: Omit<ScanHistoryOptions, 'source'> = {}): HistoryScan {
    return new HistoryScan(this.ctx, this.variables(), { ...optionsOf(options), source: 'parquet' });
  }

  /**
   * Saves the run's parquet history exports (as W&B wrote them) into `root`.
   * @returns the files written, and whether the run has rows not exported yet
   */
  async downloadHistoryExports(options: CallOptions & { root?: string; replace?: boolean } = {}): Promise<HistoryExports> {
    const { root = '.', replace, signal } = optionsOf(options);
    if (typeof root !== 'string' || root === '') throw new InvalidArgumentError('root', 'root must be a folder path');
    return downloadHistoryExports(this.ctx, this.variables(), root, { ...(signal ? { signal } : {}), ...(replace !== undefined ? { replace } : {}) });
  }

  /** HTML that embeds the run's page (an iframe), as Python's `run.to_html()`. */
  toHtml(options: { height?: number; hidden?: boolean } = {}): string {
    const { height = 420, hidden = false } = optionsOf(options);
    if (!Number.isFinite(height) || height <= 0) throw new InvalidArgumentError('height', 'height must be a positive number of pixels');
    const src = `${this.url}?jupyter=true`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return `<iframe src="${src}" style="border:none;width:100%;height:${height}px;${hidden ? 'display:none;' : ''}"></iframe>`;
  }

  /** The run's files, as a lazy collection (`names` or a MySQL LIKE `pattern` narrow it). */
  files(options: RunFilesOptions = {}): RunFiles {
    return new RunFiles(this.ctx, this.variables(), optionsOf(options));
  }

  /**
   * One file of the run.
   * @throws {@link NotFoundError} when the run has no file of that name.
   */
  async file(name: string, options: CallOptions = {}): Promise<RunFile> {
    options = optionsOf(options);
    if (typeof name !== 'string' || name === '') throw new InvalidArgumentError('name', 'name must be a non-empty file name');
    const file = await new RunFiles(this.ctx, this.variables(), {
      names: [name],
      perPage: 1,
      ...(options.signal ? { signal: options.signal } : {}),
    }).first();
    if (!file) throw new NotFoundError(`Run ${this.path.join('/')} has no file ${JSON.stringify(name)}`, { operation: 'RunFiles' });
    return file;
  }

  /**
   * Uploads a local file as a file of this run, through W&B's upload URLs: the file's name in
   * the run is its path relative to `root`. The bytes go to storage without the API key, and
   * the stored MD5 is checked afterwards.
   * @returns the run's file as W&B now lists it
   * @throws {@link InvalidArgumentError} when the file does not exist or is outside `root`;
   *   {@link IntegrityError} when W&B stored other bytes.
   */
  async uploadFile(path: string, options: UploadFileOptions = {}): Promise<RunFile> {
    return uploadRunFile(this.ctx, this.variables(), path, optionsOf(options));
  }

  /**
   * The run's `wandb-metadata.json` (host, program, GPU, ...), or `undefined` when the run has none.
   * @throws {@link ServerError} when the file is not a JSON object.
   */
  async metadata(options: CallOptions = {}): Promise<Record<string, unknown> | undefined> {
    options = optionsOf(options);
    let file: RunFile;
    try {
      file = await this.file('wandb-metadata.json', options);
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
    const text = await file.text(options);
    try {
      return asJsonObject(JSON.parse(text), 'run metadata');
    } catch (error) {
      if (error instanceof ServerError) throw error;
      throw new ServerError(`The run's wandb-metadata.json is not valid JSON`, { cause: error });
    }
  }

  // ── artifacts area: loggedArtifacts(), usedArtifacts() ──

  /** The artifact versions this run logged, as a lazy collection. */
  loggedArtifacts(options: RunArtifactsOptions = {}): RunArtifacts {
    return new RunArtifacts(this.ctx, this, 'logged', optionsOf(options));
  }

  /** The artifact versions this run used, as a lazy collection. */
  usedArtifacts(options: RunArtifactsOptions = {}): RunArtifacts {
    return new RunArtifacts(this.ctx, this, 'used', optionsOf(options));
  }
}
