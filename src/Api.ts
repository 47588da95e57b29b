import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateProjectDocument,
  ProjectDocument,
  ProjectsDocument,
  RunDocument,
  ViewerDocument,
  type ProjectsQuery,
} from '../generated/graphql';
import type { SdkContext } from './client/context';
import { NotFoundError } from './client/errors';
import { checkPageSize, Paginator, type PaginatorOptions } from './client/paginator';
import { checkName, parseProjectPath, parseRunPath, type PathDefaults } from './client/paths';
import { appUrlFor, resolveSettings, type ApiOptions, type ResolvedSettings } from './client/settings';
import { Transport, type CallOptions } from './client/transport';
import { Project } from './projects/Project';
import { Run } from './runs/Run';
import { Runs, type RunsOptions } from './runs/Runs';
import { User } from './users/User';
// ── runs area imports ──
import { CreateRunDocument } from '../generated/graphql';
import { InvalidArgumentError } from './client/errors';

// ── artifacts area imports ──

// ── other areas' imports ──


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
      resolveEntity: (entity, callOptions) => (entity !== undefined ? Promise.resolve(entity) : this.defaultEntity(callOptions)),
    };
  }

  /**
   * Runs any GraphQL document through the SDK's transport (auth, retries, typed errors). Use it
   * for fields no facade wraps; documents come from `generated/` or your own codegen against
   * `wandb-api/schema.graphql`.
   */
  execute<Data, Variables extends Record<string, unknown>>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    options: CallOptions = {},
  ): Promise<Data> {
    return this.transport.execute(document, variables, options);
  }

  /** The user the API key belongs to. */
  async viewer(options: CallOptions = {}): Promise<User> {
    const data = await this.transport.execute(ViewerDocument, {}, options);
    if (!data.viewer) throw new NotFoundError('The server knows no user for this API key', { operation: 'Viewer' });
    return new User(this.ctx, data.viewer);
  }

  /**
   * The entity used when a path leaves it out: the `entity` setting, else the viewer's default
   * entity (asked once per `Api`).
   */
  defaultEntity(options: CallOptions = {}): Promise<string> {
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
    checkName(name, 'project name', 'name');
    if (entity !== undefined) checkName(entity, 'entity');
    const resolved = await this.ctx.resolveEntity(entity, options);
    const data = await this.transport.execute(ProjectDocument, { entity: resolved, name }, options);
    if (!data.project) throw new NotFoundError(`Project ${resolved}/${name} was not found`, { operation: 'Project' });
    return new Project(this.ctx, data.project);
  }

  /** The projects of an entity (the default entity when left out), as a lazy collection. */
  projects(entity?: string, options: ProjectsOptions = {}): Paginator<Project> {
    if (entity !== undefined) checkName(entity, 'entity');
    const perPage = checkPageSize(options.perPage, 200);
    return new Paginator<Project>(
      async (cursor, signal) => {
        const callOptions = signal ? { signal } : {};
        const resolved = await this.ctx.resolveEntity(entity, callOptions);
        const data: ProjectsQuery = await this.transport.execute(ProjectsDocument, { entity: resolved, first: perPage, after: cursor }, callOptions);
        const connection = data.models;
        return {
          items: (connection?.edges ?? []).flatMap((e) => (e.node ? [new Project(this.ctx, e.node)] : [])),
          endCursor: connection?.pageInfo.endCursor ?? null,
          hasNextPage: connection?.pageInfo.hasNextPage ?? false,
        };
      },
      options,
      'projects list',
    );
  }

  /** Creates a project, or returns the existing one of that name. */
  async createProject(name: string, entity: string, options: CreateProjectOptions = {}): Promise<Project> {
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
    const { entity, project } = parseProjectPath(path, this.ctx.defaults);
    return new Runs(this.ctx, { entity, project }, options);
  }

  /**
   * One run, with its config, summary and system metrics.
   * @param path `entity/project/run_id`, `project/run_id`, `run_id` or a W&B run URL
   * @throws {@link NotFoundError} when the project or the run does not exist.
   */
  async run(path: string, options: CallOptions = {}): Promise<Run> {
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
    const { runId, project, entity, state = 'running', ...callOptions } = options;
    if (runId !== undefined) checkName(runId, 'run id', 'runId');
    if (project !== undefined) checkName(project, 'project');
    if (entity !== undefined) checkName(entity, 'entity');
    if (state !== 'running' && state !== 'pending') throw new InvalidArgumentError('state', `state must be 'running' or 'pending', got ${JSON.stringify(state)}`);
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

  // ── sweeps, projects, reports, teams, users, automations, integrations, launch, charts, fromPath ──
}
