/**
 * Property-based hostility, both ways. Answers: a proxy puts random JSON at a random place of a
 * list, history, file or manifest answer, cuts or stalls the body, or makes it huge; every call
 * still ends, quickly, with data or a `WandbError`. Requests: random methods, paths, headers and
 * bodies sent to the fake; every one gets an answer below 500, quickly.
 */
import fc from 'fast-check';
import { Api, WandbError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { cutAnswer, hostileFetch, stallingAnswer, type Rewrite } from '../support/hostile';
import { freshDir, removeDirs } from '../support/folders';
import { settle, within } from '../support/promises';

/** A fixed seed keeps failures reproducible; set FUZZ_SEED to explore others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
afterAll(removeDirs);

describe('hostile answers', () => {
  const fake = createFakeWandb();
  fake.seed.run({ project: 'p', id: 'r1', tags: ['a'], history: [{ loss: 1 }, { loss: 0.5 }] });
  fake.seed.run({ project: 'p', id: 'r2' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello' });
  fake.seed.artifact({ project: 'p', name: 'digits', files: { 'a.txt': 'a' } });
  let rewrite: Rewrite | undefined;
  const api = new Api({
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    env: {},
    entity: 'demo-user',
    project: 'p',
    retries: 0,
    timeout: 300,
    maxResponseBytes: 64 * 1024,
    fetch: hostileFetch(fake.fetch, () => rewrite),
  });

  /** Every place in a JSON value, as a path of keys. */
  function places(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
    out.push(path);
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) places(v, [...path, Array.isArray(value) ? Number(k) : k], out);
    return out;
  }
  function put(root: Record<string, unknown>, path: Array<string | number>, value: unknown): unknown {
    if (path.length === 0) return value;
    let at = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = value;
    return root;
  }

  const CALLS: Record<string, { operation: string | undefined; call: () => Promise<unknown> }> = {
    'runs list': { operation: 'Runs', call: () => api.runs('p').toArray() },
    'run files': { operation: 'RunFiles', call: async () => (await api.run('p/r1')).files().toArray() },
    history: { operation: 'RunFullHistory', call: async () => (await api.run('p/r1')).history() },
    'file text': { operation: undefined, call: async () => (await (await api.run('p/r1')).file('out.txt')).text() },
    manifest: { operation: undefined, call: async () => (await api.artifact('p/digits:v0')).download({ root: freshDir() }) },
  };

  type Hostility =
    | { kind: 'replace'; place: number; value: unknown }
    | { kind: 'stall'; after: number }
    | { kind: 'cut'; after: number }
    | { kind: 'huge'; size: number };
  const hostility: fc.Arbitrary<Hostility> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), place: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }) },
    fc.record({ kind: fc.constantFrom('stall' as const, 'cut' as const), after: fc.nat({ max: 200 }) }) as fc.Arbitrary<Hostility>,
    fc.record({ kind: fc.constant('huge' as const), size: fc.integer({ min: 65 * 1024, max: 400 * 1024 }) }),
  );

  const rewriteFor =
    (operation: string | undefined, h: Hostility): Rewrite =>
    async (seen, real) => {
      const target = operation === undefined ? seen.operation === undefined && seen.method === 'GET' : seen.operation === operation;
      if (!target) return undefined;
      const text = await (await real()).text();
      const headers = { 'content-type': 'application/json' };
      if (h.kind === 'stall' || h.kind === 'cut') return (h.kind === 'stall' ? stallingAnswer : cutAnswer)(text.slice(0, h.after), headers);
      if (h.kind === 'huge') return new Response(`${text.slice(0, -1)}${' '.repeat(h.size)}}`, { headers });
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return new Response(JSON.stringify(h.value), { headers });
      }
      const all = places(body);
      const changed = put(body as Record<string, unknown>, all[h.place % all.length] as Array<string | number>, h.value);
      return new Response(JSON.stringify(changed), { headers });
    };

  it.each(Object.keys(CALLS))(
    '%s: data or a WandbError, within bounds',
    async (name) => {
      const { operation, call } = CALLS[name]!;
      await fc.assert(
        fc.asyncProperty(hostility, async (h) => {
          rewrite = rewriteFor(operation, h);
          try {
            const { error } = await within(3000, settle(call()), `${name} under ${JSON.stringify(h).slice(0, 200)}`);
            if (error !== undefined && !(error instanceof WandbError)) throw error;
          } finally {
            rewrite = undefined;
          }
        }),
        { numRuns: 40, seed: SEED },
      );
    },
    60_000,
  );
});

describe('hostile requests to the fake', () => {
  const fake = createFakeWandb();
  fake.seed.run({ project: 'p', id: 'r1' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello' });
  const key = `Basic ${btoa(`api:${fake.apiKey}`)}`;

  const segment = fc.oneof(
    fc.constantFrom(
      'graphql',
      '_fake',
      'faults',
      'seed',
      'reset',
      'settings',
      'requests',
      'snapshot',
      'files',
      'demo-user',
      'p',
      'r1',
      'out.txt',
      'storage',
      'upload',
      'artifactsV2',
      '%',
      '%zz',
      '%E0%A4%A',
      '..',
      '',
      'a'.repeat(300),
    ),
    fc.stringMatching(/^[\w.%~-]{0,12}$/),
  );
  const request = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
    path: fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
    auth: fc.boolean(),
    contentType: fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded'),
    origin: fc.constantFrom(undefined, 'https://evil.example', 'null'),
    body: fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 50 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record({
          query: fc.oneof(fc.string(), fc.constantFrom('{ viewer { name } }', 'query { project(name: "p") { runs { edges { node { name } } } } }')),
          variables: fc.jsonValue({ maxDepth: 2 }),
        })
        .map((v) => JSON.stringify(v)),
      fc
        .record({ target: fc.jsonValue({ maxDepth: 2 }), fault: fc.jsonValue({ maxDepth: 2 }), times: fc.jsonValue({ maxDepth: 1 }) })
        .map((v) => JSON.stringify(v)),
    ),
  });

  it('every request gets an answer below 500, within bounds', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        tried++;
        const headers: Record<string, string> = {};
        if (r.auth) headers.authorization = key;
        if (r.contentType) headers['content-type'] = r.contentType;
        if (r.origin) headers.origin = r.origin;
        const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
        const answer = await within(
          3000,
          fake.fetch(`${fake.baseUrl}${r.path}`, { method: r.method, headers, ...(hasBody ? { body: r.body as string } : {}) }),
          `${r.method} ${r.path}`,
        );
        await answer.arrayBuffer();
        if (answer.status >= 500) throw new Error(`${r.method} ${r.path} (${JSON.stringify(r.body)?.slice(0, 200)}) got ${answer.status}`);
        fake.clearFaults();
      }),
      { numRuns: 600, seed: SEED },
    );
    expect(tried).toBe(600);
  }, 120_000);
});
