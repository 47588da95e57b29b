/**
 * The fake compiles queries whose answers are large (graphql-jit) and interprets the rest
 * (graphql-js). A client must not tell the two apart: the same requests, sent in the same order
 * to a fake that compiles everything and to one that compiles nothing, get the same status and
 * the same bytes back, errors and all.
 */
import { Api } from 'wandb-api';
import { createFakeWandb, type FakeSeeder, type FakeWandb, type FakeWandbOptions, type QueryCompilation } from 'wandb-api/testing';

const apiKey = 'k'.repeat(40);
const authorization = `Basic ${Buffer.from(`api:${apiKey}`).toString('base64')}`;

interface Sent {
  query: string;
  variables?: unknown;
  operationName?: string;
}

const fakeWith = (compileQueries: QueryCompilation, seed: NonNullable<FakeWandbOptions['seed']> = 'demo') =>
  createFakeWandb({ seed, apiKey, compileQueries });

async function post(fake: FakeWandb, body: Sent): Promise<{ status: number; text: string }> {
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

/** Sends every request, in order, to both fakes and expects the same answers. */
async function expectAlike(requests: readonly Sent[]): Promise<number> {
  const interpreted = fakeWith('never');
  const compiled = fakeWith('always');
  for (const request of requests) {
    const [a, b] = [await post(interpreted, request), await post(compiled, request)];
    expect({ request: request.operationName ?? request.query.slice(0, 60), ...b }).toEqual({
      request: request.operationName ?? request.query.slice(0, 60),
      ...a,
    });
  }
  return requests.length;
}

/** The GraphQL requests the SDK sends for a tour of its surface, reads and writes. */
async function sdkTraffic(): Promise<Sent[]> {
  const fake = fakeWith('never');
  const sent: Sent[] = [];
  const fetch = async (input: Parameters<typeof globalThis.fetch>[0], init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.endsWith('/graphql')) sent.push((await request.clone().json()) as Sent);
    return fake.fetch(request);
  };
  const api = new Api({ baseUrl: fake.baseUrl, apiKey, fetch, env: {} });
  await api.viewer();
  await api.projects('demo-team').toArray();
  await api.project('image-classifier', 'demo-team');
  const runs = await api
    .runs('demo-team/image-classifier', { filters: { 'config.optimizer': 'adam' }, order: '-summary_metrics.accuracy' })
    .toArray();
  await api.runs('demo-team/image-classifier', { select: { config: ['lr'], summary: ['loss'] }, perPage: 5 }).toArray();
  const run = await api.run('demo-team/image-classifier/cifar-01');
  await run.history({ keys: ['loss', 'accuracy'], samples: 20 });
  await run.files().toArray();
  await run.loggedArtifacts().toArray();
  run.config = { ...run.config, note: 'compiled and interpreted alike' };
  run.tags = [...run.tags, 'checked'];
  await run.update();
  await api.sweep('demo-team/image-classifier/k3v9q2xz');
  await api.reports('demo-team/image-classifier').toArray();
  const artifact = await api.artifact('demo-team/image-classifier/cifar10-sample:latest');
  await artifact.files().toArray();
  await api.artifactTypes('demo-team/image-classifier').toArray();
  await api.artifactCollections('demo-team/image-classifier', 'dataset').toArray();
  await api.team('demo-team');
  await api.user('demo-user').catch(() => undefined);
  await api.runQueues('demo-team').toArray();
  await api.run('demo-team/image-classifier/no-such-run').catch(() => undefined);
  await api.project('nothing', 'nobody').catch(() => undefined);
  expect(runs.length).toBeGreaterThan(0);
  return sent;
}

describe('compiled and interpreted queries answer alike', () => {
  it("gives the same answers to the SDK's requests, reads and writes, in order", async () => {
    const requests = await sdkTraffic();
    expect(requests.length).toBeGreaterThan(20);
    expect(await expectAlike(requests)).toBe(requests.length);
  });

  it('gives the same answers where GraphQL itself has something to say', async () => {
    const requests: Sent[] = [
      // Fragments, aliases, variables with defaults, and @include / @skip on them.
      {
        query: `query Q($entity: String!, $full: Boolean = false, $n: Int = 3) {
          a: project(entityName: $entity, name: "image-classifier") { ...P runs(first: $n) { edges { cursor node { name config @include(if: $full) summaryMetrics @skip(if: $full) } } pageInfo { endCursor hasNextPage } } }
          b: project(entityName: $entity, name: "cartpole") { ...P }
        } fragment P on Project { __typename id name entityName description runCount }`,
        variables: { entity: 'demo-team' },
      },
      { query: 'query Q($full: Boolean!) { viewer { username email @include(if: $full) } }', variables: { full: true } },
      // Variables of the wrong type, missing, or not declared.
      {
        query: 'query Q($n: Int!) { project(entityName: "demo-team", name: "cartpole") { runs(first: $n) { edges { node { name } } } } }',
        variables: { n: 'three' },
      },
      {
        query: 'query Q($n: Int!) { project(entityName: "demo-team", name: "cartpole") { runs(first: $n) { edges { node { name } } } } }',
        variables: {},
      },
      {
        query: 'query Q($n: Int!) { project(entityName: "demo-team", name: "cartpole") { runs(first: $n) { edges { node { name } } } } }',
        variables: { n: 2.5 },
      },
      // A resolver's error beside data that is still there, and an error the fake raises in a list.
      { query: '{ viewer { username } project(entityName: "demo-team", name: "cartpole") { runs(first: -1) { edges { node { name } } } } }' },
      { query: '{ project(entityName: "demo-team", name: "cartpole") { runs(first: 2, after: "bm90LWEtY3Vyc29y") { edges { node { name } } } } }' },
      {
        query: '{ project(entityName: "demo-team", name: "cartpole") { runs(first: 2, filters: "{\\"$bogus\\": 1}") { edges { node { name } } } } }',
      },
      // Nothing there: null, as W&B answers.
      { query: '{ project(entityName: "nobody", name: "nothing") { id runs(first: 1) { edges { node { name } } } } }' },
      // Introspection, __typename on every level, and several operations to pick from.
      { query: '{ __schema { queryType { name } } __type(name: "Run") { name fields { name } } }' },
      { query: 'query A { viewer { username } } query B { viewer { __typename id } }', operationName: 'B' },
      // JSON strings, dates and custom scalars as they are serialized.
      {
        query:
          '{ project(entityName: "demo-team", name: "image-classifier") { run(name: "cifar-02") { config summaryMetrics systemMetrics createdAt heartbeatAt tags historyKeys sampledHistory(specs: ["{\\"keys\\": [\\"loss\\"], \\"samples\\": 5}"]) } } }',
      },
    ];
    expect(await expectAlike(requests)).toBe(requests.length);
  });

  it('answers pages of a thousand runs alike, before and after the fake chooses to compile them', async () => {
    const seed = (s: FakeSeeder) =>
      s.runs({ project: 'big', count: 2500, config: (i) => ({ lr: i / 1000, layers: i % 7 }), summary: (i) => ({ loss: 1 / (i + 1) }) });
    const page = (after: string | null): Sent => ({
      query: `query Page($after: String) { project(entityName: "demo-user", name: "big") { runCount runs(first: 1000, after: $after) { edges { cursor node { id name state config(keys: ["lr"]) summaryMetrics(keys: ["loss"]) createdAt user { username } } } pageInfo { endCursor hasNextPage } } } }`,
      variables: { after },
    });
    const auto = createFakeWandb({ seed, apiKey, compileQueries: 'auto' });
    const never = createFakeWandb({ seed, apiKey, compileQueries: 'never' });
    let after: string | null = null;
    let pages = 0;
    // The same first page asked again and again: by the later times, a page of this size has been compiled.
    for (let i = 0; i < 4; i++) expect(await post(auto, page(null))).toEqual(await post(never, page(null)));
    do {
      const [a, b] = [await post(auto, page(after)), await post(never, page(after))];
      expect(a).toEqual(b);
      const data = JSON.parse(a.text) as { data: { project: { runs: { pageInfo: { endCursor: string; hasNextPage: boolean } } } } };
      after = data.data.project.runs.pageInfo.hasNextPage ? data.data.project.runs.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
  });

  it('counts answers by how they ran, compiles a large answer under auto, and leaves very long documents interpreted', async () => {
    const seed = (s: FakeSeeder) => s.runs({ project: 'big', count: 2000, config: (i) => ({ lr: i / 1000 }) });
    const page =
      'project(entityName: "demo-user", name: "big") { runs(first: 2000) { edges { node { id name state config createdAt user { username } } } } }';
    // The same large answer, asked by a short document and by one padded past 500 fields.
    const short: Sent = { query: `{ ${page} }` };
    const long: Sent = { query: `{ ${page} ${Array.from({ length: 500 }, (_, i) => `v${i}: viewer { username }`).join(' ')} }` };
    const auto = createFakeWandb({ seed, apiKey, compileQueries: 'auto' });
    for (let i = 0; i < 4; i++) expect((await post(auto, short)).status).toBe(200);
    // Compiling happens after an answer, for the ones that follow: by the fourth, it is done.
    expect(auto.queryStats.interpreted).toBeGreaterThanOrEqual(1);
    expect(auto.queryStats.compiled).toBeGreaterThanOrEqual(1);
    expect(auto.queryStats.interpreted + auto.queryStats.compiled).toBe(4);
    auto.reset();
    expect(auto.queryStats).toEqual({ interpreted: 0, compiled: 0 });
    for (let i = 0; i < 4; i++) expect((await post(auto, long)).status).toBe(200);
    expect(auto.queryStats).toEqual({ interpreted: 4, compiled: 0 });

    const never = createFakeWandb({ seed, apiKey, compileQueries: 'never' });
    const always = createFakeWandb({ seed, apiKey, compileQueries: 'always' });
    for (let i = 0; i < 2; i++) {
      await post(never, short);
      await post(always, long);
    }
    expect(never.queryStats).toEqual({ interpreted: 2, compiled: 0 });
    expect(always.queryStats).toEqual({ interpreted: 0, compiled: 2 });
  });

  it('refuses an unknown compileQueries setting with a typed error', () => {
    expect(() => createFakeWandb({ compileQueries: 'sometimes' as never })).toThrow(
      expect.objectContaining({
        name: 'InvalidArgumentError',
        message: expect.stringMatching(/compileQueries must be one of 'auto', 'always', 'never', got "sometimes"/),
      }),
    );
  });
});
