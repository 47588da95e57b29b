import { GraphQLError } from 'graphql';
import type { Resolvers } from '../../../generated/resolvers';
import { canReadProject, requireWrite } from '../access';
import {
  collectionsOf,
  deleteProjectArtifacts,
  ensureArtifactType,
  membershipsOf,
  type ArtifactMembershipRecord,
  type ArtifactRecord,
} from '../artifacts/records';
import { collectionDoc, listCollections, mongoFilter, sortByOrder, versionDoc } from '../artifacts/resolvers';
import { connection } from '../connection';
import { unbase64 } from '../ids';
import type { ProjectRecord } from '../projects/records';
import { projectResolvers } from '../projects/resolvers';
import type { FakeContext } from '../schema';
import type { EntityRecord } from '../teams/records';
import type { UserRecord } from '../users/records';
import { projectMembers, REGISTRY_PREFIX, REGISTRY_ROLES, registrySettings, setRegistrySettings } from './records';

/**
 * Whether the viewer may change a registry's members: instance admins, admins of the entity that
 * holds it (the organization's admins), its admin users, and the users of its admin teams.
 */
export function isRegistryAdmin(ctx: Pick<FakeContext, 'store' | 'viewer'>, project: ProjectRecord): boolean {
  const viewer = ctx.viewer;
  if (viewer.admin) return true;
  if (ctx.store.entities.get(project.entity)?.admins.includes(viewer.username)) return true;
  const members = projectMembers(ctx.store, project.entity, project.name);
  if (members.users.get(viewer.username) === 'admin') return true;
  for (const [team, role] of members.teams) {
    if (role === 'admin' && ctx.store.entities.get(team)?.members.includes(viewer.username)) return true;
  }
  return false;
}

function projectById(ctx: FakeContext, id: string): ProjectRecord {
  const project = [...ctx.store.projects.values()].find((p) => p.id === id || p.internalId === id);
  if (!project || !canReadProject(ctx, project)) throw new GraphQLError(`project ${id} not found`);
  if (!isRegistryAdmin(ctx, project)) throw new GraphQLError(`permission denied: only admins of ${project.name} may change its members`);
  return project;
}

function userById(ctx: FakeContext, id: string): UserRecord {
  for (const user of ctx.store.users.values()) if (user.id === id) return user;
  throw new GraphQLError(`user ${id} not found`);
}

function teamById(ctx: FakeContext, id: string): EntityRecord {
  for (const entity of ctx.store.entities.values()) if (entity.id === id && entity.isTeam) return entity;
  throw new GraphQLError(`team ${id} not found`);
}

function checkRole(role: string): string {
  if (!REGISTRY_ROLES.includes(role)) throw new GraphQLError(`unknown role ${JSON.stringify(role)}; roles are ${REGISTRY_ROLES.join(', ')}`);
  return role;
}

/** What a project (registry) filter sees of a project. */
function projectDoc(project: ProjectRecord): Record<string, unknown> {
  return {
    name: project.name,
    description: project.description,
    access: project.access,
    created_at: project.createdAt,
    createdAt: project.createdAt,
    updated_at: project.updatedAt,
    updatedAt: project.updatedAt,
  };
}

/** The entity's projects the viewer may read, narrowed by a Mongo-style filter on project fields. */
function entityProjects(ctx: FakeContext, entity: EntityRecord, filters: string | null | undefined, argument: string): ProjectRecord[] {
  const match = mongoFilter(filters, argument);
  return ctx.store.projectsOf(entity.name).filter((p) => canReadProject(ctx, p) && match(projectDoc(p)));
}

const ARTIFACT_TYPE_NAME = /^[A-Za-z0-9_\-.]+$/;

// Registries are projects: creating one is an `upsertModel` with registry fields, so the plain
// project mutation runs first and the registry settings are applied on top.
const upsertProject = projectResolvers.Mutation?.upsertModel as NonNullable<NonNullable<Resolvers['Mutation']>['upsertModel']>;

/** Registries: projects named `wandb-registry-*`, their settings, collections, versions and members. */
export const registryResolvers: Resolvers = {
  Project: {
    allowAllArtifactTypesInRegistry: (project, _args, ctx) =>
      registrySettings(ctx.store, project.entity, project.name)?.allowAllArtifactTypes ?? false,
    members: (project, _args, ctx) =>
      [...projectMembers(ctx.store, project.entity, project.name).users].flatMap(([username, role]) => {
        const user = ctx.store.users.get(username);
        return user ? [{ id: user.id, name: user.name, username: user.username, email: user.email, role: { name: role } }] : [];
      }),
    teamMembers: (project, _args, ctx) =>
      [...projectMembers(ctx.store, project.entity, project.name).teams].flatMap(([name, role]) => {
        const team = ctx.store.entities.get(name);
        return team ? [{ team, role: { name: role } }] : [];
      }),
  },
  Entity: {
    projects: (entity, args, ctx) => {
      const projects = entityProjects(ctx, entity, args.filters, 'filters');
      const ordered = args.order
        ? sortByOrder(projects, args.order, '+name', (p, f) => projectDoc(p)[f], ['name', 'createdAt', 'updatedAt'])
        : projects;
      return connection(ordered, args, (p) => p.name);
    },
    artifactCollections: (entity, args, ctx) => {
      const projects = entityProjects(ctx, entity, args.projectFilters, 'projectFilters');
      return listCollections(
        projects.flatMap((p) => collectionsOf(ctx.store, p.entity, p.name)),
        args,
      );
    },
    artifactMemberships: (entity, args, ctx) => {
      const collectionMatch = mongoFilter(args.collectionFilters, 'collectionFilters');
      const versionMatch = mongoFilter(args.filters, 'filters');
      const memberships = entityProjects(ctx, entity, args.projectFilters, 'projectFilters')
        .flatMap((p) => collectionsOf(ctx.store, p.entity, p.name))
        .filter((c) => collectionMatch(collectionDoc(c)))
        .flatMap((c) => membershipsOf(ctx.store, c.id))
        .filter((m) => {
          const artifact = ctx.store.artifacts.get(m.artifactId) as ArtifactRecord;
          return artifact.state === 'COMMITTED' && versionMatch(versionDoc(artifact, m));
        });
      const ordered = args.order
        ? sortByOrder(
            memberships,
            args.order,
            '-createdAt',
            (m: ArtifactMembershipRecord, f) => versionDoc(ctx.store.artifacts.get(m.artifactId) as ArtifactRecord, m)[f],
            ['createdAt', 'updatedAt', 'versionIndex'],
          )
        : memberships;
      return connection(ordered, args, (m) => m.id);
    },
  },
  Mutation: {
    upsertModel: (root, args, ctx, info) => {
      const { allowAllArtifactTypesInRegistry: allowAll, artifactTypes } = args.input;
      if (!args.input.name?.startsWith(REGISTRY_PREFIX) && (allowAll !== undefined || artifactTypes !== undefined)) {
        throw new GraphQLError('upsertModel: artifact types are settings of registries (projects named wandb-registry-*)');
      }
      for (const type of artifactTypes ?? []) {
        if (!ARTIFACT_TYPE_NAME.test(type.name) || type.name === 'job' || type.name.startsWith('wandb-')) {
          throw new GraphQLError(`invalid artifact type ${JSON.stringify(type.name)}`);
        }
      }
      const result = upsertProject(root, args, ctx, info) as { inserted: boolean; project: ProjectRecord };
      const project = result.project;
      if (project.name.startsWith(REGISTRY_PREFIX)) {
        const current = registrySettings(ctx.store, project.entity, project.name);
        setRegistrySettings(ctx.store, project.entity, project.name, {
          allowAllArtifactTypes: allowAll ?? current?.allowAllArtifactTypes ?? !artifactTypes?.length,
        });
        for (const type of artifactTypes ?? []) ensureArtifactType(ctx.store, project.entity, project.name, type.name, type.description ?? null);
        // Whoever creates a registry administers it.
        if (result.inserted) projectMembers(ctx.store, project.entity, project.name).users.set(ctx.viewer.username, 'admin');
      }
      return result;
    },
    deleteModel: (_root, { input }, ctx) => {
      const project = [...ctx.store.projects.values()].find(
        (p) => p.id === input.id || p.internalId === input.id || unbase64(input.id) === unbase64(p.id),
      );
      if (!project || !canReadProject(ctx, project)) throw new GraphQLError(`project ${input.id} not found`);
      requireWrite(ctx, project.entity);
      deleteProjectArtifacts(ctx.store, project.entity, project.name);
      ctx.store.projects.delete(`${project.entity}/${project.name}`);
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    createProjectMembers: (_root, { input }, ctx) => {
      const project = projectById(ctx, input.projectId);
      // Every id is checked before anything changes.
      const users = (input.userIds ?? []).map((id) => userById(ctx, id));
      const teams = (input.teamIds ?? []).map((id) => teamById(ctx, id));
      const members = projectMembers(ctx.store, project.entity, project.name);
      for (const user of users) if (!members.users.has(user.username)) members.users.set(user.username, 'member');
      for (const team of teams) if (!members.teams.has(team.name)) members.teams.set(team.name, 'member');
      return { success: true };
    },
    deleteProjectMembers: (_root, { input }, ctx) => {
      const project = projectById(ctx, input.projectId);
      const users = (input.userIds ?? []).map((id) => userById(ctx, id));
      const teams = (input.teamIds ?? []).map((id) => teamById(ctx, id));
      const members = projectMembers(ctx.store, project.entity, project.name);
      for (const user of users) members.users.delete(user.username);
      for (const team of teams) members.teams.delete(team.name);
      return { success: true };
    },
    updateProjectMember: (_root, { input }, ctx) => {
      const project = projectById(ctx, input.projectId);
      const user = userById(ctx, input.userId);
      const members = projectMembers(ctx.store, project.entity, project.name);
      if (!members.users.has(user.username)) throw new GraphQLError(`member ${user.username} not found in ${project.name}; add them first`);
      members.users.set(user.username, checkRole(input.userProjectRole));
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    updateProjectTeamMember: (_root, { input }, ctx) => {
      const project = projectById(ctx, input.projectId);
      const team = teamById(ctx, input.teamId);
      const members = projectMembers(ctx.store, project.entity, project.name);
      if (!members.teams.has(team.name)) throw new GraphQLError(`member team ${team.name} not found in ${project.name}; add it first`);
      members.teams.set(team.name, checkRole(input.teamProjectRole));
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
