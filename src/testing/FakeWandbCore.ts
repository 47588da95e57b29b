import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { InvalidArgumentError } from '../client/errors';
import { optionsOf } from '../client/options';
import { handleControl, CONTROL_PREFIX } from './control';
import {
  FaultInjector,
  type ArmedFault,
  type Fault,
  type FaultDecision,
  type FaultOptions,
  type FaultTarget,
  type RateFaultOptions,
  type RateLimitOptions,
} from './faults';
import type { FakeRoute } from './area';
import { AREAS } from './areas';
import { DEFAULT_FEATURES } from './serverInfo/resolvers';
import { storageRoute } from './storage';
import { buildFakeSchema, type FakeContext } from './schema';
import { FakeSeeder } from './seed';
import { applySeedData, formatSeedIssues, type FakeSeedData, type SeedResult } from './seedJson';
import { seedDemo } from './demo';
import { FakeStore } from './store';
import type { UserRecord } from './users/records';

/** Returned by {@link FakeWandbCore.handle} when the connection should be dropped without an answer. */
export const DROP: unique symbol = Symbol('drop the connection');

/** The fake's answer to one request. */
export type FakeAnswer = Response | typeof DROP;

/**
 * One source of starting data: `'demo'` (entities, projects and runs to explore), `'empty'`
 * (only the viewer), seed data as JSON ({@link FakeSeedData}), or a function given the builders.
 */
export type FakeSeed = 'demo' | 'empty' | FakeSeedData | ((seed: FakeSeeder) => void);

/** Options of `createFakeWandb()`. */
export interface FakeWandbOptions {
  /**
   * Data to start with, applied again by {@link FakeWandbCore.reset}; a list is applied in order.
   * @defaultValue `'empty'`
   */
  seed?: FakeSeed | readonly FakeSeed[];
  /** The API key the viewer's requests must carry. @defaultValue a random 40-character key */
  apiKey?: string;
  /** Username of the viewer (the key's owner). @defaultValue `'demo-user'` */
  username?: string;
  /** The URL the fake answers for under MSW. @defaultValue `'https://api.wandb.test'` */
  baseUrl?: string;
  /** Delay added to every request, in milliseconds (for benchmarks). @defaultValue 0 */
  latencyMs?: number;
  /** Server features reported by `serverInfo.features`. @defaultValue the features a current W&B server has */
  features?: readonly string[];
  /**
   * Serve the control endpoints under `/_fake/` (reset, seed, faults, request log, snapshot), so
   * clients in any language can script the fake. With `false` those paths answer 404, as W&B does.
   * @defaultValue true
   */
  control?: boolean;
  /** Requests the log keeps; older ones are dropped. @defaultValue 10000 */
  requestLogLimit?: number;
  /**
   * A rate limiter armed from the start and again after every reset (see {@link FakeWandbCore.rateLimit});
   * `target` defaults to every request.
   */
  rateLimit?: RateLimitOptions & { target?: FaultTarget };
}

/** One request the fake received. */
export interface RequestLogEntry {
  /** Increases by one with every request logged (control requests are not logged). */
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  /** GraphQL operation name, taken from the query text. */
  readonly operationName?: string;
  /** `query` or `mutation`, for GraphQL requests. */
  readonly operationType?: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** Request headers, lower-case; credentials are shown as `Basic ***`. */
  readonly headers: Readonly<Record<string, string>>;
  /** HTTP status answered (0 when the connection was dropped or the request hung). */
  status: number;
  /** The fault injected, if any (`status 503`, `drop`, `rate limited (f2)`, ...). */
  fault?: string;
  /** Milliseconds since the fake was created (or last reset). */
  readonly at: number;
  /** Milliseconds the fake took to answer, latency and injected delays included. */
  durationMs?: number;
}

export type { FakeRoute } from './area';

/** A copy of the fake's store, to go back to with {@link FakeWandbCore.restore}. */
export class FakeCheckpoint {
  /** @internal */
  constructor(
    /** @internal */ readonly data: Readonly<Record<string, unknown>>,
    /** When it was taken (`Date.now()`). */
    readonly takenAt: number,
  ) {}
}

interface Parsed {
  document: DocumentNode;
  errors: readonly GraphQLError[];
}

let sharedSchema: GraphQLSchema | undefined;
/** Resolvers read the store from the context, so every fake shares one executable schema. */
function fakeSchema(): GraphQLSchema {
  return (sharedSchema ??= buildFakeSchema(Object.values(AREAS).map((area) => area.resolvers)));
}

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Waits `ms` (forever when undefined), or less when `signal` fires; never keeps the process alive. */
function sleep(ms: number | undefined, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    (timer as { unref?: () => void } | undefined)?.unref?.();
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** The API key in a Basic `api:<key>` authorization header. */
function keyFromHeader(header: string | null): string | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match) return undefined;
  try {
    const decoded = atob(match[1] as string);
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  } catch {
    return undefined;
  }
}

/** Request headers for the log, without secrets. */
function loggedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = name === 'authorization' || name === 'cookie' ? `${value.split(/\s/)[0] ?? ''} ***`.trim() : value;
  });
  return out;
}

/** A body stream that delivers the first half of `bytes`, then fails as a cut connection does. */
function truncatedBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      controller.error(new TypeError('terminated: the connection closed before the whole body arrived'));
    },
  });
}

function faultHeaders(fault: Fault | undefined, extra: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fault && !extra) return undefined;
  const headers: Record<string, string> = { ...extra };
  if (fault?.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault?.rateLimit) {
    headers['ratelimit-limit'] = String(fault.rateLimit.limit);
    headers['ratelimit-remaining'] = String(fault.rateLimit.remaining);
    headers['ratelimit-reset'] = String(fault.rateLimit.reset);
  }
  for (const [k, v] of Object.entries(fault?.headers ?? {})) headers[k.toLowerCase()] = v;
  return Object.keys(headers).length ? headers : undefined;
}

/**
 * A deep copy of store data: maps, sets, arrays, plain objects, dates and bytes. Written out
 * rather than `structuredClone` so the copies are of this realm's `Map` (test runners that
 * sandbox modules tell the two apart) and functions are kept by reference instead of failing.
 */
function deepCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, deepCopy(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(deepCopy)) as T;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice() as T;
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v);
  return out as T;
}

/**
 * A stateful, in-memory W&B. It executes the GraphQL it receives against the project's schema
 * with resolvers over {@link FakeStore}, serves the URLs it hands out, logs requests and can be
 * told to fail. Transport adapters (MSW handlers, an HTTP server, a `fetch`) all call
 * {@link FakeWandbCore.handle}.
 */
export class FakeWandbCore {
  /** The key the viewer's requests must carry. */
  readonly apiKey: string;
  /** The URL the fake answers for in process (MSW, `fake.fetch`). */
  readonly baseUrl: string;
  /** Recent requests received, oldest first (at most `requestLogLimit`). */
  readonly requests: RequestLogEntry[] = [];
  /** Typed builders that add data to the store. */
  readonly seed: FakeSeeder;
  /** Server features reported as enabled; edit it to act as a server without a feature. */
  readonly features: Set<string>;
  /** Whether the `/_fake/` control endpoints answer. */
  readonly control: boolean;
  /** Delay added to every request, in milliseconds. */
  latencyMs: number;
  /** Requests being answered right now. */
  inFlight = 0;
  /** The most requests answered at once since the fake was created, reset or {@link clearRequests}. */
  peakInFlight = 0;
  private currentStore: FakeStore;
  private readonly faults = new FaultInjector();
  private readonly routes: FakeRoute[] = [storageRoute, ...Object.values(AREAS).flatMap((area) => area.routes)];
  private readonly parsed = new Map<string, Parsed>();
  private started = Date.now();
  private seq = 0;
  private readonly username: string;
  private readonly logLimit: number;
  // Aborted by reset(): requests left hanging by a fault end then instead of never.
  private lifetime = new AbortController();

  private readonly options: FakeWandbOptions;

  constructor(options: FakeWandbOptions = {}) {
    options = optionsOf(options);
    this.options = options;
    this.apiKey = options.apiKey ?? randomKey();
    this.baseUrl = (options.baseUrl ?? 'https://api.wandb.test').replace(/\/+$/, '');
    this.username = options.username ?? 'demo-user';
    this.latencyMs = options.latencyMs ?? 0;
    this.control = options.control ?? true;
    this.logLimit = options.requestLogLimit ?? 10_000;
    this.features = new Set(options.features ?? DEFAULT_FEATURES);
    this.currentStore = new FakeStore();
    this.seed = new FakeSeeder(
      () => this.currentStore,
      () => this.viewer,
    );
    this.armStandingFaults();
    this.populate();
  }

  private armStandingFaults(): void {
    if (!this.options.rateLimit) return;
    const { target, ...limit } = this.options.rateLimit;
    this.faults.addRateLimit(target ?? { path: '/' }, limit);
  }

  /** The fake's data. Tests may read and change it directly. */
  get store(): FakeStore {
    return this.currentStore;
  }

  /** The user the fake's {@link apiKey} belongs to. */
  get viewer(): UserRecord {
    const user = this.currentStore.users.get(this.username);
    if (!user) throw new Error(`the fake's viewer ${this.username} was removed from the store`);
    return user;
  }

  private populate(): void {
    this.seed.user({ username: this.username, apiKey: this.apiKey, admin: false });
    const seeds = this.options.seed === undefined ? [] : Array.isArray(this.options.seed) ? this.options.seed : [this.options.seed as FakeSeed];
    for (const seed of seeds as FakeSeed[]) {
      if (seed === 'demo') seedDemo(this.seed);
      else if (typeof seed === 'function') seed(this.seed);
      else if (seed !== 'empty') this.throwOnIssues(applySeedData(this.seed, seed, { existingKey: (u) => this.keyOf(u) }), 'seed');
    }
  }

  private keyOf(username: string): string | undefined {
    return this.currentStore.users.get(username)?.apiKeys[0]?.key;
  }

  private throwOnIssues(result: SeedResult, source: string): Record<string, number> {
    if (!result.issues.length) return result.counts;
    const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
    throw new InvalidArgumentError('seed', `${source} has ${count}:\n${formatSeedIssues(result.issues, source)}`);
  }

  /**
   * Back to the starting data (the `seed` option, applied again); the request log, armed faults,
   * features and latency go back to their starting state too, and hanging requests end.
   */
  reset(): void {
    this.lifetime.abort();
    this.lifetime = new AbortController();
    this.currentStore = new FakeStore();
    this.clearRequests();
    this.seq = 0;
    this.started = Date.now();
    this.faults.clear();
    this.armStandingFaults();
    this.features.clear();
    for (const f of this.options.features ?? DEFAULT_FEATURES) this.features.add(f);
    this.latencyMs = this.options.latencyMs ?? 0;
    this.populate();
  }

  /**
   * Adds seed data given as JSON (see {@link FakeSeedData}), all or nothing.
   * @returns entries added, by key
   * @throws {@link InvalidArgumentError} listing every problem with the path of its entry; nothing is added then
   * @example `fake.seedFrom({ runs: [{ project: 'p', id: 'r1', summary: { loss: 0.1 } }] })`
   */
  seedFrom(data: FakeSeedData, source = 'seed'): Record<string, number> {
    return this.throwOnIssues(this.applySeed(data), source);
  }

  /** Like {@link seedFrom}, but returns the problems instead of throwing (the store is left unchanged when there are any). */
  applySeed(data: unknown): SeedResult {
    const backup = this.checkpoint();
    const result = applySeedData(this.seed, data, { existingKey: (u) => this.keyOf(u) });
    if (result.issues.length) this.restore(backup);
    return result;
  }

  /**
   * A copy of the whole store, to go back to with {@link restore}: seed once, restore after each
   * test. Store records are plain data, so the copy is deep.
   */
  checkpoint(): FakeCheckpoint {
    return new FakeCheckpoint(deepCopy({ ...this.currentStore }), Date.now());
  }

  /** Puts the store back as it was at `checkpoint` (the same checkpoint can be restored again). */
  restore(checkpoint: FakeCheckpoint): void {
    const store = this.currentStore as unknown as Record<string, unknown>;
    const data = deepCopy(checkpoint.data) as Record<string, unknown>;
    for (const key of Object.keys(store)) if (!(key in data)) delete store[key];
    Object.assign(store, data);
  }

  /**
   * Makes the next matching request(s) fail.
   * @param target an operation name (`'Runs'`), `'*'` for any GraphQL call, or `{ path, method }` for HTTP paths
   * @returns the armed fault: `hits`, `remaining`, `disarm()`
   * @example `fake.failNext('Runs', { status: 429, retryAfter: 1 }, { times: 2 })`
   */
  failNext(target: FaultTarget, fault: Fault, options: FaultOptions = {}): ArmedFault {
    return this.faults.add(target, fault, optionsOf(options));
  }

  /**
   * Makes a share of the matching requests fail, chosen by a seeded pseudo-random sequence (the
   * same run of requests fails the same way every time).
   * @param rate between 0 (never) and 1 (always)
   * @example `fake.failRate('Runs', 0.3, { status: 503 })`
   */
  failRate(target: FaultTarget, rate: number, fault: Fault, options: RateFaultOptions = {}): ArmedFault {
    return this.faults.addRate(target, rate, fault, optionsOf(options));
  }

  /**
   * Answers 429 (with `Retry-After` and `RateLimit-*` headers) to the matching requests above
   * `limit` per `windowMs`, or above `maxInFlight` at once. Requests that pass carry
   * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`.
   * @example `fake.rateLimit('*', { limit: 100, windowMs: 1000 })`
   */
  rateLimit(target: FaultTarget, options: RateLimitOptions): ArmedFault {
    return this.faults.addRateLimit(target, optionsOf(options));
  }

  /** Disarms every fault and rate limiter (the `rateLimit` option's too, until the next reset). */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Injections left of the faults armed with {@link failNext}. */
  get pendingFaults(): number {
    return this.faults.pending;
  }

  /** The faults and rate limiters armed, in the order they apply. */
  armedFaults(): ArmedFault[] {
    return this.faults.list();
  }

  /** Empties the request log and the in-flight peak. */
  clearRequests(): void {
    this.requests.length = 0;
    this.peakInFlight = this.inFlight;
  }

  /** Adds a non-GraphQL route (used by the file-serving areas of the fake). */
  addRoute(route: FakeRoute): void {
    this.routes.push(route);
  }

  /** The GraphQL operations received, by name, oldest first. */
  operations(): string[] {
    return this.requests.flatMap((r) => (r.operationName ? [r.operationName] : []));
  }

  /** A `fetch` that talks to this fake in process, without MSW or a port. */
  readonly fetch = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const answer = await this.handle(new Request(input, init));
    if (answer === DROP) throw new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }) });
    return answer;
  };

  /** Answers one request. The MSW handlers, the HTTP server and {@link fetch} all call this. */
  async handle(request: Request): Promise<FakeAnswer> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (this.control && (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`))) return handleControl(this, request, url);
    this.inFlight++;
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    const begun = Date.now();
    try {
      if (path === '/graphql' || path.endsWith('/graphql')) return await this.handleGraphQL(request, url, begun);
      const method = request.method.toUpperCase();
      const entry = this.log({ method, path, headers: loggedHeaders(request.headers), status: 0 }, begun);
      const decision = this.faults.take({ method, path });
      return await this.answer(request, decision, entry, async () => {
        if (method === 'POST' && path === '/sdk/otel/v1/metrics') return json({ error: 'not found' }, 404);
        for (const route of this.routes) {
          const match = route.method === method ? route.path.exec(path) : null;
          if (!match) continue;
          const viewer = this.authenticate(request);
          if (route.auth && !viewer) return json({ error: 'unauthorized' }, 401);
          return route.handle(request, match, this.context(viewer ?? this.viewer, url));
        }
        return json({ error: `no route for ${method} ${path}` }, 404);
      });
    } finally {
      this.inFlight--;
    }
  }

  private log(fields: Omit<RequestLogEntry, 'seq' | 'at'>, begun: number): RequestLogEntry {
    const entry: RequestLogEntry = { seq: ++this.seq, at: begun - this.started, ...fields };
    this.requests.push(entry);
    if (this.requests.length > this.logLimit) this.requests.splice(0, this.requests.length - this.logLimit);
    return entry;
  }

  private context(viewer: UserRecord, url: URL): FakeContext {
    return { store: this.currentStore, viewer, origin: url.origin, storageOrigin: this.storageOriginFor(url), features: this.features };
  }

  /**
   * Storage lives on another origin than the API, as on W&B, so clients must not send the key
   * there. In process it is `storage.<host>`; over HTTP the same server answers on the other of
   * `localhost` and `127.0.0.1`.
   */
  storageOriginFor(url: URL): string {
    const storage = new URL(url.origin);
    if (storage.hostname === '127.0.0.1') storage.hostname = 'localhost';
    else if (storage.hostname === 'localhost') storage.hostname = '127.0.0.1';
    else if (url.origin === new URL(this.baseUrl).origin) storage.hostname = `storage.${storage.hostname.replace(/^api\./, '')}`;
    return storage.origin;
  }

  private authenticate(request: Request): UserRecord | undefined {
    const key = keyFromHeader(request.headers.get('authorization'));
    return key ? this.currentStore.userByKey(key) : undefined;
  }

  /** Applies a fault (if any) around the normal answer, and records the status. */
  private async answer(request: Request, decision: FaultDecision, entry: RequestLogEntry, normal: () => Promise<Response>): Promise<FakeAnswer> {
    const fault = decision.fault;
    try {
      if (decision.description) entry.fault = decision.description;
      // Latency comes after the fault decision so a rate limiter counts the request as in flight.
      if (this.latencyMs > 0) await sleep(this.latencyMs, request.signal);
      if (fault?.delayMs || fault?.hang) {
        // Made only when needed: a combined signal per request would cost every request.
        const signal = AbortSignal.any([request.signal, this.lifetime.signal]);
        if (fault.delayMs) await sleep(fault.delayMs, signal);
        if (fault.hang) await sleep(undefined, signal);
      }
      if (fault?.drop || fault?.hang) {
        entry.status = 0;
        return DROP;
      }
      let response: Response;
      if (fault?.status !== undefined || fault?.body !== undefined || fault?.malformed) {
        const status = fault.status ?? 200;
        const body = fault.malformed ? '{"data": {' : (fault.body ?? JSON.stringify({ errors: [{ message: `injected failure: HTTP ${status}` }] }));
        const contentType = !/^\s*[[{]/.test(body) ? 'text/html' : 'application/json';
        response = new Response(body, { status, headers: { 'content-type': contentType } });
      } else {
        response = await normal();
        if (fault?.errors) {
          const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
          response = json({ data: body.data ?? null, errors: [...(body.errors ?? []), ...fault.errors] }, response.status);
        }
        if (fault?.truncate) {
          const bytes = new Uint8Array(await response.arrayBuffer());
          const headers = new Headers(response.headers);
          headers.set('content-length', String(bytes.length));
          response = new Response(truncatedBody(bytes), { status: response.status, headers });
        }
      }
      const extra = faultHeaders(fault, decision.headers);
      if (extra) {
        const headers = new Headers(response.headers);
        for (const [k, v] of Object.entries(extra)) headers.set(k, v);
        response = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
      }
      entry.status = response.status;
      return response;
    } finally {
      entry.durationMs = Date.now() - this.started - entry.at;
      decision.done();
    }
  }

  private parseQuery(query: string): Parsed {
    let cached = this.parsed.get(query);
    if (!cached) {
      let document: DocumentNode;
      try {
        document = parse(query);
      } catch (e) {
        return { document: { kind: 'Document' as DocumentNode['kind'], definitions: [] } as DocumentNode, errors: [e as GraphQLError] };
      }
      cached = { document, errors: validate(fakeSchema(), document) };
      if (this.parsed.size > 500) this.parsed.clear();
      this.parsed.set(query, cached);
    }
    return cached;
  }

  private async handleGraphQL(request: Request, url: URL, begun: number): Promise<FakeAnswer> {
    const method = request.method.toUpperCase();
    const headers = loggedHeaders(request.headers);
    if (method !== 'POST') {
      this.log({ method, path: url.pathname, headers, status: 405 }, begun);
      return json({ errors: [{ message: 'GraphQL requests must be POSTed' }] }, 405, { allow: 'POST' });
    }
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = (await request.json()) as typeof body;
    } catch {
      this.log({ method, path: url.pathname, headers, status: 400 }, begun);
      return json({ errors: [{ message: 'the request body is not JSON' }] }, 400);
    }
    const query = typeof body?.query === 'string' ? body.query : '';
    const variables = body?.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
    const parsed = this.parseQuery(query);
    const operations = parsed.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    // Real clients often send an empty operationName: the operation comes from the query text.
    const wanted = typeof body.operationName === 'string' && body.operationName ? body.operationName : undefined;
    const operation = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === wanted);
    const operationName = operation?.name?.value;
    const entry = this.log(
      {
        method,
        path: url.pathname,
        ...(operationName ? { operationName } : {}),
        ...(operation ? { operationType: operation.operation } : {}),
        variables,
        headers,
        status: 0,
      },
      begun,
    );
    const decision = this.faults.take({ operationName: operationName ?? '', method, path: url.pathname });

    return this.answer(request, decision, entry, async () => {
      const viewer = this.authenticate(request);
      if (!viewer) return json({ errors: [{ message: 'user is not logged in', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
      if (!query) return json({ errors: [{ message: 'Must provide query string.' }] }, 400);
      if (parsed.errors.length) return json({ errors: parsed.errors.map((e) => e.toJSON()) }, 400);
      if (!operation)
        return json(
          {
            errors: [
              { message: wanted ? `Unknown operation named "${wanted}".` : 'Must provide operation name if query contains multiple operations.' },
            ],
          },
          400,
        );
      const result = await execute({
        schema: fakeSchema(),
        document: parsed.document,
        ...(operationName ? { operationName } : {}),
        variableValues: variables,
        contextValue: this.context(viewer, url),
      });
      const out: { data?: unknown; errors?: unknown[] } = { data: result.data ?? null };
      if (result.errors?.length) out.errors = result.errors.map((e) => e.toJSON());
      return json(out);
    });
  }

  /** A deep copy of the store's tables as lists of records, for assertions. */
  snapshot(): Record<string, unknown[]> {
    const store = this.currentStore as unknown as Record<string, unknown>;
    const out: Record<string, unknown[]> = {};
    for (const [name, table] of Object.entries(store)) {
      if (!(table instanceof Map)) continue;
      const rows: unknown[] = [];
      for (const value of table.values()) rows.push(...(value instanceof Map ? [...value.values()] : [value]));
      out[name] = deepCopy(rows);
    }
    return out;
  }

  /**
   * Serves the fake over real HTTP (for clients in any language, and for benchmarks).
   * @example `const srv = await fake.listen({ port: 0 }); new Api({ baseUrl: srv.url, apiKey: fake.apiKey })`
   */
  async listen(options: ListenOptions = {}): Promise<FakeServer> {
    options = optionsOf(options);
    const { serve } = await import('./server.js');
    return serve(this, options);
  }
}

/** Options of {@link FakeWandbCore.listen}. */
export interface ListenOptions {
  /** Port to listen on; 0 picks a free one. @defaultValue 0 */
  port?: number;
  /** Interface to bind. @defaultValue `'127.0.0.1'` */
  host?: string;
  /** Gzip JSON answers for clients that send `Accept-Encoding: gzip`, as W&B does. @defaultValue false */
  gzip?: boolean;
}

/** A running HTTP server of the fake. */
export interface FakeServer {
  /** Base URL to give clients (`http://127.0.0.1:<port>`). */
  readonly url: string;
  readonly port: number;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}
