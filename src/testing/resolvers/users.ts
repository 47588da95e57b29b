import { connection, type ConnectionArgs } from '../connection';
import type { ResolverMap } from '../schema';
import type { UserRecord } from '../store';

export const userResolvers: ResolverMap = {
  Query: {
    viewer: (_root, _args, ctx) => ctx.viewer,
    user: (_root, args: { id?: string | null; userName?: string | null }, ctx) => {
      for (const user of ctx.store.users.values()) {
        if ((args.userName && user.username === args.userName) || (args.id && user.id === args.id)) return user;
      }
      return null;
    },
    users: (_root, args: ConnectionArgs & { query?: string | null; usernames?: string[] | null }, ctx) => {
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
    flags: (user: UserRecord) => JSON.stringify(user.flags),
    teams: (user: UserRecord, args: ConnectionArgs, ctx) => {
      const teams = [...ctx.store.entities.values()].filter((e) => e.isTeam && e.members.includes(user.username));
      return connection(teams, args, (e) => e.name);
    },
    apiKeys: (user: UserRecord, args: ConnectionArgs, ctx) =>
      // Only the key's owner and admins see key metadata; the secret itself is never served.
      ctx.viewer.username === user.username || ctx.viewer.admin
        ? connection(user.apiKeys.map(({ id, name, description }) => ({ id, name, description })), args, (k) => k.id)
        : null,
    defaultEntity: (user: UserRecord, _args, ctx) => ctx.store.entities.get(user.entity) ?? null,
    userEntity: (user: UserRecord, _args, ctx) => ctx.store.entities.get(user.entity) ?? null,
    organizations: (user: UserRecord, _args, ctx) =>
      [...ctx.store.organizations.values()].filter((org) => ctx.store.entities.get(org.orgEntity)?.members.includes(user.username)),
    email: (user: UserRecord, _args, ctx) => (ctx.viewer.username === user.username || ctx.viewer.admin ? user.email : null),
  },
};
