/**
 * A hostile W&B: a proxy in front of the fake rewrites its answers (echoes the key, nests it deep,
 * escapes it; stalls or cuts bodies; breaks the shape of lists; loops pages; sends odd
 * Retry-After values and huge answers). Whatever it does, each call ends in bounded time with the
 * right data or a typed error, and the key is nowhere to be found in what the SDK hands back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Api,
  GraphQLResponseError,
  InvalidArgumentError,
  NetworkError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  WandbError,
  type ApiOptions,
} from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { filesUnder, freshDir, removeDirs } from '../support/folders';
import { keyLeaks } from '../support/keys';
import { settle, within } from '../support/promises';
import { cutAnswer, endlessAnswer, hostileFetch, hostileServer, keyRecoverable, nested, stallingAnswer, type Rewrite } from '../support/hostile';

const KEY = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0';
const fake = createFakeWandb({ apiKey: KEY });
let rewrite: Rewrite | undefined;
const fetch = hostileFetch(fake.fetch, () => rewrite);
/**
 * Each case runs twice: through a `fetch` standing for the proxy, and over real sockets to the
 * proxy as an HTTP server, with no `fetch` given (on Node, the SDK's own requests over node:http).
 */
type Transport = 'fetch' | 'sockets';
let transport: Transport = 'fetch';
let proxy: Awaited<ReturnType<typeof hostileServer>> | undefined;
const api = (overrides: ApiOptions = {}) =>
  new Api({
    baseUrl: transport === 'fetch' ? fake.baseUrl : (proxy as { url: string }).url,
    apiKey: KEY,
    env: {},
    entity: 'demo-user',
    project: 'p',
    retries: 0,
    retryDelay: { base: 5, max: 20 },
    ...(transport === 'fetch' ? { fetch } : {}),
    ...overrides,
  });
/** Bytes a socket holds between a server's writes and a client's reads (kernel buffers): read by nobody, but gone from the body. */
const inSocketBuffers = () => (transport === 'sockets' ? 16 * 1024 * 1024 : 0);
/** Waits (up to 2 s) for `check` to hold: a hang-up reaches the server a moment after the client makes it. */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return check();
}

const LONG_NAME = `${'n'.repeat(246)}.txt`; // 250 bytes: legal on ext4, but not with an 18-byte suffix
const LONG_UTF8 = `${'é'.repeat(120)}.bin`; // 244 bytes in 124 characters
beforeEach(() => {
  rewrite = undefined;
  fake.reset();
  fake.seed.run({ project: 'p', id: 'r1', tags: ['a', 'b'], history: [{ loss: 1 }, { loss: 0.5 }] });
  fake.seed.run({ project: 'p', id: 'r2' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello world' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: LONG_NAME, content: 'long' });
  fake.seed.artifact({ project: 'p', name: 'digits', files: { 'a.txt': 'a', 'b.txt': 'b' } });
  fake.seed.artifact({ project: 'p', name: 'objects', files: { 'preds.table.json': '{"_type": "table", "columns": ["x"], "data": [[1]]}' } });
  fake.seed.artifact({ project: 'p', name: 'long', files: { 'a.txt': 'a', [LONG_NAME]: 'x', [`dir/${LONG_UTF8}`]: 'y' } });
  fake.seed.artifact({ project: 'p', name: 'toolong', files: { 'a.txt': 'a', [`${'t'.repeat(300)}.txt`]: 'z', 'c.txt': 'c' } });
});
afterAll(removeDirs);

/** Answers a GraphQL operation with `body` (a JSON value, or raw text). */
const answerWith =
  (operation: string, body: unknown, status = 200): Rewrite =>
  (seen) =>
    seen.operation === operation || operation === '*'
      ? new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
      : undefined;

/** Changes the `data` of a GraphQL operation's real answer. */
const changeData =
  (operation: string, change: (data: Record<string, unknown>) => void): Rewrite =>
  async (seen, real) => {
    if (seen.operation !== operation) return undefined;
    const body = (await (await real()).json()) as { data: Record<string, unknown> };
    change(body.data);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };

/** The first Relay connection (an object with `edges`) inside a value. */
function firstConnection(value: unknown): Record<string, unknown> {
  const stack = [value];
  while (stack.length) {
    const item = stack.shift();
    if (item && typeof item === 'object') {
      if ('edges' in item) return item as Record<string, unknown>;
      stack.push(...Object.values(item));
    }
  }
  throw new Error('no connection in the answer');
}

describe.each<Transport>(['fetch', 'sockets'])('over %s', (mode) => {
  beforeAll(async () => {
    transport = mode;
    if (mode === 'sockets') proxy = await hostileServer(fake.fetch, () => rewrite);
  });
  afterAll(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  describe('key safety: the key never survives a cut, a depth or an escape', () => {
    it('a non-JSON body echoing the key past 200 characters keeps no part of it', async () => {
      for (const status of [200, 500]) {
        rewrite = answerWith('*', `${'x'.repeat(180)} token=${KEY} ${'y'.repeat(100)}`, status);
        const { error } = await settle(api().viewer());
        expect(error).toBeInstanceOf(ServerError);
        expect(keyRecoverable(error, KEY)).toBe(false);
      }
    });

    it('GraphQL extensions, partial data and paths deeper than 8 levels are scrubbed, property names included', async () => {
      rewrite = answerWith('Viewer', {
        data: { viewer: nested(12, { echo: KEY, [KEY]: 1 }) },
        errors: [
          { message: 'boom', path: ['viewer', KEY], extensions: nested(15, { authorization: `Basic ${btoa(`api:${KEY}`)}`, [`k-${KEY}`]: true }) },
        ],
      });
      const { error } = await settle(api().viewer());
      expect(error).toBeInstanceOf(WandbError);
      expect(keyLeaks(error, KEY)).toEqual([]);
      expect(keyRecoverable(error, KEY)).toBe(false);
    });

    it('a key with special characters echoed JSON-escaped, as HTML entities or percent-encoded stays unrecoverable', async () => {
      const special = 'Ab"c&d<e>f%g/h\\i+j=k:l\'m0123456789abcdef0123';
      const escapes = [
        JSON.stringify(special),
        [...special].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
        special.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`),
        special.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c] ?? c),
        encodeURIComponent(special),
        encodeURIComponent(encodeURIComponent(special)),
        [...special].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join(''),
      ];
      for (const echoed of escapes) {
        rewrite = answerWith('*', { errors: [{ message: `bad key ${echoed}` }] }, 401);
        const { error } = await settle(api({ apiKey: special }).viewer());
        expect(error).toBeInstanceOf(WandbError);
        expect([echoed, keyRecoverable(error, special)]).toEqual([echoed, false]);
      }
    });
  });

  describe('key safety: other spellings a server may echo', () => {
    it('the key in upper case, and its Basic header without padding or in the URL-safe alphabet, are redacted', async () => {
      const basic = btoa(`api:${KEY}`);
      const echoes = [KEY.toUpperCase(), basic.replace(/=+$/, ''), basic.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')];
      for (const echoed of echoes) {
        rewrite = answerWith('*', { errors: [{ message: `bad credentials ${echoed} (try again)` }] }, 401);
        const { error } = await settle(api().viewer());
        expect(error).toBeInstanceOf(WandbError);
        const shown = `${(error as Error).message} ${JSON.stringify((error as WandbError).graphQLErrors)}`;
        expect([echoed, shown.includes(echoed), shown.toLowerCase().includes(KEY.toLowerCase())]).toEqual([echoed, false, false]);
        expect(shown).toContain('[redacted]');
      }
    });
  });

  describe('every body read honours the deadline and ends in a typed error', () => {
    const stallStorage: Rewrite = (seen) => (seen.operation === undefined && seen.method === 'GET' ? stallingAnswer('{"ver') : undefined);
    const cutStorage: Rewrite = (seen) => (seen.operation === undefined && seen.method === 'GET' ? cutAnswer('{"ver') : undefined);

    it('RunFile.text(): a body that stalls after the headers times out; one cut mid-way is a NetworkError', async () => {
      const file = await (await api().run('p/r1')).file('out.txt');
      rewrite = stallStorage;
      const started = Date.now();
      const stalled = await within(3000, settle(file.text({ timeout: 300 })), 'text()');
      expect(stalled.error).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(2000);
      rewrite = cutStorage;
      const cut = (await within(3000, settle(file.text({ timeout: 2000 })), 'text()')).error;
      expect(cut).toBeInstanceOf(NetworkError);
      // The message says why: in the innermost cause's words where there are some, and its code.
      expect((cut as Error).message).toMatch(
        transport === 'fetch'
          ? /cut off after 5 bytes: terminated: other side closed \(UND_ERR_SOCKET\)$/
          : /cut off after 5 bytes: terminated.* \(ECONNRESET\)$/,
      );
    });

    it("artifact.download(): its manifest's body stalling or cut ends in a typed error, nothing written", async () => {
      const root = freshDir();
      for (const [bad, expected] of [
        [stallStorage, TimeoutError],
        [cutStorage, NetworkError],
      ] as const) {
        const artifact = await api({ timeout: 300 }).artifact('p/digits:v0');
        rewrite = bad;
        const { error } = await within(3000, settle(artifact.download({ root })), 'download()');
        expect(error).toBeInstanceOf(expected);
        rewrite = undefined;
      }
      expect(filesUnder(root)).toEqual([]);
    });

    it("artifact.get(): the object's body stalling times out within the call's deadline; cut mid-way is a NetworkError", async () => {
      const artifact = await api().artifact('p/objects:v0');
      await artifact.manifest();
      await expect(artifact.get('preds')).resolves.toMatchObject({ _type: 'table' });
      rewrite = stallStorage;
      const started = Date.now();
      const stalled = await within(3000, settle(artifact.get('preds', { timeout: 300 })), 'get()');
      expect(stalled.error).toBeInstanceOf(TimeoutError);
      expect(Date.now() - started).toBeLessThan(2000);
      rewrite = cutStorage;
      expect((await within(3000, settle(artifact.get('preds', { timeout: 2000 })), 'get()')).error).toBeInstanceOf(NetworkError);
    });

    it('run.uploadFile(): a PUT answer whose body stalls after its 2xx does not hold the upload past its deadline', async () => {
      const dir = freshDir();
      writeFileSync(join(dir, 'up.txt'), 'uploaded bytes');
      const run = await api().run('p/r1');
      rewrite = async (seen, real) => (seen.method === 'PUT' ? (await real(), stallingAnswer('{"ok"')) : undefined);
      const started = Date.now();
      const uploaded = await within(3000, settle(run.uploadFile(join(dir, 'up.txt'), { root: dir, timeout: 300 })), 'uploadFile()');
      expect(uploaded.value?.name).toBe('up.txt');
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('a GraphQL answer that stalls after its headers times out; one cut mid-way is a NetworkError', async () => {
      rewrite = (seen) => (seen.operation === 'Viewer' ? stallingAnswer('{"data":{"vie') : undefined);
      expect((await within(3000, settle(api({ timeout: 300 }).viewer()), 'viewer()')).error).toBeInstanceOf(TimeoutError);
      rewrite = (seen) => (seen.operation === 'Viewer' ? cutAnswer('{"data":{"vie') : undefined);
      expect((await within(3000, settle(api().viewer()), 'viewer()')).error).toBeInstanceOf(NetworkError);
    });

    it('a file download whose body stalls gives up after the timeout without data', async () => {
      const file = await (await api().run('p/r1')).file('out.txt');
      rewrite = stallStorage;
      const root = freshDir();
      expect((await within(3000, settle(file.download({ root, timeout: 300 })), 'download()')).error).toBeInstanceOf(TimeoutError);
      expect(filesUnder(root)).toEqual([]);
    });
  });

  describe('identical queries in flight keep their own deadline and signal', () => {
    it('a patient call shares the request of an impatient one, and is not failed by its timeout', async () => {
      let sent = 0;
      rewrite = async (seen, real) => {
        if (seen.operation !== 'Run') return undefined;
        sent++;
        // A slow server, reached through a fetch that stops when its signal aborts, as fetch does.
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, 400);
          seen.signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('This operation was aborted', 'AbortError'));
          });
        });
        return real();
      };
      const client = api();
      const [impatient, patient] = await Promise.all([settle(client.run('p/r1', { timeout: 100 })), settle(client.run('p/r1', { timeout: 5000 }))]);
      expect(impatient.error).toBeInstanceOf(TimeoutError);
      expect(patient.value?.name).toBe('r1');
      expect(sent).toBe(1);
    });

    it('the shared request is cancelled once every caller has given up on it', async () => {
      let signal: AbortSignal | undefined;
      rewrite = (seen) => {
        if (seen.operation !== 'Run') return undefined;
        signal = seen.signal;
        return new Promise<Response>(() => undefined);
      };
      const client = api();
      const a = new AbortController();
      const b = new AbortController();
      const calls = [settle(client.run('p/r1', { signal: a.signal })), settle(client.run('p/r1', { signal: b.signal }))];
      await new Promise((resolve) => setTimeout(resolve, 30));
      a.abort();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(signal?.aborted).toBe(false);
      b.abort();
      await Promise.all(calls);
      expect(await eventually(() => signal?.aborted === true)).toBe(true);
    });
  });

  describe('malformed answers are a ServerError, checked against the schema in one place', () => {
    const cases: Array<[string, string, (data: Record<string, unknown>) => void, (client: Api) => Promise<unknown>]> = [
      ['runs: pageInfo null', 'Runs', (d) => void (firstConnection(d).pageInfo = null), (c) => c.runs('p').toArray()],
      ['runs: edges [null]', 'Runs', (d) => void (firstConnection(d).edges = [null]), (c) => c.runs('p').toArray()],
      ['runs: edges {}', 'Runs', (d) => void (firstConnection(d).edges = {}), (c) => c.runs('p').toArray()],
      [
        'runs: tags "str"',
        'Runs',
        (d) =>
          void (((firstConnection(d).edges as Array<{ node: Record<string, unknown> }>)[0] as { node: Record<string, unknown> }).node.tags = 'str'),
        (c) => c.runs('p').toArray(),
      ],
      [
        'runs: hasNextPage "yes"',
        'Runs',
        (d) => void ((firstConnection(d).pageInfo as Record<string, unknown>).hasNextPage = 'yes'),
        (c) => c.runs('p').toArray(),
      ],
      [
        'projects: node a number',
        'Projects',
        (d) => void ((firstConnection(d).edges as Array<Record<string, unknown>>)[0]!.node = 7),
        (c) => c.projects('demo-user').toArray(),
      ],
      [
        'run files: sizeBytes "big"',
        'RunFiles',
        (d) => void ((firstConnection(d).edges as Array<{ node: Record<string, unknown> }>)[0]!.node.sizeBytes = 'big'),
        async (c) => (await c.run('p/r1')).files().toArray(),
      ],
      ['run: name missing', 'Run', (d) => void delete (d.project as { run: Record<string, unknown> }).run.name, (c) => c.run('p/r1')],
      [
        'history: rows that are no list',
        'RunFullHistory',
        (d) => void ((d.project as { run: Record<string, unknown> }).run.history = 'rows'),
        async (c) => (await c.run('p/r1')).history(),
      ],
      [
        'history: a row that is a number',
        'RunFullHistory',
        (d) => void ((d.project as { run: Record<string, unknown> }).run.history = [5]),
        async (c) => (await c.run('p/r1')).history(),
      ],
    ];

    it.each(cases)('%s', async (_name, operation, change, call) => {
      const client = api();
      rewrite = changeData(operation, change);
      const { error } = await within(3000, settle(call(client)), operation);
      expect(error).toBeInstanceOf(ServerError);
      expect((error as Error).message).toMatch(/malformed/);
    });

    it('an empty errors list is a ServerError; an error without a message is still a GraphQL error, named as such', async () => {
      for (const body of [{ errors: [] }, { data: null, errors: [] }]) {
        rewrite = answerWith('Viewer', body);
        const { error } = await within(3000, settle(api().viewer()), 'viewer');
        expect(error).toBeInstanceOf(ServerError);
        expect((error as Error).message).toBe('Viewer: the server answered with an empty list of errors');
      }
      rewrite = answerWith('Viewer', { data: null, errors: [{}] });
      const { error } = await within(3000, settle(api().viewer()), 'viewer');
      expect(error).toBeInstanceOf(GraphQLResponseError);
      expect((error as Error).message).toBe('Viewer failed: (an error without a message)');
    });

    it('a list whose server hands out empty pages with fresh cursors forever is given up, in bounded requests', async () => {
      let pages = 0;
      rewrite = (seen) =>
        seen.operation === 'Runs'
          ? new Response(
              JSON.stringify({
                data: { project: { runCount: 0, runs: { totalCount: 0, edges: [], pageInfo: { endCursor: `c${++pages}`, hasNextPage: true } } } },
              }),
              {
                headers: { 'content-type': 'application/json' },
              },
            )
          : undefined;
      const { error } = await within(5000, settle(api().runs('p').toArray()), 'runs');
      expect(error).toBeInstanceOf(ServerError);
      expect(pages).toBeLessThanOrEqual(101);
    });
  });

  describe('Retry-After: only delta-seconds and HTTP-dates count', () => {
    it.each(['-1', '-100', '1, 2', 'soon 12', 'foo 2099', '12abc'])(
      '%s is ignored: the normal back-off applies, and the call is retried',
      async (value) => {
        fake.failNext('Viewer', { status: 503, headers: { 'retry-after': value } });
        const times: number[] = [];
        rewrite = (seen) => void (seen.operation === 'Viewer' && times.push(Date.now()));
        const viewer = await within(4000, api({ retries: 2, retryDelay: { base: 200, max: 200 }, timeout: 3000 }).viewer(), 'viewer');
        expect(viewer.username).toBe('demo-user');
        expect(times).toHaveLength(2);
        expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(90);
      },
    );

    it('a real HTTP-date is honoured', async () => {
      fake.failNext('Viewer', { status: 503, headers: { 'retry-after': new Date(Date.now() + 1500).toUTCString() } });
      const started = Date.now();
      await api({ retries: 1, retryDelay: { base: 1, max: 1 }, timeout: 5000 }).viewer();
      expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    });
  });

  describe('GraphQL answers are capped in size', () => {
    it('an answer past maxResponseBytes is a ResponseTooLargeError, read no further and not asked for again', async () => {
      let sent = 0;
      let endless: ReturnType<typeof endlessAnswer> | undefined;
      rewrite = (seen) => {
        if (seen.operation !== 'Viewer') return undefined;
        sent++;
        endless = endlessAnswer(`{"data":{"viewer":{"name":"${'x'.repeat(16 * 1024)}`);
        return endless.response;
      };
      const { error } = await within(5000, settle(api({ maxResponseBytes: 100_000, retries: 3 }).viewer()), 'viewer');
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(endless!.pulled()).toBeLessThan(300_000 + inSocketBuffers());
      expect(sent).toBe(1);
    });

    it('a declared Content-Length past the cap fails before reading; a real list under it passes', async () => {
      let endless: ReturnType<typeof endlessAnswer> | undefined;
      rewrite = (seen) => {
        if (seen.operation !== 'Viewer') return undefined;
        endless = endlessAnswer('{', { 'content-length': String(600 * 1024 * 1024) });
        return endless.response;
      };
      expect((await settle(api().viewer())).error).toBeInstanceOf(ResponseTooLargeError);
      expect(endless!.pulled()).toBeLessThan(1024 * 1024 + inSocketBuffers());
      rewrite = undefined;
      expect(await api({ maxResponseBytes: 100_000 }).runs('p').toArray()).toHaveLength(2);
      expect((await settle(api({ maxResponseBytes: 100 }).runs('p').toArray())).error).toBeInstanceOf(ResponseTooLargeError);
    });

    it('bodies read whole into memory (a manifest, a run file, an object) are capped too, read no further', async () => {
      const file = await (await api({ maxResponseBytes: 100_000 }).run('p/r1')).file('out.txt');
      const artifact = await api({ maxResponseBytes: 100_000 }).artifact('p/objects:v0');
      await artifact.manifest();
      const endless: Array<ReturnType<typeof endlessAnswer>> = [];
      rewrite = (seen) => {
        if (seen.operation !== undefined || seen.method !== 'GET') return undefined;
        endless.push(endlessAnswer(`{"ver${'x'.repeat(16 * 1024)}`));
        return endless[endless.length - 1]!.response;
      };
      const calls: Array<() => Promise<unknown>> = [
        () => file.text(),
        async () => (await api({ maxResponseBytes: 100_000 }).artifact('p/digits:v0')).manifest(),
        () => artifact.get('preds'),
      ];
      for (const call of calls) {
        const { error } = await within(5000, settle(call()), 'read');
        expect(error).toBeInstanceOf(ResponseTooLargeError);
        // Stopped near the cap: before, only the deadline ended these (a gigabyte or more read into memory).
        expect(endless[endless.length - 1]!.pulled()).toBeLessThan(300_000 + inSocketBuffers());
      }
      expect(endless).toHaveLength(3);
    });

    it('maxResponseBytes is checked', () => {
      for (const bad of [0, -1, 1.5, '10', Number.NaN]) expect(() => api({ maxResponseBytes: bad as never })).toThrow(InvalidArgumentError);
    });
  });

  describe('file names up to 255 bytes download; longer ones are refused before anything is written', () => {
    it('a run file with a 250-byte name', async () => {
      const root = freshDir();
      const file = await (await api().run('p/r1')).file(LONG_NAME);
      expect(await file.download({ root })).toBe(join(root, LONG_NAME));
      expect(filesUnder(root)).toEqual([LONG_NAME]);
    });

    it('an artifact with 244- and 250-byte names', async () => {
      const root = freshDir();
      await (await api().artifact('p/long:v0')).download({ root });
      expect(filesUnder(root)).toEqual(['a.txt', join('dir', LONG_UTF8), LONG_NAME].sort());
    });

    it('an artifact with a 304-byte name: an InvalidArgumentError naming it, and no other file written', async () => {
      const root = freshDir();
      mkdirSync(root, { recursive: true });
      const { error } = await settle((await api().artifact('p/toolong:v0')).download({ root }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('name');
      expect((error as Error).message).toMatch(/304 bytes/);
      expect(filesUnder(root)).toEqual([]);
    });
  });

  describe('parquet export URLs', () => {
    it('a bad % escape in an export URL is a ServerError', async () => {
      rewrite = changeData('RunParquetHistory', (d) => {
        (d.project as { run: { parquetHistory: { parquetUrls: string[] } } }).run.parquetHistory.parquetUrls = [
          `${fake.baseUrl}/storage/%zz.parquet`,
        ];
      });
      const { error } = await settle((await api().run('p/r1')).downloadHistoryExports({ root: freshDir() }));
      expect(error).toBeInstanceOf(ServerError);
    });
  });
});
