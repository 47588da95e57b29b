/**
 * The foundation's calls as the real W&B Python client makes them (WIRE.md): the fields it
 * selects, `operationName` empty unless wandb-core fills it, `variables` null or {}, its headers.
 * The fake must answer each with exact __typenames and no null where the client needs a value.
 */
import { http, passthrough } from 'msw';
import { createFakeWandb, type FakeServer } from 'wandb-api/testing';
import { useFakeWandb } from '../support/fake';
import { dataAsPython, nullPaths, postAsPython, PYTHON_HEADERS } from '../support/python';

const { fake, server: msw } = useFakeWandb({ seed: 'demo' });
const WANDB_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

const USER_FIELDS = 'id name username email admin flags entity deletedAt';

describe('fidelity with the Python client: viewer', () => {
  it("answers wandb-core's Viewer (operationName set, variables null)", async () => {
    const query = `query Viewer { viewer { __typename id entity username email flags teams { __typename edges { node { __typename name } } } } }`;
    const answer = await postAsPython(fake, query, null, { operationName: 'Viewer' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      viewer: {
        __typename: 'User',
        id: expect.any(String),
        entity: 'demo-user',
        username: 'demo-user',
        email: 'demo-user@example.com',
        flags: '{}',
        teams: { __typename: 'EntityConnection', edges: [{ node: { __typename: 'Entity', name: 'demo-team' } }] },
      },
    });
    expect(fake.requests[0]).toMatchObject({ operationName: 'Viewer', operationType: 'query', variables: {} });
  });

  it('refuses Viewer with a wrong key with 401, which the client reports as an authentication error', async () => {
    const answer = await postAsPython(fake, 'query Viewer { viewer { id } }', null, { operationName: 'Viewer', apiKey: 'x'.repeat(40) });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.message).toMatch(/not logged in/);
  });

  it('answers GetViewer (variables {}) with API keys and teams, never the secret', async () => {
    const query = `query GetViewer { viewer { __typename ${USER_FIELDS} apiKeys { edges { node { __typename id name description } } } teams { edges { node { name } } } } }`;
    const data = await dataAsPython(fake, query, {});
    const viewer = data.viewer as Record<string, unknown>;
    expect(viewer).toMatchObject({
      __typename: 'User',
      username: 'demo-user',
      name: 'demo-user',
      admin: false,
      deletedAt: null,
      entity: 'demo-user',
    });
    const keys = (viewer.apiKeys as { edges: Array<{ node: Record<string, unknown> }> }).edges;
    expect(keys).toHaveLength(1);
    expect(keys[0]?.node).toMatchObject({ __typename: 'ApiKey', id: expect.any(String), name: fake.apiKey.slice(0, 6) });
    expect(JSON.stringify(data)).not.toContain(fake.apiKey);
    // deletedAt and description are nullable in W&B's schema; nothing else may be null.
    expect(nullPaths(data).filter((p) => !/deletedAt$|description$/.test(p))).toEqual([]);
  });

  it('answers GetDefaultEntity', async () => {
    const data = await dataAsPython(fake, 'query GetDefaultEntity { viewer { id entity } }');
    expect(data).toEqual({ viewer: { id: expect.any(String), entity: 'demo-user' } });
    expect(fake.operations()).toEqual(['GetDefaultEntity']);
  });
});

describe('fidelity with the Python client: projects', () => {
  const PROJECTS = `query GetProjects($entity: String, $cursor: String, $perPage: Int = 50) {
      models(entityName: $entity, after: $cursor, first: $perPage) {
        __typename
        edges { cursor node { ...ProjectBits } }
        pageInfo { __typename endCursor hasNextPage }
      }
    }
    fragment ProjectBits on Project { __typename id name entityName createdAt isBenchmark user { ${USER_FIELDS} } }`;

  it('pages GetProjects through the models root field, 200 per page as the client asks', async () => {
    for (let i = 0; i < 250; i++) fake.seed.project({ entity: 'big-team', name: `p${String(i).padStart(3, '0')}` });
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const data = await dataAsPython(fake, PROJECTS, { entity: 'big-team', cursor, perPage: 200 });
      const models = data.models as {
        __typename: string;
        edges: Array<{ cursor: string; node: Record<string, unknown> }>;
        pageInfo: { __typename: string; endCursor: string; hasNextPage: boolean };
      };
      expect(models.__typename).toBe('ProjectConnection');
      expect(models.pageInfo.__typename).toBe('PageInfo');
      for (const edge of models.edges) {
        expect(edge.node).toMatchObject({
          __typename: 'Project',
          entityName: 'big-team',
          isBenchmark: false,
          createdAt: expect.stringMatching(WANDB_TIME),
        });
        expect(edge.node.user).toMatchObject({ username: 'demo-user', admin: false });
        names.push(edge.node.name as string);
      }
      pages++;
      if (!models.pageInfo.hasNextPage) break;
      cursor = models.pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(names).toHaveLength(250);
    expect(new Set(names).size).toBe(250);
    expect(fake.requests.map((r) => r.variables)).toEqual([
      { entity: 'big-team', cursor: null, perPage: 200 },
      { entity: 'big-team', cursor: expect.any(String), perPage: 200 },
    ]);
  });

  it('answers GetProject, and null (which the client reads as not found) for a missing one', async () => {
    const query = `query GetProject($name: String!, $entity: String!) {
        project(name: $name, entityName: $entity) { __typename id name entityName createdAt isBenchmark user { ${USER_FIELDS} } }
      }`;
    const data = await dataAsPython(fake, query, { name: 'cartpole', entity: 'demo-team' });
    expect(data.project).toMatchObject({ __typename: 'Project', name: 'cartpole', entityName: 'demo-team', isBenchmark: false });
    expect(nullPaths(data).filter((p) => !/deletedAt$/.test(p))).toEqual([]);
    expect(await dataAsPython(fake, query, { name: 'nope', entity: 'demo-team' })).toEqual({ project: null });
  });

  it('creates a project with CreateProject (upsertModel aliased as result, project and model with views)', async () => {
    const fields = 'id name entityName description access views';
    const query = `mutation CreateProject($input: UpsertModelInput!) {
        result: upsertModel(input: $input) { __typename inserted project { __typename ${fields} } model { __typename ${fields} } }
      }`;
    const data = await dataAsPython(fake, query, { input: { entityName: 'demo-team', name: 'from-python' } });
    const result = data.result as { __typename: string; inserted: boolean; project: Record<string, unknown>; model: Record<string, unknown> };
    expect(result.__typename).toBe('UpsertModelPayload');
    expect(result.inserted).toBe(true);
    expect(result.project).toMatchObject({ __typename: 'Project', name: 'from-python', entityName: 'demo-team', access: 'PRIVATE', views: null });
    expect(result.model).toEqual(result.project);
    expect(fake.store.project('demo-team', 'from-python')).toBeDefined();
    expect(fake.requests[0]).toMatchObject({ operationName: 'CreateProject', operationType: 'mutation' });
    const again = await dataAsPython(fake, query, { input: { entityName: 'demo-team', name: 'from-python' } });
    expect((again.result as { inserted: boolean }).inserted).toBe(false);
  });
});

describe('fidelity with the Python client: server', () => {
  const FEATURES = 'query ServerFeaturesQuery { serverInfo { __typename features { __typename name isEnabled } } }';

  it("answers wandb-core's ServerFeaturesQuery (variables null) and Python's copy (operationName empty, variables {})", async () => {
    const fromCore = await dataAsPython(fake, FEATURES, null, { operationName: 'ServerFeaturesQuery' });
    const fromPython = await dataAsPython(fake, FEATURES, {});
    expect(fromPython).toEqual(fromCore);
    const info = fromCore.serverInfo as { __typename: string; features: Array<{ __typename: string; name: string; isEnabled: boolean }> };
    expect(info.__typename).toBe('ServerInfo');
    expect(info.features.map((f) => f.name)).toEqual(expect.arrayContaining(['ARTIFACT_REGISTRY_SEARCH', 'QUERY_AUTOMATIONS_ON_ENTITY']));
    expect(info.features.every((f) => f.__typename === 'ServerFeature')).toBe(true);
    expect(
      info.features
        .filter((f) => f.isEnabled)
        .map((f) => f.name)
        .sort(),
    ).toEqual([...fake.features].sort());
  });

  it('reports a feature switched off with isEnabled false, and one switched on with true', async () => {
    fake.features.delete('ARTIFACT_REGISTRY_SEARCH');
    fake.features.add('SWEEPS_LOCAL_SCHEDULER');
    const data = await dataAsPython(fake, FEATURES, {});
    const features = (data.serverInfo as { features: Array<{ name: string; isEnabled: boolean }> }).features;
    expect(features).toContainEqual(expect.objectContaining({ name: 'ARTIFACT_REGISTRY_SEARCH', isEnabled: false }));
    expect(features).toContainEqual(expect.objectContaining({ name: 'SWEEPS_LOCAL_SCHEDULER', isEnabled: true }));
  });

  it('answers the telemetry probe (two empty POSTs, no auth) with 404 so nothing more is sent', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await fake.fetch(`${fake.baseUrl}/sdk/otel/v1/metrics`, {
        method: 'POST',
        headers: { 'user-agent': 'OTel Go OTLP over HTTP/protobuf metrics exporter/1.43.0' },
      });
      expect(response.status).toBe(404);
    }
  });

  it('rejects a field the schema lacks as the server does, even with operationName empty', async () => {
    const answer = await postAsPython(fake, 'query GetViewer { viewer { id favouriteColour } }', {});
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe('Cannot query field "favouriteColour" on type "User".');
  });
});

describe('fidelity with the Python client over HTTP', () => {
  let server: FakeServer;
  beforeEach(async () => {
    server = await fake.listen({ port: 0, gzip: true });
    msw.use(http.all(`${server.url}/*`, () => passthrough()));
  });
  afterEach(() => server.close());

  it('tolerates its headers (empty ones included) and gzips the answer it accepts', async () => {
    const data = await dataAsPython(fake, 'query GetDefaultEntity { viewer { id entity } }', null, { url: server.url });
    expect(data).toEqual({ viewer: { id: expect.any(String), entity: 'demo-user' } });
    const logged = fake.requests[0]?.headers ?? {};
    for (const [name, value] of Object.entries(PYTHON_HEADERS)) expect(logged[name]).toBe(value);
    expect(logged.authorization).toBe('Basic ***');

    const { request } = await import('node:http');
    const raw = await new Promise<{ encoding: string | undefined; bytes: Buffer }>((resolve, reject) => {
      const body = JSON.stringify({ query: 'query GetViewer { viewer { username } }', variables: {}, operationName: '' });
      const headers = { ...PYTHON_HEADERS, authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}` };
      const req = request(`${server.url}/graphql`, { method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(raw.encoding).toBe('gzip');
    const { gunzipSync } = await import('node:zlib');
    expect(JSON.parse(gunzipSync(raw.bytes).toString())).toEqual({ data: { viewer: { username: 'demo-user' } } });
  });

  it('answers the telemetry probe over HTTP with 404', async () => {
    const response = await fetch(`${server.url}/sdk/otel/v1/metrics`, { method: 'POST', body: '' });
    expect(response.status).toBe(404);
  });
});

describe('the fake serves introspection', () => {
  it('answers the introspection query with every type of the schema', async () => {
    const own = createFakeWandb();
    const { getIntrospectionQuery } = await import('graphql');
    const data = await dataAsPython(own, getIntrospectionQuery(), {}, { operationName: 'IntrospectionQuery' });
    const names = (data.__schema as { types: Array<{ name: string }> }).types.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['User', 'Project', 'Entity', 'ServerInfo', 'PageInfo']));
  });
});
