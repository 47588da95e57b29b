import { NotSupportedError, PermissionError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';

const { fake, api: makeApi } = useFakeWandb({ seed: 'demo' });

// The README's "Teams, users and automations in practice" example, against the fake.
it('runs the README example', async () => {
  fake.seed.team({ name: 'my-team', viewerIsAdmin: true });
  fake.seed.project({ entity: 'my-team', name: 'my-project' });
  fake.seed.integration({ type: 'slack', entity: 'my-team' });
  const api = makeApi();
  const logged: string[] = [];

  const team = await api.team('my-team');
  await team.invite('new.colleague@example.com');
  const bot = await team.createServiceAccount('nightly eval');
  logged.push(`${bot.username} ${bot.apiKey !== undefined}`);

  const project = await api.project('my-project', 'my-team');
  const [slack] = await api.slackIntegrations({ entity: 'my-team' }).toArray({ limit: 1 });
  try {
    const alert = await api.createAutomation({
      name: 'loss-diverges',
      event: { type: 'runMetricThreshold', scope: project, metric: 'loss', agg: 'average', window: 10, cmp: '>', threshold: 5 },
      action: { type: 'slackNotification', integrationId: slack!.id, title: 'Loss diverges', severity: 'WARN' },
    });
    await api.updateAutomation(alert, { enabled: false });
  } catch (error) {
    if (error instanceof NotSupportedError) logged.push('unsupported');
    else if (error instanceof PermissionError) logged.push('denied');
    else throw error;
  }

  expect(logged).toEqual(['my-team-service true']);
  expect([...fake.store.triggers.values()].map((t) => [t.name, t.enabled])).toEqual([['loss-diverges', false]]);
  expect([...fake.store.invites.values()].map((i) => i.email)).toEqual(['new.colleague@example.com']);
});
