/**
 * Records of the fake's teams, automations and integrations tables, in W&B's own shapes and
 * enum values (`RUN_METRIC`, `NOTIFICATION`, `PROJECT`, ...).
 */

/** A pending invitation to a team, sent to an email address. */
export interface InviteRecord {
  id: string;
  /** Name of the team. */
  entity: string;
  email: string;
  /** Whether the invitee becomes a team admin on joining. */
  admin: boolean;
  /** Username of who sent it. */
  fromUser: string;
  createdAt: string;
}

/** A Slack channel an entity can notify. */
export interface SlackIntegrationRecord {
  kind: 'slack';
  id: string;
  entity: string;
  teamName: string;
  channelName: string;
  createdAt: string;
}

/** A generic webhook an entity can call. */
export interface WebhookIntegrationRecord {
  kind: 'webhook';
  id: string;
  entity: string;
  name: string;
  urlEndpoint: string;
  createdAt: string;
}

export type IntegrationRecord = SlackIntegrationRecord | WebhookIntegrationRecord;

/** W&B's `TriggerScopeType`. */
export type TriggerScopeTypeValue = 'PROJECT' | 'ARTIFACT_COLLECTION' | 'ENTITY';

/** The action of an automation, in W&B's `TriggeredActionType` terms. */
export type TriggerActionRecord =
  | { type: 'NOTIFICATION'; integrationId: string; title: string | null; message: string | null; severity: 'INFO' | 'WARN' | 'ERROR' | null }
  | { type: 'GENERIC_WEBHOOK'; integrationId: string; requestPayload: string | null }
  | { type: 'NO_OP' };

/** An automation (W&B calls it a trigger). */
export interface TriggerRecord {
  id: string;
  /** The entity that owns it (the scope's entity). */
  entity: string;
  name: string;
  description: string | null;
  enabled: boolean;
  scope: { type: TriggerScopeTypeValue; id: string };
  /** W&B's `EventTriggeringConditionType` (`RUN_METRIC`, `LINK_MODEL`, ...). */
  eventType: string;
  /**
   * The event filter as W&B answers it: for artifact events the input filter wrapped as
   * `{"filter": "<json>"}`, for run events the input filter as given.
   */
  filter: string;
  action: TriggerActionRecord;
  /** Username of the creator. */
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
