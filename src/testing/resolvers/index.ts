import type { ResolverMap } from '../schema';
import { entityResolvers } from './entities';
import { projectResolvers } from './projects';
import { runResolvers } from './runs';
import { serverResolvers } from './server';
import { userResolvers } from './users';

/** Every area's resolvers; each area of the fake adds its map here. */
export const resolverMaps: readonly ResolverMap[] = [serverResolvers, userResolvers, entityResolvers, projectResolvers, runResolvers];
