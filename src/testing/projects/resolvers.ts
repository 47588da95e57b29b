import type { Resolvers } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { canReadProject, linked, requireWrite } from '../access';
import { connection, type ConnectionArgs } from '../connection';
import type { FakeContext } from '../schema';
import { nodeId } from '../ids';
import type { ProjectRecord } from './records';

/** Creates a project record with W&B's defaults (the caller checks the entity exists). */
export function newProject(ctx: Pick<FakeContext, 'store'>, fields: Partial<ProjectRecord> & { entity: string; name: string }): ProjectRecord {
  const now = ctx.store.tick();
  return ctx.store.addProject({
    id: nodeId('Project', fields.name, fields.entity),
    internalId: String(ctx.store.nextId()),
    description: null,
    access: 'PRIVATE',
    readOnly: false,
    isBenchmark: false,
    user: null,
    views: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

function visibleProject(ctx: FakeContext, entity: string | null | undefined, name: string | null | undefined): ProjectRecord | null {
  if (!name) return null;
  const project = ctx.store.project(entity ?? ctx.viewer.entity, name);
  return project && canReadProject(ctx, project) ? project : null;
}

function projectList(ctx: FakeContext, entity: string | null | undefined, args: ConnectionArgs) {
  const projects = ctx.store.projectsOf(entity ?? ctx.viewer.entity).filter((p) => canReadProject(ctx, p));
  return connection(projects, args, (p) => p.name);
}

export const projectResolvers: Resolvers = {
  Query: {
    project: (_root, args, ctx) => visibleProject(ctx, args.entityName, args.name),
    models: (_root, args, ctx) => projectList(ctx, args.entityName, args),
    projects: (_root, args, ctx) => projectList(ctx, args.entityName, args),
  },
  Mutation: {
    upsertModel: (_root, { input }, ctx) => {
      const entity = input.entityName ?? ctx.viewer.entity;
      if (!input.name) throw new GraphQLError('upsertModel: name is required');
      if (!ctx.store.entities.has(entity)) throw new GraphQLError(`entity ${entity} not found`);
      requireWrite(ctx, entity);
      let project = ctx.store.project(entity, input.name);
      const inserted = !project;
      project ??= newProject(ctx, { entity, name: input.name, user: ctx.viewer.username });
      if (input.description !== undefined && input.description !== null) project.description = input.description;
      if (input.access) project.access = input.access;
      if (input.views !== undefined && input.views !== null) project.views = input.views;
      if (!inserted) project.updatedAt = ctx.store.tick();
      return { inserted, project, model: project, entityName: entity, clientMutationId: input.clientMutationId ?? null };
    },
  },
  Project: {
    entity: (project, _args, ctx) => linked(ctx.store.entities.get(project.entity), `entity ${project.entity}`),
    entityName: (project) => project.entity,
    user: (project, _args, ctx) => (project.user ? (ctx.store.users.get(project.user) ?? null) : null),
  },
};
