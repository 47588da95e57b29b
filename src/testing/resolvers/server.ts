import type { ResolverMap } from '../schema';

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

export const serverResolvers: ResolverMap = {
  Query: {
    serverInfo: () => ({}),
  },
  ServerInfo: {
    features: (_info, _args, ctx) => [...ctx.features].map((name) => ({ name, isEnabled: true })),
    frontendHost: (_info, _args, ctx) => ctx.origin,
  },
};
