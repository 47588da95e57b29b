import { RunsDocument, type RunsQuery } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { checkPageSize, Paginator, type PaginatorOptions } from '../client/paginator';
import { Run } from './Run';

/** Options of `api.runs()`. */
export interface RunsOptions extends PaginatorOptions {
  /** Mongo-style filters, as W&B takes them (`{ state: 'finished', 'config.lr': { $gte: 0.01 } }`). */
  filters?: Record<string, unknown>;
  /** Sort order: `[+-]created_at`, `heartbeat_at`, `config.<key>.value`, `summary_metrics.<key>`. @defaultValue `+created_at` */
  order?: string;
  /** Runs per request. @defaultValue 100 */
  perPage?: number;
}

/** A lazy, paginated collection of runs. */
export class Runs extends Paginator<Run> {
  protected declare readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    readonly path: { entity: string | undefined; project: string },
    options: RunsOptions = {},
  ) {
    const perPage = checkPageSize(options.perPage, 100);
    const filters = options.filters === undefined ? null : encodeJsonArgument(options.filters, 'filters');
    const order = options.order ?? '+created_at';
    super(
      async (cursor, signal) => {
        const entity = await ctx.resolveEntity(path.entity, signal ? { signal } : {});
        const data: RunsQuery = await ctx.transport.execute(
          RunsDocument,
          { entity, project: path.project, filters, order, first: perPage, after: cursor },
          signal ? { signal } : {},
        );
        const project = data.project;
        if (!project) throw new NotFoundError(`Project ${entity}/${path.project} was not found`, { operation: 'Runs' });
        const runs = project.runs;
        return {
          items: (runs?.edges ?? []).map((edge) => new Run(ctx, entity, path.project, edge.node)),
          endCursor: runs?.pageInfo.endCursor ?? null,
          hasNextPage: runs?.pageInfo.hasNextPage ?? false,
          totalCount: project.runCount,
        };
      },
      options,
      'runs list',
    );
    attachContext(this, ctx);
  }
}
