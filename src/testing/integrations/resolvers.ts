import type { Resolvers } from '../../../generated/resolvers';
import { GraphQLError } from 'graphql';
import { isMember } from '../access';
import { connection } from '../connection';
import type { FakeContext } from '../schema';
import { nodeId } from '../ids';
import type { FakeStore } from '../store';
import type { IntegrationRecord, SlackIntegrationRecord, WebhookIntegrationRecord } from './records';

/** W&B's type name for an integration record. */
export function integrationTypename(record: IntegrationRecord): 'SlackIntegration' | 'GenericWebhookIntegration' {
  return record.kind === 'slack' ? 'SlackIntegration' : 'GenericWebhookIntegration';
}

/** The record as a GraphQL `Integration` value (interfaces resolve by `__typename`). */
export function integrationValue(record: IntegrationRecord): IntegrationRecord & { __typename: string } {
  return { ...record, __typename: integrationTypename(record) };
}

/** Adds a Slack integration. */
export function newSlackIntegration(store: FakeStore, fields: Omit<SlackIntegrationRecord, 'kind' | 'id' | 'createdAt'>): SlackIntegrationRecord {
  const record: SlackIntegrationRecord = { kind: 'slack', id: nodeId('Integration', String(store.nextId())), createdAt: store.tick(), ...fields };
  store.integrations.set(record.id, record);
  return record;
}

/** Adds a generic webhook integration. */
export function newWebhookIntegration(
  store: FakeStore,
  fields: Omit<WebhookIntegrationRecord, 'kind' | 'id' | 'createdAt'>,
): WebhookIntegrationRecord {
  const record: WebhookIntegrationRecord = { kind: 'webhook', id: nodeId('Integration', String(store.nextId())), createdAt: store.tick(), ...fields };
  store.integrations.set(record.id, record);
  return record;
}

/** The integrations an entity owns, oldest first. */
export function integrationsOf(ctx: Pick<FakeContext, 'store'>, entity: string): IntegrationRecord[] {
  return [...ctx.store.integrations.values()].filter((i) => i.entity === entity);
}

export const integrationResolvers: Resolvers = {
  Entity: {
    integrations: (entity, args, ctx) => {
      if (!isMember(ctx, entity)) throw new GraphQLError(`permission denied: you are not a member of ${entity.name}`);
      return connection(integrationsOf(ctx, entity.name).map(integrationValue), args, (i) => i.id);
    },
  },
};
