import { compilationOf, type QueryStats } from './execution';
import { InvalidArgumentError } from '../client/errors';
import { optionsOf } from '../client/options';
import { DEFAULT_QUERY_LIMITS } from './queryLimits';
import { DROP, type FakeAnswer } from './answer';
import type { FakeRoute } from './area';
import { AREAS } from './areas';
import { checkpointOf, restoreStore, snapshotOf, type FakeCheckpoint } from './checkpoints';
import { handleControl, CONTROL_PREFIX } from './control';
import { seedDemo } from './demo';
import { dispatch, type RequestHost } from './dispatch';
import {
  FaultInjector,
  type ArmedFault,
  type Fault,
  type FaultOptions,
  type FaultTarget,
  type RateFaultOptions,
  type RateLimitOptions,
} from './faults';
import { RequestLog, type RequestLogEntry } from './requestLog';
import type { FakeSeed, FakeServer, FakeWandbOptions, ListenOptions } from './options';
import { FakeSeeder } from './seed';
import { applySeedData, formatSeedIssues, type FakeSeedData, type SeedResult } from './seedJson';
import { DEFAULT_FEATURES } from './serverInfo/resolvers';
import { storageHeadRoute, storageRoute } from './storage';
import { FakeStore } from './store';
import type { UserRecord } from './users/records';

export { DROP, type FakeAnswer } from './answer';
export type { FakeSeed, FakeServer, FakeWandbOptions, ListenOptions } from './options';
export type { FakeRoute } from './area';
export { FakeCheckpoint } from './checkpoints';
export type { RequestLogEntry } from './requestLog';

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('');
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
  readonly requests: RequestLogEntry[];
  /** Typed builders that add data to the store. */
  readonly seed: FakeSeeder;
  /** Server features reported as enabled; edit it to act as a server without a feature. */
  readonly features: Set<string>;
  /** Whether the `/_fake/` control endpoints answer. */
  readonly control: boolean;
  /** Delay added to every request, in milliseconds. */
  latencyMs: number;
  private readonly stats: QueryStats = { interpreted: 0, compiled: 0 };
  /** Requests being answered right now. */
  inFlight = 0;
  /** The most requests answered at once since the fake was created, reset or {@link clearRequests}. */
  peakInFlight = 0;
  private currentStore: FakeStore;
  private readonly faults = new FaultInjector();
  private readonly routes: FakeRoute[] = [storageRoute, storageHeadRoute, ...Object.values(AREAS).flatMap((area) => area.routes)];
  private readonly log: RequestLog;
  private readonly username: string;
  // Aborted by reset(): requests left hanging by a fault end then instead of never.
  private lifetime = new AbortController();
  private readonly host: RequestHost;

  private readonly options: FakeWandbOptions;

  constructor(options: FakeWandbOptions = {}) {
    options = optionsOf(options);
    this.options = options;
    this.apiKey = options.apiKey ?? randomKey();
    this.baseUrl = (options.baseUrl ?? 'https://api.wandb.test').replace(/\/+$/, '');
    this.username = options.username ?? 'demo-user';
    this.latencyMs = options.latencyMs ?? 0;
    this.control = options.control ?? true;
    this.log = new RequestLog(options.requestLogLimit ?? 10_000);
    this.requests = this.log.entries;
    this.features = new Set(options.features ?? DEFAULT_FEATURES);
    this.currentStore = new FakeStore();
    this.seed = new FakeSeeder(
      () => this.currentStore,
      () => this.viewer,
    );
    // The request path's view of the fake, read afresh for every request (reset swaps the store).
    const store = () => this.currentStore;
    const viewer = () => this.viewer;
    const latency = () => this.latencyMs;
    const lifetime = () => this.lifetime.signal;
    this.host = {
      get store() {
        return store();
      },
      get viewer() {
        return viewer();
      },
      features: this.features,
      get latencyMs() {
        return latency();
      },
      routes: this.routes,
      faults: this.faults,
      log: this.log,
      get lifetime() {
        return lifetime();
      },
      storageOriginFor: (url) => this.storageOriginFor(url),
      queryLimits: { ...DEFAULT_QUERY_LIMITS, ...optionsOf(options.queryLimits, 'queryLimits') },
      compileQueries: compilationOf(options.compileQueries),
      queryStats: this.stats,
    };
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
    this.log.restart();
    this.faults.clear();
    this.armStandingFaults();
    this.features.clear();
    for (const f of this.options.features ?? DEFAULT_FEATURES) this.features.add(f);
    this.latencyMs = this.options.latencyMs ?? 0;
    this.stats.interpreted = this.stats.compiled = 0;
    this.populate();
  }

  /**
   * GraphQL operations answered since the fake was created or reset, by how they ran: interpreted
   * by graphql-js, or compiled by graphql-jit (see the `compileQueries` option).
   */
  get queryStats(): Readonly<QueryStats> {
    return { ...this.stats };
  }

  /**
   * Adds seed data given as JSON (see {@link FakeSeedData}), all or nothing.
   * @returns entries added, by key
   * @throws `InvalidArgumentError` (from `wandb-api`) listing every problem with the path of its entry; nothing is added then
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
    return checkpointOf(this.currentStore);
  }

  /** Puts the store back as it was at `checkpoint` (the same checkpoint can be restored again). */
  restore(checkpoint: FakeCheckpoint): void {
    restoreStore(this.currentStore, checkpoint);
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
    this.log.clear();
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

  /** Answers one request. The MSW handlers, the HTTP server and `fake.fetch` all call this. */
  async handle(request: Request): Promise<FakeAnswer> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (this.control && (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`))) return handleControl(this, request, url);
    this.inFlight++;
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    try {
      return await dispatch(this.host, request, url, Date.now());
    } finally {
      this.inFlight--;
    }
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

  /** A deep copy of the store's tables as lists of records, for assertions. */
  snapshot(): Record<string, unknown[]> {
    return snapshotOf(this.currentStore);
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
