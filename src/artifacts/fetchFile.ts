/**
 * One artifact file from a URL into place: hashed while it streams, written in few large writes,
 * checked, then renamed over its destination. The artifact download calls it for each file once
 * every folder is made and checked, so nothing here touches folders.
 */
import type { FileHandle } from 'node:fs/promises';
import type { DownloadExpectation } from '../client/download';
import { md5Base64 } from '../client/download';
import { AbortError, IntegrityError, InvalidArgumentError, NetworkError, TimeoutError, WandbError } from '../client/errors';
import { onAbort } from '../client/abort';
import { abortErrorFrom, timerDelay } from '../client/retry';
import type { Transport } from '../client/transport';

/** Files up to this size are held whole and written with one call, once their checksum is right. */
const WHOLE_LIMIT = 1 << 20;
/** Larger files are written in batches of about this many bytes, one write in flight while more arrive. */
const BATCH_BYTES = 4 << 20;

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

type Node = [typeof import('node:crypto'), typeof import('node:fs/promises')];
let nodeModules: Promise<Node> | undefined;

/** Node's modules, loaded on first use: importing the package stays free of them. */
function node(): Promise<Node> {
  return (nodeModules ??= Promise.all([import('node:crypto'), import('node:fs/promises')]));
}

/** An exception thrown by the caller's `onProgress`: passed on as it is, never retried. */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

/** A random suffix for the temporary file; unique enough beside one destination. */
function tempName(dest: string): string {
  return `${dest}.${Math.random().toString(36).slice(2, 10)}.part`;
}

async function writeAll(file: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  let pending = chunks;
  while (pending.length) {
    let { bytesWritten } = await file.writev(pending as Uint8Array[]);
    // A short write leaves the rest of the batch, the first chunk maybe in part.
    let i = 0;
    while (i < pending.length && bytesWritten >= (pending[i] as Uint8Array).length) bytesWritten -= (pending[i++] as Uint8Array).length;
    const rest = pending.slice(i);
    if (rest.length && bytesWritten > 0) rest[0] = (rest[0] as Uint8Array).subarray(bytesWritten);
    pending = rest;
  }
}

/**
 * Streams `url` into `dest` (whose folder exists): the body is hashed as it arrives and written
 * to a temporary file beside `dest`, which replaces `dest` only once size and MD5 match. On any
 * failure nothing is left behind. A body cut off mid-way is fetched again, as many times as the
 * transport retries.
 */
export async function fetchFile(transport: Transport, url: string, dest: string, options: FetchFileOptions): Promise<FetchedFile> {
  const [{ createHash }, { open, rename, rm }] = await node();
  const { signal, expect, operation, onProgress } = options;
  const idleMs = options.timeout ?? transport.settings.timeout;
  const wantMd5 = expect.md5 === undefined ? undefined : md5Base64(expect.md5);
  for (let attempt = 0; ; attempt++) {
    if (signal.aborted) throw abortErrorFrom(signal, operation);
    const temp = tempName(dest);
    let file: FileHandle | undefined;
    let stalled: TimeoutError | undefined;
    let idle: ReturnType<typeof setTimeout> | undefined;
    let writing: Promise<void> = Promise.resolve();
    try {
      const response = await transport.request(url, { signal, ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) }, operation);
      if (!response.body) throw new NetworkError(`${operation}: the answer has no body`, { operation });
      const reader = response.body.getReader();
      const hash = createHash('md5');
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
      // Small files are held whole and written once; larger ones go out in batches, the next
      // batch filling while the last is written.
      const whole = expect.size !== undefined && expect.size <= WHOLE_LIMIT;
      let batch: Uint8Array[] = [];
      let batchBytes = 0;
      const openFile = async () => {
        try {
          file = await open(temp, 'wx');
        } catch (error) {
          throw new InvalidArgumentError('root', `Cannot write ${temp}: ${(error as Error).message}`, { cause: error });
        }
      };
      try {
        if (!whole) await openFile();
        for (;;) {
          const { done, value } = await reader.read();
          if (stalled) throw stalled;
          if (done) {
            complete = true;
            break;
          }
          lastData = Date.now();
          hash.update(value);
          size += value.length;
          // A body longer than announced is refused as soon as it overflows, not at the end.
          if (expect.size !== undefined && size > expect.size) {
            throw new IntegrityError(`${operation}: got more than the expected ${expect.size} bytes`, { operation });
          }
          batch.push(value);
          batchBytes += value.length;
          if (!whole && batchBytes >= BATCH_BYTES) {
            const out = batch;
            batch = [];
            batchBytes = 0;
            await writing;
            writing = writeAll(file as FileHandle, out);
            // Failures surface at the next await of `writing`; until then keep it from being unhandled.
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
      const md5 = hash.digest('base64');
      if (expect.size !== undefined && size !== expect.size) {
        throw new IntegrityError(`${operation}: got ${size} bytes, expected ${expect.size}`, { operation });
      }
      if (wantMd5 !== undefined && md5 !== wantMd5) {
        throw new IntegrityError(`${operation}: MD5 ${md5} does not match the expected ${wantMd5}`, { operation });
      }
      if (!file) await openFile();
      await writing;
      await writeAll(file as unknown as FileHandle, batch);
      const info = await (file as unknown as FileHandle).stat({ bigint: true });
      await (file as unknown as FileHandle).close();
      file = undefined;
      await rename(temp, dest);
      return { size, md5, mtimeNs: info.mtimeNs, ino: info.ino };
    } catch (error) {
      clearTimeout(idle);
      await writing.catch(() => undefined);
      if (file) await file.close().catch(() => undefined);
      await rm(temp, { force: true }).catch(() => undefined);
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
