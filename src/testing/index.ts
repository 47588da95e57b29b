/**
 * wandb-api/testing: a stateful, in-memory fake of the W&B API for tests, as a plain `fetch`, an
 * HTTP server, or MSW handlers (from `wandb-api/testing/msw`). Loads without msw.
 * @packageDocumentation
 */
import { FakeWandb } from './FakeWandb';
import type { FakeWandbOptions } from './FakeWandbCore';

/**
 * Creates a fake W&B.
 *
 * @example
 * ```ts
 * import { createFakeWandb } from 'wandb-api/testing';
 * const fake = createFakeWandb({ seed: 'demo' });
 * setupServer(...mswHandlers(fake)).listen(); // mswHandlers from 'wandb-api/testing/msw'
 * fake.seed.run({ project: 'p', config: { lr: 0.1 } });
 * fake.failNext('Runs', { status: 429, retryAfter: 1 });
 * fake.failRate('Runs', 0.3, { status: 503 });
 * ```
 *
 * Seed from JSON: `createFakeWandb({ seed: { runs: [{ project: 'p', id: 'r1' }] } })`.
 */
export function createFakeWandb(options: FakeWandbOptions = {}): FakeWandb {
  return new FakeWandb(options);
}

export { FakeWandb } from './FakeWandb';
export { FakeWandbCore, FakeCheckpoint, DROP } from './FakeWandbCore';
export type { FakeWandbOptions, FakeSeed, FakeAnswer, FakeRoute, FakeServer, ListenOptions, RequestLogEntry } from './FakeWandbCore';
export type { ArmedFault, Fault, FaultOptions, FaultTarget, CustomOperationTarget, PathTarget, RateFaultOptions, RateLimitOptions } from './faults';
export { PYTHON_CLIENT_OPERATIONS, SDK_OPERATIONS } from './operationNames';
export type { KnownOperationName, PythonClientOperationName, SdkOperationName } from './operationNames';
export { registerMsw } from './mswHandlers';
export type { MswApi } from './mswHandlers';
export { CONTROL_PREFIX, CONTROL_ENDPOINTS } from './control';
export { FakeSeeder } from './seed';
export type { EntitySeed, ProjectSeed, RunSeed, UserSeed } from './seed';
export type { SweepSeed, SweepRunSeed, SweepAgentSeed } from './seeds/sweeps';
export type { ReportSeed, ReportRunSetSeed, ReportFilterSeed } from './seeds/reports';
export type { RunQueueSeed, QueuedRunSeed } from './seeds/launch';
export type { JobSeed } from './seeds/jobs';
export type { SweepRecord, AgentRecord } from './records/sweeps';
export type { ViewRecord } from './records/reports';
export type { RunQueueRecord, RunQueueItemRecord, ResourceConfigRecord } from './records/launch';
export type { CustomChartRecord } from './records/charts';
export type { FakeSeedData, SeedIssue, SeedResult } from './seedJson';
export { historyRows } from './seed';
export type { RunsSeed, RunTarget, SyntheticHistory, HistorySeed } from './seed';
export type { ArtifactLinkSeed, ArtifactReferenceSeed, ArtifactSeed, RegistryMemberSeed, RegistrySeed } from './seed';
export type {
  ArtifactCollectionRecord,
  ArtifactMembershipRecord,
  ArtifactRecord,
  ArtifactTypeRecord,
  ManifestEntryRecord,
  ProjectMembersRecord,
  RegistrySettingsRecord,
  RunRef,
} from './records/artifacts';
export { FakeStore } from './store';
export type { ApiKeyRecord, EntityRecord, OrganizationRecord, ProjectRecord, RunRecord, UserRecord } from './store';
export type { RunFileRecord, RunFileUploadRecord, HistoryExportRecord } from './store';
export type { FakeContext } from './schema';
export type { AutomationActionSeed, AutomationScopeSeed, AutomationSeed, IntegrationSeed, InviteSeed, TeamSeed } from './seeds/org';
export type {
  IntegrationRecord,
  InviteRecord,
  SlackIntegrationRecord,
  TriggerActionRecord,
  TriggerRecord,
  WebhookIntegrationRecord,
} from './records/org';
