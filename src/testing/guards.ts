/**
 * The fake as a server people run on their machines and in CI: what it refuses before doing any
 * work. Cross-site requests to the control endpoints (a web page the developer visits must not be
 * able to reset or fault their fake), requests it cannot make sense of (a `null` body, a fault
 * whose fields are of the wrong type, a malformed `%` escape in a path), and pathological
 * patterns. Each refusal is a 4xx answer with a message saying what was wrong.
 */

/** A JSON answer, as the fake's other answers are. */
function refusal(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

/** Whether a request's declared body is JSON (`application/json`, `application/<x>+json`, with parameters or not). */
function isJsonContentType(value: string | null): boolean {
  return value !== null && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(value.trim());
}

/**
 * Refuses a control request a browser could have sent on behalf of another site: one whose
 * `Sec-Fetch-Site` says `cross-site` or `same-site`, one whose `Origin` is not the fake's own,
 * and one that declares a content type other than JSON (the "simple" types a page may post
 * without asking: `text/plain`, forms). Scripts, `curl` and test code send none of these.
 * @returns the 403 or 415 answer, or `undefined` when the request may go on
 */
export function crossSiteRefusal(request: Request, url: URL): Response | undefined {
  const site = request.headers.get('sec-fetch-site')?.trim().toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refusal(403, { error: `control endpoints refuse requests from other sites (Sec-Fetch-Site: ${site})` });
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin.trim() !== url.origin) {
    return refusal(403, { error: `control endpoints refuse requests from other origins (Origin: ${origin.slice(0, 200)})` });
  }
  const method = request.method.toUpperCase();
  const type = request.headers.get('content-type');
  // A page can post text/plain or a form to another site without asking first; JSON it cannot.
  if (method !== 'GET' && method !== 'HEAD' && type !== null && !isJsonContentType(type)) {
    return refusal(415, { error: 'control endpoints take JSON bodies only: send Content-Type: application/json' });
  }
  return undefined;
}

/**
 * Refuses a GraphQL request body that is valid JSON but no request: `null`, a number, a list.
 * @returns the 400 answer, or `undefined` for a JSON object
 */
export function graphQLBodyRefusal(body: unknown): Response | undefined {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) return undefined;
  const got = body === null ? 'null' : Array.isArray(body) ? 'a list' : typeof body;
  return refusal(400, { errors: [{ message: `the request body must be a JSON object with a "query", got ${got}` }] });
}

/**
 * The answer for an error a route threw on a request it could not read: a malformed `%` escape
 * in its path (a `URIError`) is the client's mistake, a 400, not the fake's failure.
 * @returns the 400 answer, or `undefined` for an error that is the fake's own
 */
export function routeErrorRefusal(error: unknown, path: string): Response | undefined {
  if (!(error instanceof URIError)) return undefined;
  return refusal(400, { error: `the path ${JSON.stringify(path.slice(0, 300))} has a malformed % escape` });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `name: value` can be sent as an HTTP header (no line breaks, no characters a header cannot carry). */
function sendableHeader(name: string, value: unknown): boolean {
  if (typeof value !== 'string' || /[\r\n\0]/.test(value) || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return false;
  try {
    new Headers([[name, value]]);
    return true;
  } catch {
    return false;
  }
}

function nonNegative(fault: Record<string, unknown>, name: string): void {
  const value = fault[name];
  if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
    throw new TypeError(`fault: ${name} must be a finite number >= 0, got ${describe(value)}`);
  }
}

/**
 * Checks the type of every field of a fault, so a bad one is refused when it is armed (a 400 on
 * the control endpoint, a `TypeError` in process) instead of failing each request it hits.
 * @throws {TypeError} naming the field and what it should be
 */
export function checkFaultFields(fault: Record<string, unknown>): void {
  nonNegative(fault, 'retryAfter');
  for (const flag of ['drop', 'hang', 'malformed', 'truncate']) {
    if (fault[flag] !== undefined && typeof fault[flag] !== 'boolean')
      throw new TypeError(`fault: ${flag} must be true or false, got ${describe(fault[flag])}`);
  }
  if (fault.body !== undefined && typeof fault.body !== 'string') throw new TypeError(`fault: body must be a string, got ${describe(fault.body)}`);
  if (fault.headers !== undefined) {
    if (!isRecord(fault.headers)) throw new TypeError(`fault: headers must be an object of header names and values, got ${describe(fault.headers)}`);
    for (const [name, value] of Object.entries(fault.headers)) {
      if (!sendableHeader(name, value)) {
        throw new TypeError(
          `fault: header ${JSON.stringify(name)} cannot be sent (a string without line breaks, under a valid name), got ${describe(value)}`,
        );
      }
    }
  }
  if (fault.rateLimit !== undefined) {
    const limit = fault.rateLimit;
    if (!isRecord(limit)) throw new TypeError(`fault: rateLimit must be { limit, remaining, reset }, got ${describe(limit)}`);
    for (const name of ['limit', 'remaining', 'reset']) nonNegative(limit, name);
  }
  if (fault.errors !== undefined) {
    if (!Array.isArray(fault.errors) || fault.errors.length === 0) {
      throw new TypeError(`fault: errors must be a non-empty list of { message, path? }, got ${describe(fault.errors)}`);
    }
    for (const [i, error] of fault.errors.entries()) {
      if (!isRecord(error) || typeof error.message !== 'string')
        throw new TypeError(`fault: errors[${i}] must be { message: string, path? }, got ${describe(error)}`);
      const path = error.path;
      if (
        path !== undefined &&
        !(Array.isArray(path) && path.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p))))
      ) {
        throw new TypeError(`fault: errors[${i}].path must be a list of field names and indexes, got ${describe(path)}`);
      }
    }
  }
}
