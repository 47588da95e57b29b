import { defineArea } from '../area';
import { jobSeeds } from './seeds';
import { jobResolvers } from './resolvers';

/** The jobs area: Launch jobs (artifacts of type `job`) and pushing them to queues. */
export const jobsArea = defineArea({
  seeds: jobSeeds,
  resolvers: jobResolvers,
});
