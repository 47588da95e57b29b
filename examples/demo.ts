/**
 * npm run demo
 *
 * Without WANDB_API_KEY: starts the fake W&B (seeded with demo data) on a local port and runs
 * this program against it over real HTTP. With WANDB_API_KEY (and optionally WANDB_BASE_URL,
 * WANDB_ENTITY, WANDB_PROJECT) it runs the same program against your W&B.
 */
import { Api, WandbError, type Project } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd()).join('\n');
}

function show(value: unknown): string {
  if (typeof value === 'number') return String(Number(value.toPrecision(4)));
  return value === undefined ? '-' : String(value);
}

async function report(api: Api, where: string): Promise<void> {
  console.log(`wandb-api demo, against ${where}\n`);
  const viewer = await api.viewer();
  console.log(`Viewer: ${viewer.username ?? viewer.name} (entity ${viewer.entity ?? '-'})${viewer.teams.length ? `, teams: ${viewer.teams.join(', ')}` : ''}\n`);

  const entities = [viewer.entity, ...viewer.teams].filter((e): e is string => Boolean(e));
  const projects: Project[] = [];
  for (const entity of entities) projects.push(...(await api.projects(entity).toArray({ limit: 10 })));
  const counts = await Promise.all(projects.map((p) => p.runs().length()));
  console.log(`Projects (${projects.length})`);
  console.log(table(projects.map((p, i) => [p.path.join('/'), `${counts[i]} runs`, p.description ?? ''])));

  const chosen = process.env.WANDB_PROJECT
    ? projects.find((p) => p.name === process.env.WANDB_PROJECT)
    : projects[counts.indexOf(Math.max(...counts))];
  if (!chosen) return;
  const runs = await chosen.runs({ order: '-created_at' }).toArray({ limit: 12 });
  console.log(`\nLatest runs of ${chosen.path.join('/')}`);
  console.log(table([['run', 'name', 'state', 'created', 'tags'], ...runs.map((r) => [r.name, r.displayName ?? '', r.state ?? '', r.createdAt.toISOString().slice(0, 16), r.tags.join(',')])]));

  const first = runs[0];
  if (first) {
    const run = await api.run(`${first.entity}/${first.project}/${first.name}`);
    console.log(`\nRun ${run.path.join('/')} (${run.url})`);
    console.log(table([['config', ...Object.keys(run.config).slice(0, 6)], ['', ...Object.values(run.config).slice(0, 6).map(show)]]));
    console.log(table([['summary', ...Object.keys(run.summary).slice(0, 6)], ['', ...Object.values(run.summary).slice(0, 6).map(show)]]));
    console.log(`  history: ${run.historyLineCount ?? 0} rows, last step ${show(run.lastHistoryStep)}`);
  }

  const missing = await api.run(`${chosen.path.join('/')}/no-such-run`).catch((e: unknown) => e);
  if (missing instanceof WandbError) console.log(`\nTyped errors: looking up a missing run throws ${missing.name}: ${missing.message}`);
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
    console.log(`\n${fake.requests.length} HTTP requests served by the fake.`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof WandbError ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
