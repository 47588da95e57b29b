import { defineArea } from '../area';
import { serverResolvers } from './resolvers';

/** The server area: `serverInfo` and the features the fake reports. */
export const serverInfoArea = defineArea({
  resolvers: serverResolvers,
});
