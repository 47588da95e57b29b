import { http, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { createFakeWandb, type FakeServer, type FakeWandb } from 'wandb-api/testing';
import { postAsPython } from '../support/python';

// The control endpoints are for clients in other languages, so they are tested over real HTTP.
const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

let fake: FakeWandb;
let server: FakeServer;
beforeEach(async () => {
  fake = createFakeWandb({ seed: 'demo' });
  server = await fake.listen({ port: 0 });
  msw.use(http.all(`${server.url}/*`, () => passthrough()));
});
afterEach(async () => {
  msw.resetHandlers();
  await server.close();
});

async function control(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const VIEWER = 'query Viewer { viewer { username } }';

describe('control endpoints', () => {
  it('describe the fake, with its key, so a script can find it', async () => {
    const { status, body } = await control('GET', '/_fake');
    expect(status).toBe(200);
    expect(body).toMatchObject({ apiKey: fake.apiKey, username: 'demo-user', baseUrl: server.url, latencyMs: 0, requests: 0 });
    expect(body.endpoints).toEqual(expect.arrayContaining([expect.stringContaining('POST   /_fake/reset')]));
  });

  it('are neither logged nor faulted nor delayed', async () => {
    fake.failNext({ path: '/' }, { status: 500 }, { times: 5 });
    fake.latencyMs = 5000;
    expect((await control('GET', '/_fake/faults')).status).toBe(200);
    expect(fake.requests).toHaveLength(0);
    expect(fake.pendingFaults).toBe(5);
  });

  it('arm faults for the next N calls, at a rate, and rate limiters; list and disarm them', async () => {
    const next = await control('POST', '/_fake/faults', { target: 'Viewer', fault: { status: 503, retryAfter: 1 }, times: 2 });
    expect(next.status).toBe(201);
    expect(next.body.fault).toMatchObject({ id: expect.any(String), kind: 'next', target: 'Viewer', remaining: 2 });
    const answer = await postAsPython(fake, VIEWER, null, { url: server.url });
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([503, '1']);

    const rate = await control('POST', '/_fake/faults', { target: { path: '/storage', method: 'GET' }, fault: { drop: true }, rate: 0.5, seed: 3 });
    expect(rate.body.fault).toMatchObject({ kind: 'rate', rate: 0.5, target: { path: '/storage', method: 'GET' } });
    const limiter = await control('POST', '/_fake/faults', { target: '*', rateLimit: { limit: 100, windowMs: 1000 } });
    expect(limiter.body.fault).toMatchObject({ kind: 'rateLimit', limit: { limit: 100, windowMs: 1000 } });

    const listed = (await control('GET', '/_fake/faults')).body.faults as Array<{ id: string; kind: string }>;
    expect(listed.map((f) => f.kind)).toEqual(['rateLimit', 'next', 'rate']);
    expect((await control('DELETE', `/_fake/faults/${listed[1]?.id}`)).status).toBe(200);
    expect((await control('DELETE', `/_fake/faults/${listed[1]?.id}`)).status).toBe(404);
    expect(((await control('GET', '/_fake/faults')).body.faults as unknown[]).length).toBe(2);
    await control('DELETE', '/_fake/faults');
    expect(fake.armedFaults()).toEqual([]);
  });

  it('refuse bad fault requests with a message saying what was expected', async () => {
    expect(await control('POST', '/_fake/faults', { target: 'Runs', fault: { staus: 500 } })).toEqual({
      status: 400,
      body: { error: expect.stringContaining('unknown field "staus"') },
    });
    expect((await control('POST', '/_fake/faults', { target: 'Runs', fault: { status: 500 }, rate: 2 })).body.error).toMatch(/between 0 and 1/);
    expect((await control('POST', '/_fake/faults', { target: 42, fault: {} })).body.error).toMatch(/^target: expected/);
    expect((await control('POST', '/_fake/faults', '{ nope')).body.error).toMatch(/^the body is not JSON/);
    expect((await control('POST', '/_fake/faults', { target: 'Runs', rateLimit: {} })).body.error).toMatch(/give limit/);
  });

  it('seed from JSON, all or nothing, with the paths of bad entries', async () => {
    const bad = await control('POST', '/_fake/seed', {
      runs: [
        { project: 'p', id: 'a' },
        { project: 'p', tagz: ['x'] },
      ],
    });
    expect(bad).toEqual({ status: 400, body: { errors: [{ path: 'runs[1].tagz', message: 'unknown field: seed.run() does not use "tagz"' }] } });
    expect(fake.store.run('demo-user', 'p', 'a')).toBeUndefined();
    const good = await control('POST', '/_fake/seed', { runs: [{ project: 'p', id: 'a', summary: { loss: 1 } }] });
    expect(good).toEqual({ status: 200, body: { ok: true, added: { runs: 1 } } });
    expect(fake.store.run('demo-user', 'p', 'a')?.summary).toEqual({ loss: 1 });
  });

  it('read and clear the request log, filtered by operation and sequence', async () => {
    await postAsPython(fake, VIEWER, null, { url: server.url });
    await postAsPython(fake, 'query GetDefaultEntity { viewer { entity } }', { x: 1 }, { url: server.url });
    await postAsPython(fake, VIEWER, null, { url: server.url });
    const all = (await control('GET', '/_fake/requests')).body;
    expect(all).toMatchObject({ total: 3, lastSeq: 3 });
    const some = (await control('GET', '/_fake/requests?operation=Viewer&since=1')).body.requests as Array<Record<string, unknown>>;
    expect(some).toEqual([expect.objectContaining({ seq: 3, operationName: 'Viewer', status: 200, path: '/graphql' })]);
    const entity = (await control('GET', '/_fake/requests?operation=GetDefaultEntity')).body.requests as Array<Record<string, unknown>>;
    expect(entity[0]).toMatchObject({ variables: { x: 1 }, headers: expect.objectContaining({ authorization: 'Basic ***' }) });
    await control('DELETE', '/_fake/requests');
    expect((await control('GET', '/_fake/requests')).body).toMatchObject({ requests: [], total: 0 });
  });

  it('snapshot the store as JSON, table by table', async () => {
    fake.store.putBlob('hello', 'text/plain');
    const { body } = await control('GET', '/_fake/snapshot?tables=projects,blobs');
    const tables = body.tables as { projects: Array<{ name: string }>; blobs: Array<{ bytes: { $base64: string } }> };
    expect(Object.keys(tables).sort()).toEqual(['blobs', 'projects']);
    expect(tables.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['cartpole', 'image-classifier', 'scratch']));
    expect(tables.blobs.map((b) => Buffer.from(b.bytes.$base64, 'base64').toString())).toContain('hello');
    expect((await control('GET', '/_fake/snapshot?tables=nope')).body.error).toMatch(/^no table nope; tables: .*runs/);
  });

  it('reset to the starting data', async () => {
    fake.seed.run({ project: 'p', id: 'gone' });
    await postAsPython(fake, VIEWER, null, { url: server.url });
    await control('POST', '/_fake/faults', { target: '*', fault: { status: 500 } });
    expect(await control('POST', '/_fake/reset')).toEqual({ status: 200, body: { ok: true } });
    expect(fake.store.run('demo-user', 'p', 'gone')).toBeUndefined();
    expect(fake.store.runsOf('demo-team', 'image-classifier')).toHaveLength(12);
    expect(fake.requests).toHaveLength(0);
    expect((await postAsPython(fake, VIEWER, null, { url: server.url })).status).toBe(200);
  });

  it('change latency and features', async () => {
    const changed = await control('PATCH', '/_fake/settings', { latencyMs: 20, features: ['ARTIFACT_REGISTRY_SEARCH'] });
    expect(changed.body).toEqual({ latencyMs: 20, features: ['ARTIFACT_REGISTRY_SEARCH'] });
    expect(fake.latencyMs).toBe(20);
    expect((await control('PATCH', '/_fake/settings', { latency: 1 })).body.error).toMatch(/unknown setting "latency"/);
    await control('POST', '/_fake/reset');
    expect((await control('GET', '/_fake/settings')).body.latencyMs).toBe(0);
  });

  it('answer 404 for an unknown control path and 405 for a wrong method, listing the endpoints', async () => {
    const unknown = await control('GET', '/_fake/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toContain('POST   /_fake/seed');
    expect((await control('GET', '/_fake/reset')).status).toBe(405);
  });

  it('are off with control: false, answering 404 like any unknown W&B path', async () => {
    const closed = createFakeWandb({ control: false });
    const own = await closed.listen({ port: 0 });
    msw.use(http.all(`${own.url}/*`, () => passthrough()));
    try {
      const response = await fetch(`${own.url}/_fake/reset`, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'no route for POST /_fake/reset' });
      expect(closed.requests).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});
