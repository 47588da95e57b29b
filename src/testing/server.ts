import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { corsHeaders, preflight } from './cors';
import { DROP, type FakeServer, type FakeWandbCore, type ListenOptions } from './FakeWandbCore';
import { DEFAULT_MAX_BODY_BYTES, readBodyWithin } from './serverBodies';

function wantsGzip(req: IncomingMessage, answer: Response): boolean {
  const accepted = req.headers['accept-encoding'];
  if (!accepted || !/\bgzip\b/i.test(Array.isArray(accepted) ? accepted.join(',') : accepted)) return false;
  return !answer.headers.has('content-encoding') && /json|text/i.test(answer.headers.get('content-type') ?? '');
}

/** Whether a host name (as in a URL, IPv6 in brackets) names this machine's loopback interface. */
function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(name) || name === '[::1]' || name === '::1';
}

/**
 * A fake bound to loopback answers its control endpoints only to loopback host names. A web page
 * whose DNS name is made to point at 127.0.0.1 (DNS rebinding) is same-origin with itself, so the
 * cross-site checks let it through: its `Host` header still names it, and is refused here.
 */
function foreignHostRefusal(req: IncomingMessage, boundToLoopback: boolean): string | undefined {
  if (!boundToLoopback || !(req.url ?? '').startsWith('/_fake')) return undefined;
  let hostname: string;
  try {
    hostname = new URL(`http://${req.headers.host ?? ''}`).hostname;
  } catch {
    hostname = '';
  }
  if (isLoopbackName(hostname)) return undefined;
  return `control endpoints of a fake bound to loopback answer only to loopback host names (localhost, 127.0.0.1, [::1]), not Host: ${JSON.stringify((req.headers.host ?? '').slice(0, 200))}`;
}

async function respond(
  fake: FakeWandbCore,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  gzip: boolean,
  maxBodyBytes: number,
  boundToLoopback: boolean,
): Promise<void> {
  const foreign = foreignHostRefusal(req, boundToLoopback);
  if (foreign) {
    res.on('finish', () => req.socket.destroy());
    res.writeHead(403, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ error: foreign }));
    return;
  }
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // The client hanging up ends the fake's waits (latency, delays, hung requests) for this request.
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const read = await readBodyWithin(fake, req, new URL(req.url ?? '/', origin).pathname, maxBodyBytes);
    if ('refused' in read) {
      // The rest of the body is not read: the connection closes after the answer.
      res.on('finish', () => req.socket.destroy());
      res.writeHead(read.refused.status, { 'content-type': 'application/json', connection: 'close' });
      res.end(read.refused.body);
      return;
    }
    body = read.body;
  }
  const request = new Request(new URL(req.url ?? '/', origin), { method, headers, signal: gone.signal, ...(body ? { body } : {}) });
  // A browser's preflight is answered here, never logged or faulted: it is not a request to W&B.
  const answer = preflight(method, headers) ?? (await fake.handle(request));
  if (answer === DROP) {
    req.socket.destroy();
    return;
  }
  const outHeaders: Record<string, string> = corsHeaders(headers.get('origin') ?? undefined);
  answer.headers.forEach((value, name) => (outHeaders[name] = value));
  const compress = gzip && answer.body !== null && method !== 'HEAD' && wantsGzip(req, answer);
  if (compress) {
    delete outHeaders['content-length'];
    outHeaders['content-encoding'] = 'gzip';
    outHeaders.vary = outHeaders.vary ? `${outHeaders.vary}, accept-encoding` : 'accept-encoding';
  }
  res.writeHead(answer.status, outHeaders);
  if (!answer.body || method === 'HEAD') {
    res.end();
    return;
  }
  const stream = Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream<Uint8Array>);
  stream.on('error', () => res.destroy());
  if (compress) {
    const zip = createGzip();
    zip.on('error', () => res.destroy());
    stream.pipe(zip).pipe(res);
  } else stream.pipe(res);
}

/** Serves a fake over HTTP on loopback. */
export function serve(fake: FakeWandbCore, options: ListenOptions = {}): Promise<FakeServer> {
  const host = options.host ?? '127.0.0.1';
  const gzip = options.gzip ?? false;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const boundToLoopback = isLoopbackName(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? `${host}`}`;
    respond(fake, req, res, origin, gzip, maxBodyBytes, boundToLoopback).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: `fake W&B failed: ${error instanceof Error ? error.message : String(error)}` }] }));
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      const display = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${display}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
