import { defineArea } from '../area';
import { projectTables } from './records';
import { projectSeeds } from './seeds';
import { projectResolvers } from './resolvers';

/** The projects area. */
export const projectsArea = defineArea({
  tables: projectTables,
  seeds: projectSeeds,
  resolvers: projectResolvers,
});
