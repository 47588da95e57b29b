import { defineArea } from '../area';
import { launchTables } from './records';
import { launchSeeds } from './seeds';
import { launchResolvers } from './resolvers';

/** The launch area: run queues, their items and resource configs. */
export const launchArea = defineArea({
  tables: launchTables,
  seeds: launchSeeds,
  resolvers: launchResolvers,
});
