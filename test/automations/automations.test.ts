import { inspect } from 'node:util';
import {
  Automation,
  InvalidArgumentError,
  NotFoundError,
  NotSupportedError,
  PermissionError,
  SlackIntegration,
  WebhookIntegration,
  type AutomationEvent,
  type NewAutomation,
} from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

/** The demo team's image-classifier project, a Slack and a webhook integration. */
async function setup() {
  const slack = fake.seed.integration({ type: 'slack', entity: 'demo-team', channelName: '#alerts' });
  const hook = fake.seed.integration({ type: 'webhook', entity: 'demo-team', name: 'ci', urlEndpoint: 'https://ci.example.com/hook' });
  const project = await api().project('image-classifier', 'demo-team');
  fake.requests.length = 0;
  return { slack, hook, project };
}

/** The variables of the last request of an operation. */
function lastInput(operation: string): Record<string, unknown> {
  const entry = [...fake.requests].reverse().find((r) => r.operationName === operation);
  return (entry?.variables?.input ?? {}) as Record<string, unknown>;
}

describe('api.createAutomation()', () => {
  it('creates a run metric threshold automation with a Slack notification, in W&B wire format', async () => {
    const { slack, project } = await setup();
    const created = await api().createAutomation({
      name: 'loss-alert',
      description: 'loss is diverging',
      event: {
        type: 'runMetricThreshold',
        scope: project,
        metric: 'loss',
        agg: 'average',
        window: 5,
        cmp: '>',
        threshold: 2,
        runFilter: { display_name: { $eq: 'baseline' } },
      },
      action: { type: 'slackNotification', integrationId: slack.id, title: 'Loss', message: 'diverging', severity: 'WARN' },
    });
    expect(created).toBeInstanceOf(Automation);
    expect(created).toMatchObject({ name: 'loss-alert', description: 'loss is diverging', enabled: true });
    expect(created.scope).toEqual({ type: 'project', id: project.id, name: 'image-classifier' });
    expect(created.event).toEqual({
      type: 'runMetricThreshold',
      scope: created.scope,
      metric: 'loss',
      agg: 'average',
      window: 5,
      cmp: '>',
      threshold: 2,
      runFilter: { display_name: { $eq: 'baseline' } },
    });
    expect(created.action).toMatchObject({
      type: 'slackNotification',
      integrationId: slack.id,
      title: 'Loss',
      message: 'diverging',
      severity: 'WARN',
    });
    expect(created.action.type === 'slackNotification' && created.action.integration).toBeInstanceOf(SlackIntegration);

    const input = lastInput('CreateAutomation');
    expect(input).toMatchObject({
      scopeType: 'PROJECT',
      scopeID: project.id,
      triggeringEventType: 'RUN_METRIC',
      triggeredActionType: 'NOTIFICATION',
      enabled: true,
    });
    expect(JSON.parse(input.eventFilter as string)).toEqual({
      run_filter: JSON.stringify({ $and: [{ display_name: { $eq: 'baseline' } }] }),
      run_metric_filter: { threshold_filter: { name: 'loss', agg_op: 'AVERAGE', window_size: 5, cmp_op: '$gt', threshold: 2 } },
    });
    expect(input.triggeredActionConfig).toEqual({
      notificationActionInput: { integrationID: slack.id, title: 'Loss', message: 'diverging', severity: 'WARN' },
    });
    // The event type needs a server feature: the SDK asked for the features first.
    expect(fake.operations()).toEqual(['ServerFeatures', 'CreateAutomation']);
  });

  it('round-trips every event type it can create', async () => {
    const { hook, project } = await setup();
    const weights = fake.seed.artifact({
      entity: 'demo-team',
      project: 'image-classifier',
      name: 'resnet-weights',
      type: 'model',
      files: { 'w.bin': 'weights' },
    });
    fake.seed.link({ artifact: weights, entity: 'demo-team', project: 'image-classifier', collection: 'resnet' });
    const collection = await api().artifactCollection('model', 'demo-team/image-classifier/resnet');
    const collectionScope = { type: 'artifactCollection', id: collection.id } as const;
    const teamEntity = fake.store.entities.get('demo-team')!;
    const events: AutomationEvent[] = [
      { type: 'runMetricThreshold', scope: project, metric: 'acc', cmp: '<=', threshold: 0.5 },
      {
        type: 'runMetricChange',
        scope: project,
        metric: 'loss',
        change: 'relative',
        direction: 'increase',
        amount: 0.25,
        agg: 'max',
        window: 3,
        priorWindow: 10,
      },
      { type: 'runState', scope: project, states: ['failed', 'crashed', 'finished'], runFilter: { jobType: 'train' } },
      { type: 'linkArtifact', scope: collectionScope, alias: 'production' },
      { type: 'addArtifactAlias', scope: project, alias: 'staging', filter: { 'metadata.ok': true } },
      { type: 'createArtifact', scope: collection },
      { type: 'linkArtifact', scope: { type: 'entity', id: teamEntity.id } },
    ];
    const client = api();
    for (const [i, event] of events.entries()) {
      const created = await client.createAutomation({
        name: `a${i}`,
        event,
        action: { type: 'webhook', integrationId: hook.id, payload: { event: '${event_type}' } },
      });
      const { scope, ...rest } = event;
      expect(lastInput('CreateAutomation')).toMatchObject({ scopeID: 'id' in scope ? scope.id : undefined });
      const expected = event.type === 'runState' ? { ...rest, states: ['failed', 'finished'] } : rest;
      expect(created.event).toEqual({ ...expected, scope: created.scope });
      expect(created.action).toMatchObject({ type: 'webhook', integrationId: hook.id, payload: { event: '${event_type}' } });
      expect(created.action.type === 'webhook' && created.action.integration).toBeInstanceOf(WebhookIntegration);
    }
    const listed = await client.automations({ entity: 'demo-team' }).toArray();
    expect(listed.map((a) => a.name)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(listed[3]?.scope).toEqual({ type: 'artifactCollection', id: collection.id, name: 'resnet', kind: 'portfolio' });
    expect(listed[6]?.scope).toEqual({ type: 'entity', id: teamEntity.id, name: 'demo-team' });
  });

  it('sends artifact event conditions as {"$or": [{"$and": [...]}]}, and run states sorted and deduplicated', async () => {
    const { project } = await setup();
    await api().createAutomation({ name: 'alias', event: { type: 'addArtifactAlias', scope: project, alias: 'prod' }, action: { type: 'noOp' } });
    expect(JSON.parse(lastInput('CreateAutomation').eventFilter as string)).toEqual({ $or: [{ $and: [{ alias: { $eq: 'prod' } }] }] });
    expect(lastInput('CreateAutomation').triggeredActionConfig).toEqual({ noOpActionInput: { noOp: true } });
    await api().createAutomation({
      name: 'state',
      event: { type: 'runState', scope: project, states: ['crashed', 'running', 'failed'] },
      action: { type: 'noOp' },
    });
    expect(JSON.parse(lastInput('CreateAutomation').eventFilter as string)).toEqual({
      run_filter: '{"$and":[]}',
      run_state_filter: { states: ['FAILED', 'RUNNING'] },
    });
    // W&B answers artifact filters wrapped in {"filter": ...}.
    const stored = [...fake.store.triggers.values()].find((t) => t.name === 'alias')!;
    expect(JSON.parse(stored.filter)).toEqual({ filter: '{"$or":[{"$and":[{"alias":{"$eq":"prod"}}]}]}' });
  });

  it('is disabled when asked', async () => {
    const { project } = await setup();
    const created = await api().createAutomation({
      name: 'off',
      enabled: false,
      event: { type: 'linkArtifact', scope: project },
      action: { type: 'noOp' },
    });
    expect(created.enabled).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ['an empty name', { name: '' }, 'name'],
    ['an unknown event type', { event: { type: 'runExploded' } }, 'event.type'],
    ['a threshold that is not a number', { event: { type: 'runMetricThreshold', metric: 'loss', cmp: '>', threshold: '2' } }, 'event.threshold'],
    ['a NaN threshold', { event: { type: 'runMetricThreshold', metric: 'loss', cmp: '>', threshold: NaN } }, 'event.threshold'],
    ['an unknown comparison', { event: { type: 'runMetricThreshold', metric: 'loss', cmp: '==', threshold: 1 } }, 'event.cmp'],
    ['an empty metric', { event: { type: 'runMetricThreshold', metric: '', cmp: '>', threshold: 1 } }, 'event.metric'],
    ['a zero window', { event: { type: 'runMetricThreshold', metric: 'loss', cmp: '>', threshold: 1, window: 0 } }, 'event.window'],
    ['an unknown aggregation', { event: { type: 'runMetricThreshold', metric: 'loss', cmp: '>', threshold: 1, agg: 'median' } }, 'event.agg'],
    ['a negative change', { event: { type: 'runMetricChange', metric: 'loss', change: 'absolute', direction: 'any', amount: -1 } }, 'event.amount'],
    [
      'an unknown change direction',
      { event: { type: 'runMetricChange', metric: 'loss', change: 'absolute', direction: 'up', amount: 1 } },
      'event.direction',
    ],
    ['no run states', { event: { type: 'runState', states: [] } }, 'event.states'],
    ['an unknown run state', { event: { type: 'runState', states: ['paused'] } }, 'event.states'],
    [
      'a run event on a collection',
      { event: { type: 'runState', states: ['failed'], scope: { type: 'artifactCollection', id: 'x' } } },
      'event.scope.type',
    ],
    ['an artifact creation on a project', { event: { type: 'createArtifact' } }, 'event.scope.type'],
    ['an unknown scope type', { event: { type: 'linkArtifact', scope: { type: 'galaxy', id: 'x' } } }, 'event.scope.type'],
    ['a scope without id', { event: { type: 'linkArtifact', scope: { type: 'project', id: '' } } }, 'event.scope.id'],
    ['an unknown action type', { action: { type: 'email' } }, 'action.type'],
    ['an action without integration', { action: { type: 'slackNotification', integrationId: '' } }, 'action.integrationId'],
    ['an unknown severity', { action: { type: 'slackNotification', integrationId: 'x', severity: 'PANIC' } }, 'action.severity'],
    ['a payload that is not an object', { action: { type: 'webhook', integrationId: 'x', payload: 'hi' } }, 'action.payload'],
    ['an enabled flag that is not a boolean', { enabled: 'yes' }, 'enabled'],
  ])('refuses %s before any request', async (_what, override, argument) => {
    const { project } = await setup();
    const base = {
      name: 'x',
      event: { type: 'runMetricThreshold', scope: project, metric: 'loss', cmp: '>', threshold: 1 },
      action: { type: 'noOp' },
    };
    const over = override as Record<string, Record<string, unknown>>;
    const automation = { ...base, ...over, ...(over.event ? { event: { scope: project, ...over.event } } : {}) };
    const error = await rejectionOf(api().createAutomation(automation as unknown as NewAutomation));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(fake.requests).toHaveLength(0);
  });

  it('throws NotSupportedError, sending no mutation, when the server lacks the event type', async () => {
    const { project } = await setup();
    fake.features.delete('AUTOMATION_EVENT_RUN_STATE');
    const error = await rejectionOf(
      api().createAutomation({ name: 's', event: { type: 'runState', scope: project, states: ['failed'] }, action: { type: 'noOp' } }),
    );
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(error.message).toContain('AUTOMATION_EVENT_RUN_STATE');
    expect(fake.operations()).toEqual(['ServerFeatures']);
  });

  it('creates events every server has without asking for features', async () => {
    const { slack, project } = await setup();
    fake.features.clear();
    await api().createAutomation({
      name: 'link',
      event: { type: 'linkArtifact', scope: project },
      action: { type: 'slackNotification', integrationId: slack.id },
    });
    expect(fake.operations()).toEqual(['CreateAutomation']);
  });

  it('surfaces what the server refuses: a non-member, a foreign integration, a taken name', async () => {
    const { slack, project } = await setup();
    fake.seed.team({ name: 'closed', withViewer: false });
    const closedProject = fake.seed.project({ entity: 'closed', name: 'secret' });
    const noOp = { type: 'noOp' } as const;
    expect(
      await rejectionOf(
        api().createAutomation({ name: 'x', event: { type: 'linkArtifact', scope: { type: 'project', id: closedProject.id } }, action: noOp }),
      ),
    ).toBeInstanceOf(PermissionError);
    const mine = fake.seed.integration({ type: 'slack' });
    const foreign = await rejectionOf(
      api().createAutomation({
        name: 'x',
        event: { type: 'linkArtifact', scope: project },
        action: { type: 'slackNotification', integrationId: mine.id },
      }),
    );
    expect(foreign.message).toContain('belongs to demo-user');
    await api().createAutomation({
      name: 'same',
      event: { type: 'linkArtifact', scope: project },
      action: { type: 'slackNotification', integrationId: slack.id },
    });
    const taken = await rejectionOf(api().createAutomation({ name: 'same', event: { type: 'linkArtifact', scope: project }, action: noOp }));
    expect(taken.message).toContain('already exists');
    expect(fake.store.triggers.size).toBe(1);
  });

  it('returns the existing automation of that name when asked to', async () => {
    const { project } = await setup();
    const automation: NewAutomation = { name: 'same', event: { type: 'linkArtifact', scope: project }, action: { type: 'noOp' } };
    const first = await api().createAutomation(automation);
    const second = await api().createAutomation(automation, { fetchExisting: true });
    expect(second.id).toBe(first.id);
    expect(fake.store.triggers.size).toBe(1);
  });
});

describe('api.automations() and api.automation()', () => {
  function seedAutomations(): void {
    fake.seed.automation({ name: 'on-loss', scope: { project: 'image-classifier', entity: 'demo-team' } });
    fake.seed.automation({ name: 'on-link', scope: { collection: 'resnet', project: 'image-classifier', entity: 'demo-team' } });
    fake.seed.automation({ name: 'on-cartpole', scope: { project: 'cartpole', entity: 'demo-team' }, eventType: 'RUN_STATE' });
    fake.seed.automation({ name: 'mine', scope: { project: 'scratch' } });
  }

  it("lists an entity's automations from Entity.triggers, with a count", async () => {
    seedAutomations();
    const automations = api().automations({ entity: 'demo-team', perPage: 2 });
    expect((await automations.toArray()).map((a) => a.name)).toEqual(['on-loss', 'on-link', 'on-cartpole']);
    expect(fake.operations()).toEqual(['ServerFeatures', 'EntityAutomations', 'EntityAutomations']);
    await expect(automations.length()).resolves.toBe(3);
  });

  it('walks the projects instead on a server without QUERY_AUTOMATIONS_ON_ENTITY', async () => {
    seedAutomations();
    fake.features.delete('QUERY_AUTOMATIONS_ON_ENTITY');
    const names = (await api().automations({ entity: 'demo-team', perPage: 1 }).toArray()).map((a) => a.name);
    expect(names.sort()).toEqual(['on-cartpole', 'on-link', 'on-loss']);
    expect(fake.operations()).toEqual(['ServerFeatures', 'EntityAutomationsLegacy', 'EntityAutomationsLegacy']);
  });

  it('asks for the server features once per Api', async () => {
    seedAutomations();
    const client = api();
    await client.automations({ entity: 'demo-team' }).toArray();
    await client.automations({ entity: 'demo-team' }).toArray();
    expect(fake.operations().filter((o) => o === 'ServerFeatures')).toHaveLength(1);
  });

  it("uses the viewer's entity when none is given, and filters by name", async () => {
    seedAutomations();
    expect((await api().automations().toArray()).map((a) => a.name)).toEqual(['mine']);
    expect((await api().automations({ entity: 'demo-team', name: 'on-link' }).toArray()).map((a) => a.name)).toEqual(['on-link']);
  });

  it('finds exactly one automation by name', async () => {
    seedAutomations();
    const found = await api().automation('on-cartpole', { entity: 'demo-team' });
    expect(found.event).toMatchObject({ type: 'runState', states: ['failed'] });
    expect(await rejectionOf(api().automation('nope', { entity: 'demo-team' }))).toBeInstanceOf(NotFoundError);
    expect(((await rejectionOf(api().automation(''))) as InvalidArgumentError).argument).toBe('name');
  });

  it('turns a server whose schema lacks the query into a NotSupportedError', async () => {
    seedAutomations();
    const body = JSON.stringify({ errors: [{ message: 'Cannot query field "triggers" on type "Entity".' }] });
    fake.failNext('EntityAutomations', { status: 400, body });
    const error = await rejectionOf(api().automations({ entity: 'demo-team' }).toArray());
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(error).toMatchObject({ status: 400, operation: 'EntityAutomations' });
    fake.failNext('EntityIntegrations', {
      status: 400,
      body: JSON.stringify({ errors: [{ message: 'Cannot query field "integrations" on type "Entity".' }] }),
    });
    expect(await rejectionOf(api().integrations({ entity: 'demo-team' }).toArray())).toBeInstanceOf(NotSupportedError);
  });

  it('answers a non-member with a PermissionError', async () => {
    fake.seed.team({ name: 'closed', withViewer: false });
    fake.seed.automation({ name: 'hidden', scope: { project: 'p', entity: 'closed' } });
    expect(await rejectionOf(api().automations({ entity: 'closed' }).toArray())).toBeInstanceOf(PermissionError);
  });

  it('keeps event types it does not model as "other", with the raw filter', async () => {
    fake.seed.automation({
      name: 'legacy',
      scope: { collection: 'c', project: 'image-classifier', entity: 'demo-team' },
      eventType: 'UPDATE_ARTIFACT_ALIAS',
    });
    const [automation] = await api().automations({ entity: 'demo-team' }).toArray();
    expect(automation?.event).toMatchObject({
      type: 'other',
      eventType: 'UPDATE_ARTIFACT_ALIAS',
      rawFilter: '{"filter":"{\\"$or\\":[{\\"$and\\":[]}]}"}',
    });
  });

  it('keeps the transport out of printed automations', async () => {
    seedAutomations();
    const [automation] = await api().automations({ entity: 'demo-team' }).toArray({ limit: 1 });
    expect(inspect(automation, { depth: 6 })).not.toContain(fake.apiKey);
  });
});

describe('api.updateAutomation()', () => {
  it('changes the enabled flag and description, sending the whole automation back', async () => {
    const { slack, project } = await setup();
    const created = await api().createAutomation({
      name: 'alert',
      event: { type: 'runMetricChange', scope: project, metric: 'loss', change: 'absolute', direction: 'decrease', amount: 1 },
      action: { type: 'slackNotification', integrationId: slack.id, message: 'hi' },
    });
    const updated = await api().updateAutomation(created, { enabled: false, description: 'paused' });
    expect(updated).toMatchObject({ id: created.id, name: 'alert', enabled: false, description: 'paused' });
    expect(updated.event).toEqual(created.event);
    expect(updated.action).toMatchObject({ type: 'slackNotification', message: 'hi' });
    expect(updated.updatedAt!.getTime()).toBeGreaterThan(created.updatedAt!.getTime());
    expect(lastInput('UpdateAutomation')).toMatchObject({
      id: created.id,
      triggeringEventType: 'RUN_METRIC_CHANGE',
      triggeredActionType: 'NOTIFICATION',
      scopeType: 'PROJECT',
    });
  });

  it('replaces the event and the action', async () => {
    const { hook, project } = await setup();
    const created = await api().createAutomation({ name: 'a', event: { type: 'linkArtifact', scope: project }, action: { type: 'noOp' } });
    const updated = await api().updateAutomation(created, {
      name: 'b',
      event: { type: 'runMetricThreshold', scope: project, metric: 'acc', cmp: '>=', threshold: 0.9 },
      action: { type: 'webhook', integrationId: hook.id },
    });
    expect(updated.name).toBe('b');
    expect(updated.event).toMatchObject({ type: 'runMetricThreshold', metric: 'acc', cmp: '>=', threshold: 0.9 });
    expect(updated.action).toMatchObject({ type: 'webhook', integrationId: hook.id });
    expect(fake.store.triggers.get(created.id)?.eventType).toBe('RUN_METRIC');
  });

  it('keeps an event type it does not model as it was', async () => {
    fake.seed.automation({
      name: 'legacy',
      scope: { collection: 'c', project: 'image-classifier', entity: 'demo-team' },
      eventType: 'UPDATE_ARTIFACT_ALIAS',
      eventFilter: { $or: [{ $and: [{ alias: { $regex: 'v.*' } }] }] },
    });
    const before = fake.store.triggers.values().next().value!.filter;
    const [automation] = await api().automations({ entity: 'demo-team' }).toArray();
    const updated = await api().updateAutomation(automation!, { enabled: false });
    expect(updated.enabled).toBe(false);
    expect(fake.store.triggers.values().next().value!.filter).toBe(before);
  });

  it('refuses bad changes before any request', async () => {
    const { project } = await setup();
    const created = await api().createAutomation({ name: 'a', event: { type: 'linkArtifact', scope: project }, action: { type: 'noOp' } });
    fake.requests.length = 0;
    const client = api();
    expect(((await rejectionOf(client.updateAutomation(created, { name: '' }))) as InvalidArgumentError).argument).toBe('name');
    expect(
      ((await rejectionOf(client.updateAutomation(created, { event: { type: 'runState', scope: project, states: [] } }))) as InvalidArgumentError)
        .argument,
    ).toBe('event.states');
    expect(((await rejectionOf(client.updateAutomation({ id: created.id } as Automation, {}))) as InvalidArgumentError).argument).toBe('automation');
    expect(fake.requests).toHaveLength(0);
  });

  it('throws NotSupportedError on a server that cannot edit automations', async () => {
    const { project } = await setup();
    const created = await api().createAutomation({
      name: 'a',
      event: { type: 'linkArtifact', scope: project },
      action: { type: 'slackNotification', integrationId: fake.seed.integration({ type: 'slack', entity: 'demo-team' }).id },
    });
    fake.features.delete('AUTOMATION_ACTION_NO_OP');
    const client = api();
    expect(await rejectionOf(client.updateAutomation(created, { enabled: false }))).toBeInstanceOf(NotSupportedError);
    expect(fake.operations().at(-1)).toBe('ServerFeatures');
  });

  it('throws NotFoundError for a deleted automation, or creates it again when asked', async () => {
    const { project } = await setup();
    const created = await api().createAutomation({
      name: 'gone',
      event: { type: 'linkArtifact', scope: project, alias: 'x' },
      action: { type: 'noOp' },
    });
    fake.store.triggers.clear();
    expect(await rejectionOf(api().updateAutomation(created, { enabled: false }))).toBeInstanceOf(NotFoundError);
    const again = await api().updateAutomation(created, { enabled: false }, { createMissing: true });
    expect(again).toMatchObject({ name: 'gone', enabled: false });
    expect(again.id).not.toBe(created.id);
    expect(again.event).toMatchObject({ type: 'linkArtifact', alias: 'x' });
  });
});

describe('api.deleteAutomation()', () => {
  it('deletes by object or id', async () => {
    const { project } = await setup();
    const a = await api().createAutomation({ name: 'a', event: { type: 'linkArtifact', scope: project }, action: { type: 'noOp' } });
    const b = await api().createAutomation({ name: 'b', event: { type: 'linkArtifact', scope: project }, action: { type: 'noOp' } });
    await expect(api().deleteAutomation(a)).resolves.toBe(true);
    await expect(api().deleteAutomation(b.id)).resolves.toBe(true);
    expect(fake.store.triggers.size).toBe(0);
    expect(await rejectionOf(api().deleteAutomation(a))).toBeInstanceOf(NotFoundError);
    expect(((await rejectionOf(api().deleteAutomation(''))) as InvalidArgumentError).argument).toBe('automation');
  });

  it('answers a non-member with a PermissionError', async () => {
    fake.seed.team({ name: 'closed', withViewer: false });
    const hidden = fake.seed.automation({ name: 'hidden', scope: { project: 'p', entity: 'closed' } });
    expect(await rejectionOf(api().deleteAutomation(hidden.id))).toBeInstanceOf(PermissionError);
    expect(fake.store.triggers.has(hidden.id)).toBe(true);
  });
});
