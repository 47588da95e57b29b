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
  // Automations scoped to a whole team or organization entity.
  'AUTOMATION_SCOPE_ENTITY',
  // The Python client checks these before it sends the call that needs them.
  'TOTAL_COUNT_IN_FILE_CONNECTION',
  'SWEEPS_LOCAL_SCHEDULER',
  'INCLUDE_ARTIFACT_TYPES_IN_REGISTRY_CREATION',
  'USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION',
];

/** Features a W&B server knows of but may have switched off; reported with `isEnabled: false` then. */
const KNOWN_FEATURES: readonly string[] = DEFAULT_FEATURES;

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
