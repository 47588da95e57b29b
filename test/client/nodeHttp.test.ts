/**
 * On Node, with no `fetch` given and Node's own `fetch` unconfigured, the SDK's requests go over
 * node:http (undici is never loaded: a command-line call starts faster). These check that the
 * server sees the same requests, and the caller gets the same answers and the same typed errors,
 * as over `fetch`; and that a `fetch` or a dispatcher the user set up is still what is used.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { AbortError, Api, HttpError, NetworkError, WandbError, type ApiOptions } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { freshDir, removeDirs } from '../support/folders';
import { hostileServer, stallingAnswer, type Rewrite } from '../support/hostile';
import { settle, within } from '../support/promises';

const KEY = 'f'.repeat(40);
const fake = createFakeWandb({ apiKey: KEY });
let rewrite: Rewrite | undefined;
let proxy: Awaited<ReturnType<typeof hostileServer>>;
const seenHeaders: IncomingHttpHeaders[] = [];

const api = (overrides: ApiOptions = {}) =>
  new Api({ baseUrl: proxy.url, apiKey: KEY, env: {}, entity: 'demo-user', project: 'p', retries: 0, ...overrides });
/** The same, over Node's own `fetch`. */
const overFetch = (overrides: ApiOptions = {}) => api({ fetch: globalThis.fetch, ...overrides });

beforeAll(async () => {
  proxy = await hostileServer(fake.fetch, () => rewrite);
});
afterAll(async () => {
  await proxy.close();
  removeDirs();
});
beforeEach(() => {
  rewrite = undefined;
  seenHeaders.length = 0;
  fake.reset();
  fake.seed.run({ project: 'p', id: 'r1' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello world' });
});

/** Runs a script of test/client/scripts with tsx, against the proxy; its last line of output, parsed. */
async function runScript(name: string, env: NodeJS.ProcessEnv = {}): Promise<Record<string, unknown>> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      [require.resolve('tsx/cli'), join(__dirname, 'scripts', name)],
      { env: { ...process.env, URL: proxy.url, KEY, ...env }, timeout: 50_000 },
      (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
    ),
  );
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

/** Answers Viewer with the real answer's bytes, encoded as `coding` says. */
const encoded =
  (coding: string, encode: (bytes: Buffer) => Buffer): Rewrite =>
  async (seen, real) => {
    if (seen.operation !== 'Viewer') return undefined;
    const answer = await real();
    const bytes = encode(Buffer.from(await answer.arrayBuffer()));
    return new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-type': 'application/json', 'content-encoding': coding } });
  };

describe('which transport (in a plain Node process)', () => {
  it('node:http by default, without loading undici; fetch when the user set one up: an option, a replaced fetch, a dispatcher, proxy variables', async () => {
    expect(await runScript('transport-choice.ts')).toEqual({
      undiciLoadedByTheSdk: 'false',
      // Requests that went through fetch, for one call each.
      default: 0,
      fetchOption: 1,
      HTTPS_PROXY: 1,
      http_proxy: 1,
      NODE_USE_ENV_PROXY: 1,
      replacedFetch: 1,
      configuredDispatcher: 1,
      defaultAgain: 0,
    });
  }, 60_000);
});

describe('the same requests and answers as over fetch', () => {
  it('the server sees the same headers from either', async () => {
    const headers: Array<Record<string, string>> = [];
    rewrite = (seen) => {
      if (seen.operation === 'Viewer') headers.push(Object.fromEntries(seen.headers));
      return undefined;
    };
    await api().viewer();
    await overFetch().viewer();
    expect(headers).toHaveLength(2);
    expect(headers[0]).toEqual(headers[1]);
    expect(headers[0]).toMatchObject({
      'content-type': 'application/json',
      'accept-encoding': 'gzip, deflate',
      'user-agent': expect.stringMatching(/^wandb-api\//),
    });
  });

  it.each([
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('a %s answer is decoded', async (coding, encode) => {
    rewrite = encoded(coding, encode);
    expect((await api().viewer()).username).toBe('demo-user');
    expect((await overFetch().viewer()).username).toBe('demo-user');
  });

  it('a corrupt gzip body is a typed error from either (a NetworkError that says so over node:http; fetch reads it as empty)', async () => {
    rewrite = encoded('gzip', (bytes) => Buffer.concat([gzipSync(bytes).subarray(0, 20), Buffer.from('not gzip at all')]));
    const overNodeHttp = (await within(5000, settle(api().viewer()), 'viewer')).error;
    expect(overNodeHttp).toBeInstanceOf(NetworkError);
    expect((overNodeHttp as Error).message).toMatch(/could not be decoded as its Content-Encoding says \(Z_/);
    expect((await within(5000, settle(overFetch().viewer()), 'viewer')).error).toBeInstanceOf(WandbError);
  });

  it('a run file downloads to disk, and reads as text', async () => {
    const file = await (await api().run('p/r1')).file('out.txt');
    expect(await file.text()).toBe('hello world');
    const root = freshDir();
    const path = await file.download({ root });
    expect(path).toBe(join(root, 'out.txt'));
    expect(readFileSync(path, 'utf8')).toBe('hello world');
  });

  it('a run file upload (a Blob body, which node:http does not carry) goes through fetch and arrives whole', async () => {
    const root = freshDir();
    writeFileSync(join(root, 'up.txt'), 'uploaded bytes');
    const run = await api().run('p/r1');
    const stored = await run.uploadFile(join(root, 'up.txt'), { root });
    expect(stored.name).toBe('up.txt');
    expect(await stored.text()).toBe('uploaded bytes');
  });

  it('an abort while the body streams ends the call at once with an AbortError, and hangs up', async () => {
    let hungUp: AbortSignal | undefined;
    rewrite = (seen) => {
      if (seen.operation !== 'Viewer') return undefined;
      hungUp = seen.signal;
      return stallingAnswer('{"data":{"viewer":');
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { error } = await within(3000, settle(api().viewer({ signal: controller.signal })), 'viewer');
    expect(error).toBeInstanceOf(AbortError);
    for (let i = 0; i < 200 && !hungUp?.aborted; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hungUp?.aborted).toBe(true);
  });

  it('a refused connection is a NetworkError naming ECONNREFUSED, from either', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    for (const fetchOption of [{}, { fetch: globalThis.fetch }]) {
      const { error } = await settle(
        new Api({ baseUrl: url, apiKey: KEY, env: {}, retries: 1, retryDelay: { base: 1, max: 1 }, ...fetchOption }).viewer(),
      );
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as Error).message).toContain('ECONNREFUSED');
    }
  });

  it('GraphQL redirected to another origin is refused, and the other origin hears nothing', async () => {
    let heard = 0;
    const other = createServer((_req, res) => {
      heard++;
      res.end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const elsewhere = `http://localhost:${(other.address() as AddressInfo).port}/graphql`;
    rewrite = (seen) => (seen.operation === 'Viewer' ? new Response(null, { status: 307, headers: { location: elsewhere } }) : undefined);
    try {
      const { error } = await settle(api().viewer());
      expect(error).toBeInstanceOf(HttpError);
      expect(heard).toBe(0);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('a storage redirect to another origin is followed without the key', async () => {
    const heard: IncomingHttpHeaders[] = [];
    const other = createServer((req, res) => {
      heard.push(req.headers);
      res.end('moved bytes');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const elsewhere = `http://127.0.0.1:${(other.address() as AddressInfo).port}/moved`;
    const file = await (await api().run('p/r1')).file('out.txt');
    rewrite = (seen) =>
      seen.operation === undefined && seen.method === 'GET' ? new Response(null, { status: 302, headers: { location: elsewhere } }) : undefined;
    try {
      expect(await file.text()).toBe('moved bytes');
      expect(heard).toHaveLength(1);
      expect(heard[0]?.authorization).toBeUndefined();
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

describe('over HTTPS (a certificate of its own, trusted or not)', () => {
  const tlsDir = join(__dirname, '..', 'support', 'tls');
  let secure: Awaited<ReturnType<typeof hostileServer>>;
  beforeAll(async () => {
    secure = await hostileServer(fake.fetch, () => rewrite, {
      key: readFileSync(join(tlsDir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(tlsDir, 'cert.pem'), 'utf8'),
    });
  });
  afterAll(() => secure.close());

  it('with the certificate trusted, the default transport and fetch both answer, storage included', async () => {
    expect(await runScript('https-check.ts', { URL: secure.url, NODE_EXTRA_CA_CERTS: join(tlsDir, 'cert.pem') })).toEqual({
      'default viewer': 'demo-user',
      'default file': 'hello world',
      'fetch viewer': 'demo-user',
      'fetch file': 'hello world',
    });
  }, 60_000);

  it('with it not trusted, both refuse the server: the same NetworkError, naming the self-signed certificate', async () => {
    const seen = await runScript('https-check.ts', { URL: secure.url, NODE_EXTRA_CA_CERTS: '' });
    expect(seen['default viewer']).toMatch(
      /^NetworkError: Viewer got no answer: fetch failed: self-signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/,
    );
    expect(seen['default viewer']).toBe(seen['fetch viewer']);
  }, 60_000);
});

describe('a process using the SDK', () => {
  it('loads no undici, and exits once done though the server keeps idle connections open', async () => {
    const script = join(freshDir(), 'cold.ts');
    writeFileSync(
      script,
      [
        `import { Api } from ${JSON.stringify(join(__dirname, '..', '..', 'src', 'index.ts'))};`,
        `const api = new Api({ baseUrl: process.env.URL, apiKey: process.env.KEY, env: {} });`,
        `void (async () => {`,
        `  const viewer = await api.viewer();`,
        `  const first = await api.projects().first();`,
        `  const undici = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')] !== undefined;`,
        `  console.log(JSON.stringify({ viewer: viewer.username, project: first?.name ?? null, undici }));`,
        `})();`,
      ].join('\n'),
    );
    fake.seed.project({ name: 'q' });
    const started = Date.now();
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        [require.resolve('tsx/cli'), script],
        { env: { ...process.env, URL: proxy.url, KEY }, timeout: 50_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    // The server would hold an idle connection for 60 s: the process did not wait for it.
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(JSON.parse(stdout.trim().split('\n').pop() as string)).toEqual({ viewer: 'demo-user', project: expect.any(String), undici: false });
  }, 60_000);
});
