/**
 * Key safety: a server (or a fetch) that echoes the API key back, in every way it can, across
 * every facade and every kind of error. The key must appear nowhere the SDK hands back or
 * prints, in no log line, and in no request to an origin other than W&B's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import {
  AbortError,
  Api,
  AuthenticationError,
  GraphQLResponseError,
  HttpError,
  IntegrityError,
  InvalidArgumentError,
  NetworkError,
  NotFoundError,
  NotSupportedError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  WandbError,
  type ApiOptions,
  type Run,
  type RunFile,
} from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { freshDir, removeDirs } from '../support/folders';
import { keyForms, keyLeaks } from '../support/keys';
import { settle } from '../support/promises';

const KEY = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0';
const { fake, server } = useFakeWandb({ apiKey: KEY });
const [, BASIC] = keyForms(KEY) as [string, string];
/** What a careless server or proxy echoes: the key, and the authorization header it came in. */
const ECHO = `token ${KEY} from header "Authorization: Basic ${BASIC}"`;
const ECHO_JSON = JSON.stringify({
  errors: [{ message: ECHO, path: ['echo', KEY], extensions: { code: 'INTERNAL', authorization: `Basic ${BASIC}` } }],
});
const FOREIGN = 'https://elsewhere.test';

/** Every request the SDK sent, as it left. */
const sent: Array<{ url: string; headers: Record<string, string>; body: string }> = [];
/** A fetch that fails the way some HTTP stacks do: with the request, headers and all, in the error. */
let failWithHeaders = false;

const recordingFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  sent.push({ url, headers, body: typeof init?.body === 'string' ? init.body : '' });
  if (failWithHeaders) {
    const cause = Object.assign(new Error(`socket hang up while sending ${JSON.stringify(headers)}`), { code: 'ECONNRESET', headers });
    throw new TypeError(`fetch failed for ${url} with authorization ${headers.authorization ?? ''}`, { cause });
  }
  return fetch(input, init);
};

const api = (overrides: ApiOptions = {}) =>
  new Api({ baseUrl: fake.baseUrl, apiKey: KEY, env: {}, retries: 1, retryDelay: { base: 1, max: 5 }, fetch: recordingFetch, ...overrides });

let run: Run;
let file: RunFile;
let root: string;
beforeEach(async () => {
  sent.length = 0;
  failWithHeaders = false;
  fake.seed.entity({ name: 'lab' });
  fake.seed.run({ project: 'p', id: 'r1' });
  fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello world' });
  fake.seed.artifact({ project: 'p', name: 'digits', files: { 'a.txt': 'a' } });
  fake.seed.registry({ name: 'model', organization: 'acme' });
  run = await api().run('demo-user/p/r1');
  file = await run.file('out.txt');
  root = freshDir();
  server.use(http.all(`${FOREIGN}/*`, () => HttpResponse.json({ errors: [{ message: ECHO }] }, { status: 401 })));
});
afterEach(removeDirs);

type ErrorClass = new (...args: never[]) => WandbError;
interface Provocation {
  /** Sets the server up to misbehave. */
  arm?: () => void;
  call: () => Promise<unknown>;
  expected: ErrorClass;
}

const echoStatus =
  (status: number, target: Parameters<typeof fake.failNext>[0] = '*') =>
  () => {
    fake.failNext(target, { status, body: ECHO_JSON, headers: { 'x-echo': ECHO } }, { times: 10 });
  };

/** One provocation per kind of error, spread over the facades. */
const PROVOCATIONS: Record<string, Provocation> = {
  'viewer, 401 echoing the key': { arm: echoStatus(401), call: () => api().viewer(), expected: AuthenticationError },
  'run, 403 echoing the key': { arm: echoStatus(403), call: () => api().run('demo-user/p/r1'), expected: PermissionError },
  'project, 404 echoing the key': { arm: echoStatus(404), call: () => api().project('p', 'demo-user'), expected: NotFoundError },
  'runs list, 429 echoing the key': { arm: echoStatus(429), call: () => api().runs('demo-user/p').toArray(), expected: RateLimitError },
  'projects list, 500 echoing the key': { arm: echoStatus(500), call: () => api().projects('demo-user').toArray(), expected: ServerError },
  'sweep, 502 echoing the key': { arm: echoStatus(502), call: () => api().sweep('demo-user/p/abc'), expected: ServerError },
  'team, 503 echoing the key': { arm: echoStatus(503), call: () => api().team('lab'), expected: ServerError },
  'createProject, 400 echoing the key': { arm: echoStatus(400), call: () => api().createProject('q', 'demo-user'), expected: GraphQLResponseError },
  'run.update, 409 echoing the key': {
    arm: echoStatus(409),
    call: () => {
      run.displayName = 'renamed';
      return run.update();
    },
    expected: HttpError,
  },
  'run.files, 200 with errors echoing the key': {
    arm: () => fake.failNext('RunFiles', { errors: [{ message: ECHO, path: ['project', KEY] }] }),
    call: () => run.files().toArray(),
    expected: GraphQLResponseError,
  },
  'run.history, partial data and extensions echoing the key': {
    arm: () =>
      server.use(
        http.post(`${fake.baseUrl}/graphql`, () => HttpResponse.json({ data: { project: { echo: KEY } }, errors: JSON.parse(ECHO_JSON).errors }), {
          once: true,
        }),
      ),
    call: () => run.history(),
    expected: GraphQLResponseError,
  },
  'reports, an HTML page echoing the key': {
    arm: () => fake.failNext('*', { status: 200, body: `<html><head><title>${ECHO}</title></head></html>` }, { times: 10 }),
    call: () => api().reports('demo-user/p').toArray(),
    expected: ServerError,
  },
  'automations, a fetch failure quoting the request headers': {
    arm: () => (failWithHeaders = true),
    call: () => api().automations({ entity: 'demo-user' }).toArray(),
    expected: NetworkError,
  },
  'run file download, a fetch failure quoting the request headers': {
    arm: () => (failWithHeaders = true),
    call: () => file.download({ root }),
    expected: NetworkError,
  },
  'run file download, storage 403 echoing the key': {
    arm: echoStatus(403, { path: '/storage' }),
    call: () => file.download({ root }),
    expected: PermissionError,
  },
  'run file download, checksum mismatch': {
    arm: () => fake.failNext({ path: '/storage' }, { status: 200, body: 'x'.repeat(file.sizeBytes) }),
    call: () => file.download({ root }),
    expected: IntegrityError,
  },
  'run file text, W&B 500 echoing the key': { arm: echoStatus(500, { path: '/files' }), call: () => file.text(), expected: ServerError },
  'run file upload, storage 500 echoing the key': {
    arm: echoStatus(500, { path: '/upload' }),
    call: () => {
      const dir = freshDir();
      writeFileSync(join(dir, 'up.txt'), 'data');
      return run.uploadFile(join(dir, 'up.txt'), { root: dir });
    },
    expected: ServerError,
  },
  'integrations, hang past the timeout': {
    arm: () => fake.failNext('*', { hang: true }),
    call: () => api({ timeout: 100 }).integrations({ entity: 'demo-user' }).toArray(),
    expected: TimeoutError,
  },
  'user, aborted': {
    arm: () => fake.failNext('*', { delayMs: 500 }),
    call: () => api().user('someone', { signal: AbortSignal.timeout(20) }),
    expected: AbortError,
  },
  'runQueue, redirect to another origin': {
    arm: () => fake.failNext('*', { status: 307, headers: { location: `${FOREIGN}/graphql?echo=${KEY}` }, body: '' }),
    call: () => api().runQueue('q', 'demo-user'),
    expected: HttpError,
  },
  'createCustomChart, a server without the feature': {
    arm: () => fake.store.unsupportedFields.add('Mutation.createCustomChart'),
    call: () => api().createCustomChart({ entity: 'demo-user', name: 'c', displayName: 'C', specType: 'vega2', access: 'private', spec: {} }),
    expected: NotSupportedError,
  },
  'artifact download, storage 502 echoing the key': {
    arm: echoStatus(502, { path: '/storage' }),
    call: async () => (await api().artifact('demo-user/p/digits:v0')).download({ root }),
    expected: ServerError,
  },
  'job, 500 echoing the key': { arm: echoStatus(500), call: () => api().job('demo-user/p/trainer:latest'), expected: ServerError },
  'registry members, 403 echoing the key': {
    arm: () => fake.failNext('RegistryUserMembers', { status: 403, body: ECHO_JSON }),
    call: async () => (await api().registry('model')).members(),
    expected: PermissionError,
  },
  'fromPath, a bad path': { call: () => api().fromPath('a/b/c/d/e/f'), expected: InvalidArgumentError },
  'viewer, a wrong key the server echoes': {
    arm: () => fake.failNext('*', { status: 401, body: JSON.stringify({ errors: [{ message: `unknown key ${'f'.repeat(40)}` }] }) }),
    call: () => api({ apiKey: 'f'.repeat(40) }).viewer(),
    expected: AuthenticationError,
  },
  'new Api, a key that cannot be sent': {
    call: async () => new Api({ apiKey: `${KEY} \n`, env: {} }),
    expected: AuthenticationError,
  },
  'viewer, no key anywhere': {
    call: () => new Api({ baseUrl: fake.baseUrl, env: {}, netrcPath: join(freshDir(), 'missing') }).viewer(),
    expected: AuthenticationError,
  },
};

describe('key safety', () => {
  const errors: Array<[string, unknown]> = [];
  const logged: string[] = [];

  it.each(Object.keys(PROVOCATIONS))('%s: a typed error, and the key nowhere in it', async (name) => {
    const { arm, call, expected } = PROVOCATIONS[name]!;
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    );
    try {
      arm?.();
      const { error } = await settle(call());
      errors.push([name, error]);
      expect(error).toBeInstanceOf(expected);
      expect(keyLeaks(error, KEY)).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    // The key went to the W&B origin only, and nothing sent elsewhere quotes it.
    for (const request of sent.filter((r) => new URL(r.url).origin !== fake.baseUrl)) {
      expect(request.headers.authorization).toBeUndefined();
      expect(keyForms(KEY).filter((form) => JSON.stringify(request).includes(form))).toEqual([]);
    }
  });

  it(`provoked every error class the SDK has (${Object.keys(PROVOCATIONS).length} provocations)`, () => {
    const classes = new Set(errors.map(([, e]) => (e as Error).name));
    expect([...classes].sort()).toEqual(
      [
        'AbortError',
        'AuthenticationError',
        'GraphQLResponseError',
        'HttpError',
        'IntegrityError',
        'InvalidArgumentError',
        'NetworkError',
        'NotFoundError',
        'NotSupportedError',
        'PermissionError',
        'RateLimitError',
        'ServerError',
        'TimeoutError',
      ].sort(),
    );
  });

  it('wrote no log line with the key, and the fake logged none either', () => {
    expect(keyForms(KEY).filter((form) => logged.join('\n').includes(form))).toEqual([]);
    expect(keyLeaks(fake.requests, KEY)).toEqual([]);
  });

  it('shows no key when an Api or any facade object is printed or serialised', async () => {
    const a = api();
    const objects: Record<string, unknown> = {
      api: a,
      settings: a.settings,
      run: await a.run('demo-user/p/r1'),
      runs: a.runs('demo-user/p'),
      file,
      project: await a.project('p', 'demo-user'),
      viewer: await a.viewer(),
      files: run.files(),
      artifact: await a.artifact('demo-user/p/digits:v0'),
      manifest: await (await a.artifact('demo-user/p/digits:v0')).manifest(),
      registry: await a.registry('model'),
    };
    for (const [name, value] of Object.entries(objects)) expect([name, keyLeaks(value, KEY)]).toEqual([name, []]);
  });

  it('sends no Authorization to storage, on a direct URL or across a redirect', async () => {
    await file.download({ root });
    const dir = freshDir();
    writeFileSync(join(dir, 'up.txt'), 'data');
    await run.uploadFile(join(dir, 'up.txt'), { root: dir });
    const storage = sent.filter((r) => new URL(r.url).origin !== fake.baseUrl);
    expect(storage.length).toBeGreaterThanOrEqual(2);
    expect(storage.every((r) => r.headers.authorization === undefined)).toBe(true);
    const wandb = sent.filter((r) => new URL(r.url).origin === fake.baseUrl);
    expect(wandb.every((r) => r.headers.authorization === `Basic ${BASIC}`)).toBe(true);
  });
});
