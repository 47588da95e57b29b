import {
  CreateDefaultResourceConfigDocument,
  CreateProjectDocument,
  CreateRunQueueDocument,
  ProjectRunQueuesDocument,
  RunQueueDocument,
  UpsertRunQueueDocument,
} from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, ServerError, describeValue } from '../client/errors';
import { encodeJsonArgument } from '../client/json';
import { Paginator, type PaginatorOptions } from '../client/paginator';
import { checkName } from '../client/paths';
import { requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';
import {
  LAUNCH_PROJECT,
  RUN_QUEUE_RESOURCE_TYPES,
  RUN_QUEUES_FEATURE,
  type RunQueuePrioritizationMode,
  type RunQueueResourceType,
} from './constants';
import { RunQueue } from './RunQueue';

/** Options of `api.createRunQueue()`. */
export interface CreateRunQueueOptions extends CallOptions {
  /** @defaultValue the default entity */
  entity?: string;
  /** `V0` to order items by priority. @defaultValue none (first in, first out) */
  prioritizationMode?: 'V0' | 'v0';
  /** Resource arguments for runs of the queue; `{{name}}` marks a template variable. @defaultValue `{}` */
  config?: Record<string, unknown>;
  /** JSON schemas of the template variables, by name. */
  templateVariables?: Record<string, unknown>;
}

/** Options of `api.upsertRunQueue()`. */
export interface UpsertRunQueueOptions extends CallOptions {
  /** @defaultValue the default entity */
  entity?: string;
  /** JSON schemas of the template variables, by name. */
  templateVariables?: Record<string, unknown>;
  /** Links to show with the queue, by label. */
  externalLinks?: Record<string, string>;
  /** @defaultValue `DISABLED` */
  prioritizationMode?: RunQueuePrioritizationMode | 'v0' | 'disabled';
}

function checkQueueName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0) throw new InvalidArgumentError('name', 'The run queue name must be a non-empty string');
  if (name.length > 64) throw new InvalidArgumentError('name', `The run queue name must be at most 64 characters, got ${name.length}`);
  return name;
}

function checkResourceType(type: unknown, argument: string): RunQueueResourceType {
  if (!RUN_QUEUE_RESOURCE_TYPES.includes(type as RunQueueResourceType)) {
    throw new InvalidArgumentError(
      argument,
      `${argument} must be one of ${RUN_QUEUE_RESOURCE_TYPES.map((t) => `"${t}"`).join(', ')}, got ${describeValue(type)}`,
    );
  }
  return type as RunQueueResourceType;
}

function checkObject(value: unknown, argument: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InvalidArgumentError(argument, `${argument} must be an object`);
  return value as Record<string, unknown>;
}

function checkMode(mode: unknown, allowed: readonly RunQueuePrioritizationMode[]): RunQueuePrioritizationMode | undefined {
  if (mode === undefined) return undefined;
  const upper = typeof mode === 'string' ? mode.toUpperCase() : mode;
  if (!allowed.includes(upper as RunQueuePrioritizationMode)) {
    throw new InvalidArgumentError(
      'prioritizationMode',
      `prioritizationMode must be ${allowed.map((m) => `"${m}"`).join(' or ')}, got ${describeValue(mode)}`,
    );
  }
  return upper as RunQueuePrioritizationMode;
}

/** Makes sure the entity has the project Launch keeps queues in. */
async function upsertLaunchProject(ctx: SdkContext, entity: string, options: CallOptions): Promise<void> {
  const data = await ctx.transport.execute(CreateProjectDocument, { input: { entityName: entity, name: LAUNCH_PROJECT } }, options);
  if (!data.upsertModel?.project)
    throw new NotFoundError(`Launch project ${entity}/${LAUNCH_PROJECT} could not be created`, { operation: 'CreateProject' });
}

/**
 * `api.runQueue()`: a queue of an entity's Launch project (the default entity when left out);
 * `configWarnings` are the server's remarks on a config just written.
 */
export function getRunQueue(
  ctx: SdkContext,
  name: string,
  entity: string | undefined,
  options: CallOptions,
  configWarnings: readonly string[] = [],
): Promise<RunQueue> {
  return requireServerSupport(RUN_QUEUES_FEATURE, async () => {
    checkQueueName(name);
    if (entity !== undefined) checkName(entity, 'entity');
    const resolved = await ctx.resolveEntity(entity, options);
    const data = await ctx.transport.execute(RunQueueDocument, { entity: resolved, project: LAUNCH_PROJECT, name }, options);
    const queue = data.project?.runQueue;
    if (!queue) throw new NotFoundError(`Run queue ${resolved}/${name} was not found`, { operation: 'RunQueue' });
    return new RunQueue(ctx, resolved, LAUNCH_PROJECT, queue, configWarnings);
  });
}

/**
 * `api.runQueues()`: the queues of an entity's Launch project. W&B answers them as one plain list
 * (not a connection), so the collection has a single page; an entity without a Launch project has
 * none.
 */
export function listRunQueues(ctx: SdkContext, entity: string | undefined, options: PaginatorOptions): Paginator<RunQueue> {
  if (entity !== undefined) checkName(entity, 'entity');
  return new Paginator<RunQueue>(
    (_cursor, signal) =>
      requireServerSupport(RUN_QUEUES_FEATURE, async () => {
        const callOptions = signal ? { signal } : {};
        const owner = await ctx.resolveEntity(entity, callOptions);
        const data = await ctx.transport.execute(ProjectRunQueuesDocument, { entity: owner, project: LAUNCH_PROJECT }, callOptions);
        const items = (data.project?.runQueues ?? []).map((queue) => new RunQueue(ctx, owner, LAUNCH_PROJECT, queue));
        return { items, endCursor: null, hasNextPage: false };
      }),
    options,
    'run queues list',
  );
}

/** `api.createRunQueue()`: the Launch project, a default resource config, then the queue. */
export function createRunQueue(ctx: SdkContext, name: string, type: RunQueueResourceType, options: CreateRunQueueOptions): Promise<RunQueue> {
  return requireServerSupport(RUN_QUEUES_FEATURE, async () => {
    const { entity: given, prioritizationMode, config, templateVariables, ...callOptions } = options;
    checkQueueName(name);
    const resource = checkResourceType(type, 'type');
    const mode = checkMode(prioritizationMode, ['V0']);
    const resourceArgs = checkObject(config, 'config') ?? {};
    const variables = checkObject(templateVariables, 'templateVariables');
    if (given !== undefined) checkName(given, 'entity');
    const configJson = encodeJsonArgument({ resource_args: { [resource]: resourceArgs } }, 'config');
    const variablesJson = variables ? encodeJsonArgument(variables, 'templateVariables') : undefined;

    const entity = await ctx.resolveEntity(given, callOptions);
    await upsertLaunchProject(ctx, entity, callOptions);
    const created = await ctx.transport.execute(
      CreateDefaultResourceConfigDocument,
      { input: { entityName: entity, resource, config: configJson, ...(variablesJson ? { templateVariables: variablesJson } : {}) } },
      callOptions,
    );
    const configId = created.createDefaultResourceConfig?.success ? created.createDefaultResourceConfig.defaultResourceConfigID : undefined;
    if (!configId)
      throw new ServerError(`The server did not create a resource config for run queue ${entity}/${name}`, {
        operation: 'CreateDefaultResourceConfig',
      });
    const queue = await ctx.transport.execute(
      CreateRunQueueDocument,
      {
        input: {
          entityName: entity,
          projectName: LAUNCH_PROJECT,
          queueName: name,
          access: 'PROJECT',
          defaultResourceConfigID: configId,
          ...(mode ? { prioritizationMode: mode } : {}),
        },
      },
      callOptions,
    );
    const queueId = queue.createRunQueue?.success ? queue.createRunQueue.queueID : undefined;
    if (!queueId) throw new ServerError(`The server did not create run queue ${entity}/${name}`, { operation: 'CreateRunQueue' });
    return new RunQueue(ctx, entity, LAUNCH_PROJECT, {
      id: queueId,
      name,
      access: 'PROJECT',
      prioritizationMode: mode ?? null,
      defaultResourceConfigID: configId,
      externalLinks: null,
    });
  });
}

/** `api.upsertRunQueue()`: creates the queue or replaces its resource config, links and mode. */
export function upsertRunQueue(
  ctx: SdkContext,
  name: string,
  resourceConfig: Record<string, unknown>,
  resourceType: RunQueueResourceType,
  options: UpsertRunQueueOptions,
): Promise<RunQueue> {
  return requireServerSupport(RUN_QUEUES_FEATURE, async () => {
    const { entity: given, templateVariables, externalLinks, prioritizationMode, ...callOptions } = options;
    checkQueueName(name);
    const config = checkObject(resourceConfig, 'resourceConfig');
    if (!config) throw new InvalidArgumentError('resourceConfig', 'resourceConfig must be an object');
    const resource = checkResourceType(resourceType, 'resourceType');
    const mode = checkMode(prioritizationMode ?? 'DISABLED', ['V0', 'DISABLED']);
    const variables = checkObject(templateVariables, 'templateVariables');
    const links = checkObject(externalLinks, 'externalLinks') ?? {};
    for (const [label, url] of Object.entries(links)) {
      if (typeof url !== 'string') throw new InvalidArgumentError('externalLinks', `externalLinks.${label} must be a URL string`);
    }
    if (given !== undefined) checkName(given, 'entity');
    const input = {
      queueName: name,
      projectName: LAUNCH_PROJECT,
      resourceType: resource,
      resourceConfig: encodeJsonArgument({ resource_args: { [resource]: config } }, 'resourceConfig'),
      externalLinks: encodeJsonArgument({ links: Object.entries(links).map(([label, url]) => ({ label, url })) }, 'externalLinks'),
      ...(variables ? { templateVariables: encodeJsonArgument(variables, 'templateVariables') } : {}),
      ...(mode ? { prioritizationMode: mode } : {}),
    };

    const entity = await ctx.resolveEntity(given, callOptions);
    await upsertLaunchProject(ctx, entity, callOptions);
    const data = await ctx.transport.execute(UpsertRunQueueDocument, { input: { ...input, entityName: entity } }, callOptions);
    if (!data.upsertRunQueue?.success) throw new ServerError(`The server did not write run queue ${entity}/${name}`, { operation: 'UpsertRunQueue' });
    return getRunQueue(ctx, name, entity, callOptions, data.upsertRunQueue.configSchemaValidationErrors ?? []);
  });
}
