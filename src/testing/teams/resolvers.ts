import { GraphQLError } from 'graphql';
import type { Resolvers } from '../../../generated/resolvers';
import { canReadProject, isMember } from '../access';
import { base64, nodeId } from '../ids';
import type { FakeContext } from '../schema';
import type { FakeStore } from '../store';
import { freeUsername, isEmail, newUser, userWithEmail } from '../users/resolvers';
import type { EntityRecord, InviteRecord } from './records';

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

/** W&B entity names: lowercase letters, digits, `-` and `_`, starting with a letter or digit. */
const ENTITY_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Fields of {@link newTeam}. */
export interface NewTeamFields {
  name: string;
  /** Usernames of members; admins are added to them. */
  members?: readonly string[];
  admins?: readonly string[];
  organization?: string | null;
  defaultAccess?: string;
}

/** Creates a team entity (the caller checks that the name is free). */
export function newTeam(store: FakeStore, fields: NewTeamFields): EntityRecord {
  const admins = [...new Set(fields.admins ?? [])];
  const team: EntityRecord = {
    // W&B's entity ids are `Entity:<number>`; clients (Python's registry members) parse the number.
    id: base64(`Entity:${store.nextId()}`),
    name: fields.name,
    isTeam: true,
    members: [...new Set([...admins, ...(fields.members ?? [])])],
    admins,
    organization: fields.organization ?? null,
    defaultAccess: fields.defaultAccess ?? 'PRIVATE',
    privateOnly: false,
    codeSavingEnabled: false,
    readOnly: false,
    photoUrl: null,
    createdAt: store.tick(),
  };
  store.entities.set(team.name, team);
  return team;
}

/** Adds a pending invitation. */
export function newInvite(store: FakeStore, fields: Omit<InviteRecord, 'id' | 'createdAt'>): InviteRecord {
  const invite: InviteRecord = { id: nodeId('Invite', String(store.nextId())), createdAt: store.tick(), ...fields };
  store.invites.set(invite.id, invite);
  return invite;
}

function team(ctx: FakeContext, name: string | null | undefined): EntityRecord {
  const entity = name ? ctx.store.entities.get(name) : undefined;
  if (!entity || !entity.isTeam) throw new GraphQLError(`team ${name ?? ''} not found`);
  return entity;
}

function requireTeamAdmin(ctx: FakeContext, entity: EntityRecord): void {
  if (!isTeamAdmin(ctx, entity)) throw new GraphQLError(`permission denied: you must be an admin of team ${entity.name}`);
}

function inviteAnswer(
  ctx: FakeContext,
  invite: { id: string; name: string; email: string | null; createdAt: string; toUser: string | null; accepted: boolean },
  entity: EntityRecord,
) {
  return {
    id: invite.id,
    name: invite.name,
    email: invite.email,
    createdAt: invite.createdAt,
    updatedAt: invite.createdAt,
    expiresAt: null,
    accepted: invite.accepted,
    entity,
    organization: entity.organization ? (ctx.store.organizations.get(entity.organization) ?? null) : null,
    fromUser: ctx.viewer,
    toUser: invite.toUser ? (ctx.store.users.get(invite.toUser) ?? null) : null,
  };
}

/** Entities, organizations, teams, their members and invitations. */
export const teamResolvers: Resolvers = {
  Query: {
    entity: (_root, args, ctx) => ctx.store.entities.get(args.name ?? ctx.viewer.entity) ?? null,
    organization: (_root, args, ctx) => {
      for (const org of ctx.store.organizations.values()) if (org.name === args.name || org.id === args.id) return org;
      return null;
    },
  },
  Entity: {
    available: () => false,
    // W&B spells these in lowercase, and the Python client checks the literal (`"organization"`
    // for an organization's entity, `"team"` for an automation's team scope).
    entityType: (entity, _args, ctx) => {
      if (!entity.isTeam) return 'user';
      for (const org of ctx.store.organizations.values()) if (org.orgEntity === entity.name) return 'organization';
      return 'team';
    },
    isPaid: () => false,
    memberCount: (entity) => entity.members.length,
    members: (entity, _args, ctx) => membersOf(ctx, entity),
    limits: () => JSON.stringify({}),
    organization: (entity, _args, ctx) => (entity.organization ? (ctx.store.organizations.get(entity.organization) ?? null) : null),
    project: (entity, args, ctx) => {
      const project = args.name ? ctx.store.project(entity.name, args.name) : undefined;
      return project && canReadProject(ctx, project) ? project : null;
    },
    // `projects` is served by the registries area, which adds filters and order.
    readOnlyAdmin: () => false,
    storageBytes: () => 0,
    updatedAt: (entity) => entity.createdAt,
    user: (entity, _args, ctx) => (entity.isTeam ? null : ([...ctx.store.users.values()].find((u) => u.entity === entity.name) ?? null)),
  },
  Organization: {
    orgEntity: (org, _args, ctx) => ctx.store.entities.get(org.orgEntity) ?? null,
  },
  Mutation: {
    createTeam: (_root, { input }, ctx) => {
      const name = input.teamName;
      if (!ENTITY_NAME.test(name)) {
        throw new GraphQLError(`invalid team name ${JSON.stringify(name)}: use lowercase letters, digits, - and _`);
      }
      if (ctx.store.entities.has(name) || ctx.store.users.has(name)) throw new GraphQLError(`the name ${name} is already taken`);
      const adminName = input.teamAdminUserName ?? ctx.viewer.username;
      if (adminName !== ctx.viewer.username && !ctx.viewer.admin) {
        throw new GraphQLError('permission denied: only instance admins can make someone else the admin of a new team');
      }
      if (!ctx.store.users.has(adminName)) throw new GraphQLError(`user ${adminName} not found`);
      const organization = input.organizationId ? [...ctx.store.organizations.values()].find((o) => o.id === input.organizationId)?.name : undefined;
      if (input.organizationId && !organization) throw new GraphQLError(`organization ${input.organizationId} not found`);
      const entity = newTeam(ctx.store, {
        name,
        admins: [adminName],
        ...(organization ? { organization } : {}),
        ...(input.defaultAccess ? { defaultAccess: input.defaultAccess } : {}),
      });
      return { entity, clientMutationId: input.clientMutationId ?? null };
    },

    createInvite: (_root, { input }, ctx) => {
      const entity = team(ctx, input.entityName);
      requireTeamAdmin(ctx, entity);
      const admin = input.admin ?? false;
      if (Boolean(input.email) === Boolean(input.username)) throw new GraphQLError('createInvite needs exactly one of email and username');
      if (input.username) {
        // An existing user invited by username joins at once.
        const user = ctx.store.users.get(input.username);
        if (!user) throw new GraphQLError(`user ${input.username} not found`);
        if (entity.members.includes(user.username)) throw new GraphQLError(`${user.username} is already a member of ${entity.name}`);
        entity.members.push(user.username);
        if (admin) entity.admins.push(user.username);
        const invite = {
          id: nodeId('Invite', String(ctx.store.nextId())),
          name: user.username,
          email: user.email,
          createdAt: ctx.store.tick(),
          toUser: user.username,
          accepted: true,
        };
        return {
          success: true,
          invite: inviteAnswer(ctx, invite, entity),
          entity,
          remainingSeats: null,
          remainingViewOnlySeats: null,
          clientMutationId: input.clientMutationId ?? null,
        };
      }
      const email = (input.email as string).trim();
      if (!isEmail(email)) throw new GraphQLError(`invalid email address: ${JSON.stringify(input.email)}`);
      const existing = userWithEmail(ctx.store, email);
      if (existing && entity.members.includes(existing.username)) throw new GraphQLError(`${email} is already a member of ${entity.name}`);
      if ([...ctx.store.invites.values()].some((i) => i.entity === entity.name && i.email.toLowerCase() === email.toLowerCase())) {
        throw new GraphQLError(`${email} was already invited to ${entity.name}`);
      }
      const record = newInvite(ctx.store, { entity: entity.name, email, admin, fromUser: ctx.viewer.username });
      const invite = { id: record.id, name: email, email, createdAt: record.createdAt, toUser: existing?.username ?? null, accepted: false };
      return {
        success: true,
        invite: inviteAnswer(ctx, invite, entity),
        entity,
        remainingSeats: null,
        remainingViewOnlySeats: null,
        clientMutationId: input.clientMutationId ?? null,
      };
    },

    deleteInvite: (_root, { input }, ctx) => {
      const entity = team(ctx, input.entityName);
      const invite = input.id ? ctx.store.invites.get(input.id) : undefined;
      if (invite && invite.entity === entity.name) {
        requireTeamAdmin(ctx, entity);
        ctx.store.invites.delete(invite.id);
        return { success: true, clientMutationId: input.clientMutationId ?? null };
      }
      // W&B removes joined members through the same mutation, by the member's id.
      const member = entity.members.map((username) => ctx.store.users.get(username)).find((u) => u !== undefined && u.id === input.id);
      if (!member) throw new GraphQLError(`member ${input.id ?? ''} not found in team ${entity.name}`);
      if (member.username !== ctx.viewer.username) requireTeamAdmin(ctx, entity);
      entity.members = entity.members.filter((u) => u !== member.username);
      entity.admins = entity.admins.filter((u) => u !== member.username);
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },

    createServiceAccount: (_root, { input }, ctx) => {
      const entity = team(ctx, input.entityName);
      requireTeamAdmin(ctx, entity);
      const username = freeUsername(ctx.store, `${entity.name}-service`);
      const user = newUser(ctx.store, {
        username,
        name: input.description || 'service account',
        email: `${username}@service.wandb.test`,
        accountType: 'SERVICE',
      });
      entity.members.push(user.username);
      return { user, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
