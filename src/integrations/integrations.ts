import { EntityIntegrationsDocument, type EntityIntegrationsQuery, type IntegrationFieldsFragment } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { NotFoundError } from '../client/errors';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import { checkName } from '../client/paths';
import { requireServerSupport } from '../client/support';
import { SlackIntegration } from './SlackIntegration';
import { WebhookIntegration } from './WebhookIntegration';

/** An integration automations can use: a Slack channel or a generic webhook. */
export type Integration = SlackIntegration | WebhookIntegration;

/** Options of `api.integrations()`, `api.slackIntegrations()` and `api.webhookIntegrations()`. */
export interface IntegrationsOptions extends PaginatorOptions {
  /** The entity whose integrations to list. @defaultValue the default entity */
  entity?: string;
  /** Integrations per request. @defaultValue 50 */
  perPage?: number;
}

/** The SDK object for an integration's data, or `undefined` for kinds the SDK does not model. */
function toIntegration(ctx: SdkContext, data: IntegrationFieldsFragment): Integration | undefined {
  if (data.__typename === 'SlackIntegration') return new SlackIntegration(ctx, data);
  if (data.__typename === 'GenericWebhookIntegration') return new WebhookIntegration(ctx, data);
  return undefined;
}

/** An entity's integrations, optionally only those of one kind, as a lazy collection. */
export function listIntegrations<T extends Integration>(
  ctx: SdkContext,
  options: IntegrationsOptions,
  keep: (i: Integration) => i is T,
): Paginator<T> {
  if (options.entity !== undefined) checkName(options.entity, 'entity');
  const perPage = checkPageSize(options.perPage, 50);
  return new Paginator<T>(
    async (cursor, signal) => {
      const callOptions = signal ? { signal } : {};
      const entity = await ctx.resolveEntity(options.entity, callOptions);
      const data: EntityIntegrationsQuery = await requireServerSupport('Integrations', () =>
        ctx.transport.execute(EntityIntegrationsDocument, { entity, first: perPage, after: cursor }, callOptions),
      );
      if (!data.entity) throw new NotFoundError(`Entity ${entity} was not found`, { operation: 'EntityIntegrations' });
      return pageOf(data.entity.integrations, (node) => {
        const integration = toIntegration(ctx, node);
        return integration && keep(integration) ? integration : undefined;
      });
    },
    options,
    'integrations list',
  );
}
