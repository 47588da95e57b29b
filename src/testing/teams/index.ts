import { defineArea } from '../area';
import { teamTables } from './records';
import { teamSeeds } from './seeds';
import { teamResolvers } from './resolvers';

/** The teams area: entities, organizations, teams, their members and invitations. */
export const teamsArea = defineArea({
  tables: teamTables,
  seeds: teamSeeds,
  resolvers: teamResolvers,
});
