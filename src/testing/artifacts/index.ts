import { defineArea } from '../area';
import { artifactTables } from './records';
import { artifactSeeds } from './seeds';
import { artifactResolvers } from './resolvers';
import { artifactRoutes } from './routes';

/** The artifacts area: types, collections, versions, aliases, manifests and files. */
export const artifactsArea = defineArea({
  tables: artifactTables,
  seeds: artifactSeeds,
  resolvers: artifactResolvers,
  routes: artifactRoutes,
});
