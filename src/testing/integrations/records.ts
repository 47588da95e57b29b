/** Records of the integrations area: Slack channels and webhooks an entity can notify. */

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

/** A Slack or webhook integration. */
export type IntegrationRecord = SlackIntegrationRecord | WebhookIntegrationRecord;

/** The integrations area's tables. */
export function integrationTables() {
  return {
    /** Slack and webhook integrations, by id. */
    integrations: new Map<string, IntegrationRecord>(),
  };
}
