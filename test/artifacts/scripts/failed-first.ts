/**
 * Downloads whose very first request fails, in a plain Node process: every storage GET answers
 * 503 (a run file) or 404 (an artifact's files), so no byte reaches the file writer. Prints one JSON object with what each
 * download threw; the test then needs the process to end by itself, as it does after a download
 * that worked.
 */
import { join } from 'node:path';
import { Api, type WandbError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { filesUnder, freshDir, removeDirs } from '../../support/folders';
import { printResultOf } from '../../support/script';

async function main(): Promise<Record<string, unknown>> {
  const fake = createFakeWandb({ seed: 'empty' });
  fake.seed.run({ project: 'p', id: 'r1' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'notes.txt', content: 'hello\n' });
  fake.seed.artifact({ project: 'p', name: 'data', files: { 'a.txt': 'a\n', 'b.txt': 'b\n' } });
  const server = await fake.listen({ port: 0 });
  const root = freshDir('wandb-api-failed-first-');
  const out: Record<string, unknown> = {};
  try {
    const api = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {}, retries: 1, retryDelay: { base: 1, max: 5 } });
    const name = (error: unknown) => (error as WandbError).name;
    fake.failNext({ path: /^\/files\// }, { status: 503 }, { times: 100 });
    const file = await (await api.run(`${fake.viewer.username}/p/r1`)).file('notes.txt');
    out.runFile = await file.download({ root: join(root, 'run') }).then(() => 'written', name);
    fake.clearFaults();
    fake.failNext({ path: /^\/storage\/.*\.txt$/ }, { status: 404 }, { times: 100 });
    const artifact = await api.artifact(`${fake.viewer.username}/p/data:v0`);
    out.artifact = await artifact.download({ root: join(root, 'artifact'), cacheDir: null }).then(() => 'written', name);
    out.left = filesUnder(root);
  } finally {
    await server.close();
    removeDirs();
  }
  return out;
}

printResultOf(main);
