import type { CreateFilterTriggerInput, Resolvers, TriggeredActionConfig } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { isMember, requireWrite } from '../access';
import { connection } from '../connection';
import type { FakeContext } from '../schema';
import { liveCollection } from '../artifacts/records';
import { HttpStatusError } from '../http';
import { nodeId } from '../ids';
import type { EntityRecord } from '../teams/records';
import type { FakeStore } from '../store';
import type { ProjectRecord } from '../projects/records';
import type { UserRecord } from '../users/records';
import type { TriggerActionRecord, TriggerRecord, TriggerScopeTypeValue } from './records';
import { integrationValue } from '../integrations/resolvers';

/** Event types every current server accepts; the others need an `AUTOMATION_EVENT_<type>` feature. */
const ALWAYS_SUPPORTED_EVENTS = new Set(['CREATE_ARTIFACT', 'LINK_MODEL', 'ADD_ARTIFACT_ALIAS']);
/** Action types every current server accepts; the others need an `AUTOMATION_ACTION_<type>` feature. */
const ALWAYS_SUPPORTED_ACTIONS = new Set(['NOTIFICATION', 'GENERIC_WEBHOOK']);
/** Run events, whose filters W&B stores as given; artifact events' filters come back wrapped. */
const RUN_EVENTS = new Set(['RUN_METRIC', 'RUN_METRIC_CHANGE', 'RUN_METRIC_ZSCORE', 'RUN_STATE']);

/** A scope target: its GraphQL value and the entity that owns it. */
interface ScopeTarget {
  value: { readonly __typename: string; readonly id: string; readonly name: string };
  entity: string;
  /** The project the scope lies in (for project and collection scopes). */
  project: string | null;
}

function projectById(store: FakeStore, id: string): ProjectRecord | undefined {
  for (const project of store.projects.values()) if (project.id === id) return project;
  return undefined;
}

function entityById(store: FakeStore, id: string): EntityRecord | undefined {
  for (const entity of store.entities.values()) if (entity.id === id) return entity;
  return undefined;
}

/** What a scope id points at, or `undefined` when it points nowhere. */
function scopeTarget(store: FakeStore, type: TriggerScopeTypeValue, id: string): ScopeTarget | undefined {
  if (type === 'PROJECT') {
    const project = projectById(store, id);
    return project && { value: { ...project, __typename: 'Project' }, entity: project.entity, project: project.name };
  }
  if (type === 'ENTITY') {
    const entity = entityById(store, id);
    return entity && { value: { ...entity, __typename: 'Entity' }, entity: entity.name, project: null };
  }
  // Collections are the artifacts area's sequences and portfolios; a deleted one is no scope.
  const collection = liveCollection(store, id);
  return collection && { value: collection, entity: collection.entity, project: collection.project };
}

function fail(message: string): never {
  throw new GraphQLError(message);
}

function parseObject(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail(`${what} is not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

const positiveInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** Checks a run event's `run_filter`: a Mongo filter, sent as a JSON string or an object. */
function checkRunFilter(filter: Record<string, unknown>): void {
  const runFilter = filter.run_filter;
  if (runFilter === undefined || runFilter === null) return;
  if (typeof runFilter === 'string') parseObject(runFilter, 'eventFilter.run_filter');
  else if (typeof runFilter !== 'object' || Array.isArray(runFilter)) fail('eventFilter.run_filter must be a Mongo filter');
}

function checkThreshold(t: Record<string, unknown>): void {
  if (typeof t.name !== 'string' || !t.name) fail('eventFilter: threshold_filter.name must be a metric name');
  if (!['$gt', '$gte', '$lt', '$lte'].includes(String(t.cmp_op)))
    fail(`eventFilter: threshold_filter.cmp_op must be $gt, $gte, $lt or $lte, got ${JSON.stringify(t.cmp_op)}`);
  if (!finite(t.threshold)) fail(`eventFilter: threshold_filter.threshold must be a number, got ${JSON.stringify(t.threshold)}`);
  if (t.window_size !== undefined && !positiveInt(t.window_size)) fail('eventFilter: threshold_filter.window_size must be a positive integer');
  if (t.agg_op !== undefined && t.agg_op !== null && !['MAX', 'MIN', 'AVERAGE'].includes(String(t.agg_op)))
    fail(`eventFilter: unknown agg_op ${JSON.stringify(t.agg_op)}`);
}

/**
 * Validates an input event filter for its event type and returns the filter as W&B answers it
 * afterwards: run events as given, artifact events wrapped as `{"filter": "<input>"}`.
 */
function savedFilter(eventType: string, eventFilter: string): string {
  const filter = parseObject(eventFilter, 'eventFilter');
  if (!RUN_EVENTS.has(eventType)) return JSON.stringify({ filter: eventFilter });
  checkRunFilter(filter);
  if (eventType === 'RUN_METRIC') {
    const wrapped = filter.run_metric_filter as Record<string, unknown> | undefined;
    const threshold =
      wrapped?.threshold_filter ??
      (typeof filter.metric_filter === 'string' ? parseObject(filter.metric_filter, 'eventFilter.metric_filter') : filter.metric_filter);
    if (!threshold || typeof threshold !== 'object') fail('eventFilter: a RUN_METRIC event needs run_metric_filter.threshold_filter');
    checkThreshold(threshold as Record<string, unknown>);
  } else if (eventType === 'RUN_METRIC_CHANGE') {
    const change = (filter.run_metric_filter as Record<string, unknown> | undefined)?.change_filter as Record<string, unknown> | undefined;
    if (!change || typeof change !== 'object') fail('eventFilter: a RUN_METRIC_CHANGE event needs run_metric_filter.change_filter');
    if (typeof change.name !== 'string' || !change.name) fail('eventFilter: change_filter.name must be a metric name');
    if (!['ABSOLUTE', 'RELATIVE'].includes(String(change.change_type)))
      fail(`eventFilter: change_filter.change_type must be ABSOLUTE or RELATIVE, got ${JSON.stringify(change.change_type)}`);
    if (!['INCREASE', 'DECREASE', 'ANY'].includes(String(change.change_dir)))
      fail(`eventFilter: change_filter.change_dir must be INCREASE, DECREASE or ANY, got ${JSON.stringify(change.change_dir)}`);
    if (!finite(change.change_amount) || (change.change_amount as number) <= 0)
      fail(`eventFilter: change_filter.change_amount must be a positive number, got ${JSON.stringify(change.change_amount)}`);
    for (const key of ['current_window_size', 'prior_window_size']) {
      if (change[key] !== undefined && !positiveInt(change[key])) fail(`eventFilter: change_filter.${key} must be a positive integer`);
    }
  } else if (eventType === 'RUN_STATE') {
    const states = (filter.run_state_filter as Record<string, unknown> | undefined)?.states;
    if (!Array.isArray(states) || states.length === 0) fail('eventFilter: a RUN_STATE event needs run_state_filter.states');
    for (const state of states)
      if (!['RUNNING', 'FINISHED', 'FAILED'].includes(String(state))) fail(`eventFilter: unknown run state ${JSON.stringify(state)}`);
  }
  return eventFilter;
}

/** Which scope types an event type may have. */
function checkScopeForEvent(eventType: string, scopeType: TriggerScopeTypeValue): void {
  if (RUN_EVENTS.has(eventType) && scopeType !== 'PROJECT') fail(`${eventType} automations must be scoped to a project, not ${scopeType}`);
  if (eventType === 'CREATE_ARTIFACT' && scopeType !== 'ARTIFACT_COLLECTION')
    fail(`CREATE_ARTIFACT automations must be scoped to an artifact collection, not ${scopeType}`);
}

function checkEventSupported(features: ReadonlySet<string> | undefined, eventType: string): void {
  if (features && !ALWAYS_SUPPORTED_EVENTS.has(eventType) && !features.has(`AUTOMATION_EVENT_${eventType}`)) {
    fail(
      `Variable "$input" got invalid value "${eventType}" at "input.triggeringEventType"; Value "${eventType}" does not exist in "EventTriggeringConditionType" enum.`,
    );
  }
}

function actionRecord(
  ctx: Pick<FakeContext, 'store'>,
  type: string,
  config: TriggeredActionConfig,
  entity: string,
  features: ReadonlySet<string> | undefined,
): TriggerActionRecord {
  if (features && !ALWAYS_SUPPORTED_ACTIONS.has(type) && !features.has(`AUTOMATION_ACTION_${type}`)) {
    fail(
      `Variable "$input" got invalid value "${type}" at "input.triggeredActionType"; Value "${type}" does not exist in "TriggeredActionType" enum.`,
    );
  }
  const integration = (id: string, kind: 'slack' | 'webhook') => {
    const record = ctx.store.integrations.get(id);
    if (!record) fail(`integration ${id} not found`);
    if (record.kind !== kind) fail(`integration ${id} is not a ${kind === 'slack' ? 'Slack' : 'webhook'} integration`);
    if (record.entity !== entity) fail(`integration ${id} belongs to ${record.entity}, not ${entity}`);
  };
  if (type === 'NOTIFICATION') {
    const input = config.notificationActionInput;
    if (!input) fail('a NOTIFICATION action needs triggeredActionConfig.notificationActionInput');
    integration(input.integrationID, 'slack');
    return { type, integrationId: input.integrationID, title: input.title ?? null, message: input.message ?? null, severity: input.severity ?? null };
  }
  if (type === 'GENERIC_WEBHOOK') {
    const input = config.genericWebhookActionInput;
    if (!input) fail('a GENERIC_WEBHOOK action needs triggeredActionConfig.genericWebhookActionInput');
    integration(input.integrationID, 'webhook');
    if (input.requestPayload !== undefined && input.requestPayload !== null) parseObject(input.requestPayload, 'requestPayload');
    return { type, integrationId: input.integrationID, requestPayload: input.requestPayload ?? null };
  }
  if (type === 'NO_OP') return { type };
  fail(`${type} actions are not supported by this server`);
}

/** Input of {@link createTrigger}: W&B's `CreateFilterTriggerInput`. */
export type TriggerInput = CreateFilterTriggerInput;

/** Options of {@link createTrigger}. */
export interface CreateTriggerOptions {
  /** Refuse event and action types these server features do not enable (omit to accept all). */
  features?: ReadonlySet<string>;
  /** Require the creator to be a member of the owning entity. */
  enforceAccess?: boolean;
}

function requireUniqueName(store: FakeStore, entity: string, name: string, except?: string): void {
  for (const t of store.triggers.values()) {
    if (t.entity === entity && t.name === name && t.id !== except)
      throw new HttpStatusError(`conflict: an automation named ${JSON.stringify(name)} already exists in ${entity}`, 409);
  }
}

/**
 * Checks a new automation for a scope owned by `entity` as W&B does, all but whether the scope
 * exists (so a seed can check before it creates the scope).
 * @returns the filter and action as stored
 */
export function checkTriggerInput(
  ctx: Pick<FakeContext, 'store' | 'viewer'>,
  input: Omit<TriggerInput, 'scopeID'>,
  entity: string,
  options: CreateTriggerOptions = {},
): { filter: string; action: TriggerActionRecord } {
  if (!input.name.trim()) fail('an automation needs a name');
  if (options.enforceAccess) requireWrite(ctx as FakeContext, entity);
  checkEventSupported(options.features, input.triggeringEventType);
  checkScopeForEvent(input.triggeringEventType, input.scopeType);
  const filter = savedFilter(input.triggeringEventType, input.eventFilter);
  const action = actionRecord(ctx, input.triggeredActionType, input.triggeredActionConfig, entity, options.features);
  requireUniqueName(ctx.store, entity, input.name);
  return { filter, action };
}

/** Validates a new automation like W&B does and stores it. */
export function createTrigger(ctx: Pick<FakeContext, 'store' | 'viewer'>, input: TriggerInput, options: CreateTriggerOptions = {}): TriggerRecord {
  if (!input.name.trim()) fail('an automation needs a name');
  const target = scopeTarget(ctx.store, input.scopeType, input.scopeID);
  if (!target) fail(`${input.scopeType.toLowerCase().replace('_', ' ')} ${input.scopeID} not found`);
  const { filter, action } = checkTriggerInput(ctx, input, target.entity, options);
  const now = ctx.store.tick();
  const record: TriggerRecord = {
    id: nodeId('Trigger', String(ctx.store.nextId())),
    entity: target.entity,
    name: input.name,
    description: input.description ?? null,
    enabled: input.enabled,
    scope: { type: input.scopeType, id: input.scopeID },
    eventType: input.triggeringEventType,
    filter,
    action,
    createdBy: ctx.viewer.username,
    createdAt: now,
    updatedAt: now,
  };
  ctx.store.triggers.set(record.id, record);
  return record;
}

/** The triggers whose scope lies in a project: the project itself, or one of its collections. */
function triggersOfProject(store: FakeStore, project: ProjectRecord): TriggerRecord[] {
  return [...store.triggers.values()].filter((t) => {
    if (t.scope.type === 'PROJECT') return t.scope.id === project.id;
    if (t.scope.type !== 'ARTIFACT_COLLECTION') return false;
    const collection = store.artifactCollections.get(t.scope.id);
    return collection !== undefined && collection.entity === project.entity && collection.project === project.name;
  });
}

const TRIGGER_ORDER: Record<string, (t: TriggerRecord) => string> = {
  createdAt: (t) => t.createdAt,
  updatedAt: (t) => t.updatedAt,
  name: (t) => t.name,
};

function orderTriggers(triggers: TriggerRecord[], order: string | null | undefined): TriggerRecord[] {
  if (!order) return triggers;
  const key = TRIGGER_ORDER[order.replace(/^[+-]/, '')];
  if (!key) fail(`cannot order automations by ${order}`);
  const sign = order.startsWith('-') ? -1 : 1;
  return [...triggers].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The entity triggers `filters` argument: the fake understands a name, plain or `{"$eq": ...}`. */
function filterTriggers(triggers: TriggerRecord[], filters: string | null | undefined): TriggerRecord[] {
  if (!filters) return triggers;
  const parsed = parseObject(filters, 'filters');
  for (const key of Object.keys(parsed)) if (key !== 'name') fail(`this server cannot filter automations by ${key}`);
  if (!('name' in parsed)) return triggers;
  const wanted = parsed.name !== null && typeof parsed.name === 'object' ? (parsed.name as Record<string, unknown>).$eq : parsed.name;
  if (typeof wanted !== 'string') fail('filters.name must be a string');
  return triggers.filter((t) => t.name === wanted);
}

function requireUpdates(features: ReadonlySet<string>): void {
  // Servers that predate NO_OP actions cannot edit automations at all.
  if (!features.has('AUTOMATION_ACTION_NO_OP')) fail('Cannot query field "updateFilterTrigger" on type "Mutation".');
}

function actionValue(ctx: FakeContext, action: TriggerActionRecord) {
  if (action.type === 'NO_OP') return { __typename: 'NoOpTriggeredAction' as const, noOp: true };
  const record = ctx.store.integrations.get(action.integrationId);
  // A deleted integration still has to answer the non-null `integration` field.
  const integration = integrationValue(
    record ??
      (action.type === 'NOTIFICATION'
        ? { kind: 'slack', id: action.integrationId, entity: '', teamName: '', channelName: '', createdAt: '' }
        : { kind: 'webhook', id: action.integrationId, entity: '', name: '', urlEndpoint: '', createdAt: '' }),
  );
  if (action.type === 'NOTIFICATION') {
    return {
      __typename: 'NotificationTriggeredAction' as const,
      integration,
      title: action.title,
      message: action.message,
      severity: action.severity,
    };
  }
  return { __typename: 'GenericWebhookTriggeredAction' as const, integration, requestPayload: action.requestPayload };
}

export const automationResolvers: Resolvers = {
  Entity: {
    triggers: (entity, args, ctx) => {
      // Servers without this feature have no Entity.triggers field.
      if (!ctx.features.has('QUERY_AUTOMATIONS_ON_ENTITY')) fail('Cannot query field "triggers" on type "Entity".');
      if (!isMember(ctx, entity)) fail(`permission denied: you are not a member of ${entity.name}`);
      const own = [...ctx.store.triggers.values()].filter((t) => t.entity === entity.name);
      return connection(orderTriggers(filterTriggers(own, args.filters), args.order), args, (t) => t.id);
    },
  },
  Project: {
    triggers: (project, _args, ctx) => (isMember(ctx, project.entity) ? triggersOfProject(ctx.store, project) : []),
  },
  Trigger: {
    scope: (trigger, _args, ctx) => {
      const target = scopeTarget(ctx.store, trigger.scope.type, trigger.scope.id);
      if (target) return target.value;
      // A deleted collection keeps its record (state DELETED), so its kind and name still answer.
      const collection = trigger.scope.type === 'ARTIFACT_COLLECTION' ? ctx.store.artifactCollections.get(trigger.scope.id) : undefined;
      if (collection) return collection;
      // The scope was deleted after the automation was made; W&B still answers its id.
      const typename = trigger.scope.type === 'PROJECT' ? 'Project' : trigger.scope.type === 'ENTITY' ? 'Entity' : 'ArtifactSequence';
      return { __typename: typename, id: trigger.scope.id, name: '' };
    },
    triggeringCondition: (trigger) => ({
      __typename: 'FilterEventTriggeringCondition' as const,
      eventType: trigger.eventType,
      filter: trigger.filter,
    }),
    triggeredAction: (trigger, _args, ctx) => actionValue(ctx, trigger.action),
    createdBy: (trigger: TriggerRecord, _args, ctx): UserRecord => ctx.store.users.get(trigger.createdBy) ?? ctx.viewer,
  },
  Mutation: {
    createFilterTrigger: (_root, { input }, ctx) => {
      const trigger = createTrigger(ctx, input, { features: ctx.features, enforceAccess: true });
      return { trigger, clientMutationId: input.clientMutationId ?? null };
    },
    updateFilterTrigger: (_root, { input }, ctx) => {
      requireUpdates(ctx.features);
      const trigger = ctx.store.triggers.get(input.id);
      if (!trigger) throw new HttpStatusError(`automation ${input.id} not found`, 404);
      requireWrite(ctx, trigger.entity);
      const scopeType = input.scopeType ?? trigger.scope.type;
      const scopeId = input.scopeID ?? trigger.scope.id;
      const target = scopeTarget(ctx.store, scopeType, scopeId);
      if (!target) fail(`${scopeType.toLowerCase().replace('_', ' ')} ${scopeId} not found`);
      requireWrite(ctx, target.entity);
      const eventType = input.triggeringEventType ?? trigger.eventType;
      if (eventType !== trigger.eventType) checkEventSupported(ctx.features, eventType);
      checkScopeForEvent(eventType, scopeType);
      let filter = trigger.filter;
      if (input.eventFilter !== undefined && input.eventFilter !== null) filter = savedFilter(eventType, input.eventFilter);
      else if (input.triggeringEventType && input.triggeringEventType !== trigger.eventType) fail('changing the event type needs a new eventFilter');
      let action = trigger.action;
      if (input.triggeredActionType || input.triggeredActionConfig) {
        action = actionRecord(ctx, input.triggeredActionType ?? trigger.action.type, input.triggeredActionConfig ?? {}, target.entity, ctx.features);
      } else if (action.type !== 'NO_OP' && target.entity !== trigger.entity) {
        fail('moving an automation to another entity needs an action with an integration of that entity');
      }
      const name = input.name ?? trigger.name;
      if (!name.trim()) fail('an automation needs a name');
      requireUniqueName(ctx.store, target.entity, name, trigger.id);
      Object.assign(trigger, {
        name,
        description: input.description !== undefined ? input.description : trigger.description,
        enabled: input.enabled ?? trigger.enabled,
        entity: target.entity,
        scope: { type: scopeType, id: scopeId },
        eventType,
        filter,
        action,
        updatedAt: ctx.store.tick(),
      });
      return { trigger, clientMutationId: input.clientMutationId ?? null };
    },
    deleteTrigger: (_root, { input }, ctx) => {
      const trigger = ctx.store.triggers.get(input.triggerID);
      if (!trigger) fail(`automation ${input.triggerID} not found`);
      requireWrite(ctx, trigger.entity);
      ctx.store.triggers.delete(trigger.id);
      return { success: true, clientMutationId: input.clientMutationId ?? null };
    },
  },
};
