/**
 * `wandb-api export` at full size: 1,000 runs × 1,000 history rows from the fake over loopback
 * HTTP, once uninterrupted and once killed part-way (SIGKILL) and resumed. Prints the times and
 * checks that both folders hold the same files, byte for byte.
 *
 * npm run bench -- cli-export      (RUNS=… ROWS=… to change the size)
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCli } from '../test/cli/helpers';
import { startFake, timed } from './lib';

const RUNS = Number(process.env.RUNS ?? 1000);
const ROWS = Number(process.env.ROWS ?? 1000);

async function manifestLines(dir: string): Promise<number> {
  return (await readFile(join(dir, 'manifest.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
}

async function sameFiles(a: string, b: string): Promise<{ files: number; bytes: number; differing: string[] }> {
  const names = (await readdir(a)).sort();
  const other = (await readdir(b)).sort();
  const differing = names.filter((n) => !other.includes(n)).concat(other.filter((n) => !names.includes(n)));
  let bytes = 0;
  for (const name of names.filter((n) => other.includes(n))) {
    const [x, y] = await Promise.all([readFile(join(a, name)), readFile(join(b, name))]);
    bytes += x.byteLength;
    if (!x.equals(y)) differing.push(name);
  }
  return { files: names.length, bytes, differing };
}

export default async function cliExportBench(): Promise<void> {
  const bench = await startFake({
    latencyMs: 0,
    seed: (s) => {
      s.entity({ name: 'lab' });
      s.project({ entity: 'lab', name: 'big' });
      s.runs({
        entity: 'lab',
        project: 'big',
        count: RUNS,
        config: (i) => ({ lr: 0.001 * (i + 1), layers: i % 4, optimizer: ['adam', 'sgd'][i % 2] }),
        summary: (i) => ({ loss: 1 / (i + 1), accuracy: i / RUNS }),
        history: { rows: ROWS, keys: ['loss', 'acc'] },
      });
    },
  });
  const env = { WANDB_BASE_URL: bench.server.url, WANDB_API_KEY: bench.fake.apiKey };
  const work = await mkdtemp(join(tmpdir(), 'wandb-api-export-bench-'));
  try {
    const whole = join(work, 'whole');
    const resumed = join(work, 'resumed');
    const args = (out: string) => ['export', 'lab/big', '--out', out, '--json'];

    const first = await timed(() => runCli(args(whole), { env, timeoutMs: 600_000 }));
    if (first.result.code !== 0) throw new Error(`export failed: ${first.result.stderr}`);
    const requests = bench.fake.requests.length;

    const started = startCli(args(resumed), { env, timeoutMs: 600_000 });
    const killAt = Math.floor(RUNS * 0.4);
    const beforeKill = await timed(async () => {
      while ((await manifestLines(resumed)) < killAt) await new Promise((r) => setTimeout(r, 10));
      started.child.kill('SIGKILL');
      return started.result;
    });
    const doneAtKill = await manifestLines(resumed);
    const resume = await timed(() => runCli(args(resumed), { env, timeoutMs: 600_000 }));
    if (resume.result.code !== 0) throw new Error(`resumed export failed: ${resume.result.stderr}`);
    const again = await timed(() => runCli(args(resumed), { env, timeoutMs: 600_000 }));
    const compare = await sameFiles(whole, resumed);

    const summary = JSON.parse(first.result.stdout) as { rows: number; bytes: number };
    const resumedSummary = JSON.parse(resume.result.stdout) as { exported: number; skipped: number };
    const againSummary = JSON.parse(again.result.stdout) as { exported: number; skipped: number };
    console.table([
      {
        step: 'uninterrupted export',
        seconds: (first.ms / 1000).toFixed(1),
        runs: RUNS,
        rows: summary.rows,
        MB: (summary.bytes / 1e6).toFixed(1),
        requests,
      },
      { step: `killed after ${doneAtKill} runs`, seconds: (beforeKill.ms / 1000).toFixed(1), runs: doneAtKill },
      { step: 'resumed', seconds: (resume.ms / 1000).toFixed(1), runs: `${resumedSummary.exported} exported, ${resumedSummary.skipped} skipped` },
      {
        step: 'run again (all complete)',
        seconds: (again.ms / 1000).toFixed(1),
        runs: `${againSummary.exported} exported, ${againSummary.skipped} skipped`,
      },
    ]);
    console.log(
      compare.differing.length === 0
        ? `same files: ${compare.files} files, ${(compare.bytes / 1e6).toFixed(1)} MB identical in both folders`
        : `DIFFERENT files: ${compare.differing.slice(0, 10).join(', ')}`,
    );
    if (compare.differing.length) process.exitCode = 1;
  } finally {
    await bench.close();
    await rm(work, { recursive: true, force: true });
  }
}
