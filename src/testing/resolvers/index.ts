import type { ResolverMap } from '../schema';
import { entityResolvers } from '../teams/entities';
import { projectResolvers } from '../projects/resolvers';
import { runResolvers } from '../runs/resolvers';
import { serverResolvers } from '../server/resolvers';
import { userResolvers } from '../users/resolvers';
// ── runs area resolver imports ──

// ── artifacts area resolver imports ──
import { artifactResolvers } from '../artifacts/resolvers';
import { registryResolvers } from '../registries/resolvers';
import { registryMemberResolvers } from '../registries/members';

// ── other areas' resolver imports ──
import { automationResolvers } from '../automations/resolvers';
import { integrationResolvers } from '../integrations/resolvers';
import { teamResolvers } from '../teams/resolvers';
import { chartResolvers } from '../charts/resolvers';
import { launchResolvers } from '../launch/resolvers';
import { jobResolvers } from '../jobs/resolvers';
import { reportResolvers } from '../reports/resolvers';
import { sweepResolvers } from '../sweeps/resolvers';

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
