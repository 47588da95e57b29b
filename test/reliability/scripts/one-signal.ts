/**
 * Many calls in flight on one AbortSignal: an artifact download of 300 files at concurrency 64,
 * a history scan over 8 ranges, 200 concurrent lookups. Prints "done" when all of it worked;
 * the test reads this process's stderr for Node's listener warnings.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';

async function main(): Promise<void> {
  const fake = createFakeWandb({ seed: 'empty' });
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) files[`data/f${i}.txt`] = `content ${i}`;
  fake.seed.artifact({ project: 'p', name: 'many', files });
  for (let i = 0; i < 200; i++) fake.seed.run({ project: 'p', id: `r${i}` });
  fake.seed.run({ project: 'p', id: 'long', history: Array.from({ length: 4000 }, (_, step) => ({ loss: 1 / (step + 1) })) });
  const api = new Api({
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    env: {},
    entity: 'demo-user',
    project: 'p',
    fetch: fake.fetch,
    maxConcurrency: 64,
  });
  const signal = new AbortController().signal;
  const root = await mkdtemp(join(tmpdir(), 'one-signal-'));
  try {
    const artifact = await api.artifact('p/many:latest', undefined, { signal });
    await artifact.download({ root, concurrency: 64, signal, timeout: 20_000 });
    const run = await api.run('p/long', { signal });
    let rows = 0;
    for await (const row of run.scanHistory({ keys: ['loss'], pageSize: 500, signal })) rows += row === undefined ? 0 : 1;
    if (rows !== 4000) throw new Error(`scanned ${rows} rows`);
    await Promise.all(Array.from({ length: 200 }, (_, i) => api.run(`p/r${i}`, { signal })));
    process.stdout.write('done\n');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
