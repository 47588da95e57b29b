import { CreateProjectDocument, ProjectDocument, ProjectsDocument, type ProjectsQuery } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { checkName } from '../client/paths';
import type { CallOptions } from '../client/transport';
import { Project } from './Project';

/** Options of `api.projects()`. */
export interface ProjectsOptions extends PaginatorOptions {
  /** Projects per request. @defaultValue 200 */
  perPage?: number;
}

/** Options of `api.createProject()`. */
export interface CreateProjectOptions extends CallOptions {
  description?: string;
  /** W&B's visibility value (`PRIVATE`, `USER_READ`, `USER_WRITE`, `PUBLIC`). */
  access?: string;
}

/** `api.project()`: one project of an entity (the default entity when left out). */
export async function getProject(ctx: SdkContext, name: string, entity: string | undefined, options: CallOptions): Promise<Project> {
  checkName(name, 'project name', 'name');
  if (entity !== undefined) checkName(entity, 'entity');
  const resolved = await ctx.resolveEntity(entity, options);
  const data = await ctx.transport.execute(ProjectDocument, { entity: resolved, name }, options);
  if (!data.project) throw new NotFoundError(`Project ${resolved}/${name} was not found`, { operation: 'Project' });
  return new Project(ctx, data.project);
}

/** `api.projects()`: the projects of an entity (the default entity when left out). */
export function listProjects(ctx: SdkContext, entity: string | undefined, options: ProjectsOptions): Paginator<Project> {
  if (entity !== undefined) checkName(entity, 'entity');
  const perPage = checkPageSize(options.perPage, 200);
  return new Paginator<Project>(
    async (cursor, signal) => {
      const callOptions = signal ? { signal } : {};
      const resolved = await ctx.resolveEntity(entity, callOptions);
      const data: ProjectsQuery = await ctx.transport.execute(ProjectsDocument, { entity: resolved, first: perPage, after: cursor }, callOptions);
      return pageOf(data.models, (node) => new Project(ctx, node));
    },
    options,
    'projects list',
    'walk',
  );
}

/** `api.createProject()`: creates a project, or returns the existing one of that name. */
export async function createProject(ctx: SdkContext, name: string, entity: string, options: CreateProjectOptions): Promise<Project> {
  checkName(name, 'project name', 'name');
  checkName(entity, 'entity');
  const { description, access, ...callOptions } = options;
  const input = { name, entityName: entity, ...(description !== undefined ? { description } : {}), ...(access !== undefined ? { access } : {}) };
  const data = await ctx.transport.execute(CreateProjectDocument, { input }, callOptions);
  const project = data.upsertModel?.project;
  if (!project) throw new NotFoundError(`Project ${entity}/${name} could not be created`, { operation: 'CreateProject' });
  return new Project(ctx, project);
}
