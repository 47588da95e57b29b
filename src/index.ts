/**
 * wandb-api: a typed TypeScript client for the Weights & Biases Public API.
 * @packageDocumentation
 */
export { Api } from './Api';
export type { ProjectsOptions, CreateProjectOptions } from './projects/projects';
export type { ApiOptions } from './client/settings';
export { DEFAULT_BASE_URL } from './client/settings';
export type { CallOptions, GraphQLDocument } from './client/transport';
export { Paginator } from './client/paginator';
export type { Page, PaginatorOptions, ToArrayOptions } from './client/paginator';
export {
  WandbError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  RateLimitError,
  ServerError,
  ResponseTooLargeError,
  HttpError,
  NetworkError,
  TimeoutError,
  AbortError,
  GraphQLResponseError,
  InvalidArgumentError,
  IntegrityError,
  FileWriteError,
  NotSupportedError,
  NotSelectedError,
} from './client/errors';
export type { GraphQLErrorInfo, WandbErrorOptions, RateLimitErrorOptions, ResponseTooLargeErrorOptions } from './client/errors';
export { User } from './users/User';
export { Project } from './projects/Project';
export { Run } from './runs/Run';
export type { RunData } from './runs/Run';
export { Runs } from './runs/Runs';
export type { RunsOptions } from './runs/Runs';
// ── runs area exports ──
export type { CreateRunOptions } from './runs/runCalls';
export type { RunSelection, RunKeys, DeleteRunOptions, WaitUntilFinishedOptions } from './runs/Run';
export { FINISHED_STATES } from './runs/Run';
export type { RunsSelect, HistoriesOptions } from './runs/Runs';
export { DEFAULT_RUNS_PER_PAGE } from './runs/Runs';
export { where, FieldFilter, TagsFilter, encodeRunFilters, checkRunOrder, FIELD_OPERATORS, LOGICAL_OPERATORS } from './runs/filters';
export type { RunFilters, RunOrder, RunState, FilterValue, FieldCondition, FieldOperators } from './runs/filters';
export { HistoryScan } from './history/HistoryScan';
export type { ScanHistoryOptions, HistoryInfo } from './history/HistoryScan';
export type { HistoryRow, HistoryOptions } from './history/history';
export type { HistoryExports } from './history/parquet';
export type { ConsoleLogLine, ConsoleLogsOptions } from './runs/consoleLogs';
export { RunFile } from './files/RunFile';
export type { RunFileDownloadOptions } from './files/RunFile';
export { RunFiles } from './files/RunFiles';
export type { RunFilesOptions } from './files/RunFiles';
export type { UploadFileOptions } from './files/upload';

// ── artifacts area exports ──
export { Artifact } from './artifacts/Artifact';
export type { ArtifactDeleteOptions, ArtifactLinkOptions, ArtifactPlacement } from './artifacts/Artifact';
export type { LogArtifactOptions, UseArtifactOptions } from './artifacts/declare';
export { Artifacts } from './artifacts/Artifacts';
export type { ArtifactsOptions, ArtifactsPath } from './artifacts/Artifacts';
export { ArtifactCollection } from './artifacts/ArtifactCollection';
export type { CollectionAliasesOptions } from './artifacts/ArtifactCollection';
export { ArtifactCollections } from './artifacts/ArtifactCollections';
export type { ArtifactCollectionsOptions } from './artifacts/ArtifactCollections';
export { ArtifactType } from './artifacts/ArtifactType';
export { ArtifactTypes } from './artifacts/ArtifactTypes';
export type { ArtifactTypesOptions } from './artifacts/ArtifactTypes';
export { ArtifactFile } from './artifacts/ArtifactFile';
export type { ArtifactFileDownloadOptions } from './artifacts/ArtifactFile';
export { ArtifactFiles } from './artifacts/ArtifactFiles';
export type { ArtifactFilesOptions } from './artifacts/ArtifactFiles';
export { ArtifactManifest } from './artifacts/ArtifactManifest';
export { ArtifactManifestEntry } from './artifacts/ArtifactManifestEntry';
export type { ArtifactManifestEntryData, EntryDownloadOptions } from './artifacts/ArtifactManifestEntry';
export type { ArtifactDownloadOptions, ArtifactDownloadProgress, ArtifactVerifyOptions } from './artifacts/download';
export { ProjectCollections } from './artifacts/ProjectCollections';
export type { ProjectCollectionsOptions } from './artifacts/ProjectCollections';
export { RunArtifacts } from './artifacts/RunArtifacts';
export type { RunArtifactsOptions } from './artifacts/RunArtifacts';
export { Registry } from './registries/Registry';
export { Organization } from './registries/Organization';
export type { OrganizationEntity } from './registries/Organization';
export type { RegistryVisibility } from './registries/Registry';
export { Registries } from './registries/Registries';
export type { CreateRegistryOptions, RegistriesOptions, RegistryOptions } from './registries/Registries';
export { RegistryCollections } from './registries/RegistryCollections';
export type { RegistryCollectionsOptions } from './registries/RegistryCollections';
export { RegistryVersions } from './registries/RegistryVersions';
export type { RegistryVersionsOptions } from './registries/RegistryVersions';
export type { RegistryFilter } from './registries/filters';
export { REGISTRY_ROLES } from './registries/members';
export type {
  RegistryMember,
  RegistryMemberInput,
  RegistryMemberUser,
  RegistryRole,
  RegistryTeamMember,
  RegistryUserMember,
} from './registries/members';

// ── sweeps, reports, teams, users, automations, integrations, launch exports ──
export type { ApiKey, UserData, UserOptions } from './users/User';
export type { CreateUserOptions, UsersOptions } from './users/users';
export { Team } from './teams/Team';
export type { InviteOptions } from './teams/Team';
export { Member } from './teams/Member';
export type { CreateTeamOptions } from './teams/teams';
export { SlackIntegration } from './integrations/SlackIntegration';
export type { SlackIntegrationData } from './integrations/SlackIntegration';
export { WebhookIntegration } from './integrations/WebhookIntegration';
export type { WebhookIntegrationData } from './integrations/WebhookIntegration';
export type { Integration, IntegrationsOptions } from './integrations/integrations';
export { Automation } from './automations/Automation';
export type { AutomationOptions, AutomationsOptions, CreateAutomationOptions, UpdateAutomationOptions } from './automations/automations';
export type {
  AddArtifactAliasEvent,
  ArtifactCollectionScope,
  ArtifactCollectionScopeInput,
  AutomationAction,
  AutomationChanges,
  AutomationEvent,
  AutomationScope,
  CreateArtifactEvent,
  EntityScope,
  LinkArtifactEvent,
  MetricAggregation,
  MetricComparison,
  MongoFilter,
  NewAutomation,
  NoOpAction,
  NotificationSeverity,
  OtherAction,
  OtherEvent,
  ProjectScope,
  ProjectScopeInput,
  RunMetricChangeEvent,
  RunMetricThresholdEvent,
  RunStateEvent,
  SavedAutomationAction,
  SavedAutomationEvent,
  SlackNotificationAction,
  WatchedRunState,
  WebhookAction,
} from './automations/types';
export { Sweep } from './sweeps/Sweep';
export type { SweepData, SweepRunsOptions, BestRunOptions, EnqueueRunOptions } from './sweeps/Sweep';
export { Agent } from './sweeps/Agent';
export type { AgentRunsOptions } from './sweeps/Agent';
export type { SweepsOptions } from './sweeps/sweeps';
export { Report } from './reports/Report';
export type { ReportUser, ReportRunsOptions } from './reports/Report';
export type { ReportSection, ReportRunSet } from './reports/runSets';
export type { ReportsOptions } from './reports/reports';
export { RunQueue } from './launch/RunQueue';
export type { RunQueueResourceConfig, RunQueueItemsOptions } from './launch/RunQueue';
export { QueuedRun } from './launch/QueuedRun';
export type { QueuedRunOptions, QueuedRunPlace, WaitOptions } from './launch/QueuedRun';
export type { CreateRunQueueOptions, UpsertRunQueueOptions } from './launch/queues';
export { Job, JOB_FILE, REQUIREMENTS_FILE } from './launch/Job';
export type { JobCallOptions, JobGitSource, JobSourceType } from './launch/Job';
export type { JobOptions, ListJobsOptions } from './launch/jobs';
export { LAUNCH_PROJECT, RUN_QUEUE_RESOURCE_TYPES } from './launch/constants';
export type { RunQueueResourceType, RunQueuePrioritizationMode } from './launch/constants';
export type { CreateCustomChartOptions } from './charts/createCustomChart';

export { SDK_VERSION } from './version';
/** The generated GraphQL documents and their result types, for `api.execute()`. */
export * as documents from '../generated/graphql';
