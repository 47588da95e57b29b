import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortError, InvalidArgumentError, NotFoundError, type Run, type RunState } from 'wandb-api';
import { historyRows } from 'wandb-api/testing';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

async function runWith(history: Array<Record<string, unknown>>, state: RunState = 'finished'): Promise<Run> {
  fake.seed.run({ project: 'p', id: 'h', history, state });
  fake.requests.length = 0;
  const run = await api({ entity: 'demo-user' }).run('p/h');
  fake.requests.length = 0;
  return run;
}

const ops = () => fake.operations();
const stored = () => fake.store.run('demo-user', 'p', 'h')!.history;

/** A fetch that records the Authorization header sent to each URL, and the GraphQL calls in flight. */
function recordingFetch() {
  const sent: Array<{ url: string; auth: boolean }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const wrapped: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({ url, auth: new Headers(init?.headers).has('authorization') });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await fetch(input, init);
    } finally {
      inFlight--;
    }
  };
  return { fetch: wrapped, sent, maxInFlight: () => maxInFlight };
}

describe('run.history()', () => {
  it('samples rows with the keys asked for (and the x-axis), only rows that have all of them', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ loss: i, ...(i % 10 === 0 ? { val: i / 10 } : {}) }));
    const run = await runWith(rows);
    const sampled = await run.history({ keys: ['loss', 'val'], samples: 5 });
    expect(sampled).toEqual([0, 20, 50, 70, 90].map((s) => ({ _step: s, loss: s, val: s / 10 })));
    expect(ops()).toEqual(['RunSampledHistory']);
    expect(JSON.parse((fake.requests[0]?.variables?.specs as string[])[0] as string)).toEqual({ keys: ['_step', 'loss', 'val'], samples: 5 });
    const byLoss = await run.history({ keys: ['val'], xAxis: 'loss', samples: 3 });
    expect(byLoss).toEqual([
      { loss: 0, val: 0 },
      { loss: 50, val: 5 },
      { loss: 90, val: 9 },
    ]);
  });

  it('returns whole rows without keys, first and last included', async () => {
    const run = await runWith(historyRows({ rows: 1000 }));
    const rows = await run.history({ samples: 10 });
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual(stored()[0]);
    expect(rows[9]).toEqual(stored()[999]);
    expect(await run.history()).toHaveLength(500);
  });

  it('returns system metrics with stream "system"', async () => {
    const run = await runWith([]);
    fake.seed.runEvents({ project: 'p', run: 'h' }, [
      { 'system.cpu': 10, _timestamp: 1 },
      { 'system.cpu': 20, _timestamp: 2 },
    ]);
    expect(await run.history({ stream: 'system' })).toEqual([
      { 'system.cpu': 10, _timestamp: 1 },
      { 'system.cpu': 20, _timestamp: 2 },
    ]);
    expect(ops()).toEqual(['RunEvents']);
  });

  it('refuses bad options before any request', async () => {
    const run = await runWith([]);
    for (const options of [
      { samples: 0 },
      { keys: 'loss' as never },
      { keys: ['loss'], stream: 'system' as const },
      { stream: 'gpu' as never },
      { xAxis: '' },
    ]) {
      expect(await rejectionOf(run.history(options))).toBeInstanceOf(InvalidArgumentError);
    }
    expect(fake.requests).toHaveLength(0);
  });
});

describe('run.scanHistory()', () => {
  it('yields every row in step order, one request per step range', async () => {
    const run = await runWith(historyRows({ rows: 2500 }));
    const rows = await run.scanHistory({ pageSize: 1000 }).toArray();
    expect(rows).toEqual(stored());
    expect(ops()).toEqual(['RunHistoryKeys', 'RunFullHistory', 'RunFullHistory', 'RunFullHistory']);
  });

  it('keeps only rows that have every key (W&B semantics), with those keys and _step', async () => {
    const history = Array.from({ length: 300 }, (_, i) => ({
      loss: i,
      ...(i % 10 === 0 ? { val: 1000 + i } : {}),
      ...(i % 25 === 0 ? { lr: 1 } : {}),
    }));
    const run = await runWith(history);
    const rows = await run.scanHistory({ keys: ['loss', 'val'], pageSize: 64 }).toArray();
    expect(rows).toEqual(Array.from({ length: 30 }, (_, k) => ({ _step: k * 10, loss: k * 10, val: 1000 + k * 10 })));
    expect((await run.scanHistory({ keys: ['val', 'lr'] }).toArray()).map((r) => r._step)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('yields nothing for a key never logged, and for an empty run, without error', async () => {
    const run = await runWith(historyRows({ rows: 50 }));
    expect(await run.scanHistory({ keys: ['never'] }).toArray()).toEqual([]);
    fake.seed.run({ project: 'p', id: 'empty' });
    fake.requests.length = 0;
    const empty = await api({ entity: 'demo-user' }).run('p/empty');
    fake.requests.length = 0;
    expect(await empty.scanHistory().toArray()).toEqual([]);
    expect(await empty.scanHistory({ source: 'parquet' }).toArray()).toEqual([]);
    expect(ops()).toEqual(['RunHistoryKeys', 'RunHistoryKeys']);
  });

  it('handles steps that start far above 0 without paging through the empty steps', async () => {
    const run = await runWith(historyRows({ rows: 120, firstStep: 5_000_000 }));
    const rows = await run.scanHistory({ pageSize: 50 }).toArray();
    expect(rows).toEqual(stored());
    expect(ops()).toEqual(['RunHistoryKeys', 'RunSampledHistory', 'RunFullHistory', 'RunFullHistory', 'RunFullHistory']);
  });

  it('handles resumed runs whose steps jump, and sparse logging', async () => {
    const resumed = [...historyRows({ rows: 700 }), ...historyRows({ rows: 700, firstStep: 90_000 })];
    const run = await runWith(resumed);
    expect(await run.scanHistory({ keys: ['loss'], pageSize: 500 }).toArray()).toEqual(resumed.map((r) => ({ _step: r._step, loss: r.loss })));
    expect(ops().filter((o) => o === 'RunSampledHistory')).toHaveLength(1 + 3);

    fake.seed.history({ project: 'p', run: 'h' }, historyRows({ rows: 1500, stepEvery: 1000 }));
    fake.requests.length = 0;
    expect(await run.scanHistory({ pageSize: 500 }).toArray()).toEqual(stored());
    expect(ops()).toEqual(['RunHistoryKeys', 'RunSampledHistory', 'RunFullHistory', 'RunFullHistory', 'RunFullHistory']);
  });

  it('splits and fetches again a range whose answer may have been sampled', async () => {
    const run = await runWith(historyRows({ rows: 3000, stepEvery: 100 }));
    // The step probe comes back sampled (every 4th step), so the planned ranges hold four times
    // the rows expected and the server samples them: those must be detected and refetched.
    const probe = stored()
      .filter((_, i) => i % 4 === 0)
      .map((r) => ({ _step: r._step }));
    fake.failNext('RunSampledHistory', { status: 200, body: JSON.stringify({ data: { project: { run: { sampledHistory: [probe] } } } }) });
    const rows = await run.scanHistory({ pageSize: 500 }).toArray();
    expect(rows).toEqual(stored());
  });

  it('scans between minStep (inclusive) and maxStep (exclusive)', async () => {
    const run = await runWith(historyRows({ rows: 100 }));
    expect((await run.scanHistory({ minStep: 10, maxStep: 13 }).toArray()).map((r) => r._step)).toEqual([10, 11, 12]);
    expect(await run.scanHistory({ minStep: 5, maxStep: 5 }).toArray()).toEqual([]);
    expect((await run.scanHistory({ minStep: 98, maxStep: 1000 }).toArray()).map((r) => r._step)).toEqual([98, 99]);
  });

  it('refuses bad options before any request', async () => {
    const run = await runWith(historyRows({ rows: 10 }));
    expect(() => run.scanHistory({ minStep: 5, maxStep: 4 })).toThrow(/minStep \(5\) must not be greater than maxStep \(4\)/);
    for (const options of [
      { pageSize: 0 },
      { pageSize: -5 },
      { minStep: -1 },
      { maxStep: 1.5 },
      { concurrency: 0 },
      { keys: [''] },
      { source: 'csv' as never },
    ]) {
      expect(() => run.scanHistory(options)).toThrow(InvalidArgumentError);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('fetches ranges concurrently, within the bound, and yields them in order when they finish out of order', async () => {
    const recorder = recordingFetch();
    fake.seed.run({ project: 'p', id: 'h', history: historyRows({ rows: 2000 }) });
    const run = await api({ entity: 'demo-user', fetch: recorder.fetch }).run('p/h');
    fake.failNext('RunFullHistory', { delayMs: 60 });
    fake.failNext('RunFullHistory', { delayMs: 10 }, { times: 19 });
    const rows = await run.scanHistory({ pageSize: 100, concurrency: 3 }).toArray();
    expect(rows).toEqual(stored());
    expect(recorder.maxInFlight()).toBe(3);
  });

  it('keeps memory bounded: a consumer that stops early leaves later ranges unrequested', async () => {
    const run = await runWith(historyRows({ rows: 10_000 }));
    for await (const row of run.scanHistory({ pageSize: 100, concurrency: 4 })) {
      expect(row._step).toBe(0);
      break;
    }
    expect(ops().filter((o) => o === 'RunFullHistory').length).toBeLessThanOrEqual(5);
  });

  it('stops with AbortError when its signal fires', async () => {
    const run = await runWith(historyRows({ rows: 1000 }));
    const controller = new AbortController();
    fake.failNext('RunFullHistory', { delayMs: 200 }, { times: 10 });
    setTimeout(() => controller.abort(), 20);
    expect(await rejectionOf(run.scanHistory({ pageSize: 100, signal: controller.signal }).toArray())).toBeInstanceOf(AbortError);
  });

  it('throws NotFoundError for a run that no longer exists', async () => {
    const run = await runWith(historyRows({ rows: 10 }));
    fake.store.deleteRun('demo-user', 'p', 'h');
    expect(await rejectionOf(run.scanHistory().toArray())).toBeInstanceOf(NotFoundError);
  });
});

describe('parquet history scans', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wandb-parquet-test-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the parquet exports and the live rows, with the same output as the GraphQL scan', async () => {
    const history = historyRows({ rows: 2500, keys: ['loss', 'acc'] }).map((r, i) => ({ ...r, ...(i % 3 === 0 ? { note: `n${i}` } : {}) }));
    const run = await runWith(history, 'running');
    fake.seed.historyExport({ project: 'p', run: 'h', exportedRows: 2000, rowsPerFile: 800 });
    const recorder = recordingFetch();
    const viaParquet = await (await api({ entity: 'demo-user', fetch: recorder.fetch }).run('p/h')).betaScanHistory({ pageSize: 300 }).toArray();
    expect(viaParquet).toEqual(stored());
    expect(await run.scanHistory({ source: 'parquet', keys: ['note', 'acc'] }).toArray()).toEqual(
      await run.scanHistory({ keys: ['note', 'acc'] }).toArray(),
    );
    const downloads = recorder.sent.filter((s) => s.url.includes('/storage/'));
    expect(downloads).toHaveLength(3);
    expect(downloads.every((d) => !d.auth)).toBe(true);
    expect(recorder.sent.filter((s) => s.url.endsWith('/graphql')).every((s) => s.auth)).toBe(true);
  });

  it('reads a running run that has no export yet from its live rows', async () => {
    const run = await runWith(historyRows({ rows: 40 }), 'running');
    expect(await run.scanHistory({ source: 'parquet', minStep: 30 }).toArray()).toEqual(stored().slice(30));
  });

  it('keeps downloads in cacheDir and reuses them', async () => {
    const run = await runWith(historyRows({ rows: 500 }));
    const first = await run.scanHistory({ source: 'parquet', cacheDir: dir }).toArray();
    expect(readdirSync(dir)).toHaveLength(1);
    fake.requests.length = 0;
    const second = await run.scanHistory({ source: 'parquet', cacheDir: dir, keys: ['acc'] }).toArray();
    expect(second).toEqual(first.map((r) => ({ _step: r._step, acc: r.acc })));
    expect(fake.requests.filter((r) => r.path.startsWith('/storage/'))).toHaveLength(0);
  });

  it("saves the run's parquet exports, and says whether live rows remain", async () => {
    const run = await runWith(historyRows({ rows: 30 }), 'running');
    fake.seed.historyExport({ project: 'p', run: 'h', exportedRows: 20, rowsPerFile: 10 });
    const saved = await run.downloadHistoryExports({ root: dir });
    expect(saved.containsLiveData).toBe(true);
    expect(saved.paths).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(saved.paths.map((p) => p.slice(dir.length + 1)).sort());
    expect(saved.paths.every((p) => p.endsWith('.parquet'))).toBe(true);
  });

  it('leaves no temporary files behind', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('wandb-history-')).length;
    const run = await runWith(historyRows({ rows: 100 }));
    await run.scanHistory({ source: 'parquet' }).toArray();
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('wandb-history-')).length).toBe(before);
  });
});
