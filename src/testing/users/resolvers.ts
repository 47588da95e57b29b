import type { Resolvers } from '../../../generated/resolvers';
import type { UserSeed } from '../seed';
import { GraphQLError } from 'graphql';
import { canReadProject, requireAdmin } from '../access';
import { connection } from '../connection';
import type { FakeContext } from '../schema';
import { base64, nodeId } from '../ids';
import type { ApiKeyRecord, UserRecord } from './records';
import type { EntityRecord } from '../teams/records';
import type { FakeStore } from '../store';

/** A new random API key: 40 hex characters, as W&B's classic keys. */
export function randomApiKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** An API key record for `key`; W&B lists keys by a short name, never by the secret. */
export function newApiKey(store: FakeStore, key: string, description: string | null = null): ApiKeyRecord {
  return { id: nodeId('ApiKey', String(store.nextId())), name: key.slice(0, 6), description, key };
}

/** Fields of {@link newUser}, as `fake.seed.user()` takes them; the rest get W&B's defaults. */
export type NewUserFields = UserSeed;

/**
 * Creates a user with one API key and their own (non-team) entity of the same name, as W&B does
 * on sign-up. The caller checks that the username is free.
 */
export function newUser(store: FakeStore, fields: NewUserFields): UserRecord {
  // Seeding a user again updates them: their existing keys (the fake's own among them) stay valid.
  const existing = store.users.get(fields.username);
  const keys = existing ? [...existing.apiKeys] : [];
  if (!existing || (fields.apiKey !== undefined && !keys.some((k) => k.key === fields.apiKey)))
    keys.push(newApiKey(store, fields.apiKey ?? randomApiKey()));
  const user: UserRecord = {
    // W&B's user ids are `User:<number>`; clients (Python's registry members) parse the number.
    id: existing?.id ?? base64(`User:${store.nextId()}`),
    username: fields.username,
    name: fields.name ?? existing?.name ?? fields.username,
    email: fields.email ?? existing?.email ?? `${fields.username}@example.com`,
    admin: fields.admin ?? existing?.admin ?? false,
    accountType: fields.accountType ?? existing?.accountType ?? 'USER',
    entity: fields.username,
    photoUrl: existing?.photoUrl ?? null,
    flags: fields.flags ?? existing?.flags ?? {},
    createdAt: existing?.createdAt ?? store.tick(),
    deletedAt: null,
    apiKeys: keys,
  };
  store.users.set(user.username, user);
  if (!store.entities.has(user.username)) {
    const entity: EntityRecord = {
      id: base64(`Entity:${store.nextId()}`),
      name: user.username,
      isTeam: false,
      members: [user.username],
      admins: [user.username],
      organization: null,
      defaultAccess: 'PRIVATE',
      privateOnly: false,
      codeSavingEnabled: false,
      readOnly: false,
      photoUrl: null,
      createdAt: user.createdAt,
    };
    store.entities.set(entity.name, entity);
  }
  return user;
}

/** A free username derived from `base` (`jane.doe` → `jane-doe`, then `jane-doe-2`, ...). */
export function freeUsername(store: FakeStore, base: string): string {
  const stem =
    base
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'user';
  let candidate = stem;
  for (let n = 2; store.users.has(candidate) || store.entities.has(candidate); n++) candidate = `${stem}-${n}`;
  return candidate;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function userWithEmail(store: FakeStore, email: string): UserRecord | undefined {
  const wanted = email.toLowerCase();
  for (const user of store.users.values()) if (user.email.toLowerCase() === wanted) return user;
  return undefined;
}

/** The owner of an API key id, and the key. */
function apiKeyById(ctx: FakeContext, id: string): { user: UserRecord; key: ApiKeyRecord } | undefined {
  for (const user of ctx.store.users.values()) {
    const key = user.apiKeys.find((k) => k.id === id);
    if (key) return { user, key };
  }
  return undefined;
}

export const userResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, ctx) => ctx.viewer,
    user: (_root, args, ctx) => {
      for (const user of ctx.store.users.values()) {
        if ((args.userName && user.username === args.userName) || (args.id && user.id === args.id)) return user;
      }
      return null;
    },
    users: (_root, args, ctx) => {
      // Searching all users of an instance is for instance admins, as on W&B.
      requireAdmin(ctx);
      const query = args.query?.toLowerCase();
      const users = [...ctx.store.users.values()].filter(
        (u) =>
          (!query || u.username.toLowerCase().includes(query) || u.email.toLowerCase().includes(query) || u.name.toLowerCase().includes(query)) &&
          (!args.usernames || args.usernames.includes(u.username)),
      );
      return connection(users, args, (u) => u.username);
    },
  },
  User: {
    flags: (user) => JSON.stringify(user.flags),
    // The projects of the user's own entity and of their teams (that the viewer may read): what
    // the Python client walks for "every automation I can see".
    projects: (user, args, ctx) => {
      const entities = [...ctx.store.entities.values()].filter((e) => e.name === user.entity || (e.isTeam && e.members.includes(user.username)));
      const projects = entities.flatMap((e) => ctx.store.projectsOf(e.name)).filter((p) => canReadProject(ctx, p));
      return connection(projects, args, (p) => `${p.entity}/${p.name}`);
    },
    teams: (user, args, ctx) => {
      const teams = [...ctx.store.entities.values()].filter((e) => e.isTeam && e.members.includes(user.username));
      return connection(teams, args, (e) => e.name);
    },
    apiKeys: (user, args, ctx) =>
      // Only the key's owner and admins see key metadata; the secret itself is never listed.
      ctx.viewer.username === user.username || ctx.viewer.admin
        ? connection(
            user.apiKeys.map(({ id, name, description }) => ({ id, name, description })),
            args,
            (k) => k.id,
          )
        : null,
    defaultEntity: (user, _args, ctx) => ctx.store.entities.get(user.entity) ?? null,
    userEntity: (user, _args, ctx) => ctx.store.entities.get(user.entity) ?? null,
    organizations: (user, _args, ctx) =>
      [...ctx.store.organizations.values()].filter((org) => ctx.store.entities.get(org.orgEntity)?.members.includes(user.username)),
    email: (user, _args, ctx) => (ctx.viewer.username === user.username || ctx.viewer.admin ? user.email : null),
  },
  Mutation: {
    createUser: (_root, { input }, ctx) => {
      requireAdmin(ctx);
      const email = input.email.trim();
      if (!EMAIL.test(email)) throw new GraphQLError(`invalid email address: ${JSON.stringify(input.email)}`);
      if (userWithEmail(ctx.store, email)) throw new GraphQLError(`a user with email ${email} already exists`);
      const accountType = (input.accountType ?? 'USER').toUpperCase();
      if (accountType !== 'USER' && accountType !== 'SERVICE' && accountType !== 'VIEWER')
        throw new GraphQLError(`invalid account type ${input.accountType}`);
      const user = newUser(ctx.store, {
        username: freeUsername(ctx.store, email.split('@')[0] as string),
        email,
        admin: input.admin ?? false,
        accountType,
      });
      return { user, clientMutationId: input.clientMutationId ?? null };
    },
    generateApiKey: (_root, { input }, ctx) => {
      // A new key always belongs to the caller: W&B has no way to mint keys for someone else.
      const secret = randomApiKey();
      const key = newApiKey(ctx.store, secret, input.description ?? null);
      ctx.viewer.apiKeys.push(key);
      // The secret is shown once, in this answer, as the key's name.
      return { apiKey: { id: key.id, name: secret, description: key.description }, clientMutationId: input.clientMutationId ?? null };
    },
    deleteApiKey: (_root, { input }, ctx) => {
      const found = input.id ? apiKeyById(ctx, input.id) : undefined;
      if (!found) throw new GraphQLError(`API key ${input.id ?? ''} not found`);
      if (found.user.username !== ctx.viewer.username && !ctx.viewer.admin) {
        throw new GraphQLError('permission denied: only the key owner or an admin can delete an API key');
      }
      found.user.apiKeys = found.user.apiKeys.filter((k) => k.id !== found.key.id);
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};

/** Whether `value` looks like an email address. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** The user with this email address (case-insensitive), if any. */
export { userWithEmail };
