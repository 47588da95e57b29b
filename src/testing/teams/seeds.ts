import { findCollection, newCollection, type ArtifactCollectionRecord } from '../artifacts/records';
import type { IntegrationRecord, InviteRecord, TriggerRecord, TriggerScopeTypeValue } from '../automations/records';
import { checkTriggerInput, createTrigger, type TriggerInput } from '../automations/resolvers';
import { newSlackIntegration, newWebhookIntegration } from '../integrations/resolvers';
import { newInvite, newTeam } from './resolvers';
import { newUser } from '../users/resolvers';
import { missingRecord, seedError } from '../seedSpecs';
import type { EntityRecord, FakeStore, UserRecord } from '../store';

/** Fields of `fake.seed.team()`. Listed users who do not exist yet are created. */
export interface TeamSeed {
  /** W&B's team names: lowercase letters, digits, `-` and `_`, starting with a letter or digit. */
  name: string;
  /** Usernames of members (besides the admins). */
  members?: string[];
  /** Usernames of team admins. */
  admins?: string[];
  /** Add the fake's viewer as a member. @defaultValue true */
  withViewer?: boolean;
  /** Make the viewer a team admin (implies `withViewer`). @defaultValue false */
  viewerIsAdmin?: boolean;
  organization?: string;
}

/** Fields of `fake.seed.invite()`: a pending invitation by email. */
export interface InviteSeed {
  /** A team seeded before (`fake.seed.team()`). */
  team: string;
  email: string;
  /** @defaultValue false */
  admin?: boolean;
  /** Username of the sender. @defaultValue the viewer */
  fromUser?: string;
}

/** Fields of `fake.seed.integration()`. The entity must exist. */
export type IntegrationSeed =
  | { type: 'slack'; entity?: string; teamName?: string; channelName?: string }
  | { type: 'webhook'; entity?: string; name?: string; urlEndpoint?: string };

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

/**
 * The seed builders of teams, users' invites, integrations and automations. Their arguments are
 * checked by `FakeSeeder`; these check what depends on the store.
 */
export class OrgSeeds {
  constructor(
    private readonly store: () => FakeStore,
    private readonly viewer: () => UserRecord,
    private readonly ensureEntity: (name: string) => EntityRecord,
    private readonly ensureProject: (entity: string, name: string) => { id: string; entity: string; name: string },
  ) {}

  team(seed: TeamSeed): EntityRecord {
    const store = this.store();
    const viewer = this.viewer().username;
    const admins = [...(seed.admins ?? []), ...(seed.viewerIsAdmin ? [viewer] : [])];
    const members = [...(seed.members ?? []), ...(seed.withViewer !== false || seed.viewerIsAdmin ? [viewer] : [])];
    for (const username of new Set([...admins, ...members])) if (!store.users.has(username)) newUser(store, { username });
    return newTeam(store, { name: seed.name, admins, members, organization: seed.organization ?? null });
  }

  invite(seed: InviteSeed): InviteRecord {
    const store = this.store();
    if (!store.entities.get(seed.team)?.isTeam)
      throw missingRecord('invite', 'team', `${JSON.stringify(seed.team)} is not a team; seed it first with seed.team()`);
    return newInvite(store, { entity: seed.team, email: seed.email, admin: seed.admin ?? false, fromUser: seed.fromUser ?? this.viewer().username });
  }

  integration(seed: IntegrationSeed): IntegrationRecord {
    const store = this.store();
    const entity = this.ensureEntity(seed.entity ?? this.viewer().entity).name;
    if (seed.type === 'slack') {
      return newSlackIntegration(store, { entity, teamName: seed.teamName ?? 'wandb-test', channelName: seed.channelName ?? '#alerts' });
    }
    return newWebhookIntegration(store, {
      entity,
      name: seed.name ?? 'my-webhook',
      urlEndpoint: seed.urlEndpoint ?? 'https://hooks.example.com/wandb',
    });
  }

  /** The artifact collection a scope names, created (empty) when missing. */
  private collection(scope: CollectionScope): ArtifactCollectionRecord {
    const store = this.store();
    const project = this.ensureProject(scope.entity ?? this.viewer().entity, scope.project);
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

  automation(seed: AutomationSeed): TriggerRecord {
    const store = this.store();
    const viewer = this.viewer();
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
      triggeringEventType: eventType,
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
    if ('collection' in scope) scopeID = this.collection(scope).id;
    else if ('project' in scope) scopeID = this.ensureProject(entity, scope.project).id;
    else scopeID = this.ensureEntity(entity).id;
    return createTrigger({ store, viewer: creator }, { ...checked, scopeID });
  }
}
