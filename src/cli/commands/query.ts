import type { Command } from 'commander';
import { InvalidArgumentError, type HistoryRow, type Project, type Run } from '../../index';
import { collect, CommandContext, integerOption, projectPath, withCommonOptions, withExamples, type CommonOptions, type Io } from '../context';
import { buildFilters, buildOrder, parseSelect, runsSelect, type FilterOptions } from '../filters';
import { printRecord, rowSink, type Column, type Shape } from '../output';

/** Adds the filter options shared by `runs` and `export`. */
export function withFilterOptions(command: Command): Command {
  return command
    .option('--filters <json>', `Mongo-style filter, as W&B takes it, e.g. '{"config.lr":{"$gte":0.01}}'`)
    .option('--state <state>', 'only runs in this state (repeat, or comma separated, for any of several)', collect)
    .option('--tag <tag>', 'only runs with this tag (repeat: runs with every tag)', collect)
    .option(
      '--where <condition>',
      "KEY OP VALUE, OP one of >= <= != = > < ~ (regex); KEY a column (id, name, state, created, tags) or config.KEY, summary.KEY: 'config.lr>=0.01', 'name~^adam' (repeat: all hold)",
      collect,
    )
    .option('--order <key>', 'sort by created_at, config.KEY or summary.KEY; a leading - sorts descending (default: +created_at)')
    .option('--limit <n>', 'stop after this many runs', integerOption('--limit', 1));
}

interface RunsOptions extends CommonOptions, FilterOptions {
  order?: string;
  select?: string[];
  limit?: number;
}

async function projects(io: Io, entity: string | undefined, options: CommonOptions & { limit?: number }): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format();
  const api = await ctx.api();
  const shape: Shape<Project> = {
    columns: [
      { header: 'entity', value: (p) => p.entity },
      { header: 'name', value: (p) => p.name },
      { header: 'created', value: (p) => p.createdAt },
      { header: 'description', value: (p) => p.description },
    ],
    json: (p) => ({
      entity: p.entity,
      name: p.name,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt ?? null,
      description: p.description ?? null,
      url: p.url,
    }),
  };
  const sink = rowSink(io.stdout, format, shape);
  const progress = ctx.progress('projects');
  let count = 0;
  for await (const project of api.projects(entity)) {
    await sink.write(project);
    progress.add(1);
    if (options.limit !== undefined && ++count >= options.limit) break;
  }
  progress.stop();
  await sink.end();
}

async function runs(io: Io, path: string, options: RunsOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format();
  const filters = buildFilters(options);
  const order = buildOrder(options.order);
  const selection = parseSelect(options.select);
  const select = runsSelect(selection);
  const api = await ctx.api();
  const list = api.runs(projectPath(path), {
    ...(filters ? { filters } : {}),
    ...(order ? { order } : {}),
    ...(select ? { select } : {}),
    ...(options.limit !== undefined && options.limit < 1000 ? { perPage: options.limit } : {}),
  });
  const selected: Column<Run>[] = selection.columns.map(({ source, key }) => ({
    header: `${source}.${key}`,
    value: (run: Run) => (source === 'config' ? run.config[key] : run.summary[key]),
  }));
  const shape: Shape<Run> = {
    columns: [
      { header: 'id', value: (r) => r.name },
      { header: 'name', value: (r) => r.displayName },
      { header: 'state', value: (r) => r.state },
      { header: 'created', value: (r) => r.createdAt },
      { header: 'tags', value: (r) => r.tags },
      ...selected,
    ],
    json: (r) => ({
      entity: r.entity,
      project: r.project,
      id: r.name,
      name: r.displayName ?? null,
      state: r.state ?? null,
      createdAt: r.createdAt,
      tags: r.tags,
      group: r.group ?? null,
      jobType: r.jobType ?? null,
      ...(selection.config.length ? { config: r.config } : {}),
      ...(selection.summary.length ? { summary: r.summary } : {}),
    }),
  };
  const sink = rowSink(io.stdout, format, shape);
  const progress = ctx.progress('runs');
  if (progress.visible)
    list.length().then(
      (total) => progress.total(Math.min(total, options.limit ?? Number.POSITIVE_INFINITY)),
      () => undefined,
    );
  let count = 0;
  for await (const page of list.pages()) {
    for (const run of page) {
      if (options.limit !== undefined && count >= options.limit) break;
      await sink.write(run);
      count++;
    }
    progress.add(page.length);
    if (options.limit !== undefined && count >= options.limit) break;
  }
  progress.stop();
  await sink.end();
}

interface HistoryCommandOptions extends CommonOptions {
  keys?: string[];
  minStep?: number;
  maxStep?: number;
}

async function history(io: Io, path: string, options: HistoryCommandOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format();
  const keys = (options.keys ?? [])
    .flatMap((k) => k.split(','))
    .map((k) => k.trim())
    .filter(Boolean);
  const api = await ctx.api();
  const run = await api.run(path);
  const scan = run.scanHistory({
    ...(keys.length ? { keys } : {}),
    ...(options.minStep !== undefined ? { minStep: options.minStep } : {}),
    ...(options.maxStep !== undefined ? { maxStep: options.maxStep + 1 } : {}),
  });
  const info = await scan.info();
  const names = keys.length ? ['_step', ...keys.filter((k) => k !== '_step')] : ['_step', ...info.keys.filter((k) => k !== '_step').sort()];
  const shape: Shape<HistoryRow> = { columns: names.map((key) => ({ header: key, value: (row: HistoryRow) => row[key] })), json: (row) => row };
  const sink = rowSink(io.stdout, format, shape);
  const progress = ctx.progress('rows');
  progress.total(info.lineCount);
  for await (const page of scan.pages()) {
    for (const row of page) await sink.write(row);
    progress.add(page.length);
  }
  progress.stop();
  await sink.end();
}

async function sweep(io: Io, path: string, options: CommonOptions): Promise<void> {
  const ctx = new CommandContext(io, options);
  const format = ctx.format(['table', 'json', 'jsonl', 'csv']);
  const api = await ctx.api();
  const found = await api.sweep(path);
  const best = await found.bestRun();
  const metric = found.config.metric as { name?: unknown; goal?: unknown } | undefined;
  const metricName = typeof metric?.name === 'string' ? metric.name : undefined;
  await printRecord(io.stdout, format, {
    sweep: found.path.join('/'),
    name: found.displayName,
    state: found.state,
    method: found.method ?? null,
    runs: found.runCount ?? (await found.runs().length()),
    metric: metricName ? `${metricName} (${typeof metric?.goal === 'string' ? metric.goal : 'minimize'})` : null,
    bestRun: best ? best.path.join('/') : null,
    bestValue: best && metricName ? (best.summary[metricName] ?? null) : null,
    url: found.url,
  });
}

/** Adds `projects`, `runs`, `history` and `sweep`. */
export function addQueryCommands(program: Command, io: Io): void {
  withExamples(
    withCommonOptions(
      program
        .command('projects')
        .argument('[entity]', "an entity (user or team); default: the viewer's")
        .description('List the projects of an entity.')
        .option('--limit <n>', 'stop after this many projects', integerOption('--limit', 1)),
    ),
    ['wandb-api projects', 'wandb-api projects my-team --format csv > projects.csv'],
  ).action((entity: string | undefined, options: CommonOptions & { limit?: number }) => projects(io, entity, options));

  withExamples(
    withCommonOptions(
      withFilterOptions(
        program
          .command('runs')
          .argument('<entity/project>', 'the project whose runs to list')
          .description('List the runs of a project, filtered and sorted on the server.'),
      ).option('--select <keys>', 'config.KEY and summary.KEY columns to add (comma separated, repeatable)', collect),
    ),
    [
      'wandb-api runs my-team/my-project --state finished --tag best',
      "wandb-api runs my-team/my-project --where 'config.lr>=0.01' --order -summary.accuracy --select config.lr,summary.accuracy --limit 10",
      `wandb-api runs my-team/my-project --filters '{"$or":[{"state":"crashed"},{"state":"failed"}]}' --json`,
      'wandb-api runs my-team/my-project --select summary.loss --format parquet > runs.parquet',
    ],
  ).action((path: string, options: RunsOptions) => runs(io, path, options));

  withExamples(
    withCommonOptions(
      program
        .command('history')
        .argument('<run-path>', 'ENTITY/PROJECT/RUN_ID, or a run URL')
        .description("Print a run's full history (every row, not a sample), in step order.")
        .option('--keys <keys>', 'only these keys (comma separated, repeatable), and only rows that have all of them', collect)
        .option('--min-step <n>', 'first step', integerOption('--min-step', 0))
        .option('--max-step <n>', 'last step (inclusive)', integerOption('--max-step', 0)),
    ),
    [
      'wandb-api history my-team/my-project/abc123',
      'wandb-api history my-team/my-project/abc123 --keys loss,acc --min-step 100 --max-step 200 --format csv',
      'wandb-api history my-team/my-project/abc123 --format parquet > history.parquet',
    ],
  ).action((path: string, options: HistoryCommandOptions) => {
    if (options.minStep !== undefined && options.maxStep !== undefined && options.minStep > options.maxStep) {
      throw new InvalidArgumentError('--min-step', `--min-step (${options.minStep}) must not be above --max-step (${options.maxStep})`);
    }
    return history(io, path, options);
  });

  withExamples(
    withCommonOptions(
      program
        .command('sweep')
        .argument('<sweep-path>', 'ENTITY/PROJECT/SWEEP_ID, or a sweep URL')
        .description('Show a sweep: its state, how many runs it has and its best run by the sweep metric.'),
    ),
    ['wandb-api sweep my-team/my-project/k3x9pq', 'wandb-api sweep my-team/my-project/k3x9pq --json'],
  ).action((path: string, options: CommonOptions) => sweep(io, path, options));
}
