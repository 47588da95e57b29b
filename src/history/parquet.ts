import { RunParquetHistoryDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { downloadToFile } from '../client/download';
import { describeValue, NotFoundError, NotSupportedError, ServerError, WandbError } from '../client/errors';
import { abortErrorFrom } from '../client/retry';
import type { HistoryRow, RunRef } from './history';

/** What a parquet scan reads. */
export interface ParquetScanPlan {
  keys: readonly string[] | undefined;
  /** Every key the run logged (asked for as live data when `keys` is not given). */
  allKeys: readonly string[];
  /** Steps `[lo, hi)`. */
  lo: number;
  hi: number;
  pageSize: number;
  cacheDir: string | undefined;
  signal: AbortSignal | undefined;
}

/** A parquet value as a history value: int64 as a number, nulls dropped by the caller. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function fileName(url: string, index: number): string {
  let base: string;
  try {
    base = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch (error) {
    // A malformed `%` escape (or no URL at all): the server's fault, said as such.
    throw new ServerError(`The server gave a parquet history export URL that cannot be read: ${describeValue(url)}`, { cause: error });
  }
  const safe = base.replace(/[^\w.-]/g, '_');
  return `${String(index).padStart(4, '0')}-${safe || 'history'}${safe.endsWith('.parquet') ? '' : '.parquet'}`;
}

/** Minimum `_step` of a parquet file, from its row-group statistics when written. */
function minStepOf(metadata: {
  row_groups: Array<{ columns: Array<{ meta_data?: { path_in_schema: string[]; statistics?: { min_value?: unknown; min?: unknown } } }> }>;
}): number {
  let min = Number.POSITIVE_INFINITY;
  for (const group of metadata.row_groups) {
    for (const column of group.columns) {
      const meta = column.meta_data;
      if (meta?.path_in_schema.join('.') !== '_step') continue;
      const value = meta.statistics?.min_value ?? meta.statistics?.min;
      if (typeof value === 'bigint' || typeof value === 'number') min = Math.min(min, Number(value));
    }
  }
  return min;
}

/**
 * Pages of history rows from a run's parquet exports (read with hyparquet, row group by row
 * group, only the needed columns), then from its live rows not exported yet.
 */
export async function* parquetPages(ctx: SdkContext, run: RunRef, plan: ParquetScanPlan): AsyncGenerator<HistoryRow[]> {
  const { keys, lo, hi, pageSize, signal } = plan;
  const liveKeys = [...new Set(['_step', ...(keys ?? plan.allKeys)])];
  const data = await ctx.transport.execute(RunParquetHistoryDocument, { ...run, liveKeys }, signal ? { signal } : {});
  const found = data.project?.run;
  if (!found) throw new NotFoundError(`Run ${run.entity}/${run.project}/${run.name} was not found`, { operation: 'RunParquetHistory' });
  const { parquetUrls, liveData } = found.parquetHistory;

  const [{ mkdtemp, rm, stat }, { join }, { tmpdir }] = await Promise.all([import('node:fs/promises'), import('node:path'), import('node:os')]);
  const temporary = plan.cacheDir === undefined ? await mkdtemp(join(tmpdir(), 'wandb-history-')) : undefined;
  const folder = plan.cacheDir ?? (temporary as string);
  try {
    const hyparquet = await import('hyparquet');
    const files: Array<{
      metadata: Awaited<ReturnType<typeof hyparquet.parquetMetadataAsync>>;
      file: Awaited<ReturnType<typeof hyparquet.asyncBufferFromFile>>;
      minStep: number;
    }> = [];
    for (const [index, url] of parquetUrls.entries()) {
      const dest = join(folder, fileName(url, index));
      const cached = plan.cacheDir !== undefined && (await stat(dest).catch(() => undefined))?.isFile();
      if (!cached) await downloadToFile(ctx.transport, url, dest, { replace: true, operation: 'GET parquet history', ...(signal ? { signal } : {}) });
      const file = await hyparquet.asyncBufferFromFile(dest);
      let metadata;
      try {
        metadata = await hyparquet.parquetMetadataAsync(file);
      } catch (error) {
        throw new ServerError(`A parquet history export of ${run.entity}/${run.project}/${run.name} cannot be read: ${(error as Error).message}`, {
          cause: error,
        });
      }
      files.push({ metadata, file, minStep: minStepOf(metadata as never) });
    }
    files.sort((a, b) => a.minStep - b.minStep);

    for (const { metadata, file } of files) {
      const columnNames = new Set(hyparquet.parquetSchema(metadata).children.map((c) => c.element.name));
      // A file lacking a requested key has no row with all of them.
      if (keys && !keys.every((k) => columnNames.has(k))) continue;
      const columns = keys ? [...new Set(['_step', ...keys])] : undefined;
      const total = Number(metadata.num_rows);
      for (let rowStart = 0; rowStart < total; rowStart += pageSize) {
        if (signal?.aborted) throw abortErrorFrom(signal, 'parquet history');
        let rows: Record<string, unknown>[];
        try {
          rows = (await hyparquet.parquetReadObjects({
            file,
            metadata,
            rowStart,
            rowEnd: Math.min(total, rowStart + pageSize),
            ...(columns ? { columns } : {}),
          })) as Record<string, unknown>[];
        } catch (error) {
          if (/compression|codec/i.test((error as Error).message)) {
            throw new NotSupportedError(`A parquet history export uses a compression this SDK cannot read: ${(error as Error).message}`, {
              cause: error,
            });
          }
          throw new ServerError(`A parquet history export cannot be read: ${(error as Error).message}`, { cause: error });
        }
        const page: HistoryRow[] = [];
        for (const raw of rows) {
          const step = plain(raw._step);
          if (typeof step !== 'number' || step < lo || step >= hi) continue;
          const row: HistoryRow = {};
          for (const [key, value] of Object.entries(raw)) if (value !== null && value !== undefined) row[key] = plain(value);
          page.push(row);
        }
        if (page.length) yield page;
      }
    }

    const live = liveData
      .filter((row): row is HistoryRow => row !== null && typeof row === 'object' && !Array.isArray(row))
      .filter((row) => typeof row._step === 'number')
      .sort((a, b) => (a._step as number) - (b._step as number));
    for (let i = 0; i < live.length; i += pageSize) yield live.slice(i, i + pageSize);
  } catch (error) {
    if (error instanceof WandbError) throw error;
    throw new ServerError(`Reading the parquet history failed: ${(error as Error).message}`, { cause: error });
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** What `run.downloadHistoryExports()` saved. */
export interface HistoryExports {
  /** The parquet files written, in the order W&B listed them. */
  paths: string[];
  /** Whether the run has rows not exported yet (read them with `scanHistory({ source: 'parquet' })`). */
  containsLiveData: boolean;
}

/** Downloads a run's parquet history exports into `root` (each checked, never partial). */
export async function downloadHistoryExports(
  ctx: SdkContext,
  run: RunRef,
  root: string,
  options: { signal?: AbortSignal; replace?: boolean },
): Promise<HistoryExports> {
  const { signal, replace = true } = options;
  const data = await ctx.transport.execute(RunParquetHistoryDocument, { ...run, liveKeys: ['_step'] }, signal ? { signal } : {});
  const found = data.project?.run;
  if (!found) throw new NotFoundError(`Run ${run.entity}/${run.project}/${run.name} was not found`, { operation: 'RunParquetHistory' });
  const { join, resolve } = await import('node:path');
  const paths: string[] = [];
  for (const [index, url] of found.parquetHistory.parquetUrls.entries()) {
    const dest = join(resolve(root), fileName(url, index));
    await downloadToFile(ctx.transport, url, dest, { replace, operation: 'GET parquet history', ...(signal ? { signal } : {}) });
    paths.push(dest);
  }
  return { paths, containsLiveData: found.parquetHistory.liveData.length > 0 };
}
