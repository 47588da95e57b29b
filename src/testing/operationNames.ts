// The SDK's documents, from the package's main entry at run time (the build does not copy them).
import { documents } from 'wandb-api';

type Generated = typeof documents;

/** The name of a GraphQL operation this SDK sends (one per document in `operations/`). */
export type SdkOperationName = { [K in keyof Generated]: K extends `${infer Name}Document` ? Name : never }[keyof Generated];

/**
 * The operations W&B's Python client (`wandb.Api()`, through its `wandb-core` sidecar) sends, by
 * the name in their query text, as recorded from wandb 0.30.
 */
export const PYTHON_CLIENT_OPERATIONS = [
  'ArtifactMembershipByName',
  'ArtifactMembershipFiles',
  'ArtifactTypeArtifactCollections',
  'CreateProject',
  'FetchArtifactManifest',
  'FetchOrgInfoFromEntity',
  'FetchRegistries',
  'GetArtifactMembershipFileUrls',
  'GetDefaultEntity',
  'GetEntityAutomations',
  'GetEntityAutomationsLegacy',
  'GetProject',
  'GetProjects',
  'GetSweep',
  'GetSweepLegacy',
  'GetTeamEntity',
  'GetViewer',
  'IntegrationsByEntity',
  'ProjectArtifactTypes',
  'ProjectArtifacts',
  'ProjectViews',
  'Run',
  'RunFiles',
  'RunFullHistory',
  'RunHistoryKeys',
  'RunInputArtifacts',
  'RunOutputArtifacts',
  'RunParquetHistory',
  'RunSampledHistory',
  'Runs',
  'SampledHistoryPage',
  'SearchUsers',
  'ServerFeaturesQuery',
  'UpsertBucket',
  'Viewer',
] as const;

/** The name of a GraphQL operation W&B's Python client sends. */
export type PythonClientOperationName = (typeof PYTHON_CLIENT_OPERATIONS)[number];

/** An operation name the fake knows: one this SDK or W&B's Python client sends. */
export type KnownOperationName = SdkOperationName | PythonClientOperationName;

/** The operations this SDK sends, read from its generated documents. */
export const SDK_OPERATIONS: readonly SdkOperationName[] = Object.keys(documents)
  .filter((name) => name.endsWith('Document'))
  .map((name) => name.slice(0, -'Document'.length) as SdkOperationName);

/** Every operation name the fake knows, for checking fault targets. */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set<string>([...SDK_OPERATIONS, ...PYTHON_CLIENT_OPERATIONS]);
