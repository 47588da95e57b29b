import { AbortError } from './errors';
import { onAbort } from './abort';

/** Statuses worth another attempt: the server may answer differently next time. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Seconds the server asked to wait, from `Retry-After` (seconds or an HTTP date) or, when the
 * `RateLimit-Remaining` header says the quota is used up, from `RateLimit-Reset`.
 */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, (date - now) / 1000);
  }
  return quotaResetSeconds(headers);
}

/**
 * Seconds until the server's request quota refills, when its `RateLimit-Remaining` header says
 * the quota is used up (on any answer, successful or not); else `undefined`.
 */
export function quotaResetSeconds(headers: Headers): number | undefined {
  const remaining = headers.get('ratelimit-remaining')?.trim();
  const reset = headers.get('ratelimit-reset')?.trim();
  if (remaining !== undefined && remaining !== '' && Number(remaining) <= 0 && reset && /^\d+(\.\d+)?$/.test(reset)) {
    return Number(reset);
  }
  return undefined;
}

/** Exponential back-off with jitter: attempt 0 waits 250–500 ms, doubling up to `maxMs`. */
export function backoffDelay(attempt: number, { baseMs = 500, maxMs = 30_000, random = Math.random } = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}

/** The reason an aborted signal carries, as the SDK's {@link AbortError}. */
export function abortErrorFrom(signal: AbortSignal, operation?: string): AbortError {
  const reason: unknown = signal.reason;
  return new AbortError(`${operation ? `${operation}: ` : ''}the call was aborted`, {
    cause: reason,
    ...(operation ? { operation } : {}),
  });
}

/** The longest delay timers take (about 24.8 days); longer ones would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A delay for `setTimeout`: longer waits are capped, since timers fire at once past {@link MAX_TIMER_MS}. */
export function timerDelay(ms: number): number {
  return Math.min(Math.max(0, ms), MAX_TIMER_MS);
}

/** Waits `ms`, or rejects with an {@link AbortError} as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortErrorFrom(signal));
    const timer = setTimeout(() => {
      stopWatching();
      resolve();
    }, timerDelay(ms));
    const stopWatching = onAbort(signal, () => {
      clearTimeout(timer);
      reject(abortErrorFrom(signal as AbortSignal));
    });
  });
}
