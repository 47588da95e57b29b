import type { Artifact } from './artifacts/Artifact';
import type { ArtifactCollection } from './artifacts/ArtifactCollection';
import type { ArtifactCollections, ArtifactCollectionsOptions } from './artifacts/ArtifactCollections';
import type { ArtifactType } from './artifacts/ArtifactType';
import type { ArtifactTypes, ArtifactTypesOptions } from './artifacts/ArtifactTypes';
import type { Artifacts, ArtifactsOptions } from './artifacts/Artifacts';
import {
  findArtifact,
  findArtifactCollection,
  getArtifact,
  getArtifactCollection,
  getArtifactType,
  listArtifactCollections,
  listArtifacts,
  listArtifactTypes,
} from './artifacts/artifactCalls';
import type { Automation } from './automations/Automation';
import {
  type AutomationOptions,
  type AutomationsOptions,
  createAutomation,
  type CreateAutomationOptions,
  deleteAutomation,
  getAutomation,
  listAutomations,
  updateAutomation,
  type UpdateAutomationOptions,
} from './automations/automations';
import type { AutomationChanges, NewAutomation } from './automations/types';
import { createCustomChart, type CreateCustomChartOptions } from './charts/createCustomChart';
import { createContext, type SdkContext } from './client/context';
import { optionsOf } from './client/options';
import type { Paginator, PaginatorOptions } from './client/paginator';
import { DEFAULT_USER_AGENT } from './client/http';
import { type ApiOptions, type ResolvedSettings, resolveSettings, userAgentOf } from './client/settings';
import type { CallOptions, GraphQLDocument } from './client/transport';
import { getFromPath } from './fromPath/fromPath';
import { SlackIntegration } from './integrations/SlackIntegration';
import { WebhookIntegration } from './integrations/WebhookIntegration';
import { type Integration, type IntegrationsOptions, listIntegrations } from './integrations/integrations';
import type { Job } from './launch/Job';
import { getQueuedRun, type QueuedRun, type QueuedRunOptions } from './launch/QueuedRun';
import type { RunQueue } from './launch/RunQueue';
import type { RunQueueResourceType } from './launch/constants';
import { getJob, getJobVersions, type JobOptions, type ListJobsOptions } from './launch/jobs';
import { createRunQueue, type CreateRunQueueOptions, getRunQueue, listRunQueues, upsertRunQueue, type UpsertRunQueueOptions } from './launch/queues';
import type { Project } from './projects/Project';
import { createProject, type CreateProjectOptions, getProject, listProjects, type ProjectsOptions } from './projects/projects';
import type { CreateRegistryOptions, Registries, RegistriesOptions, RegistryOptions } from './registries/Registries';
import { getOrganizationDetails, type Organization } from './registries/Organization';
import type { Registry } from './registries/Registry';
import { createRegistry, getRegistry, listRegistries } from './registries/registryCalls';
import type { Report } from './reports/Report';
import { listReports, type ReportsOptions } from './reports/reports';
import type { Run } from './runs/Run';
import type { Runs, RunsOptions } from './runs/Runs';
import { createRun, type CreateRunOptions, getRun, listRuns } from './runs/runCalls';
import type { Sweep } from './sweeps/Sweep';
import { getSweep } from './sweeps/sweeps';
import type { Team } from './teams/Team';
import { createTeam, type CreateTeamOptions, getTeam } from './teams/teams';
import type { User } from './users/User';
import { createUser, type CreateUserOptions, getUser, getViewer, getViewerEntity, listUsers, type UsersOptions } from './users/users';

/**
 * The entry point: a client for the W&B Public API, set up like Python's `wandb.Api()`.
 *
 * Each method checks its options object and hands over to its area (`src/<area>/`), where the
 * request is built and answered.
 *
 * @example
 * ```ts
 * import { Api } from 'wandb-api';
 * const api = new Api();                       // WANDB_API_KEY or ~/.netrc
 * for await (const run of api.runs('my-team/my-project', { filters: { state: 'finished' } })) {
 *   console.log(run.name, run.displayName);
 * }
 * ```
 */
export class Api {
  /** Settings after the environment and netrc fallbacks. */
  readonly settings: ResolvedSettings;
  private readonly ctx: SdkContext;

  /**
   * @throws {@link InvalidArgumentError} for an invalid option (a bad `baseUrl`, a negative `timeout`, ...)
   * @throws {@link AuthenticationError} when the given key cannot be sent (empty, spaces)
   */
  constructor(options: ApiOptions = {}) {
    this.settings = resolveSettings(options);
    this.ctx = createContext(this.settings, getViewerEntity);
  }

  /** The User-Agent this client sends to W&B (`wandb-api/<version>` unless the `headers` setting gives one). */
  get userAgent(): string {
    return userAgentOf(this.settings, DEFAULT_USER_AGENT);
  }

  /**
   * Runs any GraphQL document through the SDK's transport (auth, retries, typed errors). Use it
   * for fields no facade wraps; documents come from `generated/` or your own codegen against
   * `wandb-api/schema.graphql`.
   */
  execute<Data, Variables extends Record<string, unknown>>(
    document: GraphQLDocument<Data, Variables>,
    variables: Variables,
    options: CallOptions = {},
  ): Promise<Data> {
    return this.ctx.transport.execute(document, variables, options);
  }

  // ── the key's user and its default entity (users area) ──

  /** The user the API key belongs to. */
  async viewer(options: CallOptions = {}): Promise<User> {
    return getViewer(this.ctx, optionsOf(options));
  }

  /**
   * The entity used when a path leaves it out: the `entity` setting, else the viewer's default
   * entity (asked once per `Api`).
   */
  async defaultEntity(options: CallOptions = {}): Promise<string> {
    return this.ctx.resolveEntity(undefined, optionsOf(options));
  }

  // ── projects (projects area) ──

  /**
   * One project.
   * @throws {@link NotFoundError} when it does not exist or is not visible to the key.
   */
  async project(name: string, entity?: string, options: CallOptions = {}): Promise<Project> {
    return getProject(this.ctx, name, entity, optionsOf(options));
  }

  /** The projects of an entity (the default entity when left out), as a lazy collection. */
  projects(entity?: string, options: ProjectsOptions = {}): Paginator<Project> {
    return listProjects(this.ctx, entity, optionsOf(options));
  }

  /** Creates a project, or returns the existing one of that name. */
  async createProject(name: string, entity: string, options: CreateProjectOptions = {}): Promise<Project> {
    return createProject(this.ctx, name, entity, optionsOf(options));
  }

  // ── runs (runs area) ──

  /**
   * The runs of a project (`entity/project` or `project`; the default project when left out),
   * as a lazy collection.
   */
  runs(path?: string, options: RunsOptions = {}): Runs {
    return listRuns(this.ctx, path, optionsOf(options));
  }

  /**
   * One run, with its config, summary and system metrics.
   * @param path `entity/project/run_id`, `project/run_id`, `run_id` or a W&B run URL
   * @throws {@link NotFoundError} when the project or the run does not exist.
   */
  async run(path: string, options: CallOptions = {}): Promise<Run> {
    return getRun(this.ctx, path, optionsOf(options));
  }

  /**
   * Creates a run (Python's `Run.create`), for example a `pending` run that a scheduler
   * resumes later. Runs that log data are made by W&B's client library, not this SDK.
   * @returns the new run (or the existing one with that id)
   * @throws {@link InvalidArgumentError} for a malformed id, project or entity;
   *   {@link PermissionError} when the key may not write to the entity.
   * @example
   * ```ts
   * const run = await api.createRun({ project: 'queue', runId: 'job-42', state: 'pending' });
   * ```
   */
  async createRun(options: CreateRunOptions = {}): Promise<Run> {
    return createRun(this.ctx, optionsOf(options));
  }

  // ── artifacts, their types and collections (artifacts area) ──

  /**
   * One artifact version.
   * @param name `entity/project/name:alias`, `project/name:v3`, `name:latest` (the alias defaults
   *   to `latest`), or a registry path `wandb-registry-<registry>/<collection>:<version>`
   *   (optionally prefixed with the organization)
   * @param type when given, the artifact must be of this type
   * @throws {@link NotFoundError} when there is no such version (or it is of another type);
   *   {@link InvalidArgumentError} for a malformed name, before anything is sent
   * @example
   * ```ts
   * const model = await api.artifact('wandb-registry-model/classifier:production');
   * await model.download({ root: 'model' });
   * ```
   */
  async artifact(name: string, type?: string, options: CallOptions = {}): Promise<Artifact> {
    return getArtifact(this.ctx, name, type, optionsOf(options));
  }

  /**
   * Whether an artifact version exists (and, with `type`, is of that type).
   * @throws {@link InvalidArgumentError} for a malformed name; other failures (network, auth) are thrown too
   */
  async artifactExists(name: string, type?: string, options: CallOptions = {}): Promise<boolean> {
    return (await findArtifact(this.ctx, name, type, optionsOf(options))) !== null;
  }

  /**
   * The versions of an artifact collection, newest first, as a lazy collection.
   * @param typeName the collection's artifact type
   * @param name `entity/project/collection`, `project/collection` or `collection`
   */
  artifacts(typeName: string, name: string, options: ArtifactsOptions = {}): Artifacts {
    return listArtifacts(this.ctx, typeName, name, optionsOf(options));
  }

  /** @deprecated Use {@link Api.artifacts}, as in Python. */
  artifactVersions(typeName: string, name: string, options: ArtifactsOptions = {}): Artifacts {
    return this.artifacts(typeName, name, optionsOf(options));
  }

  /**
   * One artifact type of a project.
   * @param project `entity/project` or `project` (the default project when left out)
   * @throws {@link NotFoundError} when the project has no such type
   */
  async artifactType(typeName: string, project?: string, options: CallOptions = {}): Promise<ArtifactType> {
    return getArtifactType(this.ctx, typeName, project, optionsOf(options));
  }

  /** The artifact types of a project (`entity/project` or `project`), as a lazy collection. */
  artifactTypes(project?: string, options: ArtifactTypesOptions = {}): ArtifactTypes {
    return listArtifactTypes(this.ctx, project, optionsOf(options));
  }

  /**
   * One artifact collection.
   * @param name `entity/project/collection`, `project/collection` or `collection`
   * @throws {@link NotFoundError} when there is no collection of that name and type
   */
  async artifactCollection(typeName: string, name: string, options: CallOptions = {}): Promise<ArtifactCollection> {
    return getArtifactCollection(this.ctx, typeName, name, optionsOf(options));
  }

  /** Whether an artifact collection of that name and type exists. */
  async artifactCollectionExists(name: string, type: string, options: CallOptions = {}): Promise<boolean> {
    return (await findArtifactCollection(this.ctx, type, name, optionsOf(options))) !== null;
  }

  /** The collections of one artifact type in a project (`entity/project` or `project`), as a lazy collection. */
  artifactCollections(project: string, typeName: string, options: ArtifactCollectionsOptions = {}): ArtifactCollections {
    return listArtifactCollections(this.ctx, project, typeName, optionsOf(options));
  }

  // ── registries (registries area) ──

  /**
   * The registries of an organization, as a lazy collection; chain `.collections()` and
   * `.versions()` to search inside them. Iterating throws {@link NotSupportedError} (before any
   * other request) when the server lacks registry search.
   * @example
   * ```ts
   * for await (const version of api.registries({ filter: { name: 'model' } }).versions({ filter: { alias: 'production' } })) {
   *   console.log(version.qualifiedName);
   * }
   * ```
   */
  registries(options: RegistriesOptions = {}): Registries {
    return listRegistries(this.ctx, optionsOf(options));
  }

  /**
   * One registry, by its name without the `wandb-registry-` prefix.
   * @throws {@link NotFoundError} when the organization has no such registry; {@link NotSupportedError}
   */
  async registry(name: string, options: RegistryOptions = {}): Promise<Registry> {
    return getRegistry(this.ctx, name, optionsOf(options));
  }

  /**
   * An organization: the one named, else the default entity's (or the viewer's only one).
   * @throws {@link NotFoundError} when there is no such organization, or none to infer.
   */
  async organization(name?: string, options: CallOptions = {}): Promise<Organization> {
    return getOrganizationDetails(this.ctx, name, optionsOf(options));
  }

  /**
   * Creates a registry in an organization.
   * @throws {@link InvalidArgumentError} for an invalid name, visibility or type, or when the registry already exists
   */
  async createRegistry(options: CreateRegistryOptions): Promise<Registry> {
    return createRegistry(this.ctx, optionsOf(options));
  }

  // ── sweeps (sweeps area) ──

  /**
   * One sweep, with its config parsed from YAML.
   * @param path `entity/project/sweep_id`, `entity/project/sweeps/sweep_id`, `project/sweep_id`,
   *   `sweep_id` or a W&B sweep URL
   * @throws {@link NotFoundError} when the project or the sweep does not exist.
   * @example
   * ```ts
   * const sweep = await api.sweep('team/project/abc123');
   * const best = await sweep.bestRun();
   * console.log(sweep.config.method, best?.summary.loss);
   * ```
   */
  async sweep(path: string, options: CallOptions = {}): Promise<Sweep> {
    return getSweep(this.ctx, path, optionsOf(options));
  }

  // ── reports (reports area) ──

  /**
   * The reports of a project (`entity/project` or `project`; the default project when left out),
   * as a lazy collection; `name` keeps the report of that internal name only.
   * @example
   * ```ts
   * for await (const report of api.reports('team/project')) console.log(report.displayName, report.url);
   * ```
   */
  reports(path?: string, options: ReportsOptions = {}): Paginator<Report> {
    return listReports(this.ctx, path, optionsOf(options));
  }

  // ── teams (teams area) ──

  /**
   * One team, with its members.
   * @throws {@link NotFoundError} when no entity has that name
   * @example
   * ```ts
   * const team = await api.team('my-team');
   * console.log(team.members.map((m) => m.username));
   * ```
   */
  async team(name: string, options: CallOptions = {}): Promise<Team> {
    return getTeam(this.ctx, name, optionsOf(options));
  }

  /**
   * Creates a team, with the owner of the API key (or `adminUsername`) as its admin.
   * @throws {@link InvalidArgumentError} for an empty or malformed name
   */
  async createTeam(name: string, options: CreateTeamOptions = {}): Promise<Team> {
    return createTeam(this.ctx, name, optionsOf(options));
  }

  // ── users (users area) ──

  /**
   * The user with this username or email address (instance admins only; others use `viewer()`).
   * @throws {@link NotFoundError} when no user matches
   * @throws {@link PermissionError} when the key is not an instance admin's
   */
  async user(usernameOrEmail: string, options: CallOptions = {}): Promise<User> {
    return getUser(this.ctx, usernameOrEmail, optionsOf(options));
  }

  /** The users whose username, email or name contains `query`, as a lazy collection (instance admins only). */
  users(query: string, options: UsersOptions = {}): Paginator<User> {
    return listUsers(this.ctx, query, optionsOf(options));
  }

  /**
   * Creates a user (instance admins only).
   * @throws {@link InvalidArgumentError} for a malformed email address
   * @throws {@link PermissionError} when the key is not an instance admin's
   */
  async createUser(email: string, options: CreateUserOptions = {}): Promise<User> {
    return createUser(this.ctx, email, optionsOf(options));
  }

  // ── automations (automations area) ──

  /**
   * An entity's automations (the default entity when left out), as a lazy collection. Servers
   * with the `QUERY_AUTOMATIONS_ON_ENTITY` feature list them directly; older ones per project.
   * @example
   * ```ts
   * for await (const a of api.automations({ entity: 'my-team' })) console.log(a.name, a.event.type, a.action.type);
   * ```
   */
  automations(options: AutomationsOptions = {}): Paginator<Automation> {
    return listAutomations(this.ctx, optionsOf(options));
  }

  /**
   * The one automation of this name.
   * @throws {@link NotFoundError} when there is none; {@link InvalidArgumentError} when several match
   */
  async automation(name: string, options: AutomationOptions = {}): Promise<Automation> {
    return getAutomation(this.ctx, name, optionsOf(options));
  }

  /**
   * Creates an automation. The event and action are checked before anything is sent; event and
   * action types a server may lack are checked against its features first.
   *
   * @throws {@link InvalidArgumentError} for a bad name, event or action (naming the field)
   * @throws {@link NotSupportedError} when the server lacks the event or action type
   * @example
   * ```ts
   * const project = await api.project('my-project', 'my-team');
   * const [slack] = await api.slackIntegrations({ entity: 'my-team' }).toArray({ limit: 1 });
   * await api.createAutomation({
   *   name: 'loss-alert',
   *   event: { type: 'runMetricThreshold', scope: project, metric: 'loss', agg: 'average', window: 5, cmp: '>', threshold: 2 },
   *   action: { type: 'slackNotification', integrationId: slack!.id, title: 'Loss is diverging' },
   * });
   * ```
   */
  async createAutomation(automation: NewAutomation, options: CreateAutomationOptions = {}): Promise<Automation> {
    return createAutomation(this.ctx, automation, optionsOf(options));
  }

  /**
   * Updates an automation: `changes` replace its name, description, enabled flag, event or action.
   * @throws {@link NotFoundError} when it no longer exists (unless `createMissing`)
   * @throws {@link NotSupportedError} when the server cannot edit automations
   */
  async updateAutomation(automation: Automation, changes: AutomationChanges = {}, options: UpdateAutomationOptions = {}): Promise<Automation> {
    return updateAutomation(this.ctx, automation, changes, optionsOf(options));
  }

  /** Deletes an automation (given as object or id). */
  async deleteAutomation(automation: Automation | string, options: CallOptions = {}): Promise<true> {
    return deleteAutomation(this.ctx, automation, optionsOf(options));
  }

  // ── integrations (integrations area) ──

  /** An entity's Slack and webhook integrations (the default entity when left out), as a lazy collection. */
  integrations(options: IntegrationsOptions = {}): Paginator<Integration> {
    return listIntegrations(this.ctx, optionsOf(options), (_i): _i is Integration => true);
  }

  /** An entity's Slack integrations, as a lazy collection. */
  slackIntegrations(options: IntegrationsOptions = {}): Paginator<SlackIntegration> {
    return listIntegrations(this.ctx, optionsOf(options), (i): i is SlackIntegration => i instanceof SlackIntegration);
  }

  /** An entity's generic webhook integrations, as a lazy collection. */
  webhookIntegrations(options: IntegrationsOptions = {}): Paginator<WebhookIntegration> {
    return listIntegrations(this.ctx, optionsOf(options), (i): i is WebhookIntegration => i instanceof WebhookIntegration);
  }

  // ── Launch run queues and jobs (launch area) ──

  /**
   * A Launch run queue of an entity (the default entity when left out).
   * @throws {@link NotFoundError} when the entity has no such queue.
   */
  async runQueue(name: string, entity?: string, options: CallOptions = {}): Promise<RunQueue> {
    return getRunQueue(this.ctx, name, entity, optionsOf(options));
  }

  /** The Launch run queues of an entity (the default entity when left out), as a lazy collection. */
  runQueues(entity?: string, options: PaginatorOptions = {}): Paginator<RunQueue> {
    return listRunQueues(this.ctx, entity, optionsOf(options));
  }

  /**
   * Creates a Launch run queue (and the entity's Launch project and the queue's default
   * resource config). W&B lets only admins of the entity do this.
   * @param type where the queue's runs execute
   * @throws {@link InvalidArgumentError} for a bad name, type, mode or config, before any request
   * @throws {@link PermissionError} when the key may not administer the entity.
   * @example
   * ```ts
   * const queue = await api.createRunQueue('gpu-queue', 'kubernetes', { entity: 'team', config: { namespace: '{{ns}}' } });
   * ```
   */
  async createRunQueue(name: string, type: RunQueueResourceType, options: CreateRunQueueOptions = {}): Promise<RunQueue> {
    return createRunQueue(this.ctx, name, type, optionsOf(options));
  }

  /**
   * Creates a Launch run queue, or replaces the resource config, template variables, links and
   * prioritization of an existing one. The returned queue's `configWarnings` hold the server's
   * remarks on the config.
   */
  async upsertRunQueue(
    name: string,
    resourceConfig: Record<string, unknown>,
    resourceType: RunQueueResourceType,
    options: UpsertRunQueueOptions = {},
  ): Promise<RunQueue> {
    return upsertRunQueue(this.ctx, name, resourceConfig, resourceType, optionsOf(options));
  }

  /**
   * One item of a Launch run queue.
   * @param project the project the run is launched into
   * @param queueName the queue's name
   * @param itemId the item's id (as `queue.items()` and launch tools give it)
   * @throws {@link NotFoundError} when the queue or the item does not exist.
   */
  async queuedRun(entity: string, project: string, queueName: string, itemId: string, options: QueuedRunOptions = {}): Promise<QueuedRun> {
    return getQueuedRun(this.ctx, entity, project, queueName, itemId, optionsOf(options));
  }

  /**
   * A Launch job: the artifact of type `job` of that name, with its `wandb-job.json` read (its
   * source, entry point, runtime, input and output types). With `path`, the whole artifact is
   * downloaded there first, as the Python client does; without, only the job file is read, in
   * memory.
   * @param name `entity/project/job-name:alias-or-version`, the one form Python takes
   * @throws {@link InvalidArgumentError} for a name of another form, before any request;
   *   {@link NotFoundError} when there is no such job (or the artifact is not of type `job`)
   * @example
   * ```ts
   * const job = await api.job('team/project/train-resnet:latest');
   * const queued = await job.call({ lr: 0.01 }, { queue: 'gpu' });
   * ```
   */
  async job(name: string, options: JobOptions = {}): Promise<Job> {
    return getJob(this.ctx, name, optionsOf(options));
  }

  /**
   * The job versions of a project: every committed version of each of its job collections
   * (`artifact.collectionName` tells the jobs apart), newest first within a job. A project
   * without jobs gives an empty list. Turn one into a {@link Job} with `api.job(artifact.qualifiedName)`.
   * @throws {@link NotFoundError} when the project does not exist or is not visible to the key
   */
  async listJobs(entity: string, project: string, options: ListJobsOptions = {}): Promise<Artifact[]> {
    return getJobVersions(this.ctx, entity, project, optionsOf(options));
  }

  // ── custom charts (charts area) ──

  /**
   * Creates a custom chart preset (a Vega-Lite spec) for `wandb.plot_table`.
   * @returns the chart's id (`entity/name`)
   * @throws {@link InvalidArgumentError} for a bad spec type, access or spec, before any request
   * @throws {@link NotSupportedError} when the server has no custom charts.
   */
  async createCustomChart(options: CreateCustomChartOptions): Promise<string> {
    return createCustomChart(this.ctx, optionsOf(options));
  }

  // ── any path or URL (fromPath area) ──

  /**
   * The run, project, sweep or report a path (or W&B URL) names.
   * @param path `project`, `entity/project`, `entity/project/run_id`, `entity/project/runs/run_id`,
   *   `entity/project/sweeps/sweep_id` or `entity/project/reports/Title--report_id`
   * @throws {@link InvalidArgumentError} for a path of none of these forms, before any request
   * @throws {@link NotFoundError} when the thing does not exist.
   * @example
   * ```ts
   * const thing = await api.fromPath('https://wandb.ai/team/project/sweeps/abc123');
   * if (thing instanceof Sweep) console.log(thing.state);
   * ```
   */
  async fromPath(path: string, options: CallOptions = {}): Promise<Run | Project | Sweep | Report> {
    return getFromPath(this.ctx, path, optionsOf(options));
  }
}
