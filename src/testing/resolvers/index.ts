import type { ResolverMap } from '../schema';
import { entityResolvers } from './entities';
import { projectResolvers } from './projects';
import { runResolvers } from './runs';
import { serverResolvers } from './server';
import { userResolvers } from './users';
// ── runs area resolver imports ──

// ── artifacts area resolver imports ──
import { artifactResolvers } from './artifacts';
import { registryResolvers } from './registries';
import { registryMemberResolvers } from './registryMembers';

// ── other areas' resolver imports ──
import { automationResolvers } from './automations';
import { integrationResolvers } from './integrations';
import { teamResolvers } from './teams';
import { chartResolvers } from './charts';
import { launchResolvers } from './launch';
import { jobResolvers } from './jobs';
import { reportResolvers } from './reports';
import { sweepResolvers } from './sweeps';

/** Every area's resolvers; each area of the fake adds its map here. */
export const resolverMaps: readonly ResolverMap[] = [
  serverResolvers,
  userResolvers,
  entityResolvers,
  projectResolvers,
  runResolvers,
  // ── runs area maps ──

  // ── artifacts area maps ──
  artifactResolvers,
  registryResolvers,
  registryMemberResolvers,

  // ── other areas' maps ──
  teamResolvers,
  integrationResolvers,
  automationResolvers,
  sweepResolvers,
  reportResolvers,
  launchResolvers,
  jobResolvers,
  chartResolvers,
];
