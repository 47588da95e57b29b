import { AbortError } from './errors';
import { onAbort } from './abort';

/** Statuses worth another attempt: the server may answer differently next time. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** `Sun, 06 Nov 1994 08:49:37 GMT`, the form servers send. */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
/** `Sunday, 06-Nov-94 08:49:37 GMT`, obsolete but still to be accepted. */
const RFC850_DATE = new RegExp(`^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
/** `Sun Nov  6 08:49:37 1994`, C's asctime(), in GMT. */
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/**
 * An HTTP-date (RFC 9110, section 5.6.7) as epoch milliseconds, or `undefined` for anything else:
 * a lenient date parser would read `soon 12`, `-1` or `foo 2099` as dates.
 */
export function parseHttpDate(text: string): number | undefined {
  let parts: [day: string, month: string, year: string, h: string, m: string, s: string] | undefined;
  let match = IMF_FIXDATE.exec(text);
  if (match) parts = [match[1], match[2], match[3], match[4], match[5], match[6]] as typeof parts;
  else if ((match = RFC850_DATE.exec(text))) {
    // Two-digit years more than 50 years ahead are in the past century (RFC 9110).
    const yy = Number(match[3]);
    const century = Math.floor(new Date().getUTCFullYear() / 100) * 100;
    const year = century + yy > new Date().getUTCFullYear() + 50 ? century - 100 + yy : century + yy;
    parts = [match[1], match[2], String(year), match[4], match[5], match[6]] as typeof parts;
  } else if ((match = ASCTIME_DATE.exec(text))) parts = [match[2], match[1], match[6], match[3], match[4], match[5]] as typeof parts;
  if (!parts) return undefined;
  const [day, month, year, h, m, s] = parts;
  const [d, hour, minute, second] = [Number(day.trim()), Number(h), Number(m), Number(s)];
  if (d < 1 || d > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(Number(year), MONTHS.indexOf(month), d, hour, minute, Math.min(second, 59));
  // 31 Feb rolls over into March: not a real date.
  return new Date(time).getUTCDate() === d ? time : undefined;
}

/**
 * Seconds the server asked to wait, from `Retry-After` (delay-seconds or an HTTP-date; anything
 * else is ignored, so the normal back-off applies) or, when the `RateLimit-Remaining` header says
 * the quota is used up, from `RateLimit-Reset`.
 */
export function retryAfterSeconds(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    // Whole seconds as the RFC has them, and the fractions some servers (and the fake) send.
    if (/^\d{1,12}(\.\d{1,6})?$/.test(retryAfter)) return Number(retryAfter);
    const date = parseHttpDate(retryAfter);
    if (date !== undefined) return Math.max(0, (date - now) / 1000);
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
