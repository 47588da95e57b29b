import { ArtifactFileUrlsDocument, type ArtifactFileUrlsQuery } from '../../generated/graphql';
import type { BigIntStats } from 'node:fs';
import type { SdkContext } from '../client/context';
import { checkNameLength, fileDigest, md5Base64, type DownloadExpectation } from '../client/download';
import {
  AuthenticationError,
  HttpError,
  IntegrityError,
  InvalidArgumentError,
  NotFoundError,
  NotSupportedError,
  PermissionError,
  ServerError,
  describeValue,
} from '../client/errors';
import { abortErrorFrom } from '../client/retry';
import type { CallOptions } from '../client/transport';
import type { Artifact } from './Artifact';
import type { ArtifactManifest } from './ArtifactManifest';
import type { ArtifactManifestEntry, EntryDownloadOptions } from './ArtifactManifestEntry';
import { onAbort } from '../client/abort';
import { fetchFile } from '../client/fetchFile';
import { VerifiedFiles, defaultCacheDir } from './verifiedFiles';

/** How far a download has come. Files already on disk and verified count as done. */
export interface ArtifactDownloadProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  /** Bytes written or found verified so far. */
  readonly bytesDone: number;
  /** Bytes of the files with a known size. */
  readonly bytesTotal: number;
}

/** Options of `artifact.download()`. */
export interface ArtifactDownloadOptions extends CallOptions {
  /** The directory to put the files in. @defaultValue `./artifacts/<source name>` */
  root?: string;
  /** Most files fetched at once (also bounded by the `Api`'s `maxConcurrency`), as many as Python's file workers. @defaultValue 32 */
  concurrency?: number;
  /** Only the files whose path starts with this (POSIX separators). */
  pathPrefix?: string;
  /** Leave out reference entries (files stored outside W&B). @defaultValue false */
  skipReferences?: boolean;
  /** Called as bytes arrive and files finish. */
  onProgress?: (progress: ArtifactDownloadProgress) => void;
  /**
   * The folder that keeps records of verified files (size, modification time, inode and MD5 of
   * each file when it was last checked), so that a later download into the same folder trusts an
   * unchanged file without reading it; `null` keeps none, and every file found is hashed.
   * @defaultValue `WANDB_CACHE_DIR/wandb-api`, else `~/.cache/wandb-api`
   */
  cacheDir?: string | null;
}

/** Options of `artifact.verify()`. */
export interface ArtifactVerifyOptions extends CallOptions {
  /** The directory to check. @defaultValue `./artifacts/<source name>` */
  root?: string;
}

const DEFAULT_CONCURRENCY = 32;
const URL_PAGE_SIZE = 5000;
/** Below this many missing files, their URLs are asked for by name rather than listed in full. */
const BY_NAME_LIMIT = 100;

interface Planned {
  readonly entry: ArtifactManifestEntry;
  readonly dest: string;
  readonly expect: DownloadExpectation;
  /** Where to fetch a reference entry from; stored files get their URL from W&B. */
  readonly refUrl?: string;
}

type NodePath = typeof import('node:path');

function checkConcurrency(value: number | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1024) {
    throw new InvalidArgumentError('concurrency', `concurrency must be a whole number from 1 to 1024, got ${describeValue(value)}`);
  }
  return value;
}

/** The checksum a reference's digest gives, when it is an MD5 (hex, or base64 as W&B writes it). */
function referenceMd5(digest: string): string | undefined {
  const bare = digest.replace(/^"|"$/g, '');
  if (/^[0-9a-f]{32}$/i.test(bare)) return bare.toLowerCase();
  if (/^[A-Za-z0-9+/]{22}==$/.test(bare)) return bare;
  return undefined;
}

/** `dest` below `root`, after checking it cannot leave it. */
function destination(path: NodePath, root: string, entryPath: string): string {
  const dest = path.resolve(root, ...entryPath.split('/'));
  const relative = path.relative(root, dest);
  // `..` as a whole part leaves the root; a name that merely starts with dots (`..hidden`) does not.
  if (!relative || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new ServerError(`The artifact's manifest path ${JSON.stringify(entryPath)} leads out of ${root}; nothing was written`);
  }
  checkNameLength(relative, `The artifact's file ${JSON.stringify(entryPath)}`);
  return dest;
}

/** The files to fetch or check, in manifest order. Refuses what cannot be downloaded before anything is written. */
function plan(
  path: NodePath,
  root: string,
  entries: Iterable<ArtifactManifestEntry>,
  options: { pathPrefix?: string | undefined; skipReferences?: boolean | undefined },
): Planned[] {
  const out: Planned[] = [];
  const files = new Set<string>();
  for (const entry of entries) {
    if (options.pathPrefix !== undefined && !entry.path.startsWith(options.pathPrefix)) continue;
    const dest = destination(path, root, entry.path);
    const size = entry.size;
    if (entry.ref !== undefined) {
      if (options.skipReferences) continue;
      let scheme = '';
      try {
        scheme = new URL(entry.ref).protocol;
      } catch {
        // not a URL: reported below as unsupported
      }
      if (scheme !== 'http:' && scheme !== 'https:') {
        throw new NotSupportedError(
          `${entry.path} is a reference to ${entry.ref}; only http(s) references can be downloaded (pass skipReferences: true to leave references out). Nothing was written`,
        );
      }
      const md5 = referenceMd5(entry.digest);
      out.push({ entry, dest, refUrl: entry.ref, expect: { ...(md5 ? { md5 } : {}), ...(size !== undefined ? { size } : {}) } });
    } else {
      out.push({ entry, dest, expect: { md5: entry.digest, ...(size !== undefined ? { size } : {}) } });
    }
    files.add(entry.path);
  }
  // A path that is both a file and a folder of another file cannot be written.
  for (const item of out) {
    const segments = item.entry.path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/');
      if (files.has(folder))
        throw new ServerError(`The artifact's manifest has both a file and a folder named ${JSON.stringify(folder)}; nothing was written`);
    }
  }
  return out;
}

/** Most `stat` calls in flight while looking for files already in place. */
const STAT_LIMIT = 128;

/** `stat` of each path (`undefined` where there is none), a bounded number at a time. */
async function statAll(paths: readonly string[]): Promise<Array<BigIntStats | undefined>> {
  const fs = await import('node:fs');
  const out = new Array<BigIntStats | undefined>(paths.length);
  let next = 0;
  // Callbacks rather than promises: one hop per file, which is most of the cost here.
  const runner = () =>
    new Promise<void>((resolve) => {
      const step = (): void => {
        const i = next++;
        if (i >= paths.length) return resolve();
        fs.stat(paths[i] as string, { bigint: true }, (error, info) => {
          out[i] = error ? undefined : info;
          step();
        });
      };
      step();
    });
  await Promise.all(Array.from({ length: Math.min(STAT_LIMIT, paths.length) }, runner));
  return out;
}

/**
 * The planned files already in place: trusted from their records when unchanged since they were
 * verified, else hashed (and recorded when right).
 */
async function alreadyThere(
  planned: readonly Planned[],
  records: VerifiedFiles,
  concurrency: number,
  signal: AbortSignal | undefined,
): Promise<Set<Planned>> {
  const found = new Set<Planned>();
  const candidates = planned.filter((item) => item.expect.md5 !== undefined);
  const infos = await statAll(candidates.map((item) => item.dest));
  const toHash: Array<[Planned, BigIntStats]> = [];
  candidates.forEach((item, i) => {
    const info = infos[i];
    if (!info) return;
    if (info.isDirectory()) throw new InvalidArgumentError('root', `${item.dest} is a folder where the artifact has a file`);
    if (item.expect.size !== undefined && info.size !== BigInt(item.expect.size)) return;
    if (records.trusts(item.entry.path, info, md5Base64(item.expect.md5 as string), item.expect.size)) found.add(item);
    else toHash.push([item, info]);
  });
  await pool(toHash, concurrency, signal, async ([item, info]) => {
    const md5 = md5Base64(item.expect.md5 as string);
    // Read after the stat, so a change made while hashing leaves a record that no longer matches.
    const digest = await fileDigest(item.dest);
    if (!digest || digest.md5 !== md5 || (item.expect.size !== undefined && digest.size !== item.expect.size)) {
      records.forget(item.entry.path);
      return;
    }
    records.verified(item.entry.path, info, md5);
    found.add(item);
  });
  return found;
}

/**
 * Runs `worker` over `items` with at most `limit` at once. On the first failure the others are
 * cancelled and awaited (so each cleans up), then that failure is thrown; the caller's abort
 * wins over everything.
 */
async function pool<T>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  signal: AbortSignal | undefined,
  worker: (item: T, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  if (signal?.aborted) throw abortErrorFrom(signal);
  const inner = new AbortController();
  const stopWatching = onAbort(signal, () => inner.abort(signal?.reason));
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    inner.abort(error);
  };
  const running = new Set<Promise<void>>();
  try {
    for await (const item of items) {
      while (running.size >= limit && !inner.signal.aborted) await Promise.race(running);
      if (inner.signal.aborted) break;
      const task: Promise<void> = worker(item, inner.signal)
        .catch(fail)
        .finally(() => running.delete(task));
      running.add(task);
    }
  } catch (error) {
    fail(error);
  } finally {
    await Promise.all(running);
    stopWatching();
  }
  if (signal?.aborted) throw abortErrorFrom(signal);
  if (failure) throw failure.error;
}

/** Counts finished files and bytes, and reports them. */
class Progress {
  private filesDone = 0;
  private bytesDone = 0;
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly filesTotal: number,
    private readonly bytesTotal: number,
    private readonly report: ((p: ArtifactDownloadProgress) => void) | undefined,
    private readonly onReportError: (error: unknown) => void,
  ) {}

  /** Whether anyone listens to bytes as they arrive. */
  get wantsBytes(): boolean {
    return this.report !== undefined;
  }

  bytes(path: string, soFar: number): void {
    this.inFlight.set(path, soFar);
    this.emit();
  }

  done(path: string, size: number): void {
    this.inFlight.delete(path);
    this.filesDone++;
    this.bytesDone += size;
    this.emit();
  }

  /** A failed attempt's bytes no longer count. */
  reset(path: string): void {
    this.inFlight.delete(path);
  }

  emit(): void {
    if (!this.report) return;
    let bytes = this.bytesDone;
    for (const n of this.inFlight.values()) bytes += n;
    try {
      this.report({ filesDone: this.filesDone, filesTotal: this.filesTotal, bytesDone: bytes, bytesTotal: this.bytesTotal });
    } catch (error) {
      this.onReportError(error);
    }
  }
}

/** Failures of a storage URL worth retrying on W&B's own (authenticated) download route. */
function worthFallback(error: unknown): boolean {
  if (error instanceof NotFoundError || error instanceof PermissionError || error instanceof AuthenticationError) return true;
  return (
    error instanceof HttpError &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  );
}

/** W&B's authenticated route for one stored file of an artifact, as the Python client builds it. */
function fallbackUrl(ctx: SdkContext, artifact: Artifact, manifest: ArtifactManifest, entry: ArtifactManifestEntry): string {
  const base = ctx.transport.settings.baseUrl;
  const hex = Buffer.from(md5Base64(entry.digest), 'base64').toString('hex');
  const part = encodeURIComponent;
  if (manifest.storageLayout === 'V1') return `${base}/artifacts/${part(artifact.entity)}/${hex}`;
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  return `${base}/artifactsV2/${part(manifest.storageRegion)}/${part(artifact.entity)}/${part(artifact.project)}/${part(artifact.collectionName)}/${part(entry.birthArtifactId ?? '')}/${hex}/${part(name)}`;
}

/** The download URLs of the artifact's stored files, page by page, by path. */
async function* fileUrlPages(
  ctx: SdkContext,
  artifact: Artifact,
  names: readonly string[] | null,
  signal: AbortSignal,
  timeout: number | undefined,
): AsyncGenerator<Array<[string, string]>> {
  let after: string | null = null;
  for (;;) {
    const data: ArtifactFileUrlsQuery = await ctx.transport.execute(
      ArtifactFileUrlsDocument,
      {
        entity: artifact.entity,
        project: artifact.project,
        collection: artifact.collectionName,
        version: artifact.version,
        names: names ? [...names] : null,
        first: names ? Math.max(names.length, 1) : URL_PAGE_SIZE,
        after,
      },
      { signal, ...(timeout !== undefined ? { timeout } : {}) },
    );
    const files = data.project?.artifactCollection?.artifactMembership?.files;
    if (!files)
      throw new NotFoundError(`Artifact ${artifact.qualifiedName} was not found, or its files cannot be listed`, { operation: 'ArtifactFileUrls' });
    yield files.edges.flatMap((e) => (e.node ? [[e.node.displayName, e.node.directUrl] as [string, string]] : []));
    if (!files.pageInfo.hasNextPage || !files.pageInfo.endCursor || files.pageInfo.endCursor === after) return;
    after = files.pageInfo.endCursor;
  }
}

interface FetchContext {
  readonly ctx: SdkContext;
  readonly artifact: Artifact;
  readonly manifest: ArtifactManifest;
  readonly progress: Progress;
  readonly timeout: number | undefined;
  readonly records: VerifiedFiles;
}

/** Fetches one planned file from `url`, falling back on W&B's own route when storage refuses it. */
async function downloadOne(fc: FetchContext, item: Planned, url: string, signal: AbortSignal): Promise<void> {
  const common = {
    expect: item.expect,
    signal,
    timeout: fc.timeout,
    onProgress: fc.progress.wantsBytes ? (n: number) => fc.progress.bytes(item.entry.path, n) : undefined,
  };
  let written;
  try {
    written = await fetchFile(fc.ctx.transport, url, item.dest, { ...common, operation: `GET ${item.entry.path}` });
  } catch (error) {
    fc.progress.reset(item.entry.path);
    if (item.refUrl !== undefined || !worthFallback(error) || signal.aborted) throw error;
    written = await fetchFile(fc.ctx.transport, fallbackUrl(fc.ctx, fc.artifact, fc.manifest, item.entry), item.dest, {
      ...common,
      operation: `GET ${item.entry.path} (W&B route)`,
    });
  }
  if (item.expect.md5 !== undefined) fc.records.verified(item.entry.path, written, written.md5);
  else fc.records.forget(item.entry.path);
  fc.progress.done(item.entry.path, written.size);
}

/** Makes the folders the files go in, refusing any that resolve outside `root` (a symbolic link). */
async function makeFolders(path: NodePath, root: string, items: readonly Planned[]): Promise<void> {
  const { mkdir, realpath } = await import('node:fs/promises');
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new InvalidArgumentError('root', `Cannot make the folder ${root}: ${(error as Error).message}`, { cause: error });
  }
  const realRoot = await realpath(root);
  const folders = [...new Set(items.map((i) => path.dirname(i.dest)))].sort();
  for (const folder of folders) {
    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw new InvalidArgumentError('root', `Cannot make the folder ${folder}: ${(error as Error).message}`, { cause: error });
    }
    const real = await realpath(folder);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      throw new InvalidArgumentError('root', `${folder} resolves to ${real}, outside ${root} (a symbolic link?); refusing to write there`);
    }
  }
}

async function checkRoot(root: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new InvalidArgumentError('root', `${root} is a file, not a folder`);
  return info !== undefined;
}

/** Pairs each missing file with the URL to fetch it from: its reference, or the storage URL W&B lists. */
async function resolveUrls(
  ctx: SdkContext,
  artifact: Artifact,
  missing: readonly Planned[],
  total: number,
  signal: AbortSignal,
  timeout: number | undefined,
): Promise<Array<[Planned, string]>> {
  const out: Array<[Planned, string]> = [];
  const stored = new Map<string, Planned>();
  for (const item of missing) {
    if (item.refUrl !== undefined) out.push([item, item.refUrl]);
    else stored.set(item.entry.path, item);
  }
  if (stored.size === 0) return out;
  const names = stored.size <= BY_NAME_LIMIT && stored.size < total ? [...stored.keys()] : null;
  for await (const page of fileUrlPages(ctx, artifact, names, signal, timeout)) {
    for (const [name, url] of page) {
      const item = stored.get(name);
      if (!item) continue;
      stored.delete(name);
      out.push([item, url]);
    }
  }
  if (stored.size > 0) {
    const first = stored.keys().next().value as string;
    throw new ServerError(
      `W&B listed no download URL for ${stored.size} file(s) of ${artifact.qualifiedName} that its manifest has, such as ${JSON.stringify(first)}; nothing was fetched`,
    );
  }
  // Largest first, so the long transfers start early and small files fill the gaps around them.
  return out.sort((a, b) => (b[0].expect.size ?? 0) - (a[0].expect.size ?? 0));
}

/** The records folder a download uses: the option, else the default; `null` for none. */
async function cacheDirOf(value: string | null | undefined): Promise<string | undefined> {
  if (value === null) return undefined;
  if (value === undefined) return defaultCacheDir();
  if (typeof value !== 'string' || !value)
    throw new InvalidArgumentError('cacheDir', `cacheDir must be a folder or null, got ${describeValue(value)}`);
  const path = await import('node:path');
  return path.resolve(value);
}

/** The artifact's files into `root`: see `Artifact.download`. */
export async function downloadArtifact(ctx: SdkContext, artifact: Artifact, options: ArtifactDownloadOptions = {}): Promise<string> {
  const concurrency = checkConcurrency(options.concurrency);
  if (options.pathPrefix !== undefined && typeof options.pathPrefix !== 'string')
    throw new InvalidArgumentError('pathPrefix', 'pathPrefix must be a string');
  const cacheDir = await cacheDirOf(options.cacheDir);
  const { signal, timeout } = options;
  const path = await import('node:path');
  const root = path.resolve(options.root ?? artifact.defaultRoot());
  const rootExists = await checkRoot(root);
  const manifest = await artifact.manifest({ ...(signal ? { signal } : {}), ...(timeout !== undefined ? { timeout } : {}) });
  const planned = plan(path, root, manifest.entries.values(), options);

  let reportError: unknown;
  const abortOnReportError = new AbortController();
  const progress = new Progress(
    planned.length,
    planned.reduce((sum, p) => sum + (p.expect.size ?? 0), 0),
    options.onProgress,
    (error) => {
      reportError ??= error;
      abortOnReportError.abort(error);
    },
  );
  const combined = signal ? AbortSignal.any([signal, abortOnReportError.signal]) : abortOnReportError.signal;
  const rethrow = (error: unknown): never => {
    if (reportError !== undefined && !signal?.aborted) throw reportError;
    throw error;
  };

  const records = await VerifiedFiles.load(cacheDir, root);
  try {
    // Files already there and verified are not fetched again. A folder that did not exist holds none.
    const found = new Set<Planned>();
    if (rootExists) {
      for (const item of await alreadyThere(planned, records, concurrency, combined).catch(rethrow)) {
        found.add(item);
        progress.done(item.entry.path, item.expect.size ?? 0);
      }
    }
    const missing = planned.filter((item) => !found.has(item));
    if (missing.length === 0) return root;

    // Every URL is known before anything is written, so a listing that lacks a file the manifest
    // has fails with nothing written.
    const work = await resolveUrls(ctx, artifact, missing, planned.length, combined, timeout).catch(rethrow);
    await makeFolders(path, root, missing);
    const fc: FetchContext = { ctx, artifact, manifest, progress, timeout, records };
    await pool(work, concurrency, combined, ([item, url], itemSignal) => downloadOne(fc, item, url, itemSignal)).catch(rethrow);
    return root;
  } finally {
    await records.save();
  }
}

/** One manifest entry into `root`: see `ArtifactManifestEntry.download`. */
export async function downloadEntry(
  ctx: SdkContext,
  artifact: Artifact,
  entry: ArtifactManifestEntry,
  options: EntryDownloadOptions = {},
): Promise<string> {
  const cacheDir = await cacheDirOf(options.cacheDir);
  const { signal, timeout } = options;
  const path = await import('node:path');
  const root = path.resolve(options.root ?? artifact.defaultRoot());
  await checkRoot(root);
  const manifest = await artifact.manifest({ ...(signal ? { signal } : {}), ...(timeout !== undefined ? { timeout } : {}) });
  const [item] = plan(path, root, [entry], {});
  if (!item) throw new NotFoundError(`${entry.path} is not a file of ${artifact.qualifiedName}`);
  const records = await VerifiedFiles.load(cacheDir, root);
  try {
    if ((await alreadyThere([item], records, 1, signal)).size) return item.dest;
    await makeFolders(path, root, [item]);
    const progress = new Progress(1, item.expect.size ?? 0, undefined, () => undefined);
    const fc: FetchContext = { ctx, artifact, manifest, progress, timeout, records };
    let url = item.refUrl;
    if (url === undefined) {
      for await (const page of fileUrlPages(ctx, artifact, [entry.path], signal ?? new AbortController().signal, timeout)) {
        url = page.find(([name]) => name === entry.path)?.[1] ?? url;
      }
    }
    if (url === undefined) throw new ServerError(`W&B listed no download URL for ${entry.path} of ${artifact.qualifiedName}`);
    await pool([item], 1, signal, (planned, itemSignal) => downloadOne(fc, planned, url as string, itemSignal));
    return item.dest;
  } finally {
    await records.save();
  }
}

async function walk(dir: string, prefix: string, out: string[]): Promise<void> {
  const { readdir } = await import('node:fs/promises');
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(`${dir}/${entry.name}`, rel, out);
    else out.push(rel);
  }
}

/** Checks `root` against the manifest: see `Artifact.verify`. */
export async function verifyArtifact(artifact: Artifact, options: ArtifactVerifyOptions = {}): Promise<void> {
  const { signal, timeout } = options;
  const path = await import('node:path');
  const root = path.resolve(options.root ?? artifact.defaultRoot());
  if (!(await checkRoot(root))) throw new InvalidArgumentError('root', `${root} does not exist`);
  const manifest = await artifact.manifest({ ...(signal ? { signal } : {}), ...(timeout !== undefined ? { timeout } : {}) });
  const problems: string[] = [];
  const onDisk: string[] = [];
  await walk(root, '', onDisk);
  for (const file of onDisk) if (!manifest.entries.has(file)) problems.push(`${file} is not a file of the artifact`);
  const stored = [...manifest.entries.values()].filter((e) => !e.isReference);
  await pool(stored, DEFAULT_CONCURRENCY, signal, async (entry) => {
    const digest = await fileDigest(destination(path, root, entry.path));
    if (!digest) problems.push(`${entry.path} is missing`);
    else if (entry.size !== undefined && digest.size !== entry.size) problems.push(`${entry.path} has ${digest.size} bytes, expected ${entry.size}`);
    else if (digest.md5 !== md5Base64(entry.digest)) problems.push(`${entry.path} has MD5 ${digest.md5}, expected ${entry.digest}`);
  });
  if (signal?.aborted) throw abortErrorFrom(signal);
  if (problems.length) {
    problems.sort();
    const shown = problems.slice(0, 10).join('; ');
    const more = problems.length > 10 ? `; and ${problems.length - 10} more` : '';
    throw new IntegrityError(`${root} does not match artifact ${artifact.qualifiedName}: ${shown}${more}`);
  }
}
