import { attachContext, type SdkContext } from '../client/context';

/** The fields a {@link WebhookIntegration} is built from. */
export interface WebhookIntegrationData {
  id: string;
  name: string;
  urlEndpoint: string;
}

/** A generic webhook an entity has registered with W&B; automations can call it. */
export class WebhookIntegration {
  /** Tells integrations apart: `'webhook'`. */
  readonly type = 'webhook' as const;
  /** GraphQL node id; what a webhook action needs. */
  readonly id: string;
  readonly name: string;
  /** The URL W&B posts to. */
  readonly urlEndpoint: string;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: WebhookIntegrationData) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name;
    this.urlEndpoint = data.urlEndpoint;
  }
}
