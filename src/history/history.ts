import { RunEventsDocument, RunFullHistoryDocument, RunSampledHistoryDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, ServerError, describeValue } from '../client/errors';
import type { CallOptions } from '../client/transport';

/** One history row: `_step` (and `_runtime`, `_timestamp`) plus the values logged at that step. */
export type HistoryRow = Record<string, unknown>;

/** Identifies a run in history queries. */
export interface RunRef {
  readonly entity: string;
  readonly project: string;
  readonly name: string;
}

/** Options of `run.history()`. */
export interface HistoryOptions extends CallOptions {
  /** Rows to sample at most. @defaultValue 500 */
  samples?: number;
  /** Only these keys, and only rows that have all of them. */
  keys?: readonly string[];
  /** The x-axis key, returned with `keys`. @defaultValue `'_step'` */
  xAxis?: string;
  /** `'default'` for logged metrics, `'system'` for system metrics (not with `keys`). @defaultValue `'default'` */
  stream?: 'default' | 'system';
}

/** Checks a list of history keys. */
export function checkHistoryKeys(keys: readonly string[] | undefined, argument = 'keys'): string[] | undefined {
  if (keys === undefined) return undefined;
  if (!Array.isArray(keys) || Array.from(keys).some((k) => typeof k !== 'string' || k === '')) {
    throw new InvalidArgumentError(argument, `${argument} must be a list of non-empty strings`);
  }
  return [...new Set(keys)];
}

/** Checks a whole number option from `min`. */
export function checkInteger(value: number | undefined, argument: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new InvalidArgumentError(argument, `${argument} must be a whole number >= ${min}, got ${describeValue(value)}`);
  }
  return value;
}

/** Parses W&B's JSON-encoded history rows. */
export function parseRows(lines: readonly string[], what: string): HistoryRow[] {
  return lines.map((line) => {
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new ServerError(`The server sent a ${what} row that is not JSON`, { cause: error });
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row))
      throw new ServerError(`The server sent a ${what} row that is not a JSON object`);
    return row as HistoryRow;
  });
}

/** A `sampledHistory` answer for one spec, checked to be a list of row objects. */
export function sampledRowsOf(answer: readonly unknown[], index = 0): HistoryRow[] {
  const rows = answer[index];
  if (!Array.isArray(rows) || rows.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
    throw new ServerError('The server sent sampled history that is not a list of rows');
  }
  return rows as HistoryRow[];
}

/** The JSON spec `sampledHistory` takes: x-axis key first, then the keys. */
export function sampledSpec(keys: readonly string[], xAxis: string, samples: number, range: { minStep?: number; maxStep?: number } = {}): string {
  return JSON.stringify({ keys: [...new Set([xAxis, ...keys])], samples, ...range });
}

/** Checks `run.history()` options; throws before any request. */
export function checkHistoryOptions(options: HistoryOptions): {
  samples: number;
  keys: string[] | undefined;
  xAxis: string;
  stream: 'default' | 'system';
} {
  const samples = checkInteger(options.samples, 'samples', 1) ?? 500;
  const keys = checkHistoryKeys(options.keys);
  const xAxis = options.xAxis ?? '_step';
  if (typeof xAxis !== 'string' || xAxis === '') throw new InvalidArgumentError('xAxis', 'xAxis must be a non-empty key');
  const stream = options.stream ?? 'default';
  if (stream !== 'default' && stream !== 'system')
    throw new InvalidArgumentError('stream', `stream must be 'default' or 'system', got ${describeValue(stream)}`);
  if (keys?.length && stream !== 'default')
    throw new InvalidArgumentError('stream', "keys select logged metrics only; use stream: 'default' with keys");
  return { samples, keys: keys?.length ? keys : undefined, xAxis, stream };
}

/** `run.history()`: one request. */
export async function getHistory(ctx: SdkContext, run: RunRef, options: HistoryOptions): Promise<HistoryRow[]> {
  const { samples, keys, xAxis, stream } = checkHistoryOptions(options);
  const callOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  };
  const vars = { entity: run.entity, project: run.project, name: run.name };
  const missing = (operation: string) => new NotFoundError(`Run ${run.entity}/${run.project}/${run.name} was not found`, { operation });
  if (keys) {
    const data = await ctx.transport.execute(RunSampledHistoryDocument, { ...vars, specs: [sampledSpec(keys, xAxis, samples)] }, callOptions);
    const found = data.project?.run;
    if (!found) throw missing('RunSampledHistory');
    return sampledRowsOf(found.sampledHistory);
  }
  if (stream === 'system') {
    const data = await ctx.transport.execute(RunEventsDocument, { ...vars, samples }, callOptions);
    const found = data.project?.run;
    if (!found) throw missing('RunEvents');
    return parseRows(found.events, 'system metrics');
  }
  const data = await ctx.transport.execute(RunFullHistoryDocument, { ...vars, samples }, callOptions);
  const found = data.project?.run;
  if (!found) throw missing('RunFullHistory');
  return parseRows(found.history, 'history');
}
