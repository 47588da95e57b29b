import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { everythingShown } from './keys';

/** One request as a hostile proxy sees it. */
export interface Seen {
  readonly url: URL;
  readonly method: string;
  /** The GraphQL operation name, for GraphQL requests. */
  readonly operation: string | undefined;
  readonly signal: AbortSignal | undefined;
  /** The request's headers, as they were sent. */
  readonly headers: Headers;
}

/** What a hostile proxy does with one request: `undefined` passes the real answer on. */
export type Rewrite = (seen: Seen, answer: () => Promise<Response>) => Promise<Response | undefined> | Response | undefined;

/** The name of the operation a GraphQL request body sends. */
function operationOf(body: string): string | undefined {
  return /(?:query|mutation)\s+(\w+)/.exec((JSON.parse(body) as { query: string }).query)?.[1];
}

/**
 * A `fetch` standing for a proxy in front of the fake that rewrites its answers: each request
 * is shown to `rewrite`, which may answer itself, change the real answer or let it through.
 */
export function hostileFetch(inner: typeof fetch, rewrite: () => Rewrite | undefined): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    let operation: string | undefined;
    let body: string | undefined;
    if (request.method === 'POST' && url.pathname.endsWith('/graphql')) {
      body = await request.clone().text();
      operation = operationOf(body);
    }
    const real = () => inner(input, init);
    const answer = await rewrite()?.({ url, method: request.method, operation, signal: init?.signal ?? undefined, headers: request.headers }, real);
    return answer ?? real();
  };
}

/**
 * The same hostile proxy as {@link hostileFetch}, as a real HTTP server on loopback: the SDK
 * reaches it over sockets with no `fetch` of the test's in the way. The answer `rewrite` gives is
 * written to the socket as it streams; a body that errors cuts the connection, and a client that
 * hangs up cancels the body. Requests go on to `inner` under the proxy's own address, so the links
 * the fake hands out (storage, uploads) lead back through the proxy.
 */
export async function hostileServer(
  inner: typeof fetch,
  rewrite: () => Rewrite | undefined,
  /** Serve HTTPS with this key and certificate. */
  tls?: { key: string; cert: string },
): Promise<{ url: string; close: () => Promise<void> }> {
  const scheme = tls ? 'https' : 'http';
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    const method = req.method ?? 'GET';
    let operation: string | undefined;
    if (method === 'POST' && url.pathname.endsWith('/graphql') && body) {
      operation = operationOf(body.toString('utf8'));
    }
    const sent = new Headers();
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = (req.rawHeaders[i] as string).toLowerCase();
      sent.append(name, req.rawHeaders[i + 1] as string);
      if (!['host', 'connection', 'content-length', 'accept-encoding'].includes(name)) headers.append(name, req.rawHeaders[i + 1] as string);
    }
    const real = () => inner(url.href, { method, headers, body: body ? new Uint8Array(body) : null, signal: gone.signal, redirect: 'manual' });
    let answer: Response;
    try {
      answer = (await rewrite()?.({ url, method, operation, signal: gone.signal, headers: sent }, real)) ?? (await real());
    } catch {
      res.destroy();
      return;
    }
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'transfer-encoding') out[name] = value;
    });
    res.writeHead(answer.status, answer.statusText, out);
    if (!answer.body) return void res.end();
    const reader = answer.body.getReader();
    gone.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!res.write(value)) await drainedOrClosed(res);
        if (gone.signal.aborted) return;
      }
      res.end();
    } catch {
      res.destroy();
    }
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => void handle(req, res).catch(() => res.destroy());
  const server = tls ? createTlsServer(tls, listener) : createServer(listener);
  // Idle connections stay open on the server's side a long time: a client must not wait on them.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${scheme}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A 200 answer whose body sends `prefix` and then nothing more, ever (it ends only when cancelled). */
export function stallingAnswer(prefix: string, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(prefix);
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        if (bytes.length) controller.enqueue(bytes);
      },
    }),
    { status: 200, headers },
  );
}

/** Waits until `res` can take more, or has closed; takes its listeners off again either way. */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  });
}

/** A 200 answer whose body sends `prefix` and then breaks off as a dropped connection does in undici. */
export function cutAnswer(prefix: string, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(prefix);
  return new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        setTimeout(
          () => controller.error(new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) })),
          5,
        );
      },
    }),
    { status: 200, headers },
  );
}

/** A 200 answer with an endless body of `chunk`s; `pulled()` says how many bytes were read from it. */
export function endlessAnswer(chunk: string, headers: Record<string, string> = {}): { response: Response; pulled: () => number } {
  const bytes = new TextEncoder().encode(chunk);
  let pulled = 0;
  const response = new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += bytes.length;
        controller.enqueue(bytes);
      },
    }),
    { status: 200, headers },
  );
  return { response, pulled: () => pulled };
}

/** `value` nested `depth` objects deep, under keys `k0`, `k1`, ... */
export function nested(depth: number, value: unknown): unknown {
  let out = value;
  for (let i = depth - 1; i >= 0; i--) out = { [`k${i}`]: out };
  return out;
}

/** Undoes the escapes a server may put a key through: JSON `\u`, HTML entities, `%xx` (repeatedly). */
export function unescapeAll(text: string): string {
  let out = text;
  for (let round = 0; round < 4; round++) {
    const before = out;
    out = out
      .replace(/\\+u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\+(["\\/])/g, '$1')
      .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCharCode(Number(dec)))
      .replace(
        /&(quot|amp|apos|lt|gt|sol|equals|plus|colon);/g,
        (_, name: string) => ({ quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', sol: '/', equals: '=', plus: '+', colon: ':' })[name] ?? '',
      )
      .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (out === before) break;
  }
  return out;
}

/**
 * Whether a person could get the key back from what a value shows: the key itself, once every
 * escape is undone, or any 12 characters of it in a row (what is left when a message is cut).
 */
export function keyRecoverable(value: unknown, key: string): boolean {
  const shown = everythingShown(value);
  const plain = unescapeAll(shown);
  if (plain.includes(key)) return true;
  for (let i = 0; i + 12 <= key.length; i++) if (shown.includes(key.slice(i, i + 12)) || plain.includes(key.slice(i, i + 12))) return true;
  return false;
}
