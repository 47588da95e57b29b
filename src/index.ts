/**
 * wandb-api: a typed TypeScript client for the Weights & Biases Public API.
 * @packageDocumentation
 */
export { Api } from './Api';
export type { ProjectsOptions, CreateProjectOptions } from './Api';
export type { ApiOptions } from './client/settings';
export { DEFAULT_BASE_URL } from './client/settings';
export type { CallOptions } from './client/transport';
export { Paginator } from './client/paginator';
export type { Page, PaginatorOptions, ToArrayOptions } from './client/paginator';
export {
  WandbError,
  AuthenticationError,
  PermissionError,
  NotFoundError,
  RateLimitError,
  ServerError,
  HttpError,
  NetworkError,
  TimeoutError,
  AbortError,
  GraphQLResponseError,
  InvalidArgumentError,
  IntegrityError,
  NotSupportedError,
} from './client/errors';
export type { GraphQLErrorInfo, WandbErrorOptions, RateLimitErrorOptions } from './client/errors';
export { User } from './users/User';
export { Project } from './projects/Project';
export { Run } from './runs/Run';
export type { RunData } from './runs/Run';
export { Runs } from './runs/Runs';
export type { RunsOptions } from './runs/Runs';
// ── runs area exports ──

// ── artifacts area exports ──

// ── sweeps, reports, teams, users, automations, integrations, launch exports ──
export { Sweep } from './sweeps/Sweep';
export type { SweepData, SweepRunsOptions, BestRunOptions, EnqueueRunOptions } from './sweeps/Sweep';
export { Agent } from './sweeps/Agent';
export type { AgentRunsOptions } from './sweeps/Agent';
export type { SweepsOptions } from './sweeps/getSweep';
export { Report } from './reports/Report';
export type { ReportUser, ReportRunsOptions } from './reports/Report';
export type { ReportSection, ReportRunSet } from './reports/runSets';
export type { ReportsOptions } from './reports/reports';
export { RunQueue } from './launch/RunQueue';
export type { RunQueueResourceConfig, RunQueueItemsOptions } from './launch/RunQueue';
export { QueuedRun } from './launch/QueuedRun';
export type { QueuedRunOptions, QueuedRunPlace, WaitOptions } from './launch/QueuedRun';
export type { CreateRunQueueOptions, UpsertRunQueueOptions } from './launch/queues';
export { LAUNCH_PROJECT, RUN_QUEUE_RESOURCE_TYPES } from './launch/constants';
export type { RunQueueResourceType, RunQueuePrioritizationMode } from './launch/constants';
export type { CreateCustomChartOptions } from './charts/createCustomChart';

export { SDK_VERSION } from './version';
/** The generated GraphQL documents and their result types, for `api.execute()`. */
export * as documents from '../generated/graphql';
