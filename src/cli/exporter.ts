import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Api, HistoryRow, Run, RunFilters } from '../index';
import { parquetBytes, toJson, type Column } from './output';
import type { Progress } from './progress';

/** File formats of `export`: one file per run. */
export type ExportFormat = 'json' | 'jsonl' | 'parquet';

/** Every export format. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'parquet'];

/** Options of {@link exportRuns}. */
export interface ExportOptions {
  readonly api: Api;
  /** `entity/project` */
  readonly path: string;
  /** The folder to write into; created when missing. */
  readonly out: string;
  readonly filters?: RunFilters | undefined;
  readonly order?: string | undefined;
  readonly limit?: number | undefined;
  readonly format: ExportFormat;
  /** Runs exported at once. */
  readonly concurrency: number;
  readonly progress: Progress;
}

/** What an export did. */
export interface ExportSummary {
  readonly out: string;
  /** Runs that matched. */
  readonly runs: number;
  /** Runs written now. */
  readonly exported: number;
  /** Runs already complete and verified on disk, left as they were. */
  readonly skipped: number;
  /** History rows written now. */
  readonly rows: number;
  /** Bytes written now. */
  readonly bytes: number;
  readonly seconds: number;
}

/** One finished run in the manifest. */
export interface ManifestEntry {
  /** The run's id (the last part of its path). */
  readonly run: string;
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly rows: number;
  /** What the run looked like when exported; a run that changed since is exported again. */
  readonly historyLineCount: number | null;
  readonly updatedAt: string | null;
  readonly heartbeatAt: string | null;
  readonly state: string | null;
}

/** The manifest's name in the export folder: one JSON line per finished run, appended as runs finish. */
export const MANIFEST = 'manifest.jsonl';
const PARTIAL = '.partial-';

/** A file name for a run id: the id itself when it is a plain name, else percent-encoded. */
export function runFileName(id: string, format: ExportFormat): string {
  const safe = /^[\w][\w.-]*$/.test(id) ? id : encodeURIComponent(id).replace(/\./g, '%2E');
  return `${safe}.${format}`;
}

/** Reads the manifest; a line cut short by an interrupted write is ignored. */
export async function readManifest(out: string): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  let text: string;
  try {
    text = await readFile(join(out, MANIFEST), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return entries;
    throw error;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as ManifestEntry;
      if (typeof entry.run === 'string' && typeof entry.file === 'string' && typeof entry.sha256 === 'string') entries.set(entry.run, entry);
    } catch {
      // The tail of an interrupted append: that run is exported again.
    }
  }
  return entries;
}

async function writeManifest(out: string, entries: Iterable<ManifestEntry>): Promise<void> {
  const temp = join(out, `${MANIFEST}${PARTIAL}${process.pid}`);
  await writeFile(temp, [...entries].map((e) => `${JSON.stringify(e)}\n`).join(''));
  await rename(temp, join(out, MANIFEST));
}

async function sha256Of(path: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function iso(date: Date | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** The run's fields that go with its history: who it is, its config and its summary. */
function runRecord(run: Run): Record<string, unknown> {
  return {
    entity: run.entity,
    project: run.project,
    id: run.name,
    displayName: run.displayName ?? null,
    state: run.state ?? null,
    tags: run.tags,
    group: run.group ?? null,
    jobType: run.jobType ?? null,
    createdAt: run.createdAt.toISOString(),
    config: run.config,
    summary: run.summary,
  };
}

/** Whether the manifest's entry still describes the run, and its file is on disk with the recorded checksum. */
async function isComplete(out: string, run: Run, entry: ManifestEntry | undefined, file: string): Promise<boolean> {
  if (!entry || entry.file !== file) return false;
  if (entry.historyLineCount !== (run.historyLineCount ?? null)) return false;
  if (entry.updatedAt !== iso(run.updatedAt) || entry.heartbeatAt !== iso(run.heartbeatAt) || entry.state !== (run.state ?? null)) return false;
  return (await sha256Of(join(out, file))) === entry.sha256;
}

/** Writes text to a stream through a hash, waiting when the stream's buffer is full. */
class HashedWriter {
  readonly hash = createHash('sha256');
  bytes = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {}

  async write(data: string | Uint8Array): Promise<void> {
    this.hash.update(data);
    this.bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    if (!this.stream.write(data)) await once(this.stream as NodeJS.EventEmitter, 'drain');
  }
}

/** History columns in a stable order: `_step` first, then the other keys as they first appear. */
function historyColumns(rows: readonly HistoryRow[]): Column<HistoryRow>[] {
  const keys = new Set<string>(['_step']);
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys].map((key) => ({ header: key, value: (row: HistoryRow) => row[key] }));
}

/** Writes one run's file under a temporary name, then renames it into place: a file on disk is always whole. */
async function exportRun(out: string, run: Run, file: string, format: ExportFormat): Promise<ManifestEntry> {
  const temp = join(out, `.${file}${PARTIAL}${process.pid}`);
  const stream = createWriteStream(temp);
  const closed = once(stream, 'close');
  const writer = new HashedWriter(stream);
  let rows = 0;
  try {
    const scan = run.scanHistory();
    if (format === 'parquet') {
      const history = await scan.toArray();
      rows = history.length;
      await writer.write(await parquetBytes(history, historyColumns(history), { 'wandb.run': toJson(runRecord(run)) }));
    } else if (format === 'jsonl') {
      await writer.write(`${toJson({ run: runRecord(run) })}\n`);
      for await (const page of scan.pages()) {
        await writer.write(page.map((row) => `${toJson(row)}\n`).join(''));
        rows += page.length;
      }
    } else {
      await writer.write(`${toJson(runRecord(run)).slice(0, -1)},"history":[`);
      for await (const page of scan.pages()) {
        await writer.write(page.map((row, i) => `${rows + i === 0 ? '' : ','}\n${toJson(row)}`).join(''));
        rows += page.length;
      }
      await writer.write(`${rows ? '\n' : ''}]}\n`);
    }
    stream.end();
    await closed;
    await rename(temp, join(out, file));
  } catch (error) {
    stream.destroy();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return {
    run: run.name,
    file,
    sha256: writer.hash.digest('hex'),
    bytes: writer.bytes,
    rows,
    historyLineCount: run.historyLineCount ?? null,
    updatedAt: iso(run.updatedAt),
    heartbeatAt: iso(run.heartbeatAt),
    state: run.state ?? null,
  };
}

/** Removes the temporary files an interrupted export left. */
async function removePartials(out: string): Promise<void> {
  for (const name of await readdir(out)) if (name.includes(PARTIAL)) await unlink(join(out, name)).catch(() => undefined);
}

/**
 * Exports every matching run of a project, one file per run (config, summary and full history),
 * `concurrency` runs at a time. Resumable: a run whose file is in the manifest, unchanged on
 * disk (same SHA-256) and still describes the run (same history length, update times and
 * state) is skipped; anything else is written again. Files are written whole or not at all.
 */
export async function exportRuns(options: ExportOptions): Promise<ExportSummary> {
  const started = Date.now();
  const { api, out, format, progress } = options;
  await mkdir(out, { recursive: true });
  await removePartials(out);
  const manifest = await readManifest(out);
  // Rewritten whole first, so appends never follow a line an interrupted run cut short.
  await writeManifest(out, manifest.values());

  const runs = api.runs(options.path, {
    ...(options.filters ? { filters: options.filters } : {}),
    ...(options.order ? { order: options.order } : {}),
    select: { config: true, summary: true },
  });
  // The count only sizes the progress bar: it is asked for alongside the listing, not waited for.
  if (progress.visible)
    runs.length().then(
      (count) => progress.total(Math.min(count, options.limit ?? Number.POSITIVE_INFINITY)),
      () => undefined,
    );
  const iterator = runs[Symbol.asyncIterator]();
  let taken = 0;
  let stopped = false;
  let exported = 0;
  let skipped = 0;
  let rows = 0;
  let bytes = 0;
  const next = async (): Promise<Run | undefined> => {
    if (stopped || (options.limit !== undefined && taken >= options.limit)) return undefined;
    const item = await iterator.next();
    if (item.done) return undefined;
    taken++;
    return item.value;
  };
  const worker = async () => {
    for (let run = await next(); run; run = await next()) {
      const file = runFileName(run.name, format);
      if (await isComplete(out, run, manifest.get(run.name), file)) {
        skipped++;
        progress.add(1);
        continue;
      }
      const entry = await exportRun(out, run, file, format);
      manifest.set(run.name, entry);
      await appendFile(join(out, MANIFEST), `${JSON.stringify(entry)}\n`);
      exported++;
      rows += entry.rows;
      bytes += entry.bytes;
      progress.add(1, entry.bytes);
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: options.concurrency }, () =>
      worker().catch((error: unknown) => {
        stopped = true;
        throw error;
      }),
    ),
  );
  progress.stop();
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  // One line per run in run order, so an export that was interrupted and resumed ends with the same manifest as one that was not.
  await writeManifest(
    out,
    [...manifest.values()].sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0)),
  );
  return { out, runs: taken, exported, skipped, rows, bytes, seconds: Math.round((Date.now() - started) / 100) / 10 };
}
