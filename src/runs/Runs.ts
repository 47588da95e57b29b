import { RunCountDocument, RunsDocument, RunsHistoriesDocument, type RunsHistoriesQuery, type RunsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { checkHistoryOptions, parseRows, sampledRowsOf, sampledSpec, type HistoryOptions, type HistoryRow } from '../history/history';
import { checkRunOrder, encodeRunFilters, type RunFilters, type RunOrder } from './filters';
import { parseSweepConfig } from '../sweeps/config';
import { Sweep } from '../sweeps/Sweep';
import { Run, type RunSelection } from './Run';

/** Heavy fields a runs listing fetches along with the light ones. */
export interface RunsSelect {
  /** Config keys to fetch for every run (`true`: the whole config). */
  config?: readonly string[] | true;
  /** Summary keys to fetch for every run (`true`: the whole summary). */
  summary?: readonly string[] | true;
  /** Fetch each run's system metrics too. @defaultValue false */
  systemMetrics?: boolean;
}

/** Options of `api.runs()`. */
export interface RunsOptions extends PaginatorOptions {
  /**
   * Mongo-style filters, as W&B takes them (`{ state: 'finished', 'config.lr': { $gte: 0.01 } }`);
   * build them with {@link where} for type checks. Checked before anything is sent.
   */
  filters?: RunFilters;
  /** Sort order: `[+-]created_at`, `heartbeat_at`, `config.<key>.value`, `summary_metrics.<key>`, ... @defaultValue `'+created_at'` */
  order?: RunOrder | (string & Record<never, never>);
  /** Runs per request. @defaultValue 1000 */
  perPage?: number;
  /**
   * Attach each run's sweep as `run.sweep`, fetched in the same requests (Python's
   * `include_sweeps` costs a request per sweep). Off by default to keep listings light; runs
   * always carry `sweepName`.
   * @defaultValue false
   */
  includeSweeps?: boolean;
  /**
   * Heavy fields to fetch with the listing, in the same requests. Without it every run comes
   * with its whole config and summary (as Python's `lazy=False`). With it only what it names
   * travels (`select: {}` for light runs, `{ config: ['lr'] }` for one key), which is faster
   * for big configs; reading a field it left out throws a `NotSelectedError`. Read more
   * afterwards with `run.load()`, `run.configValue(key)` or `run.summaryValue(key)`.
   * @defaultValue `{ config: true, summary: true }`
   */
  select?: RunsSelect;
}

/** Options of `runs.histories()`. */
export interface HistoriesOptions extends Omit<HistoryOptions, 'timeout'> {
  /** Runs per request (each brings its sampled rows). @defaultValue 50 */
  perPage?: number;
}

/** Runs per request unless told otherwise: the listing benchmark's best trade-off (see bench/runs.bench.ts). */
export const DEFAULT_RUNS_PER_PAGE = 1000;

/** What a listing without `select` fetches: the whole config and summary of every run. */
const DEFAULT_SELECT: RunsSelect = { config: true, summary: true };

function selectedKeys(value: readonly string[] | true | undefined, argument: string): readonly string[] | 'all' | undefined {
  if (value === undefined) return undefined;
  if (value === true) return 'all';
  if (!Array.isArray(value) || Array.from(value).some((k) => typeof k !== 'string' || k === '')) {
    throw new InvalidArgumentError(argument, `${argument} must be true or a list of non-empty keys`);
  }
  return [...new Set(value)];
}

/**
 * A project's runs, as a lazy collection of {@link Run}s: one request per page, no per-run
 * requests. Each run comes with its config and summary unless `select` narrows what travels.
 * The next page is requested while the current one is consumed.
 *
 * @example
 * ```ts
 * const runs = api.runs('team/project', {
 *   filters: where.and(where.state.eq('finished'), where.config('lr').gte(0.001)),
 *   order: '-summary_metrics.accuracy',
 *   select: { config: ['lr', 'batch_size'], summary: ['accuracy'] },
 * });
 * console.log(await runs.length());
 * for await (const run of runs) console.log(run.name, run.config.lr, run.summary.accuracy);
 * ```
 */
export class Runs extends Paginator<Run> {
  /** Filters as sent to W&B (JSON), or `null` for all runs. */
  readonly filtersJson: string | null;
  readonly order: string;
  readonly perPage: number;
  declare protected readonly ctx: SdkContext;
  #count: Promise<number> | undefined;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly path: { entity: string | undefined; project: string },
    options: RunsOptions = {},
  ) {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, DEFAULT_RUNS_PER_PAGE);
    const filters = encodeRunFilters(options.filters);
    const order = checkRunOrder(options.order);
    if (options.includeSweeps !== undefined && typeof options.includeSweeps !== 'boolean') {
      throw new InvalidArgumentError('includeSweeps', 'includeSweeps must be true or false');
    }
    const select = options.select === undefined ? DEFAULT_SELECT : options.select;
    if (select === null || typeof select !== 'object') throw new InvalidArgumentError('select', 'select must be an object');
    const config = selectedKeys(select.config, 'select.config');
    const summary = selectedKeys(select.summary, 'select.summary');
    const selection: RunSelection = { ...(config ? { config } : {}), ...(summary ? { summary } : {}) };
    const variables = {
      withConfig: config !== undefined,
      configKeys: config === undefined || config === 'all' ? null : [...config],
      withSummary: summary !== undefined,
      summaryKeys: summary === undefined || summary === 'all' ? null : [...summary],
      withSystemMetrics: select.systemMetrics === true,
      withSweep: options.includeSweeps === true,
    };
    super(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const entity = await ctx.resolveEntity(path.entity, callOptions);
        const data: RunsQuery = await ctx.transport.execute(
          RunsDocument,
          { entity, project: path.project, filters, order, first: perPage, after: cursor, withCount: cursor === null, ...variables },
          callOptions,
        );
        const project = data.project;
        if (!project) throw new NotFoundError(`Project ${entity}/${path.project} was not found`, { operation: 'Runs' });
        const runs = project.runs;
        const sweeps = await sweepsOf(ctx, entity, path.project, runs?.edges ?? []);
        return pageOf(
          runs,
          (node) => {
            const run = new Run(ctx, entity, path.project, node, selection);
            if (node.sweep) run.sweep = sweeps.get(node.sweep.id);
            return run;
          },
          { totalCount: project.runCount },
        );
      },
      options,
      'runs list',
    );
    attachContext(this, ctx);
    this.filtersJson = filters;
    this.order = order;
    this.perPage = perPage;
  }

  /** How many runs match, as W&B counts them (one small request, made once). */
  override length(): Promise<number> {
    const count = (this.#count ??= (async () => {
      const callOptions = this.options.signal ? { signal: this.options.signal } : {};
      const entity = await this.ctx.resolveEntity(this.path.entity, callOptions);
      const data = await this.ctx.transport.execute(RunCountDocument, { entity, project: this.path.project, filters: this.filtersJson }, callOptions);
      if (!data.project) throw new NotFoundError(`Project ${entity}/${this.path.project} was not found`, { operation: 'RunCount' });
      return data.project.runCount;
    })());
    count.catch(() => {
      if (this.#count === count) this.#count = undefined;
    });
    return count;
  }

  /**
   * Sampled history of every run in the collection, as Python's `runs.histories()`: one list
   * of rows, each with a `run_id` key (the run's id). Runs come `perPage` at a time with their
   * rows in the same request, never one request per run.
   */
  async histories(options: HistoriesOptions = {}): Promise<HistoryRow[]> {
    options = optionsOf(options);
    const { samples, keys, xAxis, stream } = checkHistoryOptions(options);
    const perPage = checkPageSize(options.perPage, 50);
    const signal = options.signal ?? this.options.signal;
    const callOptions = signal ? { signal } : {};
    const ctx = this.ctx;
    const specs = keys ? [sampledSpec(keys, xAxis, samples)] : [];
    const pages = new Paginator<HistoryRow[]>(
      async (cursor, pageSignal) => {
        const entity = await ctx.resolveEntity(this.path.entity, pageSignal ? { signal: pageSignal } : callOptions);
        const data: RunsHistoriesQuery = await ctx.transport.execute(
          RunsHistoriesDocument,
          {
            entity,
            project: this.path.project,
            filters: this.filtersJson,
            order: this.order,
            first: perPage,
            after: cursor,
            specs,
            samples,
            sampled: keys !== undefined,
            full: keys === undefined && stream === 'default',
            system: keys === undefined && stream === 'system',
          },
          pageSignal ? { signal: pageSignal } : callOptions,
        );
        if (!data.project) throw new NotFoundError(`Project ${entity}/${this.path.project} was not found`, { operation: 'RunsHistories' });
        return pageOf(data.project.runs, (node) => {
          const rows = node.sampledHistory ? sampledRowsOf(node.sampledHistory) : parseRows(node.history ?? node.events ?? [], 'history');
          return rows.map((row) => ({ ...row, run_id: node.name }));
        });
      },
      signal ? { signal } : {},
      'runs histories',
    );
    const out: HistoryRow[] = [];
    for await (const rows of pages) for (const row of rows) out.push(row);
    return out;
  }
}

type RunsEdges = NonNullable<NonNullable<RunsQuery['project']>['runs']>['edges'];

/** One `Sweep` per distinct sweep of a page of runs, its YAML config parsed once. */
async function sweepsOf(ctx: SdkContext, entity: string, project: string, edges: RunsEdges): Promise<Map<string, Sweep>> {
  const sweeps = new Map<string, Sweep>();
  for (const { node } of edges) {
    const data = node.sweep;
    if (data && !sweeps.has(data.id)) sweeps.set(data.id, new Sweep(ctx, entity, project, data, await parseSweepConfig(data.config)));
  }
  return sweeps;
}
