import { defineArea } from '../area';
import { userTables } from './records';
import { userSeeds } from './seeds';
import { userResolvers } from './resolvers';

/** The users area: users, their API keys, and admin user management. */
export const usersArea = defineArea({
  tables: userTables,
  seeds: userSeeds,
  resolvers: userResolvers,
});
