import { defineArea } from '../area';
import { integrationTables } from './records';
import { integrationSeeds } from './seeds';
import { integrationResolvers } from './resolvers';

/** The integrations area: Slack and webhook integrations. */
export const integrationsArea = defineArea({
  tables: integrationTables,
  seeds: integrationSeeds,
  resolvers: integrationResolvers,
});
