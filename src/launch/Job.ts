import { PushToRunQueueByNameDocument } from '../../generated/graphql';
import type { Artifact } from '../artifacts/Artifact';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, ServerError, describeValue } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { optionsOf } from '../client/options';
import { checkName } from '../client/paths';
import { requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';
import { LAUNCH_PROJECT, RUN_QUEUE_RESOURCE_TYPES, type RunQueueResourceType } from './constants';
import { getRunQueueItem, type QueuedRun } from './QueuedRun';

/** The file of a job artifact that describes the job. */
export const JOB_FILE = 'wandb-job.json';
/** The file of a job artifact that pins its Python packages (repo and artifact jobs). */
export const REQUIREMENTS_FILE = 'requirements.frozen.txt';

/** Where a job's code comes from: a git commit, a code artifact, or a container image. */
export type JobSourceType = 'repo' | 'artifact' | 'image';

/** The git commit a `repo` job runs. */
export interface JobGitSource {
  readonly remote: string;
  readonly commit: string;
}

/** Options of `job.call()`. */
export interface JobCallOptions extends CallOptions {
  /** The run queue to put the run on. @defaultValue `'default'` */
  queue?: string;
  /** The project the launched run goes to. @defaultValue the job's project */
  project?: string;
  /** The entity the launched run goes to, and whose queue it is. @defaultValue the default entity */
  entity?: string;
  /** Where the run executes. @defaultValue `'local-container'` */
  resource?: RunQueueResourceType;
  /** Arguments for the resource (`{ kubernetes: {...} }`), as Launch takes them. */
  resourceArgs?: Record<string, unknown>;
  /** The project that holds the queue. @defaultValue `'model-registry'` */
  projectQueue?: string;
}

type WbType = { wb_type?: unknown; params?: Record<string, unknown> };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

/**
 * Why `value` does not fit a W&B type (`{"wb_type": "typedDict", "params": {"type_map": ...}}`),
 * as the Python client checks a job's config: keys the type does not list, and plain values of
 * the wrong kind. Types the SDK does not know accept anything.
 */
function typeProblems(type: unknown, value: unknown, path: string): string[] {
  if (!isPlainObject(type)) return [];
  const { wb_type: name, params = {} } = type as WbType;
  const at = path || 'config';
  switch (name) {
    case 'typedDict': {
      if (!isPlainObject(value)) return [`${at} must be an object`];
      const map = isPlainObject(params.type_map) ? params.type_map : {};
      return Object.entries(value).flatMap(([key, item]) =>
        key in map ? typeProblems(map[key], item, path ? `${path}.${key}` : key) : [`${path ? `${path}.${key}` : key} is not an input of the job`],
      );
    }
    case 'number':
      return typeof value === 'number' ? [] : [`${at} must be a number`];
    case 'string':
      return typeof value === 'string' ? [] : [`${at} must be a string`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at} must be true or false`];
    case 'none':
      return value === null ? [] : [`${at} must be null`];
    case 'list':
      if (!Array.isArray(value)) return [`${at} must be a list`];
      return value.flatMap((item, i) => typeProblems(params.element_type, item, `${at}[${i}]`));
    case 'union': {
      const allowed = Array.isArray(params.allowed_types) ? params.allowed_types : [];
      return allowed.length === 0 || allowed.some((t) => typeProblems(t, value, path).length === 0)
        ? []
        : [`${at} fits none of the types the job allows`];
    }
    default:
      return [];
  }
}

/**
 * A W&B Launch job: an artifact of type `job` whose `wandb-job.json` says how to run it (its
 * source, entry point and runtime) and which config it takes (`inputTypes`). Get one with
 * `api.job('entity/project/name:alias')`, list them with `api.listJobs(entity, project)`, and
 * queue a run of it with `job.call(config, { queue })`.
 *
 * @example
 * ```ts
 * const job = await api.job('team/project/train-resnet:latest');
 * console.log(job.sourceType, job.entrypoint, job.inputTypes);
 * const queued = await job.call({ lr: 0.01 }, { queue: 'gpu' });
 * ```
 */
export class Job {
  /** The name it was fetched by: `entity/project/name:alias`. */
  readonly name: string;
  /** The entity the job artifact lives in. */
  readonly entity: string;
  /** The project the job artifact lives in (and, by default, where `call()` sends its runs). */
  readonly project: string;
  /** The job's artifact version. */
  readonly artifact: Artifact;
  /** Where the job's code comes from; `undefined` when the job file does not say. */
  readonly sourceType: JobSourceType | undefined;
  /** The job file's `source` object, as W&B wrote it. */
  readonly source: Readonly<Record<string, unknown>>;
  /** The git remote and commit of a `repo` job. */
  readonly git: JobGitSource | undefined;
  /** The code artifact of an `artifact` job (`wandb-artifact://...` or a name). */
  readonly codeArtifact: string | undefined;
  /** The container image of an `image` job. */
  readonly image: string | undefined;
  /** Whether the entry point is a notebook. */
  readonly notebook: boolean;
  readonly dockerfile: string | undefined;
  readonly buildContext: string | undefined;
  readonly baseImage: string | undefined;
  /** Arguments given to the entry point. */
  readonly args: readonly string[] | undefined;
  /** The Python version the job was made with (`3.11.4`). */
  readonly runtime: string | undefined;
  /** Whether the job was made by hand (then its `inputTypes` are not checked). */
  readonly partial: boolean;
  /** The config the job takes, as a W&B type (`{ wb_type: 'typedDict', params: { type_map } }`). */
  readonly inputTypes: Readonly<Record<string, unknown>> | undefined;
  /** What the job's runs log to their summary, as a W&B type. */
  readonly outputTypes: Readonly<Record<string, unknown>> | undefined;
  /** The whole job file. */
  readonly info: Readonly<Record<string, unknown>>;
  /** The folder the artifact was downloaded to, when `api.job()` was given a `path`. */
  readonly root: string | undefined;
  /** The pinned requirements file in `root`, when the job has one. */
  readonly requirementsFile: string | undefined;
  #entrypoint: string[] | undefined;
  #entrypointChanged = false;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by `api.job()`; not for direct use. */
  constructor(ctx: SdkContext, name: string, artifact: Artifact, info: Record<string, unknown>, local?: { root: string; requirementsFile?: string }) {
    attachContext(this, ctx);
    this.name = name;
    this.entity = artifact.entity;
    this.project = artifact.project;
    this.artifact = artifact;
    this.info = info;
    const sourceType = info.source_type;
    this.sourceType = sourceType === 'repo' || sourceType === 'artifact' || sourceType === 'image' ? sourceType : undefined;
    const source = isPlainObject(info.source) ? info.source : {};
    this.source = source;
    const git = isPlainObject(source.git) ? source.git : undefined;
    this.git = git && typeof git.remote === 'string' && typeof git.commit === 'string' ? { remote: git.remote, commit: git.commit } : undefined;
    this.codeArtifact = optionalString(source.artifact);
    this.image = optionalString(source.image);
    this.notebook = source.notebook === true;
    this.dockerfile = optionalString(source.dockerfile);
    this.buildContext = optionalString(source.build_context);
    this.baseImage = optionalString(source.base_image);
    this.args = stringList(source.args);
    this.#entrypoint = stringList(source.entrypoint);
    this.runtime = optionalString(info.runtime);
    this.partial = info._partial === true;
    this.inputTypes = isPlainObject(info.input_types) ? info.input_types : undefined;
    this.outputTypes = isPlainObject(info.output_types) ? info.output_types : undefined;
    this.root = local?.root;
    this.requirementsFile = local?.requirementsFile;
  }

  /** The command the job runs (`['python', 'train.py']`). */
  get entrypoint(): readonly string[] | undefined {
    return this.#entrypoint;
  }

  /**
   * Replaces the entry point for the runs `call()` queues from now on; it is sent to Launch as
   * the run spec's entry point override.
   * @throws {@link InvalidArgumentError} unless it is a non-empty list of strings
   */
  setEntrypoint(entrypoint: string[]): void {
    if (!Array.isArray(entrypoint) || entrypoint.length === 0 || !entrypoint.every((p) => typeof p === 'string')) {
      throw new InvalidArgumentError('entrypoint', 'entrypoint must be a non-empty list of strings, such as ["python", "train.py"]');
    }
    this.#entrypoint = [...entrypoint];
    this.#entrypointChanged = true;
  }

  /**
   * Puts a run of this job with `config` on a Launch run queue, for a Launch agent to start.
   * Unless the job is `partial`, the config is first checked against `inputTypes` as the Python
   * client checks it (inputs the job does not have, plain values of the wrong kind).
   * @returns the queued run; `await queued.waitUntilRunning()` gives its run once an agent starts it
   * @throws {@link InvalidArgumentError} for a config that does not fit or a bad option, before any request;
   *   {@link NotFoundError} when there is no such queue; {@link PermissionError}
   * @example
   * ```ts
   * const queued = await job.call({ lr: 0.01, epochs: 5 }, { queue: 'gpu', resource: 'kubernetes' });
   * console.log(queued.id, queued.state);
   * ```
   */
  async call(config: Record<string, unknown>, options: JobCallOptions = {}): Promise<QueuedRun> {
    const {
      queue = 'default',
      project = this.project,
      entity,
      resource = 'local-container',
      resourceArgs,
      projectQueue = LAUNCH_PROJECT,
      ...callOptions
    } = optionsOf(options);
    if (!isPlainObject(config)) throw new InvalidArgumentError('config', "config must be an object of the job's inputs by name");
    if (!this.partial && this.inputTypes) {
      const problems = typeProblems(this.inputTypes, config, '');
      if (problems.length) throw new InvalidArgumentError('config', `config does not fit job ${this.name}: ${problems.join('; ')}`);
    }
    if (typeof queue !== 'string' || !queue) throw new InvalidArgumentError('queue', 'queue must be a non-empty string');
    checkName(project, 'project');
    if (entity !== undefined) checkName(entity, 'entity');
    checkName(projectQueue, 'project', 'projectQueue');
    if (!RUN_QUEUE_RESOURCE_TYPES.includes(resource)) {
      throw new InvalidArgumentError('resource', `resource must be one of ${RUN_QUEUE_RESOURCE_TYPES.join(', ')}; got ${describeValue(resource)}`);
    }
    if (resourceArgs !== undefined && !isPlainObject(resourceArgs)) throw new InvalidArgumentError('resourceArgs', 'resourceArgs must be an object');
    const overrides: Record<string, unknown> = { run_config: config, args: [] };
    if (this.#entrypointChanged && this.#entrypoint) overrides.entry_point = this.#entrypoint;
    const target = await this.ctx.resolveEntity(entity, callOptions);
    const spec = { job: this.name, entity: target, project, resource, ...(resourceArgs ? { resource_args: resourceArgs } : {}), overrides };
    const runSpec = encodeJsonArgument(spec, 'config');
    const data = await requireServerSupport('Launching jobs', () =>
      this.ctx.transport.execute(
        PushToRunQueueByNameDocument,
        { input: { entityName: target, projectName: projectQueue, queueName: queue, runSpec } },
        callOptions,
      ),
    );
    const itemId = data.pushToRunQueueByName?.runQueueItemId;
    if (!itemId) throw new ServerError(`The server did not queue job ${this.name} on ${target}/${queue}`, { operation: 'PushToRunQueueByName' });
    return getRunQueueItem(this.ctx, { entity: target, project, queueName: queue, projectQueue }, itemId, callOptions);
  }
}
