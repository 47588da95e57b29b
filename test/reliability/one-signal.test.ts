/**
 * One AbortSignal for many calls in flight (a batch cancelled together, a download's files, a
 * history scan's ranges): the SDK puts one listener on it, not one per call, so Node never warns
 * of a listener leak; the signal is left with none once the calls are over, and aborting it
 * still stops every one of them.
 */
import { spawn } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { AbortError, Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';

const fake = createFakeWandb({ seed: 'empty' });
for (let i = 0; i < 200; i++) fake.seed.run({ project: 'p', id: `r${i}`, state: 'finished' });
const baseSettings = { baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, entity: 'demo-user', project: 'p', fetch: fake.fetch, retries: 0 };

test('200 concurrent calls on one signal put one listener on it, and none once they are over', async () => {
  const signal = new AbortController().signal;
  // Counted as each request goes out, while the other calls are running or queued.
  const listeners: number[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    listeners.push(getEventListeners(signal, 'abort').length);
    return fake.fetch(input, init);
  };
  const api = new Api({ ...baseSettings, fetch, maxConcurrency: 16 });
  const ids = Array.from({ length: 200 }, (_, i) => `r${i}`);
  const runs = await Promise.all(ids.map((id) => api.run(`p/${id}`, { signal })));
  expect(runs.map((run) => run.name)).toEqual(ids);
  expect(listeners).toHaveLength(200);
  expect(new Set(listeners)).toEqual(new Set([1]));
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);
});

test('aborting the one signal stops every call in flight and every call still queued', async () => {
  const controller = new AbortController();
  // The fourth request out aborts the lot: four are then in flight, 46 waiting for a slot.
  let sent = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    if (++sent === 4) controller.abort();
    return fake.fetch(input, init);
  };
  const api = new Api({ ...baseSettings, fetch, maxConcurrency: 4 });
  const calls = Array.from({ length: 50 }, (_, i) => api.run(`p/r${i}`, { signal: controller.signal }));
  const outcomes = await Promise.allSettled(calls);
  expect(outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof AbortError)).toHaveLength(50);
  expect(sent).toBe(4);
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});

test('a download of 300 files at concurrency 64, a history scan and 200 lookups on one signal raise no listener warning', async () => {
  const root = join(__dirname, '../..');
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'test/reliability/scripts/one-signal.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  expect(stderr).not.toMatch(/MaxListenersExceededWarning|memory leak/);
  expect(stdout.trim()).toBe('done');
  expect(code).toBe(0);
}, 60_000);

test('identical lookups in flight share one request, and one caller aborting does not fail the other', async () => {
  let sent = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    sent++;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return fake.fetch(input, init);
  };
  const api = new Api({ ...baseSettings, fetch });
  const controller = new AbortController();
  const impatient = api.run('p/r1', { signal: controller.signal });
  const patient = api.run('p/r1');
  setTimeout(() => controller.abort(), 20);
  const [first, second] = await Promise.allSettled([impatient, patient]);
  expect(first.status === 'rejected' && first.reason instanceof AbortError).toBe(true);
  expect(second.status === 'fulfilled' && second.value.name).toBe('r1');
  expect(sent).toBe(1);
});
