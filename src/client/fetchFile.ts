/**
 * One file from a URL into place: hashed while it streams, written in few large writes, checked,
 * then renamed over its destination. Every download to disk ends here (artifact files, run files,
 * history exports); callers make and check the folder first, so nothing here touches folders.
 */
import type { DownloadExpectation } from './download';
import { cannotWrite, md5Base64, temporaryName } from './download';
import { AbortError, IntegrityError, NetworkError, TimeoutError, WandbError } from './errors';
import { onAbort } from './abort';
import { abortErrorFrom, timerDelay } from './retry';
import type { Transport } from './transport';
import { WorkerMd5 } from './md5Worker';

/** Files up to this size are held whole and written with one call, once their checksum is right. */
const WHOLE_LIMIT = 1 << 20;
/** Files from this size on are hashed in a worker thread while they stream. */
const WORKER_MIN_BYTES = 8 << 20;
/** Larger files are written in batches of about this many bytes, one write in flight while more arrive. */
const BATCH_BYTES = 1 << 20;

/** What {@link fetchFile} wrote: the facts the verified-file records keep. */
export interface FetchedFile {
  readonly size: number;
  /** Base64 MD5 of what was written. */
  readonly md5: string;
  /** Modification time in nanoseconds, as `stat` gives it. */
  readonly mtimeNs: bigint;
  readonly ino: bigint;
}

/** Options of {@link fetchFile}. */
export interface FetchFileOptions {
  readonly expect: DownloadExpectation;
  readonly signal: AbortSignal;
  /** Bounds the wait for an answer and every wait for more bytes. */
  readonly timeout: number | undefined;
  readonly operation: string;
  readonly onProgress?: ((bytesSoFar: number) => void) | undefined;
}

/** File calls on plain descriptors: cheaper than `fs/promises` file handles, which are many here. */
interface Fs {
  createHash: typeof import('node:crypto').createHash;
  open(path: string, flags: string): Promise<number>;
  writev(fd: number, chunks: readonly Uint8Array[]): Promise<number>;
  fstat(fd: number): Promise<import('node:fs').BigIntStats>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
}
let nodeModules: Promise<Fs> | undefined;

/** Node's modules, loaded on first use: importing the package stays free of them. */
function node(): Promise<Fs> {
  return (nodeModules ??= Promise.all([import('node:crypto'), import('node:fs')]).then(([crypto, fs]) => {
    const call =
      <T>(fn: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void) =>
      () =>
        new Promise<T>((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value))));
    return {
      createHash: crypto.createHash,
      open: (path, flags) => call<number>((done) => fs.open(path, flags, 0o666, done))(),
      writev: (fd, chunks) => call<number>((done) => fs.writev(fd, chunks as NodeJS.ArrayBufferView[], done))(),
      fstat: (fd) => call<import('node:fs').BigIntStats>((done) => fs.fstat(fd, { bigint: true }, done))(),
      close: (fd) => call<void>((done) => fs.close(fd, (error) => done(error, undefined)))(),
      rename: (from, to) => call<void>((done) => fs.rename(from, to, (error) => done(error, undefined)))(),
      rm: (path) => call<void>((done) => fs.rm(path, { force: true }, (error) => done(error, undefined)))(),
    };
  }));
}

/** An exception thrown by the caller's `onProgress`: passed on as it is, never retried. */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

/** A random suffix for the temporary file (a short name instead when the suffix would pass 255 bytes); unique enough beside one destination. */
function tempName(dest: string): string {
  return temporaryName(dest, Math.random().toString(36).slice(2, 10));
}

async function writeAll(fs: Fs, fd: number, chunks: readonly Uint8Array[]): Promise<void> {
  let pending = chunks;
  while (pending.length) {
    let bytesWritten = await fs.writev(fd, pending);
    // A short write leaves the rest of the batch, the first chunk maybe in part.
    let i = 0;
    while (i < pending.length && bytesWritten >= (pending[i] as Uint8Array).length) bytesWritten -= (pending[i++] as Uint8Array).length;
    const rest = pending.slice(i);
    if (rest.length && bytesWritten > 0) rest[0] = (rest[0] as Uint8Array).subarray(bytesWritten);
    pending = rest;
  }
}

/**
 * The MD5 of a download: on this thread chunk by chunk for small files, or, for large ones, in the
 * worker, which reads back each batch once it is written.
 */
interface Md5 {
  /** Whether the worker hashes what is written, rather than `update` what arrives. */
  readonly fromFile: boolean;
  update(chunk: Uint8Array): void;
  written(path: string, from: number, to: number): void;
  digest(): Promise<string>;
  drop(): void;
}

async function md5For(fs: Fs, size: number | undefined): Promise<Md5> {
  if (size !== undefined && size >= WORKER_MIN_BYTES) {
    const worker = await WorkerMd5.create();
    return {
      fromFile: true,
      update: () => undefined,
      written: (path, from, to) => worker.written(path, from, to),
      digest: () => worker.digest(),
      drop: () => worker.drop(),
    };
  }
  const hash = fs.createHash('md5');
  return {
    fromFile: false,
    update: (chunk) => void hash.update(chunk),
    written: () => undefined,
    digest: () => Promise.resolve(hash.digest('base64')),
    drop: () => undefined,
  };
}

/**
 * Streams `url` into `dest` (whose folder exists): the body is hashed as it arrives and written
 * to a temporary file beside `dest`, which replaces `dest` only once size and MD5 match. On any
 * failure nothing is left behind. A body cut off mid-way is fetched again, as many times as the
 * transport retries.
 */
export async function fetchFile(transport: Transport, url: string, dest: string, options: FetchFileOptions): Promise<FetchedFile> {
  const fs = await node();
  const { signal, expect, operation, onProgress } = options;
  const idleMs = options.timeout ?? transport.settings.timeout;
  const wantMd5 = expect.md5 === undefined ? undefined : md5Base64(expect.md5);
  // Small files are held whole and written once their checksum is right; larger ones go out in
  // batches, the next filling while the last is written.
  const whole = expect.size !== undefined && expect.size <= WHOLE_LIMIT;
  for (let attempt = 0; ; attempt++) {
    if (signal.aborted) throw abortErrorFrom(signal, operation);
    const temp = tempName(dest);
    let fd: number | undefined;
    let hash: Md5 | undefined;
    let stalled: TimeoutError | undefined;
    let idle: ReturnType<typeof setTimeout> | undefined;
    let writing: Promise<void> = Promise.resolve();
    const openTemp = async (): Promise<number> => {
      try {
        return (fd = await fs.open(temp, 'wx'));
      } catch (error) {
        throw cannotWrite(dest, temp, error);
      }
    };
    try {
      hash = await md5For(fs, expect.size);
      const response = await transport.request(url, { signal, ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) }, operation);
      if (!response.body) throw new NetworkError(`${operation}: the answer has no body`, { operation });
      const reader = response.body.getReader();
      let size = 0;
      let complete = false;
      // One timer per file, not one per chunk: it looks at when the last bytes came and waits
      // again for the rest of the span, so a busy stream costs a time stamp per chunk.
      let lastData = Date.now();
      const watch = (delay: number) => {
        idle = setTimeout(() => {
          const quiet = Date.now() - lastData;
          if (quiet < idleMs) return watch(idleMs - quiet);
          stalled = new TimeoutError(`${operation}: no data arrived for ${idleMs} ms`, { operation });
          void reader.cancel(stalled).catch(() => undefined);
        }, timerDelay(delay));
      };
      watch(idleMs);
      const stopWatching = onAbort(signal, () => void reader.cancel(signal.reason).catch(() => undefined));
      let batch: Uint8Array[] = [];
      let batchBytes = 0;
      const hasher = hash;
      let flushed = 0;
      const flush = (): [Uint8Array[], number, number] => {
        const out: [Uint8Array[], number, number] = [batch, flushed, flushed + batchBytes];
        flushed += batchBytes;
        batch = [];
        batchBytes = 0;
        return out;
      };
      // Batches are written one after another, so the worker hashes them in order.
      const write = ([chunks, from, to]: [Uint8Array[], number, number]) =>
        writeAll(fs, fd as number, chunks).then(() => hasher.written(temp, from, to));
      try {
        if (!whole) await openTemp();
        for (;;) {
          const { done, value } = await reader.read();
          if (stalled) throw stalled;
          if (done) {
            complete = true;
            break;
          }
          lastData = Date.now();
          size += value.length;
          // A body longer than announced is refused as soon as it overflows, not at the end.
          if (expect.size !== undefined && size > expect.size) {
            throw new IntegrityError(`${operation}: got more than the expected ${expect.size} bytes`, { operation });
          }
          hash.update(value);
          batch.push(value);
          batchBytes += value.length;
          if (!whole && batchBytes >= BATCH_BYTES) {
            const out = flush();
            await writing;
            writing = write(out);
            // A failure surfaces at the next await of `writing`; until then it is not unhandled.
            writing.catch(() => undefined);
          }
          if (onProgress) {
            try {
              onProgress(size);
            } catch (error) {
              throw new CallbackFailure(error);
            }
          }
        }
      } finally {
        clearTimeout(idle);
        stopWatching();
        if (!complete) void reader.cancel().catch(() => undefined);
      }
      if (signal.aborted) throw abortErrorFrom(signal, operation);
      if (expect.size !== undefined && size !== expect.size) {
        throw new IntegrityError(`${operation}: got ${size} bytes, expected ${expect.size}`, { operation });
      }
      const check = async (): Promise<string> => {
        const md5 = await hasher.digest();
        hash = undefined;
        if (wantMd5 !== undefined && md5 !== wantMd5) {
          throw new IntegrityError(`${operation}: MD5 ${md5} does not match the expected ${wantMd5}`, { operation });
        }
        return md5;
      };
      // Hashed here, a file is checked before anything more is written; hashed in the worker,
      // once its last batch is written.
      let md5 = hasher.fromFile ? undefined : await check();
      const out = fd ?? (await openTemp());
      await writing;
      const last = flush();
      if (last[0].length) await write(last);
      md5 ??= await check();
      const info = await fs.fstat(out);
      fd = undefined;
      await fs.close(out);
      await fs.rename(temp, dest);
      return { size, md5, mtimeNs: info.mtimeNs, ino: info.ino };
    } catch (error) {
      clearTimeout(idle);
      hash?.drop();
      await writing.catch(() => undefined);
      if (fd !== undefined) await fs.close(fd).catch(() => undefined);
      await fs.rm(temp).catch(() => undefined);
      if (error instanceof CallbackFailure) throw error.error;
      if (signal.aborted) throw error instanceof AbortError ? error : abortErrorFrom(signal, operation);
      if (stalled) throw stalled;
      if (error instanceof WandbError) throw error;
      // The body broke off after the answer began: a network failure worth another attempt.
      if (attempt >= transport.settings.retries) {
        throw transport.http.redact(
          new NetworkError(`${operation}: the download broke off: ${(error as Error).message}`, { cause: error, operation }),
        );
      }
    }
  }
}
