import { defineArea } from '../area';
import { automationTables } from './records';
import { automationSeeds } from './seeds';
import { automationResolvers } from './resolvers';

/** The automations area (W&B's triggers). */
export const automationsArea = defineArea({
  tables: automationTables,
  seeds: automationSeeds,
  resolvers: automationResolvers,
});
