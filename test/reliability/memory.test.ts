/**
 * Memory: many Api instances, each used and then dropped, are all collected; the heap does not
 * grow with their number (the Python client keeps every instance alive through a cache).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Api, NotFoundError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { settle } from '../support/promises';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function collect(): Promise<void> {
  // Finalisation needs a few turns of the event loop between collections.
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const fake = createFakeWandb({ requestLogLimit: 100 });
fake.seed.run({ project: 'p', id: 'r1', config: { lr: 0.1 } });

/** One Api's life: built, used for a query and a failing call (every tenth also a list and a mutation), then dropped. */
async function useOnce(i: number, refs: Array<WeakRef<object>>): Promise<void> {
  const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch, retries: 0 });
  const run = await api.run('demo-user/p/r1');
  const missing = await settle(api.run(`demo-user/p/missing-${i}`));
  if (!(missing.error instanceof NotFoundError)) throw new Error('expected NotFoundError');
  if (i % 10 === 0) {
    await api.runs('demo-user/p', { perPage: 1 }).toArray();
    run.displayName = `run ${i}`;
    await run.update();
    refs.push(new WeakRef(api), new WeakRef(run));
  }
}

describe('memory', () => {
  it('collects every dropped Api and what it made, and the heap stays flat over 1,000 of them', async () => {
    const refs: Array<WeakRef<object>> = [];
    // Warm up: module caches, the fake's parsed queries and the JIT settle first.
    for (let i = 0; i < 100; i++) await useOnce(i, []);
    await collect();
    const before = process.memoryUsage().heapUsed;

    for (let i = 0; i < 1000; i++) await useOnce(i, refs);
    fake.clearRequests();
    await collect();
    const after = process.memoryUsage().heapUsed;

    expect(refs).toHaveLength(200);
    expect(refs.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
    // Generous: 1,000 leaked instances would hold tens of megabytes.
    expect(after - before).toBeLessThan(8 * 1024 * 1024);
  });
});
