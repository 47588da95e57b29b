import { useFakeWandb } from '../support/fake';
import { pythonPost, type PythonAnswer } from '../support/python';

/**
 * The Launch requests of the Python client (wandb 0.30.0: `RunQueue`, `QueuedRun`,
 * `create_run_queue`, `upsert_run_queue`), written from its field and argument names.
 */
const { fake } = useFakeWandb();

function seed() {
  fake.seed.entity({ name: 'team', admins: ['demo-user'] });
  return fake.seed.runQueue({
    entity: 'team',
    name: 'gpus',
    resource: 'kubernetes',
    templateVariables: { ns: { type: 'string' } },
    items: [{ runSpec: { job: 'j' } }, { state: 'CLAIMED', associatedRunId: 'r1' }],
  });
}

function ok(answer: PythonAnswer): Record<string, unknown> {
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data as Record<string, unknown>;
}

const project = (data: Record<string, unknown>) => data.project as { runQueue: Record<string, unknown> };

describe('Launch requests of the Python client', () => {
  it('GetRunQueueMetadata and GetDefaultResourceConfig', async () => {
    const queue = seed();
    const meta = ok(
      await pythonPost(
        fake,
        `query GetRunQueueMetadata($projectName: String!, $entityName: String!, $runQueue: String!) {
          project(name: $projectName, entityName: $entityName) {
            runQueue(name: $runQueue) { id access defaultResourceConfigID prioritizationMode externalLinks }
          }
        }`,
        { projectName: 'model-registry', entityName: 'team', runQueue: 'gpus' },
      ),
    );
    expect(project(meta).runQueue).toEqual({
      id: queue.id,
      access: 'PROJECT',
      defaultResourceConfigID: queue.defaultResourceConfigId,
      prioritizationMode: null,
      externalLinks: null,
    });

    const config = ok(
      await pythonPost(
        fake,
        `query GetDefaultResourceConfig($entityName: String!, $id: ID!) {
          entity(name: $entityName) { defaultResourceConfig(id: $id) { config resource templateVariables { name schema } } }
        }`,
        { entityName: 'team', id: queue.defaultResourceConfigId },
      ),
    );
    expect((config.entity as { defaultResourceConfig: unknown }).defaultResourceConfig).toEqual({
      config: { resource_args: { kubernetes: {} } },
      resource: 'kubernetes',
      templateVariables: [{ name: 'ns', schema: { type: 'string' } }],
    });
  });

  it('GetRunQueueItems, GetRunQueueItem and its legacy form', async () => {
    const queue = seed();
    const items = ok(
      await pythonPost(
        fake,
        `query GetRunQueueItems($projectName: String!, $entityName: String!, $runQueue: String!) {
          project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueue) { runQueueItems(first: 100) { edges { node { id } } } } }
        }`,
        { projectName: 'model-registry', entityName: 'team', runQueue: 'gpus' },
      ),
    );
    expect((project(items).runQueue.runQueueItems as { edges: Array<{ node: { id: string } }> }).edges.map((e) => e.node.id)).toEqual(
      queue.items.map((i) => i.id),
    );

    const item = ok(
      await pythonPost(
        fake,
        `query GetRunQueueItem($projectName: String!, $entityName: String!, $runQueue: String!, $itemId: ID!) {
          project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueue) { runQueueItem(id: $itemId) { id state associatedRunId } } }
        }`,
        { projectName: 'model-registry', entityName: 'team', runQueue: 'gpus', itemId: queue.items[1]!.id },
      ),
    );
    expect(project(item).runQueue.runQueueItem).toEqual({ id: queue.items[1]!.id, state: 'CLAIMED', associatedRunId: 'r1' });

    const legacy = ok(
      await pythonPost(
        fake,
        `query GetRunQueueItem($projectName: String!, $entityName: String!, $runQueue: String!) {
          project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueue) { runQueueItems { edges { node { id state associatedRunId } } } } }
        }`,
        { projectName: 'model-registry', entityName: 'team', runQueue: 'gpus' },
      ),
    );
    expect((project(legacy).runQueue.runQueueItems as { edges: Array<{ node: { state: string } }> }).edges.map((e) => e.node.state)).toEqual([
      'PENDING',
      'CLAIMED',
    ]);
  });

  it('queued_run.delete(): fetchRunQueuesFromProject, then DeleteFromRunQueue', async () => {
    const queue = seed();
    const found = ok(
      await pythonPost(
        fake,
        `query fetchRunQueuesFromProject($entityName: String!, $projectName: String!, $runQueueName: String!) {
          project(name: $projectName, entityName: $entityName) { runQueue(name: $runQueueName) { id } }
        }`,
        { entityName: 'team', projectName: 'model-registry', runQueueName: 'gpus' },
      ),
    );
    expect(project(found).runQueue.id).toBe(queue.id);
    const deleted = ok(
      await pythonPost(
        fake,
        `mutation DeleteFromRunQueue($queueID: ID!, $runQueueItemId: ID!) {
          deleteFromRunQueue(input: { queueID: $queueID, runQueueItemId: $runQueueItemId }) { success clientMutationId }
        }`,
        { queueID: queue.id, runQueueItemId: queue.items[0]!.id },
      ),
    );
    expect(deleted.deleteFromRunQueue).toEqual({ success: true, clientMutationId: null });
    expect(queue.items).toHaveLength(1);
  });

  it('run_queue.delete(): DeleteRunQueue', async () => {
    const queue = seed();
    const data = ok(
      await pythonPost(fake, 'mutation DeleteRunQueue($id: ID!) { deleteRunQueues(input: { queueIDs: [$id] }) { success clientMutationId } }', {
        id: queue.id,
      }),
    );
    expect(data.deleteRunQueues).toEqual({ success: true, clientMutationId: null });
    expect(fake.store.runQueues.size).toBe(0);
  });

  it('create_run_queue: introspection, createDefaultResourceConfig, createRunQueue', async () => {
    fake.seed.entity({ name: 'team', admins: ['demo-user'] });
    fake.seed.project({ entity: 'team', name: 'model-registry' });
    const probe = ok(
      await pythonPost(fake, 'query ProbeCreateRunQueueInput { __type(name: "CreateRunQueueInput") { name inputFields { name } } }', null),
    );
    expect((probe.__type as { inputFields: Array<{ name: string }> }).inputFields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['defaultResourceConfigID', 'prioritizationMode']),
    );

    const config = ok(
      await pythonPost(
        fake,
        `mutation createDefaultResourceConfig($entityName: String!, $resource: String!, $config: JSONString!, $templateVariables: JSONString) {
          createDefaultResourceConfig(input: { entityName: $entityName, resource: $resource, config: $config, templateVariables: $templateVariables }) {
            defaultResourceConfigID success
          }
        }`,
        {
          entityName: 'team',
          resource: 'local-container',
          config: JSON.stringify({ resource_args: { 'local-container': {} } }),
          templateVariables: '{}',
        },
      ),
    );
    const configId = (config.createDefaultResourceConfig as { defaultResourceConfigID: string; success: boolean }).defaultResourceConfigID;
    expect(config.createDefaultResourceConfig).toEqual({ defaultResourceConfigID: expect.any(String), success: true });

    const created = ok(
      await pythonPost(
        fake,
        `mutation createRunQueue($entity: String!, $project: String!, $queueName: String!, $access: RunQueueAccessType!,
            $prioritizationMode: RunQueuePrioritizationMode, $defaultResourceConfigID: ID) {
          createRunQueue(input: { entityName: $entity, projectName: $project, queueName: $queueName, access: $access,
              prioritizationMode: $prioritizationMode defaultResourceConfigID: $defaultResourceConfigID }) { success queueID }
        }`,
        { entity: 'team', project: 'model-registry', queueName: 'q', access: 'PROJECT', prioritizationMode: null, defaultResourceConfigID: configId },
      ),
    );
    expect(created.createRunQueue).toEqual({ success: true, queueID: expect.any(String) });
    expect(fake.store.runQueues.get('team/model-registry/q')).toMatchObject({ defaultResourceConfigId: configId, prioritizationMode: null });
  });

  it('upsert_run_queue: upsertRunQueue', async () => {
    fake.seed.entity({ name: 'team', admins: ['demo-user'] });
    fake.seed.project({ entity: 'team', name: 'model-registry' });
    const data = ok(
      await pythonPost(
        fake,
        `mutation upsertRunQueue($entityName: String! $projectName: String! $queueName: String! $resourceType: String!
            $resourceConfig: JSONString! $templateVariables: JSONString $prioritizationMode: RunQueuePrioritizationMode
            $externalLinks: JSONString $clientMutationId: String) {
          upsertRunQueue(input: { entityName: $entityName projectName: $projectName queueName: $queueName resourceType: $resourceType
              resourceConfig: $resourceConfig templateVariables: $templateVariables prioritizationMode: $prioritizationMode
              externalLinks: $externalLinks clientMutationId: $clientMutationId }) { success configSchemaValidationErrors }
        }`,
        {
          entityName: 'team',
          projectName: 'model-registry',
          queueName: 'q',
          resourceType: 'kubernetes',
          resourceConfig: JSON.stringify({ resource_args: { kubernetes: { namespace: 'ml' } } }),
          templateVariables: null,
          prioritizationMode: 'DISABLED',
          externalLinks: JSON.stringify({ links: [{ label: 'docs', url: 'https://docs.example' }] }),
        },
      ),
    );
    expect(data.upsertRunQueue).toEqual({ success: true, configSchemaValidationErrors: [] });
    expect(fake.store.runQueues.get('team/model-registry/q')?.externalLinks).toEqual({ links: [{ label: 'docs', url: 'https://docs.example' }] });
  });
});
