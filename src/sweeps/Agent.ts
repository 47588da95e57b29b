import { AgentRunsDocument, type AgentFieldsFragment, type AgentRunsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { parseDate, parseJsonObject } from '../client/json';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { Run } from '../runs/Run';

/** Options of `agent.runs()`. */
export interface AgentRunsOptions extends PaginatorOptions {
  /** Sort order, as for `api.runs()`. @defaultValue `+created_at` */
  order?: string;
  /** Runs per request. @defaultValue 50 */
  perPage?: number;
}

/** A sweep agent: a process that asks the sweep for parameters and runs them. */
export class Agent {
  /** GraphQL node id. */
  readonly id: string;
  /** The agent id within its sweep. */
  readonly name: string;
  readonly displayName: string | undefined;
  /** The machine the agent runs on. */
  readonly host: string;
  /** `RUNNING`, `FINISHED`, ... as W&B reports it. */
  readonly state: string | undefined;
  readonly persistent: boolean;
  /** How many runs the agent started. */
  readonly totalRuns: number;
  readonly metrics: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
  readonly heartbeatAt: Date | undefined;
  /** Username of the agent's owner. */
  readonly user: string | undefined;
  readonly entity: string;
  readonly project: string;
  /** Id of the sweep the agent works for. */
  readonly sweep: string;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by a `Sweep`; not for direct use. */
  constructor(ctx: SdkContext, entity: string, project: string, sweep: string, data: AgentFieldsFragment) {
    attachContext(this, ctx);
    this.entity = entity;
    this.project = project;
    this.sweep = sweep;
    this.id = data.id;
    this.name = data.name;
    this.displayName = data.displayName ?? undefined;
    this.host = data.host;
    this.state = data.state ?? undefined;
    this.persistent = data.persistent ?? false;
    this.totalRuns = data.totalRuns;
    this.metrics = parseJsonObject(data.metrics, 'agent metrics');
    this.createdAt = parseDate(data.createdAt);
    this.heartbeatAt = parseDate(data.heartbeatAt);
    this.user = data.user?.username ?? undefined;
  }

  /** The runs this agent started, as a lazy collection. */
  runs(options: AgentRunsOptions = {}): Paginator<Run> {
    options = optionsOf(options);
    const perPage = checkPageSize(options.perPage, 50);
    const order = options.order ?? '+created_at';
    const { ctx, entity, project, sweep, name } = this;
    return new Paginator<Run>(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const data: AgentRunsQuery = await ctx.transport.execute(
          AgentRunsDocument,
          { entity, project, sweep, agent: name, order, first: perPage, after: cursor },
          callOptions,
        );
        const runs = data.project?.sweep?.agent?.runs;
        if (!runs) throw new NotFoundError(`Agent ${name} of sweep ${entity}/${project}/${sweep} was not found`, { operation: 'AgentRuns' });
        return pageOf(runs, (node) => new Run(ctx, entity, project, node), { totalCount: runs.totalCount });
      },
      options,
      'agent runs list',
    );
  }
}
