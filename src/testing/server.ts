import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { DROP, type FakeServer, type FakeWandbCore, type ListenOptions } from './FakeWandbCore';

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function respond(fake: FakeWandbCore, req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  const method = req.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
  const request = new Request(new URL(req.url ?? '/', origin), { method, headers, ...(body ? { body } : {}) });
  const answer = await fake.handle(request);
  if (answer === DROP) {
    req.socket.destroy();
    return;
  }
  const outHeaders: Record<string, string> = {};
  answer.headers.forEach((value, name) => (outHeaders[name] = value));
  res.writeHead(answer.status, outHeaders);
  if (!answer.body || method === 'HEAD') {
    res.end();
    return;
  }
  const stream = Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream<Uint8Array>);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Serves a fake over HTTP on loopback. */
export function serve(fake: FakeWandbCore, options: ListenOptions = {}): Promise<FakeServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    const origin = `http://${req.headers.host ?? `${host}`}`;
    respond(fake, req, res, origin).catch((error: unknown) => {
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
