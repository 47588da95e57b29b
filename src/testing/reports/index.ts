import { defineArea } from '../area';
import { reportTables } from './records';
import { reportSeeds } from './seeds';
import { reportResolvers } from './resolvers';

/** The reports area: reports (W&B views). */
export const reportsArea = defineArea({
  tables: reportTables,
  seeds: reportSeeds,
  resolvers: reportResolvers,
});
