import { defineArea } from '../area';
import { runTables } from './records';
import { runSeeds } from './seeds';
import { runResolvers } from './resolvers';
import { runRoutes } from './routes';

/** The runs area: runs, their history, filters, system metrics and files. */
export const runsArea = defineArea({
  tables: runTables,
  seeds: runSeeds,
  resolvers: runResolvers,
  routes: runRoutes,
});
