/**
 * Automations in W&B's wire format: the `CreateFilterTriggerInput` / `UpdateFilterTriggerInput`
 * the server takes, and the saved triggers it answers, turned into the SDK's discriminated
 * unions and back. W&B encodes event conditions as JSON text:
 * - run metric events: `{"run_filter": "<json>", "run_metric_filter": {"threshold_filter" | "change_filter": {...}}}`
 * - run state events: `{"run_filter": "<json>", "run_state_filter": {"states": [...]}}`
 * - artifact events: `{"$or": [{"$and": [conditions]}]}`, answered back wrapped as `{"filter": "<json>"}`.
 */
import type {
  AutomationFieldsFragment,
  CreateFilterTriggerInput,
  EventTriggeringConditionType,
  TriggeredActionConfig,
  TriggeredActionType,
  TriggerScopeType,
} from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { ArtifactCollection } from '../artifacts/ArtifactCollection';
import { describeValue, InvalidArgumentError } from '../client/errors';
import { Project } from '../projects/Project';
import { SlackIntegration } from '../integrations/SlackIntegration';
import { WebhookIntegration } from '../integrations/WebhookIntegration';
import type {
  AutomationAction,
  AutomationEvent,
  AutomationScope,
  MetricAggregation,
  MetricComparison,
  MongoFilter,
  NotificationSeverity,
  SavedAutomationAction,
  SavedAutomationEvent,
  WatchedRunState,
} from './types';

/** Event types every current W&B server accepts; others need an `AUTOMATION_EVENT_<type>` feature. */
const ALWAYS_SUPPORTED_EVENTS: ReadonlySet<string> = new Set(['CREATE_ARTIFACT', 'LINK_MODEL', 'ADD_ARTIFACT_ALIAS']);
/** Action types every current W&B server accepts; others need an `AUTOMATION_ACTION_<type>` feature. */
const ALWAYS_SUPPORTED_ACTIONS: ReadonlySet<string> = new Set(['NOTIFICATION', 'GENERIC_WEBHOOK']);

const EVENT_TYPES: Record<AutomationEvent['type'], EventTriggeringConditionType> = {
  runMetricThreshold: 'RUN_METRIC',
  runMetricChange: 'RUN_METRIC_CHANGE',
  runState: 'RUN_STATE',
  linkArtifact: 'LINK_MODEL',
  addArtifactAlias: 'ADD_ARTIFACT_ALIAS',
  createArtifact: 'CREATE_ARTIFACT',
};

const ACTION_TYPES: Record<AutomationAction['type'], TriggeredActionType> = {
  slackNotification: 'NOTIFICATION',
  webhook: 'GENERIC_WEBHOOK',
  noOp: 'NO_OP',
};

const SCOPE_TYPES: Record<AutomationScope['type'], TriggerScopeType> = {
  project: 'PROJECT',
  artifactCollection: 'ARTIFACT_COLLECTION',
  entity: 'ENTITY',
};

const COMPARISONS: Record<string, string> = {
  '>': '$gt',
  '>=': '$gte',
  '<': '$lt',
  '<=': '$lte',
  $gt: '$gt',
  $gte: '$gte',
  $lt: '$lt',
  $lte: '$lte',
};
const AGGREGATIONS: Record<MetricAggregation, string> = { max: 'MAX', min: 'MIN', average: 'AVERAGE' };
const RUN_STATES: Record<WatchedRunState, string> = { running: 'RUNNING', finished: 'FINISHED', failed: 'FAILED', crashed: 'FAILED' };
const SEVERITIES: ReadonlySet<string> = new Set(['INFO', 'WARN', 'ERROR']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checkString(value: unknown, argument: string): string {
  if (typeof value !== 'string' || !value.trim())
    throw new InvalidArgumentError(argument, `${argument} must be a non-empty string, got ${describeValue(value)}`);
  return value;
}

function checkFilter(value: unknown, argument: string): MongoFilter | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value))
    throw new InvalidArgumentError(argument, `${argument} must be a MongoDB-style filter object, got ${describeValue(value)}`);
  try {
    JSON.stringify(value);
  } catch (e) {
    throw new InvalidArgumentError(argument, `${argument} cannot be encoded as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return value;
}

function checkPositiveInt(value: unknown, argument: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new InvalidArgumentError(argument, `${argument} must be a whole number of at least 1, got ${describeValue(value)}`);
  return value;
}

function checkAgg(value: unknown, argument: string): string | null {
  if (value === undefined) return null;
  const agg = AGGREGATIONS[value as MetricAggregation];
  if (typeof value !== 'string' || !agg)
    throw new InvalidArgumentError(argument, `${argument} must be 'max', 'min' or 'average', got ${describeValue(value)}`);
  return agg;
}

/** The scope's wire type and id; a `Project` or an `ArtifactCollection` counts as a scope of its kind. */
function encodeScope(scope: unknown, allowed: readonly AutomationScope['type'][]): { scopeType: TriggerScopeType; scopeID: string } {
  if (scope instanceof Project) scope = { type: 'project', id: scope.id };
  else if (scope instanceof ArtifactCollection) scope = { type: 'artifactCollection', id: scope.id };
  if (!isPlainObject(scope))
    throw new InvalidArgumentError(
      'event.scope',
      `event.scope must be a scope object, a Project or an ArtifactCollection, got ${describeValue(scope)}`,
    );
  const type = scope.type as AutomationScope['type'];
  if (!SCOPE_TYPES[type])
    throw new InvalidArgumentError(
      'event.scope.type',
      `event.scope.type must be 'project', 'artifactCollection' or 'entity', got ${describeValue(scope.type)}`,
    );
  if (!allowed.includes(type))
    throw new InvalidArgumentError(
      'event.scope.type',
      `this event cannot be scoped to ${JSON.stringify(type)}; it takes ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`,
    );
  return { scopeType: SCOPE_TYPES[type], scopeID: checkString(scope.id, 'event.scope.id') };
}

/** `{"$and": [...]}` around a run filter, as W&B wants it (and as JSON text). */
function encodeRunFilter(filter: MongoFilter | undefined): string {
  if (!filter || Object.keys(filter).length === 0) return JSON.stringify({ $and: [] });
  const keys = Object.keys(filter);
  if (keys.length === 1 && keys[0] === '$and' && Array.isArray(filter.$and)) return JSON.stringify(filter);
  return JSON.stringify({ $and: [filter] });
}

/** The conditions of an artifact event, as `{"$or": [{"$and": [...]}]}`. */
function encodeArtifactFilter(alias: unknown, filter: MongoFilter | undefined): string {
  const conditions: unknown[] = [];
  if (alias !== undefined) conditions.push({ alias: { $eq: checkString(alias, 'event.alias') } });
  if (filter && Object.keys(filter).length > 0) {
    const keys = Object.keys(filter);
    if (keys.length === 1 && keys[0] === '$and' && Array.isArray(filter.$and)) conditions.push(...(filter.$and as unknown[]));
    else conditions.push(filter);
  }
  return JSON.stringify({ $or: [{ $and: conditions }] });
}

/** An event in wire terms. */
export interface WireEvent {
  scopeType: TriggerScopeType;
  scopeID: string;
  triggeringEventType: EventTriggeringConditionType;
  eventFilter: string;
}

/**
 * Checks an event and encodes it. Every problem is an {@link InvalidArgumentError} naming the
 * offending field (`event.threshold`, `event.scope.type`, ...), raised before anything is sent.
 */
export function encodeEvent(event: unknown): WireEvent {
  if (!isPlainObject(event)) throw new InvalidArgumentError('event', `event must be an automation event object, got ${describeValue(event)}`);
  const type = event.type as AutomationEvent['type'];
  const triggeringEventType = typeof type === 'string' ? EVENT_TYPES[type] : undefined;
  if (!triggeringEventType) {
    throw new InvalidArgumentError(
      'event.type',
      `event.type must be one of ${Object.keys(EVENT_TYPES)
        .map((t) => JSON.stringify(t))
        .join(', ')}; got ${describeValue(event.type)}`,
    );
  }
  if (type === 'runMetricThreshold' || type === 'runMetricChange' || type === 'runState') {
    const scope = encodeScope(event.scope, ['project']);
    const run_filter = encodeRunFilter(checkFilter(event.runFilter, 'event.runFilter'));
    let body: Record<string, unknown>;
    if (type === 'runState') {
      const states = event.states;
      if (!Array.isArray(states) || states.length === 0)
        throw new InvalidArgumentError('event.states', `event.states must be a non-empty list of run states, got ${describeValue(states)}`);
      const wire = states.map((s) => {
        const state = typeof s === 'string' ? RUN_STATES[s.toLowerCase() as WatchedRunState] : undefined;
        if (!state)
          throw new InvalidArgumentError(
            'event.states',
            `event.states may hold 'running', 'finished', 'failed' and 'crashed', not ${describeValue(s)}`,
          );
        return state;
      });
      body = { run_filter, run_state_filter: { states: [...new Set(wire)].sort() } };
    } else {
      const name = checkString(event.metric, 'event.metric');
      const agg_op = checkAgg(event.agg, 'event.agg');
      const window = checkPositiveInt(event.window, 'event.window') ?? 1;
      if (type === 'runMetricThreshold') {
        const cmp_op = typeof event.cmp === 'string' ? COMPARISONS[event.cmp] : undefined;
        if (!cmp_op) throw new InvalidArgumentError('event.cmp', `event.cmp must be '>', '>=', '<' or '<=', got ${describeValue(event.cmp)}`);
        if (typeof event.threshold !== 'number' || !Number.isFinite(event.threshold)) {
          throw new InvalidArgumentError('event.threshold', `event.threshold must be a finite number, got ${describeValue(event.threshold)}`);
        }
        body = { run_filter, run_metric_filter: { threshold_filter: { name, agg_op, window_size: window, cmp_op, threshold: event.threshold } } };
      } else {
        if (event.change !== 'absolute' && event.change !== 'relative')
          throw new InvalidArgumentError('event.change', `event.change must be 'absolute' or 'relative', got ${describeValue(event.change)}`);
        if (event.direction !== 'increase' && event.direction !== 'decrease' && event.direction !== 'any') {
          throw new InvalidArgumentError(
            'event.direction',
            `event.direction must be 'increase', 'decrease' or 'any', got ${describeValue(event.direction)}`,
          );
        }
        if (typeof event.amount !== 'number' || !Number.isFinite(event.amount) || event.amount <= 0) {
          throw new InvalidArgumentError('event.amount', `event.amount must be a positive number, got ${describeValue(event.amount)}`);
        }
        const prior = checkPositiveInt(event.priorWindow, 'event.priorWindow') ?? window;
        body = {
          run_filter,
          run_metric_filter: {
            change_filter: {
              name,
              agg_op,
              current_window_size: window,
              prior_window_size: prior,
              change_type: event.change.toUpperCase(),
              change_dir: event.direction.toUpperCase(),
              change_amount: event.amount,
            },
          },
        };
      }
    }
    return { ...scope, triggeringEventType, eventFilter: JSON.stringify(body) };
  }
  const allowed: AutomationScope['type'][] = type === 'createArtifact' ? ['artifactCollection'] : ['artifactCollection', 'project', 'entity'];
  const scope = encodeScope(event.scope, allowed);
  return { ...scope, triggeringEventType, eventFilter: encodeArtifactFilter(event.alias, checkFilter(event.filter, 'event.filter')) };
}

/** An action in wire terms. */
export interface WireAction {
  triggeredActionType: TriggeredActionType;
  triggeredActionConfig: TriggeredActionConfig;
}

/** Checks an action and encodes it; problems are {@link InvalidArgumentError}s naming the field. */
export function encodeAction(action: unknown): WireAction {
  if (!isPlainObject(action)) throw new InvalidArgumentError('action', `action must be an automation action object, got ${describeValue(action)}`);
  const type = action.type as AutomationAction['type'];
  const triggeredActionType = typeof type === 'string' ? ACTION_TYPES[type] : undefined;
  if (!triggeredActionType) {
    throw new InvalidArgumentError(
      'action.type',
      `action.type must be one of ${Object.keys(ACTION_TYPES)
        .map((t) => JSON.stringify(t))
        .join(', ')}; got ${describeValue(action.type)}`,
    );
  }
  if (type === 'noOp') return { triggeredActionType, triggeredActionConfig: { noOpActionInput: { noOp: true } } };
  const integrationID = checkString(action.integrationId, 'action.integrationId');
  if (type === 'slackNotification') {
    const severity = action.severity === undefined ? 'INFO' : typeof action.severity === 'string' ? action.severity.toUpperCase() : '';
    if (!SEVERITIES.has(severity))
      throw new InvalidArgumentError('action.severity', `action.severity must be 'INFO', 'WARN' or 'ERROR', got ${describeValue(action.severity)}`);
    for (const field of ['title', 'message'] as const) {
      if (action[field] !== undefined && typeof action[field] !== 'string')
        throw new InvalidArgumentError(`action.${field}`, `action.${field} must be a string, got ${describeValue(action[field])}`);
    }
    return {
      triggeredActionType,
      triggeredActionConfig: {
        notificationActionInput: {
          integrationID,
          title: (action.title as string | undefined) ?? '',
          message: (action.message as string | undefined) ?? '',
          severity: severity as NotificationSeverity,
        },
      },
    };
  }
  if (action.payload !== undefined && !isPlainObject(action.payload))
    throw new InvalidArgumentError('action.payload', `action.payload must be a JSON object, got ${describeValue(action.payload)}`);
  let requestPayload: string | undefined;
  try {
    requestPayload = action.payload === undefined ? undefined : JSON.stringify(action.payload);
  } catch (e) {
    throw new InvalidArgumentError('action.payload', `action.payload cannot be encoded as JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    triggeredActionType,
    triggeredActionConfig: { genericWebhookActionInput: { integrationID, ...(requestPayload !== undefined ? { requestPayload } : {}) } },
  };
}

/** Checks the name, description and enabled flag of an automation. */
export function checkMeta(meta: { name?: unknown; description?: unknown; enabled?: unknown }, nameRequired: boolean): void {
  if (nameRequired || meta.name !== undefined) checkString(meta.name, 'name');
  if (meta.description !== undefined && meta.description !== null && typeof meta.description !== 'string') {
    throw new InvalidArgumentError('description', `description must be a string, got ${describeValue(meta.description)}`);
  }
  if (meta.enabled !== undefined && typeof meta.enabled !== 'boolean')
    throw new InvalidArgumentError('enabled', `enabled must be true or false, got ${describeValue(meta.enabled)}`);
}

/** The `CreateFilterTriggerInput` for a new automation (checked first). */
export function toCreateInput(automation: unknown): CreateFilterTriggerInput {
  if (!isPlainObject(automation))
    throw new InvalidArgumentError('automation', `automation must be an object with name, event and action, got ${describeValue(automation)}`);
  checkMeta(automation, true);
  const event = encodeEvent(automation.event);
  const action = encodeAction(automation.action);
  return {
    name: automation.name as string,
    ...(typeof automation.description === 'string' ? { description: automation.description } : {}),
    enabled: (automation.enabled as boolean | undefined) ?? true,
    ...event,
    ...action,
  };
}

/** The server features an event and action need, beyond what every server has. */
export function featuresNeeded(eventType: string | undefined, actionType: string | undefined): string[] {
  const needed: string[] = [];
  if (eventType && !ALWAYS_SUPPORTED_EVENTS.has(eventType)) needed.push(`AUTOMATION_EVENT_${eventType}`);
  if (actionType && !ALWAYS_SUPPORTED_ACTIONS.has(actionType)) needed.push(`AUTOMATION_ACTION_${actionType}`);
  return needed;
}

// ── decoding saved automations ──

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** A saved run filter, without the `$and` wrapper W&B adds (`undefined` when it says nothing). */
function decodeRunFilter(value: unknown): MongoFilter | undefined {
  const filter = parseJson(value);
  if (!isPlainObject(filter)) return undefined;
  const keys = Object.keys(filter);
  if (keys.length === 1 && keys[0] === '$and' && Array.isArray(filter.$and)) {
    if (filter.$and.length === 0) return undefined;
    if (filter.$and.length === 1 && isPlainObject(filter.$and[0])) return filter.$and[0];
  }
  return keys.length ? filter : undefined;
}

function decodeAgg(value: unknown): MetricAggregation | undefined {
  return typeof value === 'string'
    ? (Object.keys(AGGREGATIONS) as MetricAggregation[]).find((k) => AGGREGATIONS[k] === value.toUpperCase())
    : undefined;
}

const CMP_BACK: Record<string, MetricComparison> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

/** The conditions inside `{"$or": [{"$and": [...]}]}`, or the filter itself as one condition. */
function artifactConditions(filter: unknown): unknown[] {
  if (!isPlainObject(filter) || Object.keys(filter).length === 0) return [];
  const or = filter.$or;
  if (Object.keys(filter).length === 1 && Array.isArray(or) && or.length === 1 && isPlainObject(or[0])) {
    const inner = or[0];
    if (Object.keys(inner).length === 1 && Array.isArray(inner.$and)) return inner.$and;
    return [inner];
  }
  const and = filter.$and;
  if (Object.keys(filter).length === 1 && Array.isArray(and)) return and;
  return [filter];
}

function aliasOf(condition: unknown): string | undefined {
  if (!isPlainObject(condition) || Object.keys(condition).length !== 1 || !isPlainObject(condition.alias)) return undefined;
  const op = condition.alias;
  return Object.keys(op).length === 1 && typeof op.$eq === 'string' ? op.$eq : undefined;
}

const SAVED_EVENT_TYPES: Partial<Record<string, AutomationEvent['type']>> = Object.fromEntries(
  Object.entries(EVENT_TYPES).map(([k, v]) => [v, k as AutomationEvent['type']]),
);

/** Turns a saved trigger's condition into the SDK's event, or an {@link OtherEvent} when it cannot. */
export function decodeEvent(eventType: string, rawFilter: string, scope: AutomationScope): SavedAutomationEvent {
  const other: SavedAutomationEvent = { type: 'other', eventType, scope, rawFilter };
  const type = SAVED_EVENT_TYPES[eventType];
  const saved = parseJson(rawFilter);
  if (!type || !isPlainObject(saved)) return other;
  if (type === 'linkArtifact' || type === 'addArtifactAlias' || type === 'createArtifact') {
    const wrapped = Object.keys(saved).length === 1 && 'filter' in saved ? parseJson(saved.filter) : saved;
    const conditions = [...artifactConditions(wrapped)];
    const aliasAt = conditions.findIndex((c) => aliasOf(c) !== undefined);
    const alias = aliasAt >= 0 ? aliasOf(conditions.splice(aliasAt, 1)[0]) : undefined;
    const filter =
      conditions.length === 0 ? undefined : conditions.length === 1 && isPlainObject(conditions[0]) ? conditions[0] : { $and: conditions };
    const base = { ...(alias !== undefined ? { alias } : {}), ...(filter ? { filter } : {}) };
    if (type === 'createArtifact') return scope.type === 'artifactCollection' ? { type, scope, ...base } : other;
    return { type, scope, ...base };
  }
  if (scope.type !== 'project') return other;
  const runFilter = decodeRunFilter(saved.run_filter);
  const run = { scope, ...(runFilter ? { runFilter } : {}) };
  const metricFilter = isPlainObject(saved.run_metric_filter) ? saved.run_metric_filter : {};
  if (type === 'runState') {
    const states = isPlainObject(saved.run_state_filter) ? saved.run_state_filter.states : undefined;
    if (!Array.isArray(states) || !states.every((s) => typeof s === 'string')) return other;
    return { type, ...run, states: states.map((s: string) => s.toLowerCase() as WatchedRunState) };
  }
  if (type === 'runMetricThreshold') {
    const t = isPlainObject(metricFilter.threshold_filter) ? metricFilter.threshold_filter : parseJson(saved.metric_filter);
    if (!isPlainObject(t) || typeof t.name !== 'string' || typeof t.threshold !== 'number' || !CMP_BACK[String(t.cmp_op)]) return other;
    const agg = decodeAgg(t.agg_op);
    return {
      type,
      ...run,
      metric: t.name,
      cmp: CMP_BACK[String(t.cmp_op)] as MetricComparison,
      threshold: t.threshold,
      ...(agg ? { agg } : {}),
      // Defaults are left out, so a saved event equals the event it was created from.
      ...(typeof t.window_size === 'number' && t.window_size !== 1 ? { window: t.window_size } : {}),
    };
  }
  const c = metricFilter.change_filter;
  if (!isPlainObject(c) || typeof c.name !== 'string' || typeof c.change_amount !== 'number') return other;
  const change = String(c.change_type).toLowerCase();
  const direction = String(c.change_dir).toLowerCase();
  if ((change !== 'absolute' && change !== 'relative') || (direction !== 'increase' && direction !== 'decrease' && direction !== 'any')) return other;
  const agg = decodeAgg(c.agg_op);
  return {
    type: 'runMetricChange',
    ...run,
    metric: c.name,
    change,
    direction,
    amount: c.change_amount,
    ...(agg ? { agg } : {}),
    ...(typeof c.current_window_size === 'number' && c.current_window_size !== 1 ? { window: c.current_window_size } : {}),
    ...(typeof c.prior_window_size === 'number' && c.prior_window_size !== (c.current_window_size ?? 1) ? { priorWindow: c.prior_window_size } : {}),
  };
}

/** The wire form of a saved event the SDK does not model: its type and its filter as it was given. */
export function encodeOtherEvent(event: { eventType: string; rawFilter: string }): {
  triggeringEventType: EventTriggeringConditionType;
  eventFilter: string;
} {
  const saved = parseJson(event.rawFilter);
  // Saved artifact filters come back wrapped in {"filter": ...}; the input wants what is inside.
  const inner = isPlainObject(saved) && Object.keys(saved).length === 1 && 'filter' in saved ? saved.filter : undefined;
  const eventFilter = inner === undefined ? event.rawFilter : typeof inner === 'string' ? inner : JSON.stringify(inner);
  return { triggeringEventType: event.eventType as EventTriggeringConditionType, eventFilter };
}

/** The scope of a saved trigger. */
export function decodeScope(scope: AutomationFieldsFragment['scope']): AutomationScope {
  switch (scope.__typename) {
    case 'Project':
      return { type: 'project', id: scope.id, name: scope.name };
    case 'Entity':
      return { type: 'entity', id: scope.id, name: scope.name };
    case 'ArtifactPortfolio':
      return { type: 'artifactCollection', id: scope.id, name: scope.name, kind: 'portfolio' };
    default:
      return { type: 'artifactCollection', id: scope.id, name: scope.name, kind: 'sequence' };
  }
}

/** The action of a saved trigger, with its integration as an SDK object. */
export function decodeAction(ctx: SdkContext, action: AutomationFieldsFragment['action']): SavedAutomationAction {
  if (action.__typename === 'NoOpTriggeredAction') return { type: 'noOp' };
  if (action.__typename === 'NotificationTriggeredAction' && action.integration.__typename === 'SlackIntegration') {
    const severity = action.severity && SEVERITIES.has(action.severity) ? action.severity : 'INFO';
    return {
      type: 'slackNotification',
      integrationId: action.integration.id,
      integration: new SlackIntegration(ctx, action.integration),
      title: action.title ?? '',
      message: action.message ?? '',
      severity,
    };
  }
  if (action.__typename === 'GenericWebhookTriggeredAction' && action.integration.__typename === 'GenericWebhookIntegration') {
    const payload = parseJson(action.requestPayload);
    return {
      type: 'webhook',
      integrationId: action.integration.id,
      integration: new WebhookIntegration(ctx, action.integration),
      ...(isPlainObject(payload) ? { payload } : {}),
    };
  }
  return { type: 'other', typename: action.__typename };
}
