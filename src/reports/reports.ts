import { ProjectReportsDocument, ReportByIdDocument, type ProjectReportsQuery } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { parseProjectPath } from '../client/paths';
import { requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';
import { Report } from './Report';

/** Options of `api.reports()`. */
export interface ReportsOptions extends PaginatorOptions {
  /** Only the report with this (internal) name; URL-encoded names are decoded. */
  name?: string;
  /** Reports per request. @defaultValue 50 */
  perPage?: number;
}

function decodeName(name: unknown): string {
  if (typeof name !== 'string' || !name) throw new InvalidArgumentError('name', 'name must be a non-empty string');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** `api.reports()`: the reports of a project path (the default project when left out), as a lazy collection. */
export function listReports(ctx: SdkContext, path: string | undefined, options: ReportsOptions): Paginator<Report> {
  const { entity, project } = parseProjectPath(path, ctx.defaults);
  const perPage = checkPageSize(options.perPage, 50);
  const name = options.name === undefined ? null : decodeName(options.name);
  return new Paginator<Report>(
    async (cursor, signal) => {
      const callOptions = signal ? { signal } : {};
      const resolved = await ctx.resolveEntity(entity, callOptions);
      const data: ProjectReportsQuery = await requireServerSupport('Reports', () =>
        ctx.transport.execute(ProjectReportsDocument, { entity: resolved, project, name, first: perPage, after: cursor }, callOptions),
      );
      if (!data.project) throw new NotFoundError(`Project ${resolved}/${project} was not found`, { operation: 'ProjectReports' });
      const views = data.project.allViews;
      return pageOf(views, (node) => new Report(ctx, node), { totalCount: views?.totalCount });
    },
    options,
    'reports list',
  );
}

/** One report by id, checked to belong to the given project. */
export function getReport(ctx: SdkContext, entity: string, project: string, id: string, options: CallOptions): Promise<Report> {
  return requireServerSupport('Reports', async () => {
    const data = await ctx.transport.execute(ReportByIdDocument, { id }, options);
    const view = data.view;
    if (!view || view.entityName !== entity || view.projectName !== project) {
      throw new NotFoundError(`Report ${id} was not found in ${entity}/${project}`, { operation: 'ReportById' });
    }
    return new Report(ctx, view);
  });
}
