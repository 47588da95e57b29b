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
import { FileCallError, fileSink, type FileSink } from './fileWriter';
import { readerOf } from './nodeHttp';

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

/** An exception thrown by the caller's `onProgress`: passed on as it is, never retried. */
class CallbackFailure {
  constructor(readonly error: unknown) {}
}

/** A random suffix for the temporary file (a short name instead when the suffix would pass 255 bytes); unique enough beside one destination. */
function tempName(dest: string): string {
  return temporaryName(dest, Math.random().toString(36).slice(2, 10));
}

/**
 * Streams `url` into `dest` (whose folder exists): the body is hashed as it arrives and written
 * to a temporary file beside `dest`, which replaces `dest` only once size and MD5 match. On any
 * failure nothing is left behind. A body cut off mid-way is fetched again, as many times as the
 * transport retries.
 */
export async function fetchFile(transport: Transport, url: string, dest: string, options: FetchFileOptions): Promise<FetchedFile> {
  const { signal, expect, operation, onProgress } = options;
  const idleMs = options.timeout ?? transport.settings.timeout;
  const wantMd5 = expect.md5 === undefined ? undefined : md5Base64(expect.md5);
  for (let attempt = 0; ; attempt++) {
    if (signal.aborted) throw abortErrorFrom(signal, operation);
    const temp = tempName(dest);
    let sink: FileSink | undefined;
    let stalled: TimeoutError | undefined;
    let idle: ReturnType<typeof setTimeout> | undefined;
    try {
      const [response, opened] = await Promise.all([
        transport.request(url, { signal, ...(options.timeout !== undefined ? { timeout: options.timeout } : {}) }, operation),
        fileSink(temp, dest, expect.size),
      ]);
      sink = opened;
      const reader = readerOf(response);
      if (!reader) throw new NetworkError(`${operation}: the answer has no body`, { operation });
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
      try {
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
          const wait = sink.append(value);
          if (wait) await wait;
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
      const result = await sink.finish(wantMd5);
      if ('mismatch' in result) {
        sink = undefined;
        throw new IntegrityError(`${operation}: MD5 ${result.mismatch} does not match the expected ${wantMd5 as string}`, { operation });
      }
      return { size, md5: result.md5, mtimeNs: result.mtimeNs, ino: result.ino };
    } catch (error) {
      clearTimeout(idle);
      await sink?.abandon();
      if (error instanceof CallbackFailure) throw error.error;
      if (signal.aborted) throw error instanceof AbortError ? error : abortErrorFrom(signal, operation);
      if (stalled) throw stalled;
      // A full disk or a size limit fails the same way however often the bytes are fetched.
      if (error instanceof FileCallError) throw cannotWrite(dest, temp, error.errno, error.stage, operation);
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
