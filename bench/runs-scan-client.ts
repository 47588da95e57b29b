/**
 * A client in its own process, for memory measurements: `tsx bench/runs-scan-client.ts <url>
 * <apiKey> <graphql|parquet>` scans the history of `demo-user/p/big` page by page, keeping
 * nothing, and prints `{ rows, ms, peakRssMiB, baseRssMiB }` as one JSON line. The process is
 * fresh, so its peak RSS is the scan's and the runtime's alone.
 */
import { Api } from 'wandb-api';

async function main(): Promise<void> {
  const [url, apiKey, source] = process.argv.slice(2);
  if (!url || !apiKey || (source !== 'graphql' && source !== 'parquet'))
    throw new Error('usage: runs-scan-client.ts <url> <apiKey> <graphql|parquet>');
  const api = new Api({ baseUrl: url, apiKey, env: {} });
  const run = await api.run('demo-user/p/big');
  const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  let rows = 0;
  const options = source === 'parquet' ? { source: 'parquet' as const, pageSize: 5000 } : {};
  for await (const page of run.scanHistory(options).pages()) rows += page.length;
  const ms = performance.now() - started;
  // resourceUsage().maxRSS is the process's high-water mark in KiB, sampled by the kernel.
  process.stdout.write(`${JSON.stringify({ rows, ms, peakRssMiB: process.resourceUsage().maxRSS / 1024, baseRssMiB })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
