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
export type { CreateRunOptions } from './Api';
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
export { RunFile } from './files/RunFile';
export type { RunFileDownloadOptions } from './files/RunFile';
export { RunFiles } from './files/RunFiles';
export type { RunFilesOptions } from './files/RunFiles';
export type { UploadFileOptions } from './files/upload';

// ── artifacts area exports ──

// ── sweeps, reports, teams, users, automations, integrations, launch exports ──

export { SDK_VERSION } from './version';
/** The generated GraphQL documents and their result types, for `api.execute()`. */
export * as documents from '../generated/graphql';
