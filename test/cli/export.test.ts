import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'wandb-api';
import { createFakeWandb, type FakeServer, type FakeWandb } from 'wandb-api/testing';
import { cliBin, runCli, startCli, startCliInPty, type CliResult } from './helpers';

const KEY = 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0';
const RUNS = 200;
const ROWS = 200;
let fake: FakeWandb;
let server: FakeServer;
let env: Record<string, string>;
let work: string;

beforeAll(async () => {
  cliBin();
  fake = createFakeWandb({
    apiKey: KEY,
    seed: (s) => {
      s.entity({ name: 'lab' });
      s.project({ entity: 'lab', name: 'big' });
      s.runs({
        entity: 'lab',
        project: 'big',
        count: RUNS,
        state: (i) => (i % 10 === 0 ? 'crashed' : 'finished'),
        config: (i) => ({ lr: 0.001 * (i + 1), layers: i % 4 }),
        summary: (i) => ({ loss: 1 / (i + 1), nested: { best: i } }),
        tags: (i) => (i % 2 ? ['odd'] : []),
        history: { rows: ROWS, keys: ['loss', 'acc'] },
      });
      s.project({ entity: 'lab', name: 'small' });
      s.runs({ entity: 'lab', project: 'small', count: 12, idPrefix: 's-', history: { rows: 30 } });
    },
  });
  server = await fake.listen({ port: 0 });
  env = { WANDB_BASE_URL: server.url, WANDB_API_KEY: KEY };
  work = await mkdtemp(join(tmpdir(), 'wandb-api-export-'));
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli(args, { env, timeoutMs: 60_000 });

function ok(result: CliResult): CliResult {
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return result;
}

/** Every file of an export folder, with its text. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(join(dir, name), 'utf8'));
  return files;
}

const historyRequests = (since: number) => fake.requests.slice(since).filter((r) => /History/.test(r.operationName ?? '')).length;

describe('export', () => {
  let complete: Map<string, string>;

  it('writes one file per run with its config, summary and full history, and a manifest of checksums', async () => {
    const out = join(work, 'whole');
    const result = ok(await cli(['export', 'lab/big', '--out', out, '--json']));
    expect(JSON.parse(result.stdout)).toMatchObject({ out, runs: RUNS, exported: RUNS, skipped: 0, rows: RUNS * ROWS });
    expect(result.stderr).toBe('');
    complete = await snapshot(out);
    expect(complete.size).toBe(RUNS + 1);
    expect(complete.get('manifest.jsonl')!.trimEnd().split('\n')).toHaveLength(RUNS);

    const api = new Api({ baseUrl: server.url, apiKey: KEY, env: {} });
    for (const id of ['run-000', 'run-007', `run-${RUNS - 1}`]) {
      const run = await api.run(`lab/big/${id}`);
      const file = JSON.parse(complete.get(`${id}.json`)!);
      expect(file).toMatchObject({ entity: 'lab', project: 'big', id, state: run.state, config: run.config, summary: run.summary });
      expect(file.history).toEqual(await run.scanHistory().toArray());
      expect(file.history).toHaveLength(ROWS);
    }
  });

  it('interrupted (killed) and resumed, produces the same files as an uninterrupted export', async () => {
    const out = join(work, 'resumed');
    const started = startCli(['export', 'lab/big', '--out', out, '--concurrency', '4'], { env, timeoutMs: 60_000 });
    // Kill it once some runs, but far from all, are done.
    let done = 0;
    for (;;) {
      done = (await readFile(join(out, 'manifest.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
      if (done >= 20) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    started.child.kill('SIGKILL');
    const killed = await started.result;
    expect(killed.signal).toBe('SIGKILL');
    const left = await readdir(out);
    expect(left.filter((n) => n.endsWith('.json')).length).toBeLessThan(RUNS);
    // Whatever was left has whole files only: every run file on disk is complete JSON.
    for (const name of left.filter((n) => n.endsWith('.json'))) expect(await readFile(join(out, name), 'utf8')).toBe(complete.get(name));

    const resumed = JSON.parse(ok(await cli(['export', 'lab/big', '--out', out, '--json'])).stdout);
    expect(resumed.skipped).toBeGreaterThanOrEqual(done);
    expect(resumed.skipped).toBeLessThan(RUNS);
    expect(resumed.skipped + resumed.exported).toBe(RUNS);
    expect(await snapshot(out)).toEqual(complete);
  }, 60_000);

  it('a second run skips every run that is complete and verified, and fetches no history', async () => {
    const out = join(work, 'whole');
    const since = fake.requests.length;
    const again = JSON.parse(ok(await cli(['export', 'lab/big', '--out', out, '--json'])).stdout);
    expect(again).toMatchObject({ runs: RUNS, exported: 0, skipped: RUNS, rows: 0, bytes: 0 });
    expect(historyRequests(since)).toBe(0);
    expect(await snapshot(out)).toEqual(complete);
  });

  it('exports again a run whose file was damaged, or that changed on the server', async () => {
    const out = join(work, 'whole');
    await appendFile(join(out, 'run-003.json'), ' ');
    await rm(join(out, 'run-004.json'));
    const repaired = JSON.parse(ok(await cli(['export', 'lab/big', '--out', out, '--json'])).stdout);
    expect(repaired).toMatchObject({ exported: 2, skipped: RUNS - 2 });
    expect(await snapshot(out)).toEqual(complete);

    // The run's history is replaced on the server: its row count changes, so it is exported again.
    fake.seed.history({ entity: 'lab', project: 'big', run: 'run-005' }, [{ loss: 0.01, acc: 0.99 }]);
    const changed = JSON.parse(ok(await cli(['export', 'lab/big', '--out', out, '--json'])).stdout);
    expect(changed).toMatchObject({ exported: 1, skipped: RUNS - 1, rows: 1 });
    const api = new Api({ baseUrl: server.url, apiKey: KEY, env: {} });
    expect(JSON.parse(await readFile(join(out, 'run-005.json'), 'utf8')).history).toEqual(
      await (await api.run('lab/big/run-005')).scanHistory().toArray(),
    );
  });

  it('exports only the matching runs, as parquet with the run in the metadata', async () => {
    const out = join(work, 'parquet');
    ok(await cli(['export', 'lab/big', '--out', out, '--state', 'crashed', '--where', 'config.lr<0.05', '--file-format', 'parquet', '--quiet']));
    const names = (await readdir(out)).sort();
    expect(names).toEqual(['manifest.jsonl', 'run-000.parquet', 'run-010.parquet', 'run-020.parquet', 'run-030.parquet', 'run-040.parquet']);
    const { parquetReadObjects, parquetMetadata } = await import('hyparquet');
    const bytes = await readFile(join(out, 'run-010.parquet'));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const rows = await parquetReadObjects({ file });
    const api = new Api({ baseUrl: server.url, apiKey: KEY, env: {} });
    const run = await api.run('lab/big/run-010');
    expect(rows).toEqual(await run.scanHistory().toArray());
    const meta = parquetMetadata(file).key_value_metadata?.find((kv) => kv.key === 'wandb.run');
    expect(JSON.parse(meta!.value!)).toMatchObject({ id: 'run-010', state: 'crashed', config: run.config, summary: run.summary });
  });

  it('stays within the server rate limit: 429s are waited out, nothing is lost', async () => {
    const out = join(work, 'limited');
    const limiter = fake.rateLimit('*', { limit: 10, windowMs: 200, maxInFlight: 2 });
    const refusals = fake.failNext('RunFullHistory', { status: 429, retryAfter: 0.2 }, { times: 3 });
    try {
      const result = JSON.parse(ok(await cli(['export', 'lab/small', '--out', out, '--concurrency', '8', '--json'])).stdout);
      expect(result).toMatchObject({ runs: 12, exported: 12, rows: 12 * 30 });
    } finally {
      fake.clearFaults();
    }
    expect(refusals.hits).toBe(3);
    expect(limiter.hits + refusals.hits).toBeGreaterThanOrEqual(3);
    for (const name of (await readdir(out)).filter((n) => n.endsWith('.json')))
      expect(JSON.parse(await readFile(join(out, name), 'utf8')).history).toHaveLength(30);
  });

  it('shows a progress bar with counts, bytes and a rate on a terminal, and nothing on a pipe or with --quiet', async () => {
    const pty = await startCliInPty(['export', 'lab/small', '--out', join(work, 'pty')], { env }).result;
    expect(pty.code).toBe(0);
    expect(pty.stdout).toMatch(/[█░]{30} 12\/12 runs \| [\d.]+ kB \| [\d.]+ kB\/s \| ETA/);
    const piped = ok(await cli(['export', 'lab/small', '--out', join(work, 'pipe')]));
    expect(piped.stderr).toMatch(/^12 runs: 12 exported \(360 history rows, [\d.]+ kB\), 0 already complete, in [\d.]+ s → .*pipe\n$/);
    expect(piped.stdout).toBe('');
    const quiet = await startCliInPty(['export', 'lab/small', '--out', join(work, 'quiet'), '--quiet'], { env }).result;
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
  });
});
