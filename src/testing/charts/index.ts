import { defineArea } from '../area';
import { chartTables } from './records';
import { chartResolvers } from './resolvers';

/** The charts area: custom chart presets. */
export const chartsArea = defineArea({
  tables: chartTables,
  resolvers: chartResolvers,
});
