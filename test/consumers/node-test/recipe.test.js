// The README's recipe with Node's own test runner, in plain JavaScript.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, test } from 'node:test';
import { setupServer } from 'msw/node';
import { Api, InvalidArgumentError, NotFoundError } from 'wandb-api';
import { createFakeWandb, historyRows } from 'wandb-api/testing';
import { mswHandlers } from 'wandb-api/testing/msw';

const seed = JSON.parse(readFileSync(new URL('./seed.json', import.meta.url), 'utf8'));
const fake = createFakeWandb({ seed });
const server = setupServer(...mswHandlers(fake));
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset());
after(() => server.close());

const api = () => new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, retryDelay: { base: 1, max: 10 } });

async function bestRun(client, path, metric) {
  for await (const run of client.runs(path, { order: `-summary_metrics.${metric}` })) {
    if (run.state !== 'finished') continue;
    const full = await client.run(`${path}/${run.name}`);
    return typeof full.summary[metric] === 'number' ? full : undefined;
  }
  return undefined;
}

test('picks the best finished run', async () => {
  fake.seed.run({ entity: 'lab', project: 'mnist', id: 'vit-1', summary: { accuracy: 0.999 } });
  assert.equal((await bestRun(api(), 'lab/mnist', 'accuracy'))?.name, 'vit-1');
});

test('survives a flaky server', async () => {
  fake.failNext('Runs', { status: 503 }, { times: 2 });
  assert.equal((await bestRun(api(), 'lab/mnist', 'accuracy'))?.name, 'cnn-1');
  assert.deepEqual(
    fake.requests.map((r) => r.status),
    [503, 503, 200, 200],
  );
});

test('reset goes back to the seed', async () => {
  assert.equal((await bestRun(api(), 'lab/mnist', 'accuracy'))?.name, 'cnn-1');
  await assert.rejects(bestRun(api(), 'lab/nope', 'accuracy'), NotFoundError);
});

test('parquet history reads the same as the GraphQL scan', async () => {
  fake.seed.run({ project: 'p', id: 'h', state: 'running', history: historyRows({ rows: 50, keys: ['loss'] }) });
  fake.seed.historyExport({ project: 'p', run: 'h', exportedRows: 30, rowsPerFile: 20 });
  const run = await api().run('demo-user/p/h');
  const rows = await run.scanHistory({ source: 'parquet' }).toArray();
  assert.equal(rows.length, 50);
  assert.deepEqual(rows, await run.scanHistory().toArray());
});

test('one error class; unknown fault targets refused', () => {
  assert.throws(() => fake.seed.run({ project: 'p', id: 7 }), InvalidArgumentError);
  assert.throws(() => fake.failNext('runs', { status: 503 }), InvalidArgumentError);
});
