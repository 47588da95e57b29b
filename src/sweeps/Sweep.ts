import {
  EnqueueSweepRunDocument,
  SweepAgentDocument,
  SweepAgentsDocument,
  SweepBestRunDocument,
  SweepRunsDocument,
  type GetSweepLegacyQuery,
  type SweepFieldsFragment,
  type SweepRunsQuery,
} from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, NotSupportedError, describeValue } from '../client/errors';
import { encodeJsonArgument, parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import { checkName } from '../client/paths';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { ServerFeature, serverSupports } from '../client/serverFeatures';
import type { CallOptions } from '../client/transport';
import { Run } from '../runs/Run';
import { Agent } from './Agent';
import { formatOrderKey, orderFromConfig } from './config';
import { getSweep } from './sweeps';

/** What a sweep is built from: the full fields, or the few an older server answers. */
export type SweepData = SweepFieldsFragment | NonNullable<NonNullable<GetSweepLegacyQuery['project']>['sweep']>;

/** Options of `sweep.runs()`. */
export interface SweepRunsOptions extends PaginatorOptions {
  /** Sort order, as for `api.runs()`. @defaultValue `+created_at` */
  order?: string;
  /** Runs per request. @defaultValue 50 */
  perPage?: number;
}

/** Options of `sweep.bestRun()`. */
export interface BestRunOptions extends CallOptions {
  /**
   * Sort order that puts the best run first: `+loss`, `-accuracy`, `summary_metrics.loss`,
   * `config.lr.value`, ... As in the Python client, a key without a sign sorts descending and a
   * bare key names a summary metric.
   * @defaultValue from the sweep config's `metric` (`+name` to minimize, `-name` to maximize)
   */
  order?: string;
}

/** Options of `sweep.enqueueRun()`. */
export interface EnqueueRunOptions extends CallOptions {
  displayName?: string;
}

/** A W&B sweep: a hyperparameter search over runs of one project. */
export class Sweep {
  /** GraphQL node id. */
  readonly id: string;
  /** The sweep's id within its project (the last part of its path). */
  readonly name: string;
  readonly entity: string;
  readonly project: string;
  /** The edited display name, else the config's `name`, else the sweep id (Python's `sweep.name`). */
  readonly displayName: string;
  /** `RUNNING`, `PAUSED`, `FINISHED`, `CANCELED`, ... as W&B reports it. */
  readonly state: string;
  /** Search method: `grid`, `random` or `bayes`. */
  readonly method: string | undefined;
  readonly description: string | undefined;
  /** The sweep config, parsed from the YAML W&B stores. */
  readonly config: Readonly<Record<string, unknown>>;
  /** Best value of the sweep's metric so far. */
  readonly bestLoss: number | undefined;
  /** Runs so far (not sent by older servers). */
  readonly runCount: number | undefined;
  /** Runs the sweep plans in all; `undefined` for no limit. */
  readonly expectedRunCount: number | undefined;
  readonly createdAt: Date | undefined;
  readonly updatedAt: Date | undefined;

  declare protected readonly ctx: SdkContext;

  /**
   * @internal Built by the `Api`; not for direct use. `config` is the parsed YAML (parsed before
   * construction, so the YAML parser loads only when a sweep is read).
   */
  constructor(ctx: SdkContext, entity: string, project: string, data: SweepData, config: Record<string, unknown>) {
    attachContext(this, ctx);
    this.entity = entity;
    this.project = project;
    this.id = data.id;
    this.name = data.name;
    this.config = config;
    this.state = data.state;
    this.bestLoss = data.bestLoss ?? undefined;
    const full = 'method' in data ? data : undefined;
    const configName = typeof config.name === 'string' && config.name ? config.name : undefined;
    this.displayName = full?.displayName || configName || data.name;
    this.method = full?.method ?? (typeof config.method === 'string' ? config.method : undefined);
    this.description = full?.description ?? (typeof config.description === 'string' ? config.description : undefined);
    this.runCount = full?.runCount;
    this.expectedRunCount = full?.runCountExpected ?? undefined;
    this.createdAt = parseDate(full?.createdAt);
    this.updatedAt = parseDate(full?.updatedAt);
  }

  /** `[entity, project, sweepId]`, as in the Python client. */
  get path(): [string, string, string] {
    return [this.entity, this.project, this.name];
  }

  /** The sweep's page in the W&B app. */
  get url(): string {
    const part = (s: string) => encodeURIComponent(s);
    return `${this.ctx.appUrl}/${part(this.entity)}/${part(this.project)}/sweeps/${part(this.name)}`;
  }

  /** The order that puts the best run first, from the config's `metric`; `undefined` when it has none. */
  get order(): string | undefined {
    return orderFromConfig(this.config);
  }

  /**
   * The sweep's runs, each with its config and summary (as `api.runs()` without `select`), as a lazy collection.
   * @example
   * ```ts
   * for await (const run of sweep.runs({ order: '-summary_metrics.accuracy' })) console.log(run.name);
   * ```
   */
  runs(options: SweepRunsOptions = {}): Paginator<Run> {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    const order = options.order ?? '+created_at';
    const { ctx, entity, project, name } = this;
    return new Paginator<Run>(
      async (cursor, signal) => {
        const data: SweepRunsQuery = await ctx.transport.execute(
          SweepRunsDocument,
          { entity, project, sweep: name, order, first: perPage, after: cursor },
          signal ? { signal } : {},
        );
        const runs = data.project?.sweep?.runs;
        if (!runs) throw new NotFoundError(`Sweep ${entity}/${project}/${name} was not found`, { operation: 'SweepRuns' });
        return pageOf(runs, (node) => new Run(ctx, entity, project, node), { totalCount: runs.totalCount });
      },
      options,
      'sweep runs list',
    );
  }

  /**
   * The best run, with its config and summary: the first in `order`, which defaults to the
   * sweep's metric and goal. Without either, the most recent run.
   * @returns `undefined` when the sweep has no runs.
   */
  async bestRun(options: BestRunOptions = {}): Promise<Run | undefined> {
    const { order: given, ...callOptions } = optionsOf(options);
    if (given !== undefined && (typeof given !== 'string' || !given.trim())) {
      throw new InvalidArgumentError('order', `order must be a non-empty string such as "+loss", got ${describeValue(given)}`);
    }
    const order = given !== undefined ? formatOrderKey(given) : (this.order ?? '-created_at');
    const data = await this.ctx.transport.execute(
      SweepBestRunDocument,
      { entity: this.entity, project: this.project, sweep: this.name, order },
      callOptions,
    );
    const sweep = data.project?.sweep;
    if (!sweep) throw new NotFoundError(`Sweep ${this.path.join('/')} was not found`, { operation: 'SweepBestRun' });
    const node = sweep.runs.edges[0]?.node;
    return node ? new Run(this.ctx, this.entity, this.project, node) : undefined;
  }

  /**
   * Fetches the sweep again and replaces every field with the server's current values (its
   * state, run count, best loss, config, ...).
   * @returns this sweep
   * @throws {@link NotFoundError} when the sweep no longer exists.
   */
  async load(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    // A fresh object carries the fields (the context stays hidden and is not copied).
    Object.assign(this, await getSweep(this.ctx, this.path.join('/'), options));
    return this;
  }

  /** The sweep's agents. */
  agents(options: PaginatorOptions = {}): Paginator<Agent> {
    options = optionsOf(options);
    const { ctx, entity, project, name } = this;
    return new Paginator<Agent>(
      async (_cursor, signal) => {
        const data = await ctx.transport.execute(SweepAgentsDocument, { entity, project, sweep: name }, signal ? { signal } : {});
        const agents = data.project?.sweep?.agents;
        if (!agents) throw new NotFoundError(`Sweep ${entity}/${project}/${name} was not found`, { operation: 'SweepAgents' });
        // W&B's agents connection takes no paging arguments: the one page is the whole list.
        return { items: agents.edges.map((edge) => new Agent(ctx, entity, project, name, edge.node)), endCursor: null, hasNextPage: false };
      },
      options,
      'sweep agents list',
    );
  }

  /**
   * One agent of the sweep.
   * @throws {@link NotFoundError} when the sweep has no agent of that id.
   */
  async agent(id: string, options: CallOptions = {}): Promise<Agent> {
    options = optionsOf(options);
    checkName(id, 'agent id', 'id');
    const data = await this.ctx.transport.execute(
      SweepAgentDocument,
      { entity: this.entity, project: this.project, sweep: this.name, agent: id },
      options,
    );
    const agent = data.project?.sweep?.agent;
    if (!agent) throw new NotFoundError(`Sweep ${this.path.join('/')} has no agent ${id}`, { operation: 'SweepAgent' });
    return new Agent(this.ctx, this.entity, this.project, this.name, agent);
  }

  /**
   * Queues a run with the given parameters for the sweep's local scheduler (servers with the
   * `SWEEPS_LOCAL_SCHEDULER` feature).
   * @param config parameters by name (`{ lr: 0.1 }` or W&B's `{ lr: { value: 0.1 } }`)
   * @returns the new run's id as the server gives it
   * @throws {@link NotSupportedError} when the server lacks the feature (nothing is queued).
   */
  async enqueueRun(config: Record<string, unknown>, options: EnqueueRunOptions = {}): Promise<string> {
    const { displayName, ...callOptions } = optionsOf(options);
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
      throw new InvalidArgumentError('config', 'config must be an object of parameters by name');
    }
    if (displayName !== undefined && (typeof displayName !== 'string' || !displayName)) {
      throw new InvalidArgumentError('displayName', 'displayName must be a non-empty string');
    }
    const wrapped: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(config)) {
      wrapped[key] = value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value ? value : { value };
    }
    const encoded = encodeJsonArgument(wrapped, 'config');
    if (!(await serverSupports(this.ctx, ServerFeature.SWEEPS_LOCAL_SCHEDULER, callOptions))) {
      throw new NotSupportedError('Queuing sweep runs needs the SWEEPS_LOCAL_SCHEDULER feature, which this W&B server does not have', {
        operation: 'EnqueueSweepRun',
      });
    }
    const data = await this.ctx.transport.execute(
      EnqueueSweepRunDocument,
      { id: this.id, config: encoded, ...(displayName !== undefined ? { displayName } : {}) },
      callOptions,
    );
    if (!data.enqueueSweepRun) throw new NotFoundError(`Sweep ${this.path.join('/')} was not found`, { operation: 'EnqueueSweepRun' });
    return data.enqueueSweepRun.id;
  }
}
