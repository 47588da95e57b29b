import { DROP, type FakeAnswer } from './answer';
import type { Fault, FaultDecision } from './faults';
import { json, sleep } from './http';
import type { RequestLog, RequestLogEntry } from './requestLog';

/** A body stream that delivers the first half of `bytes`, then fails as a cut connection does. */
function truncatedBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      controller.error(new TypeError('terminated: the connection closed before the whole body arrived'));
    },
  });
}

function faultHeaders(fault: Fault | undefined, extra: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fault && !extra) return undefined;
  const headers: Record<string, string> = { ...extra };
  if (fault?.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault?.rateLimit) {
    headers['ratelimit-limit'] = String(fault.rateLimit.limit);
    headers['ratelimit-remaining'] = String(fault.rateLimit.remaining);
    headers['ratelimit-reset'] = String(fault.rateLimit.reset);
  }
  for (const [k, v] of Object.entries(fault?.headers ?? {})) headers[k.toLowerCase()] = v;
  return Object.keys(headers).length ? headers : undefined;
}

/** The answer a fault gives in place of the normal one (a status, a body, malformed JSON). */
function replacement(fault: Fault): Response {
  const status = fault.status ?? 200;
  const body = fault.malformed ? '{"data": {' : (fault.body ?? JSON.stringify({ errors: [{ message: `injected failure: HTTP ${status}` }] }));
  const contentType = !/^\s*[[{]/.test(body) ? 'text/html' : 'application/json';
  return new Response(body, { status, headers: { 'content-type': contentType } });
}

/** The normal answer with a fault's changes: GraphQL errors added, the body cut short. */
async function altered(response: Response, fault: Fault | undefined): Promise<Response> {
  if (fault?.errors) {
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    response = json({ data: body.data ?? null, errors: [...(body.errors ?? []), ...fault.errors] }, response.status);
  }
  if (fault?.truncate) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const headers = new Headers(response.headers);
    headers.set('content-length', String(bytes.length));
    response = new Response(truncatedBody(bytes), { status: response.status, headers });
  }
  return response;
}

/** What applying a fault needs besides the request. */
export interface FaultAnswerOptions {
  /** Delay added to every request, in milliseconds. */
  readonly latencyMs: number;
  /** Aborted when the fake resets: requests left hanging by a fault end then. */
  readonly lifetime: AbortSignal;
  readonly log: RequestLog;
}

/**
 * Answers a request: the normal answer from `normal`, or what the armed fault makes of it
 * (delayed, dropped, hung, replaced, altered, with extra headers). Records the status and
 * duration in the log entry.
 */
export async function answerWithFault(
  request: Request,
  decision: FaultDecision,
  entry: RequestLogEntry,
  options: FaultAnswerOptions,
  normal: () => Promise<Response>,
): Promise<FakeAnswer> {
  const fault = decision.fault;
  try {
    if (decision.description) entry.fault = decision.description;
    // Latency comes after the fault decision so a rate limiter counts the request as in flight.
    if (options.latencyMs > 0) await sleep(options.latencyMs, request.signal);
    if (fault?.delayMs || fault?.hang) {
      // Made only when needed: a combined signal per request would cost every request.
      const signal = AbortSignal.any([request.signal, options.lifetime]);
      if (fault.delayMs) await sleep(fault.delayMs, signal);
      if (fault.hang) await sleep(undefined, signal);
    }
    if (fault?.drop || fault?.hang) {
      entry.status = 0;
      return DROP;
    }
    const replaced = fault?.status !== undefined || fault?.body !== undefined || fault?.malformed;
    let response = replaced ? replacement(fault) : await altered(await normal(), fault);
    const extra = faultHeaders(fault, decision.headers);
    if (extra) {
      const headers = new Headers(response.headers);
      for (const [k, v] of Object.entries(extra)) headers.set(k, v);
      response = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }
    entry.status = response.status;
    return response;
  } finally {
    options.log.finish(entry);
    decision.done();
  }
}
