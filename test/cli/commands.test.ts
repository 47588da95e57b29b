import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeWandb, type FakeServer, type FakeWandb } from 'wandb-api/testing';
import { cliBin, runCli, type CliResult } from './helpers';

const KEY = 'c11c11c11c11c11c11c11c11c11c11c11c11c11c';
let fake: FakeWandb;
let server: FakeServer;
let env: Record<string, string>;
let work: string;

beforeAll(async () => {
  cliBin();
  fake = createFakeWandb({
    apiKey: KEY,
    username: 'ada',
    seed: (s) => {
      s.entity({ name: 'lab', members: ['ada'] });
      s.project({ entity: 'lab', name: 'vision', description: 'image models' });
      s.project({ entity: 'lab', name: 'speech' });
      const runs = [
        { id: 'r1', lr: 0.1, loss: 0.9, state: 'finished', tags: ['best'] },
        { id: 'r2', lr: 0.01, loss: 0.4, state: 'finished', tags: ['best', 'big'] },
        { id: 'r3', lr: 0.001, loss: 0.6, state: 'crashed', tags: [] },
        { id: 'r4', lr: 0.05, loss: 0.2, state: 'running', tags: ['big'] },
      ] as const;
      runs.forEach((r, i) =>
        s.run({
          entity: 'lab',
          project: 'vision',
          id: r.id,
          displayName: `run-${r.id}`,
          state: r.state,
          tags: [...r.tags],
          config: { lr: r.lr, opt: 'adam' },
          summary: { loss: r.loss },
          history: Array.from({ length: 5 }, (_, step) => ({ loss: r.loss + (5 - step) / 10, ...(step % 2 === 0 ? { acc: step / 10 } : {}) })),
          createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
        }),
      );
      s.runFile({ entity: 'lab', project: 'vision', run: 'r1', name: 'notes/readme.txt', content: 'hello from r1\n' });
      s.artifact({
        entity: 'lab',
        project: 'vision',
        name: 'weights',
        type: 'model',
        files: { 'model.bin': 'w'.repeat(300), 'meta.json': '{"layers":3}\n' },
      });
      s.artifact({ entity: 'lab', project: 'vision', name: 'cifar', type: 'dataset', files: { 'train.csv': 'a,b\n1,2\n' } });
      s.sweep({
        entity: 'lab',
        project: 'vision',
        id: 'sw1',
        displayName: 'lr-search',
        state: 'FINISHED',
        config: { method: 'grid', metric: { name: 'loss', goal: 'minimize' }, parameters: { lr: { values: [0.1, 0.01] } } },
      });
    },
  });
  server = await fake.listen({ port: 0 });
  env = { WANDB_BASE_URL: server.url, WANDB_API_KEY: KEY };
  work = await mkdtemp(join(tmpdir(), 'wandb-api-cli-'));
}, 60_000);

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

const cli = (args: string[], extra: Record<string, string | undefined> = {}) => runCli(args, { env: { ...env, ...extra }, cwd: work });

function ok(result: CliResult): CliResult {
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return result;
}

describe('whoami and projects', () => {
  it('prints the viewer as a table and as JSON', async () => {
    const table = ok(await cli(['whoami']));
    expect(table.stdout).toMatch(/^host +http:\/\/127\.0\.0\.1:\d+$/m);
    expect(table.stdout).toMatch(/^username +ada$/m);
    const json = JSON.parse(ok(await cli(['whoami', '--json'])).stdout);
    expect(json).toMatchObject({ username: 'ada', entity: 'ada', host: server.url });
    expect(json.teams).toContain('lab');
  });

  it("lists an entity's projects in every text format", async () => {
    const table = ok(await cli(['projects', 'lab'])).stdout.split('\n');
    expect(table[0]).toMatch(/^entity +name +created +description$/);
    expect(
      table
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[1]),
    ).toEqual(expect.arrayContaining(['vision', 'speech']));
    const csv = ok(await cli(['projects', 'lab', '--format', 'csv'])).stdout;
    expect(csv.split('\n')[0]).toBe('entity,name,created,description');
    expect(csv).toMatch(/^lab,vision,\d{4}-\d\d-\d\dT[\d:.]+Z,image models$/m);
    const jsonl = ok(await cli(['projects', 'lab', '--format', 'jsonl']))
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl.map((p) => p.name).sort()).toEqual(['speech', 'vision']);
  });
});

describe('runs', () => {
  it('prints a table with the selected config and summary columns', async () => {
    const { stdout } = ok(await cli(['runs', 'lab/vision', '--select', 'config.lr,summary.loss']));
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id +name +state +created +tags +config\.lr +summary\.loss$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^r1 +run-r1 +finished +2026-01-01T00:00:00\.000Z +best +0\.1 +0\.9$/),
      expect.stringMatching(/^r2 +run-r2 +finished +2026-01-02T00:00:00\.000Z +best,big +0\.01 +0\.4$/),
      expect.stringMatching(/^r3 +run-r3 +crashed +2026-01-03T00:00:00\.000Z +0\.001 +0\.6$/),
      expect.stringMatching(/^r4 +run-r4 +running +2026-01-04T00:00:00\.000Z +big +0\.05 +0\.2$/),
    ]);
    // Columns line up: every value starts where its header does.
    const at = lines[0]!.indexOf('config.lr');
    expect(lines.slice(1).map((l) => l.slice(at).split(' ')[0])).toEqual(['0.1', '0.01', '0.001', '0.05']);
  });

  it('filters with the short forms, sorts and limits, as CSV', async () => {
    const { stdout } = ok(
      await cli([
        'runs',
        'lab/vision',
        '--state',
        'finished,running',
        '--tag',
        'big',
        '--where',
        'config.lr>=0.01',
        '--order',
        '-summary.loss',
        '--select',
        'summary.loss',
        '--format',
        'csv',
      ]),
    );
    expect(stdout).toBe(
      'id,name,state,created,tags,summary.loss\n' +
        'r2,run-r2,finished,2026-01-02T00:00:00.000Z,"best,big",0.4\n' +
        'r4,run-r4,running,2026-01-04T00:00:00.000Z,big,0.2\n',
    );
    const limited = ok(await cli(['runs', 'lab/vision', '--order', 'config.lr', '--limit', '2', '--format', 'csv']))
      .stdout.trim()
      .split('\n');
    expect(limited.slice(1).map((l) => l.split(',')[0])).toEqual(['r3', 'r2']);
  });

  it('takes --where keys as the columns it prints: id, name (the display name), created', async () => {
    const ids = async (...where: string[]) =>
      (JSON.parse(ok(await cli(['runs', 'lab/vision', ...where.flatMap((w) => ['--where', w]), '--json'])).stdout) as Array<{ id: string }>).map(
        (r) => r.id,
      );
    expect(await ids('name~^run-r[23]$')).toEqual(['r2', 'r3']);
    expect(await ids('name=run-r4')).toEqual(['r4']);
    expect(await ids('id=r1')).toEqual(['r1']);
    expect(await ids('created>=2026-01-03T00:00:00Z')).toEqual(['r3', 'r4']);
  });

  it('takes Mongo-style JSON filters and prints JSON and JSON lines', async () => {
    const filters = JSON.stringify({ $or: [{ state: 'crashed' }, { 'summary_metrics.loss': { $lt: 0.3 } }] });
    const json = JSON.parse(ok(await cli(['runs', 'lab/vision', '--filters', filters, '--select', 'config.lr', '--json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(['r3', 'r4']);
    expect(json[0]).toMatchObject({ entity: 'lab', project: 'vision', id: 'r3', state: 'crashed', config: { lr: 0.001 } });
    const lines = ok(await cli(['runs', 'lab/vision', '--where', 'summary.loss<0.5', '--format', 'jsonl']))
      .stdout.trim()
      .split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['r2', 'r4']);
  });

  it('writes parquet that reads back with the same rows', async () => {
    const result = ok(await cli(['runs', 'lab/vision', '--select', 'config.lr,summary.loss', '--format', 'parquet']));
    const { parquetReadObjects } = await import('hyparquet');
    const bytes = result.bytes;
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect(rows.map((r) => [r.id, r.state, r['config.lr'], r['summary.loss']])).toEqual([
      ['r1', 'finished', 0.1, 0.9],
      ['r2', 'finished', 0.01, 0.4],
      ['r3', 'crashed', 0.001, 0.6],
      ['r4', 'running', 0.05, 0.2],
    ]);
  });
});

describe('history', () => {
  it('prints every row with all keys, in step order', async () => {
    const { stdout } = ok(await cli(['history', 'lab/vision/r2', '--format', 'csv']));
    expect(stdout.split('\n')[0]).toBe('_step,acc,loss');
    const rows = stdout.trim().split('\n').slice(1);
    expect(rows).toHaveLength(5);
    const header = stdout.split('\n')[0]!.split(',');
    const loss = rows.map((r) => Number(r.split(',')[header.indexOf('loss')]));
    expect(loss).toHaveLength(5);
    loss.forEach((value, step) => expect(value).toBeCloseTo(0.9 - step / 10, 10));
  });

  it('keeps the given keys and step range (max inclusive)', async () => {
    const json = JSON.parse(ok(await cli(['history', 'lab/vision/r1', '--keys', 'acc', '--min-step', '1', '--max-step', '4', '--json'])).stdout);
    expect(json).toEqual([
      { _step: 2, acc: 0.2 },
      { _step: 4, acc: 0.4 },
    ]);
    const table = ok(await cli(['history', 'lab/vision/r1', '--keys', 'loss', '--max-step', '1'])).stdout;
    expect(table).toBe('_step  loss\n0      1.4\n1      1.3\n');
  });
});

describe('sweeps, artifacts and files', () => {
  it('shows a sweep with its run count and best run', async () => {
    fake.seed.run({ entity: 'lab', project: 'vision', id: 'sw-a', sweepName: 'sw1', summary: { loss: 0.3 } });
    fake.seed.run({ entity: 'lab', project: 'vision', id: 'sw-b', sweepName: 'sw1', summary: { loss: 0.1 } });
    const json = JSON.parse(ok(await cli(['sweep', 'lab/vision/sw1', '--json'])).stdout);
    expect(json).toMatchObject({
      sweep: 'lab/vision/sw1',
      name: 'lr-search',
      state: 'FINISHED',
      runs: 2,
      bestRun: 'lab/vision/sw-b',
      bestValue: 0.1,
    });
    const table = ok(await cli(['sweep', 'lab/vision/sw1'])).stdout;
    expect(table).toMatch(/^bestRun +lab\/vision\/sw-b$/m);
  });

  it('lists artifact versions, by type too', async () => {
    const all = ok(await cli(['artifact', 'ls', 'lab/vision', '--format', 'csv']))
      .stdout.trim()
      .split('\n');
    expect(all[0]).toBe('name,type,aliases,files,size,created');
    expect(
      all
        .slice(1)
        .map((l) => l.split(',').slice(0, 2).join(','))
        .sort(),
    ).toEqual(['lab/vision/cifar:v0,dataset', 'lab/vision/weights:v0,model']);
    const models = JSON.parse(ok(await cli(['artifact', 'ls', 'lab/vision', '--type', 'model', '--json'])).stdout);
    expect(models).toEqual([expect.objectContaining({ name: 'lab/vision/weights:v0', type: 'model', files: 2, aliases: ['latest'] })]);
  });

  it('downloads an artifact, then finds it complete', async () => {
    const root = join(work, 'weights');
    const first = JSON.parse(ok(await cli(['artifact', 'get', 'lab/vision/weights:v0', '--root', root, '--json'])).stdout);
    expect(first).toMatchObject({ artifact: 'lab/vision/weights:v0', files: 2, root });
    expect(await readFile(join(root, 'model.bin'), 'utf8')).toBe('w'.repeat(300));
    expect(await readFile(join(root, 'meta.json'), 'utf8')).toBe('{"layers":3}\n');
    const before = fake.requests.length;
    ok(await cli(['artifact', 'get', 'lab/vision/weights:v0', '--root', root, '--quiet']));
    // Only the manifest is fetched: both files are on disk with the right checksums.
    const fileRequests = fake.requests.slice(before).filter((e) => !e.path.endsWith('/graphql'));
    expect(fileRequests.map((e) => e.path)).toEqual([expect.stringMatching(/\/wandb_manifest\.json$/)]);
  });

  it("downloads a run's file, and refuses to overwrite without --force (exit 2)", async () => {
    const result = JSON.parse(ok(await cli(['file', 'get', 'lab/vision/r1', 'notes/readme.txt', '--root', join(work, 'files'), '--json'])).stdout);
    expect(result).toMatchObject({ run: 'lab/vision/r1', name: 'notes/readme.txt', bytes: 14 });
    expect(await readFile(join(work, 'files', 'notes', 'readme.txt'), 'utf8')).toBe('hello from r1\n');
    const again = await cli(['file', 'get', 'lab/vision/r1', 'notes/readme.txt', '--root', join(work, 'files')]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/notes\/readme.txt already exists in .*; add --force to overwrite it/);
    ok(await cli(['file', 'get', 'lab/vision/r1', 'notes/readme.txt', '--root', join(work, 'files'), '--force']));
  });
});

describe('errors and exit codes', () => {
  it('exits 2 on wrong usage, with one line naming the problem', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['runs'], /missing required argument/],
      [['runs', 'lab/vision', '--where', 'lr'], /--where takes KEY OP VALUE/],
      [['runs', 'lab/vision', '--format', 'xml'], /--format must be one of table, csv, json, jsonl, parquet/],
      [['runs', 'lab/vision', '--limit', '0'], /--limit must be a whole number >= 1/],
      [['runs', 'lab', '--json'], /ENTITY\/PROJECT must look like my-team\/my-project/],
      [['runs', 'lab/vision', '--filters', '{"state":'], /--filters must be a JSON object/],
      [['runs', 'lab/vision', '--filters', '{"state":{"$near":1}}'], /\$near/],
      [['nope'], /unknown command 'nope'/],
      [['export', 'lab/vision'], /--out DIR is required/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stdout).toBe('');
    }
  });

  it('exits 1 on failures, with the error class and no stack unless --debug', async () => {
    const missing = await cli(['history', 'lab/vision/nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('wandb-api: NotFoundError: Run lab/vision/nope was not found\n');
    const debug = await cli(['history', 'lab/vision/nope', '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr.split('\n')[0]).toBe('wandb-api: NotFoundError: Run lab/vision/nope was not found');
    expect(debug.stderr).toMatch(/^\s+at /m);
  });

  it('never prints the key, even when the server refuses it', async () => {
    const wrong = 'f00df00df00df00df00df00df00df00df00df00d';
    const result = await cli(['runs', 'lab/vision', '--debug'], { WANDB_API_KEY: wrong });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^wandb-api: AuthenticationError: /);
    expect(result.stderr + result.stdout).not.toContain(wrong);
    const none = await cli(['whoami'], { WANDB_API_KEY: undefined });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^wandb-api: AuthenticationError: No API key/);
  });

  it('cannot reach a server: a NetworkError, exit 1', async () => {
    const result = await cli(['whoami', '--host', 'http://127.0.0.1:9'], { WANDB_HTTP_TIMEOUT: '5' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^wandb-api: (NetworkError|TimeoutError): /);
  });
});

describe('help', () => {
  const commands = [
    ['login'],
    ['logout'],
    ['whoami'],
    ['projects'],
    ['runs'],
    ['history'],
    ['export'],
    ['artifact', 'get'],
    ['artifact', 'ls'],
    ['file', 'get'],
    ['sweep'],
    ['fake'],
  ];

  it('has --help with examples on every command, exit 0', async () => {
    const top = ok(await cli(['--help']));
    expect(top.stdout).toMatch(/^Usage: wandb-api /);
    for (const name of ['login', 'logout', 'whoami', 'projects', 'runs', 'history', 'export', 'artifact', 'file', 'sweep', 'fake']) {
      expect(top.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    for (const command of commands) {
      const help = ok(await cli([...command, '--help']));
      expect({ command, usage: help.stdout.split('\n')[0] }).toEqual({
        command,
        usage: expect.stringMatching(new RegExp(`^Usage: wandb-api ${command.join(' ')} `)),
      });
      expect(help.stdout).toMatch(new RegExp(`Examples:\\n  \\$ wandb-api ${command.join(' ')}`));
    }
  }, 120_000);
});
