import { GetSweepDocument, GetSweepLegacyDocument, ProjectSweepsDocument, type ProjectSweepsQuery } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { isFallbackWorthy, requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';
import { parseSweepConfig } from './config';
import { parseSweepPath } from './paths';
import { Sweep, type SweepData } from './Sweep';

/** Options of `project.sweeps()`. */
export interface SweepsOptions extends PaginatorOptions {
  /** Sweeps per request. @defaultValue 50 */
  perPage?: number;
}

/**
 * `api.sweep()`: one sweep by path or URL. As the Python client does, a failed `GetSweep` is
 * tried once more with the smaller query older servers answer.
 */
export async function getSweep(ctx: SdkContext, path: string, options: CallOptions): Promise<Sweep> {
  const parsed = parseSweepPath(path, ctx.defaults);
  const entity = await ctx.resolveEntity(parsed.entity, options);
  const variables = { entity, project: parsed.project, name: parsed.sweepId };
  return requireServerSupport('Sweeps', async () => {
    let data: SweepData | null | undefined;
    try {
      data = (await ctx.transport.execute(GetSweepDocument, variables, options)).project?.sweep;
    } catch (error) {
      if (!isFallbackWorthy(error)) throw error;
      try {
        data = (await ctx.transport.execute(GetSweepLegacyDocument, variables, options)).project?.sweep;
      } catch {
        // The legacy query is a second chance only: the first query's error says more.
        throw error;
      }
    }
    if (!data) throw new NotFoundError(`Sweep ${entity}/${parsed.project}/${parsed.sweepId} was not found`, { operation: 'GetSweep' });
    return new Sweep(ctx, entity, parsed.project, data, await parseSweepConfig(data.config));
  });
}

/** `project.sweeps()`: the sweeps of a project, as a lazy collection. */
export function listSweeps(ctx: SdkContext, entity: string, project: string, options: SweepsOptions): Paginator<Sweep> {
  const perPage = checkPageSize(options.perPage, 50);
  return new Paginator<Sweep>(
    async (cursor, signal) => {
      const data: ProjectSweepsQuery = await ctx.transport.execute(
        ProjectSweepsDocument,
        { entity, project, first: perPage, after: cursor },
        signal ? { signal } : {},
      );
      const found = data.project;
      if (!found) throw new NotFoundError(`Project ${entity}/${project} was not found`, { operation: 'ProjectSweeps' });
      // Each sweep's config is parsed asynchronously (YAML), so the page's nodes become sweeps afterwards.
      const page = pageOf(found.sweeps, (node) => node, { totalCount: found.totalSweeps });
      return {
        ...page,
        items: await Promise.all(page.items.map(async (node) => new Sweep(ctx, entity, project, node, await parseSweepConfig(node.config)))),
      };
    },
    options,
    'sweeps list',
  );
}
