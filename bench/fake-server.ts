/**
 * A fake W&B in its own process, so that the client measured (the SDK in the bench process, or
 * the Python client in its own) does not share a thread with the server:
 * `tsx bench/fake-server.ts <scenario> [apiKey]` seeds the scenario, serves over HTTP on loopback
 * and prints `{ url, apiKey }` as one JSON line. Latency and the request log are reached through
 * the fake's `/_fake/` control endpoints.
 *
 * Scenarios: `artifact` (bench/p/data:v0, 1,000 × 64 KB + 4 × 64 MB), `runs` (10,000 runs in
 * demo-user/p with 30 config and 30 summary keys), `projects` (a few projects of demo-user),
 * `history:<rows>` (one run, p/big, with that many history rows of loss and acc).
 * `BENCH_LATENCY_MS` sets the latency from the start.
 */
import { randomBytes } from 'node:crypto';
import { createFakeWandb, historyRows } from 'wandb-api/testing';
import { ARTIFACT, RUNS } from './scenarios';

async function main(): Promise<void> {
  const scenario = process.argv[2];
  const apiKey = process.argv[3] ?? randomBytes(20).toString('hex');
  const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 0);
  const fake = createFakeWandb({ seed: 'empty', apiKey, latencyMs });
  const history = /^history:(\d+)$/.exec(scenario ?? '');
  if (history) {
    fake.seed.run({ project: 'p', id: 'big', history: historyRows({ rows: Number(history[1]), keys: ['loss', 'acc'] }) });
  } else if (scenario === 'artifact') {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < ARTIFACT.smallFiles; i++) files[`small/${String(i).padStart(4, '0')}.bin`] = randomBytes(ARTIFACT.smallSize);
    for (let i = 0; i < ARTIFACT.largeFiles; i++) files[`large/${i}.bin`] = new Uint8Array(ARTIFACT.largeSize).fill(i + 1);
    fake.seed.artifact({ entity: 'bench', project: 'p', name: 'data', type: 'dataset', files });
  } else if (scenario === 'runs') {
    fake.seed.runs({
      project: 'p',
      count: RUNS.count,
      config: (i) => Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`c${k}`, (i * 31 + k) % 97])),
      summary: (i) => Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`s${k}`, ((i + 1) * (k + 1)) / 1000])),
    });
  } else if (scenario === 'projects') {
    for (let i = 0; i < 5; i++) fake.seed.project({ name: `p${i}` });
  } else {
    throw new Error(`unknown scenario ${String(scenario)}: artifact, runs, projects or history:<rows>`);
  }
  const server = await fake.listen({ port: 0 });
  process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: fake.apiKey })}\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
