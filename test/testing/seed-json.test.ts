import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, InvalidArgumentError } from 'wandb-api';
import { createFakeWandb, type FakeSeedData } from 'wandb-api/testing';

const SEED: FakeSeedData = {
  $comment: 'keys starting with $ are ignored',
  runs: [
    { entity: 'lab', project: 'mnist', id: 'r1', config: { lr: 0.1 }, summary: { acc: 0.91 }, createdAt: '2026-02-01T10:00:00Z' },
    {
      entity: 'lab',
      project: 'mnist',
      id: 'r2',
      config: { lr: 0.01 },
      summary: { acc: 0.95 },
      tags: ['best'],
      createdAt: { $date: '2026-02-02T10:00:00Z' },
    },
  ],
  projects: [{ entity: 'lab', name: 'mnist', description: 'digits' }],
  entities: [{ name: 'lab', members: ['alice'] }],
  users: [{ username: 'alice', email: 'alice@lab.test', admin: true }],
};

function error(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected it to throw');
}

describe('seeding from JSON', () => {
  it('builds the store through the typed builders, users and entities before projects and runs', async () => {
    const fake = createFakeWandb({ seed: SEED });
    expect(fake.store.users.get('alice')).toMatchObject({ email: 'alice@lab.test', admin: true });
    expect(fake.store.entities.get('lab')?.members).toEqual(expect.arrayContaining(['alice', 'demo-user']));
    expect(fake.store.project('lab', 'mnist')?.description).toBe('digits');
    expect(fake.store.run('lab', 'mnist', 'r1')).toMatchObject({ createdAt: '2026-02-01T10:00:00', config: { lr: { value: 0.1, desc: null } } });
    expect(fake.store.run('lab', 'mnist', 'r2')?.createdAt).toBe('2026-02-02T10:00:00');

    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch });
    const runs = await api.runs('lab/mnist', { order: '-summary_metrics.acc' }).toArray();
    expect(runs.map((r) => r.name)).toEqual(['r2', 'r1']);
  });

  it('applies a list of seeds in order, again on reset', () => {
    const fake = createFakeWandb({ seed: ['demo', SEED, (s) => s.run({ project: 'extra', id: 'x' })] });
    expect(fake.store.runsOf('demo-team', 'image-classifier')).toHaveLength(12);
    fake.store.deleteRun('lab', 'mnist', 'r1');
    fake.reset();
    expect(fake.store.run('lab', 'mnist', 'r1')).toBeDefined();
    expect(fake.store.run('demo-user', 'extra', 'x')).toBeDefined();
  });

  it('names the path of every bad entry: unknown keys, non-lists, non-objects, unknown fields, bad dates', () => {
    const bad = error(() => createFakeWandb({ seed: { runz: [], projects: {} } }));
    expect(bad).toBeInstanceOf(InvalidArgumentError);
    expect((bad as InvalidArgumentError).argument).toBe('seed');
    expect(bad.message).toContain('seed: runz: no seed builder for "runz"; known keys: ');
    expect(bad.message).toMatch(/known keys: .*entities.*runs.*users/);
    expect(bad.message).toContain('seed: projects: expected a list of project entries, got an object');

    const entries = error(() =>
      createFakeWandb({ seed: { runs: [{ project: 'p', confg: { lr: 1 } }, 'r2', { project: 'p', createdAt: 'yesterday' }] } }),
    );
    expect(entries.message).toContain('seed: runs[1]: expected an object, got string "r2"');
    const fields = error(() =>
      createFakeWandb({
        seed: {
          runs: [
            { project: 'p', confg: { lr: 1 } },
            { project: 'p', createdAt: 'yesterday' },
          ],
        },
      }),
    );
    expect(fields.message).toContain('seed: runs[0].confg: unknown field: seed.run() does not use "confg"');
    expect(fields.message).toContain('seed: runs[1].createdAt: expected an ISO 8601 date, got "yesterday"');
  });

  it('reports errors the builders throw, with the entry path', () => {
    const fake = createFakeWandb();
    Object.defineProperty(Object.getPrototypeOf(fake.seed), 'strictThing', {
      configurable: true,
      value(seed: { name?: unknown }) {
        if (typeof seed.name !== 'string') throw new Error('name is required');
      },
    });
    try {
      const thrown = error(() => fake.seedFrom({ strictThings: [{ name: 'a' }, { nam: 'b' }] }, 'extra.json'));
      expect(thrown.message).toBe('extra.json has 1 problem:\n  extra.json: strictThings[1]: name is required');
    } finally {
      delete (Object.getPrototypeOf(fake.seed) as Record<string, unknown>).strictThing;
    }
  });

  it('adds all or nothing at run time', () => {
    const fake = createFakeWandb({ seed: 'demo' });
    const before = fake.snapshot();
    expect(() =>
      fake.seedFrom({
        runs: [
          { project: 'new', id: 'ok' },
          { project: 'new', id: 'bad', colour: 'red' },
        ],
      }),
    ).toThrow(/runs\[1\]\.colour/);
    expect(fake.snapshot()).toEqual(before);
    expect(fake.seedFrom({ runs: [{ project: 'new', id: 'ok' }] })).toEqual({ runs: 1 });
    expect(fake.store.run('demo-user', 'new', 'ok')).toBeDefined();
  });

  it("keeps the viewer's key when users re-seeds the viewer", async () => {
    const fake = createFakeWandb({ seed: { users: [{ username: 'demo-user', admin: true }] } });
    expect(fake.viewer.admin).toBe(true);
    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch });
    await expect(api.viewer()).resolves.toMatchObject({ admin: true });
  });

  it('turns {"$base64"} into bytes', () => {
    const seen: unknown[] = [];
    const fake = createFakeWandb();
    // A builder added by another area of the fake gets the same treatment, without more code.
    Object.defineProperty(Object.getPrototypeOf(fake.seed), 'blobForTest', {
      configurable: true,
      value(seed: { bytes: unknown }) {
        seen.push(seed.bytes);
      },
    });
    try {
      fake.seedFrom({ blobForTests: [{ bytes: { $base64: Buffer.from('hi').toString('base64') } }] });
      expect(seen).toEqual([new Uint8Array([104, 105])]);
    } finally {
      delete (Object.getPrototypeOf(fake.seed) as Record<string, unknown>).blobForTest;
    }
  });
});

describe('checkpoints', () => {
  it('restores the store as it was, as often as needed', () => {
    const fake = createFakeWandb({ seed: 'demo' });
    const store = fake.store;
    const checkpoint = fake.checkpoint();
    fake.seed.run({ project: 'scratch', id: 'temp' });
    fake.store.run('demo-team', 'cartpole', 'ppo-1')!.state = 'crashed';
    fake.restore(checkpoint);
    expect(fake.store).toBe(store);
    expect(fake.store.run('demo-user', 'scratch', 'temp')).toBeUndefined();
    expect(fake.store.run('demo-team', 'cartpole', 'ppo-1')?.state).toBe('finished');
    fake.seed.run({ project: 'scratch', id: 'temp2' });
    fake.restore(checkpoint);
    expect(fake.store.run('demo-user', 'scratch', 'temp2')).toBeUndefined();
    expect(fake.seed.run({ project: 'scratch', id: 'after' }).name).toBe('after');
  });
});

describe('wandb-api-fake --seed', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'fake-seed-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; kill: () => void }> {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'src/testing/bin.ts', '--port', '0', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Promise((resolve) => {
      let stdout = '';
      let stderr = '';
      const kill = () => child.kill();
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (/WANDB_API_KEY=\w+/.test(stdout)) resolve({ code: null, stdout, stderr, kill });
      });
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('exit', (code) => resolve({ code, stdout, stderr, kill }));
    });
  }

  it('serves data from a JSON seed file', async () => {
    const file = join(dir, 'seed.json');
    await writeFile(file, JSON.stringify(SEED));
    const started = await run(['--seed', file, '--api-key', 'k'.repeat(40)]);
    try {
      const url = /WANDB_BASE_URL=(\S+)/.exec(started.stdout)?.[1] as string;
      const headers = { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`api:${'k'.repeat(40)}`).toString('base64')}` };
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: '{ project(entityName: "lab", name: "mnist") { description runCount } }' }),
      });
      expect(await response.json()).toEqual({ data: { project: { description: 'digits', runCount: 2 } } });
    } finally {
      started.kill();
    }
  });

  it('refuses a bad seed file with the path of the bad entry, and a file that is not JSON', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ runs: [{ project: 'p' }, { project: 'p', stat: 'crashed' }, { project: 'p', id: 7 }] }));
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "runs": [ ');
    const [refused, notJson] = await Promise.all([run(['--seed', bad]), run(['--seed', broken])]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('runs[1].stat: unknown field: seed.run() does not use "stat"');
    expect(refused.stderr).toContain('runs[2].id: must be a W&B name (not empty, at most 256 characters, without spaces or / : ? # % \\), got 7');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/broken\.json is not valid JSON/);
  });
});
