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
export { Artifact } from './artifacts/Artifact';
export type { ArtifactDeleteOptions, ArtifactLinkOptions, ArtifactPlacement } from './artifacts/Artifact';
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
export type { RegistryVisibility } from './registries/Registry';
export { Registries } from './registries/Registries';
export type { CreateRegistryOptions, RegistriesOptions, RegistryOptions } from './registries/Registries';
export { RegistryCollections } from './registries/RegistryCollections';
export type { RegistryCollectionsOptions } from './registries/RegistryCollections';
export { RegistryVersions } from './registries/RegistryVersions';
export type { RegistryVersionsOptions } from './registries/RegistryVersions';
export type { RegistryFilter } from './registries/filters';

// ── sweeps, reports, teams, users, automations, integrations, launch exports ──

export { SDK_VERSION } from './version';
/** The generated GraphQL documents and their result types, for `api.execute()`. */
export * as documents from '../generated/graphql';
