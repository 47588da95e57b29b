/**
 * What a user of the testing kit relies on beyond the README recipe, run in every test runner
 * of the consumer matrix against the packed package: parquet history through the fake, one
 * error class across entry points, checked fault targets, and the kit without MSW (`fake.fetch`).
 */
import { Api, InvalidArgumentError, NotFoundError } from 'wandb-api';
import { createFakeWandb, historyRows, SDK_OPERATIONS } from 'wandb-api/testing';

const fake = createFakeWandb();
const api = () => new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {}, retryDelay: { base: 1, max: 10 } });
afterEach(() => fake.reset());

test('history exported as parquet files reads the same as the GraphQL scan', async () => {
  fake.seed.run({ project: 'p', id: 'h', state: 'running', history: historyRows({ rows: 50, keys: ['loss'] }) });
  fake.seed.historyExport({ project: 'p', run: 'h', exportedRows: 30, rowsPerFile: 20 });
  const run = await api().run('demo-user/p/h');
  const viaParquet = await run.scanHistory({ source: 'parquet' }).toArray();
  expect(viaParquet).toHaveLength(50);
  expect(viaParquet).toEqual(await run.scanHistory().toArray());
  expect(fake.operations()).toContain('RunParquetHistory');
});

test('errors of the testing kit are the classes wandb-api exports', () => {
  let error: unknown;
  try {
    fake.seed.run({ project: 'p', id: 7 } as never);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect((error as InvalidArgumentError).argument).toBe('seed.run.id');
});

test('a fault target the fake does not know is refused, unless it is marked custom', async () => {
  expect(() => fake.failNext('runs' as never, { status: 503 })).toThrow(InvalidArgumentError);
  expect(() => fake.failNext('runs' as never, { status: 503 })).toThrow(/did you mean "Runs"/);
  expect(fake.armedFaults()).toHaveLength(0);
  expect(SDK_OPERATIONS).toContain('Runs');
  const armed = fake.failNext({ operation: 'MyQuery', custom: true }, { status: 503 });
  const answer = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${btoa(`api:${fake.apiKey}`)}` },
    body: JSON.stringify({ query: 'query MyQuery { viewer { username } }' }),
  });
  expect(answer.status).toBe(503);
  expect(armed.hits).toBe(1);
});

test('the fake answers through fake.fetch, without MSW', async () => {
  fake.failNext('Project', { status: 503 });
  await expect(api().project('nope', 'demo-user')).rejects.toBeInstanceOf(NotFoundError);
  expect(fake.requests.map((r) => r.status)).toEqual([503, 200]);
});
