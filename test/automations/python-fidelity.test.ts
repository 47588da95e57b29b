/**
 * The requests the Python client (wandb 0.30) makes for automations and integrations, as WIRE.md
 * records them, must validate and execute on the fake with W&B's exact `__typename`s.
 */
import { createFakeWandb, type FakeWandb } from 'wandb-api/testing';
import { dataOf, pythonPost } from '../support/python';

const TRIGGER_FRAGMENTS = `
fragment SlackIntegrationFields on SlackIntegration { __typename id teamName channelName }
fragment GenericWebhookIntegrationFields on GenericWebhookIntegration { __typename id name urlEndpoint }
fragment TriggerFields on Trigger {
  __typename
  id createdAt updatedAt name description enabled
  scope {
    __typename
    ... on Project { __typename id name }
    ... on ArtifactPortfolio { __typename id name }
    ... on ArtifactSequence { __typename id name }
  }
  event: triggeringCondition {
    __typename
    ... on FilterEventTriggeringCondition { __typename eventType filter }
  }
  action: triggeredAction {
    __typename
    ... on NotificationTriggeredAction { __typename integration { __typename ...SlackIntegrationFields } title message severity }
    ... on GenericWebhookTriggeredAction { __typename integration { __typename ...GenericWebhookIntegrationFields } requestPayload }
    ... on NoOpTriggeredAction { __typename noOp }
  }
}
`;

const PAGE_INFO = 'fragment PageInfoFields on PageInfo { endCursor hasNextPage }';

const ENTITY_AUTOMATIONS = `query GetEntityAutomations($entity: String!, $cursor: String, $perPage: Int, $filters: JSONString) {
  scope: entity(name: $entity) {
    triggers(after: $cursor, first: $perPage, filters: $filters) {
      pageInfo { ...PageInfoFields }
      edges { node { ...TriggerFields } }
    }
  }
}
${TRIGGER_FRAGMENTS}
${PAGE_INFO}`;

const ENTITY_AUTOMATIONS_LEGACY = `query GetEntityAutomationsLegacy($entity: String!, $cursor: String, $perPage: Int) {
  scope: entity(name: $entity) {
    projects(after: $cursor, first: $perPage) {
      pageInfo { ...PageInfoFields }
      edges { cursor node { __typename triggers { ...TriggerFields } } }
    }
  }
}
${TRIGGER_FRAGMENTS}
${PAGE_INFO}`;

interface Seeded {
  fake: FakeWandb;
  slackId: string;
  hookId: string;
  projectId: string;
}

/** Three automations in the demo team: Slack on a project, webhook on a portfolio, no-op on a sequence. */
function seeded(): Seeded {
  const fake = createFakeWandb({ seed: 'demo' });
  const slack = fake.seed.integration({ type: 'slack', entity: 'demo-team', teamName: 'acme', channelName: '#ml' });
  const hook = fake.seed.integration({ type: 'webhook', entity: 'demo-team', name: 'ci', urlEndpoint: 'https://ci.example.com' });
  fake.seed.automation({
    name: 'loss',
    scope: { project: 'image-classifier', entity: 'demo-team' },
    action: { type: 'NOTIFICATION', integrationId: slack.id, title: 't', message: 'm', severity: 'WARN' },
  });
  fake.seed.automation({
    name: 'registry-link',
    scope: { collection: 'resnet', project: 'image-classifier', entity: 'demo-team', portfolio: true },
    action: { type: 'GENERIC_WEBHOOK', integrationId: hook.id, requestPayload: { text: '${artifact_version}' } },
  });
  fake.seed.automation({
    name: 'new-version',
    scope: { collection: 'runs-data', project: 'cartpole', entity: 'demo-team' },
    eventType: 'CREATE_ARTIFACT',
  });
  return { fake, slackId: slack.id, hookId: hook.id, projectId: fake.store.project('demo-team', 'image-classifier')!.id };
}

describe('Python client requests: automations', () => {
  it('GetEntityAutomations: entity triggers with exact typenames, page by page', async () => {
    const { fake, slackId, hookId } = seeded();
    const first = dataOf(await pythonPost(fake, ENTITY_AUTOMATIONS, { entity: 'demo-team', cursor: null, perPage: 2, filters: null }));
    const page1 = (
      first.scope as { triggers: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ node: Record<string, unknown> }> } }
    ).triggers;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e) => e.node.name)).toEqual(['loss', 'registry-link']);
    const [loss, link] = page1.edges.map((e) => e.node);
    expect(loss).toMatchObject({
      __typename: 'Trigger',
      enabled: true,
      description: null,
      scope: { __typename: 'Project', name: 'image-classifier' },
      event: { __typename: 'FilterEventTriggeringCondition', eventType: 'RUN_METRIC' },
      action: {
        __typename: 'NotificationTriggeredAction',
        title: 't',
        message: 'm',
        severity: 'WARN',
        integration: { __typename: 'SlackIntegration', id: slackId, teamName: 'acme', channelName: '#ml' },
      },
    });
    expect(JSON.parse((loss!.event as { filter: string }).filter)).toMatchObject({
      run_metric_filter: { threshold_filter: { name: 'loss', cmp_op: '$lt' } },
    });
    expect(link).toMatchObject({
      scope: { __typename: 'ArtifactPortfolio', name: 'resnet' },
      event: { eventType: 'LINK_MODEL', filter: '{"filter":"{\\"$or\\":[{\\"$and\\":[]}]}"}' },
      action: {
        __typename: 'GenericWebhookTriggeredAction',
        requestPayload: '{"text":"${artifact_version}"}',
        integration: { __typename: 'GenericWebhookIntegration', id: hookId, name: 'ci', urlEndpoint: 'https://ci.example.com' },
      },
    });
    const second = dataOf(await pythonPost(fake, ENTITY_AUTOMATIONS, { entity: 'demo-team', cursor: page1.pageInfo.endCursor, perPage: 2 }));
    const page2 = (second.scope as { triggers: { pageInfo: { hasNextPage: boolean }; edges: Array<{ node: Record<string, unknown> }> } }).triggers;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page2.edges[0]?.node).toMatchObject({
      name: 'new-version',
      scope: { __typename: 'ArtifactSequence', name: 'runs-data' },
      action: { __typename: 'NoOpTriggeredAction', noOp: true },
    });
    expect(fake.operations()).toEqual(['GetEntityAutomations', 'GetEntityAutomations']);
  });

  it('GetEntityAutomations: a server without QUERY_AUTOMATIONS_ON_ENTITY refuses the field', async () => {
    const { fake } = seeded();
    fake.features.delete('QUERY_AUTOMATIONS_ON_ENTITY');
    const answer = await pythonPost(fake, ENTITY_AUTOMATIONS, { entity: 'demo-team', perPage: 50 });
    expect(answer.body.errors?.[0]?.message).toBe('Cannot query field "triggers" on type "Entity".');
  });

  it('GetEntityAutomationsLegacy: triggers per project of the entity', async () => {
    const { fake } = seeded();
    fake.features.delete('QUERY_AUTOMATIONS_ON_ENTITY');
    const data = dataOf(await pythonPost(fake, ENTITY_AUTOMATIONS_LEGACY, { entity: 'demo-team', cursor: null, perPage: 50 }));
    const projects = (
      data.scope as {
        projects: {
          pageInfo: { hasNextPage: boolean };
          edges: Array<{ node: { __typename: string; triggers: Array<{ name: string; __typename: string }> } }>;
        };
      }
    ).projects;
    expect(projects.pageInfo.hasNextPage).toBe(false);
    expect(projects.edges.map((e) => [e.node.__typename, e.node.triggers.map((t) => t.name)])).toEqual([
      ['Project', ['loss', 'registry-link']],
      ['Project', ['new-version']],
    ]);
  });

  it('CreateAutomation, UpdateAutomation, DeleteAutomation with params as Python serialises them', async () => {
    const { fake, slackId, projectId } = seeded();
    const params = {
      name: 'py-made',
      description: 'from python',
      enabled: true,
      scopeType: 'PROJECT',
      scopeID: projectId,
      triggeringEventType: 'RUN_METRIC_CHANGE',
      eventFilter: JSON.stringify({
        run_filter: JSON.stringify({ $and: [] }),
        run_metric_filter: {
          change_filter: {
            name: 'acc',
            agg_op: 'MAX',
            current_window_size: 3,
            prior_window_size: 3,
            change_type: 'RELATIVE',
            change_dir: 'DECREASE',
            change_amount: 0.1,
          },
        },
      }),
      triggeredActionType: 'NOTIFICATION',
      triggeredActionConfig: { notificationActionInput: { integrationID: slackId, title: 'drop', message: 'accuracy dropped', severity: 'ERROR' } },
    };
    const created = dataOf(
      await pythonPost(
        fake,
        `mutation CreateAutomation($params: CreateFilterTriggerInput!) {
      result: createFilterTrigger(input: $params) { __typename trigger { ...TriggerFields } } } ${TRIGGER_FRAGMENTS}`,
        { params },
      ),
    );
    const result = created.result as { __typename: string; trigger: { id: string; event: { eventType: string; filter: string } } };
    expect(result.__typename).toBe('CreateFilterTriggerPayload');
    expect(result.trigger.event).toEqual({
      __typename: 'FilterEventTriggeringCondition',
      eventType: 'RUN_METRIC_CHANGE',
      filter: params.eventFilter,
    });

    const updated = dataOf(
      await pythonPost(
        fake,
        `mutation UpdateAutomation($params: UpdateFilterTriggerInput!) {
      result: updateFilterTrigger(input: $params) { __typename trigger { ...TriggerFields } } } ${TRIGGER_FRAGMENTS}`,
        { params: { ...params, id: result.trigger.id, enabled: false } },
      ),
    );
    expect(updated.result).toMatchObject({
      __typename: 'UpdateFilterTriggerPayload',
      trigger: { id: result.trigger.id, enabled: false, name: 'py-made' },
    });

    const deleted = dataOf(
      await pythonPost(
        fake,
        `mutation DeleteAutomation($id: ID!) {
      result: deleteTrigger(input: {triggerID: $id}) { __typename success } }`,
        { id: result.trigger.id },
      ),
    );
    expect(deleted.result).toEqual({ __typename: 'DeleteTriggerPayload', success: true });
    expect(fake.operations()).toEqual(['CreateAutomation', 'UpdateAutomation', 'DeleteAutomation']);
  });
});

describe('Python client requests: integrations', () => {
  it('IntegrationsByEntity: integrations with __typename and both kinds of fields', async () => {
    const { fake, slackId, hookId } = seeded();
    const query = `query IntegrationsByEntity($entityName: String!, $cursor: String, $perPage: Int) {
      entity(name: $entityName) {
        integrations(after: $cursor, first: $perPage) {
          __typename
          pageInfo { ...PageInfoFields }
          edges { cursor node { __typename ...SlackIntegrationFields ...GenericWebhookIntegrationFields } }
        }
      }
    }
    fragment SlackIntegrationFields on SlackIntegration { __typename id teamName channelName }
    fragment GenericWebhookIntegrationFields on GenericWebhookIntegration { __typename id name urlEndpoint }
    fragment PageInfoFields on PageInfo { endCursor hasNextPage }`;
    const data = dataOf(await pythonPost(fake, query, { entityName: 'demo-team', cursor: null, perPage: 50 }));
    const integrations = (
      data.entity as { integrations: { __typename: string; pageInfo: { hasNextPage: boolean }; edges: Array<{ cursor: string; node: unknown }> } }
    ).integrations;
    expect(integrations.__typename).toBe('IntegrationConnection');
    expect(integrations.pageInfo.hasNextPage).toBe(false);
    expect(integrations.edges.map((e) => e.node)).toEqual([
      { __typename: 'SlackIntegration', id: slackId, teamName: 'acme', channelName: '#ml' },
      { __typename: 'GenericWebhookIntegration', id: hookId, name: 'ci', urlEndpoint: 'https://ci.example.com' },
    ]);
    expect(fake.requests[0]).toMatchObject({ operationName: 'IntegrationsByEntity', status: 200 });
  });

  it('honours @include on the integration fragments', async () => {
    const { fake, hookId } = seeded();
    const query = `query IntegrationsByEntity($entityName: String!, $includeSlack: Boolean = false, $includeWebhook: Boolean = false) {
      entity(name: $entityName) { integrations { edges { node { __typename
        ... on SlackIntegration @include(if: $includeSlack) { id channelName }
        ... on GenericWebhookIntegration @include(if: $includeWebhook) { id urlEndpoint } } } } } }`;
    const data = dataOf(await pythonPost(fake, query, { entityName: 'demo-team', includeWebhook: true }));
    expect((data.entity as { integrations: { edges: Array<{ node: unknown }> } }).integrations.edges.map((e) => e.node)).toEqual([
      { __typename: 'SlackIntegration' },
      { __typename: 'GenericWebhookIntegration', id: hookId, urlEndpoint: 'https://ci.example.com' },
    ]);
  });
});
