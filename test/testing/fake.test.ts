import { spawn } from 'node:child_process';
import { buildSchema, printSchema } from 'graphql';
import { Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { typeDefs } from '../../generated/schema-sdl';
import { pullSchema } from '../../src/cli/schemaPull';

/** Posts a GraphQL body to the fake in process, the way any client would. */
async function post(fake: ReturnType<typeof createFakeWandb>, body: unknown, key: string | null = fake.apiKey) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers.authorization = `Basic ${Buffer.from(`api:${key}`).toString('base64')}`;
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> } };
}

describe('fake W&B', () => {
  it('answers 401 to a request without a key or with a wrong key', async () => {
    const fake = createFakeWandb();
    expect((await post(fake, { query: '{ viewer { id } }' }, null)).status).toBe(401);
    expect((await post(fake, { query: '{ viewer { id } }' }, 'wrong-key')).status).toBe(401);
    expect((await post(fake, { query: '{ viewer { id } }' })).status).toBe(200);
  });

  it('rejects an unknown field with a GraphQL validation error, as the server does', async () => {
    const fake = createFakeWandb();
    const { status, body } = await post(fake, { query: 'query Q { viewer { id shoeSize } }' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('Cannot query field "shoeSize" on type "User".');
  });

  it('takes the operation from the query text when operationName is empty', async () => {
    const fake = createFakeWandb();
    const { status, body } = await post(fake, { query: 'query Viewer { viewer { username } }', operationName: '', variables: null });
    expect(status).toBe(200);
    expect(body.data).toEqual({ viewer: { username: 'demo-user' } });
    expect(fake.requests[0]).toMatchObject({ operationName: 'Viewer', method: 'POST', path: '/graphql', status: 200 });
  });

  it('executes aliases, fragments and __typename', async () => {
    const fake = createFakeWandb({ seed: 'demo' });
    const query = `query P($e: String!) { result: project(entityName: $e, name: "cartpole") { __typename ...F count: runCount } }
      fragment F on Project { name entity { name } }`;
    const { body } = await post(fake, { query, variables: { e: 'demo-team' } });
    expect(body.data).toEqual({ result: { __typename: 'Project', name: 'cartpole', entity: { name: 'demo-team' }, count: 4 } });
  });

  it("gives each demo run the config.yaml W&B saves with a run (the README's `file get` example)", async () => {
    const fake = createFakeWandb({ seed: 'demo' });
    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {} });
    const run = await api.run('demo-team/image-classifier/cifar-01');
    expect((await run.files().toArray()).map((f) => f.name)).toEqual(['config.yaml']);
    const text = await (await run.file('config.yaml')).text();
    expect(text.startsWith('wandb_version: 1\n\n')).toBe(true);
    expect(text).toContain(`lr:\n  desc: null\n  value: ${String(run.config.lr)}\n`);
    expect(text).toContain('architecture:\n  desc: null\n  value: resnet18\n');
  });

  it('logs operation names and variables', async () => {
    const fake = createFakeWandb({ seed: 'demo' });
    await post(fake, {
      query: 'query Project($entity: String!, $name: String!) { project(entityName: $entity, name: $name) { id } }',
      variables: { entity: 'demo-team', name: 'cartpole' },
    });
    expect(fake.requests).toEqual([
      expect.objectContaining({ operationName: 'Project', variables: { entity: 'demo-team', name: 'cartpole' }, status: 200 }),
    ]);
    expect(fake.operations()).toEqual(['Project']);
  });

  it('injects faults for the next N calls of an operation, then answers normally', async () => {
    const fake = createFakeWandb();
    fake.failNext('Viewer', { status: 503 }, { times: 2 });
    const query = { query: 'query Viewer { viewer { id } }' };
    expect((await post(fake, query)).status).toBe(503);
    expect(fake.pendingFaults).toBe(1);
    expect((await post(fake, query)).status).toBe(503);
    expect((await post(fake, query)).status).toBe(200);
  });

  it('injects faults by HTTP path, and the wildcard matches any operation', async () => {
    const fake = createFakeWandb();
    fake.failNext({ path: '/sdk' }, { status: 500 });
    expect((await fake.fetch(`${fake.baseUrl}/sdk/otel/v1/metrics`, { method: 'POST' })).status).toBe(500);
    expect((await fake.fetch(`${fake.baseUrl}/sdk/otel/v1/metrics`, { method: 'POST' })).status).toBe(404);
    fake.failNext('*', { status: 502 });
    expect((await post(fake, { query: 'query Anything { viewer { id } }' })).status).toBe(502);
  });

  it('adds partial errors to a real answer', async () => {
    const fake = createFakeWandb();
    fake.failNext('Viewer', { errors: [{ message: 'partial', path: ['viewer'] }] });
    const { body } = await post(fake, { query: 'query Viewer { viewer { username } }' });
    expect(body).toEqual({ data: { viewer: { username: 'demo-user' } }, errors: [{ message: 'partial', path: ['viewer'] }] });
  });

  it('drops the connection when told to', async () => {
    const fake = createFakeWandb();
    fake.failNext('Viewer', { drop: true });
    await expect(post(fake, { query: 'query Viewer { viewer { id } }' })).rejects.toThrow('fetch failed');
    expect(fake.requests[0]?.status).toBe(0);
  });

  it('answers the telemetry probe with 404 and GET /graphql with 405', async () => {
    const fake = createFakeWandb();
    expect((await fake.fetch(`${fake.baseUrl}/sdk/otel/v1/metrics`, { method: 'POST' })).status).toBe(404);
    expect((await fake.fetch(`${fake.baseUrl}/graphql`)).status).toBe(405);
  });

  it("keeps the API keys of a user seeded again, the fake's own key among them", async () => {
    const fake = createFakeWandb();
    fake.seed.user({ username: 'demo-user', admin: true });
    fake.seed.user({ username: 'demo-user', apiKey: 'a-second-key' });
    expect((await post(fake, { query: '{ viewer { username admin } }' })).body.data).toEqual({ viewer: { username: 'demo-user', admin: true } });
    expect((await post(fake, { query: '{ viewer { username } }' }, 'a-second-key')).status).toBe(200);
  });

  it('keeps state across calls, resets to its seed, and snapshots deep copies', async () => {
    const fake = createFakeWandb({ seed: 'demo' });
    fake.seed.run({ project: 'extra', id: 'x1' });
    const snapshot = fake.snapshot();
    expect((snapshot.runs as Array<{ name: string }>).some((r) => r.name === 'x1')).toBe(true);
    fake.store.run('demo-user', 'extra', 'x1')!.state = 'crashed';
    expect((snapshot.runs as Array<{ name: string; state: string }>).find((r) => r.name === 'x1')?.state).toBe('finished');
    fake.reset();
    expect(fake.store.run('demo-user', 'extra', 'x1')).toBeUndefined();
    expect(fake.store.runsOf('demo-team', 'image-classifier')).toHaveLength(12);
    expect(fake.requests).toHaveLength(0);
  });

  it('serves the same answers over a real HTTP server, and drops connections there too', async () => {
    const fake = createFakeWandb({ seed: 'demo' });
    const server = await fake.listen({ port: 0 });
    try {
      const headers = { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}` };
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ viewer { username } }' }) });
      expect(await response.json()).toEqual({ data: { viewer: { username: 'demo-user' } } });
      fake.failNext('*', { drop: true });
      await expect(
        fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ viewer { id } }' }) }),
      ).rejects.toThrow();
    } finally {
      await server.close();
    }
  });

  it('round-trips the project schema through introspection (schema:pull)', async () => {
    const fake = createFakeWandb();
    const server = await fake.listen({ port: 0 });
    try {
      const pulled = await pullSchema({ endpoint: server.url, apiKey: fake.apiKey, env: {} });
      expect(pulled.trim()).toBe(printSchema(buildSchema(typeDefs)).trim());
    } finally {
      await server.close();
    }
  });

  it('as a command-line server, refuses a bad option with exit 2 and says which', async () => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'src/testing/bin.ts', '--port', '0', '--compile-queries', 'sometimes'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^wandb-api-fake: compileQueries must be one of 'auto', 'always', 'never', got "sometimes"\n/);
  });

  it('runs as a command-line server that prints its URL and key', async () => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'src/testing/bin.ts', '--port', '0', '--seed', 'demo'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (/WANDB_API_KEY=\w+/.test(text)) resolve(text);
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${text}`)));
      });
      const url = /WANDB_BASE_URL=(\S+)/.exec(output)?.[1] as string;
      const key = /WANDB_API_KEY=(\S+)/.exec(output)?.[1] as string;
      const headers = { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`api:${key}`).toString('base64')}` };
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ project(entityName: "demo-team", name: "cartpole") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { project: { name: 'cartpole' } } });
    } finally {
      child.kill();
    }
  });
});
