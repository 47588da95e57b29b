import {
  ArtifactByNameDocument,
  CreateProjectDocument,
  CreateRunDocument,
  ProjectArtifactCollectionDocument,
  ProjectArtifactTypeDocument,
  ProjectDocument,
  ProjectsDocument,
  type ProjectsQuery,
  RegistryByNameDocument,
  RunDocument,
  UpsertRegistryDocument,
  ViewerDocument,
} from '../generated/graphql';
import { Artifact, membershipPlacement } from './artifacts/Artifact';
import { ArtifactCollection } from './artifacts/ArtifactCollection';
import { ArtifactCollections, type ArtifactCollectionsOptions } from './artifacts/ArtifactCollections';
import { ArtifactType } from './artifacts/ArtifactType';
import { ArtifactTypes, type ArtifactTypesOptions } from './artifacts/ArtifactTypes';
import { Artifacts, type ArtifactsOptions } from './artifacts/Artifacts';
import { type ArtifactPath, checkArtifactName, checkArtifactType, checkList, parseArtifactPath, REGISTRY_PREFIX } from './artifacts/names';
import { Automation } from './automations/Automation';
import {
  type AutomationOptions,
  type AutomationsOptions,
  createAutomation,
  type CreateAutomationOptions,
  deleteAutomation,
  findAutomation,
  listAutomations,
  updateAutomation,
  type UpdateAutomationOptions,
} from './automations/automations';
import type { AutomationChanges, NewAutomation } from './automations/types';
import { createCustomChart, type CreateCustomChartOptions } from './charts/createCustomChart';
import type { SdkContext } from './client/context';
import { InvalidArgumentError, NotFoundError, ServerError, describeValue } from './client/errors';
import { parsePathTarget } from './client/fromPath';
import { optionsOf } from './client/options';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from './client/paginator';
import { checkName, parseProjectPath, parseRunPath, type PathDefaults } from './client/paths';
import { type ApiOptions, appUrlFor, type ResolvedSettings, resolveSettings } from './client/settings';
import { requireServerSupport } from './client/support';
import { type CallOptions, type GraphQLDocument, Transport } from './client/transport';
import { SlackIntegration } from './integrations/SlackIntegration';
import { WebhookIntegration } from './integrations/WebhookIntegration';
import { type Integration, type IntegrationsOptions, listIntegrations } from './integrations/integrations';
import { getQueuedRun, type QueuedRun, type QueuedRunOptions } from './launch/QueuedRun';
import type { RunQueue } from './launch/RunQueue';
import type { RunQueueResourceType } from './launch/constants';
import { createRunQueue, type CreateRunQueueOptions, getRunQueue, upsertRunQueue, type UpsertRunQueueOptions } from './launch/queues';
import type { Job } from './launch/Job';
import { checkJobName, JOB_TYPE, type JobOptions, listJobs, type ListJobsOptions, loadJob } from './launch/jobs';
import { Project } from './projects/Project';
import { type CreateRegistryOptions, Registries, type RegistriesOptions, type RegistryOptions } from './registries/Registries';
import { Registry, registryAccess } from './registries/Registry';
import { requireRegistries, resolveOrganization } from './registries/organizations';
import type { Report } from './reports/Report';
import { fetchReport, projectReports, type ReportsOptions } from './reports/reports';
import { Run } from './runs/Run';
import { Runs, type RunsOptions } from './runs/Runs';
import type { Sweep } from './sweeps/Sweep';
import { fetchSweep } from './sweeps/getSweep';
import { parseSweepPath } from './sweeps/paths';
import type { Team } from './teams/Team';
import { createTeam, type CreateTeamOptions, getTeam } from './teams/teams';
import { User } from './users/User';
import { createUser, type CreateUserOptions, findUser, searchUsers, type UsersOptions } from './users/users';

/** Options of `api.projects()`. */
export interface ProjectsOptions extends PaginatorOptions {
  /** Projects per request. @defaultValue 200 */
  perPage?: number;
}

/** Options of `api.createRun()`. */
export interface CreateRunOptions extends CallOptions {
  /** The run's id. @defaultValue 8 random letters and digits */
  runId?: string;
  /** @defaultValue the `project` setting, else `uncategorized` */
  project?: string;
  /** @defaultValue the `entity` setting, else the key's default entity */
  entity?: string;
  /** `'pending'` for a run to be resumed later. @defaultValue `'running'` */
  state?: 'running' | 'pending';
}

/** Options of `api.createProject()`. */
export interface CreateProjectOptions extends CallOptions {
  description?: string;
  /** W&B's visibility value (`PRIVATE`, `USER_READ`, `USER_WRITE`, `PUBLIC`). */
  access?: string;
}

/**
 * The entry point: a client for the W&B Public API, set up like Python's `wandb.Api()`.
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
  private readonly transport: Transport;
  private readonly ctx: SdkContext;
  private viewerEntity: Promise<string> | undefined;

  /**
   * @throws {@link InvalidArgumentError} for an invalid option (a bad `baseUrl`, a negative `timeout`, ...)
   * @throws {@link AuthenticationError} when the given key cannot be sent (empty, spaces)
   */
  constructor(options: ApiOptions = {}) {
    this.settings = resolveSettings(options);
    this.transport = new Transport(this.settings);
    const defaults: PathDefaults = { entity: this.settings.entity, project: this.settings.project };
    this.ctx = {
      transport: this.transport,
      appUrl: appUrlFor(this.settings.baseUrl),
      defaults,
      resolveEntity: (entity, callOptions) => (entity !== undefined ? Promise.resolve(entity) : this.resolveDefaultEntity(optionsOf(callOptions))),
    };
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
    return this.transport.execute(document, variables, options);
  }

  /** The user the API key belongs to. */
  async viewer(options: CallOptions = {}): Promise<User> {
    options = optionsOf(options);
    const data = await this.transport.execute(ViewerDocument, {}, options);
    if (!data.viewer) throw new NotFoundError('The server knows no user for this API key', { operation: 'Viewer' });
    return new User(this.ctx, data.viewer, { isViewer: true });
  }

  /**
   * The entity used when a path leaves it out: the `entity` setting, else the viewer's default
   * entity (asked once per `Api`).
   */
  async defaultEntity(options: CallOptions = {}): Promise<string> {
    return this.resolveDefaultEntity(optionsOf(options));
  }

  /** {@link Api.defaultEntity} for options already checked, without the extra await (paths resolve it per page). */
  private resolveDefaultEntity(options: CallOptions): Promise<string> {
    if (this.settings.entity) return Promise.resolve(this.settings.entity);
    const pending = (this.viewerEntity ??= this.viewer(options).then((viewer) => {
      if (!viewer.entity) throw new NotFoundError('The viewer has no default entity; pass `entity` to new Api()');
      return viewer.entity;
    }));
    pending.catch(() => {
      if (this.viewerEntity === pending) this.viewerEntity = undefined;
    });
    return pending;
  }

  /**
   * One project.
   * @throws {@link NotFoundError} when it does not exist or is not visible to the key.
   */
  async project(name: string, entity?: string, options: CallOptions = {}): Promise<Project> {
    options = optionsOf(options);
    checkName(name, 'project name', 'name');
    if (entity !== undefined) checkName(entity, 'entity');
    const resolved = await this.ctx.resolveEntity(entity, options);
    const data = await this.transport.execute(ProjectDocument, { entity: resolved, name }, options);
    if (!data.project) throw new NotFoundError(`Project ${resolved}/${name} was not found`, { operation: 'Project' });
    return new Project(this.ctx, data.project);
  }

  /** The projects of an entity (the default entity when left out), as a lazy collection. */
  projects(entity?: string, options: ProjectsOptions = {}): Paginator<Project> {
    options = optionsOf(options);
    if (entity !== undefined) checkName(entity, 'entity');
    const perPage = checkPageSize(options.perPage, 200);
    return new Paginator<Project>(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const resolved = await this.ctx.resolveEntity(entity, callOptions);
        const data: ProjectsQuery = await this.transport.execute(ProjectsDocument, { entity: resolved, first: perPage, after: cursor }, callOptions);
        return pageOf(data.models, (node) => new Project(this.ctx, node));
      },
      options,
      'projects list',
    );
  }

  /** Creates a project, or returns the existing one of that name. */
  async createProject(name: string, entity: string, options: CreateProjectOptions = {}): Promise<Project> {
    options = optionsOf(options);
    checkName(name, 'project name', 'name');
    checkName(entity, 'entity');
    const { description, access, ...callOptions } = options;
    const input = { name, entityName: entity, ...(description !== undefined ? { description } : {}), ...(access !== undefined ? { access } : {}) };
    const data = await this.transport.execute(CreateProjectDocument, { input }, callOptions);
    const project = data.upsertModel?.project;
    if (!project) throw new NotFoundError(`Project ${entity}/${name} could not be created`, { operation: 'CreateProject' });
    return new Project(this.ctx, project);
  }

  /**
   * The runs of a project (`entity/project` or `project`; the default project when left out),
   * as a lazy collection.
   */
  runs(path?: string, options: RunsOptions = {}): Runs {
    options = optionsOf(options);
    const { entity, project } = parseProjectPath(path, this.ctx.defaults);
    return new Runs(this.ctx, { entity, project }, options);
  }

  /**
   * One run, with its config, summary and system metrics.
   * @param path `entity/project/run_id`, `project/run_id`, `run_id` or a W&B run URL
   * @throws {@link NotFoundError} when the project or the run does not exist.
   */
  async run(path: string, options: CallOptions = {}): Promise<Run> {
    options = optionsOf(options);
    const parsed = parseRunPath(path, this.ctx.defaults);
    const entity = await this.ctx.resolveEntity(parsed.entity, options);
    const data = await this.transport.execute(RunDocument, { entity, project: parsed.project, name: parsed.runId }, options);
    const run = data.project?.run;
    if (!run) throw new NotFoundError(`Run ${entity}/${parsed.project}/${parsed.runId} was not found`, { operation: 'Run' });
    return new Run(this.ctx, entity, parsed.project, run);
  }

  // ── runs, history and run files (runs area) ──

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
    const { runId, project, entity, state = 'running', ...callOptions } = optionsOf(options);
    if (runId !== undefined) checkName(runId, 'run id', 'runId');
    if (project !== undefined) checkName(project, 'project');
    if (entity !== undefined) checkName(entity, 'entity');
    if (state !== 'running' && state !== 'pending')
      throw new InvalidArgumentError('state', `state must be 'running' or 'pending', got ${describeValue(state)}`);
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const name = runId ?? Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % alphabet.length]).join('');
    const input = {
      name,
      modelName: project ?? this.settings.project ?? 'uncategorized',
      state,
      ...((entity ?? this.settings.entity) !== undefined ? { entityName: entity ?? this.settings.entity } : {}),
    };
    const data = await this.transport.execute(CreateRunDocument, { input }, callOptions);
    const bucket = data.upsertBucket?.bucket;
    if (!bucket?.project) throw new NotFoundError(`Run ${name} could not be created`, { operation: 'CreateRun' });
    return new Run(this.ctx, bucket.project.entityName, bucket.project.name, bucket);
  }

  // ── artifacts, collections, types and registries (artifacts area) ──

  /** The entity a parsed artifact path lives in: the organization's entity for a registry path. */
  private async artifactEntity(path: ArtifactPath, options: CallOptions): Promise<string> {
    if (path.isRegistry) return (await resolveOrganization(this.ctx, path.entity, options)).orgEntity;
    return this.ctx.resolveEntity(path.entity, options);
  }

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
    options = optionsOf(options);
    const path = parseArtifactPath(name, this.ctx.defaults);
    if (type !== undefined) checkArtifactType(type);
    const entity = await this.artifactEntity(path, options);
    const data = await this.transport.execute(
      ArtifactByNameDocument,
      { entity, project: path.project, name: `${path.collection}:${path.alias}` },
      options,
    );
    if (!data.project) throw new NotFoundError(`Project ${entity}/${path.project} was not found`, { operation: 'ArtifactByName' });
    const membership = data.project.artifactCollectionMembership;
    const placement = membership ? membershipPlacement(membership) : undefined;
    if (!membership?.artifact || !placement)
      throw new NotFoundError(`Artifact ${entity}/${path.project}/${path.collection}:${path.alias} was not found`, { operation: 'ArtifactByName' });
    const artifact = new Artifact(this.ctx, membership.artifact, placement);
    if (type !== undefined && artifact.type !== type) {
      throw new NotFoundError(`Artifact ${artifact.qualifiedName} is of type ${artifact.type}, not ${type}`, { operation: 'ArtifactByName' });
    }
    return artifact;
  }

  /**
   * Whether an artifact version exists (and, with `type`, is of that type).
   * @throws {@link InvalidArgumentError} for a malformed name; other failures (network, auth) are thrown too
   */
  async artifactExists(name: string, type?: string, options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    try {
      await this.artifact(name, type, options);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  /**
   * The versions of an artifact collection, newest first, as a lazy collection.
   * @param typeName the collection's artifact type
   * @param name `entity/project/collection`, `project/collection` or `collection`
   */
  artifacts(typeName: string, name: string, options: ArtifactsOptions = {}): Artifacts {
    options = optionsOf(options);
    checkArtifactType(typeName, 'typeName');
    const path = parseArtifactPath(name, this.ctx.defaults, 'name', { alias: false });
    return new Artifacts(
      this.ctx,
      { entity: path.entity, project: path.project, type: typeName, collection: path.collection, registry: path.isRegistry },
      options,
    );
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
    options = optionsOf(options);
    checkArtifactType(typeName, 'typeName');
    const parsed = parseProjectPath(project, this.ctx.defaults, 'project');
    const entity = await this.ctx.resolveEntity(parsed.entity, options);
    const data = await this.transport.execute(ProjectArtifactTypeDocument, { entity, project: parsed.project, type: typeName }, options);
    const type = data.project?.artifactType;
    if (!type)
      throw new NotFoundError(`Artifact type ${typeName} was not found in ${entity}/${parsed.project}`, { operation: 'ProjectArtifactType' });
    return new ArtifactType(this.ctx, entity, parsed.project, type);
  }

  /** The artifact types of a project (`entity/project` or `project`), as a lazy collection. */
  artifactTypes(project?: string, options: ArtifactTypesOptions = {}): ArtifactTypes {
    options = optionsOf(options);
    const parsed = parseProjectPath(project, this.ctx.defaults, 'project');
    return new ArtifactTypes(this.ctx, parsed, options);
  }

  /**
   * One artifact collection.
   * @param name `entity/project/collection`, `project/collection` or `collection`
   * @throws {@link NotFoundError} when there is no collection of that name and type
   */
  async artifactCollection(typeName: string, name: string, options: CallOptions = {}): Promise<ArtifactCollection> {
    options = optionsOf(options);
    checkArtifactType(typeName, 'typeName');
    const path = parseArtifactPath(name, this.ctx.defaults, 'name', { alias: false });
    const entity = await this.artifactEntity(path, options);
    const data = await this.transport.execute(
      ProjectArtifactCollectionDocument,
      { entity, project: path.project, type: typeName, name: path.collection },
      options,
    );
    const collection = data.project?.artifactType?.artifactCollection;
    if (!collection)
      throw new NotFoundError(`No ${typeName} collection ${entity}/${path.project}/${path.collection}`, { operation: 'ProjectArtifactCollection' });
    return new ArtifactCollection(this.ctx, collection);
  }

  /** Whether an artifact collection of that name and type exists. */
  async artifactCollectionExists(name: string, type: string, options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    try {
      await this.artifactCollection(type, name, options);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  /** The collections of one artifact type in a project (`entity/project` or `project`), as a lazy collection. */
  artifactCollections(project: string, typeName: string, options: ArtifactCollectionsOptions = {}): ArtifactCollections {
    options = optionsOf(options);
    checkArtifactType(typeName, 'typeName');
    const parsed = parseProjectPath(project, this.ctx.defaults, 'project');
    return new ArtifactCollections(this.ctx, { ...parsed, type: typeName }, options);
  }

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
    return new Registries(this.ctx, optionsOf(options));
  }

  /**
   * One registry, by its name without the `wandb-registry-` prefix.
   * @throws {@link NotFoundError} when the organization has no such registry; {@link NotSupportedError}
   */
  async registry(name: string, options: RegistryOptions = {}): Promise<Registry> {
    const { organization, ...callOptions } = optionsOf(options);
    checkArtifactName(name, 'name', 'registry name');
    await requireRegistries(this.ctx, callOptions);
    const org = await resolveOrganization(this.ctx, organization, callOptions);
    const data = await this.transport.execute(RegistryByNameDocument, { entity: org.orgEntity, name: `${REGISTRY_PREFIX}${name}` }, callOptions);
    const project = data.entity?.project;
    if (!project) throw new NotFoundError(`Registry ${name} was not found in organization ${org.name}`, { operation: 'RegistryByName' });
    return new Registry(this.ctx, org.name, project);
  }

  /**
   * Creates a registry in an organization.
   * @throws {@link InvalidArgumentError} for an invalid name, visibility or type, or when the registry already exists
   */
  async createRegistry(options: CreateRegistryOptions): Promise<Registry> {
    const { name, visibility, organization, description, artifactTypes, ...callOptions } = optionsOf(options);
    checkArtifactName(name, 'name', 'registry name');
    const access = registryAccess(visibility);
    if (description !== undefined && typeof description !== 'string') throw new InvalidArgumentError('description', 'description must be a string');
    const types =
      artifactTypes === undefined ? [] : checkList(artifactTypes, 'artifactTypes', (t, a) => checkArtifactType(t, a, { allowReserved: false }));
    await requireRegistries(this.ctx, callOptions);
    const org = await resolveOrganization(this.ctx, organization, callOptions);
    const fullName = `${REGISTRY_PREFIX}${name}`;
    // An upsert would change an existing registry, so check first, as the Python client does.
    const existing = await this.transport.execute(RegistryByNameDocument, { entity: org.orgEntity, name: fullName }, callOptions);
    if (existing.entity?.project) throw new InvalidArgumentError('name', `Registry ${name} already exists in organization ${org.name}`);
    const data = await this.transport.execute(
      UpsertRegistryDocument,
      {
        input: {
          entityName: org.orgEntity,
          name: fullName,
          access,
          allowAllArtifactTypesInRegistry: types.length === 0,
          artifactTypes: types.map((type) => ({ name: type })),
          ...(description !== undefined ? { description } : {}),
        },
      },
      callOptions,
    );
    const project = data.upsertModel?.project;
    if (!project) throw new ServerError(`Creating registry ${name} returned nothing`, { operation: 'UpsertRegistry' });
    if (!data.upsertModel?.inserted) throw new InvalidArgumentError('name', `Registry ${name} already exists in organization ${org.name}`);
    return new Registry(this.ctx, org.name, project);
  }

  // ── sweeps, projects, reports, teams, users, automations, integrations, launch, charts, fromPath ──

  // teams

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

  // users

  /**
   * The user with this username or email address (instance admins only; others use `viewer()`).
   * @throws {@link NotFoundError} when no user matches
   * @throws {@link PermissionError} when the key is not an instance admin's
   */
  async user(usernameOrEmail: string, options: CallOptions = {}): Promise<User> {
    return findUser(this.ctx, usernameOrEmail, optionsOf(options));
  }

  /** The users whose username, email or name contains `query`, as a lazy collection (instance admins only). */
  users(query: string, options: UsersOptions = {}): Paginator<User> {
    return searchUsers(this.ctx, query, optionsOf(options));
  }

  /**
   * Creates a user (instance admins only).
   * @throws {@link InvalidArgumentError} for a malformed email address
   * @throws {@link PermissionError} when the key is not an instance admin's
   */
  async createUser(email: string, options: CreateUserOptions = {}): Promise<User> {
    return createUser(this.ctx, email, optionsOf(options));
  }

  // automations

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
    return findAutomation(this.ctx, name, optionsOf(options));
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
    options = optionsOf(options);
    changes = optionsOf(changes, 'changes');
    return updateAutomation(this.ctx, automation, changes, options);
  }

  /** Deletes an automation (given as object or id). */
  async deleteAutomation(automation: Automation | string, options: CallOptions = {}): Promise<true> {
    return deleteAutomation(this.ctx, automation, optionsOf(options));
  }

  // integrations

  /** An entity's Slack and webhook integrations (the default entity when left out), as a lazy collection. */
  integrations(options: IntegrationsOptions = {}): Paginator<Integration> {
    options = optionsOf(options);
    return listIntegrations(this.ctx, options, (_i): _i is Integration => true);
  }

  /** An entity's Slack integrations, as a lazy collection. */
  slackIntegrations(options: IntegrationsOptions = {}): Paginator<SlackIntegration> {
    options = optionsOf(options);
    return listIntegrations(this.ctx, options, (i): i is SlackIntegration => i instanceof SlackIntegration);
  }

  /** An entity's generic webhook integrations, as a lazy collection. */
  webhookIntegrations(options: IntegrationsOptions = {}): Paginator<WebhookIntegration> {
    options = optionsOf(options);
    return listIntegrations(this.ctx, options, (i): i is WebhookIntegration => i instanceof WebhookIntegration);
  }
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
    options = optionsOf(options);
    const parsed = parseSweepPath(path, this.ctx.defaults);
    const entity = await this.ctx.resolveEntity(parsed.entity, options);
    return requireServerSupport('Sweeps', () => fetchSweep(this.ctx, entity, parsed.project, parsed.sweepId, options));
  }

  /**
   * The reports of a project (`entity/project` or `project`; the default project when left out),
   * as a lazy collection; `name` keeps the report of that internal name only.
   * @example
   * ```ts
   * for await (const report of api.reports('team/project')) console.log(report.displayName, report.url);
   * ```
   */
  reports(path?: string, options: ReportsOptions = {}): Paginator<Report> {
    options = optionsOf(options);
    const { entity, project } = parseProjectPath(path, this.ctx.defaults);
    return projectReports(this.ctx, entity, project, options);
  }

  /**
   * A Launch run queue of an entity (the default entity when left out).
   * @throws {@link NotFoundError} when the entity has no such queue.
   */
  async runQueue(name: string, entity?: string, options: CallOptions = {}): Promise<RunQueue> {
    options = optionsOf(options);
    return requireServerSupport('Launch run queues', () => getRunQueue(this.ctx, name, entity, options));
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
    options = optionsOf(options);
    return requireServerSupport('Launch run queues', () => createRunQueue(this.ctx, name, type, options));
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
    options = optionsOf(options);
    return requireServerSupport('Launch run queues', () => upsertRunQueue(this.ctx, name, resourceConfig, resourceType, options));
  }

  /**
   * One item of a Launch run queue.
   * @param project the project the run is launched into
   * @param queueName the queue's name
   * @param itemId the item's id (as `queue.items()` and launch tools give it)
   * @throws {@link NotFoundError} when the queue or the item does not exist.
   */
  async queuedRun(entity: string, project: string, queueName: string, itemId: string, options: QueuedRunOptions = {}): Promise<QueuedRun> {
    options = optionsOf(options);
    return requireServerSupport('Launch run queues', () => getQueuedRun(this.ctx, entity, project, queueName, itemId, options));
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
    options = optionsOf(options);
    checkJobName(name);
    const { path, ...callOptions } = options;
    const artifact = await this.artifact(name, JOB_TYPE, callOptions);
    return loadJob(this.ctx, name, artifact, { ...callOptions, ...(path !== undefined ? { path } : {}) });
  }

  /**
   * The job versions of a project: every committed version of each of its job collections
   * (`artifact.collectionName` tells the jobs apart), newest first within a job. A project
   * without jobs gives an empty list. Turn one into a {@link Job} with `api.job(artifact.qualifiedName)`.
   * @throws {@link NotFoundError} when the project does not exist or is not visible to the key
   */
  async listJobs(entity: string, project: string, options: ListJobsOptions = {}): Promise<Artifact[]> {
    return listJobs(this.ctx, entity, project, optionsOf(options));
  }

  /**
   * Creates a custom chart preset (a Vega-Lite spec) for `wandb.plot_table`.
   * @returns the chart's id (`entity/name`)
   * @throws {@link InvalidArgumentError} for a bad spec type, access or spec, before any request
   * @throws {@link NotSupportedError} when the server has no custom charts.
   */
  async createCustomChart(options: CreateCustomChartOptions): Promise<string> {
    return createCustomChart(this.ctx, optionsOf(options));
  }

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
    options = optionsOf(options);
    const target = parsePathTarget(path);
    switch (target.kind) {
      case 'project':
        return this.project(target.project, target.entity, options);
      case 'run':
        return this.run(target.path, options);
      case 'sweep':
        return this.sweep(target.path, options);
      case 'report':
        return requireServerSupport('Reports', () => fetchReport(this.ctx, target.entity, target.project, target.id, options));
    }
  }
}
