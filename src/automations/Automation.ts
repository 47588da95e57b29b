import type { AutomationFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { parseDate } from '../client/json';
import type { AutomationScope, SavedAutomationAction, SavedAutomationEvent } from './types';
import { decodeAction, decodeEvent, decodeScope } from './wire';

/**
 * A saved W&B automation: when `event` happens in `scope`, W&B runs `action`. Change one with
 * `api.updateAutomation(automation, changes)`, remove it with `api.deleteAutomation(automation)`.
 *
 * @example
 * ```ts
 * for await (const automation of api.automations({ entity: 'my-team' })) {
 *   if (automation.event.type === 'runMetricThreshold') console.log(automation.name, automation.event.metric);
 * }
 * ```
 */
export class Automation {
  /** GraphQL node id. */
  readonly id: string;
  readonly name: string;
  readonly description: string | undefined;
  /** Only enabled automations fire. */
  readonly enabled: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date | undefined;
  /** What triggers it, with the scope it watches. */
  readonly event: SavedAutomationEvent;
  /** What it does. */
  readonly action: SavedAutomationAction;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: AutomationFieldsFragment) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name;
    this.description = data.description ?? undefined;
    this.enabled = data.enabled;
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt);
    this.event = decodeEvent(data.event.eventType, data.event.filter, decodeScope(data.scope));
    this.action = decodeAction(ctx, data.action);
  }

  /** Where the event must happen (the event's scope). */
  get scope(): AutomationScope {
    return this.event.scope as AutomationScope;
  }
}
