import type { EventTriggeringConditionType } from '../../../generated/resolvers';
import { findCollection, newCollection, type ArtifactCollectionRecord } from '../artifacts/records';
import { builder, missingRecord, seedError, type SeedScope } from '../seedBuilder';
import {
  boolean,
  byType,
  either,
  nonBlankString,
  nonEmptyString,
  oneOf,
  optional,
  plainObject,
  shape,
  string,
  variants,
  wandbName,
} from '../seedCheck';
import type { TriggerRecord, TriggerScopeTypeValue } from './records';
import { checkTriggerInput, createTrigger, type TriggerInput } from './resolvers';

/**
 * Where a seeded automation applies. A `collection` is an artifact collection of the artifacts
 * tables (one `fake.seed.artifact()` or `fake.seed.link()` made); a missing one is created empty,
 * as a sequence or, with `portfolio`, a portfolio of artifacts of `type` (default `model`).
 */
export type AutomationScopeSeed =
  | { project: string; entity?: string }
  | { collection: string; project: string; entity?: string; portfolio?: boolean; type?: string }
  | { entity: string };

type CollectionScope = Extract<AutomationScopeSeed, { collection: string }>;

/** The action of a seeded automation, in W&B's terms. */
export type AutomationActionSeed =
  | { type: 'NOTIFICATION'; integrationId: string; title?: string; message?: string; severity?: 'INFO' | 'WARN' | 'ERROR' }
  | { type: 'GENERIC_WEBHOOK'; integrationId: string; requestPayload?: Record<string, unknown> }
  | { type: 'NO_OP' };

/**
 * Fields of `fake.seed.automation()`. Projects, collections and entities named in the scope are
 * created when missing, once the automation passed the checks W&B makes of a new one.
 */
export interface AutomationSeed {
  name: string;
  description?: string;
  /** @defaultValue true */
  enabled?: boolean;
  scope: AutomationScopeSeed;
  /**
   * W&B's event type (`RUN_METRIC`, `RUN_METRIC_CHANGE`, `RUN_STATE`, `LINK_MODEL`,
   * `ADD_ARTIFACT_ALIAS`, `CREATE_ARTIFACT`, ...).
   * @defaultValue `RUN_METRIC` for a project scope, else `LINK_MODEL`
   */
  eventType?: string;
  /**
   * The event filter as sent when creating one (object or JSON string). @defaultValue `loss < 0.1`
   * for `RUN_METRIC`, no condition (`{"$or":[{"$and":[]}]}`) for artifact events
   */
  eventFilter?: Record<string, unknown> | string;
  /** @defaultValue `{ type: 'NO_OP' }` */
  action?: AutomationActionSeed;
  /** Username of the creator (a user seeded before). @defaultValue the viewer */
  createdBy?: string;
}

/** The default filter of each event type a seed may leave out. */
function defaultEventFilter(eventType: string): Record<string, unknown> {
  if (eventType === 'RUN_METRIC') {
    return {
      run_filter: JSON.stringify({ $and: [] }),
      run_metric_filter: { threshold_filter: { name: 'loss', agg_op: null, window_size: 1, cmp_op: '$lt', threshold: 0.1 } },
    };
  }
  if (eventType === 'RUN_METRIC_CHANGE') {
    return {
      run_filter: JSON.stringify({ $and: [] }),
      run_metric_filter: {
        change_filter: {
          name: 'loss',
          agg_op: null,
          current_window_size: 1,
          prior_window_size: 1,
          change_type: 'RELATIVE',
          change_dir: 'ANY',
          change_amount: 0.1,
        },
      },
    };
  }
  if (eventType === 'RUN_STATE') return { run_filter: JSON.stringify({ $and: [] }), run_state_filter: { states: ['FAILED'] } };
  return { $or: [{ $and: [] }] };
}

/** The field of an automation seed that a W&B validation message is about. */
const TRIGGER_FIELDS: Array<[RegExp, string]> = [
  [/^an automation needs a name|^conflict/, 'name'],
  [/automations must be scoped/, 'eventType'],
  [/^eventFilter/, 'eventFilter'],
  [/^integration /, 'action.integrationId'],
  [/^requestPayload/, 'action.requestPayload'],
  [/actions are not supported/, 'action.type'],
];

/** W&B's automation event types (`EventTriggeringConditionType`). */
const EVENT_TYPES = [
  'ADD_ARTIFACT_ALIAS',
  'ADD_ARTIFACT_TAG',
  'ADD_COLLECTION_TAG',
  'CREATE_ARTIFACT',
  'LINK_MODEL',
  'REMOVE_ARTIFACT_TAG',
  'REMOVE_COLLECTION_TAG',
  'RUN_METRIC',
  'RUN_METRIC_CHANGE',
  'RUN_METRIC_ZSCORE',
  'RUN_STATE',
  'UNLINK_ARTIFACT',
  'UPDATE_ARTIFACT_ALIAS',
  'WEAVE_METRIC_THRESHOLD',
] as const;

type ProjectScope = Exclude<Extract<AutomationScopeSeed, { project: string }>, CollectionScope>;
type EntityScope = Exclude<AutomationScopeSeed, { project: string }>;
const collectionScope = shape<CollectionScope>('a collection scope', {
  collection: wandbName,
  project: wandbName,
  entity: optional(wandbName),
  portfolio: optional(boolean),
  type: optional(wandbName),
});
const projectScope = shape<ProjectScope>('a project scope', { project: wandbName, entity: optional(wandbName) });
const entityScope = shape<EntityScope>('an entity scope', { entity: wandbName });
const automationScope = variants<AutomationScopeSeed>('an object: { project }, { collection, project } or { entity }', (value) =>
  value.collection !== undefined
    ? collectionScope
    : value.project !== undefined
      ? projectScope
      : value.entity !== undefined
        ? entityScope
        : { field: 'project', message: 'or collection or entity is required (the scope: { project }, { collection, project } or { entity })' },
);

type NotificationSeed = Extract<AutomationActionSeed, { type: 'NOTIFICATION' }>;
type WebhookActionSeed = Extract<AutomationActionSeed, { type: 'GENERIC_WEBHOOK' }>;
type NoOpSeed = Extract<AutomationActionSeed, { type: 'NO_OP' }>;
const automationAction = byType<AutomationActionSeed>('AutomationActionSeed', {
  NOTIFICATION: shape<NotificationSeed>('a NOTIFICATION action', {
    type: oneOf('NOTIFICATION'),
    integrationId: nonEmptyString,
    title: optional(string),
    message: optional(string),
    severity: optional(oneOf('INFO', 'WARN', 'ERROR')),
  }),
  GENERIC_WEBHOOK: shape<WebhookActionSeed>('a GENERIC_WEBHOOK action', {
    type: oneOf('GENERIC_WEBHOOK'),
    integrationId: nonEmptyString,
    requestPayload: optional(plainObject),
  }),
  NO_OP: shape<NoOpSeed>('a NO_OP action', { type: oneOf('NO_OP') }),
});

const automationSeed = shape<AutomationSeed>('AutomationSeed', {
  name: nonBlankString,
  description: optional(string),
  enabled: optional(boolean),
  scope: automationScope,
  eventType: optional(oneOf(...EVENT_TYPES)),
  eventFilter: optional(either(plainObject, nonEmptyString)),
  action: optional(automationAction),
  createdBy: optional(wandbName),
});

/** The artifact collection a scope names, created (empty) when missing. */
function scopeCollection({ store, viewer, seed: seeder }: SeedScope, scope: CollectionScope): ArtifactCollectionRecord {
  const project = seeder.project({ entity: scope.entity ?? viewer.entity, name: scope.project });
  return (
    findCollection(store, project.entity, project.name, scope.collection) ??
    newCollection(store, {
      __typename: scope.portfolio ? 'ArtifactPortfolio' : 'ArtifactSequence',
      entity: project.entity,
      project: project.name,
      name: scope.collection,
      type: scope.type ?? 'model',
    })
  );
}

/** The automations area's seed builders. */
export const automationSeeds = {
  /** Adds an automation, validated as the server validates new ones. */
  automation: builder((s, seed: AutomationSeed): TriggerRecord => {
    const { store, viewer, seed: seeder } = s;
    const creator = seed.createdBy ? store.users.get(seed.createdBy) : viewer;
    if (!creator) throw missingRecord('automation', 'createdBy', `${JSON.stringify(seed.createdBy)} is not a user; seed it first with seed.user()`);
    const scope = seed.scope;
    let scopeType: TriggerScopeTypeValue;
    let entity: string;
    if ('collection' in scope) {
      scopeType = 'ARTIFACT_COLLECTION';
      entity = scope.entity ?? viewer.entity;
      const existing = findCollection(store, entity, scope.project, scope.collection);
      const kind = scope.portfolio ? 'ArtifactPortfolio' : 'ArtifactSequence';
      if (existing && scope.portfolio !== undefined && existing.__typename !== kind) {
        throw seedError('automation', {
          path: 'scope.portfolio',
          message: `must fit the collection: ${entity}/${scope.project}/${scope.collection} is an ${existing.__typename}, not an ${kind}`,
        });
      }
    } else if ('project' in scope) {
      scopeType = 'PROJECT';
      entity = scope.entity ?? viewer.entity;
    } else {
      scopeType = 'ENTITY';
      entity = scope.entity;
    }
    const eventType = seed.eventType ?? (scopeType === 'PROJECT' ? 'RUN_METRIC' : 'LINK_MODEL');
    const filter = seed.eventFilter ?? defaultEventFilter(eventType);
    const action = seed.action ?? { type: 'NO_OP' };
    const checked: Omit<TriggerInput, 'scopeID'> = {
      name: seed.name,
      description: seed.description ?? null,
      enabled: seed.enabled ?? true,
      scopeType,
      // automationSeed checked the seed's event type against EVENT_TYPES.
      triggeringEventType: eventType as EventTriggeringConditionType,
      eventFilter: typeof filter === 'string' ? filter : JSON.stringify(filter),
      triggeredActionType: action.type,
      triggeredActionConfig:
        action.type === 'NOTIFICATION'
          ? {
              notificationActionInput: {
                integrationID: action.integrationId,
                title: action.title ?? null,
                message: action.message ?? null,
                severity: action.severity ?? 'INFO',
              },
            }
          : action.type === 'GENERIC_WEBHOOK'
            ? {
                genericWebhookActionInput: {
                  integrationID: action.integrationId,
                  requestPayload: action.requestPayload ? JSON.stringify(action.requestPayload) : null,
                },
              }
            : { noOpActionInput: { noOp: true } },
    };
    // Everything W&B would refuse is refused before the scope is created.
    try {
      checkTriggerInput({ store, viewer: creator }, checked, entity);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const field = TRIGGER_FIELDS.find(([pattern]) => pattern.test(message))?.[1] ?? '';
      throw seedError('automation', { path: field, message: `is refused as W&B would refuse it: ${message}` });
    }
    let scopeID: string;
    if ('collection' in scope) scopeID = scopeCollection(s, scope).id;
    else if ('project' in scope) scopeID = seeder.project({ entity, name: scope.project }).id;
    else scopeID = (store.entities.get(entity) ?? seeder.entity({ name: entity })).id;
    return createTrigger({ store, viewer: creator }, { ...checked, scopeID });
  }).checks([{ name: '', check: automationSeed }]),
};
