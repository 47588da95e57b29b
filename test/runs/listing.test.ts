import { inspect } from 'node:util';
import { InvalidArgumentError, GraphQLResponseError, NotSelectedError, Run, where, type RunFilters, type RunState } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seedProject(count = 6) {
  return fake.seed.runs({
    project: 'p',
    count,
    state: (i) => ['finished', 'crashed', 'running'][i % 3] as RunState,
    config: (i) => ({ lr: [0.1, 0.01, 0.001][i % 3], batch: 32 * (1 + (i % 2)), opt: { name: i % 2 ? 'adam' : 'sgd' } }),
    summary: (i) => ({ loss: 1 / (i + 1), acc: i / 10, ...(i === 0 ? {} : { best: i }) }),
    tags: (i) => (i % 2 ? ['odd', 'x'] : ['even']),
    group: (i) => (i < 3 ? 'g1' : 'g2'),
    jobType: () => 'train',
    sweepName: (i) => (i === 4 ? 'sw1' : undefined),
  });
}

const names = (runs: Run[]) => runs.map((r) => r.name);

describe('api.runs listing', () => {
  it("fetches every run's config and summary with the page by default, one request per page and none per run", async () => {
    seedProject(5);
    const runs = await api().runs('p', { perPage: 2 }).toArray();
    expect(names(runs)).toEqual(['run-0', 'run-1', 'run-2', 'run-3', 'run-4']);
    expect(fake.operations()).toEqual(['Viewer', 'Runs', 'Runs', 'Runs']);
    const runsCalls = fake.requests.filter((r) => r.operationName === 'Runs');
    expect(runsCalls.map((r) => [r.variables?.withConfig, r.variables?.withSummary, r.variables?.configKeys])).toEqual([
      [true, true, null],
      [true, true, null],
      [true, true, null],
    ]);
    expect(runs[1]).toMatchObject({
      loaded: false,
      config: { lr: 0.01, batch: 64, opt: { name: 'adam' } },
      summary: { loss: 0.5, acc: 0.1, best: 1 },
      state: 'crashed',
      tags: ['odd', 'x'],
      group: 'g1',
      jobType: 'train',
    });
    expect(runs[1]?.user).toBe('demo-user');
    expect(JSON.parse(JSON.stringify(runs[1]))).toMatchObject({ name: 'run-1', config: { lr: 0.01 }, summary: { loss: 0.5 } });
    expect(inspect(runs[1])).toContain('lr: 0.01');
  });

  it('gives, without select, the same config and summary as api.run() for every run', async () => {
    seedProject(7);
    const client = api({ entity: 'demo-user' });
    const listed = await client.runs('p', { perPage: 3 }).toArray();
    expect(listed).toHaveLength(7);
    for (const run of listed) {
      const single = await client.run(`demo-user/p/${run.name}`);
      expect(run.config).toEqual(single.config);
      expect(run.summary).toEqual(single.summary);
      expect(Object.keys(run.config).length).toBeGreaterThan(0);
    }
  });

  it('is light with select: {}, and reading a field it left out is a NotSelectedError that says how to select it', async () => {
    seedProject(2);
    const [run] = await api({ entity: 'demo-user' }).runs('p', { select: {} }).toArray();
    expect(fake.requests[0]?.variables).toMatchObject({ withConfig: false, withSummary: false, withSystemMetrics: false });
    for (const field of ['config', 'summary', 'systemMetrics'] as const) {
      const error = (() => {
        try {
          return run![field];
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(NotSelectedError);
      expect(error).toMatchObject({ field, message: expect.stringContaining(`select: { ${field}: true }`) });
    }
    expect(() => run!.jsonConfig).toThrow(NotSelectedError);
    // Printing and serialising show what the run holds, and never throw.
    expect(JSON.parse(JSON.stringify(run))).not.toHaveProperty('config');
    expect(inspect(run)).toContain("name: 'run-0'");
    // The explicit ways in still work, and make the field readable.
    await expect(run!.configValue('lr')).resolves.toBe(0.1);
    expect(run!.config).toEqual({ lr: 0.1 });
    await run!.load();
    expect(run!.summary).toEqual({ loss: 1, acc: 0 });
    expect(run!.systemMetrics).toEqual({});
  });

  it('asks for the count on the first page only', async () => {
    seedProject(3);
    await api().runs('p', { perPage: 1 }).toArray();
    expect(fake.requests.filter((r) => r.operationName === 'Runs').map((r) => r.variables?.withCount)).toEqual([true, false, false]);
  });

  it('fetches only the selected config and summary keys, in the listing requests', async () => {
    seedProject(4);
    const runs = await api({ entity: 'demo-user' })
      .runs('p', { select: { config: ['lr', 'missing'], summary: ['loss'] } })
      .toArray();
    expect(fake.operations()).toEqual(['Runs']);
    expect(runs[1]?.config).toEqual({ lr: 0.01 });
    expect(runs[1]?.summary).toEqual({ loss: 0.5 });
    expect(runs[1]?.loaded).toBe(false);
    expect(fake.requests[0]?.variables).toMatchObject({ withConfig: true, configKeys: ['lr', 'missing'], withSummary: true, summaryKeys: ['loss'] });
  });

  it('selects whole configs and system metrics when asked', async () => {
    seedProject(1);
    const [run] = await api({ entity: 'demo-user' })
      .runs('p', { select: { config: true, systemMetrics: true } })
      .toArray();
    expect(run?.config).toEqual({ lr: 0.1, batch: 32, opt: { name: 'sgd' } });
    expect(run?.systemMetrics).toEqual({});
    expect(() => run?.summary).toThrow(NotSelectedError);
    expect(JSON.parse(run!.jsonConfig)).toEqual({
      lr: { value: 0.1, desc: null },
      batch: { value: 32, desc: null },
      opt: { value: { name: 'sgd' }, desc: null },
    });
  });

  it('reads an unselected key on demand, explicitly, with one request for that run and that key', async () => {
    seedProject(3);
    const client = api({ entity: 'demo-user' });
    const [, run] = await client.runs('p', { select: { config: ['lr'] } }).toArray();
    fake.requests.length = 0;
    await expect(run!.configValue('lr')).resolves.toBe(0.01);
    expect(fake.requests).toHaveLength(0);
    await expect(run!.configValue('batch')).resolves.toBe(64);
    await expect(run!.summaryValue('acc')).resolves.toBe(0.1);
    await expect(run!.configValue('nope')).resolves.toBeUndefined();
    await expect(run!.configValue('nope')).resolves.toBeUndefined();
    expect(fake.operations()).toEqual(['RunKeys', 'RunKeys', 'RunKeys']);
    expect(fake.requests[0]?.variables).toMatchObject({ configKeys: ['batch'], withSummary: false });
    expect(run!.config).toEqual({ lr: 0.01, batch: 64 });
    await run!.loadKeys({ config: ['opt'], summary: ['loss', 'best'] });
    expect(run!.config.opt).toEqual({ name: 'adam' });
    expect(run!.summary).toEqual({ acc: 0.1, loss: 0.5, best: 1 });
  });

  it('loads a listed run in full with load(), once', async () => {
    seedProject(2);
    const [run] = await api({ entity: 'demo-user' }).runs('p').toArray();
    await run!.load();
    await run!.load();
    expect(run!.loaded).toBe(true);
    expect(run!.config).toEqual({ lr: 0.1, batch: 32, opt: { name: 'sgd' } });
    expect(fake.operations()).toEqual(['Runs', 'Run']);
  });

  it('counts runs with one small request, honouring the filters', async () => {
    seedProject(6);
    const runs = api({ entity: 'demo-user' }).runs('p', { filters: { state: 'finished' } });
    await expect(runs.length()).resolves.toBe(2);
    await expect(runs.length()).resolves.toBe(2);
    expect(fake.operations()).toEqual(['RunCount']);
  });

  it.each<[string, RunFilters, string[]]>([
    ['state equality', { state: 'crashed' }, ['run-1', 'run-4']],
    ['$ne', { state: { $ne: 'running' } }, ['run-0', 'run-1', 'run-3', 'run-4']],
    ['config key, unwrapped', { 'config.lr': 0.01 }, ['run-1', 'run-4']],
    ["config key in W&B's stored form", { 'config.lr.value': { $lte: 0.01 } }, ['run-1', 'run-2', 'run-4', 'run-5']],
    ['nested config value', { 'config.opt.value.name': 'adam' }, ['run-1', 'run-3', 'run-5']],
    ['summary range', { 'summary_metrics.acc': { $gt: 0.15, $lte: 0.4 } }, ['run-2', 'run-3', 'run-4']],
    ['$exists', { 'summary_metrics.best': { $exists: false } }, ['run-0']],
    ['tag membership', { tags: 'odd' }, ['run-1', 'run-3', 'run-5']],
    ['$in on tags', { tags: { $in: ['even', 'nope'] } }, ['run-0', 'run-2', 'run-4']],
    ['$all on tags', { tags: { $all: ['odd', 'x'] } }, ['run-1', 'run-3', 'run-5']],
    ['$nin', { state: { $nin: ['finished', 'crashed'] } }, ['run-2', 'run-5']],
    ['$regex on the display name', { display_name: { $regex: '^run-[0-2]$' } }, ['run-0', 'run-1', 'run-2']],
    [
      '$or',
      {
        $or: [
          { group: 'g1', state: 'finished' },
          { 'config.batch': 64, state: 'running' },
        ],
      },
      ['run-0', 'run-5'],
    ],
    ['$nor', { $nor: [{ group: 'g1' }, { state: 'running' }] }, ['run-3', 'run-4']],
    ['createdAt as a string', { createdAt: { $gte: '2026-01-01T00:03:00' } }, ['run-3', 'run-4', 'run-5']],
    ['jobType and name', { jobType: 'train', name: { $in: ['run-2', 'run-9'] } }, ['run-2']],
    ['sweep (the sweep id)', { sweep: 'sw1' }, ['run-4']],
    ['snake_case keys and the owner', { job_type: 'train', username: 'demo-user', created_at: { $lt: '2026-01-01T00:02:00Z' } }, ['run-0', 'run-1']],
    ['displayName and heartbeatAt', { displayName: { $in: ['run-3', 'run-5'] }, heartbeatAt: { $gte: '2026-01-01T00:04:00' } }, ['run-5']],
  ])('filters with W&B semantics: %s', async (_what, filters, expected) => {
    seedProject(6);
    const client = api({ entity: 'demo-user' });
    expect(names(await client.runs('p', { filters }).toArray())).toEqual(expected);
    await expect(client.runs('p', { filters }).length()).resolves.toBe(expected.length);
  });

  it('builds the same filters with the typed helper', async () => {
    seedProject(6);
    const filters = where.and(
      where.state.in(['finished', 'crashed']),
      where.config('lr').lte(0.01),
      where.summary('acc').between(0.1, 0.5),
      where.tags.hasAny(['odd']),
      where.createdAt.gte(new Date(Date.UTC(2026, 0, 1))),
    );
    expect(filters).toEqual({
      $and: [
        { state: { $in: ['finished', 'crashed'] } },
        { 'config.lr': { $lte: 0.01 } },
        { 'summary_metrics.acc': { $gte: 0.1, $lte: 0.5 } },
        { tags: { $in: ['odd'] } },
        { createdAt: { $gte: new Date(Date.UTC(2026, 0, 1)) } },
      ],
    });
    expect(names(await api({ entity: 'demo-user' }).runs('p', { filters }).toArray())).toEqual(['run-1']);
    expect(fake.requests[0]?.variables?.filters).toContain('"2026-01-01T00:00:00.000Z"');
    expect(where.or(where.name.regex(/^a/), where.tags.hasNone(['x']))).toEqual({ $or: [{ name: { $regex: '^a' } }, { tags: { $nin: ['x'] } }] });
  });

  it('types the helper: states, dates and orders are checked by the compiler', () => {
    // @ts-expect-error: not a state W&B reports
    where.state.eq('done');
    // @ts-expect-error: dates compare with dates or strings
    where.createdAt.gte(5);
    // @ts-expect-error: tags are strings
    where.tags.hasAll([1]);
    expect(where.createdAt.gte('2026-01-01')).toEqual({ createdAt: { $gte: '2026-01-01' } });
    expect(() => where.and()).toThrow(InvalidArgumentError);
    expect(() => where.name.regex(/x/i)).toThrow(/no flags/);
  });

  it.each([
    ['+created_at', ['run-0', 'run-1', 'run-2', 'run-3']],
    ['-created_at', ['run-3', 'run-2', 'run-1', 'run-0']],
    ['-summary_metrics.acc', ['run-3', 'run-2', 'run-1', 'run-0']],
    ['+config.batch.value', ['run-0', 'run-2', 'run-1', 'run-3']],
    ['summary_metrics.best', ['run-1', 'run-2', 'run-3', 'run-0']],
  ])('orders by %s', async (order, expected) => {
    seedProject(4);
    expect(
      names(
        await api({ entity: 'demo-user' })
          .runs('p', { order: order as never, perPage: 3 })
          .toArray(),
      ),
    ).toEqual(expected);
  });

  it('pages without repeating or skipping runs under every order and page size', async () => {
    seedProject(11);
    const client = api({ entity: 'demo-user' });
    for (const perPage of [1, 3, 11, 50]) {
      const listed = names(await client.runs('p', { order: '-summary_metrics.loss', perPage }).toArray());
      expect(listed).toHaveLength(11);
      expect(new Set(listed).size).toBe(11);
    }
  });

  it('gets the whole sampled history of many runs with one request per page of runs', async () => {
    fake.seed.runs({ project: 'h', count: 5, history: { rows: 30, keys: ['loss', 'acc'] } });
    const runs = api({ entity: 'demo-user' }).runs('h', { filters: { name: { $ne: 'run-0' } } });
    const rows = await runs.histories({ keys: ['loss'], samples: 10, perPage: 2 });
    expect(fake.operations()).toEqual(['RunsHistories', 'RunsHistories']);
    expect(rows).toHaveLength(40);
    expect(rows[0]).toEqual({ _step: 0, loss: expect.any(Number), run_id: 'run-1' });
    expect(new Set(rows.map((r) => r.run_id))).toEqual(new Set(['run-1', 'run-2', 'run-3', 'run-4']));
    const full = await runs.histories({ samples: 5 });
    expect(full).toHaveLength(20);
    expect(Object.keys(full[0] ?? {}).sort()).toEqual(['_runtime', '_step', '_timestamp', 'acc', 'loss', 'run_id']);
  });

  describe('bad input, refused before any request', () => {
    it.each<[string, unknown, RegExp]>([
      ['a BigInt', { 'config.n': 1n }, /filters\.config\.n: 1n \(a bigint\) cannot be sent as JSON/],
      ['a function', { state: () => 'x' }, /filters\.state: a function cannot be sent as JSON/],
      ['NaN', { 'summary_metrics.loss': { $lt: Number.NaN } }, /filters\.summary_metrics\.loss\.\$lt: NaN cannot be sent as JSON/],
      [
        'a cycle',
        (() => {
          const o: Record<string, unknown> = {};
          o.$and = [o];
          return o;
        })(),
        /refers to itself/,
      ],
      ['an unknown field operator', { state: { $like: 'fin%' } }, /unknown operator \$like on state/],
      ['an unknown top-level operator', { $where: 'this.x' }, /unknown operator \$where/],
      ['$and that is not a list', { $and: { state: 'x' } }, /\$and needs a non-empty list/],
      ['$in that is not a list', { state: { $in: 'finished' } }, /\$in needs a list/],
      ['a bad regular expression', { name: { $regex: '(' } }, /not a valid regular expression/],
      ['mixed operators and keys', { config: { $exists: true, lr: 1 } }, /mixes operators/],
      ['non-string tags', { tags: { $in: [1] } }, /tags are strings/],
      ['a list as the whole filter', [{ state: 'x' }], /expected a filter object/],
    ])('filters with %s', async (_what, filters, message) => {
      const error = await rejectionOf(Promise.resolve().then(() => api().runs('e/p', { filters: filters as RunFilters })));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('filters');
      expect(error.message).toMatch(message);
      expect(fake.requests).toHaveLength(0);
    });

    it.each([0, -1, 1.5, Number.NaN, 20_000])('perPage %p', (perPage) => {
      expect(() => api().runs('e/p', { perPage })).toThrow(InvalidArgumentError);
    });

    it('order fields W&B does not sort by, and bad selections', () => {
      expect(() => api().runs('e/p', { order: 'random()' as never })).toThrow(/not one W&B sorts runs by/);
      expect(() => api().runs('e/p', { select: { config: ['ok', ''] } })).toThrow(/select\.config/);
      expect(() => api().runs('e/p', { select: { summary: 'loss' as never } })).toThrow(/select\.summary/);
      expect(fake.requests).toHaveLength(0);
    });

    it('malformed paths', () => {
      expect(() => api().runs('a/b/c')).toThrow(/not a project path/);
      expect(() => api().runs('a b')).toThrow(InvalidArgumentError);
    });
  });

  it('lets the fake refuse what W&B refuses, as GraphQL errors', async () => {
    seedProject(1);
    const client = api({ entity: 'demo-user' });
    const { RunsDocument } = (await import('wandb-api')).documents;
    const error = await rejectionOf(
      client.execute(RunsDocument, { entity: 'demo-user', project: 'p', first: 1, filters: '{"state":{"$where":"1"}}' }),
    );
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.message).toMatch(/unknown operator \$where/);
    const bad = await rejectionOf(client.execute(RunsDocument, { entity: 'demo-user', project: 'p', first: 1, filters: '{"state":' }));
    expect(bad.message).toMatch(/not valid JSON/);
  });
});
