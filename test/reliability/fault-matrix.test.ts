/**
 * The fault matrix: every fault the fake (or MSW) can inject, crossed with every class of call.
 * Each cell asserts the right data or the right typed error, within the call's deadline; for
 * lists, that a page that failed is asked for again from the same cursor (no duplicates, no
 * gaps), and that a list stopped by an error resumes from `cursor`; for downloads, that no
 * partial or temporary file is left.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http } from 'msw';
import {
  GraphQLResponseError,
  HttpError,
  IntegrityError,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  WandbError,
  documents,
  type Api,
  type Artifact,
  type RunFile,
} from 'wandb-api';
import type { Fault } from 'wandb-api/testing';
import { useFakeWandb } from '../support/fake';
import { filesUnder, freshDir, removeDirs } from '../support/folders';
import { keyLeaks } from '../support/keys';
import { settle, watchUnhandledRejections } from '../support/promises';

const { fake, server, api: makeApi } = useFakeWandb();
const rejections = watchUnhandledRejections();
afterEach(removeDirs);

// ── the table ────────────────────────────────────────────────────────────────────────────────

type ErrorClass = new (...args: never[]) => WandbError;
/** What a cell expects: the right data, or a typed error; `attempts` counts the requests of the faulted step. */
type Outcome = { data: true; attempts?: number } | { error: ErrorClass; attempts?: number } | { na: string };
const ok = (attempts?: number): Outcome => ({ data: true, ...(attempts !== undefined ? { attempts } : {}) });
const fails = (error: ErrorClass, attempts?: number): Outcome => ({ error, ...(attempts !== undefined ? { attempts } : {}) });
const na = (why: string): Outcome => ({ na: why });

/** Retries every cell's Api makes: a fault that never clears is sent 1 + RETRIES times. */
const RETRIES = 3;
const ALL = RETRIES + 1;
/** Time limit of every call, and of the calls that meet a hanging server. */
const TIMEOUT = 3000;
const HANG_TIMEOUT = 200;
/** A `Retry-After` (and `RateLimit-Reset`) short enough for tests, long enough to measure. */
const HINT = 0.03;

const CLASSES = ['query', 'list', 'mutation', 'download', 'artifact'] as const;
type CallClass = (typeof CLASSES)[number];

const HTML = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
const FOREIGN = 'https://elsewhere.test';

/** The file a download fault strikes: its size and its path on the storage origin. */
interface Target {
  size: number;
  storagePath: string;
}

/**
 * A fault as injected into GraphQL calls, and into downloads: a run file's (on its W&B hop
 * `/files` or its storage hop `/storage`) and an artifact file's (always from storage). A fault
 * with no download part strikes the artifact download's GraphQL step, its file URL listing.
 */
interface FaultSpec {
  graphql?: Fault;
  download?: { at: '/files' | '/storage'; fault: Fault | ((target: Target) => Fault) };
  /** The calls of this row get this time limit. */
  timeout?: number;
  /** The SDK must wait at least this long (ms) before it may succeed. */
  waits?: number;
  /** The fake carries out the request before the fault strikes (so a failed mutation did happen). */
  executes?: boolean;
}

const FAULTS: Record<string, FaultSpec> = {
  '429 with Retry-After': {
    graphql: { status: 429, retryAfter: HINT },
    download: { at: '/files', fault: { status: 429, retryAfter: HINT } },
    waits: 25,
  },
  '429 without Retry-After': { graphql: { status: 429 }, download: { at: '/files', fault: { status: 429 } } },
  'RateLimit-* at zero': {
    graphql: { status: 429, rateLimit: { limit: 10, remaining: 0, reset: HINT } },
    download: { at: '/files', fault: { status: 429, rateLimit: { limit: 10, remaining: 0, reset: HINT } } },
    waits: 25,
  },
  '500': { graphql: { status: 500 }, download: { at: '/files', fault: { status: 500 } } },
  '502': { graphql: { status: 502 }, download: { at: '/storage', fault: { status: 502 } } },
  '503': { graphql: { status: 503 }, download: { at: '/files', fault: { status: 503 } } },
  '504': { graphql: { status: 504 }, download: { at: '/storage', fault: { status: 504 } } },
  'dropped connection': { graphql: { drop: true }, download: { at: '/storage', fault: { drop: true } } },
  'hang past the timeout': { graphql: { hang: true }, download: { at: '/files', fault: { hang: true } }, timeout: HANG_TIMEOUT },
  'malformed JSON': { graphql: { malformed: true }, download: { at: '/storage', fault: { malformed: true } } },
  'HTML error page': { graphql: { status: 200, body: HTML }, download: { at: '/storage', fault: { status: 200, body: HTML } } },
  '200 with errors and partial data': { graphql: { errors: [{ message: 'internal resolver failure', path: ['project'] }] }, executes: true },
  'truncated body': { graphql: { truncate: true }, download: { at: '/storage', fault: { truncate: true } }, executes: true },
  'checksum mismatch': { download: { at: '/storage', fault: (target) => ({ status: 200, body: 'x'.repeat(target.size) }) } },
  'redirect to another origin': {
    graphql: { status: 307, headers: { location: `${FOREIGN}/graphql` }, body: '' },
    download: { at: '/storage', fault: (target) => ({ status: 302, headers: { location: `${FOREIGN}${target.storagePath}` }, body: '' }) },
  },
};

type Mode = 'once' | 'always';
const NO_GRAPHQL = 'a run file download makes no GraphQL call';
const NO_CHECKSUM = 'GraphQL answers carry no checksum';

const RATE = (n: number) => fails(RateLimitError, n);
const SERVER = (n: number) => fails(ServerError, n);
const NETWORK = (n: number) => fails(NetworkError, n);
const INTEGRITY = fails(IntegrityError, 1);

/** fault, how often it strikes, then the expected outcome for: a query, a list failing mid-way, a mutation, a run file download, an artifact download. */
const MATRIX: Array<[keyof typeof FAULTS, Mode, Outcome, Outcome, Outcome, Outcome, Outcome]> = [
  //                                              query          list           mutation       run file       artifact
  ['429 with Retry-After', 'once', ok(2), ok(2), ok(2), ok(2), ok(2)],
  ['429 with Retry-After', 'always', RATE(ALL), RATE(ALL), RATE(ALL), RATE(ALL), RATE(ALL)],
  ['429 without Retry-After', 'once', ok(2), ok(2), ok(2), ok(2), ok(2)],
  ['429 without Retry-After', 'always', RATE(ALL), RATE(ALL), RATE(ALL), RATE(ALL), RATE(ALL)],
  ['RateLimit-* at zero', 'once', ok(2), ok(2), ok(2), ok(2), ok(2)],
  ['RateLimit-* at zero', 'always', RATE(ALL), RATE(ALL), RATE(ALL), RATE(ALL), RATE(ALL)],
  ['500', 'once', ok(2), ok(2), SERVER(1), ok(2), ok(2)],
  ['500', 'always', SERVER(ALL), SERVER(ALL), SERVER(1), SERVER(ALL), SERVER(ALL)],
  ['502', 'once', ok(2), ok(2), SERVER(1), ok(2), ok(2)],
  ['502', 'always', SERVER(ALL), SERVER(ALL), SERVER(1), SERVER(ALL), SERVER(ALL)],
  ['503', 'once', ok(2), ok(2), SERVER(1), ok(2), ok(2)],
  ['503', 'always', SERVER(ALL), SERVER(ALL), SERVER(1), SERVER(ALL), SERVER(ALL)],
  ['504', 'once', ok(2), ok(2), SERVER(1), ok(2), ok(2)],
  ['504', 'always', SERVER(ALL), SERVER(ALL), SERVER(1), SERVER(ALL), SERVER(ALL)],
  ['dropped connection', 'once', ok(2), ok(2), NETWORK(1), ok(2), ok(2)],
  ['dropped connection', 'always', NETWORK(ALL), NETWORK(ALL), NETWORK(1), NETWORK(ALL), NETWORK(ALL)],
  [
    'hang past the timeout',
    'once',
    fails(TimeoutError, 1),
    fails(TimeoutError, 1),
    fails(TimeoutError, 1),
    fails(TimeoutError, 1),
    fails(TimeoutError, 1),
  ],
  ['malformed JSON', 'once', ok(2), ok(2), SERVER(1), INTEGRITY, INTEGRITY],
  ['malformed JSON', 'always', SERVER(ALL), SERVER(ALL), SERVER(1), INTEGRITY, INTEGRITY],
  ['HTML error page', 'once', ok(2), ok(2), SERVER(1), INTEGRITY, INTEGRITY],
  ['HTML error page', 'always', SERVER(ALL), SERVER(ALL), SERVER(1), INTEGRITY, INTEGRITY],
  [
    '200 with errors and partial data',
    'once',
    fails(GraphQLResponseError, 1),
    fails(GraphQLResponseError, 1),
    fails(GraphQLResponseError, 1),
    na(NO_GRAPHQL),
    fails(GraphQLResponseError, 1),
  ],
  ['truncated body', 'once', ok(2), ok(2), NETWORK(1), ok(2), ok(2)],
  ['truncated body', 'always', NETWORK(ALL), NETWORK(ALL), NETWORK(1), NETWORK(ALL), NETWORK(ALL)],
  ['checksum mismatch', 'once', na(NO_CHECKSUM), na(NO_CHECKSUM), na(NO_CHECKSUM), INTEGRITY, INTEGRITY],
  ['redirect to another origin', 'once', fails(HttpError, 1), fails(HttpError, 1), fails(HttpError, 1), ok(), ok()],
];

// ── the calls ────────────────────────────────────────────────────────────────────────────────

const ENTITY = 'demo-user';
const RUN_NAMES = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'];
const PER_PAGE = 3;
const FILE = 'weights/model.bin';
const CONTENT = Array.from({ length: 4096 }, (_, i) => String.fromCharCode(33 + ((i * 7) % 90))).join('');
/** The artifact's files; the faults strike the largest, which is fetched first. */
const ARTIFACT_FILES: Record<string, string> = { 'model/weights.bin': CONTENT.repeat(4), 'config.json': '{"layers": 3}', 'README.md': '# model\n' };
const STRUCK = 'model/weights.bin';

/** Requests the foreign origin received, with whether each carried an Authorization header. */
const foreign: Array<{ url: string; auth: boolean }> = [];
beforeEach(() => {
  foreign.length = 0;
  // Another origin that serves W&B's paths but never gets the key: GraphQL there answers 401,
  // storage paths serve the same bytes.
  server.use(
    http.all(`${FOREIGN}/*`, async ({ request }) => {
      foreign.push({ url: request.url, auth: request.headers.has('authorization') });
      const path = new URL(request.url).pathname;
      const origin = path.startsWith('/storage/') ? fake.storageOriginFor(new URL(fake.baseUrl)) : fake.baseUrl;
      const init: RequestInit = { method: request.method, headers: request.headers };
      if (request.method === 'POST') init.body = await request.text();
      const answer = await fake.handle(new Request(`${origin}${path}`, init));
      return answer instanceof Response ? answer : Response.error();
    }),
  );
});

interface Prepared {
  api: Api;
  file: RunFile;
  artifact: Artifact;
  /** The artifact file the faults strike. */
  struck: Target;
  root: string;
  /** The end cursor of the first page of runs. */
  firstPageCursor: string;
}

async function prepare(timeout: number): Promise<Prepared> {
  for (const name of RUN_NAMES) fake.seed.run({ project: 'p', id: name });
  fake.seed.runFile({ project: 'p', run: 'r1', name: FILE, content: CONTENT });
  fake.seed.artifact({ project: 'p', name: 'model', type: 'model', files: ARTIFACT_FILES });
  const api = makeApi({ retries: RETRIES, retryDelay: { base: 2, max: 10 }, timeout });
  const file = await (await api.run(`${ENTITY}/p/r1`)).file(FILE);
  const artifact = await api.artifact(`${ENTITY}/p/model:v0`);
  const listed = (await artifact.files({ names: [STRUCK] }).toArray())[0]!;
  const firstPageCursor = await firstCursor(api);
  fake.clearRequests();
  return {
    api,
    file,
    artifact,
    struck: { size: listed.sizeBytes, storagePath: new URL(listed.directUrl).pathname },
    root: freshDir(),
    firstPageCursor,
  };
}

/** The end cursor of the first page, asked for directly (a list would fetch the next page ahead). */
async function firstCursor(api: Api): Promise<string> {
  const data = await api.execute(documents.RunsDocument, {
    entity: ENTITY,
    project: 'p',
    filters: null,
    order: '+created_at',
    first: PER_PAGE,
    after: null,
    withCount: false,
    withConfig: false,
    configKeys: null,
    withSummary: false,
    summaryKeys: null,
    withSystemMetrics: false,
  });
  return data.project!.runs!.pageInfo.endCursor!;
}

function arm(cls: CallClass, spec: FaultSpec, mode: Mode, p: Prepared): void {
  const times = mode === 'once' ? 1 : 100;
  if (cls === 'download') {
    const { at, fault } = spec.download!;
    const target = { size: p.file.sizeBytes, storagePath: new URL(p.file.directUrl).pathname };
    fake.failNext({ path: at, method: 'GET' }, typeof fault === 'function' ? fault(target) : fault, { times });
    return;
  }
  if (cls === 'artifact') {
    if (!spec.download) {
      fake.failNext('ArtifactFileUrls', spec.graphql!, { times });
      return;
    }
    const { fault } = spec.download;
    fake.failNext({ path: struckPrefix(p), method: 'GET' }, typeof fault === 'function' ? fault(p.struck) : fault, { times });
    return;
  }
  const operation = ({ query: 'Run', list: 'Runs', mutation: 'CreateProject' } as const)[cls];
  // The list fails mid-way: its first page goes through.
  if (cls === 'list') fake.failNext('Runs', { delayMs: 0 });
  fake.failNext(operation, spec.graphql!, { times });
}

/** Runs one call of a class; returns what it produced, for comparison with the right data. */
async function call(cls: CallClass, p: Prepared, timeout: number, delivered: unknown[]): Promise<unknown> {
  switch (cls) {
    case 'query':
      return (await p.api.run(`${ENTITY}/p/r2`, { timeout })).name;
    case 'list': {
      const runs = p.api.runs(`${ENTITY}/p`, { perPage: PER_PAGE, timeout });
      try {
        for await (const run of runs) delivered.push(run.name);
      } finally {
        delivered.push({ cursor: runs.cursor });
      }
      return delivered.filter((d) => typeof d === 'string');
    }
    case 'mutation':
      return (await p.api.createProject('made', ENTITY, { timeout })).name;
    case 'download': {
      const path = await p.file.download({ root: p.root, timeout });
      return readFileSync(path, 'utf8');
    }
    case 'artifact': {
      await p.artifact.download({ root: p.root, timeout });
      return contentsUnder(p.root);
    }
  }
}

/** The files below `root` with their text. */
function contentsUnder(root: string): Record<string, string> {
  return Object.fromEntries(filesUnder(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));
}

/** The storage path of the struck artifact file, without its name. */
function struckPrefix(p: Prepared): string {
  return p.struck.storagePath.slice(0, p.struck.storagePath.lastIndexOf('/'));
}

const RIGHT: Record<CallClass, unknown> = { query: 'r2', list: RUN_NAMES, mutation: 'made', download: CONTENT, artifact: ARTIFACT_FILES };

/** Requests the faulted step sent: the call's GraphQL operation, the list's second page, or the faulted download hop. */
function attempts(cls: CallClass, spec: FaultSpec, p: Prepared): number {
  switch (cls) {
    case 'query':
      return fake.requests.filter((r) => r.operationName === 'Run').length;
    case 'list':
      return fake.requests.filter((r) => r.operationName === 'Runs' && r.variables?.after === p.firstPageCursor).length;
    case 'mutation':
      return fake.requests.filter((r) => r.operationName === 'CreateProject').length;
    case 'download':
      return fake.requests.filter((r) => r.path.startsWith(`${spec.download!.at}/`)).length;
    case 'artifact':
      if (!spec.download) return fake.requests.filter((r) => r.operationName === 'ArtifactFileUrls').length;
      return fake.requests.filter((r) => r.path.startsWith(`${struckPrefix(p)}/`)).length;
  }
}

// ── the cells ────────────────────────────────────────────────────────────────────────────────

const LABEL: Record<CallClass, string> = {
  query: 'a query',
  list: 'a list, mid-way',
  mutation: 'a mutation',
  download: 'a run file download',
  artifact: 'an artifact download',
};

const cells = MATRIX.flatMap(([fault, mode, ...outcomes]) => CLASSES.map((cls, i) => ({ fault, mode, cls, outcome: outcomes[i] as Outcome })));
const applicable = cells.filter((c) => !('na' in c.outcome));
const notApplicable = cells.filter((c) => 'na' in c.outcome);

describe(`fault matrix: ${Object.keys(FAULTS).length} faults × ${CLASSES.length} classes of call, ${applicable.length} cells run, ${notApplicable.length} not applicable`, () => {
  it.each(applicable.map((c) => [c.fault, c.mode, LABEL[c.cls], c.cls, c.outcome] as const))(
    '%s (%s) on %s',
    async (fault, mode, _label, cls, outcome) => {
      const spec = FAULTS[fault]!;
      const timeout = spec.timeout ?? TIMEOUT;
      const p = await prepare(timeout);
      arm(cls, spec, mode, p);

      const delivered: unknown[] = [];
      const started = Date.now();
      const result = await settle(call(cls, p, timeout, delivered));
      const elapsed = Date.now() - started;

      // Within the call's deadline, with room for a slow machine.
      expect(elapsed).toBeLessThan(timeout + 1500);
      if ('data' in outcome) {
        expect(result.error).toBeUndefined();
        expect(result.value).toEqual(RIGHT[cls]);
        if (spec.waits !== undefined) expect(elapsed).toBeGreaterThanOrEqual(spec.waits);
      } else if ('error' in outcome) {
        expect(result.error).toBeInstanceOf(outcome.error);
        expect(keyLeaks(result.error, fake.apiKey)).toEqual([]);
      }
      if (!('na' in outcome) && outcome.attempts !== undefined) expect(attempts(cls, spec, p)).toBe(outcome.attempts);

      if (cls === 'list') {
        // A failed page is asked for again from the same cursor, never from another one.
        const cursors = fake.requests.filter((r) => r.operationName === 'Runs').map((r) => r.variables?.after);
        expect(cursors[0]).toBeNull();
        expect(new Set(cursors.slice(1, cursors.length - ('data' in outcome ? 1 : 0)))).toEqual(new Set([p.firstPageCursor]));
        const names = delivered.filter((d): d is string => typeof d === 'string');
        if ('error' in outcome) {
          // What came before the failure is the first page exactly; the rest resumes from `cursor`.
          expect(names).toEqual(RUN_NAMES.slice(0, PER_PAGE));
          const { cursor } = delivered[delivered.length - 1] as { cursor: string };
          expect(cursor).toBe(p.firstPageCursor);
          fake.clearFaults();
          const rest = await p.api.runs(`${ENTITY}/p`, { perPage: PER_PAGE, after: cursor }).toArray();
          expect([...names, ...rest.map((r) => r.name)]).toEqual(RUN_NAMES);
        }
      }
      if (cls === 'mutation' && 'error' in outcome) {
        // A mutation refused before the server acted on it changed nothing.
        expect(fake.store.project(ENTITY, 'made') !== undefined).toBe(spec.executes === true);
      }
      if (cls === 'download') expect(filesUnder(p.root)).toEqual('data' in outcome ? [join(FILE)] : []);
      if (cls === 'artifact' && 'error' in outcome) {
        // No partial or temporary file: what is there is whole, and the struck file is not there.
        const left = contentsUnder(p.root);
        expect(left[STRUCK]).toBeUndefined();
        for (const [path, text] of Object.entries(left)) expect([path, text]).toEqual([path, ARTIFACT_FILES[path]]);
      }
      if (fault === 'redirect to another origin') {
        expect(foreign.every((r) => !r.auth)).toBe(true);
        // GraphQL never follows a redirect off the W&B origin; a download follows it to storage, without the key.
        expect(foreign.length).toBe(cls === 'download' || cls === 'artifact' ? 1 : 0);
      }
    },
  );

  it('lists every cell that cannot apply, with the reason', () => {
    expect(notApplicable.map((c) => `${c.fault} × ${c.cls}: ${(c.outcome as { na: string }).na}`)).toEqual([
      `200 with errors and partial data × download: ${NO_GRAPHQL}`,
      `checksum mismatch × query: ${NO_CHECKSUM}`,
      `checksum mismatch × list: ${NO_CHECKSUM}`,
      `checksum mismatch × mutation: ${NO_CHECKSUM}`,
    ]);
    // Every fault appears in the table.
    expect(new Set(MATRIX.map(([fault]) => fault))).toEqual(new Set(Object.keys(FAULTS)));
  });

  it('left no unhandled rejection behind', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections.take()).toEqual([]);
  });
});
