/**
 * Downloads in a plain Node process that has used up its open files (under a low `ulimit -n`),
 * the way a busy process fails to create a file. The fake is reached through its in-process
 * `fetch`, so no socket needs a descriptor. `MODE=no-workers` keeps the writer on the main
 * thread. Downloads an artifact once with every descriptor taken, then once more after letting
 * them go, and prints one JSON object: what the first attempt threw, how often the file was
 * fetched, what was left behind, and what the second attempt wrote.
 */
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Api, type WandbError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { filesUnder, freshDir, removeDirs } from '../../support/folders';
import { printResultOf, withoutWorkerThreads } from '../../support/script';

if (process.env.MODE === 'no-workers') withoutWorkerThreads();

/** Opens `/dev/null` until the process may open no more; the descriptors, to close later. */
function takeEveryDescriptor(): number[] {
  const taken: number[] = [];
  for (;;) {
    try {
      taken.push(openSync('/dev/null', 'r'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EMFILE') return taken;
      throw error;
    }
  }
}

async function main(): Promise<Record<string, unknown>> {
  const fake = createFakeWandb({ seed: 'empty' });
  fake.seed.artifact({ project: 'p', name: 'warm', files: { 'warm.txt': 'first' } });
  fake.seed.artifact({ project: 'p', name: 'data', files: { 'data.txt': 'the bytes' } });
  const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {} });
  // One download first, so that the writer (and every module a download loads) is up.
  await (await api.artifact('demo-user/p/warm:v0')).download({ root: freshDir('wandb-api-fds-'), cacheDir: null });
  const artifact = await api.artifact('demo-user/p/data:v0');
  const root = freshDir('wandb-api-fds-');
  const gets = () =>
    fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/storage/') && !r.path.endsWith('/wandb_manifest.json')).length;
  const before = gets();
  const taken = takeEveryDescriptor();
  let error: unknown;
  try {
    error = await artifact.download({ root, cacheDir: null }).then(
      () => undefined,
      (e: unknown) => e,
    );
  } finally {
    for (const fd of taken) closeSync(fd);
  }
  const e = error as WandbError & { code?: string; path?: string };
  const out: Record<string, unknown> = {
    error: { name: e?.name, code: e?.code, path: typeof e?.path === 'string' ? e.path.split(/[\\/]/).pop() : undefined },
    gets: gets() - before,
    left: filesUnder(root),
  };
  try {
    await artifact.download({ root, cacheDir: null });
    out.after = readFileSync(join(root, 'data.txt'), 'utf8');
  } finally {
    removeDirs();
  }
  return out;
}

printResultOf(main);
