import { canReadProject, isMember } from '../access';
import { connection, type ConnectionArgs } from '../connection';
import type { FakeContext, ResolverMap } from '../schema';
import type { EntityRecord, OrganizationRecord } from '../store';

/** Whether the viewer administers the team (a team admin, or an instance admin). */
export function isTeamAdmin(ctx: FakeContext, entity: EntityRecord): boolean {
  return ctx.viewer.admin || entity.admins.includes(ctx.viewer.username);
}

/**
 * An entity's members as W&B lists them: joined members, then (for members) pending invites.
 * Emails show to members only; a service account's key shows to those who administer the team.
 */
export function membersOf(ctx: FakeContext, entity: EntityRecord) {
  const member = isMember(ctx, entity);
  const admin = isTeamAdmin(ctx, entity);
  const joined = entity.members.flatMap((username) => {
    const user = ctx.store.users.get(username);
    if (!user) return [];
    const isAdmin = entity.admins.includes(username);
    return [
      {
        id: user.id,
        name: user.name,
        username: user.username,
        email: member ? user.email : null,
        admin: isAdmin,
        pending: false,
        photoUrl: user.photoUrl,
        accountType: user.accountType,
        role: isAdmin ? 'admin' : 'member',
        apiKey: user.accountType === 'SERVICE' && admin ? (user.apiKeys[0]?.key ?? null) : null,
      },
    ];
  });
  if (!member) return joined;
  const pending = [...ctx.store.invites.values()]
    .filter((invite) => invite.entity === entity.name)
    .map((invite) => ({
      id: invite.id,
      name: invite.email,
      username: null,
      email: invite.email,
      admin: invite.admin,
      pending: true,
      photoUrl: null,
      accountType: null,
      role: invite.admin ? 'admin' : 'member',
      apiKey: null,
    }));
  return [...joined, ...pending];
}

export const entityResolvers: ResolverMap = {
  Query: {
    entity: (_root, args: { name?: string | null }, ctx) => ctx.store.entities.get(args.name ?? ctx.viewer.entity) ?? null,
    organization: (_root, args: { id?: string | null; name?: string | null }, ctx) => {
      for (const org of ctx.store.organizations.values()) if (org.name === args.name || org.id === args.id) return org;
      return null;
    },
  },
  Entity: {
    available: () => false,
    entityType: (entity: EntityRecord) => (entity.isTeam ? 'TEAM' : 'USER'),
    isPaid: () => false,
    memberCount: (entity: EntityRecord) => entity.members.length,
    members: (entity: EntityRecord, _args, ctx) => membersOf(ctx, entity),
    limits: () => JSON.stringify({}),
    organization: (entity: EntityRecord, _args, ctx) => (entity.organization ? (ctx.store.organizations.get(entity.organization) ?? null) : null),
    project: (entity: EntityRecord, args: { name?: string | null }, ctx) => {
      const project = args.name ? ctx.store.project(entity.name, args.name) : undefined;
      return project && canReadProject(ctx, project) ? project : null;
    },
    projects: (entity: EntityRecord, args: ConnectionArgs, ctx) =>
      connection(
        ctx.store.projectsOf(entity.name).filter((p) => canReadProject(ctx, p)),
        args,
        (p) => p.name,
      ),
    readOnlyAdmin: () => false,
    storageBytes: () => 0,
    updatedAt: (entity: EntityRecord) => entity.createdAt,
    user: (entity: EntityRecord, _args, ctx) =>
      entity.isTeam ? null : ([...ctx.store.users.values()].find((u) => u.entity === entity.name) ?? null),
  },
  Organization: {
    orgEntity: (org: OrganizationRecord, _args, ctx) => ctx.store.entities.get(org.orgEntity) ?? null,
  },
};
