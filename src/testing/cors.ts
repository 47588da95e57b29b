/**
 * CORS for the fake's HTTP server, so a web page on another origin (a browser test of code that
 * uses the SDK) can call it: preflights are answered at once, and every answer to a request that
 * carries an `Origin` allows that origin and exposes the headers clients read.
 */

/** Headers a client reads from answers: retry and rate-limit information, and sizes for downloads. */
const EXPOSED = ['retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'content-length', 'content-disposition', 'etag'];

/** The headers to add to an answer for a request from `origin` (none without one). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  return { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED.join(', '), vary: 'origin' };
}

/**
 * The answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`), or undefined
 * for any other request. The fake allows every method and requested header: it stands in for
 * W&B in tests, where the page's origin is whatever the test server picked.
 */
export function preflight(method: string, headers: Headers): Response | undefined {
  const requested = headers.get('access-control-request-method');
  const origin = headers.get('origin');
  if (method !== 'OPTIONS' || !requested || !origin) return undefined;
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin),
      'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': headers.get('access-control-request-headers') ?? '',
      'access-control-max-age': '600',
    },
  });
}
