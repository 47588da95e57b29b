/** Shared helpers for the benchmarks: a fake W&B over HTTP with latency, timing and memory. */
import { Api } from 'wandb-api';
import { createFakeWandb, type FakeServer, type FakeWandbOptions } from 'wandb-api/testing';

export interface BenchFake {
  fake: ReturnType<typeof createFakeWandb>;
  server: FakeServer;
  api(options?: ConstructorParameters<typeof Api>[0]): Api;
  close(): Promise<void>;
}

/** Starts a fake W&B over real HTTP on loopback, with `latencyMs` added to every request. */
export async function startFake(options: FakeWandbOptions & { latencyMs: number }): Promise<BenchFake> {
  const fake = createFakeWandb({ seed: 'empty', ...options });
  const server = await fake.listen({ port: 0 });
  return {
    fake,
    server,
    api: (overrides = {}) => new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {}, ...overrides }),
    close: () => server.close(),
  };
}

/** Wall time of `fn` in milliseconds, and its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** Samples RSS every 20 ms while `fn` runs; returns the peak growth over the start, in MiB. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ peakMiB: number; result: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { peakMiB: (peak - start) / 2 ** 20, result };
  } finally {
    clearInterval(timer);
  }
}

/** Prints rows as an aligned table. */
export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`\n${title}`);
  if (!rows.length) return;
  const columns = Object.keys(rows[0] as object);
  const cell = (v: string | number | undefined) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : (v ?? ''));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  console.log(columns.map((c, i) => c.padEnd(widths[i] as number)).join('  '));
  for (const row of rows) console.log(columns.map((c, i) => cell(row[c]).padEnd(widths[i] as number)).join('  '));
}
