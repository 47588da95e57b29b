import { attachContext, type SdkContext } from '../client/context';

/** The fields a {@link SlackIntegration} is built from. */
export interface SlackIntegrationData {
  id: string;
  teamName: string;
  channelName: string;
}

/** A Slack channel an entity has connected to W&B; automations can notify it. */
export class SlackIntegration {
  /** Tells integrations apart: `'slack'`. */
  readonly type = 'slack' as const;
  /** GraphQL node id; what a Slack notification action needs. */
  readonly id: string;
  /** The Slack workspace. */
  readonly teamName: string;
  readonly channelName: string;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: SlackIntegrationData) {
    attachContext(this, ctx);
    this.id = data.id;
    this.teamName = data.teamName;
    this.channelName = data.channelName;
  }
}
