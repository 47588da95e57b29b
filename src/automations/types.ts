import type { ArtifactCollection } from '../artifacts/ArtifactCollection';
import type { Project } from '../projects/Project';
import type { SlackIntegration } from '../integrations/SlackIntegration';
import type { WebhookIntegration } from '../integrations/WebhookIntegration';

/** A MongoDB-style filter, as W&B's automation conditions use (`{ display_name: { $regex: 'prod' } }`). */
export type MongoFilter = Readonly<Record<string, unknown>>;

// ── scopes ──

/** Automations on the runs of one project. */
export interface ProjectScope {
  readonly type: 'project';
  /** The project's GraphQL id (`project.id`). */
  readonly id: string;
  readonly name?: string;
}

/** Automations on one artifact collection (a sequence, or a linked/registry portfolio). */
export interface ArtifactCollectionScope {
  readonly type: 'artifactCollection';
  /** The collection's GraphQL id. */
  readonly id: string;
  readonly name?: string;
  /** `sequence`: where versions are logged; `portfolio`: a linked (registry) collection. */
  readonly kind?: 'sequence' | 'portfolio';
}

/** Automations on everything of an entity (a team or an organization's registry entity). */
export interface EntityScope {
  readonly type: 'entity';
  /** The entity's GraphQL id. */
  readonly id: string;
  readonly name?: string;
}

/** Where an automation's event must happen. */
export type AutomationScope = ProjectScope | ArtifactCollectionScope | EntityScope;

/** A scope, or a `Project` to scope to. */
export type ProjectScopeInput = ProjectScope | Project;

/**
 * A scope, or an `ArtifactCollection` to scope to (from `api.artifactCollection()`,
 * `artifact.collection()`, `registry.collections()`, ...).
 */
export type ArtifactCollectionScopeInput = ArtifactCollectionScope | ArtifactCollection;

// ── events ──

/** How a run metric is aggregated over its window. */
export type MetricAggregation = 'max' | 'min' | 'average';

/** How the metric (left) compares to the threshold (right). */
export type MetricComparison = '>' | '>=' | '<' | '<=';

/** Run states an automation can watch for (`crashed` is W&B's `failed`). */
export type WatchedRunState = 'running' | 'finished' | 'failed' | 'crashed';

interface RunEventBase {
  /** Run events are scoped to a project. */
  readonly scope: ProjectScopeInput;
  /** Only runs matching this filter trigger the event (`{ display_name: { $eq: 'baseline' } }`). */
  readonly runFilter?: MongoFilter;
}

/** A run metric crosses a threshold: `metric cmp threshold`, optionally aggregated over a window. */
export interface RunMetricThresholdEvent extends RunEventBase {
  readonly type: 'runMetricThreshold';
  readonly metric: string;
  readonly cmp: MetricComparison;
  readonly threshold: number;
  /** Aggregate the last `window` values first. */
  readonly agg?: MetricAggregation;
  /** Values aggregated (ignored without `agg`). @defaultValue 1 */
  readonly window?: number;
}

/** A run metric changes by at least `amount` between two windows. */
export interface RunMetricChangeEvent extends RunEventBase {
  readonly type: 'runMetricChange';
  readonly metric: string;
  /** `absolute`: an arithmetic difference; `relative`: a fraction (0.1 = 10 %). */
  readonly change: 'absolute' | 'relative';
  readonly direction: 'increase' | 'decrease' | 'any';
  /** A positive amount. */
  readonly amount: number;
  readonly agg?: MetricAggregation;
  /** Size of the current window. @defaultValue 1 */
  readonly window?: number;
  /** Size of the prior window. @defaultValue `window` */
  readonly priorWindow?: number;
}

/** A run reaches one of the given states. */
export interface RunStateEvent extends RunEventBase {
  readonly type: 'runState';
  readonly states: readonly WatchedRunState[];
}

interface ArtifactEventBase {
  /** Only when the alias is this one (`'production'`). */
  readonly alias?: string;
  /** Any further condition on the artifact (`{ alias: { $regex: '^prod' } }`). */
  readonly filter?: MongoFilter;
}

/** An artifact version is linked to a collection (W&B's `LINK_MODEL`). */
export interface LinkArtifactEvent extends ArtifactEventBase {
  readonly type: 'linkArtifact';
  readonly scope: ArtifactCollectionScopeInput | ProjectScopeInput | EntityScope;
}

/** An alias is added to an artifact version. */
export interface AddArtifactAliasEvent extends ArtifactEventBase {
  readonly type: 'addArtifactAlias';
  readonly scope: ArtifactCollectionScopeInput | ProjectScopeInput | EntityScope;
}

/** A new artifact version is created in a collection. */
export interface CreateArtifactEvent extends ArtifactEventBase {
  readonly type: 'createArtifact';
  readonly scope: ArtifactCollectionScopeInput;
}

/** The events an automation can be created with. */
export type AutomationEvent =
  RunMetricThresholdEvent | RunMetricChangeEvent | RunStateEvent | LinkArtifactEvent | AddArtifactAliasEvent | CreateArtifactEvent;

/**
 * An event type the SDK does not model (kept as W&B sent it), so such automations can still be
 * listed, enabled, renamed and deleted.
 */
export interface OtherEvent {
  readonly type: 'other';
  /** W&B's event type (`RUN_METRIC_ZSCORE`, `UPDATE_ARTIFACT_ALIAS`, ...). */
  readonly eventType: string;
  readonly scope: AutomationScope;
  /** The filter as W&B stores it (JSON text). */
  readonly rawFilter: string;
}

/** The event of a saved automation: one the SDK models (with its scope resolved), or another. */
export type SavedAutomationEvent = (AutomationEvent & { readonly scope: AutomationScope }) | OtherEvent;

// ── actions ──

/** Severity of a Slack notification. */
export type NotificationSeverity = 'INFO' | 'WARN' | 'ERROR';

/** Post a message to a Slack channel. */
export interface SlackNotificationAction {
  readonly type: 'slackNotification';
  /** Id of a {@link SlackIntegration} of the scope's entity. */
  readonly integrationId: string;
  readonly title?: string;
  readonly message?: string;
  /** @defaultValue `'INFO'` */
  readonly severity?: NotificationSeverity;
}

/** Call a generic webhook. */
export interface WebhookAction {
  readonly type: 'webhook';
  /** Id of a {@link WebhookIntegration} of the scope's entity. */
  readonly integrationId: string;
  /** The JSON body to send; W&B fills in template variables such as `${event_type}`. */
  readonly payload?: Readonly<Record<string, unknown>>;
}

/** Do nothing (for testing an automation's event). */
export interface NoOpAction {
  readonly type: 'noOp';
}

/** The actions an automation can be created with. */
export type AutomationAction = SlackNotificationAction | WebhookAction | NoOpAction;

/** An action type the SDK does not model (a Launch job, ...), as W&B reported it. */
export interface OtherAction {
  readonly type: 'other';
  /** W&B's GraphQL type name of the action. */
  readonly typename: string;
}

/** The action of a saved automation, with its integration's details. */
export type SavedAutomationAction =
  | (SlackNotificationAction & {
      readonly title: string;
      readonly message: string;
      readonly severity: NotificationSeverity;
      readonly integration: SlackIntegration;
    })
  | (WebhookAction & { readonly integration: WebhookIntegration })
  | NoOpAction
  | OtherAction;

// ── automations ──

/** What `api.createAutomation()` takes. */
export interface NewAutomation {
  readonly name: string;
  readonly description?: string;
  /** Only enabled automations fire. @defaultValue true */
  readonly enabled?: boolean;
  /** What triggers it, and where (`event.scope`). */
  readonly event: AutomationEvent;
  readonly action: AutomationAction;
}

/** What `api.updateAutomation()` may change. */
export interface AutomationChanges {
  readonly name?: string;
  /** `null` clears it. */
  readonly description?: string | null;
  readonly enabled?: boolean;
  readonly event?: AutomationEvent;
  readonly action?: AutomationAction;
}
