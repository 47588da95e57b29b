import { InvalidArgumentError, NotFoundError, PermissionError, type ConsoleLogLine } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

// run.stop(), run.consoleLogs(), run.logArtifact() and run.useArtifact(), as Python's Run has them.
const { fake, api } = useFakeWandb();

function seedRunWithLogs() {
  const run = fake.seed.run({ project: 'p', id: 'r1', state: 'running' });
  run.logLines = [
    { line: 'epoch 1 starting', level: '', label: '', timestamp: '2026-01-05T10:00:00.123456' },
    { line: 'epoch 1 done', level: '', label: 'worker-1', timestamp: '2026-01-05T10:00:01Z' },
    { line: 'warning: slow disk', level: 'error', label: '', timestamp: '' },
  ];
  return run;
}

const contents = (lines: ConsoleLogLine[]) => lines.map((l) => l.content);

describe('run.stop()', () => {
  it('flags the run for its process to stop, and stopping again changes nothing', async () => {
    const record = seedRunWithLogs();
    const run = await api().run('demo-user/p/r1');
    expect(record.stopped).toBeUndefined();
    expect(await run.stop()).toBe(true);
    expect(record.stopped).toBe(true);
    expect(fake.requests.at(-1)?.variables).toEqual({ input: { id: run.id } });
    expect(await run.stop()).toBe(true);
    expect(record.state).toBe('running');
  });

  it('is refused for a run the key may not change', async () => {
    fake.seed.entity({ name: 'other', withViewer: false });
    fake.seed.project({ entity: 'other', name: 'pub', access: 'USER_READ' });
    const record = fake.seed.run({ entity: 'other', project: 'pub', id: 'theirs', state: 'running' });
    const run = await api().run('other/pub/theirs');
    expect(await rejectionOf(run.stop())).toBeInstanceOf(PermissionError);
    expect(record.stopped).toBeUndefined();
  });
});

describe('run.consoleLogs()', () => {
  it('reads every line, oldest first, page by page, with number, timestamp, level, label and content', async () => {
    seedRunWithLogs();
    const run = await api().run('demo-user/p/r1');
    fake.requests.length = 0;
    const lines = await run.consoleLogs({ perPage: 2 }).toArray();
    expect(fake.operations()).toEqual(['RunConsoleLogPage', 'RunConsoleLogPage']);
    expect(contents(lines)).toEqual(['epoch 1 starting', 'epoch 1 done', 'warning: slow disk']);
    expect(lines.map((l) => l.number)).toEqual([0, 1, 2]);
    expect(lines.map((l) => l.level)).toEqual(['', '', 'error']);
    expect(lines.map((l) => l.label)).toEqual(['', 'worker-1', '']);
    // W&B's times are UTC, with or without a zone and with microseconds; an empty one is no time.
    expect(lines.map((l) => l.timestamp?.toISOString())).toEqual(['2026-01-05T10:00:00.123Z', '2026-01-05T10:00:01.000Z', undefined]);
    expect(await run.consoleLogs({ perPage: 2 }).length()).toBe(3);
  });

  it('reads only the last lines in one request with `last`', async () => {
    seedRunWithLogs();
    const run = await api().run('demo-user/p/r1');
    fake.requests.length = 0;
    expect(contents(await run.consoleLogs({ last: 2 }).toArray())).toEqual(['epoch 1 done', 'warning: slow disk']);
    expect(contents(await run.consoleLogs({ last: 10 }).toArray())).toHaveLength(3);
    expect(fake.operations()).toEqual(['RunConsoleLogTail', 'RunConsoleLogTail']);
  });

  it('is empty for a run without output, refuses a bad `last` before sending, and fails for a deleted run', async () => {
    fake.seed.run({ project: 'p', id: 'quiet' });
    const run = await api().run('demo-user/p/quiet');
    expect(await run.consoleLogs().toArray()).toEqual([]);
    for (const last of [0, -1, 1.5, 'x'])
      expect(() => run.consoleLogs({ last: last as number })).toThrow(expect.objectContaining({ argument: 'last' }) as unknown as Error);
    expect(() => run.consoleLogs({ last: 0 })).toThrow(InvalidArgumentError);
    await run.delete();
    expect(await rejectionOf(run.consoleLogs().toArray())).toBeInstanceOf(NotFoundError);
  });
});

describe('run.useArtifact() and run.logArtifact()', () => {
  function seed() {
    fake.seed.run({ project: 'p', id: 'maker', config: { epochs: 3 }, summary: { loss: 0.1 } });
    fake.seed.run({ project: 'p', id: 'consumer', config: { lr: 0.5 }, summary: { acc: 0.9 } });
    return fake.seed.artifact({ project: 'p', name: 'weights', type: 'model', files: { 'w.bin': 'weights' }, loggedBy: 'maker' });
  }

  it('useArtifact() records the version as an input of the run', async () => {
    seed();
    const client = api();
    const artifact = await client.artifact('demo-user/p/weights:v0');
    const run = await client.run('demo-user/p/consumer');
    expect(await run.usedArtifacts().toArray()).toEqual([]);
    expect(await run.useArtifact(artifact, { useAs: 'init-weights' })).toBe(artifact);
    expect(fake.requests.at(-1)?.variables).toMatchObject({
      input: { entityName: 'demo-user', projectName: 'p', runName: 'consumer', artifactID: artifact.id, usedAs: 'init-weights' },
    });
    expect((await run.usedArtifacts().toArray()).map((a) => a.qualifiedName)).toEqual(['demo-user/p/weights:v0']);
    const [user] = await artifact.usedBy();
    expect([user?.name, user?.config, user?.summary]).toEqual(['consumer', { lr: 0.5 }, { acc: 0.9 }]);
    const maker = await artifact.loggedBy();
    expect([maker?.config, maker?.summary]).toEqual([{ epochs: 3 }, { loss: 0.1 }]);
  });

  it("useArtifact() names the artifact's entity and project on servers that take them", async () => {
    seed();
    fake.features.add('USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION');
    const client = api();
    const artifact = await client.artifact('demo-user/p/weights:v0');
    await (await client.run('demo-user/p/consumer')).useArtifact(artifact);
    expect(fake.requests.at(-1)?.variables).toMatchObject({
      input: { usedAs: 'weights:v0', artifactEntityName: 'demo-user', artifactProjectName: 'p' },
    });
  });

  it('logArtifact() records an existing version as an output of the run, with more aliases and tags', async () => {
    seed();
    const client = api();
    const artifact = await client.artifact('demo-user/p/weights:v0');
    const run = await client.run('demo-user/p/consumer');
    expect(await run.logArtifact(artifact, { aliases: ['relogged'], tags: ['checked'] })).toBe(artifact);
    expect((await run.loggedArtifacts().toArray()).map((a) => a.qualifiedName)).toEqual(['demo-user/p/weights:v0']);
    const back = await client.artifact('demo-user/p/weights:relogged');
    expect(back).toMatchObject({ id: artifact.id, digest: artifact.digest, tags: ['checked'] });
    expect(fake.requests.find((r) => r.operationName === 'CreateArtifact')?.variables).toMatchObject({
      input: { artifactTypeName: 'model', artifactCollectionNames: ['weights'], digestAlgorithm: 'MANIFEST_MD5', enableDigestDeduplication: true },
    });
  });

  it('refuses, before sending, what is not an artifact, an artifact of another project, and bad aliases', async () => {
    seed();
    fake.seed.run({ project: 'elsewhere', id: 'r' });
    const client = api();
    const artifact = await client.artifact('demo-user/p/weights:v0');
    const run = await client.run('demo-user/p/consumer');
    const other = await client.run('demo-user/elsewhere/r');
    const before = fake.requests.length;
    expect(await rejectionOf(run.useArtifact({ id: artifact.id } as never))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(run.logArtifact('weights:v0' as never))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(other.logArtifact(artifact))).toMatchObject({ name: 'InvalidArgumentError', argument: 'artifact' });
    expect(await rejectionOf(run.logArtifact(artifact, { aliases: ['v3'] }))).toMatchObject({ argument: 'aliases' });
    expect(await rejectionOf(run.useArtifact(artifact, { useAs: '' }))).toMatchObject({ argument: 'useAs' });
    expect(fake.requests.length).toBe(before);
  });
});
