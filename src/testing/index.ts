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
export type { FakeWandbOptions, FakeSeed, FakeAnswer, FakeServer, ListenOptions, RequestLogEntry } from './FakeWandbCore';
export type { QueryCompilation, QueryStats } from './execution';
export type { FakeRoute } from './area';
export type { ArmedFault, Fault, FaultOptions, FaultTarget, CustomOperationTarget, PathTarget, RateFaultOptions, RateLimitOptions } from './faults';
export { PYTHON_CLIENT_OPERATIONS, SDK_OPERATIONS } from './operationNames';
export type { KnownOperationName, PythonClientOperationName, SdkOperationName } from './operationNames';
export { registerMsw } from './mswHandlers';
export type { MswApi } from './mswHandlers';
export { CONTROL_PREFIX, CONTROL_ENDPOINTS } from './control';
export { FakeSeeder } from './seed';
export type { FakeSeedData, SeedIssue, SeedResult } from './seedJson';
export { FakeStore } from './store';
export type { BlobRecord } from './store';
export type { FakeContext } from './schema';
// Each area's seed types and records.
export type { UserSeed } from './users/seeds';
export type { ApiKeyRecord, UserRecord } from './users/records';
export type { EntitySeed, InviteSeed, OrganizationSeed, TeamSeed } from './teams/seeds';
export type { EntityRecord, InviteRecord, OrganizationRecord } from './teams/records';
export type { ProjectSeed } from './projects/seeds';
export type { ProjectRecord } from './projects/records';
export { historyRows } from './runs/seeds';
export type { ConsoleLineSeed, ConsoleLogSeed, HistorySeed, RunRowsTarget, RunSeed, RunsSeed, RunTarget, SyntheticHistory } from './runs/seeds';
export type { HistoryExportRecord, LogLineRecord, RunFileRecord, RunFileUploadRecord, RunRecord } from './runs/records';
export type { ArtifactLinkSeed, ArtifactReferenceSeed, ArtifactSeed } from './artifacts/seeds';
export type {
  ArtifactCollectionRecord,
  ArtifactMembershipRecord,
  ArtifactRecord,
  ArtifactTypeRecord,
  ManifestEntryRecord,
  RunRef,
} from './artifacts/records';
export type { RegistryMemberSeed, RegistrySeed } from './registries/seeds';
export type { ProjectMembersRecord, RegistrySettingsRecord } from './registries/records';
export type { IntegrationSeed } from './integrations/seeds';
export type { IntegrationRecord, SlackIntegrationRecord, WebhookIntegrationRecord } from './integrations/records';
export type { AutomationActionSeed, AutomationScopeSeed, AutomationSeed } from './automations/seeds';
export type { TriggerActionRecord, TriggerRecord } from './automations/records';
export type { SweepSeed, SweepRunSeed, SweepAgentSeed } from './sweeps/seeds';
export type { SweepRecord, AgentRecord } from './sweeps/records';
export type { ReportSeed, ReportRunSetSeed, ReportFilterSeed } from './reports/seeds';
export type { ViewRecord } from './reports/records';
export type { RunQueueSeed, QueuedRunSeed } from './launch/seeds';
export type { RunQueueRecord, RunQueueItemRecord, ResourceConfigRecord } from './launch/records';
export type { JobSeed } from './jobs/seeds';
export type { CustomChartRecord } from './charts/records';
