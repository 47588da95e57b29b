import { Api, InvalidArgumentError } from 'wandb-api';
import { createFakeWandb, type FakeWandb, type SeedIssue } from 'wandb-api/testing';

type Builder = (...args: unknown[]) => unknown;

/** The builders of `fake.seed`: every method on its prototype chain. */
function builderNames(seeder: object): string[] {
  const names = new Set<string>();
  for (
    let proto = Object.getPrototypeOf(seeder) as object | null;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') names.add(name);
    }
  }
  return [...names].sort();
}

function builder(fake: FakeWandb, name: string): Builder {
  const method = (fake.seed as unknown as Record<string, Builder>)[name] as Builder;
  return (...args) => method.apply(fake.seed, args);
}

function thrown(fn: () => unknown): InvalidArgumentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected an InvalidArgumentError, but nothing was thrown');
}

/**
 * How to call one builder: valid arguments (after `setup`), a required field to leave out and an
 * optional field to give a wrong type. `params` names the builder's parameters when there are
 * several: the one named '' holds the fields; a required parameter may be left out by its name.
 */
interface Case {
  setup?: (fake: FakeWandb) => unknown;
  valid: (made: unknown) => unknown[];
  params?: string[];
  required: string;
  wrong: [field: string, value: unknown];
}

const withRun = (fake: FakeWandb) => fake.seed.run({ project: 'p', id: 'r' });

const CASES: Record<string, Case> = {
  user: { valid: () => [{ username: 'alice', email: 'alice@lab.test' }], required: 'username', wrong: ['admin', 'yes'] },
  entity: { valid: () => [{ name: 'lab', members: ['alice'] }], required: 'name', wrong: ['members', 'alice'] },
  organization: { valid: () => [{ name: 'acme' }], required: 'name', wrong: ['orgEntity', 5] },
  project: { valid: () => [{ name: 'p', description: 'digits' }], required: 'name', wrong: ['createdAt', '2026-01-01'] },
  run: { valid: () => [{ project: 'p', id: 'r1', config: { lr: 0.1 } }], required: 'project', wrong: ['config', 'lr=0.1'] },
  runs: { valid: () => [{ project: 'p', count: 2 }], required: 'count', wrong: ['tags', ['a']] },
  history: { setup: withRun, valid: () => [{ project: 'p', run: 'r' }, [{ loss: 1 }]], params: ['', 'rows'], required: 'run', wrong: ['entity', 5] },
  historyExport: { setup: withRun, valid: () => [{ project: 'p', run: 'r', exportedRows: 0 }], required: 'run', wrong: ['rowsPerFile', 0] },
  runEvents: {
    setup: withRun,
    valid: () => [{ project: 'p', run: 'r' }, [{ 'system.cpu': 1 }]],
    params: ['', 'rows'],
    required: 'rows',
    wrong: ['entity', 5],
  },
  consoleLog: {
    setup: withRun,
    valid: () => [{ project: 'p', run: 'r', lines: ['hello', { line: 'oops', stream: 'stderr' }] }],
    required: 'lines',
    wrong: ['entity', 5],
  },
  runFile: { setup: withRun, valid: () => [{ project: 'p', run: 'r', name: 'a.txt', content: 'x' }], required: 'content', wrong: ['mimetype', 5] },
  artifact: { valid: () => [{ project: 'p', name: 'ds', files: { 'a.txt': 'x' } }], required: 'name', wrong: ['aliases', 'best'] },
  link: {
    setup: (fake) => fake.seed.artifact({ project: 'p', name: 'ds' }),
    valid: (artifact) => [{ artifact, project: 'shared' }],
    required: 'artifact',
    wrong: ['collection', 5],
  },
  registry: { valid: () => [{ name: 'models', organization: 'acme' }], required: 'organization', wrong: ['visibility', 'public'] },
  registryMember: {
    setup: (fake) => fake.seed.registry({ name: 'models', organization: 'acme' }),
    valid: () => [{ registry: 'models', organization: 'acme', user: 'alice' }],
    required: 'registry',
    wrong: ['role', 'owner'],
  },
  team: { valid: () => [{ name: 'crew', members: ['bob'] }], required: 'name', wrong: ['viewerIsAdmin', 1] },
  invite: {
    setup: (fake) => fake.seed.team({ name: 'crew' }),
    valid: () => [{ team: 'crew', email: 'x@lab.test' }],
    required: 'email',
    wrong: ['admin', 'no'],
  },
  integration: { valid: () => [{ type: 'slack' }], required: 'type', wrong: ['channelName', 5] },
  automation: { valid: () => [{ name: 'on-loss', scope: { project: 'p' } }], required: 'scope', wrong: ['enabled', 'yes'] },
  sweep: { valid: () => [{ project: 'p', id: 'sw1', runs: [{ id: 'r1' }] }], required: 'project', wrong: ['bestLoss', 'low'] },
  report: { valid: () => [{ project: 'p', displayName: 'Weekly' }], required: 'displayName', wrong: ['runSets', {}] },
  runQueue: { valid: () => [{ name: 'q' }], required: 'name', wrong: ['access', 'ALL'] },
  queuedRun: {
    setup: (fake) => fake.seed.runQueue({ name: 'q' }),
    valid: (queue) => [queue, { state: 'PENDING' }],
    params: ['queue', ''],
    required: 'queue',
    wrong: ['state', 'DONE'],
  },
  job: { valid: () => [{ project: 'p', name: 'train', config: { lr: 0.1 } }], required: 'name', wrong: ['sourceType', 'git'] },
};

const BAD_ARGUMENTS: Array<[string, unknown]> = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 5],
  ['a string', 'x'],
  ['an array', []],
  ['a Map', new Map([['name', 'x']])],
];

/** A fake with a case's records seeded, and what its setup made. */
function prepared(c: Case): { fake: FakeWandb; made: unknown } {
  const fake = createFakeWandb({ seed: 'demo' });
  return { fake, made: c.setup?.(fake) };
}

/** The arguments of a case with one field (or parameter) replaced, or left out when `value` is undefined. */
function changed(c: Case, made: unknown, field: string, value: unknown): unknown[] {
  const args = c.valid(made).slice();
  const params = c.params ?? [''];
  const at = params.indexOf(field);
  if (at >= 0) {
    args[at] = value;
    return args;
  }
  const fields = { ...(args[params.indexOf('')] as Record<string, unknown>) };
  if (value === undefined) delete fields[field];
  else fields[field] = value;
  args[params.indexOf('')] = fields;
  return args;
}

describe('seed builders refuse bad arguments', () => {
  it('has a case for every builder (a new builder needs one, and its checks)', () => {
    expect(builderNames(createFakeWandb().seed)).toEqual(Object.keys(CASES).sort());
  });

  describe.each(Object.entries(CASES))('seed.%s()', (name, c) => {
    it('accepts its valid arguments', () => {
      const { fake, made } = prepared(c);
      expect(() => builder(fake, name)(...c.valid(made))).not.toThrow();
    });

    it.each(BAD_ARGUMENTS)('refuses %s as its argument, changing nothing', (_, value) => {
      const { fake } = prepared(c);
      const before = fake.snapshot();
      const error = thrown(() => builder(fake, name)(value));
      const first = (c.params ?? [''])[0] as string;
      expect(error.argument).toBe(first ? `seed.${name}.${first}` : `seed.${name}`);
      expect(error.message).toMatch(new RegExp(`^seed\\.${name}\\(\\): .* must be .*, got `));
      expect(fake.snapshot()).toEqual(before);
    });

    it(`refuses a missing ${c.required}, changing nothing`, () => {
      const { fake, made } = prepared(c);
      const before = fake.snapshot();
      const error = thrown(() => builder(fake, name)(...changed(c, made, c.required, undefined)));
      expect(error.argument).toBe(`seed.${name}.${c.required}`);
      expect(error.message).toMatch(new RegExp(`^seed\\.${name}\\(\\): ${c.required} (is required|must be)`));
      expect(fake.snapshot()).toEqual(before);
    });

    it(`refuses a mistyped ${c.wrong[0]}, changing nothing`, () => {
      const { fake, made } = prepared(c);
      const before = fake.snapshot();
      const [field, value] = c.wrong;
      const error = thrown(() => builder(fake, name)(...changed(c, made, field, value)));
      expect(error.argument).toBe(`seed.${name}.${field}`);
      expect(error.message).toContain(`seed.${name}(): ${field} must be `);
      expect(fake.snapshot()).toEqual(before);
    });
  });
});

describe('what the checks say', () => {
  it('names the field, what it must be and what it got', () => {
    const fake = createFakeWandb();
    const id = thrown(() => fake.seed.run({ project: 'p', id: 7 as unknown as string }));
    expect(id.argument).toBe('seed.run.id');
    expect(id.message).toBe('seed.run(): id must be a W&B name (not empty, at most 256 characters, without spaces or / : ? # % \\), got 7');
    expect(thrown(() => fake.seed.user(null as never)).message).toBe('seed.user(): the argument must be an object (UserSeed), got null');
    expect(thrown(() => fake.seed.entity(new Map() as never)).message).toBe('seed.entity(): the argument must be an object (EntitySeed), got a Map');
    expect(thrown(() => fake.seed.project({ name: 'a b' })).message).toContain('got "a b"');
    expect(thrown(() => fake.seed.run({ project: 'p', state: 'FINISHED' as never })).message).toBe(
      'seed.run(): state must be one of "running", "finished", "crashed", "failed", "killed", "preempting", "preempted", "pending", got "FINISHED"',
    );
    expect(thrown(() => fake.seed.run({ project: 'p', createdAt: new Date('soon') })).message).toBe(
      'seed.run(): createdAt must be a valid Date, got an invalid Date',
    );
  });

  it('follows the path into lists and nested objects', () => {
    const fake = createFakeWandb();
    const row = thrown(() => fake.seed.run({ project: 'p', history: [{ loss: 1 }, 5 as never] }));
    expect(row.argument).toBe('seed.run.history[1]');
    expect(row.message).toBe('seed.run(): history[1] must be an object, got 5');
    expect(thrown(() => fake.seed.artifact({ project: 'p', name: 'a', files: { 'x.txt': 5 as never } })).argument).toBe(
      'seed.artifact.files["x.txt"]',
    );
    const ref = thrown(() => fake.seed.artifact({ project: 'p', name: 'a', loggedBy: { project: 'p', run: 'r' } as never }));
    expect(ref.argument).toBe('seed.artifact.loggedBy.entity');
    expect(ref.message).toBe('seed.artifact(): loggedBy.entity is required (a W&B name)');
    expect(thrown(() => fake.seed.sweep({ project: 'p', runs: [{ id: 'ok' }, { tags: ['a', ''] }] })).argument).toBe('seed.sweep.runs[1].tags[1]');
    const filter = thrown(() =>
      fake.seed.report({ project: 'p', displayName: 'R', runSets: [{ filters: { op: 'AND', filters: [{ op: 'XOR' as never, filters: [] }] } }] }),
    );
    expect(filter.argument).toBe('seed.report.runSets[0].filters.filters[0].op');
    expect(thrown(() => fake.seed.integration({ type: 'email' } as never)).message).toBe(
      'seed.integration(): type must be "slack" or "webhook", got "email"',
    );
    expect(thrown(() => fake.seed.registryMember({ registry: 'r', organization: 'o' } as never)).argument).toBe('seed.registryMember.user');
    expect(thrown(() => fake.seed.automation({ name: 'a', scope: {} as never })).argument).toBe('seed.automation.scope.project');
    expect(thrown(() => fake.seed.team({ name: 'My Team' })).message).toContain('must be a team name (lowercase letters');
  });

  it('checks what the functions given to seed.runs() return before adding any run', () => {
    const fake = createFakeWandb();
    const before = fake.snapshot();
    const config = thrown(() => fake.seed.runs({ project: 'p', count: 3, config: (i) => (i === 2 ? (5 as never) : { lr: i }) }));
    expect(config.argument).toBe('seed.runs.config');
    expect(config.message).toBe('seed.runs(): config(2) must return an object, got 5');
    const state = thrown(() => fake.seed.runs({ project: 'p', count: 2, state: () => 'done' as never }));
    expect(state.message).toContain('state(0) must return one of "running"');
    expect(fake.snapshot()).toEqual(before);
  });

  it('names the field that refers to a record that was never seeded, and changes nothing', async () => {
    const fake = createFakeWandb();
    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch });
    const projects = async () => (await api.projects('demo-user').toArray()).map((p) => p.name).sort();
    fake.seed.project({ name: 'p' });
    fake.seed.organization({ name: 'acme' });
    const artifact = fake.seed.artifact({ project: 'p', name: 'ds' });
    const listed = await projects();
    const refused = (fn: () => unknown): InvalidArgumentError => {
      const before = fake.snapshot();
      const error = thrown(fn);
      expect(fake.snapshot()).toEqual(before);
      return error;
    };

    const history = refused(() => fake.seed.history({ project: 'p', run: 'nope' }, []));
    expect(history.argument).toBe('seed.history.run');
    expect(history.message).toBe('seed.history(): run "nope" does not exist in demo-user/p; seed it first with seed.run()');
    expect(refused(() => fake.seed.runFile({ project: 'p', run: 'nope', name: 'a.txt', content: 'x' })).argument).toBe('seed.runFile.run');
    expect(refused(() => fake.seed.invite({ team: 'nope', email: 'a@lab.test' })).argument).toBe('seed.invite.team');
    expect(refused(() => fake.seed.registryMember({ registry: 'r', organization: 'nope', user: 'u' })).argument).toBe(
      'seed.registryMember.organization',
    );
    expect(refused(() => fake.seed.registryMember({ registry: 'nope', organization: 'acme', user: 'u' })).argument).toBe(
      'seed.registryMember.registry',
    );
    expect(refused(() => fake.seed.automation({ name: 'a', scope: { project: 'fresh' }, createdBy: 'ghost' })).argument).toBe(
      'seed.automation.createdBy',
    );
    // Checked as W&B checks a new automation, before its scope (a new project here) is created.
    const event = refused(() => fake.seed.automation({ name: 'a', scope: { project: 'fresh' }, eventType: 'CREATE_ARTIFACT' }));
    expect(event.argument).toBe('seed.automation.eventType');
    expect(event.message).toContain('CREATE_ARTIFACT automations must be scoped to an artifact collection');
    expect(
      refused(() => fake.seed.automation({ name: 'a', scope: { project: 'fresh' }, action: { type: 'NOTIFICATION', integrationId: 'nope' } }))
        .argument,
    ).toBe('seed.automation.action.integrationId');
    const type = refused(() => fake.seed.artifact({ project: 'p', name: 'ds', type: 'model', files: { 'a.txt': 'x' } }));
    expect(type.argument).toBe('seed.artifact.type');
    expect(type.message).toContain('is of type dataset, not model');
    expect(refused(() => fake.seed.job({ project: 'p', name: 'ds' })).argument).toBe('seed.job.type');
    expect(await projects()).toEqual(listed);

    // Records from before a reset are gone from the store.
    const queue = fake.seed.runQueue({ name: 'q' });
    const checkpoint = fake.checkpoint();
    fake.reset();
    expect(refused(() => fake.seed.queuedRun(queue)).argument).toBe('seed.queuedRun.queue');
    expect(refused(() => fake.seed.link({ artifact, project: 'shared' })).argument).toBe('seed.link.artifact');
    fake.restore(checkpoint);
    expect(fake.seed.queuedRun(queue).state).toBe('PENDING');
    expect(fake.seed.link({ artifact, project: 'shared' }).versionIndex).toBe(0);
  });
});

describe('JSON seed data with bad fields', () => {
  const CASES_JSON: Array<[string, Record<string, unknown>, string]> = [
    ['a user without a username', { users: [{}] }, 'users[0].username'],
    ['a project without a name', { projects: [{}] }, 'projects[0].name'],
    ['a project whose name is a number', { projects: [{ name: 5 }] }, 'projects[0].name'],
    ['a run whose id is a number', { runs: [{ project: 'p', id: 7 }] }, 'runs[0].id'],
    ['a run whose config is a string', { runs: [{ project: 'p', config: 'x' }] }, 'runs[0].config'],
    ['an entity with an empty name', { entities: [{ name: '' }] }, 'entities[0].name'],
    ['artifact files that are a number', { artifacts: [{ project: 'p', name: 'a', files: 5 }] }, 'artifacts[0].files'],
    ['run tags that are a string', { runs: [{ project: 'p', tags: 'x' }] }, 'runs[0].tags'],
    ['run history that is a string', { runs: [{ project: 'p', history: 'x' }] }, 'runs[0].history'],
    ['a history row that is not an object', { runs: [{ project: 'p', history: [{ loss: 1 }, 3] }] }, 'runs[0].history[1]'],
    ['a nested date as a plain string', { sweeps: [{ project: 'p', runs: [{ createdAt: '2026-01-01' }] }] }, 'sweeps[0].runs[0].createdAt'],
  ];

  it.each(CASES_JSON)('reports %s at its path and applies nothing', (_, data, path) => {
    const fake = createFakeWandb({ seed: 'demo' });
    const before = fake.snapshot();
    const { issues, counts } = fake.applySeed(data);
    expect(issues).toEqual([{ path, message: expect.stringMatching(/^(must be|is required)/) as string }]);
    expect(counts).toEqual({});
    expect(fake.snapshot()).toEqual(before);
  });

  it('says what a mistyped field must be instead of failing on it', () => {
    const { issues } = createFakeWandb().applySeed({ runs: [{ project: 'p', history: 'x' }] });
    expect(issues).toEqual([{ path: 'runs[0].history', message: 'must be a list of objects, got "x"' }]);
  });

  it('reports every problem of a file, several in one entry too, and nothing is added', () => {
    const fake = createFakeWandb();
    const before = fake.snapshot();
    const data = {
      projects: [{ name: 'fine' }],
      runs: [
        { project: 5, id: 'a b', confg: {} },
        { project: 'p', config: { lr: 1 } },
        { project: 'p', summary: [] },
      ],
      users: [{ username: 'alice', admin: 'yes' }],
    };
    const { issues } = fake.applySeed(data);
    expect(issues).toEqual([
      { path: 'runs[0].project', message: expect.stringContaining('must be a W&B name') as string },
      { path: 'runs[0].id', message: expect.stringContaining('got "a b"') as string },
      { path: 'runs[0].confg', message: 'unknown field: seed.run() does not use "confg"' },
      { path: 'runs[2].summary', message: 'must be an object, got an array' },
      { path: 'users[0].admin', message: 'must be a boolean, got "yes"' },
    ]);
    expect(fake.snapshot()).toEqual(before);
    const error = thrown(() => createFakeWandb({ seed: data }));
    expect(error.argument).toBe('seed');
    expect(error.message).toMatch(/^seed has 5 problems:\n {2}seed: runs\[0\]\.project: must be a W&B name/);
  });

  it('stops at 50 problems', () => {
    const runs = Array.from({ length: 80 }, (_, i) => ({ project: 'p', id: i }));
    const { issues } = createFakeWandb().applySeed({ runs });
    expect(issues).toHaveLength(50);
    expect((issues[49] as SeedIssue).path).toBe('runs[49].id');
  });

  it('reports a record that was never seeded at the field naming it; seedFrom keeps nothing of the file', () => {
    const fake = createFakeWandb();
    const before = fake.snapshot();
    const error = thrown(() =>
      fake.seedFrom({ projects: [{ name: 'kept-only-if-all-pass' }], invites: [{ team: 'nope', email: 'a@lab.test' }] }, 'extra.json'),
    );
    expect(error.message).toBe('extra.json has 1 problem:\n  extra.json: invites[0].team: "nope" is not a team; seed it first with seed.team()');
    expect(fake.snapshot()).toEqual(before);
    // Entries of the same file are there for later ones: the team is made first.
    expect(fake.seedFrom({ invites: [{ team: 'crew', email: 'a@lab.test' }], teams: [{ name: 'crew' }] })).toEqual({ teams: 1, invites: 1 });
  });
});
