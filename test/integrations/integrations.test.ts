import { InvalidArgumentError, NotFoundError, PermissionError, SlackIntegration, WebhookIntegration } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

function seedIntegrations(): void {
  fake.seed.integration({ type: 'slack', entity: 'demo-team', teamName: 'acme', channelName: '#ml-alerts' });
  fake.seed.integration({ type: 'webhook', entity: 'demo-team', name: 'deploy', urlEndpoint: 'https://ci.example.com/hook' });
  fake.seed.integration({ type: 'slack', entity: 'demo-team', teamName: 'acme', channelName: '#ml-ops' });
  fake.seed.integration({ type: 'webhook', entity: 'demo-user', name: 'mine' });
}

describe('integrations', () => {
  it("lists an entity's Slack and webhook integrations as typed objects", async () => {
    seedIntegrations();
    const all = await api().integrations({ entity: 'demo-team' }).toArray();
    expect(all.map((i) => i.type)).toEqual(['slack', 'webhook', 'slack']);
    expect(all[0]).toBeInstanceOf(SlackIntegration);
    expect(all[0]).toMatchObject({ teamName: 'acme', channelName: '#ml-alerts' });
    expect(all[1]).toBeInstanceOf(WebhookIntegration);
    expect(all[1]).toMatchObject({ name: 'deploy', urlEndpoint: 'https://ci.example.com/hook' });
  });

  it('narrows to one kind, page by page', async () => {
    seedIntegrations();
    const slack = await api().slackIntegrations({ entity: 'demo-team', perPage: 1 }).toArray();
    expect(slack.map((i) => i.channelName)).toEqual(['#ml-alerts', '#ml-ops']);
    expect(fake.operations()).toEqual(['EntityIntegrations', 'EntityIntegrations', 'EntityIntegrations']);
    const hooks = await api().webhookIntegrations({ entity: 'demo-team' }).toArray();
    expect(hooks.map((i) => i.name)).toEqual(['deploy']);
  });

  it("uses the viewer's entity when none is given", async () => {
    seedIntegrations();
    const mine = await api().integrations().toArray();
    expect(mine.map((i) => (i.type === 'webhook' ? i.name : i.channelName))).toEqual(['mine']);
  });

  it('answers non-members with a PermissionError and unknown entities with NotFoundError', async () => {
    fake.seed.team({ name: 'closed', withViewer: false });
    fake.seed.integration({ type: 'slack', entity: 'closed' });
    expect(await rejectionOf(api().integrations({ entity: 'closed' }).toArray())).toBeInstanceOf(PermissionError);
    expect(await rejectionOf(api().integrations({ entity: 'nobody' }).toArray())).toBeInstanceOf(NotFoundError);
  });

  it('refuses a bad entity or page size before any request', () => {
    expect(() => api().integrations({ entity: '' })).toThrow(InvalidArgumentError);
    expect(() => api().slackIntegrations({ perPage: 0 })).toThrow(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });
});
