/**
 * A fake W&B in its own process, for memory measurements of the client alone:
 * `tsx bench/runs-fake-server.ts <historyRows> <latencyMs>` seeds one run (`p/big`) with that
 * many history rows, serves over HTTP and prints `{ url, apiKey }` as one JSON line.
 */
import { createFakeWandb, historyRows } from 'wandb-api/testing';

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100_000);
  const latencyMs = Number(process.argv[3] ?? 0);
  const fake = createFakeWandb({ latencyMs });
  fake.seed.run({ project: 'p', id: 'big', history: historyRows({ rows, keys: ['loss', 'acc'] }) });
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
