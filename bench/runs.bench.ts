/**
 * npm run bench -- runs
 *
 * The runs area's bulk paths on the fake W&B over HTTP with 20 ms injected latency per request,
 * each printed beside its floor: the round trips the request pattern cannot avoid × latency,
 * plus the transfer time (the same requests, timed on loopback without injected latency).
 *  1. Listing 10,000 runs with 2 config and 2 summary keys selected, by page size.
 *  2. Scanning 100,000 history rows: GraphQL step ranges by concurrency, and parquet.
 *  3. Peak RSS of a fresh client process scanning 1,000,000 rows vs 100,000, its heap capped
 *     (the fake in another process).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Api } from 'wandb-api';
import { historyRows } from 'wandb-api/testing';
import { printTable, startFake, timed, type BenchFake } from './lib';

const LATENCY = 20;
const RUNS = 10_000;
const ROWS = 100_000;

const ms = (n: number) => Math.round(n);

/**
 * Times `fn` against the fake with the injected latency, and without it (the transfer time):
 * best of `repeats` each, after a warm-up.
 */
async function withAndWithout<T>(
  bench: BenchFake,
  fn: (api: Api) => Promise<T>,
  repeats = 3,
): Promise<{ ours: number; transfer: number; result: T }> {
  bench.fake.latencyMs = 0;
  let result: T = await fn(bench.api()); // warm-up: JIT, sockets, the fake's caches
  let transfer = Number.POSITIVE_INFINITY;
  let ours = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    bench.fake.latencyMs = 0;
    transfer = Math.min(transfer, (await timed(() => fn(bench.api()))).ms);
    bench.fake.latencyMs = LATENCY;
    const measured = await timed(() => fn(bench.api()));
    ours = Math.min(ours, measured.ms);
    result = measured.result as T;
  }
  return { ours, transfer, result };
}

async function listing(): Promise<void> {
  const bench = await startFake({ latencyMs: LATENCY });
  try {
    bench.fake.seed.runs({
      project: 'p',
      count: RUNS,
      config: (i) => Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`c${k}`, (i * 31 + k) % 97])),
      summary: (i) => Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`s${k}`, ((i + 1) * (k + 1)) / 1000])),
    });
    const rows: Array<Record<string, string | number>> = [];
    for (const perPage of [50, 200, 500, 1000, 2000]) {
      const { ours, transfer, result } = await withAndWithout(bench, async (api) => {
        const started = performance.now();
        let firstPage = 0;
        let count = 0;
        for await (const page of api.runs('demo-user/p', { perPage, select: { config: ['c1', 'c2'], summary: ['s1', 's2'] } }).pages()) {
          firstPage ||= performance.now() - started;
          count += page.length;
        }
        return { count, firstPage };
      });
      if (result.count !== RUNS) throw new Error(`listed ${result.count} runs`);
      const trips = Math.ceil(RUNS / perPage);
      const floor = trips * LATENCY + transfer;
      rows.push({
        perPage,
        requests: trips,
        'ours ms': ms(ours),
        'floor ms': ms(floor),
        'ours/floor': ours / floor,
        'transfer ms': ms(transfer),
        'first page ms': ms(result.firstPage),
      });
    }
    // Python's lazy listing: 50 runs per request, then one Run request per run when its config
    // or summary is first read (WIRE.md). Not run here: its floor alone is shown.
    const pythonTrips = Math.ceil(RUNS / 50) + RUNS;
    rows.push({
      perPage: '50 (Python)',
      requests: pythonTrips,
      'ours ms': '-',
      'floor ms': pythonTrips * LATENCY,
      'ours/floor': '-',
      'transfer ms': '-',
      'first page ms': '-',
    });
    printTable(`Listing ${RUNS} runs, 2 config + 2 summary keys selected (of 30 + 30), ${LATENCY} ms latency`, rows);
  } finally {
    await bench.close();
  }
}

async function scanning(): Promise<void> {
  const bench = await startFake({ latencyMs: LATENCY });
  try {
    bench.fake.seed.run({ project: 'p', id: 'big', history: historyRows({ rows: ROWS, keys: ['loss', 'acc', 'lr'] }) });
    const rows: Array<Record<string, string | number>> = [];
    const scan = (api: Api, options: Parameters<Awaited<ReturnType<Api['run']>>['scanHistory']>[0]) => async () => {
      const run = await api.run('demo-user/p/big');
      let count = 0;
      for await (const page of run.scanHistory(options).pages()) count += page.length;
      if (count !== ROWS) throw new Error(`scanned ${count} rows`);
      return count;
    };
    for (const [label, options, trips] of [
      ['graphql, 1 at a time (as Python)', { pageSize: 1000, concurrency: 1 }, 1 + 1],
      ['graphql, 4 at a time', { pageSize: 1000, concurrency: 4 }, 1 + 1],
      ['graphql, 8 at a time (default)', { pageSize: 1000, concurrency: 8 }, 1 + 1],
      ['graphql, 16 at a time', { pageSize: 1000, concurrency: 16 }, 1 + 1],
      ['graphql keys [loss], 8 at a time', { pageSize: 1000, concurrency: 8, keys: ['loss'] }, 1 + 1],
      ['graphql, pages of 5000, 8 at a time', { pageSize: 5000, concurrency: 8 }, 1 + 1],
      ['parquet (+ live rows)', { source: 'parquet' as const, pageSize: 5000 }, 1 + 1 + 1],
    ] as const) {
      // The `Run` request is part of the measured call; it is one more round trip.
      const { ours, transfer } = await withAndWithout(bench, (api) => scan(api, options)());
      const floor = (trips + 1) * LATENCY + transfer;
      rows.push({ scan: label, 'ours ms': ms(ours), 'floor ms': ms(floor), 'ours/floor': ours / floor, 'transfer ms': ms(transfer) });
    }
    printTable(
      `Scanning ${ROWS} history rows, ${LATENCY} ms latency (floor: run + history keys + one wave of ranges [+ the parquet GET] × latency, + transfer)`,
      rows,
    );
  } finally {
    await bench.close();
  }
}

/** Starts the fake in a child process so that the client's memory is measured alone. */
async function childFake(rows: number): Promise<{ url: string; apiKey: string; stop: () => void }> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), join(__dirname, 'fake-server.ts'), `history:${rows}`], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, BENCH_LATENCY_MS: String(LATENCY) },
  });
  const line = await firstLine(child);
  const { url, apiKey } = JSON.parse(line) as { url: string; apiKey: string };
  return { url, apiKey, stop: () => child.kill('SIGTERM') };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) resolve(text.slice(0, end));
    });
    child.on('exit', (code) => reject(new Error(`${String(child.spawnargs[2])} exited with ${code}`)));
  });
}

/** The old-generation cap of the client processes: a scan that kept its rows could not finish under it. */
const HEAP_CAP_MIB = 16;

interface ScanFigures {
  rows: number;
  ms: number;
  peakRssMiB: number;
  baseRssMiB: number;
}

/** Scans in a fresh client process, with the old generation capped at {@link HEAP_CAP_MIB}. */
async function scanInChild(url: string, apiKey: string, source: 'graphql' | 'parquet'): Promise<ScanFigures> {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MIB}`, require.resolve('tsx/cli'), join(__dirname, 'runs-scan-client.ts'), url, apiKey, source],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(await firstLine(child)) as ScanFigures;
}

async function memory(): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  const peaks = new Map<string, number>();
  for (const count of [100_000, 1_000_000]) {
    const { url, apiKey, stop } = await childFake(count);
    try {
      for (const source of ['graphql', 'parquet'] as const) {
        const figures = await scanInChild(url, apiKey, source);
        if (figures.rows !== count) throw new Error(`scanned ${figures.rows} rows`);
        const small = peaks.get(source);
        peaks.set(source, figures.peakRssMiB);
        rows.push({
          rows: count,
          scan: source,
          'peak RSS MiB': figures.peakRssMiB.toFixed(1),
          'RSS before scan MiB': figures.baseRssMiB.toFixed(1),
          'peak vs 100k rows': small === undefined ? '1.00' : (figures.peakRssMiB / small).toFixed(2),
          ms: ms(figures.ms),
        });
      }
    } finally {
      stop();
    }
  }
  printTable(
    `Peak RSS of a fresh client process scanning (old generation capped at ${HEAP_CAP_MIB} MiB; fake in its own process, 20 ms latency)`,
    rows,
  );
}

export default async function runsBench(): Promise<void> {
  await listing();
  await scanning();
  await memory();
}
