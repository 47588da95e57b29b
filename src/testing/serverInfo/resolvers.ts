import type { Resolvers } from '../../../generated/resolvers';

/** Features a current W&B server reports as enabled. */
export const DEFAULT_FEATURES: readonly string[] = [
  'ARTIFACT_REGISTRY_SEARCH',
  'QUERY_AUTOMATIONS_ON_ENTITY',
  'ARTIFACT_V2_DOWNLOAD_HANDLER_SUPPORTS_ARTIFACT_ID',
  // Automation event and action types beyond the ones every server has.
  'AUTOMATION_EVENT_RUN_METRIC',
  'AUTOMATION_EVENT_RUN_METRIC_CHANGE',
  'AUTOMATION_EVENT_RUN_STATE',
  'AUTOMATION_ACTION_NO_OP',
];

/** Features a W&B server knows of but may have switched off; reported with `isEnabled: false` then. */
const KNOWN_FEATURES: readonly string[] = [...DEFAULT_FEATURES, 'SWEEPS_LOCAL_SCHEDULER'];

/** The server's version and features. */
export const serverResolvers: Resolvers = {
  Query: {
    serverInfo: () => ({}),
  },
  ServerInfo: {
    // As a W&B server does, every feature it knows of, each with whether it is on.
    features: (_info, _args, ctx) => [...new Set([...KNOWN_FEATURES, ...ctx.features])].map((name) => ({ name, isEnabled: ctx.features.has(name) })),
    frontendHost: (_info, _args, ctx) => ctx.origin,
  },
};
