import { defineArea } from '../area';
import { registryTables } from './records';
import { registrySeeds } from './seeds';
import { registryResolvers } from './resolvers';

/** The registries area: registry projects, their settings and members. */
export const registriesArea = defineArea({
  tables: registryTables,
  seeds: registrySeeds,
  resolvers: registryResolvers,
});
