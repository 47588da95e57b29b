import { canReadProject, isMember } from '../access';
import { connection, type ConnectionArgs } from '../connection';
import type { ResolverMap } from '../schema';
import type { EntityRecord, OrganizationRecord } from '../store';

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
    members: (entity: EntityRecord, _args, ctx) =>
      entity.members.flatMap((username) => {
        const user = ctx.store.users.get(username);
        if (!user) return [];
        const admin = entity.admins.includes(username);
        return [{
          id: user.id,
          name: user.name,
          username: user.username,
          email: isMember(ctx, entity) ? user.email : null,
          admin,
          pending: false,
          photoUrl: user.photoUrl,
          accountType: user.accountType,
          role: admin ? 'admin' : 'member',
          apiKey: null,
        }];
      }),
    organization: (entity: EntityRecord, _args, ctx) => (entity.organization ? ctx.store.organizations.get(entity.organization) ?? null : null),
    project: (entity: EntityRecord, args: { name?: string | null }, ctx) => {
      const project = args.name ? ctx.store.project(entity.name, args.name) : undefined;
      return project && canReadProject(ctx, project) ? project : null;
    },
    projects: (entity: EntityRecord, args: ConnectionArgs, ctx) =>
      connection(ctx.store.projectsOf(entity.name).filter((p) => canReadProject(ctx, p)), args, (p) => p.name),
    readOnlyAdmin: () => false,
    storageBytes: () => 0,
    updatedAt: (entity: EntityRecord) => entity.createdAt,
    user: (entity: EntityRecord, _args, ctx) => (entity.isTeam ? null : [...ctx.store.users.values()].find((u) => u.entity === entity.name) ?? null),
  },
  Organization: {
    orgEntity: (org: OrganizationRecord, _args, ctx) => ctx.store.entities.get(org.orgEntity) ?? null,
  },
};
