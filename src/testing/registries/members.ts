import { GraphQLError } from 'graphql';
import { canReadProject } from '../access';
import { projectMembers, REGISTRY_ROLES } from '../artifacts/records';
import type { FakeContext, ResolverMap } from '../schema';
import type { EntityRecord, ProjectRecord, UserRecord } from '../store';

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

interface MembersInput {
  projectId: string;
  userIds?: string[] | null;
  teamIds?: string[] | null;
}

/** Registry members: users and teams with a role, changed by the registry's admins only. */
export const registryMemberResolvers: ResolverMap = {
  Project: {
    members: (project: ProjectRecord, _args, ctx) =>
      [...projectMembers(ctx.store, project.entity, project.name).users].flatMap(([username, role]) => {
        const user = ctx.store.users.get(username);
        return user ? [{ id: user.id, name: user.name, username: user.username, email: user.email, role: { name: role } }] : [];
      }),
    teamMembers: (project: ProjectRecord, _args, ctx) =>
      [...projectMembers(ctx.store, project.entity, project.name).teams].flatMap(([name, role]) => {
        const team = ctx.store.entities.get(name);
        return team ? [{ team, role: { name: role } }] : [];
      }),
  },
  Mutation: {
    createProjectMembers: (_root, { input }: { input: MembersInput }, ctx) => {
      const project = projectById(ctx, input.projectId);
      // Every id is checked before anything changes.
      const users = (input.userIds ?? []).map((id) => userById(ctx, id));
      const teams = (input.teamIds ?? []).map((id) => teamById(ctx, id));
      const members = projectMembers(ctx.store, project.entity, project.name);
      for (const user of users) if (!members.users.has(user.username)) members.users.set(user.username, 'member');
      for (const team of teams) if (!members.teams.has(team.name)) members.teams.set(team.name, 'member');
      return { success: true };
    },
    deleteProjectMembers: (_root, { input }: { input: MembersInput }, ctx) => {
      const project = projectById(ctx, input.projectId);
      const users = (input.userIds ?? []).map((id) => userById(ctx, id));
      const teams = (input.teamIds ?? []).map((id) => teamById(ctx, id));
      const members = projectMembers(ctx.store, project.entity, project.name);
      for (const user of users) members.users.delete(user.username);
      for (const team of teams) members.teams.delete(team.name);
      return { success: true };
    },
    updateProjectMember: (
      _root,
      { input }: { input: { projectId: string; userId: string; userProjectRole: string; clientMutationId?: string | null } },
      ctx,
    ) => {
      const project = projectById(ctx, input.projectId);
      const user = userById(ctx, input.userId);
      const members = projectMembers(ctx.store, project.entity, project.name);
      if (!members.users.has(user.username)) throw new GraphQLError(`member ${user.username} not found in ${project.name}; add them first`);
      members.users.set(user.username, checkRole(input.userProjectRole));
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    updateProjectTeamMember: (
      _root,
      { input }: { input: { projectId: string; teamId: string; teamProjectRole: string; clientMutationId?: string | null } },
      ctx,
    ) => {
      const project = projectById(ctx, input.projectId);
      const team = teamById(ctx, input.teamId);
      const members = projectMembers(ctx.store, project.entity, project.name);
      if (!members.teams.has(team.name)) throw new GraphQLError(`member team ${team.name} not found in ${project.name}; add it first`);
      members.teams.set(team.name, checkRole(input.teamProjectRole));
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
