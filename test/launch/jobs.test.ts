import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inspect } from 'node:util';
import { join } from 'node:path';
import { Artifact, IntegrityError, InvalidArgumentError, Job, NotFoundError, NotSupportedError, QueuedRun } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

const TRAIN = 'demo-team/image-classifier/train-resnet:latest';

/** Two versions of a repo job and an image job in the demo team's project, and a GPU queue. */
function seed() {
  fake.seed.job({
    entity: 'demo-team',
    project: 'image-classifier',
    name: 'train-resnet',
    config: { lr: 0.1, epochs: 3 },
    summary: { accuracy: 0.5 },
  });
  const latest = fake.seed.job({
    entity: 'demo-team',
    project: 'image-classifier',
    name: 'train-resnet',
    config: { lr: 0.1, epochs: 3, optimizer: 'adam', augment: true, layers: [64, 128] },
    summary: { accuracy: 0.5, loss: 1.2 },
    aliases: ['stable'],
    requirements: ['torch==2.4.0', 'wandb==0.30.0'],
  });
  fake.seed.job({ entity: 'demo-team', project: 'image-classifier', name: 'serve', sourceType: 'image', image: 'acme/serve:1.2' });
  fake.seed.runQueue({ entity: 'demo-team', name: 'gpu', resource: 'kubernetes' });
  return latest;
}

describe('api.job()', () => {
  it('reads the job file in memory: source, entry point, runtime, input and output types', async () => {
    seed();
    const job = await api().job(TRAIN);
    expect(job).toBeInstanceOf(Job);
    expect(job).toMatchObject({
      name: TRAIN,
      entity: 'demo-team',
      project: 'image-classifier',
      sourceType: 'repo',
      git: { remote: 'https://github.com/acme/train.git', commit: expect.stringMatching(/^[0-9a-f]{40}$/) },
      entrypoint: ['python', 'train.py'],
      notebook: false,
      runtime: '3.11.9',
      partial: false,
      root: undefined,
      requirementsFile: undefined,
    });
    expect(job.artifact).toBeInstanceOf(Artifact);
    expect(job.artifact).toMatchObject({ type: 'job', version: 'v1', aliases: expect.arrayContaining(['latest', 'stable']) });
    expect(job.inputTypes).toEqual({
      wb_type: 'typedDict',
      params: {
        type_map: {
          lr: { wb_type: 'number' },
          epochs: { wb_type: 'number' },
          optimizer: { wb_type: 'string' },
          augment: { wb_type: 'boolean' },
          layers: { wb_type: 'list', params: { element_type: { wb_type: 'number' }, length: 2 } },
        },
      },
    });
    expect(job.outputTypes).toMatchObject({ params: { type_map: { accuracy: { wb_type: 'number' }, loss: { wb_type: 'number' } } } });
    expect(fake.operations()).toEqual(['ArtifactByName', 'ArtifactFiles']);
    expect(inspect(job, { depth: 8 })).not.toContain(fake.apiKey);
    // The job file comes from storage, without the API key.
    const storage = fake.requests.filter((r) => r.method === 'GET');
    expect(storage.map((r) => r.path)).toEqual([expect.stringMatching(/wandb-job\.json$/)]);
    expect(storage[0]?.headers.authorization).toBeUndefined();
  });

  it('downloads the whole artifact into path, as the Python client does', async () => {
    seed();
    const dir = mkdtempSync(join(tmpdir(), 'wandb-job-'));
    try {
      const job = await api().job(TRAIN, { path: dir });
      expect(job.root).toBe(dir);
      expect(job.requirementsFile).toBe(join(dir, 'requirements.frozen.txt'));
      expect(readFileSync(job.requirementsFile!, 'utf8')).toBe('torch==2.4.0\nwandb==0.30.0\n');
      expect(JSON.parse(readFileSync(join(dir, 'wandb-job.json'), 'utf8'))).toEqual(job.info);
      await job.artifact.verify({ root: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads an image job', async () => {
    seed();
    const job = await api().job('demo-team/image-classifier/serve:v0');
    expect(job).toMatchObject({ sourceType: 'image', image: 'acme/serve:1.2', entrypoint: undefined, runtime: undefined, git: undefined, args: [] });
  });

  it.each(['train-resnet:latest', 'image-classifier/train-resnet:latest', 'demo-team/image-classifier/train-resnet', '', 'a/b/c/d:v0'])(
    'refuses the name %j before any request',
    async (name) => {
      const error = await rejectionOf(api().job(name));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('name');
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('throws NotFoundError for a missing job, and for an artifact that is not a job', async () => {
    seed();
    fake.seed.artifact({ entity: 'demo-team', project: 'image-classifier', name: 'cifar10', files: { 'a.csv': '1' } });
    expect(await rejectionOf(api().job('demo-team/image-classifier/nope:latest'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().job('demo-team/image-classifier/cifar10:latest'))).toBeInstanceOf(NotFoundError);
  });

  it('refuses a job file whose bytes do not match what W&B recorded', async () => {
    const latest = seed();
    const entry = latest.contents['wandb-job.json']!;
    const blob = fake.store.blobs.get(Buffer.from(entry.digest, 'base64').toString('hex'))!;
    blob.bytes = new TextEncoder().encode('{"source_type": "image"}');
    expect(await rejectionOf(api().job(TRAIN))).toBeInstanceOf(IntegrityError);
  });
});

describe('api.listJobs()', () => {
  it('lists every version of every job of a project', async () => {
    seed();
    fake.seed.artifact({ entity: 'demo-team', project: 'image-classifier', name: 'cifar10', files: { 'a.csv': '1' } });
    const jobs = await api().listJobs('demo-team', 'image-classifier', { perPage: 1 });
    expect(jobs.every((j) => j instanceof Artifact && j.type === 'job')).toBe(true);
    // The demo data has a job of its own, train-cifar.
    expect(jobs.map((j) => j.name).sort()).toEqual(['serve:v0', 'train-cifar:v0', 'train-resnet:v0', 'train-resnet:v1']);
    const job = await api().job(jobs.find((j) => j.name === 'serve:v0')!.qualifiedName);
    expect(job.sourceType).toBe('image');
  });

  it('gives an empty list for a project without jobs, and NotFoundError for a missing project', async () => {
    seed();
    await expect(api().listJobs('demo-team', 'cartpole')).resolves.toEqual([]);
    expect(await rejectionOf(api().listJobs('demo-team', 'nope'))).toBeInstanceOf(NotFoundError);
    expect(((await rejectionOf(api().listJobs('', 'x'))) as InvalidArgumentError).argument).toBe('entity');
  });
});

describe('job.call()', () => {
  it('puts a run of the job on a queue and returns the queued run', async () => {
    seed();
    const job = await api().job(TRAIN);
    const queued = await job.call(
      { lr: 0.01, optimizer: 'sgd' },
      { queue: 'gpu', entity: 'demo-team', resource: 'kubernetes', resourceArgs: { kubernetes: { namespace: 'ml' } } },
    );
    expect(queued).toBeInstanceOf(QueuedRun);
    expect(queued).toMatchObject({
      entity: 'demo-team',
      project: 'image-classifier',
      queueName: 'gpu',
      projectQueue: 'model-registry',
      state: 'pending',
    });
    expect(queued.runSpec).toEqual({
      job: TRAIN,
      entity: 'demo-team',
      project: 'image-classifier',
      resource: 'kubernetes',
      resource_args: { kubernetes: { namespace: 'ml' } },
      overrides: { run_config: { lr: 0.01, optimizer: 'sgd' }, args: [] },
    });
    const queue = [...fake.store.runQueues.values()].find((q) => q.name === 'gpu')!;
    expect(queue.items.map((i) => i.id)).toEqual([queued.id]);
    expect(fake.operations().slice(-2)).toEqual(['PushToRunQueueByName', 'RunQueueItem']);
  });

  it('sends a changed entry point as an override', async () => {
    seed();
    const job = await api().job(TRAIN);
    job.setEntrypoint(['python', 'finetune.py']);
    expect(job.entrypoint).toEqual(['python', 'finetune.py']);
    const queued = await job.call({}, { queue: 'gpu', entity: 'demo-team' });
    expect(queued.runSpec.overrides).toEqual({ run_config: {}, args: [], entry_point: ['python', 'finetune.py'] });
    expect(() => job.setEntrypoint([])).toThrow(InvalidArgumentError);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an input the job does not have', { lr: 0.1, momentum: 0.9 }, 'momentum is not an input'],
    ['a string for a number', { lr: '0.1' }, 'lr must be a number'],
    ['a list of the wrong elements', { layers: ['wide'] }, 'layers[0] must be a number'],
  ])('refuses %s before any request', async (_what, config, message) => {
    seed();
    const job = await api().job(TRAIN);
    fake.requests.length = 0;
    const error = await rejectionOf(job.call(config, { queue: 'gpu', entity: 'demo-team' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('config');
    expect(error.message).toContain(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses bad options before any request, and does not check the config of a partial job', async () => {
    seed();
    fake.seed.job({ entity: 'demo-team', project: 'image-classifier', name: 'manual', partial: true, config: { lr: 0.1 } });
    const partial = await api().job('demo-team/image-classifier/manual:v0');
    fake.requests.length = 0;
    expect(((await rejectionOf(partial.call({}, { resource: 'mainframe' as never }))) as InvalidArgumentError).argument).toBe('resource');
    expect(((await rejectionOf(partial.call({}, { queue: '' }))) as InvalidArgumentError).argument).toBe('queue');
    expect(((await rejectionOf(partial.call([] as never))) as InvalidArgumentError).argument).toBe('config');
    expect(fake.requests).toHaveLength(0);
    const queued = await partial.call({ anything: 'goes' }, { queue: 'gpu', entity: 'demo-team' });
    expect(queued.runSpec.overrides).toMatchObject({ run_config: { anything: 'goes' } });
  });

  it('surfaces a missing queue as NotFoundError, and a server without the mutation as NotSupportedError', async () => {
    seed();
    const job = await api().job(TRAIN);
    expect(await rejectionOf(job.call({}, { queue: 'nope', entity: 'demo-team' }))).toBeInstanceOf(NotFoundError);
    fake.store.unsupportedFields.add('Mutation.pushToRunQueueByName');
    expect(await rejectionOf(job.call({}, { queue: 'gpu', entity: 'demo-team' }))).toBeInstanceOf(NotSupportedError);
  });

  it("queues into the default entity's queue when no entity is given", async () => {
    seed();
    fake.seed.runQueue({ name: 'default' });
    const job = await api().job(TRAIN);
    const queued = await job.call({ epochs: 1 });
    expect(queued).toMatchObject({ entity: 'demo-user', queueName: 'default', project: 'image-classifier' });
    expect(queued.runSpec).toMatchObject({ entity: 'demo-user', resource: 'local-container' });
    expect(existsSync('artifacts')).toBe(false);
  });
});
