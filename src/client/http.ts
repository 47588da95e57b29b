import {
  AbortError,
  AuthenticationError,
  GraphQLResponseError,
  HttpError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  WandbError,
  type GraphQLErrorInfo,
} from './errors';
import { Limiter } from './limiter';
import { readBytes } from './body';
import { describeNetworkFailure, errorCode } from './networkFailure';
import { discardBody, isNodeFetch, WireHeaders, WireResponse } from './nodeHttp';
import { onAbort } from './abort';
import { redactError, redactText, secretForms } from './redact';
import { abortErrorFrom, backoffDelay, quotaResetSeconds, RETRYABLE_STATUSES, retryAfterSeconds, sleep, timerDelay } from './retry';
import type { ResolvedSettings } from './settings';
import { SDK_VERSION } from '../version';

/** The User-Agent W&B requests carry unless the `headers` setting gives one. */
export const DEFAULT_USER_AGENT = `wandb-api/${SDK_VERSION}`;

/** What the transport knows about one call; it rides along in the fetch `init`. */
export interface CallInfo {
  /** Operation name (GraphQL) or `METHOD path` (plain HTTP), for errors and logs. */
  readonly operation: string;
  /** Whether sending the request twice is harmless (queries and GETs are; mutations are not). */
  readonly idempotent: boolean;
  /** Epoch milliseconds after which no retry starts. */
  readonly deadline: number;
  /** GraphQL answers are read in full and checked to be JSON objects before urql parses them. */
  readonly graphql?: boolean;
}

/** `RequestInit` plus the call's {@link CallInfo}. */
export type WandbRequestInit = RequestInit & { wandb?: CallInfo };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
const CONNECTION_REFUSED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Replaces every occurrence of `secret` (and its encoded forms) in `text`. */
export function scrub(text: string, secret: string | undefined): string {
  return redactText(text, secretForms(secret));
}

/** A connection that was never made cannot have changed anything on the server. */
function neverReachedServer(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && CONNECTION_REFUSED.has(code);
}

/** What an error body says: the most useful line, and the GraphQL errors when it has them. */
export interface ErrorBody {
  message?: string;
  graphQLErrors?: GraphQLErrorInfo[];
}

/** Reads an error body: a GraphQL or JSON error message, else a title or short plain text. */
function parseErrorBody(text: string): ErrorBody {
  const trimmed = text.trim();
  if (!trimmed) return {};
  try {
    const body = JSON.parse(trimmed) as { errors?: unknown; error?: unknown; message?: unknown };
    if (Array.isArray(body.errors)) {
      const graphQLErrors = body.errors
        .filter((e): e is GraphQLErrorInfo => typeof (e as { message?: unknown } | null)?.message === 'string')
        .map((e) => ({ message: e.message, ...(Array.isArray(e.path) ? { path: e.path } : {}) }));
      if (graphQLErrors.length) return { message: graphQLErrors.map((e) => e.message).join('; '), graphQLErrors };
    }
    if (typeof body.error === 'string') return { message: body.error };
    if (typeof body.message === 'string') return { message: body.message };
  } catch {
    // not JSON: fall through to text
  }
  if (/^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    return { message: title ? `an HTML page (${title})` : 'an HTML page' };
  }
  return { message: trimmed.length > 200 ? `${trimmed.slice(0, 200)}…` : trimmed };
}

/** The SDK error for a non-2xx answer. */
function errorForStatus(status: number, statusText: string, body: ErrorBody, operation: string, retryAfter?: number): WandbError {
  const detail = body.message ? `: ${body.message}` : statusText ? `: ${statusText}` : '';
  const base = { status, operation, ...(body.graphQLErrors ? { graphQLErrors: body.graphQLErrors } : {}) };
  if (status === 401) return new AuthenticationError(`${operation} was refused, the API key is not valid (401)${detail}`, base);
  if (status === 403) return new PermissionError(`${operation} is not permitted for this API key (403)${detail}`, base);
  if (status === 404) return new NotFoundError(`${operation} found nothing (404)${detail}`, base);
  if (status === 429) {
    const wait = retryAfter !== undefined ? `; retry after ${retryAfter} s` : '';
    return new RateLimitError(`${operation} was rate limited (429)${wait}${detail}`, {
      ...base,
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    });
  }
  if (status >= 500) return new ServerError(`${operation} failed on the server (${status})${detail}`, base);
  if ((status === 400 || status === 422) && body.graphQLErrors) {
    return new GraphQLResponseError(`${operation} was rejected (${status})${detail}`, base);
  }
  return new HttpError(`${operation} failed with HTTP ${status}${detail}`, base);
}

/**
 * `work`, or a rejection with the signal's reason as soon as the signal aborts, whether or not
 * `work` heeds it: a `fetch` that ignores its signal then holds no concurrency slot and no timer
 * of the SDK's. What `work` brings later is handed to `late`, to be let go.
 */
function orAbort<T>(work: Promise<T>, signal: AbortSignal, late: (value: T) => void = () => undefined): Promise<T> {
  if (signal.aborted) {
    work.then(late, () => undefined);
    return Promise.reject(signal.reason as Error);
  }
  return new Promise<T>((resolve, reject) => {
    let abandoned = false;
    const stop = onAbort(signal, () => {
      abandoned = true;
      reject(signal.reason as Error);
    });
    work.then(
      (value) => {
        stop();
        if (abandoned) late(value);
        else resolve(value);
      },
      (error: unknown) => {
        stop();
        reject(error as Error);
      },
    );
  });
}

/** Reads a body we are about to discard, without hanging on mocked streams (see TOOLCHAIN notes). */
async function drain(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

/**
 * The one place HTTP happens: auth on the W&B origin only, redirects followed by hand so the key
 * never crosses to another origin, a cap on concurrent requests, retries with back-off and
 * `Retry-After`, and every non-2xx answer turned into a typed {@link WandbError}.
 */
export class HttpClient {
  private readonly origin: string;
  private readonly limiter: Limiter;
  /** Whether requests go out over `node:http` (see nodeHttp.ts) rather than a `fetch`. */
  private readonly nodeFetch: boolean;
  // True private fields: util.inspect, JSON and test diffs never show them.
  #key: string | undefined;
  #secretForms: string[] = [];
  // Epoch ms until which the W&B server asked every request to wait (a Retry-After, or a quota
  // used up), so one hint spaces all of this client's requests, not only the one that got it.
  private pausedUntil = 0;

  constructor(private readonly settings: ResolvedSettings) {
    this.origin = new URL(settings.baseUrl).origin;
    this.limiter = new Limiter(settings.maxConcurrency);
    this.nodeFetch = isNodeFetch(settings.fetch);
  }

  /** Requests in flight now (for tests and diagnostics). */
  get inFlight(): number {
    return this.limiter.inFlight;
  }

  /** Removes the API key from text that may be shown to people. */
  scrub(text: string): string {
    return redactText(text, this.#secretForms);
  }

  /** Removes the API key from an error and all it carries (message, stack, cause, GraphQL errors, data). */
  redact<E extends Error>(error: E): E {
    return redactError(error, this.#secretForms);
  }

  /** The fetch urql is given: the same pipeline, with call info taken from `init.wandb`. */
  readonly fetch = (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return this.request(url, init as WandbRequestInit);
  };

  /**
   * Sends one request with retries. Resolves only with a 2xx response; anything else throws.
   * @throws {@link WandbError} subclasses by status; {@link NetworkError}; {@link AbortError}
   */
  async request(url: string, init: WandbRequestInit = {}): Promise<Response> {
    try {
      return await this.attempts(url, init);
    } catch (error) {
      throw error instanceof Error ? this.redact(error) : error;
    }
  }

  private async attempts(url: string, init: WandbRequestInit): Promise<Response> {
    const { wandb: info, ...rest } = init;
    const method = (rest.method ?? 'GET').toUpperCase();
    const call: CallInfo = info ?? {
      operation: `${method} ${new URL(url).pathname}`,
      idempotent: method === 'GET' || method === 'HEAD',
      deadline: Date.now() + this.settings.timeout,
    };
    const signal = rest.signal ?? undefined;
    const toServer = new URL(url).origin === this.origin;
    if (toServer && this.#key === undefined) {
      this.#key = await this.settings.apiKey();
      this.#secretForms = secretForms(this.#key);
    }

    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw abortErrorFrom(signal, call.operation);
      let failure: WandbError;
      let retryable: boolean;
      let hint: number | undefined;
      // Each attempt, the wait for a slot included, ends at the call's deadline. The timer stops
      // once the answer is in hand, so a download's body may take longer than the deadline.
      const expiry = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A shared GraphQL call's deadline moves later when a more patient caller joins it.
      const arm = () => {
        timer = setTimeout(
          () => {
            if (call.deadline > Date.now() + 1) return arm();
            expiry.abort(new TimeoutError(`${call.operation} did not finish within its deadline`, { operation: call.operation }));
          },
          timerDelay(call.deadline - Date.now()),
        );
      };
      arm();
      const attemptSignal = signal ? AbortSignal.any([signal, expiry.signal]) : expiry.signal;
      let release: (() => void) | undefined;
      try {
        release = await this.limiter.acquire(attemptSignal);
        // Honour a pause the server asked for (checked once a slot is ours, as requests queued
        // for a slot may be many), unless it outlasts the deadline: then the server answers for
        // itself, with a 429 that carries the wait. A hint that came in meanwhile extends it.
        for (
          let pause = this.pausedUntil - Date.now();
          toServer && pause > 0 && Date.now() + pause <= call.deadline;
          pause = this.pausedUntil - Date.now()
        )
          await sleep(pause, attemptSignal);
        const response = await orAbort(this.send(url, { ...rest, signal: attemptSignal }, call), attemptSignal, (late) => discardBody(late));
        if (toServer)
          this.pauseFor(
            response.status === 429 || response.status === 503 ? retryAfterSeconds(response.headers) : quotaResetSeconds(response.headers),
          );
        if (response.ok) {
          if (!call.graphql) return response;
          const checked = await this.checkGraphQLBody(response, call, attemptSignal);
          if (checked instanceof WireResponse) return checked.asResponse();
          if (checked instanceof AbortError || checked instanceof TimeoutError) {
            if (signal?.aborted) throw abortErrorFrom(signal, call.operation);
            throw expiry.signal.aborted ? (expiry.signal.reason as TimeoutError) : checked;
          }
          failure = checked;
          // The same answer would come again, and be as large.
          retryable = call.idempotent && !(checked instanceof ResponseTooLargeError);
        } else {
          hint = response.status === 429 || response.status === 503 ? retryAfterSeconds(response.headers) : undefined;
          const body = parseErrorBody(this.scrub(await orAbort(drain(response), attemptSignal)));
          failure = errorForStatus(response.status, response.statusText, body, call.operation, hint);
          // A 429 was refused before any work was done, so even a mutation may be sent again.
          retryable = RETRYABLE_STATUSES.has(response.status) && (call.idempotent || response.status === 429);
        }
      } catch (error) {
        if (signal?.aborted) throw abortErrorFrom(signal, call.operation);
        if (expiry.signal.aborted) throw expiry.signal.reason as TimeoutError;
        if (error instanceof WandbError) throw error;
        failure = new NetworkError(`${call.operation} got no answer: ${this.scrub(describeNetworkFailure(error))}`, {
          cause: error,
          operation: call.operation,
        });
        retryable = call.idempotent || neverReachedServer(error);
      } finally {
        clearTimeout(timer);
        release?.();
      }

      if (!retryable || attempt >= this.settings.retries) throw failure;
      const delay =
        hint !== undefined ? hint * 1000 : backoffDelay(attempt, { baseMs: this.settings.retryDelay.base, maxMs: this.settings.retryDelay.max });
      // No time for another try: the last failure is what happened (a refused connection stays a
      // NetworkError; a TimeoutError is for a deadline that ran out while waiting on the server).
      if (Date.now() + delay > call.deadline) throw failure;
      await sleep(delay, signal);
    }
  }

  private pauseFor(seconds: number | undefined): void {
    if (seconds !== undefined && seconds > 0) this.pausedUntil = Math.max(this.pausedUntil, Date.now() + seconds * 1000);
  }

  /** One attempt, following redirects by hand; the key goes to the W&B origin only. */
  private async send(url: string, init: RequestInit, call: CallInfo): Promise<Response> {
    let target = new URL(url);
    let method = (init.method ?? 'GET').toUpperCase();
    let body: RequestInit['body'] = init.body ?? null;
    for (let hop = 0; ; hop++) {
      const wire = this.headersFor(target, init.headers);
      // A fetch of the caller's own gets real `Headers`, as it always has.
      const headers: RequestInit['headers'] = this.nodeFetch ? (wire as unknown as Headers) : new Headers([...wire]);
      const response = await this.settings.fetch(target.href, { ...init, method, body, headers, redirect: 'manual' });
      if (response.type === 'opaqueredirect') {
        // Browsers hide the target of a manual redirect; let fetch follow it (it drops the key
        // on a cross-origin hop by itself).
        return this.settings.fetch(target.href, { ...init, method, body, headers, redirect: 'follow' });
      }
      const location = response.headers.get('location');
      if (!REDIRECTS.has(response.status) || !location) return response;
      await drain(response);
      if (hop >= MAX_REDIRECTS) throw new ServerError(`${call.operation}: more than ${MAX_REDIRECTS} redirects`, { operation: call.operation });
      const previous = target;
      target = new URL(location, target);
      if (call.graphql && target.origin !== this.origin) {
        // The API key may only go to the W&B origin, and a GraphQL call is useless without it.
        throw new HttpError(
          `${call.operation}: ${previous.origin} redirected (${response.status}) to another origin, ${target.origin}; the request was not sent there, since the API key only goes to ${this.origin}. If the server moved, set baseUrl to its new address`,
          { status: response.status, operation: call.operation },
        );
      }
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
      }
    }
  }

  private headersFor(target: URL, given: RequestInit['headers']): WireHeaders {
    const headers = new WireHeaders(given);
    if (target.origin === this.origin) {
      for (const [name, value] of Object.entries(this.settings.headers)) if (!headers.has(name)) headers.set(name, value);
      if (this.#key !== undefined) headers.set('authorization', `Basic ${btoa(`api:${this.#key}`)}`);
      if (!headers.has('user-agent')) headers.set('user-agent', DEFAULT_USER_AGENT);
    } else {
      headers.delete('authorization');
    }
    return headers;
  }

  /**
   * Reads a 2xx GraphQL answer within the call's deadline and signal, up to `maxResponseBytes`;
   * returns it re-wrapped, or the error to report if it is cut off, too large or no JSON object.
   */
  private async checkGraphQLBody(response: Response, call: CallInfo, signal: AbortSignal): Promise<WireResponse | WandbError> {
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(response, {
        operation: call.operation,
        get deadline() {
          return call.deadline;
        },
        signal,
        maxBytes: this.settings.maxResponseBytes,
        scrub: (t) => this.scrub(t),
      });
    } catch (error) {
      if (error instanceof WandbError) return error;
      return new NetworkError(`${call.operation}: the answer was cut off: ${this.scrub(describeNetworkFailure(error))}`, {
        cause: error,
        operation: call.operation,
      });
    }
    // The bytes go on as they came (decoded once, by the GraphQL client); only an answer that is
    // not a JSON object is decoded here, for the message.
    if (!isJsonObjectText(bytes)) {
      const trimmed = new TextDecoder().decode(bytes).trim();
      // Scrubbed before parseErrorBody shortens it, so no part of a key survives the cut.
      const what = parseErrorBody(this.scrub(trimmed)).message ?? 'an empty body';
      return new ServerError(`${call.operation}: the server answered ${response.status} with ${what} instead of GraphQL JSON`, {
        status: response.status,
        operation: call.operation,
      });
    }
    return new WireResponse(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}

/** Whether a body, past a byte order mark and white space, starts with `{` and ends with `}`. */
function isJsonObjectText(bytes: Uint8Array): boolean {
  const space = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let end = bytes.length - 1;
  while (start <= end && space(bytes[start])) start++;
  while (end >= start && space(bytes[end])) end--;
  return start < end && bytes[start] === 0x7b && bytes[end] === 0x7d;
}
