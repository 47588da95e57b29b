import type { IncomingMessage } from 'node:http';
import type { FakeWandbCore } from './FakeWandbCore';
import { keyFromHeader } from './http';

/**
 * Request bodies of the fake's HTTP server, read within limits: a GraphQL request without a
 * valid key is refused before more than a query's worth of its body is read (so 600 MB sent
 * without a key cost nothing), and every other body is capped.
 */

/** Most bytes read of a GraphQL body sent without a valid key: far more than any query. */
export const UNAUTHENTICATED_BODY_LIMIT = 64 * 1024;
/** Default cap of any request body: uploads of run and artifact files included. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024 * 1024;

/** A body, or the answer that refused it. */
export type BodyOutcome = { body: Buffer } | { refused: { status: number; body: string } };

function json(body: unknown): string {
  return JSON.stringify(body);
}

/** Whether the request carries a key the fake knows. */
function authenticated(fake: FakeWandbCore, req: IncomingMessage): boolean {
  const header = req.headers.authorization;
  const key = keyFromHeader(typeof header === 'string' ? header : null);
  return key !== undefined && fake.store.userByKey(key) !== undefined;
}

/**
 * Reads a request's body within its limit: the small one for GraphQL without a valid key (a 401,
 * as the fake would answer anyway, said before the rest is read), else `maxBodyBytes` (a 413).
 * A declared `Content-Length` past the limit is refused without reading a byte.
 */
export async function readBodyWithin(fake: FakeWandbCore, req: IncomingMessage, path: string, maxBodyBytes: number): Promise<BodyOutcome> {
  const graphQL = path === '/graphql' || path.endsWith('/graphql');
  const anonymous = graphQL && !authenticated(fake, req);
  const limit = anonymous ? Math.min(UNAUTHENTICATED_BODY_LIMIT, maxBodyBytes) : maxBodyBytes;
  const refused = anonymous
    ? { status: 401, body: json({ errors: [{ message: 'user is not logged in', extensions: { code: 'UNAUTHENTICATED' } }] }) }
    : { status: 413, body: json({ errors: [{ message: `the request body is larger than the fake accepts (${limit} bytes)` }] }) };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { refused };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return { refused };
    chunks.push(chunk as Buffer);
  }
  return { body: Buffer.concat(chunks) };
}
