import { setupServer } from 'msw/node';
import { Api, InvalidArgumentError } from 'wandb-api';
import { createFakeWandb, PYTHON_CLIENT_OPERATIONS, SDK_OPERATIONS, type FaultTarget } from 'wandb-api/testing';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { postAsPython } from '../support/python';

const { fake } = useFakeWandb({ seed: 'demo' });

describe('fault targets', () => {
  it('knows the operations the SDK and W&B’s Python client send', () => {
    expect(SDK_OPERATIONS).toEqual(expect.arrayContaining(['Runs', 'Run', 'Viewer', 'CreateProject', 'RunParquetHistory']));
    expect(SDK_OPERATIONS).toHaveLength(new Set(SDK_OPERATIONS).size);
    expect(PYTHON_CLIENT_OPERATIONS).toEqual(expect.arrayContaining(['GetViewer', 'GetProjects', 'UpsertBucket', 'SampledHistoryPage']));
    for (const target of ['Runs', 'GetViewer', 'ServerFeaturesQuery', '*'] as const) expect(fake.failNext(target, { status: 503 }).active).toBe(true);
  });

  it('refuses a name the fake does not know, suggesting the right case, and arms nothing', () => {
    for (const arm of [
      () => fake.failNext('runs' as FaultTarget, { status: 503 }),
      () => fake.failRate('runs' as FaultTarget, 0.5, { status: 503 }),
      () => fake.rateLimit('runs' as FaultTarget, { limit: 1 }),
      () => fake.failNext({ operation: 'runs' } as FaultTarget, { status: 503 }),
    ]) {
      let error: unknown;
      try {
        arm();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('target');
      expect((error as Error).message).toMatch(/"runs" is not an operation .*did you mean "Runs"\?.*custom: true/);
    }
    expect(() => fake.failNext('NoSuchThing' as FaultTarget, { status: 503 })).toThrow(/^(?!.*did you mean)/);
    expect(() => fake.failNext({ operation: '', custom: true }, { status: 503 })).toThrow(InvalidArgumentError);
    expect(() => fake.failNext({ path: 7 } as unknown as FaultTarget, { status: 503 })).toThrow(InvalidArgumentError);
    expect(fake.armedFaults()).toEqual([]);
  });

  it('arms an operation of the caller’s own when it is marked custom, and it fires only for that operation', async () => {
    const armed = fake.failNext({ operation: 'BestRun', custom: true }, { status: 503 });
    expect((await postAsPython(fake, 'query Viewer { viewer { username } }')).status).toBe(200);
    expect((await postAsPython(fake, 'query BestRun { viewer { username } }')).status).toBe(503);
    expect(armed).toMatchObject({ hits: 1, active: false });
    expect(JSON.parse(JSON.stringify(armed)).target).toEqual({ operation: 'BestRun', custom: true });
  });

  it('checks targets armed over HTTP the same way', async () => {
    const arm = (target: unknown) =>
      fake.fetch(`${fake.baseUrl}/_fake/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target, fault: { status: 503 } }),
      });
    const refused = await arm('runs');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/did you mean "Runs"/);
    expect((await arm({ operation: 'BestRun', custom: true })).status).toBe(201);
    expect((await arm('GetViewer')).status).toBe(201);
    expect(fake.armedFaults().map((a) => a.target)).toEqual([{ operation: 'BestRun', custom: true }, 'GetViewer']);
  });
});

describe('the testing kit and msw', () => {
  it('still offers the deprecated fake.handlers, answering as mswHandlers does', async () => {
    const own = createFakeWandb({ seed: 'demo', baseUrl: 'https://deprecated.wandb.test' });
    const server = setupServer(...own.handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const viewer = await new Api({ baseUrl: own.baseUrl, apiKey: own.apiKey, env: {} }).viewer();
      expect(viewer.username).toBe('demo-user');
      expect(own.handlers).toBe(own.handlers);
    } finally {
      server.close();
    }
  });
});

describe('CORS on the HTTP server', () => {
  it('answers a preflight without logging it, and lets a page on another origin read the answers', async () => {
    const server = await fake.listen({ port: 0 });
    try {
      const preflight = await fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://page.test',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://page.test');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
      expect(fake.requests).toHaveLength(0);

      fake.failNext('Viewer', { status: 429, retryAfter: 1 });
      const post = () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { origin: 'http://page.test', 'content-type': 'application/json', authorization: `Basic ${btoa(`api:${fake.apiKey}`)}` },
          body: JSON.stringify({ query: 'query Viewer { viewer { username } }' }),
        });
      const limited = await post();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('access-control-allow-origin')).toBe('http://page.test');
      expect(limited.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
      const answer = await post();
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://page.test');
      const plain = await fetch(`${server.url}/_fake`);
      expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});

it('reports a missing fault target as a typed error from every entry point', async () => {
  expect(await rejectionOf(Promise.resolve().then(() => fake.failNext(undefined as unknown as FaultTarget, { status: 503 })))).toBeInstanceOf(
    InvalidArgumentError,
  );
});
