import { RunFullHistoryDocument, RunHistoryKeysDocument, RunSampledHistoryDocument } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, describeValue } from '../client/errors';
import { asJsonObject } from '../client/json';
import { optionsOf } from '../client/options';
import { checkPageSize, collect, type ToArrayOptions } from '../client/paginator';
import { abortErrorFrom } from '../client/retry';
import { checkHistoryKeys, checkInteger, parseRows, sampledRowsOf, sampledSpec, type HistoryRow, type RunRef } from './history';
import { onAbort } from '../client/abort';

/** Options of `run.scanHistory()`. */
export interface ScanHistoryOptions {
  /** Only these keys, and only rows that have all of them (W&B's semantics); `_step` is always included. */
  keys?: readonly string[];
  /** Steps per request (each request returns at most this many rows). @defaultValue 1000 */
  pageSize?: number;
  /** First step, inclusive. @defaultValue 0 */
  minStep?: number;
  /** Last step, exclusive. @defaultValue the run's last step + 1 */
  maxStep?: number;
  /** Step ranges fetched at once, ahead of the one being read. @defaultValue 8 */
  concurrency?: number;
  /** `'graphql'` pages through the history API; `'parquet'` reads W&B's parquet exports plus the live rows. @defaultValue `'graphql'` */
  source?: 'graphql' | 'parquet';
  /** For `source: 'parquet'`: keep downloaded exports here and reuse them next time. @defaultValue a temporary folder, removed after the scan */
  cacheDir?: string;
  /** Cancels the scan; iteration then throws an `AbortError`. */
  signal?: AbortSignal;
}

/** A run's history as W&B describes it before a scan. */
export interface HistoryInfo {
  /** The last step logged, or -1 for a run without history. */
  lastStep: number;
  /** Rows in the history. */
  lineCount: number;
  /** Keys logged to history. */
  keys: string[];
}

/** A half-open step range `[start, end)` and how many rows to ask for at most. */
interface StepRange {
  start: number;
  end: number;
  samples: number;
}

/** Runs of more rows than this are not probed for their step layout; they page by step width. */
const PROBE_MAX_ROWS = 200_000;

/** Yields `run(item)` for each item in order, with at most `concurrency` of them running. */
async function* inOrder<T, R>(
  items: Iterable<T>,
  run: (item: T, signal: AbortSignal) => Promise<R>,
  concurrency: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  // One controller per task (not one shared signal), so no signal collects a listener per request.
  const controllers = new Set<AbortController>();
  const stopWatching = onAbort(signal, () => {
    for (const controller of controllers) controller.abort(signal?.reason);
  });
  const source = items[Symbol.iterator]();
  const running: Promise<R>[] = [];
  const fill = () => {
    while (running.length < concurrency) {
      const next = source.next();
      if (next.done) return;
      const controller = new AbortController();
      controllers.add(controller);
      const pending = run(next.value, controller.signal).finally(() => controllers.delete(controller));
      // Failures surface when awaited, in order; until then keep them from being unhandled.
      pending.catch(() => undefined);
      running.push(pending);
    }
  };
  try {
    fill();
    while (running.length) {
      const result = await (running.shift() as Promise<R>);
      if (signal?.aborted) throw abortErrorFrom(signal);
      fill();
      yield result;
    }
  } finally {
    stopWatching();
    for (const controller of controllers) controller.abort();
  }
}

function* widthRanges(lo: number, hi: number, pageSize: number): Generator<StepRange> {
  for (let start = lo; start < hi; start += pageSize)
    yield { start, end: Math.min(hi, start + pageSize), samples: Math.min(hi, start + pageSize) - start + 1 };
}

/** Ranges of `pageSize` known steps each, tiling `[lo, hi)` so that nothing can fall between them. */
function probedRanges(steps: readonly number[], lo: number, hi: number, pageSize: number): StepRange[] {
  const ranges: StepRange[] = [];
  let start = lo;
  for (let i = pageSize; i < steps.length; i += pageSize) {
    const boundary = steps[i] as number;
    ranges.push({ start, end: boundary, samples: 2 * pageSize });
    start = boundary;
  }
  ranges.push({ start, end: hi, samples: 2 * pageSize });
  return ranges;
}

/**
 * A run's full history (or every row with all of `keys`), in step order, fetched lazily. Step
 * ranges are known up front, so several are requested at once (at most `concurrency`) and
 * yielded in order; at most that many pages are held in memory. Each iteration scans afresh.
 *
 * @example
 * ```ts
 * for await (const row of run.scanHistory({ keys: ['loss'], pageSize: 2000 })) plot(row._step, row.loss);
 * const firstHundred = await run.scanHistory().toArray({ limit: 100 });
 * ```
 */
export class HistoryScan implements AsyncIterable<HistoryRow> {
  /** The keys asked for, or `undefined` for whole rows. */
  readonly keys: readonly string[] | undefined;
  readonly pageSize: number;
  readonly minStep: number;
  readonly maxStep: number | undefined;
  readonly concurrency: number;
  readonly source: 'graphql' | 'parquet';
  private readonly cacheDir: string | undefined;
  private readonly signal: AbortSignal | undefined;
  declare protected readonly ctx: SdkContext;

  /** @internal Built by `run.scanHistory()`. */
  constructor(
    ctx: SdkContext,
    private readonly run: RunRef,
    options: ScanHistoryOptions = {},
  ) {
    options = optionsOf(options);
    attachContext(this, ctx);
    const keys = checkHistoryKeys(options.keys);
    this.keys = keys?.length ? keys : undefined;
    this.pageSize = checkPageSize(options.pageSize, 1000, 'pageSize', 100_000);
    this.minStep = checkInteger(options.minStep, 'minStep', 0) ?? 0;
    this.maxStep = checkInteger(options.maxStep, 'maxStep', 0);
    if (this.maxStep !== undefined && this.minStep > this.maxStep) {
      throw new InvalidArgumentError('minStep', `minStep (${this.minStep}) must not be greater than maxStep (${this.maxStep})`);
    }
    this.concurrency = checkPageSize(options.concurrency, 8, 'concurrency', 64);
    const source = options.source ?? 'graphql';
    if (source !== 'graphql' && source !== 'parquet')
      throw new InvalidArgumentError('source', `source must be 'graphql' or 'parquet', got ${describeValue(source)}`);
    this.source = source;
    if (options.cacheDir !== undefined && (typeof options.cacheDir !== 'string' || options.cacheDir === '')) {
      throw new InvalidArgumentError('cacheDir', 'cacheDir must be a folder path');
    }
    this.cacheDir = options.cacheDir;
    this.signal = options.signal;
  }

  private get callOptions() {
    return this.signal ? { signal: this.signal } : {};
  }

  private notFound(operation: string): NotFoundError {
    return new NotFoundError(`Run ${this.run.entity}/${this.run.project}/${this.run.name} was not found`, { operation });
  }

  /** The run's last step, row count and keys, as W&B reports them now (one request). */
  async info(): Promise<HistoryInfo> {
    const data = await this.ctx.transport.execute(RunHistoryKeysDocument, { ...this.run }, this.callOptions);
    const found = data.project?.run;
    if (!found) throw this.notFound('RunHistoryKeys');
    const historyKeys = asJsonObject(found.historyKeys, 'run history keys');
    const last = historyKeys.lastStep;
    const keys = historyKeys.keys !== null && typeof historyKeys.keys === 'object' ? Object.keys(historyKeys.keys) : [];
    return { lastStep: typeof last === 'number' ? last : -1, lineCount: found.historyLineCount ?? 0, keys };
  }

  /** Yields the rows page by page (one page per step range), in step order. */
  async *pages(): AsyncGenerator<HistoryRow[], void, undefined> {
    const info = await this.info();
    if (info.lastStep < 0) return;
    const lo = this.minStep;
    const hi = Math.min(this.maxStep ?? Number.POSITIVE_INFINITY, info.lastStep + 1);
    if (lo >= hi) return;
    const pages =
      this.source === 'parquet'
        ? (await import('./parquet.js')).parquetPages(this.ctx, this.run, {
            keys: this.keys,
            allKeys: info.keys,
            lo,
            hi,
            pageSize: this.pageSize,
            cacheDir: this.cacheDir,
            signal: this.signal,
          })
        : inOrder(await this.plan(lo, hi, info.lineCount), (range, signal) => this.fetchRange(range, signal), this.concurrency, this.signal);
    let last = Number.NEGATIVE_INFINITY;
    for await (const rows of pages) {
      // Ranges meet at their edges and servers differ on whether an end is inclusive: keep
      // each step once, in order.
      const out = rows.filter((row) => {
        const step = row._step;
        if (typeof step !== 'number' || step <= last || step < lo || step >= hi) return false;
        if (this.keys && !this.keys.every((k) => row[k] !== undefined && row[k] !== null)) return false;
        last = step;
        return true;
      });
      if (out.length) yield out;
    }
  }

  /**
   * Step ranges to request. Dense histories page by step width. Sparse ones (steps far apart,
   * or starting far above `minStep`) are probed once for their steps, so that no request is
   * spent on empty stretches.
   */
  private async plan(lo: number, hi: number, lineCount: number): Promise<Iterable<StepRange>> {
    const span = hi - lo;
    if (span <= 2 * lineCount + this.pageSize || lineCount > PROBE_MAX_ROWS) return widthRanges(lo, hi, this.pageSize);
    const samples = lineCount + 1;
    const spec = JSON.stringify({ keys: ['_step'], minStep: lo, maxStep: hi, samples });
    const data = await this.ctx.transport.execute(RunSampledHistoryDocument, { ...this.run, specs: [spec] }, this.callOptions);
    const found = data.project?.run;
    if (!found) throw this.notFound('RunSampledHistory');
    const rows = sampledRowsOf(found.sampledHistory);
    if (rows.length >= samples) return widthRanges(lo, hi, this.pageSize);
    const steps = rows.map((r) => r._step).filter((s): s is number => typeof s === 'number' && s >= lo && s < hi);
    steps.sort((a, b) => a - b);
    return probedRanges(steps, lo, hi, this.pageSize);
  }

  /** The rows of one range; a range whose answer may have been sampled is split and fetched again. */
  private async fetchRange(range: StepRange, signal: AbortSignal): Promise<HistoryRow[]> {
    const { start, end, samples } = range;
    let rows: HistoryRow[];
    if (this.keys) {
      const spec = sampledSpec(this.keys, '_step', samples, { minStep: start, maxStep: end });
      const data = await this.ctx.transport.execute(RunSampledHistoryDocument, { ...this.run, specs: [spec] }, { signal });
      const found = data.project?.run;
      if (!found) throw this.notFound('RunSampledHistory');
      rows = sampledRowsOf(found.sampledHistory);
    } else {
      const data = await this.ctx.transport.execute(RunFullHistoryDocument, { ...this.run, samples, minStep: start, maxStep: end }, { signal });
      const found = data.project?.run;
      if (!found) throw this.notFound('RunFullHistory');
      rows = parseRows(found.history, 'history');
    }
    const complete = samples > end - start || rows.length < samples;
    if (complete || end - start < 2) return rows;
    const middle = Math.floor((start + end) / 2);
    const half = Math.max(this.pageSize, Math.ceil(samples / 2));
    const left = await this.fetchRange({ start, end: middle, samples: Math.min(half, middle - start + 1) }, signal);
    const right = await this.fetchRange({ start: middle, end, samples: Math.min(half, end - middle + 1) }, signal);
    return [...left, ...right];
  }

  async *[Symbol.asyncIterator](): AsyncIterator<HistoryRow> {
    for await (const rows of this.pages()) {
      for (const row of rows) {
        if (this.signal?.aborted) throw abortErrorFrom(this.signal);
        yield row;
      }
    }
  }

  /** Collects the rows, or the first `limit` of them. */
  toArray(options: ToArrayOptions = {}): Promise<HistoryRow[]> {
    return collect(this, options);
  }
}
