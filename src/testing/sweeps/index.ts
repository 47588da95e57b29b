import { defineArea } from '../area';
import { sweepTables } from './records';
import { sweepSeeds } from './seeds';
import { sweepResolvers } from './resolvers';

/** The sweeps area: sweeps and their agents. */
export const sweepsArea = defineArea({
  tables: sweepTables,
  seeds: sweepSeeds,
  resolvers: sweepResolvers,
});
