import { AbortError, GraphQLResponseError, InvalidArgumentError, NotFoundError, PermissionError, Run, TimeoutError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seedRun(fields: Partial<Parameters<typeof fake.seed.run>[0]> = {}) {
  return fake.seed.run({
    project: 'p',
    id: 'r1',
    displayName: 'first',
    config: { lr: 0.1, layers: [64, 32] },
    summary: { loss: 0.5, acc: 0.8 },
    systemMetrics: { 'system.gpu.0.memory': 12 },
    tags: ['a', 'b'],
    notes: 'n',
    group: 'g',
    jobType: 'train',
    sweepName: 'sw1',
    history: [{ loss: 1 }, { loss: 0.5 }],
    ...fields,
  });
}

describe('Run', () => {
  it('has every attribute of a loaded run', async () => {
    seedRun();
    const run = await api().run('demo-user/p/r1');
    expect(run).toMatchObject({
      name: 'r1',
      displayName: 'first',
      entity: 'demo-user',
      project: 'p',
      state: 'finished',
      tags: ['a', 'b'],
      notes: 'n',
      group: 'g',
      jobType: 'train',
      sweepName: 'sw1',
      user: 'demo-user',
      readOnly: false,
      loaded: true,
      config: { lr: 0.1, layers: [64, 32] },
      summary: { loss: 0.5, acc: 0.8 },
      systemMetrics: { 'system.gpu.0.memory': 12 },
      historyLineCount: 2,
      lastHistoryStep: 1,
    });
    expect(run.path).toEqual(['demo-user', 'p', 'r1']);
    expect(run.url).toBe('https://wandb.test/demo-user/p/runs/r1');
    expect(run.createdAt).toBeInstanceOf(Date);
    expect(run.heartbeatAt).toBeInstanceOf(Date);
    expect(run.historyKeys).toMatchObject({ lastStep: 1, keys: { loss: expect.any(Object) } });
    expect(run.projectId).toMatch(/^\d+$/);
  });

  it('reports lastHistoryStep -1 for a loaded run without history, undefined for a light one', async () => {
    seedRun({ history: [] });
    expect((await api().run('demo-user/p/r1')).lastHistoryStep).toBe(-1);
    const [light] = await api().runs('demo-user/p').toArray();
    expect(light?.lastHistoryStep).toBeUndefined();
  });

  it('refreshes from the server, replacing local changes', async () => {
    seedRun();
    const run = await api().run('demo-user/p/r1');
    run.notes = 'local';
    fake.store.run('demo-user', 'p', 'r1')!.summary.loss = 0.25;
    await run.refresh();
    expect(run.notes).toBe('n');
    expect(run.summary.loss).toBe(0.25);
  });

  it('throws NotFoundError when a run disappears before refresh', async () => {
    seedRun();
    const run = await api().run('demo-user/p/r1');
    fake.store.deleteRun('demo-user', 'p', 'r1');
    expect(await rejectionOf(run.refresh())).toBeInstanceOf(NotFoundError);
  });

  describe('update()', () => {
    it('sends nothing when nothing changed', async () => {
      seedRun();
      const run = await api().run('demo-user/p/r1');
      await expect(run.update()).resolves.toBe(false);
      expect(fake.operations()).toEqual(['Run']);
    });

    it('sends only the changed scalar fields, in one request', async () => {
      seedRun();
      const run = await api().run('demo-user/p/r1');
      run.notes = 'updated notes';
      run.displayName = 'renamed';
      await expect(run.update()).resolves.toBe(true);
      expect(fake.operations()).toEqual(['Run', 'UpdateRun']);
      expect(fake.requests[1]?.variables?.input).toEqual({ id: run.id, notes: 'updated notes', displayName: 'renamed' });
      expect(fake.store.run('demo-user', 'p', 'r1')).toMatchObject({ notes: 'updated notes', displayName: 'renamed', group: 'g' });
    });

    it('keeps changes others made after the load: other tags, other summary and config keys, other fields', async () => {
      seedRun();
      const run = await api().run('demo-user/p/r1');
      // Someone else changes the run after we loaded it.
      const stored = fake.store.run('demo-user', 'p', 'r1')!;
      stored.tags = ['a', 'b', 'theirs'];
      stored.summary = { ...stored.summary, acc: 0.9, theirs: 1 };
      stored.config = { ...stored.config, momentum: { value: 0.9, desc: 'set elsewhere' } };
      stored.group = 'their-group';
      // We change other things.
      run.tags = run.tags.filter((t) => t !== 'a').concat('ours');
      run.summary.loss = 0.1;
      run.config.lr = 0.2;
      run.jobType = 'eval';
      await run.update();

      const after = fake.store.run('demo-user', 'p', 'r1')!;
      expect(after.tags).toEqual(['b', 'theirs', 'ours']);
      expect(after.summary).toEqual({ loss: 0.1, acc: 0.9, theirs: 1 });
      expect(after.config).toEqual({
        lr: { value: 0.2, desc: null },
        layers: { value: [64, 32], desc: null },
        momentum: { value: 0.9, desc: 'set elsewhere' },
      });
      expect(after.group).toBe('their-group');
      expect(after.jobType).toBe('eval');
      expect(fake.requests.at(-1)?.variables?.input).not.toHaveProperty('groupName');
      // The object now shows the merged state.
      expect(run.summary).toEqual({ loss: 0.1, acc: 0.9, theirs: 1 });
      expect(run.config.momentum).toBe(0.9);
      expect(run.tags).toEqual(['b', 'theirs', 'ours']);
    });

    it('deletes keys removed locally and leaves the description of kept config keys', async () => {
      seedRun();
      fake.store.run('demo-user', 'p', 'r1')!.config.lr = { value: 0.1, desc: 'learning rate' };
      const run = await api().run('demo-user/p/r1');
      delete run.summary.acc;
      delete run.config.layers;
      run.config.lr = 0.3;
      await run.update();
      const after = fake.store.run('demo-user', 'p', 'r1')!;
      expect(after.summary).toEqual({ loss: 0.5 });
      expect(after.config).toEqual({ lr: { value: 0.3, desc: 'learning rate' } });
      await expect(run.update()).resolves.toBe(false);
    });

    it('updates a light run from a listing without loading it first', async () => {
      seedRun();
      const [run] = await api().runs('demo-user/p').toArray();
      run!.summary.extra = 7;
      run!.tags.push('c');
      await run!.update();
      const after = fake.store.run('demo-user', 'p', 'r1')!;
      expect(after.summary).toEqual({ loss: 0.5, acc: 0.8, extra: 7 });
      expect(after.tags).toEqual(['a', 'b', 'c']);
    });

    it('saves a change made through a reference read before a reload', async () => {
      seedRun();
      const run = await api().run('demo-user/p/r1');
      const config = run.config;
      await run.refresh();
      // The object read before the reload is the one the run holds: a change through it counts.
      config.lr = 0.4;
      await expect(run.update()).resolves.toBe(true);
      expect(fake.store.run('demo-user', 'p', 'r1')!.config).toMatchObject({ lr: { value: 0.4 } });
      await expect(run.update()).resolves.toBe(false);
    });

    it('saves changes made through a nested value from configValue() and through toJSON()', async () => {
      seedRun();
      const run = await api().run('demo-user/p/r1');
      const layers = (await run.configValue('layers')) as number[];
      layers.push(16);
      await expect(run.update()).resolves.toBe(true);
      expect(fake.store.run('demo-user', 'p', 'r1')!.config).toMatchObject({ layers: { value: [64, 32, 16] } });
      const again = await api().run('demo-user/p/r1');
      (again.toJSON().summary as Record<string, unknown>).acc = 0.95;
      await expect(again.update()).resolves.toBe(true);
      expect(fake.store.run('demo-user', 'p', 'r1')!.summary).toMatchObject({ acc: 0.95 });
    });

    it('saves a nested change to a run from a listing, read only after the listing', async () => {
      seedRun();
      const runs = await api().runs('demo-user/p').toArray();
      const run = runs[0]!;
      (run.config.layers as number[])[0] = 128;
      await expect(run.update()).resolves.toBe(true);
      expect(fake.store.run('demo-user', 'p', 'r1')!.config.layers).toMatchObject({ value: [128, 32] });
    });

    it('is refused for a run in an entity the key may not write to', async () => {
      fake.seed.entity({ name: 'others', withViewer: false });
      fake.seed.project({ entity: 'others', name: 'pub', access: 'USER_READ' });
      seedRun({ entity: 'others', project: 'pub' });
      const run = await api().run('others/pub/r1');
      run.notes = 'x';
      expect(await rejectionOf(run.update())).toBeInstanceOf(PermissionError);
    });
  });

  it('deletes a run, with its artifacts when asked', async () => {
    seedRun();
    fake.seed.runFile({ project: 'p', run: 'r1', name: 'a.txt', content: 'x' });
    const run = await api().run('demo-user/p/r1');
    await run.delete({ deleteArtifacts: true });
    expect(fake.requests.at(-1)?.variables).toEqual({ input: { id: run.id, deleteArtifacts: true } });
    expect(fake.store.run('demo-user', 'p', 'r1')).toBeUndefined();
    expect(fake.store.runFiles.size).toBe(0);
    expect(await rejectionOf(api().run('demo-user/p/r1'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(run.delete())).toBeInstanceOf(NotFoundError);
  });

  it('moves a crashed run to pending, and refuses other moves', async () => {
    // Not a sweep's run (as seedRun's is): W&B leaves those to the sweep.
    fake.seed.run({ project: 'p', id: 'r1', state: 'crashed' });
    const run = await api().run('demo-user/p/r1');
    await expect(run.updateState('pending')).resolves.toBe(true);
    expect(run.state).toBe('pending');
    expect(fake.store.run('demo-user', 'p', 'r1')?.state).toBe('pending');
    expect(await rejectionOf(run.updateState('pending'))).toBeInstanceOf(GraphQLResponseError);
    expect(await rejectionOf(run.updateState('finished' as never))).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests.filter((r) => r.operationName === 'UpdateRunState')).toHaveLength(2);
  });

  it('marks a pending or running run as failed, and refuses it from another state', async () => {
    fake.seed.run({ project: 'p', id: 'lost', state: 'running' });
    fake.seed.run({ project: 'p', id: 'done', state: 'finished' });
    const lost = await api().run('demo-user/p/lost');
    await expect(lost.updateState('failed')).resolves.toBe(true);
    expect(lost.state).toBe('failed');
    expect(fake.store.run('demo-user', 'p', 'lost')?.state).toBe('failed');
    expect(fake.requests.at(-1)?.variables).toEqual({ input: { id: lost.id, state: 'failed' } });
    const done = await api().run('demo-user/p/done');
    expect(await rejectionOf(done.updateState('failed'))).toBeInstanceOf(GraphQLResponseError);
    expect(done.state).toBe('finished');
  });

  it('waits until the run finishes, polling its state', async () => {
    seedRun({ state: 'running' });
    const run = await api().run('demo-user/p/r1');
    let polls = 0;
    const timer = setInterval(() => {
      polls = fake.operations().filter((o) => o === 'RunState').length;
      if (polls >= 3) fake.store.run('demo-user', 'p', 'r1')!.state = 'failed';
    }, 2);
    try {
      await run.waitUntilFinished({ pollInterval: 5 });
    } finally {
      clearInterval(timer);
    }
    expect(run.state).toBe('failed');
    expect(polls).toBeGreaterThanOrEqual(3);
  });

  it('gives up waiting with TimeoutError, and stops on abort', async () => {
    seedRun({ state: 'running' });
    const run = await api().run('demo-user/p/r1');
    expect(await rejectionOf(run.waitUntilFinished({ pollInterval: 5, timeout: 30 }))).toBeInstanceOf(TimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    expect(await rejectionOf(run.waitUntilFinished({ pollInterval: 5, signal: controller.signal }))).toBeInstanceOf(AbortError);
    await expect(run.waitUntilFinished({ pollInterval: -1 })).rejects.toThrow(InvalidArgumentError);
  });

  it('renders an iframe of the run page', async () => {
    seedRun();
    const run = await api().run('demo-user/p/r1');
    expect(run.toHtml()).toBe(
      '<iframe src="https://wandb.test/demo-user/p/runs/r1?jupyter=true" style="border:none;width:100%;height:420px;"></iframe>',
    );
    expect(run.toHtml({ height: 100, hidden: true })).toContain('height:100px;display:none;');
  });

  describe('api.createRun()', () => {
    it('creates a run with the given id and state', async () => {
      const run = await api().createRun({ project: 'queue', runId: 'job-42', state: 'pending' });
      expect(run).toBeInstanceOf(Run);
      expect(run).toMatchObject({ name: 'job-42', project: 'queue', entity: 'demo-user', state: 'pending', loaded: true, config: {} });
      expect(fake.store.run('demo-user', 'queue', 'job-42')?.state).toBe('pending');
      expect(fake.requests[0]?.variables).toEqual({ input: { name: 'job-42', modelName: 'queue', state: 'pending' } });
    });

    it('makes up an id and uses the default project', async () => {
      const run = await api({ project: 'defaults' }).createRun();
      expect(run.name).toMatch(/^[a-z0-9]{8}$/);
      expect(run.project).toBe('defaults');
      expect(run.state).toBe('running');
      const other = await api().createRun({ entity: 'demo-user' });
      expect(other.project).toBe('uncategorized');
    });

    it('refuses bad input before any request', async () => {
      expect(await rejectionOf(api().createRun({ runId: 'a/b' }))).toBeInstanceOf(InvalidArgumentError);
      expect(await rejectionOf(api().createRun({ state: 'finished' as never }))).toBeInstanceOf(InvalidArgumentError);
      expect(fake.requests).toHaveLength(0);
    });
  });
});
