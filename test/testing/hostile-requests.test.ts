/**
 * The fake as a server people run on their machines and in CI: hostile requests get a clear 4xx
 * in bounded time, and change nothing. Deep or huge queries are refused as a real GraphQL server
 * refuses them, fault patterns cannot stall it, web pages cannot drive its control endpoints,
 * and bodies are capped (GraphQL bodies without a key hardly read at all).
 */
import { request as httpRequest } from 'node:http';
import { Api, GraphQLResponseError } from 'wandb-api';
import { createFakeWandb, type FakeServer } from 'wandb-api/testing';
import { within } from '../support/promises';

const fake = createFakeWandb();
let srv: FakeServer;
beforeAll(async () => {
  srv = await fake.listen({ port: 0, maxBodyBytes: 1024 * 1024 });
});
afterAll(() => srv.close());
beforeEach(() => {
  fake.reset();
  fake.seed.run({ project: 'p', id: 'r1' });
});

const auth = () => ({ authorization: `Basic ${btoa(`api:${fake.apiKey}`)}` });
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${srv.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

/** `runs → project → runs → ...`, `levels` runs deep. */
function nestedRuns(levels: number, first?: number): string {
  const args = first === undefined ? '' : `(first: ${first})`;
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `runs${args} { edges { node { name project { ${inner} } } } }`;
  return `query Deep { project(entityName: "demo-user", name: "p") { ${inner} } }`;
}

describe('query depth and cost', () => {
  it.each([
    ['nested seven runs deep', nestedRuns(7)],
    ['nested three runs deep', nestedRuns(3)],
    ['two levels of 100 000 runs each', nestedRuns(2, 100_000)],
  ])('%s: refused at once with a 400 GraphQL validation error', async (_name, query) => {
    const started = Date.now();
    const answer = await within(5000, post('/graphql', JSON.stringify({ query }), auth()), 'the query');
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
    expect(body.errors[0]?.message).toMatch(/too complex/);
    expect(body.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('the SDK reports it as a GraphQLResponseError; ordinary queries pass', async () => {
    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch, retries: 0 });
    await expect(api.execute(nestedRuns(4), {})).rejects.toBeInstanceOf(GraphQLResponseError);
    expect((await api.execute<{ project: { runs: unknown } }, Record<string, never>>(nestedRuns(1, 5000), {})).project.runs).toBeTruthy();
    expect(await api.runs('demo-user/p', { perPage: 10_000 }).toArray()).toHaveLength(1);
  });

  it('limits are options of the fake', async () => {
    const strict = createFakeWandb({ queryLimits: { maxDepth: 2 } });
    const answer = await strict.fetch(`${strict.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`api:${strict.apiKey}`)}` },
      body: JSON.stringify({ query: '{ viewer { defaultEntity { name } } }' }),
    });
    expect(answer.status).toBe(400);
  });
});

describe('fault path patterns', () => {
  it('a catastrophic pattern armed over HTTP matches in linear time', async () => {
    const armed = await post('/_fake/faults', JSON.stringify({ target: { pathRegex: '^/(a+)+$' }, fault: { status: 418 } }));
    expect(armed.status).toBe(201);
    const started = Date.now();
    const answer = await within(5000, fetch(`${srv.url}/${'a'.repeat(40)}!`), 'the request');
    expect(answer.status).toBe(404);
    expect((await fetch(`${srv.url}/${'a'.repeat(40)}`)).status).toBe(418);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('in process too; patterns that need backtracking are refused', async () => {
    fake.failNext({ path: /^\/(x+x+)+y$/ }, { status: 418 });
    const started = Date.now();
    expect((await fake.fetch(`${fake.baseUrl}/${'x'.repeat(5000)}`)).status).toBe(404);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(() => fake.failNext({ path: /(a)\1/ }, { status: 418 })).toThrow(TypeError);
    const refused = await post('/_fake/faults', JSON.stringify({ target: { pathRegex: '(?=a)a' }, fault: { status: 418 } }));
    expect(refused.status).toBe(400);
  });
});

describe('control endpoints refuse cross-site requests', () => {
  const armed = () => fake.armedFaults().length;
  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }, undefined],
    ['Origin: null', { origin: 'null' }, undefined],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, undefined],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }, undefined],
    ['a text/plain body', { 'content-type': 'text/plain' }, JSON.stringify({ target: 'Viewer', fault: { status: 500 } })],
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 'target=Viewer'],
  ])('%s: refused, nothing changed', async (_name, headers, body) => {
    fake.failNext('Runs', { status: 503 });
    for (const path of ['/_fake/reset', '/_fake/faults']) {
      const answer = await fetch(`${srv.url}${path}`, { method: path.endsWith('reset') ? 'POST' : 'DELETE', headers, ...(body ? { body } : {}) });
      expect([path, answer.status]).toEqual([path, expect.any(Number)]);
      expect(answer.status === 403 || answer.status === 415).toBe(true);
    }
    const seeding = await fetch(`${srv.url}/_fake/seed`, { method: 'POST', headers, body: body ?? '{"runs":[{"project":"x","id":"evil"}]}' });
    expect([403, 415]).toContain(seeding.status);
    expect(armed()).toBe(1);
    expect(fake.snapshot().runs).toHaveLength(1);
  });

  it('scripts without browser headers, and pages of the fake itself, still work', async () => {
    expect((await post('/_fake/faults', JSON.stringify({ target: 'Runs', fault: { status: 503 } }))).status).toBe(201);
    expect((await fetch(`${srv.url}/_fake/reset`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${srv.url}/_fake/reset`, { method: 'POST', headers: { origin: srv.url, 'sec-fetch-site': 'same-origin' } })).status).toBe(
      200,
    );
  });
});

describe('control endpoints of a fake on loopback answer only to loopback host names', () => {
  /** A POST with the Host and Origin a page on `host` would send after its DNS name was pointed at 127.0.0.1. */
  function postAs(server: FakeServer, path: string, host: string, body: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        `${server.url}${path}`,
        { method: 'POST', headers: { host, origin: `http://${host}`, 'content-type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const seed = JSON.stringify({ runs: [{ project: 'x', id: 'rebound' }] });

  it('refuses a rebound DNS name, even same-origin with itself, and changes nothing', async () => {
    const answer = await postAs(srv, '/_fake/seed', `rebind.evil.example:${srv.port}`, seed);
    expect(answer.status).toBe(403);
    expect(answer.text).toMatch(/loopback host names.*rebind\.evil\.example/);
    expect(fake.snapshot().runs).toHaveLength(1);
  });

  it.each(['localhost', '127.0.0.1', 'app.localhost'])('answers Host: %s', async (name) => {
    expect((await postAs(srv, '/_fake/seed', `${name}:${srv.port}`, seed)).status).toBe(200);
    expect(fake.snapshot().runs).toHaveLength(2);
  });

  it('leaves GraphQL to its key, and a fake bound to every interface to any host name', async () => {
    const graphql = await postAs(srv, '/graphql', `rebind.evil.example:${srv.port}`, JSON.stringify({ query: '{ viewer { username } }' }));
    expect(graphql.status).toBe(401);
    const open = createFakeWandb();
    const server = await open.listen({ port: 0, host: '0.0.0.0' });
    try {
      expect((await postAs(server, '/_fake/seed', `fake-wandb:${server.port}`, seed)).status).toBe(200);
      expect(JSON.stringify(open.snapshot().runs)).toContain('rebound');
    } finally {
      await server.close();
    }
  });
});

describe('bad requests are a clear 4xx, never a 500', () => {
  it.each(['null', '[]', '5', '"query"'])('a GraphQL body of %s', async (body) => {
    const answer = await post('/graphql', body, auth());
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toMatch(/JSON object/);
  });

  it.each([
    ['errors: 5', { errors: 5 }],
    ['errors: [5]', { errors: [5] }],
    ['a header value with a newline', { headers: { 'x-a': 'a\nb' } }],
    ['a header name with a space', { headers: { 'x a': 'b' } }],
    ['a header value that is a number', { headers: { 'x-a': 5 } }],
    ['retryAfter: "soon"', { retryAfter: 'soon' }],
    ['drop: "yes"', { drop: 'yes' }],
    ['body: {}', { body: {} }],
  ])('a fault with %s is refused when armed', async (_name, fault) => {
    const answer = await post('/_fake/faults', JSON.stringify({ target: 'Viewer', fault }));
    expect(answer.status).toBe(400);
    expect(fake.armedFaults()).toHaveLength(0);
    expect(() => fake.failNext('Viewer', fault as never)).toThrow(TypeError);
  });

  it('a malformed % escape in a /files/ path', async () => {
    const answer = await fetch(`${srv.url}/files/demo-user/p/r1/%E0%A4%A`, { headers: auth() });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toMatch(/malformed % escape/);
  });
});

describe('request bodies', () => {
  /** Sends headers and a first chunk of a body declared `declared` bytes long; resolves with the status once the server answers. */
  function partialUpload(path: string, declared: number, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const url = new URL(path, srv.url);
      const req = httpRequest(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(declared), ...headers } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', () => undefined);
      req.write('{"query": "' + 'x'.repeat(100_000));
      setTimeout(() => reject(new Error('no answer before the body was sent')), 3000).unref();
    });
  }

  it('a 600 MB GraphQL body without a key is refused with a 401 before it is read', async () => {
    expect(await within(4000, partialUpload('/graphql', 600 * 1024 * 1024, {}), 'the answer')).toBe(401);
    expect(
      await within(4000, partialUpload('/graphql', 600 * 1024 * 1024, { authorization: `Basic ${btoa('api:wrong-key-0000')}` }), 'the answer'),
    ).toBe(401);
  });

  it('a body past the cap is a 413, with or without a declared length', async () => {
    expect(await within(4000, partialUpload('/graphql', 5 * 1024 * 1024, auth()), 'the answer')).toBe(413);
    const chunked = await post('/graphql', JSON.stringify({ query: `{ viewer { name } } #${'x'.repeat(2 * 1024 * 1024)}` }), auth());
    expect(chunked.status).toBe(413);
    const ok = await post('/graphql', JSON.stringify({ query: '{ viewer { name } }' }), auth());
    expect(ok.status).toBe(200);
  });
});
