import type { EventTriggeringConditionType } from '../../../generated/resolvers';

/** Records of the automations area (W&B's triggers), in W&B's own enum values (`RUN_METRIC`, `NOTIFICATION`, `PROJECT`, ...). */

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
  eventType: EventTriggeringConditionType;
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

/** The automations area's tables. */
export function automationTables() {
  return {
    /** Automations (W&B's triggers), by id. */
    triggers: new Map<string, TriggerRecord>(),
  };
}
