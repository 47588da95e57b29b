/**
 * npm run demo
 *
 * Without WANDB_API_KEY: starts the fake W&B (seeded with demo data) on a local port and runs
 * this program against it over real HTTP. With WANDB_API_KEY (and optionally WANDB_BASE_URL,
 * WANDB_ENTITY, WANDB_PROJECT) it runs the same program against your W&B.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, WandbError, type Artifact, type Project } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd()).join('\n');
}

function show(value: unknown): string {
  if (typeof value === 'number') return String(Number(value.toPrecision(4)));
  return value === undefined || value === null ? '-' : String(value);
}

function heading(text: string): void {
  console.log(`\n${text}`);
}

async function report(api: Api, where: string): Promise<void> {
  console.log(`wandb-api demo, against ${where}`);
  const viewer = await api.viewer();
  heading(
    `Viewer: ${viewer.username ?? viewer.name} (entity ${viewer.entity ?? '-'})${viewer.teams.length ? `, teams: ${viewer.teams.join(', ')}` : ''}`,
  );

  // Projects of the viewer and their teams, with run counts (one small count request each).
  const entities = [viewer.entity, ...viewer.teams].filter((e): e is string => Boolean(e));
  const projects: Project[] = [];
  for (const entity of entities) projects.push(...(await api.projects(entity).toArray({ limit: 10 })));
  const counts = await Promise.all(projects.map((p) => p.runs().length()));
  heading(`Projects (${projects.length})`);
  console.log(table(projects.map((p, i) => [p.path.join('/'), `${counts[i]} run${counts[i] === 1 ? '' : 's'}`, p.description ?? ''])));

  const chosen = process.env.WANDB_PROJECT
    ? projects.find((p) => p.name === process.env.WANDB_PROJECT)
    : projects[counts.indexOf(Math.max(...counts))];
  if (!chosen) return;
  const path = chosen.path.join('/');

  // A light listing that brings two config keys and two summary keys per run, in one request.
  const runs = await chosen
    .runs({
      order: '-summary_metrics.accuracy',
      filters: { state: 'finished' },
      select: { config: ['lr', 'optimizer'], summary: ['accuracy', 'loss'] },
    })
    .toArray({ limit: 8 });
  heading(`Finished runs of ${path}, best accuracy first`);
  console.log(
    table([
      ['run', 'name', 'state', 'lr', 'optimizer', 'accuracy', 'loss'],
      ...runs.map((r) => [
        r.name,
        r.displayName ?? '',
        r.state ?? '',
        show(r.config.lr),
        show(r.config.optimizer),
        show(r.summary.accuracy),
        show(r.summary.loss),
      ]),
    ]),
  );

  // Every history row of the best run, streamed in step order.
  const best = runs[0];
  if (best) {
    let rows = 0;
    let last: Record<string, unknown> | undefined;
    for await (const row of best.scanHistory({ keys: ['loss', 'accuracy'] })) {
      rows++;
      last = row;
    }
    heading(`History of ${best.path.join('/')} (${best.url})`);
    console.log(`  ${rows} rows of loss and accuracy; last: ${JSON.stringify(last)}`);
  }

  // The project's sweeps, and the best run of the first by its own metric and goal.
  const sweep = await chosen.sweeps().first();
  if (sweep) {
    const bestRun = await sweep.bestRun();
    heading(`Sweep ${sweep.displayName ?? sweep.name} (${sweep.method}, ${sweep.state}), ${sweep.runCount} runs`);
    console.log(`  order ${sweep.order ?? '-'}; best run ${bestRun?.name ?? '-'}: ${JSON.stringify(bestRun?.summary ?? {})}`);
  }

  // Reports, and the runs their first run set names.
  const firstReport = await api.reports(path).first();
  if (firstReport) {
    const reportRuns = await firstReport
      .runs()
      .toArray({ limit: 10 })
      .catch(() => []);
    heading(`Report "${firstReport.displayName ?? firstReport.name}": ${firstReport.description ?? ''}`);
    console.log(`  ${reportRuns.length} runs in its run set: ${reportRuns.map((r) => r.name).join(', ')}`);
  }

  await artifacts(chosen);

  const missing = await api.run(`${path}/no-such-run`).catch((e: unknown) => e);
  if (missing instanceof WandbError) heading(`Typed errors: looking up a missing run throws ${missing.name}: ${missing.message}`);
}

/** Artifacts larger than this are listed but not downloaded, to keep the demo quick. */
const DOWNLOAD_LIMIT = 50 * 1024 * 1024;

function bytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`;
}

/** The project's artifact collections with their newest versions, and the newest of all downloaded and verified. */
async function artifacts(project: Project): Promise<void> {
  const collections = await project.collections().toArray({ limit: 8 });
  if (collections.length === 0) return;
  const newest = await Promise.all(collections.map((c) => c.artifacts().first()));
  heading(`Artifacts of ${project.path.join('/')}`);
  console.log(
    table([
      ['collection', 'type', 'newest', 'files', 'size'],
      ...collections.map((c, i) => [c.name, c.type, newest[i]?.version ?? '-', show(newest[i]?.fileCount), newest[i] ? bytes(newest[i].size) : '-']),
    ]),
  );
  const candidates = newest.filter((a): a is Artifact => a !== undefined && a.size <= DOWNLOAD_LIMIT);
  const latest = candidates.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  if (!latest) return;
  const root = await mkdtemp(join(tmpdir(), 'wandb-demo-'));
  try {
    await latest.download({ root });
    await latest.verify({ root });
    console.log(
      `  downloaded ${latest.qualifiedName} (${latest.fileCount} files, ${bytes(latest.size)}) to a temporary folder and verified every file's MD5`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.env.WANDB_API_KEY) {
    const api = new Api();
    await report(api, api.settings.baseUrl);
    return;
  }
  const fake = createFakeWandb({ seed: 'demo' });
  const server = await fake.listen({ port: 0 });
  try {
    const api = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {} });
    await report(api, `the embedded fake W&B at ${server.url} (set WANDB_API_KEY to use your W&B)`);
    heading(`${fake.requests.length} HTTP requests served by the fake.`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof WandbError ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
