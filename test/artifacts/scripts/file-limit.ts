/**
 * Downloads in a plain Node process started under a file size limit (`ulimit -f`), the way a
 * full disk or quota fails a write part-way. `MODE=no-workers` keeps the writer on the main
 * thread. Downloads an artifact whose large file is written in batches, one whose file is held
 * whole, and a run file, each larger than the limit, and prints one JSON object: what was
 * thrown, how often each file was fetched, and what was left behind.
 */
import { randomBytes } from 'node:crypto';
import { Api, type WandbError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { filesUnder, freshDir, removeDirs } from '../../support/folders';
import { printResultOf, withoutWorkerThreads } from '../../support/script';

if (process.env.MODE === 'no-workers') withoutWorkerThreads();

/** What a failed call threw, in the terms a caller branches on. */
function described(error: unknown): Record<string, unknown> {
  const e = error as WandbError & { code?: string; path?: string };
  return { name: e.name, code: e.code, path: typeof e.path === 'string' ? e.path.split(/[\\/]/).pop() : undefined };
}

async function main(): Promise<Record<string, unknown>> {
  const fake = createFakeWandb({ seed: 'empty' });
  // The limit is 512 KiB: both large files pass it, the small one does not.
  const batched = fake.seed.artifact({ project: 'p', name: 'batched', files: { 'big.bin': randomBytes(3 << 20), 'small.bin': randomBytes(1024) } });
  const whole = fake.seed.artifact({ project: 'p', name: 'whole', files: { 'whole.bin': randomBytes(900 << 10) } });
  fake.seed.run({ project: 'p', id: 'r1' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'model.bin', content: randomBytes(2 << 20) });
  const server = await fake.listen({ port: 0 });
  const api = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {}, retries: 3 });
  const out: Record<string, unknown> = {};
  const gets = (digest: string) => {
    const hex = Buffer.from(digest, 'base64').toString('hex');
    return fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith(`/storage/${hex}`)).length;
  };
  try {
    for (const [name, record, file] of [
      ['batched', batched, 'big.bin'],
      ['whole', whole, 'whole.bin'],
    ] as const) {
      const root = freshDir('wandb-api-limit-');
      const error = await (await api.artifact(`demo-user/p/${name}:v0`)).download({ root, cacheDir: null, concurrency: 1 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      out[name] = { error: described(error), gets: gets(record.contents[file]!.digest), left: filesUnder(root).filter((f) => f !== 'small.bin') };
    }
    const root = freshDir('wandb-api-limit-');
    const runFile = await (await api.run('demo-user/p/r1')).file('model.bin');
    const before = fake.requests.length;
    const error = await runFile.download({ root }).then(
      () => undefined,
      (e: unknown) => e,
    );
    out.runFile = {
      error: described(error),
      gets: fake.requests.slice(before).filter((r) => r.method === 'GET' && r.path.startsWith('/storage/')).length,
      left: filesUnder(root),
    };
  } finally {
    removeDirs();
    await server.close();
  }
  return out;
}

printResultOf(main);
