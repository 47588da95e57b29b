import { NetworkError, ResponseTooLargeError, TimeoutError, WandbError } from './errors';
import { abortErrorFrom, timerDelay } from './retry';
import { onAbort } from './abort';
import { describeNetworkFailure } from './networkFailure';
import { discardBody, joinChunks, readerOf } from './nodeHttp';

/**
 * Reading an answer's body within bounds. Once the headers are in, `fetch` has nothing more to
 * say about time: a server that stalls after them would hold a read for as long as the runtime's
 * own body timeout (minutes), and a connection cut mid-body surfaces as a bare `TypeError`. Every
 * body the SDK reads goes through here, so it ends by the call's deadline, on the call's signal,
 * at a size cap when there is one, and always in a {@link WandbError} subclass.
 */

/** The bounds of one body read. */
export interface BodyBounds {
  /** Name of the call, for errors. */
  readonly operation: string;
  /** Epoch milliseconds by which the whole body must have arrived. */
  readonly deadline?: number;
  /** Longest wait for the next chunk, in milliseconds (for long transfers that must keep moving). */
  readonly idleMs?: number;
  /** Cancels the read; it then rejects with an `AbortError`. */
  readonly signal?: AbortSignal | undefined;
  /** Most bytes to read: past it the read stops with a {@link ResponseTooLargeError}. */
  readonly maxBytes?: number;
  /** Removes the API key from text quoted in errors. */
  readonly scrub?: (text: string) => string;
}

/** Reads one body chunk by chunk, each read bounded as {@link BodyBounds} says. */
export interface BodyReader {
  /** The next chunk, or `undefined` at the end of the body. */
  read(): Promise<Uint8Array | undefined>;
  /** Bytes read so far. */
  readonly bytesRead: number;
  /** Stops reading and lets the connection go (never waits: some streams never settle a cancel). */
  cancel(reason?: unknown): void;
}

/** The error for a body whose size is known up front to pass the cap. */
function tooLarge(bounds: BodyBounds, size: number | undefined): ResponseTooLargeError {
  const max = bounds.maxBytes as number;
  const seen = size === undefined ? `more than ${max} bytes` : `${size} bytes`;
  return new ResponseTooLargeError(`${bounds.operation}: the answer has ${seen}, over the limit of ${max} (raise maxResponseBytes to accept it)`, {
    operation: bounds.operation,
    limit: max,
  });
}

/**
 * A {@link BodyReader} over a response's body. A body with no stream reads as empty. A declared
 * `Content-Length` over `maxBytes` fails at once, before a byte is read.
 */
export function bodyReader(response: Response, bounds: BodyBounds): BodyReader {
  const { operation, signal, maxBytes, idleMs } = bounds;
  const scrub = bounds.scrub ?? ((text: string) => text);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (maxBytes !== undefined && Number.isFinite(declared) && declared > maxBytes) {
    const error = tooLarge(bounds, declared);
    discardBody(response, error);
    return {
      read: () => Promise.reject(error),
      bytesRead: 0,
      cancel: () => undefined,
    };
  }
  const reader = readerOf(response);
  let finished = false;
  let bytesRead = 0;
  const letGo = (reason?: unknown) => {
    if (finished) return;
    finished = true;
    void reader?.cancel(reason).catch(() => undefined);
  };

  const read = async (): Promise<Uint8Array | undefined> => {
    if (!reader || finished) return undefined;
    if (signal?.aborted) {
      letGo(signal.reason);
      throw abortErrorFrom(signal, operation);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopWatching = () => undefined as void;
    const stop = new Promise<never>((_, reject) => {
      // The deadline is read afresh each time: a call shared by several callers may have it moved later.
      const arm = () => {
        const { deadline } = bounds;
        const left = deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
        const byDeadline = left <= (idleMs ?? Number.POSITIVE_INFINITY);
        const wait = Math.min(idleMs ?? Number.POSITIVE_INFINITY, left);
        if (!Number.isFinite(wait)) return;
        timer = setTimeout(() => {
          if (byDeadline && bounds.deadline !== deadline && (bounds.deadline ?? 0) > Date.now()) return arm();
          reject(
            new TimeoutError(
              byDeadline
                ? `${operation}: the answer's body did not arrive within the call's deadline (${bytesRead} bytes had)`
                : `${operation}: no data arrived for ${idleMs} ms (after ${bytesRead} bytes)`,
              { operation },
            ),
          );
        }, timerDelay(wait));
      };
      arm();
      stopWatching = onAbort(signal, () => reject(abortErrorFrom(signal as AbortSignal, operation)));
    });
    const next = reader.read();
    try {
      const { done, value } = await Promise.race([next, stop]);
      if (done) {
        finished = true;
        return undefined;
      }
      bytesRead += value.byteLength;
      // A declared length under the cap was not the decoded size (a compressed body) or was wrong.
      if (maxBytes !== undefined && bytesRead > maxBytes) throw tooLarge(bounds, declared > maxBytes ? declared : undefined);
      return value;
    } catch (error) {
      // The read still pending (after a time-out or an abort) must not surface as unhandled.
      next.catch(() => undefined);
      letGo(error);
      if (error instanceof WandbError) throw error;
      if (signal?.aborted) throw abortErrorFrom(signal, operation);
      throw new NetworkError(`${operation}: the answer was cut off after ${bytesRead} bytes: ${scrub(describeNetworkFailure(error))}`, {
        cause: error,
        operation,
      });
    } finally {
      clearTimeout(timer);
      stopWatching();
    }
  };

  return {
    read,
    get bytesRead() {
      return bytesRead;
    },
    cancel: letGo,
  };
}

/** The whole body as bytes, within the bounds. */
export async function readBytes(response: Response, bounds: BodyBounds): Promise<Uint8Array> {
  const reader = bodyReader(response, bounds);
  const chunks: Uint8Array[] = [];
  for (let chunk = await reader.read(); chunk; chunk = await reader.read()) chunks.push(chunk);
  return joinChunks(chunks);
}
