import {
  AbortError,
  GraphQLResponseError,
  InvalidArgumentError,
  NotFoundError,
  NotSupportedError,
  PermissionError,
  QueuedRun,
  Run,
  RunQueue,
  ServerError,
  TimeoutError,
} from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seedQueue() {
  fake.seed.entity({ name: 'team', admins: ['demo-user'] });
  return fake.seed.runQueue({
    entity: 'team',
    name: 'gpus',
    resource: 'kubernetes',
    config: { namespace: '{{ns}}' },
    templateVariables: { ns: { type: 'string', default: 'ml' } },
    externalLinks: { dashboard: 'https://grafana.example/d/1' },
    prioritizationMode: 'V0',
    items: [{ runSpec: { job: 'team/p/job-train:v0' } }, { state: 'CLAIMED', associatedRunId: 'run-1' }],
  });
}

describe('api.runQueue()', () => {
  it('returns the queue with its metadata, resource config and items', async () => {
    const record = seedQueue();
    const queue = await api().runQueue('gpus', 'team');
    expect(queue).toBeInstanceOf(RunQueue);
    expect(queue).toMatchObject({
      id: record.id,
      name: 'gpus',
      entity: 'team',
      project: 'model-registry',
      access: 'PROJECT',
      prioritizationMode: 'V0',
      defaultResourceConfigId: record.defaultResourceConfigId,
      externalLinks: { dashboard: 'https://grafana.example/d/1' },
      configWarnings: [],
    });
    expect(queue.createdAt).toBeInstanceOf(Date);
    expect(await queue.resourceConfig()).toMatchObject({
      resource: 'kubernetes',
      config: { resource_args: { kubernetes: { namespace: '{{ns}}' } } },
      templateVariables: [{ name: 'ns', schema: { type: 'string', default: 'ml' } }],
    });
    // Python's queue.type, queue.default_resource_config and queue.template_variables.
    expect(await queue.type()).toBe('kubernetes');
    expect(await queue.defaultResourceConfig()).toEqual({ resource_args: { kubernetes: { namespace: '{{ns}}' } } });
    expect(await queue.templateVariables()).toEqual([{ name: 'ns', schema: { type: 'string', default: 'ml' } }]);
    const items = await queue.items().toArray();
    expect(items.map((i) => [i.state, i.runId])).toEqual([
      ['pending', undefined],
      ['claimed', 'run-1'],
    ]);
    expect(items[0]).toBeInstanceOf(QueuedRun);
    expect(items[0]?.runSpec).toEqual({ job: 'team/p/job-train:v0' });
    expect((await queue.item(items[1]!.id)).runId).toBe('run-1');
  });

  it('uses the default entity, and says NotFoundError for an unknown queue', async () => {
    fake.seed.runQueue({ name: 'mine' });
    expect((await api().runQueue('mine')).entity).toBe('demo-user');
    expect(await rejectionOf(api().runQueue('nope'))).toBeInstanceOf(NotFoundError);
  });

  it('says NotSupportedError on a server without Launch', async () => {
    seedQueue();
    fake.store.unsupportedFields.add('Project.runQueue');
    const error = await rejectionOf(api().runQueue('gpus', 'team'));
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(error.message).toMatch(/^Launch run queues: not supported/);
  });
});

describe('api.createRunQueue()', () => {
  it('creates the Launch project, a resource config and the queue', async () => {
    fake.seed.entity({ name: 'team', admins: ['demo-user'] });
    const queue = await api().createRunQueue('cpu', 'local-process', {
      entity: 'team',
      prioritizationMode: 'v0',
      config: { env: ['A=1'] },
      templateVariables: { cpus: { type: 'integer' } },
    });
    expect(fake.operations()).toEqual(['CreateProject', 'CreateDefaultResourceConfig', 'CreateRunQueue']);
    expect(queue).toMatchObject({ name: 'cpu', entity: 'team', project: 'model-registry', access: 'PROJECT', prioritizationMode: 'V0' });
    expect(fake.store.project('team', 'model-registry')).toBeDefined();
    const fetched = await api().runQueue('cpu', 'team');
    expect(fetched.id).toBe(queue.id);
    expect(await fetched.resourceConfig()).toMatchObject({
      resource: 'local-process',
      config: { resource_args: { 'local-process': { env: ['A=1'] } } },
      templateVariables: [{ name: 'cpus', schema: { type: 'integer' } }],
    });
  });

  it('refuses bad arguments before any request, naming the argument', async () => {
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => api().createRunQueue('', 'kubernetes'), 'name'],
      [() => api().createRunQueue('x'.repeat(65), 'kubernetes'), 'name'],
      [() => api().createRunQueue('q', 'mainframe' as never), 'type'],
      [() => api().createRunQueue('q', 'kubernetes', { prioritizationMode: 'V1' as never }), 'prioritizationMode'],
      [() => api().createRunQueue('q', 'kubernetes', { config: [] as never }), 'config'],
      [() => api().createRunQueue('q', 'kubernetes', { entity: 'a b' }), 'entity'],
    ];
    for (const [call, argument] of cases) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it("surfaces the server's refusal for a team the key does not administer", async () => {
    fake.seed.entity({ name: 'others' });
    const error = await rejectionOf(api().createRunQueue('q', 'kubernetes', { entity: 'others' }));
    expect(error).toBeInstanceOf(PermissionError);
    expect(fake.store.runQueues.size).toBe(0);
  });

  it('refuses a second queue of the same name', async () => {
    await api().createRunQueue('q', 'local-container');
    expect(await rejectionOf(api().createRunQueue('q', 'local-container'))).toBeInstanceOf(GraphQLResponseError);
  });

  it('says NotSupportedError on a server without queue creation', async () => {
    fake.store.unsupportedFields.add('Mutation.createRunQueue');
    expect(await rejectionOf(api().createRunQueue('q', 'local-container'))).toBeInstanceOf(NotSupportedError);
  });
});

describe('api.upsertRunQueue()', () => {
  it('creates a queue, then replaces its config, links and mode', async () => {
    const created = await api().upsertRunQueue('q', { image: 'python:3.12' }, 'local-container', {
      externalLinks: { runbook: 'https://wiki.example/runbook' },
    });
    expect(created).toMatchObject({
      name: 'q',
      prioritizationMode: 'DISABLED',
      externalLinks: { runbook: 'https://wiki.example/runbook' },
      configWarnings: [],
    });
    expect(fake.requests.find((r) => r.operationName === 'UpsertRunQueue')?.variables).toMatchObject({
      input: {
        entityName: 'demo-user',
        projectName: 'model-registry',
        queueName: 'q',
        resourceType: 'local-container',
        resourceConfig: JSON.stringify({ resource_args: { 'local-container': { image: 'python:3.12' } } }),
        externalLinks: JSON.stringify({ links: [{ label: 'runbook', url: 'https://wiki.example/runbook' }] }),
        prioritizationMode: 'DISABLED',
      },
    });

    const updated = await api().upsertRunQueue('q', { namespace: '{{ns}}', gpus: '{{gpus}}' }, 'kubernetes', {
      templateVariables: { ns: { type: 'string' } },
      prioritizationMode: 'V0',
    });
    expect(updated.id).toBe(created.id);
    expect(updated).toMatchObject({ prioritizationMode: 'V0', externalLinks: {} });
    expect(updated.configWarnings).toEqual(['template variable gpus is used but not declared']);
    expect((await updated.resourceConfig()).resource).toBe('kubernetes');
  });

  it('refuses bad arguments before any request', async () => {
    const cases: Array<[() => Promise<unknown>, string]> = [
      [() => api().upsertRunQueue('', {}, 'kubernetes'), 'name'],
      [() => api().upsertRunQueue('q', null as never, 'kubernetes'), 'resourceConfig'],
      [() => api().upsertRunQueue('q', {}, 'nope' as never), 'resourceType'],
      [() => api().upsertRunQueue('q', {}, 'kubernetes', { prioritizationMode: 'FAST' as never }), 'prioritizationMode'],
      [() => api().upsertRunQueue('q', {}, 'kubernetes', { externalLinks: { a: 1 } as never }), 'externalLinks'],
    ];
    for (const [call, argument] of cases) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('says NotSupportedError on a server without upserts', async () => {
    fake.store.unsupportedFields.add('Mutation.upsertRunQueue');
    expect(await rejectionOf(api().upsertRunQueue('q', {}, 'kubernetes'))).toBeInstanceOf(NotSupportedError);
  });
});

describe('runQueue.delete()', () => {
  it('deletes the queue', async () => {
    seedQueue();
    await (await api().runQueue('gpus', 'team')).delete();
    expect(await rejectionOf(api().runQueue('gpus', 'team'))).toBeInstanceOf(NotFoundError);
  });

  it('is refused to a member who is not an admin', async () => {
    fake.seed.entity({ name: 'team' });
    fake.seed.runQueue({ entity: 'team', name: 'shared' });
    const queue = await api().runQueue('shared', 'team');
    expect(await rejectionOf(queue.delete())).toBeInstanceOf(PermissionError);
    expect(fake.store.runQueues.size).toBe(1);
  });
});

describe('api.queuedRun()', () => {
  it('returns the item and deletes it', async () => {
    const record = seedQueue();
    const item = record.items[0]!;
    const queued = await api().queuedRun('team', 'p', 'gpus', item.id);
    expect(queued).toMatchObject({
      id: item.id,
      entity: 'team',
      project: 'p',
      queueName: 'gpus',
      projectQueue: 'model-registry',
      state: 'pending',
      runId: undefined,
    });
    expect((await queued.reload()).state).toBe('pending');
    await queued.delete();
    expect(record.items.map((i) => i.id)).not.toContain(item.id);
    expect(await rejectionOf(queued.reload())).toBeInstanceOf(NotFoundError);
  });

  it('says NotFoundError for an unknown queue or item, and refuses bad arguments first', async () => {
    seedQueue();
    expect(await rejectionOf(api().queuedRun('team', 'p', 'gpus', 'UnVuUXVldWVJdGVtOnYxOjk5'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().queuedRun('team', 'p', 'nope', 'x'))).toBeInstanceOf(NotFoundError);
    fake.requests.length = 0;
    expect(await rejectionOf(api().queuedRun('team', 'p', '', 'x'))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(api().queuedRun('team', 'p', 'gpus', ''))).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });

  it('waits until an agent starts the run, then until the run ends', async () => {
    const queue = seedQueue();
    const item = queue.items[0]!;
    const queued = await api().queuedRun('team', 'p', 'gpus', item.id);
    setTimeout(() => {
      fake.seed.run({ entity: 'team', project: 'p', id: 'launched', state: 'running' });
      item.state = 'CLAIMED';
      item.associatedRunId = 'launched';
    }, 30);
    const run = await queued.waitUntilRunning({ pollInterval: 5, timeout: 10_000 });
    expect(run).toBeInstanceOf(Run);
    expect(run.name).toBe('launched');

    setTimeout(() => {
      const record = fake.store.run('team', 'p', 'launched')!;
      record.state = 'finished';
      record.summary = { loss: 0.1 };
    }, 30);
    const finished = await queued.waitUntilFinished({ pollInterval: 5, timeout: 10_000 });
    expect(finished.state).toBe('finished');
    expect(finished.summary).toEqual({ loss: 0.1 });
  });

  it('gives up with a TimeoutError, or an AbortError when cancelled', async () => {
    const queue = seedQueue();
    const queued = await api().queuedRun('team', 'p', 'gpus', queue.items[0]!.id);
    const started = Date.now();
    expect(await rejectionOf(queued.waitUntilRunning({ pollInterval: 5, timeout: 60 }))).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await rejectionOf(queued.waitUntilRunning({ pollInterval: 5, signal: controller.signal }))).toBeInstanceOf(AbortError);
    expect(await rejectionOf(queued.waitUntilRunning({ pollInterval: -1 }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('stops waiting when the item failed', async () => {
    const queue = seedQueue();
    const item = queue.items[0]!;
    item.state = 'FAILED';
    const queued = await api().queuedRun('team', 'p', 'gpus', item.id);
    expect(await rejectionOf(queued.waitUntilRunning({ pollInterval: 5 }))).toBeInstanceOf(ServerError);
  });
});
