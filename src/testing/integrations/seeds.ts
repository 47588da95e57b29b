import { builder } from '../seedBuilder';
import { byType, leaf, nonEmptyString, oneOf, optional, shape, wandbName } from '../seedCheck';
import type { IntegrationRecord } from './records';
import { newSlackIntegration, newWebhookIntegration } from './resolvers';

/** Fields of `fake.seed.integration()`. The entity must exist. */
export type IntegrationSeed =
  | { type: 'slack'; entity?: string; teamName?: string; channelName?: string }
  | { type: 'webhook'; entity?: string; name?: string; urlEndpoint?: string };

type SlackSeed = Extract<IntegrationSeed, { type: 'slack' }>;
type WebhookSeed = Extract<IntegrationSeed, { type: 'webhook' }>;

const integrationSeed = byType<IntegrationSeed>('IntegrationSeed', {
  slack: shape<SlackSeed>('IntegrationSeed of type slack', {
    type: oneOf('slack'),
    entity: optional(wandbName),
    teamName: optional(nonEmptyString),
    channelName: optional(nonEmptyString),
  }),
  webhook: shape<WebhookSeed>('IntegrationSeed of type webhook', {
    type: oneOf('webhook'),
    entity: optional(wandbName),
    name: optional(nonEmptyString),
    urlEndpoint: optional(leaf<string>('an http(s) URL', (v) => typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v))),
  }),
});

/** The integrations area's seed builders. */
export const integrationSeeds = {
  /** Adds a Slack or webhook integration to an entity (the viewer's by default). */
  integration: builder((s, seed: IntegrationSeed): IntegrationRecord => {
    const { store, seed: seeder } = s;
    const name = seed.entity ?? s.viewer.entity;
    const entity = (store.entities.get(name) ?? seeder.entity({ name })).name;
    if (seed.type === 'slack') {
      return newSlackIntegration(store, { entity, teamName: seed.teamName ?? 'wandb-test', channelName: seed.channelName ?? '#alerts' });
    }
    return newWebhookIntegration(store, {
      entity,
      name: seed.name ?? 'my-webhook',
      urlEndpoint: seed.urlEndpoint ?? 'https://hooks.example.com/wandb',
    });
  }).checks([{ name: '', check: integrationSeed }]),
};
