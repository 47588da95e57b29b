/**
 * Testing your own code against the fake W&B with jest and MSW: no network, no W&B account.
 * `mswHandlers(fake)` answer for the fake's base URL; every request executes real GraphQL
 * against the W&B schema, over data seeded from seed.json.
 */
import { setupServer } from 'msw/node';
import { Api, NotFoundError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { mswHandlers } from 'wandb-api/testing/msw';
import { bestRun } from './bestRun';
import seed from './seed.json';

const fake = createFakeWandb({ seed });
const server = setupServer(...mswHandlers(fake));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => fake.reset()); // back to seed.json; the request log and armed faults are cleared
afterAll(() => server.close());

// `env: {}` keeps the machine's WANDB_* variables out of the test; short retry delays keep it fast.
const api = () => new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, retryDelay: { base: 1, max: 10 } });

describe('bestRun', () => {
  it('picks the finished run with the highest accuracy, skipping a crashed one', async () => {
    const best = await bestRun(api(), 'lab/mnist', 'accuracy');
    expect(best?.name).toBe('cnn-1');
    expect(best?.config).toMatchObject({ model: 'cnn', lr: 0.001 });
  });

  it('picks the lowest loss when asked to minimize', async () => {
    const best = await bestRun(api(), 'lab/mnist', 'loss', { goal: 'minimize' });
    expect(best?.name).toBe('cnn-3');
  });

  it('sees runs a test adds with the typed builders', async () => {
    fake.seed.run({ entity: 'lab', project: 'mnist', id: 'vit-1', summary: { accuracy: 0.999 } });
    expect((await bestRun(api(), 'lab/mnist', 'accuracy'))?.name).toBe('vit-1');
  });

  it('returns undefined when no finished run has the metric', async () => {
    fake.seed.run({ entity: 'lab', project: 'empty', id: 'r1', state: 'running', summary: { accuracy: 0.5 } });
    fake.seed.run({ entity: 'lab', project: 'empty', id: 'r2', summary: { loss: 1 } });
    await expect(bestRun(api(), 'lab/empty', 'accuracy')).resolves.toBeUndefined();
  });

  it('still answers when the server fails twice (the SDK retries)', async () => {
    fake.failNext('Runs', { status: 503 }, { times: 2 });
    expect((await bestRun(api(), 'lab/mnist', 'accuracy'))?.name).toBe('cnn-1');
    expect(fake.operations()).toEqual(['Runs', 'Runs', 'Runs', 'Run']);
    expect(fake.requests.map((r) => r.status)).toEqual([503, 503, 200, 200]);
  });

  it('throws NotFoundError for a project that does not exist', async () => {
    await expect(bestRun(api(), 'lab/nope', 'accuracy')).rejects.toBeInstanceOf(NotFoundError);
  });
});
