/**
 * Bad input: property-based tests throw random paths, names, aliases, filters and options at the
 * public API. Whatever comes in, only `WandbError`s come out (never a `TypeError`), no call
 * hangs, input refused as invalid sends nothing, and nothing sent is refused by the server.
 */
import fc from 'fast-check';
import { Api, GraphQLResponseError, InvalidArgumentError, WandbError, type Artifact, type Registry, type Run } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { freshDir, removeDirs } from '../support/folders';
import { within } from '../support/promises';

const fake = createFakeWandb({ requestLogLimit: 1000 });
fake.seed.entity({ name: 'lab' });
fake.seed.run({ project: 'p', id: 'r1', config: { lr: 0.1 }, summary: { loss: 0.5 }, history: [{ loss: 1 }, { loss: 0.5 }] });
fake.seed.run({ entity: 'lab', project: 'q', id: 'r2' });
fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello' });
fake.seed.artifact({ project: 'p', name: 'digits', files: { 'a.txt': 'a', 'dir/b.txt': 'b' }, aliases: ['best'] });
fake.seed.registry({ name: 'model', organization: 'acme', artifactTypes: ['model'] });

const api = new Api({
  baseUrl: fake.baseUrl,
  apiKey: fake.apiKey,
  env: {},
  entity: 'demo-user',
  project: 'p',
  fetch: fake.fetch,
  retries: 0,
  timeout: 5000,
});
/** A fixed seed keeps failures reproducible; set FUZZ_SEED to explore others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
/** Inputs tried so far, over every property. */
let tried = 0;
let run: Run;
let artifact: Artifact;
let registry: Registry;

beforeAll(async () => {
  run = await api.run('demo-user/p/r1');
  artifact = await api.artifact('demo-user/p/digits:v0');
  registry = await api.registry('model');
});
afterAll(removeDirs);

// ── what the calls are given ─────────────────────────────────────────────────────────────────

/** Anything JavaScript has, including values that break naive `String()` and `JSON.stringify`. */
const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  maxDepth: 2,
});
const tricky = fc.constantFrom(
  '',
  ' ',
  '.',
  '..',
  '/',
  '//',
  'a/b',
  'a:b',
  'a b',
  '%',
  '%2F',
  '?',
  '#',
  '\\',
  '\u0000',
  '\n',
  'x'.repeat(300),
  '💥',
  'latest',
  'v0',
  'v01',
  ':v1',
  'ü',
  'a\u200bb',
  'null',
  'undefined',
  '__proto__',
  'constructor',
);
/** One name: mostly plausible, sometimes hostile, sometimes not a string at all. */
const name = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_.-]{0,12}$/) },
  { weight: 2, arbitrary: fc.constantFrom('demo-user', 'lab', 'p', 'q', 'r1', 'r2', 'digits', 'out.txt') },
  { weight: 3, arbitrary: fc.string({ maxLength: 16 }) },
  { weight: 2, arbitrary: tricky },
  { weight: 1, arbitrary: anything },
);
/** A name that is at least a string. */
const text = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_.-]{0,12}$/), fc.string({ maxLength: 16 }), tricky);
const alias = fc.oneof(fc.constantFrom('latest', 'v0', 'v1', 'best', 'v', 'v-1', ''), fc.string({ maxLength: 8 }), tricky);
/** Paths of 0 to 5 parts, W&B URLs, artifact names with aliases, registry paths, and junk. */
const path = fc.oneof(
  { weight: 4, arbitrary: fc.array(text, { minLength: 0, maxLength: 5 }).map((parts) => parts.join('/')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('https://wandb.ai/', 'http://x/', 'wandb.ai/', ''), fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }))
      .map(([base, parts]) => base + parts.join('/')),
  },
  { weight: 2, arbitrary: fc.tuple(fc.array(text, { minLength: 1, maxLength: 3 }), alias).map(([parts, a]) => `${parts.join('/')}:${a}`) },
  { weight: 1, arbitrary: fc.tuple(text, text, alias).map(([r, c, a]) => `wandb-registry-${r}/${c}:${a}`) },
  { weight: 1, arbitrary: anything },
);
const OPERATORS = ['$and', '$or', '$nor', '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$regex', '$where', '$foo', 'eq'];
const FIELDS = [
  'state',
  'name',
  'displayName',
  'tags',
  'createdAt',
  'config.lr',
  'config.lr.value',
  'summary_metrics.loss',
  'sweep',
  '',
  'config.',
  '$and',
];
const filterValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 3 }),
  anything,
);
const condition = fc.dictionary(fc.constantFrom(...OPERATORS), filterValue, { maxKeys: 2 });
const filters: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(filterValue, condition), { maxKeys: 3 }) },
  { weight: 2, arbitrary: fc.record({ $and: fc.array(fc.dictionary(fc.constantFrom(...FIELDS), condition, { maxKeys: 2 }), { maxLength: 3 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      $or: fc.oneof(fc.array(fc.dictionary(fc.constantFrom(...FIELDS), filterValue, { maxKeys: 2 }), { maxLength: 3 }), anything),
    }),
  },
  { weight: 1, arbitrary: anything },
);
const order = fc.oneof(
  fc.constantFrom(
    '+created_at',
    '-created_at',
    'created_at',
    '-heartbeat_at',
    '+config.lr.value',
    '-summary_metrics.loss',
    '+name',
    'name',
    '--x',
    '+',
    '',
  ),
  fc.string({ maxLength: 12 }),
  anything,
);
const number = fc.oneof(
  fc.integer({ min: -5, max: 20_000 }),
  fc.double(),
  fc.constantFrom(0, -1, 1, 1.5, Number.NaN, Infinity, 10_001, 2 ** 53),
  anything,
);
const keys = fc.oneof(fc.array(fc.oneof(fc.constantFrom('loss', '_step', 'lr', ''), fc.string({ maxLength: 6 })), { maxLength: 3 }), anything);
/** Cursors are the server's opaque tokens: the SDK refuses what cannot be one; a well-formed one is the server's to judge. */
const afterCursor = fc.oneof(
  fc.constantFrom('', ' ', 'a b', 'x\ny', '\u0000', 'x'.repeat(5000)),
  anything.filter((v) => typeof v !== 'string'),
);
/**
 * Options objects of any shape: known fields with random values, unknown fields, `null` (no
 * options), or anything else that is not an options object (numbers, strings, arrays, Maps, ...).
 */
const options = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        perPage: number,
        order,
        filters,
        timeout: number,
        limit: number,
        after: afterCursor,
        samples: number,
        keys,
        pageSize: number,
        minStep: number,
        maxStep: number,
        tags: fc.oneof(fc.array(fc.oneof(name, alias), { maxLength: 3 }), anything),
        names: fc.oneof(fc.array(name, { maxLength: 3 }), anything),
        pattern: fc.oneof(fc.string({ maxLength: 6 }), anything),
        concurrency: number,
        pathPrefix: fc.oneof(fc.string({ maxLength: 6 }), anything),
        select: anything,
        stream: fc.oneof(fc.constantFrom('default', 'system'), anything),
        xAxis: fc.oneof(fc.string({ maxLength: 6 }), anything),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: anything },
);

// ── the check every call goes through ────────────────────────────────────────────────────────

const MALFORMED = /\b(invalid|malformed|must be|not a valid|cannot parse|expected)\b/i;
const lastSeq = () => fake.requests[fake.requests.length - 1]?.seq ?? 0;

/** Consumes what a call returns: a list's first page, or the promise itself. */
async function settleResult(value: unknown): Promise<void> {
  const result = await value;
  if (result && typeof result === 'object' && typeof (result as { toArray?: unknown }).toArray === 'function') {
    await (result as { toArray(o: { limit: number }): Promise<unknown> }).toArray({ limit: 1 });
  }
}

/**
 * Runs one call with one input: it must succeed or fail with a WandbError, within a bound; an
 * InvalidArgumentError must come before any request, and no request may be refused as invalid.
 * Given `options` (what the call took as its options object), a value that is neither nothing
 * (`undefined`, `null`) nor an options object must be refused as `options`.
 */
async function check(what: string, call: () => unknown, options?: { given: unknown }): Promise<void> {
  tried++;
  const before = lastSeq();
  let error: unknown;
  try {
    await within(5000, (async () => settleResult(call()))(), what);
  } catch (e) {
    error = e;
  }
  const sent = fake.requests.filter((r) => r.seq > before);
  if (error !== undefined && !(error instanceof WandbError))
    throw new Error(`${what} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`, { cause: error });
  if (error instanceof InvalidArgumentError && sent.length > 0)
    throw new Error(`${what} sent ${sent.map((r) => r.operationName ?? r.path).join(', ')} before refusing its input: ${error.message}`);
  // The server may refuse what depends on its state (linking to a collection of the wrong kind);
  // it must never refuse an argument as malformed, which the SDK should have caught.
  if (error instanceof GraphQLResponseError && MALFORMED.test(error.message))
    throw new Error(`${what} sent what the server refused as malformed: ${error.message}`);
  const refused = sent.filter((r) => r.status === 400 || r.status === 422);
  if (refused.length) throw new Error(`${what} sent ${refused.length} request(s) the server refused as invalid`);
  if (options && !isOptionsValue(options.given) && !(error instanceof InvalidArgumentError && error.argument === 'options')) {
    throw new Error(
      `${what} took ${Object.prototype.toString.call(options.given)} as its options object: ${error === undefined ? 'no error' : String(error)}`,
    );
  }
}

/** Nothing, or an object of the kind an options object is (not an array, a Map, a Date, ...). */
function isOptionsValue(value: unknown): boolean {
  return value === undefined || value === null || Object.prototype.toString.call(value) === '[object Object]';
}

const RUNS = { api: 2500, lists: 2500, runs: 2000, artifacts: 1500, settings: 2000 };

describe('bad input', () => {
  it(`entry points with random paths and names (${RUNS.api} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 21 }), path, name, name, async (which, p, n, m) => {
        const calls: Array<[string, () => unknown]> = [
          ['api.run', () => api.run(p as string)],
          ['api.project', () => api.project(n as string, m as string)],
          ['api.sweep', () => api.sweep(p as string)],
          ['api.fromPath', () => api.fromPath(p as string)],
          ['api.team', () => api.team(n as string)],
          ['api.runQueue', () => api.runQueue(n as string, m as string)],
          ['api.createProject', () => api.createProject(n as string, 'demo-user', { description: String(typeof m) })],
          ['api.artifact', () => api.artifact(p as string)],
          ['api.artifactExists', () => api.artifactExists(p as string, n as string)],
          ['api.artifactType', () => api.artifactType(n as string, m as string)],
          ['api.artifactCollection', () => api.artifactCollection(n as string, p as string)],
          ['api.registry', () => api.registry(n as string)],
          ['api.job', () => api.job(p as string)],
          ['api.listJobs', () => api.listJobs(n as string, m as string)],
          ['api.user', () => api.user(n as string)],
          ['api.users', () => api.users(n as string)],
          ['api.automation', () => api.automation(n as string)],
          ['api.artifactVersions', () => api.artifactVersions(n as string, p as string)],
          ['api.createRun', () => api.createRun({ runId: n as string, project: m as string })],
          ['api.createTeam', () => api.createTeam(n as string)],
          ['api.queuedRun', () => api.queuedRun('demo-user', n as string, m as string, p as string)],
          ['api.createRegistry', () => api.createRegistry({ name: n as string, visibility: m as never })],
        ];
        const [what, call] = calls[which]!;
        await check(what, call);
      }),
      { numRuns: RUNS.api, seed: SEED },
    );
  });

  it(`lists with random paths, filters and options (${RUNS.lists} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 9 }), path, name, options, async (which, p, n, o) => {
        const calls: Array<[string, () => unknown]> = [
          ['api.runs', () => api.runs(p as string, o as never)],
          ['api.runs (filters)', () => api.runs('demo-user/p', o as never)],
          ['api.projects', () => api.projects(n as string, o as never)],
          ['api.reports', () => api.reports(p as string, o as never)],
          ['api.artifacts', () => api.artifacts(n as string, p as string, o as never)],
          ['api.artifactTypes', () => api.artifactTypes(n as string, o as never)],
          ['api.artifactCollections', () => api.artifactCollections(n as string, 'dataset', o as never)],
          ['api.automations', () => api.automations(o as never)],
          ['api.integrations', () => api.integrations(o as never)],
          ['api.runs().length', () => api.runs('demo-user/p', o as never).length()],
        ];
        const [what, call] = calls[which]!;
        await check(what, call, { given: o });
      }),
      { numRuns: RUNS.lists, seed: SEED + 1 },
    );
  });

  it(`a run's methods with random names, keys and options (${RUNS.runs} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 7 }), name, options, async (which, n, o) => {
        // The third element marks the calls that take `o` as their options object.
        const calls: Array<[string, () => unknown, boolean?]> = [
          ['run.files', () => run.files(o as never), true],
          ['run.file', () => run.file(n as string)],
          ['run.history', () => run.history(o as never), true],
          ['run.scanHistory', () => run.scanHistory(o as never), true],
          ['run.configValue', () => run.configValue(n as string)],
          ['run.summaryValue', () => run.summaryValue(n as string)],
          ['run.loadKeys', () => run.loadKeys(o as never)],
          ['runs.histories', () => api.runs('demo-user/p').histories(o as never), true],
        ];
        const [what, call, takesOptions] = calls[which]!;
        await check(what, call, takesOptions ? { given: o } : undefined);
      }),
      { numRuns: RUNS.runs, seed: SEED + 2 },
    );
  });

  it(`an artifact's and a registry's methods with random names, aliases, tags, members and options (${RUNS.artifacts} inputs)`, async () => {
    const root = freshDir();
    const start = fake.checkpoint();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 11 }), name, fc.array(alias, { maxLength: 3 }), options, async (which, n, aliases, o) => {
        // The version to edit is fetched before the check: only what save() sends counts.
        const fresh = which === 3 || which === 4 ? await api.artifact('demo-user/p/digits:v0') : artifact;
        // The third element marks the calls that take `o` as their options object.
        const calls: Array<[string, () => unknown, boolean?]> = [
          ['artifact.getEntry', () => artifact.getEntry(n as string)],
          ['artifact.files', () => artifact.files(o as never), true],
          ['artifact.download', () => artifact.download({ ...(o && typeof o === 'object' ? (o as object) : {}), root })],
          [
            'artifact.save (aliases)',
            () => {
              fresh.aliases = aliases;
              return fresh.save();
            },
          ],
          [
            'artifact.save (tags)',
            () => {
              fresh.tags = aliases;
              return fresh.save();
            },
          ],
          ['artifact.link', () => artifact.link(n as string, { aliases })],
          ['api.artifact (alias)', () => api.artifact(`demo-user/p/digits:${aliases[0] ?? ''}`)],
          ['registry.collections', () => registry.collections(o as never), true],
          ['registry.versions', () => registry.versions(o as never), true],
          ['registry.addMembers', () => registry.addMembers(aliases.length ? (aliases as never) : (n as never))],
          ['registry.updateMember', () => registry.updateMember(n as never, aliases[0] as never)],
          ['registry.removeMembers', () => registry.removeMembers(o as never)],
        ];
        const [what, call, takesOptions] = calls[which]!;
        await check(what, call, takesOptions ? { given: o } : undefined);
        // What save() and link() changed goes, so the store stays small and every input meets the same artifact.
        if (which === 3 || which === 4 || which === 5 || which >= 9) fake.restore(start);
      }),
      { numRuns: RUNS.artifacts, seed: SEED + 3 },
    );
  });

  it(`new Api with random settings (${RUNS.settings} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            apiKey: fc.oneof(fc.string({ maxLength: 50 }), anything),
            baseUrl: fc.oneof(fc.constantFrom('https://api.wandb.test', 'http://localhost:1', 'ftp://x', 'not a url', 'https://u:p@h'), anything),
            entity: name,
            project: name,
            timeout: number,
            retries: number,
            retryDelay: fc.oneof(fc.record({ base: number, max: number }, { requiredKeys: [] }), anything),
            maxConcurrency: number,
            fetch: anything,
            headers: fc.oneof(fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }), anything),
            env: fc.oneof(
              fc.dictionary(
                fc.constantFrom('WANDB_API_KEY', 'WANDB_BASE_URL', 'WANDB_ENTITY', 'WANDB_PROJECT', 'WANDB_HTTP_TIMEOUT', 'NETRC', 'HOME'),
                fc.oneof(fc.string({ maxLength: 12 }), anything),
              ),
              anything,
            ),
            netrcPath: fc.oneof(fc.constant('/nonexistent/netrc'), anything),
          },
          { requiredKeys: [] },
        ),
        async (settings) => {
          // Building the Api never sends anything; a request to the fake with any key it took is answered, never refused as invalid.
          await check('new Api', () => {
            const built = new Api({
              env: {},
              netrcPath: '/nonexistent/netrc',
              ...(settings as object),
              ...('fetch' in settings ? {} : { fetch: fake.fetch }),
            });
            return built.settings.baseUrl === fake.baseUrl ? built.viewer({ timeout: 1000 }) : undefined;
          });
        },
      ),
      { numRuns: RUNS.settings, seed: SEED + 4 },
    );
  });

  it('tried at least 10,000 inputs in all', () => {
    expect(tried).toBeGreaterThanOrEqual(10_000);
  });
});
