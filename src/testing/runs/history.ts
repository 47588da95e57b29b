import { GraphQLError } from 'graphql';
import { blobUrl } from '../storage';
import type { FakeContext } from '../schema';
import { runKey, type HistoryExportRecord, type RunRecord } from './records';

/** A history row as the fake keeps it: `_step` plus whatever was logged at that step. */
export type HistoryRow = Record<string, unknown>;

function stepOf(row: HistoryRow | undefined): number {
  return typeof row?._step === 'number' ? row._step : -1;
}

/** Index of the first row whose `_step` is at least `step` (rows are in step order). */
export function lowerBound(rows: readonly HistoryRow[], step: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stepOf(rows[mid]) < step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows with `min <= _step <= max` (both optional). */
export function rowsInRange(
  rows: readonly HistoryRow[],
  min: number | null | undefined,
  max: number | null | undefined,
  maxInclusive: boolean,
): HistoryRow[] {
  const start = min === null || min === undefined ? 0 : lowerBound(rows, min);
  const end = max === null || max === undefined ? rows.length : lowerBound(rows, maxInclusive ? max + 1 : max);
  return rows.slice(start, Math.max(start, end));
}

/**
 * Down-samples to at most `samples` rows, keeping the first and the last and spacing the rest
 * evenly, as W&B's sampled history does.
 */
export function sample<T>(rows: readonly T[], samples: number | null | undefined): T[] {
  const n = samples ?? 500;
  if (!Number.isInteger(n) || n < 0) throw new GraphQLError(`samples must be a non-negative integer, got ${n}`);
  if (rows.length <= n) return [...rows];
  if (n === 0) return [];
  if (n === 1) return [rows[0] as T];
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(rows[Math.round((k * (rows.length - 1)) / (n - 1))] as T);
  return out;
}

interface SampledSpec {
  keys?: unknown;
  samples?: unknown;
  minStep?: unknown;
  maxStep?: unknown;
}

function optionalInt(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new GraphQLError(`spec ${name} must be a number`);
  return Math.floor(value);
}

/**
 * One `sampledHistory` spec: the rows in `[minStep, maxStep]` (inclusive, as W&B) that have
 * every requested key, projected onto those keys, then sampled.
 */
export function sampledRows(rows: readonly HistoryRow[], specText: string): HistoryRow[] {
  let spec: SampledSpec;
  try {
    spec = JSON.parse(specText) as SampledSpec;
  } catch {
    throw new GraphQLError('sampledHistory: a spec is not valid JSON');
  }
  if (spec === null || typeof spec !== 'object') throw new GraphQLError('sampledHistory: a spec must be a JSON object');
  const keys = spec.keys === undefined || spec.keys === null ? undefined : spec.keys;
  if (keys !== undefined && (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string'))) {
    throw new GraphQLError('sampledHistory: spec keys must be a list of strings');
  }
  const wanted = keys === undefined ? undefined : [...new Set(keys as string[])];
  const inRange = rowsInRange(rows, optionalInt(spec.minStep, 'minStep'), optionalInt(spec.maxStep, 'maxStep'), true);
  const matching = wanted ? inRange.filter((row) => wanted.every((k) => row[k] !== undefined && row[k] !== null)) : inRange;
  const picked = sample(matching, optionalInt(spec.samples, 'samples') ?? 500);
  if (!wanted) return picked;
  return picked.map((row) => {
    const out: HistoryRow = {};
    for (const k of wanted) out[k] = row[k];
    return out;
  });
}

type KeyInfo = { typeCounts: Array<{ type: string; count: number }> };
const keysCache = new WeakMap<readonly HistoryRow[], { length: number; last: number; value: { keys: Record<string, KeyInfo>; lastStep: number } }>();

function typeName(value: unknown): string {
  if (value === null) return 'nil';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  return 'map';
}

/** W&B's `historyKeys` object: every logged key with its value types, and `lastStep` (-1 for none). */
export function historyKeysOf(run: RunRecord): { keys: Record<string, KeyInfo>; lastStep: number } {
  const rows = run.history;
  const last = stepOf(rows[rows.length - 1]);
  const cached = keysCache.get(rows);
  if (cached && cached.length === rows.length && cached.last === last) return cached.value;
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    for (const key in row) {
      const type = typeName(row[key]);
      let byType = counts.get(key);
      if (!byType) counts.set(key, (byType = new Map()));
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
  }
  const keys: Record<string, KeyInfo> = {};
  for (const [key, byType] of counts) keys[key] = { typeCounts: [...byType].map(([type, count]) => ({ type, count })) };
  const value = { keys, lastStep: last };
  keysCache.set(rows, { length: rows.length, last, value });
  return value;
}

/** How much of a run's history counts as exported to parquet. */
export function exportOf(ctx: Pick<FakeContext, 'store'>, run: RunRecord): HistoryExportRecord {
  const key = runKey(run.entity, run.project, run.name);
  let record = ctx.store.historyExports.get(key);
  if (!record) {
    // W&B exports a run's history once it is no longer being written to.
    record = { exportedRows: run.state === 'running' ? 0 : Number.POSITIVE_INFINITY, rowsPerFile: 100_000, files: null };
    ctx.store.historyExports.set(key, record);
  }
  return record;
}

type ColumnType = 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING' | 'JSON';

function columnType(key: string, rows: readonly HistoryRow[]): ColumnType {
  if (key === '_step') return 'INT64';
  let type: ColumnType | undefined;
  for (const row of rows) {
    const value = row[key];
    if (value === undefined || value === null) continue;
    const t: ColumnType =
      typeof value === 'number' ? 'DOUBLE' : typeof value === 'boolean' ? 'BOOLEAN' : typeof value === 'string' ? 'STRING' : 'JSON';
    if (type === undefined) type = t;
    else if (type !== t) return 'JSON';
  }
  return type ?? 'DOUBLE';
}

function columnValue(type: ColumnType, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'INT64') return BigInt(Math.trunc(value as number));
  // The writer encodes JSON columns itself.
  return value;
}

/** Writes rows as one parquet file (one column per key, missing values as nulls). */
async function writeParquet(rows: readonly HistoryRow[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const keys = new Set<string>(['_step']);
  for (const row of rows) for (const key in row) keys.add(key);
  const columnData = [...keys].map((name) => {
    const type = columnType(name, rows);
    return { name, type, data: rows.map((row) => columnValue(type, row[name])) as unknown[] };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 10_000 }));
}

/**
 * The run's `parquetHistory`: the exported part of its history as parquet files on storage
 * URLs (written once per export state), and the rows not exported yet as `liveData`, each
 * projected onto `liveKeys`.
 */
export async function parquetHistory(
  ctx: FakeContext,
  run: RunRecord,
  liveKeys: readonly string[],
): Promise<{ parquetUrls: string[]; liveData: HistoryRow[] }> {
  const record = exportOf(ctx, run);
  const rows = run.history;
  const exported = Math.min(rows.length, record.exportedRows);
  const signature = `${exported}:${record.rowsPerFile}:${stepOf(rows[exported - 1])}:${stepOf(rows[0])}`;
  if (record.files?.signature !== signature) {
    const blobIds: string[] = [];
    for (let start = 0; start < exported; start += record.rowsPerFile) {
      const bytes = await writeParquet(rows.slice(start, Math.min(exported, start + record.rowsPerFile)));
      blobIds.push(ctx.store.putBlob(bytes, 'application/vnd.apache.parquet'));
    }
    record.files = { signature, blobIds };
  }
  const parquetUrls = record.files.blobIds.map((id, i) => blobUrl(ctx, id, `${run.name}-history-${i}.parquet`));
  const wanted = new Set(['_step', ...liveKeys]);
  const liveData = rows.slice(exported).map((row) => {
    const out: HistoryRow = {};
    for (const key of wanted) if (row[key] !== undefined) out[key] = row[key];
    return out;
  });
  return { parquetUrls, liveData };
}
