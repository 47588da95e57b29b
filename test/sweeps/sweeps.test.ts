import { AbortError, Agent, AuthenticationError, InvalidArgumentError, NotFoundError, NotSupportedError, Run, Sweep } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

const bayes = {
  name: 'lr search',
  method: 'bayes',
  metric: { name: 'loss', goal: 'minimize' },
  parameters: { lr: { min: 0.0001, max: 0.1 }, optimizer: { values: ['adam', 'sgd'] }, seed: { value: '008' } },
  run_cap: 20,
};

function seedBayes() {
  fake.seed.entity({ name: 'team' });
  return fake.seed.sweep({
    entity: 'team',
    project: 'tuning',
    id: 'sw1',
    config: bayes,
    runs: [
      { id: 'a', summary: { loss: 0.5, accuracy: 0.7 }, config: { lr: 0.01 } },
      { id: 'b', summary: { loss: 0.2, accuracy: 0.9 }, config: { lr: 0.001 } },
      { id: 'c', summary: { loss: 0.3, accuracy: 0.95 }, config: { lr: 0.05 } },
    ],
    agents: [
      { id: 'agent1', host: 'gpu-1', runs: ['a', 'b'] },
      { id: 'agent2', host: 'gpu-2', runs: ['c'] },
    ],
  });
}

describe('api.sweep()', () => {
  it('returns the sweep with its YAML config parsed', async () => {
    const record = seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    expect(sweep).toBeInstanceOf(Sweep);
    expect(sweep).toMatchObject({
      id: record.id,
      name: 'sw1',
      entity: 'team',
      project: 'tuning',
      displayName: 'lr search',
      state: 'RUNNING',
      method: 'bayes',
      bestLoss: 0.2,
      runCount: 3,
      expectedRunCount: 20,
    });
    expect(sweep.config).toEqual(bayes);
    // YAML keeps a leading-zero string a string.
    expect((sweep.config.parameters as Record<string, { value: unknown }>).seed?.value).toBe('008');
    expect(sweep.createdAt).toBeInstanceOf(Date);
    expect(sweep.path).toEqual(['team', 'tuning', 'sw1']);
    expect(sweep.url).toBe('https://wandb.test/team/tuning/sweeps/sw1');
    expect(sweep.order).toBe('+summary_metrics.loss');
  });

  it.each([['team/tuning/sweeps/sw1'], ['https://wandb.ai/team/tuning/sweeps/sw1?workspace=user-me']])('accepts the path form %p', async (path) => {
    seedBayes();
    expect((await api().sweep(path)).name).toBe('sw1');
  });

  it("lists the sweep's and an agent's runs with their config and summary", async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    const runs = await sweep.runs().toArray();
    expect(Object.fromEntries(runs.map((r) => [r.name, [r.config.lr, r.summary.loss]]))).toEqual({ a: [0.01, 0.5], b: [0.001, 0.2], c: [0.05, 0.3] });
    const [first] = await (await sweep.agent('agent2')).runs().toArray();
    expect([first?.name, first?.config.lr, first?.summary.accuracy]).toEqual(['c', 0.05, 0.95]);
  });

  it('load() reads the sweep again: its state, run count and best loss', async () => {
    const record = seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    expect(sweep.state).toBe(record.state);
    record.state = 'FINISHED';
    record.bestLoss = 0.01;
    fake.requests.length = 0;
    expect(await sweep.load()).toBe(sweep);
    expect(fake.operations()).toEqual(['GetSweep']);
    expect(sweep).toMatchObject({ state: 'FINISHED', bestLoss: 0.01, name: 'sw1', entity: 'team', project: 'tuning', displayName: 'lr search' });
    for (const [key, value] of fake.store.sweeps) if (value === record) fake.store.sweeps.delete(key);
    expect(await rejectionOf(sweep.load())).toBeInstanceOf(NotFoundError);
  });

  it('fills in the default entity and project of short paths', async () => {
    seedBayes();
    expect((await api({ entity: 'team' }).sweep('tuning/sw1')).name).toBe('sw1');
    expect((await api({ entity: 'team', project: 'tuning' }).sweep('sw1')).name).toBe('sw1');
  });

  it('prefers the edited display name, then the config name, then the id', async () => {
    fake.seed.sweep({ project: 'p', id: 's1', displayName: 'edited', config: { name: 'from config', method: 'grid' } });
    fake.seed.sweep({ project: 'p', id: 's2', config: { method: 'grid' } });
    expect((await api().sweep('demo-user/p/s1')).displayName).toBe('edited');
    expect((await api().sweep('demo-user/p/s2')).displayName).toBe('s2');
  });

  it('takes a config given as YAML text as it is', async () => {
    fake.seed.sweep({ project: 'p', id: 's1', config: 'method: random\nparameters:\n  lr:\n    values: [0.1, 0.01]\n' });
    const sweep = await api().sweep('demo-user/p/s1');
    expect(sweep.config).toEqual({ method: 'random', parameters: { lr: { values: [0.1, 0.01] } } });
    expect(sweep.method).toBe('random');
  });

  it('throws NotFoundError for a missing sweep or project', async () => {
    seedBayes();
    expect(await rejectionOf(api().sweep('team/tuning/nope'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().sweep('team/missing/sw1'))).toBeInstanceOf(NotFoundError);
  });

  it.each([
    ['a/b/c/d/e', /not a sweep path/],
    ['team/tuning/runs/sw1', /not a sweep path/],
    ['', /must not be empty/],
    ['sw1', /No project/],
  ])('refuses the path %p before any request', async (path, message) => {
    const error = await rejectionOf(api().sweep(path));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('path');
    expect(error.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('retries a failed GetSweep once with the legacy query, as the Python client does', async () => {
    seedBayes();
    fake.failNext('GetSweep', { status: 409 });
    const sweep = await api().sweep('team/tuning/sw1');
    expect(fake.operations()).toEqual(['GetSweep', 'GetSweepLegacy']);
    expect(sweep).toMatchObject({ name: 'sw1', state: 'RUNNING', bestLoss: 0.2, method: 'bayes', runCount: undefined, createdAt: undefined });
    expect(sweep.config).toEqual(bayes);
  });

  it('reports the first error when the legacy query fails too', async () => {
    seedBayes();
    fake.failNext('GetSweep', { status: 409 });
    fake.failNext('GetSweepLegacy', { status: 400, body: JSON.stringify({ errors: [{ message: 'bad' }] }) });
    const error = await rejectionOf(api().sweep('team/tuning/sw1'));
    expect(error.message).toMatch(/409/);
  });

  it('does not fall back after an authentication failure', async () => {
    seedBayes();
    fake.failNext('GetSweep', { status: 401 });
    expect(await rejectionOf(api().sweep('team/tuning/sw1'))).toBeInstanceOf(AuthenticationError);
    expect(fake.operations()).toEqual(['GetSweep']);
  });

  it('says NotSupportedError when the server has no sweeps', async () => {
    seedBayes();
    fake.store.unsupportedFields.add('Project.sweep');
    const error = await rejectionOf(api().sweep('team/tuning/sw1'));
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(error.message).toMatch(/^Sweeps: not supported by this W&B server/);
  });
});

describe('sweep.runs()', () => {
  it('lists the runs attached to the sweep, lazily and in pages', async () => {
    seedBayes();
    fake.seed.run({ entity: 'team', project: 'tuning', id: 'outside' });
    fake.seed.run({ entity: 'team', project: 'tuning', id: 'other-sweep', sweepName: 'sw2' });
    const sweep = await api().sweep('team/tuning/sw1');
    fake.requests.length = 0;
    const runs = sweep.runs({ perPage: 2 });
    expect(fake.requests).toHaveLength(0);
    const all = await runs.toArray();
    expect(all.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(all[0]).toBeInstanceOf(Run);
    expect(all[0]?.sweepName).toBe('sw1');
    expect(fake.operations()).toEqual(['SweepRuns', 'SweepRuns']);
    expect(await sweep.runs().length()).toBe(3);
  });

  it('orders them as asked', async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    const byLoss = await sweep.runs({ order: '+summary_metrics.loss' }).toArray();
    expect(byLoss.map((r) => r.name)).toEqual(['b', 'c', 'a']);
  });
});

describe('sweep.bestRun()', () => {
  it('sorts by the config metric and goal, and returns the run with its summary', async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    const best = await sweep.bestRun();
    expect(best?.name).toBe('b');
    expect(best?.summary).toEqual({ loss: 0.2, accuracy: 0.9 });
    expect(best?.config).toEqual({ lr: 0.001 });
    expect(fake.requests.at(-1)?.variables).toMatchObject({ order: '+summary_metrics.loss' });
  });

  it('maximizes when the goal says so', async () => {
    fake.seed.sweep({
      project: 'p',
      id: 's',
      config: { method: 'random', metric: { name: 'accuracy', goal: 'maximize' } },
      runs: [
        { id: 'x', summary: { accuracy: 0.5 } },
        { id: 'y', summary: { accuracy: 0.8 } },
      ],
    });
    const sweep = await api().sweep('demo-user/p/s');
    expect(sweep.bestLoss).toBe(0.8);
    expect((await sweep.bestRun())?.name).toBe('y');
  });

  it('takes an explicit order, formatted as the Python client formats it', async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    expect((await sweep.bestRun({ order: 'accuracy' }))?.name).toBe('c');
    expect(fake.requests.at(-1)?.variables).toMatchObject({ order: '-summary_metrics.accuracy' });
    expect((await sweep.bestRun({ order: '+summary_metrics.accuracy' }))?.name).toBe('a');
    expect(await rejectionOf(sweep.bestRun({ order: ' ' }))).toBeInstanceOf(InvalidArgumentError);
  });

  it('returns the most recent run without a metric, and undefined without runs', async () => {
    fake.seed.sweep({ project: 'p', id: 's', config: { method: 'grid' }, runs: [{ id: 'old' }, { id: 'new' }] });
    fake.seed.sweep({ project: 'p', id: 'empty', config: { method: 'grid', metric: { name: 'loss' } } });
    expect((await (await api().sweep('demo-user/p/s')).bestRun())?.name).toBe('new');
    expect(await (await api().sweep('demo-user/p/empty')).bestRun()).toBeUndefined();
  });
});

describe('sweep agents', () => {
  it('lists the agents and finds one by id', async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    const agents = await sweep.agents().toArray();
    expect(agents.map((a) => [a.name, a.host, a.totalRuns])).toEqual([
      ['agent1', 'gpu-1', 2],
      ['agent2', 'gpu-2', 1],
    ]);
    expect(agents[0]).toBeInstanceOf(Agent);
    const agent = await sweep.agent('agent2');
    expect(agent).toMatchObject({ name: 'agent2', state: 'RUNNING', sweep: 'sw1', entity: 'team', user: 'demo-user' });
    expect((await agent.runs().toArray()).map((r) => r.name)).toEqual(['c']);
    expect(await agents[0]!.runs().length()).toBe(2);
  });

  it('throws NotFoundError for an unknown agent', async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    expect(await rejectionOf(sweep.agent('nobody'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(sweep.agent(''))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('project.sweeps()', () => {
  it("lists a project's sweeps with the server's count", async () => {
    for (const id of ['s1', 's2', 's3']) fake.seed.sweep({ entity: 'demo-user', project: 'p', id, config: { method: 'grid', name: `sweep ${id}` } });
    fake.seed.sweep({ project: 'elsewhere', id: 'x' });
    const project = await api().project('p', 'demo-user');
    const sweeps = project.sweeps({ perPage: 2 });
    expect((await sweeps.toArray()).map((s) => [s.name, s.displayName])).toEqual([
      ['s1', 'sweep s1'],
      ['s2', 'sweep s2'],
      ['s3', 'sweep s3'],
    ]);
    expect(await project.sweeps().length()).toBe(3);
  });

  it('is empty for a project without sweeps', async () => {
    fake.seed.project({ name: 'quiet' });
    expect(await (await api().project('quiet')).sweeps().toArray()).toEqual([]);
  });
});

describe('sweep.enqueueRun()', () => {
  it('says NotSupportedError, sending no mutation, when the server lacks the local scheduler', async () => {
    seedBayes();
    fake.features.delete('SWEEPS_LOCAL_SCHEDULER');
    const sweep = await api().sweep('team/tuning/sw1');
    const error = await rejectionOf(sweep.enqueueRun({ lr: 0.01 }));
    expect(error).toBeInstanceOf(NotSupportedError);
    expect(fake.operations()).not.toContain('EnqueueSweepRun');
  });

  it('queues a run of the sweep when the server has the feature', async () => {
    seedBayes();
    fake.features.add('SWEEPS_LOCAL_SCHEDULER');
    const sweep = await api().sweep('team/tuning/sw1');
    const id = await sweep.enqueueRun({ lr: 0.02, optimizer: { value: 'sgd' } }, { displayName: 'manual' });
    expect(fake.requests.at(-1)?.variables).toEqual({
      id: sweep.id,
      config: JSON.stringify({ lr: { value: 0.02 }, optimizer: { value: 'sgd' } }),
      displayName: 'manual',
    });
    const queued = fake.store.runsOf('team', 'tuning').find((r) => r.id === id);
    expect(queued).toMatchObject({ sweepName: 'sw1', displayName: 'manual', state: 'pending', config: { lr: { value: 0.02, desc: null } } });
    expect(await sweep.runs().length()).toBe(4);
  });

  it('refuses bad arguments before any request', async () => {
    seedBayes();
    const sweep = await api().sweep('team/tuning/sw1');
    fake.requests.length = 0;
    expect(await rejectionOf(sweep.enqueueRun([] as never))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(sweep.enqueueRun({}, { displayName: '' }))).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });
});

it('cancels a sweep listing with the signal', async () => {
  seedBayes();
  const sweep = await api().sweep('team/tuning/sw1');
  const controller = new AbortController();
  controller.abort();
  expect(await rejectionOf(sweep.runs({ signal: controller.signal }).toArray())).toBeInstanceOf(AbortError);
});

it('never shows the transport when printed', async () => {
  seedBayes();
  const sweep = await api().sweep('team/tuning/sw1');
  expect(JSON.stringify(sweep)).not.toContain(fake.apiKey);
  expect(Object.keys(sweep)).not.toContain('ctx');
});

describe('runs with includeSweeps', () => {
  it("attaches each run's sweep, parsed, in the same request", async () => {
    fake.seed.sweep({
      entity: 'team',
      project: 'p',
      id: 'sw9',
      config: { method: 'grid', metric: { name: 'acc', goal: 'maximize' } },
      runs: [{ id: 'a' }, { id: 'b' }],
    });
    fake.seed.run({ entity: 'team', project: 'p', id: 'solo' });
    const runs = await api().runs('team/p', { includeSweeps: true }).toArray();
    expect(runs.map((r) => [r.name, r.sweep?.name])).toEqual([
      ['a', 'sw9'],
      ['b', 'sw9'],
      ['solo', undefined],
    ]);
    expect(runs[0]?.sweep?.config).toMatchObject({ method: 'grid', metric: { name: 'acc', goal: 'maximize' } });
    expect(runs[0]?.sweep).toBe(runs[1]?.sweep);
    expect(fake.operations()).toEqual(['Runs']);
  });

  it('leaves run.sweep unset by default', async () => {
    fake.seed.sweep({ entity: 'team', project: 'p', id: 'sw9', config: { method: 'grid' }, runs: [{ id: 'a' }] });
    const [run] = await api().runs('team/p').toArray();
    expect(run?.sweepName).toBe('sw9');
    expect(run?.sweep).toBeUndefined();
  });
});
