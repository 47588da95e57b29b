import type { Resolvers } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { isMember, requireWrite } from '../access';
import { connection } from '../connection';
import type { ResourceConfigRecord, RunQueueItemRecord, RunQueueRecord } from './records';
import type { FakeContext } from '../schema';
import { nodeId } from '../ids';
import type { ProjectRecord } from '../projects/records';
import { parseJsonObjectArg, requireEntityAdmin, requireSupported } from '../unsupported';

/** The project W&B keeps Launch queues in. */
export const LAUNCH_PROJECT = 'model-registry';

/** The resources a Launch queue can run on. */
export const LAUNCH_RESOURCES: readonly string[] = ['local-container', 'local-process', 'kubernetes', 'sagemaker', 'gcp-vertex'];

const key = (...parts: string[]) => parts.join('/');

/** Stores a default resource config. */
export function newResourceConfig(
  ctx: Pick<FakeContext, 'store'>,
  fields: Pick<ResourceConfigRecord, 'entity' | 'resource' | 'config'> & Partial<ResourceConfigRecord>,
): ResourceConfigRecord {
  const now = ctx.store.tick();
  const internalId = ctx.store.nextId();
  const record: ResourceConfigRecord = {
    id: nodeId('DefaultResourceConfig', String(internalId)),
    internalId,
    project: null,
    templateVariables: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  ctx.store.resourceConfigs.set(record.id, record);
  return record;
}

/** Stores a run queue (the caller checks the project exists). */
export function newRunQueue(
  ctx: Pick<FakeContext, 'store'>,
  fields: Pick<RunQueueRecord, 'entity' | 'project' | 'name'> & Partial<RunQueueRecord>,
): RunQueueRecord {
  const now = ctx.store.tick();
  const record: RunQueueRecord = {
    id: nodeId('RunQueue', String(ctx.store.nextId())),
    access: 'PROJECT',
    prioritizationMode: null,
    defaultResourceConfigId: null,
    externalLinks: null,
    items: [],
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  ctx.store.runQueues.set(key(record.entity, record.project, record.name), record);
  return record;
}

/** Adds an item to a queue. */
export function newRunQueueItem(
  ctx: Pick<FakeContext, 'store'>,
  queue: RunQueueRecord,
  fields: Partial<RunQueueItemRecord> = {},
): RunQueueItemRecord {
  const now = ctx.store.tick();
  const item: RunQueueItemRecord = {
    id: nodeId('RunQueueItem', String(ctx.store.nextId())),
    state: 'PENDING',
    associatedRunId: null,
    launchAgentId: null,
    runSpec: {},
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  queue.items.push(item);
  return item;
}

function queueById(ctx: FakeContext, id: string): RunQueueRecord | undefined {
  for (const queue of ctx.store.runQueues.values()) if (queue.id === id) return queue;
  return undefined;
}

/** Template variables a config uses (`{{name}}`) that the queue does not declare. */
function undeclaredVariables(config: unknown, declared: readonly string[]): string[] {
  const used = new Set<string>();
  for (const match of JSON.stringify(config).matchAll(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g)) used.add(match[1] as string);
  return [...used].filter((name) => !declared.includes(name));
}

function templateVariablesOf(text: string | null | undefined): ResourceConfigRecord['templateVariables'] {
  const parsed = parseJsonObjectArg(text, 'templateVariables');
  return parsed ? Object.entries(parsed).map(([name, schema]) => ({ name, schema })) : null;
}

function launchProject(ctx: FakeContext, entity: string, project: string): ProjectRecord {
  if (!ctx.store.entities.has(entity)) throw new GraphQLError(`entity ${entity} not found`);
  const record = ctx.store.project(entity, project);
  if (!record) throw new GraphQLError(`project ${entity}/${project} not found`);
  return record;
}

/** Launch: run queues (admins of the entity create and delete them), their items and resource configs. */
export const launchResolvers: Resolvers = {
  Project: {
    runQueue: (project, args, ctx) => {
      requireSupported(ctx, 'Project.runQueue');
      return ctx.store.runQueues.get(key(project.entity, project.name, args.name)) ?? null;
    },
    runQueues: (project, _args, ctx) => [...ctx.store.runQueues.values()].filter((q) => q.entity === project.entity && q.project === project.name),
  },
  Entity: {
    defaultResourceConfig: (entity, args, ctx) => {
      const config = ctx.store.resourceConfigs.get(args.id);
      return config && config.entity === entity.name && isMember(ctx, entity) ? config : null;
    },
  },
  RunQueue: {
    defaultResourceConfigID: (queue) => queue.defaultResourceConfigId,
    executorInfo: () => '',
    createdBy: () => null,
    runQueueItem: (queue, args) => queue.items.find((i) => i.id === args.id) ?? null,
    runQueueItems: (queue, args) => connection(queue.items, args, (i) => i.id),
  },
  DefaultResourceConfig: {
    scope: (config) => ({ ID: config.internalId, Type: config.project ? 'PROJECT' : 'ENTITY' }),
  },
  Mutation: {
    createDefaultResourceConfig: (_root, { input }, ctx) => {
      requireSupported(ctx, 'Mutation.createDefaultResourceConfig');
      if (!ctx.store.entities.has(input.entityName)) throw new GraphQLError(`entity ${input.entityName} not found`);
      requireEntityAdmin(ctx, input.entityName, 'create launch resource configs');
      if (!LAUNCH_RESOURCES.includes(input.resource)) throw new GraphQLError(`unknown resource ${input.resource}`);
      const config = newResourceConfig(ctx, {
        entity: input.entityName,
        project: input.projectName ?? null,
        resource: input.resource,
        config: parseJsonObjectArg(input.config, 'config') ?? {},
        templateVariables: templateVariablesOf(input.templateVariables),
      });
      return { success: true, defaultResourceConfigID: config.id, clientMutationId: input.clientMutationId ?? null };
    },
    createRunQueue: (_root, { input }, ctx) => {
      requireSupported(ctx, 'Mutation.createRunQueue');
      launchProject(ctx, input.entityName, input.projectName);
      requireEntityAdmin(ctx, input.entityName, 'create launch queues');
      if (!input.queueName) throw new GraphQLError('queueName must not be empty');
      if (ctx.store.runQueues.has(key(input.entityName, input.projectName, input.queueName))) {
        throw new GraphQLError(`a run queue named ${input.queueName} already exists in ${input.entityName}`);
      }
      if (input.defaultResourceConfigID && !ctx.store.resourceConfigs.has(input.defaultResourceConfigID)) {
        throw new GraphQLError(`default resource config ${input.defaultResourceConfigID} not found`);
      }
      const queue = newRunQueue(ctx, {
        entity: input.entityName,
        project: input.projectName,
        name: input.queueName,
        access: input.access,
        prioritizationMode: input.prioritizationMode ?? null,
        defaultResourceConfigId: input.defaultResourceConfigID ?? null,
      });
      return { success: true, queueID: queue.id, clientMutationId: input.clientMutationId ?? null };
    },
    upsertRunQueue: (_root, { input }, ctx) => {
      requireSupported(ctx, 'Mutation.upsertRunQueue');
      launchProject(ctx, input.entityName, input.projectName);
      requireEntityAdmin(ctx, input.entityName, 'change launch queues');
      if (!LAUNCH_RESOURCES.includes(input.resourceType)) throw new GraphQLError(`unknown resource type ${input.resourceType}`);
      const resourceConfig = parseJsonObjectArg(input.resourceConfig, 'resourceConfig') ?? {};
      const templateVariables = templateVariablesOf(input.templateVariables);
      const externalLinks = parseJsonObjectArg(input.externalLinks, 'externalLinks') ?? null;
      let queue = ctx.store.runQueues.get(key(input.entityName, input.projectName, input.queueName));
      const existing = queue?.defaultResourceConfigId ? ctx.store.resourceConfigs.get(queue.defaultResourceConfigId) : undefined;
      if (existing) {
        Object.assign(existing, { resource: input.resourceType, config: resourceConfig, templateVariables, updatedAt: ctx.store.tick() });
      }
      const configId =
        existing?.id ??
        newResourceConfig(ctx, { entity: input.entityName, resource: input.resourceType, config: resourceConfig, templateVariables }).id;
      if (queue) {
        queue.defaultResourceConfigId = configId;
        queue.externalLinks = externalLinks;
        if (input.prioritizationMode) queue.prioritizationMode = input.prioritizationMode;
        queue.updatedAt = ctx.store.tick();
      } else {
        queue = newRunQueue(ctx, {
          entity: input.entityName,
          project: input.projectName,
          name: input.queueName,
          prioritizationMode: input.prioritizationMode ?? null,
          defaultResourceConfigId: configId,
          externalLinks,
        });
      }
      const declared = (templateVariables ?? []).map((v) => v.name);
      const warnings = undeclaredVariables(resourceConfig, declared).map((name) => `template variable ${name} is used but not declared`);
      return { success: true, configSchemaValidationErrors: warnings, clientMutationId: input.clientMutationId ?? null };
    },
    deleteRunQueues: (_root, { input }, ctx) => {
      const queues = input.queueIDs.map((id) => {
        const queue = queueById(ctx, id);
        if (!queue) throw new GraphQLError(`run queue ${id} not found`);
        requireEntityAdmin(ctx, queue.entity, 'delete launch queues');
        return queue;
      });
      for (const queue of queues) ctx.store.runQueues.delete(key(queue.entity, queue.project, queue.name));
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
    deleteFromRunQueue: (_root, { input }, ctx) => {
      const queue = queueById(ctx, input.queueID);
      if (!queue) throw new GraphQLError(`run queue ${input.queueID} not found`);
      requireWrite(ctx, queue.entity);
      const index = queue.items.findIndex((i) => i.id === input.runQueueItemId);
      if (index < 0) throw new GraphQLError(`run queue item ${input.runQueueItemId} not found`);
      queue.items.splice(index, 1);
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
