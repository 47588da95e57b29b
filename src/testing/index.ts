/**
 * wandb-api/testing: a stateful, in-memory fake of the W&B API for tests, as MSW handlers, an
 * HTTP server or a plain `fetch`.
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
 * setupServer(...fake.handlers).listen();
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
export type { ArmedFault, Fault, FaultOptions, FaultTarget, RateFaultOptions, RateLimitOptions } from './faults';
export { CONTROL_PREFIX, CONTROL_ENDPOINTS } from './control';
export { FakeSeeder } from './seed';
export type { EntitySeed, ProjectSeed, RunSeed, UserSeed } from './seed';
export type { SweepSeed, SweepRunSeed, SweepAgentSeed } from './sweeps/seeds';
export type { ReportSeed, ReportRunSetSeed, ReportFilterSeed } from './reports/seeds';
export type { RunQueueSeed, QueuedRunSeed } from './launch/seeds';
export type { JobSeed } from './jobs/seeds';
export type { SweepRecord, AgentRecord } from './sweeps/records';
export type { ViewRecord } from './reports/records';
export type { RunQueueRecord, RunQueueItemRecord, ResourceConfigRecord } from './launch/records';
export type { CustomChartRecord } from './charts/records';
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
} from './artifacts/records';
export { FakeStore } from './store';
export type { ApiKeyRecord, EntityRecord, OrganizationRecord, ProjectRecord, RunRecord, UserRecord } from './store';
export type { RunFileRecord, RunFileUploadRecord, HistoryExportRecord } from './store';
export type { FakeContext } from './schema';
export type { AutomationActionSeed, AutomationScopeSeed, AutomationSeed, IntegrationSeed, InviteSeed, TeamSeed } from './teams/seeds';
export type {
  IntegrationRecord,
  InviteRecord,
  SlackIntegrationRecord,
  TriggerActionRecord,
  TriggerRecord,
  WebhookIntegrationRecord,
} from './automations/records';
