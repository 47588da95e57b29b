import {
  CreateAutomationDocument,
  DeleteAutomationDocument,
  EntityAutomationsDocument,
  EntityAutomationsLegacyDocument,
  UpdateAutomationDocument,
  type AutomationFieldsFragment,
  type EntityAutomationsLegacyQuery,
  type EntityAutomationsQuery,
  type UpdateFilterTriggerInput,
} from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { GraphQLResponseError, InvalidArgumentError, NotFoundError, NotSupportedError, WandbError, describeValue } from '../client/errors';
import { optionsOf } from '../client/options';
import { checkPageSize, pageOf, Paginator, type Page, type PaginatorOptions } from '../client/paginator';
import { checkName } from '../client/paths';
import { ServerFeature, serverFeatures } from '../client/serverFeatures';
import { requireServerSupport } from '../client/support';
import type { CallOptions } from '../client/transport';
import { ArtifactCollection } from '../artifacts/ArtifactCollection';
import { Project } from '../projects/Project';
import { Automation } from './Automation';
import type { AutomationChanges, NewAutomation } from './types';
import { checkMeta, encodeAction, encodeEvent, encodeOtherEvent, featuresNeeded, toCreateInput } from './wire';

/** Options of `api.automations()`. */
export interface AutomationsOptions extends PaginatorOptions {
  /** The entity whose automations to list. @defaultValue the default entity */
  entity?: string;
  /** Only automations of this name. */
  name?: string;
  /** Automations (or, on servers without entity-level queries, projects) per request. @defaultValue 50 */
  perPage?: number;
}

/** Options of `api.automation()`. */
export interface AutomationOptions extends CallOptions {
  /** @defaultValue the default entity */
  entity?: string;
}

/** Options of `api.createAutomation()`. */
export interface CreateAutomationOptions extends CallOptions {
  /** When an automation of that name exists, return it instead of failing. @defaultValue false */
  fetchExisting?: boolean;
  /**
   * Where `fetchExisting` looks for it. @defaultValue the entity of the scope when the scope is
   * a `Project` or an `ArtifactCollection`, else the default entity
   */
  entity?: string;
}

/** Options of `api.updateAutomation()`. */
export interface UpdateAutomationOptions extends CallOptions {
  /** When the automation no longer exists, create it (needs `event` and `action`). @defaultValue false */
  createMissing?: boolean;
}

/** The feature that lets a server list an entity's automations directly. */
export const QUERY_AUTOMATIONS_ON_ENTITY = ServerFeature.QUERY_AUTOMATIONS_ON_ENTITY;

async function requireFeatures(ctx: SdkContext, needed: readonly string[], what: string, options: CallOptions): Promise<void> {
  if (needed.length === 0) return;
  const features = await serverFeatures(ctx, options);
  const missing = needed.filter((f) => !features.has(f));
  if (missing.length) throw new NotSupportedError(`This W&B server does not support ${what} (it lacks ${missing.join(', ')})`);
}

/** An entity's automations, as a lazy collection; the server's features pick the query. */
export function listAutomations(ctx: SdkContext, options: AutomationsOptions = {}): Paginator<Automation> {
  if (options.entity !== undefined) checkName(options.entity, 'entity');
  if (options.name !== undefined && (typeof options.name !== 'string' || !options.name)) {
    throw new InvalidArgumentError('name', `name must be a non-empty string, got ${describeValue(options.name)}`);
  }
  const perPage = checkPageSize(options.perPage, 50);
  const keep = (t: AutomationFieldsFragment) => options.name === undefined || t.name === options.name;
  return new Paginator<Automation>(
    async (cursor, signal): Promise<Page<Automation>> => {
      const callOptions = signal ? { signal } : {};
      const entity = await ctx.resolveEntity(options.entity, callOptions);
      const features = await serverFeatures(ctx, callOptions);
      if (features.has(QUERY_AUTOMATIONS_ON_ENTITY)) {
        const data: EntityAutomationsQuery = await requireServerSupport('Listing automations by entity', () =>
          ctx.transport.execute(EntityAutomationsDocument, { entity, first: perPage, after: cursor }, callOptions),
        );
        if (!data.entity) throw new NotFoundError(`Entity ${entity} was not found`, { operation: 'EntityAutomations' });
        const triggers = data.entity.triggers;
        // The server counts all of the entity's automations, not those of one name.
        return pageOf(triggers, (node) => (keep(node) ? new Automation(ctx, node) : undefined), {
          totalCount: options.name === undefined ? triggers.totalCount : undefined,
        });
      }
      // Older servers only know automations per project: walk the entity's projects.
      const data: EntityAutomationsLegacyQuery = await requireServerSupport('Automations', () =>
        ctx.transport.execute(EntityAutomationsLegacyDocument, { entity, first: perPage, after: cursor }, callOptions),
      );
      if (!data.entity) throw new NotFoundError(`Entity ${entity} was not found`, { operation: 'EntityAutomationsLegacy' });
      const projects = data.entity.projects;
      const seen = new Set<string>();
      const items = (projects?.edges ?? []).flatMap((e) => e.node?.triggers ?? []).filter((t) => keep(t) && !seen.has(t.id) && seen.add(t.id));
      return {
        items: items.map((t) => new Automation(ctx, t)),
        endCursor: projects?.pageInfo.endCursor ?? null,
        hasNextPage: projects?.pageInfo.hasNextPage ?? false,
      };
    },
    options,
    'automations list',
  );
}

/** The one automation of this name. */
export async function getAutomation(ctx: SdkContext, name: string, options: AutomationOptions = {}): Promise<Automation> {
  if (typeof name !== 'string' || !name) throw new InvalidArgumentError('name', `name must be a non-empty string, got ${describeValue(name)}`);
  const { entity, ...callOptions } = options;
  const found = await listAutomations(ctx, {
    name,
    ...(entity !== undefined ? { entity } : {}),
    ...(callOptions.signal ? { signal: callOptions.signal } : {}),
  }).toArray({ limit: 2 });
  if (found.length === 0) throw new NotFoundError(`No automation is named ${JSON.stringify(name)}${entity ? ` in ${entity}` : ''}`);
  if (found.length > 1)
    throw new InvalidArgumentError('name', `More than one automation is named ${JSON.stringify(name)}; pass the entity to tell them apart`);
  return found[0] as Automation;
}

/** Whether an error says an automation of that name already exists. */
function isConflict(error: unknown): boolean {
  if (!(error instanceof WandbError)) return false;
  if (error.status === 409) return true;
  return error.graphQLErrors.some(
    (e) => String(e.extensions?.code ?? '').toUpperCase() === 'CONFLICT' || /\b(conflict|already exists)\b/i.test(e.message),
  );
}

/** Creates an automation. */
export async function createAutomation(ctx: SdkContext, automation: NewAutomation, options: CreateAutomationOptions = {}): Promise<Automation> {
  const { fetchExisting = false, entity, ...callOptions } = options;
  if (entity !== undefined) checkName(entity, 'entity');
  const input = toCreateInput(automation);
  await requireFeatures(
    ctx,
    featuresNeeded(input.triggeringEventType, input.triggeredActionType),
    `${input.triggeringEventType} events with ${input.triggeredActionType} actions`,
    callOptions,
  );
  let created: AutomationFieldsFragment | null | undefined;
  try {
    created = (
      await requireServerSupport(`${input.triggeringEventType} automations with ${input.triggeredActionType} actions`, () =>
        ctx.transport.execute(CreateAutomationDocument, { input }, callOptions),
      )
    ).createFilterTrigger?.trigger;
  } catch (error) {
    if (fetchExisting && isConflict(error)) {
      const scope = automation.event.scope;
      const where = entity ?? (scope instanceof Project || scope instanceof ArtifactCollection ? scope.entity : undefined);
      return getAutomation(ctx, input.name, { ...callOptions, ...(where !== undefined ? { entity: where } : {}) });
    }
    throw error;
  }
  if (!created)
    throw new GraphQLResponseError(`The server did not return the new automation ${JSON.stringify(input.name)}`, { operation: 'CreateAutomation' });
  return new Automation(ctx, created);
}

/** Builds the update input: the automation as it is, with the changes applied. */
function toUpdateInput(automation: Automation, changes: AutomationChanges): UpdateFilterTriggerInput {
  checkMeta(changes, false);
  const input: UpdateFilterTriggerInput = {
    id: automation.id,
    name: changes.name ?? automation.name,
    description: changes.description !== undefined ? changes.description : (automation.description ?? null),
    enabled: changes.enabled ?? automation.enabled,
  };
  const event = changes.event ?? automation.event;
  if (event.type === 'other') {
    Object.assign(input, { scopeType: wireScopeType(event.scope.type), scopeID: event.scope.id }, encodeOtherEvent(event));
  } else {
    Object.assign(input, encodeEvent(event));
  }
  const action = changes.action ?? automation.action;
  // An action type the SDK does not model is left as the server has it.
  if (action.type !== 'other') Object.assign(input, encodeAction(action));
  return input;
}

function wireScopeType(type: 'project' | 'artifactCollection' | 'entity'): 'PROJECT' | 'ARTIFACT_COLLECTION' | 'ENTITY' {
  return type === 'project' ? 'PROJECT' : type === 'entity' ? 'ENTITY' : 'ARTIFACT_COLLECTION';
}

/** Updates an automation. */
export async function updateAutomation(
  ctx: SdkContext,
  automation: Automation,
  changes: AutomationChanges = {},
  options: UpdateAutomationOptions = {},
): Promise<Automation> {
  // Checked after the options (which the caller checks first), so an error names the first bad argument.
  changes = optionsOf(changes, 'changes');
  if (!(automation instanceof Automation))
    throw new InvalidArgumentError('automation', 'automation must be an Automation from api.automations() or api.automation()');
  const { createMissing = false, ...callOptions } = options;
  const input = toUpdateInput(automation, changes);
  // Servers that predate no-op actions cannot edit automations at all.
  await requireFeatures(ctx, [ServerFeature.AUTOMATION_ACTION_NO_OP], 'editing automations', callOptions);
  // What the automation already has, the server supports; only new event and action types are checked.
  const eventType = changes.event ? (input.triggeringEventType ?? undefined) : undefined;
  const actionType = changes.action ? (input.triggeredActionType ?? undefined) : undefined;
  await requireFeatures(
    ctx,
    featuresNeeded(eventType, actionType),
    `${input.triggeringEventType} events with ${input.triggeredActionType} actions`,
    callOptions,
  );
  let updated: AutomationFieldsFragment | null | undefined;
  try {
    updated = (await requireServerSupport('Editing automations', () => ctx.transport.execute(UpdateAutomationDocument, { input }, callOptions)))
      .updateFilterTrigger?.trigger;
  } catch (error) {
    if (createMissing && error instanceof NotFoundError) {
      const event = changes.event ?? automation.event;
      const action = changes.action ?? automation.action;
      if (event.type === 'other' || action.type === 'other') throw error;
      return createAutomation(
        ctx,
        {
          name: input.name as string,
          ...(input.description ? { description: input.description } : {}),
          enabled: input.enabled ?? true,
          event,
          action,
        },
        callOptions,
      );
    }
    throw error;
  }
  if (!updated) throw new NotFoundError(`Automation ${automation.id} was not found`, { operation: 'UpdateAutomation' });
  return new Automation(ctx, updated);
}

/** Deletes an automation. */
export async function deleteAutomation(ctx: SdkContext, automation: Automation | string, options: CallOptions = {}): Promise<true> {
  const id = automation instanceof Automation ? automation.id : automation;
  if (typeof id !== 'string' || !id) throw new InvalidArgumentError('automation', 'automation must be an Automation or its id');
  const data = await requireServerSupport('Automations', () => ctx.transport.execute(DeleteAutomationDocument, { id }, options));
  if (!data.deleteTrigger?.success) throw new GraphQLResponseError(`The server did not delete automation ${id}`, { operation: 'DeleteAutomation' });
  return true;
}
