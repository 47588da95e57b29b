import { execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { FaultInjector, type Fault, type FaultOptions, type FaultTarget } from './faults';
import { resolverMaps } from './resolvers';
import { routes } from './routes';
import { DEFAULT_FEATURES } from './resolvers/server';
import { buildFakeSchema, type FakeContext } from './schema';
import { FakeSeeder } from './seed';
import { seedDemo } from './seeds/demo';
import { FakeStore, type UserRecord } from './store';

/** Returned by {@link FakeWandbCore.handle} when the connection should be dropped without an answer. */
export const DROP: unique symbol = Symbol('drop the connection');

/** The fake's answer to one request. */
export type FakeAnswer = Response | typeof DROP;

/** Options of `createFakeWandb()`. */
export interface FakeWandbOptions {
  /** Data to start with: `'demo'` (entities, projects, runs to explore) or `'empty'` (only the viewer). @defaultValue `'empty'` */
  seed?: 'demo' | 'empty';
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
}

/** One request the fake received. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  /** GraphQL operation name, taken from the query text. */
  readonly operationName?: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** HTTP status answered (0 when the connection was dropped). */
  status: number;
  /** Milliseconds since the fake was created. */
  readonly at: number;
}

/** A non-GraphQL route of the fake (file downloads, uploads). */
export interface FakeRoute {
  readonly method: string;
  readonly path: RegExp;
  /** Whether the route needs the API key (run files do; signed storage URLs do not). */
  readonly auth: boolean;
  handle(request: Request, match: RegExpExecArray, ctx: FakeContext): Response | Promise<Response>;
}

interface Parsed {
  document: DocumentNode;
  errors: readonly GraphQLError[];
}

let sharedSchema: GraphQLSchema | undefined;
/** Resolvers read the store from the context, so every fake shares one executable schema. */
function fakeSchema(): GraphQLSchema {
  return (sharedSchema ??= buildFakeSchema(resolverMaps));
}

function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** Waits `ms`, or less when the client gave up on the request; never keeps the process alive. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    (timer as { unref?: () => void }).unref?.();
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
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

/** A body stream that delivers the first half of `bytes`, then fails as a cut connection does. */
function truncatedBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      controller.error(new TypeError('terminated: the connection closed before the whole body arrived'));
    },
  });
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
  /** Every request received, oldest first. */
  readonly requests: RequestLogEntry[] = [];
  /** Typed builders that add data to the store. */
  readonly seed: FakeSeeder;
  /** Server features reported as enabled; edit it to act as a server without a feature. */
  readonly features: Set<string>;
  /** Delay added to every request, in milliseconds. */
  latencyMs: number;
  private currentStore: FakeStore;
  private readonly faults = new FaultInjector();
  private readonly routes: FakeRoute[] = [...routes];
  private readonly parsed = new Map<string, Parsed>();
  private readonly started = Date.now();
  private readonly username: string;

  constructor(private readonly options: FakeWandbOptions = {}) {
    this.apiKey = options.apiKey ?? randomKey();
    this.baseUrl = (options.baseUrl ?? 'https://api.wandb.test').replace(/\/+$/, '');
    this.username = options.username ?? 'demo-user';
    this.latencyMs = options.latencyMs ?? 0;
    this.features = new Set(options.features ?? DEFAULT_FEATURES);
    this.currentStore = new FakeStore();
    this.seed = new FakeSeeder(() => this.currentStore, () => this.viewer);
    this.populate();
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
    if (this.options.seed === 'demo') seedDemo(this.seed);
  }

  /** Back to the starting data; the request log and armed faults are cleared too. */
  reset(): void {
    this.currentStore = new FakeStore();
    this.requests.length = 0;
    this.faults.clear();
    this.features.clear();
    for (const f of this.options.features ?? DEFAULT_FEATURES) this.features.add(f);
    this.populate();
  }

  /**
   * Makes the next matching request(s) fail.
   * @param target an operation name (`'Runs'`), `'*'` for any GraphQL call, or `{ path }` for HTTP paths
   * @example `fake.failNext('Runs', { status: 429, retryAfter: 1 })`
   */
  failNext(target: FaultTarget, fault: Fault, options: FaultOptions = {}): void {
    this.faults.add(target, fault, options);
  }

  /** Disarms every fault not yet used. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Faults armed but not yet used. */
  get pendingFaults(): number {
    return this.faults.pending;
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
    if (this.latencyMs > 0) await sleep(this.latencyMs, request.signal);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const path = url.pathname;
    if (path === '/graphql' || path.endsWith('/graphql')) return this.handleGraphQL(request, url);

    const entry: RequestLogEntry = { method, path, status: 0, at: Date.now() - this.started };
    this.requests.push(entry);
    const fault = this.faults.take({ method, path });
    const answer = await this.answer(request, fault, entry, async () => {
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
    return answer;
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
  private async answer(request: Request, fault: Fault | undefined, entry: RequestLogEntry, normal: () => Promise<Response>): Promise<FakeAnswer> {
    if (fault?.delayMs) await sleep(fault.delayMs, request.signal);
    if (fault?.drop) {
      entry.status = 0;
      return DROP;
    }
    let response: Response;
    if (fault?.status !== undefined || fault?.body !== undefined) {
      const status = fault.status ?? 200;
      const headers: Record<string, string> = { ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}), ...(fault.headers ?? {}) };
      const body = fault.body ?? JSON.stringify({ errors: [{ message: `injected failure: HTTP ${status}` }] });
      const contentType = fault.body !== undefined && !/^\s*[[{]/.test(fault.body) ? 'text/html' : 'application/json';
      response = new Response(body, { status, headers: { 'content-type': contentType, ...headers } });
    } else {
      response = await normal();
      if (fault?.errors) {
        const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
        response = json({ data: body.data ?? null, errors: [...(body.errors ?? []), ...fault.errors] }, response.status);
      }
      if (fault?.headers) {
        const headers = new Headers(response.headers);
        for (const [k, v] of Object.entries(fault.headers)) headers.set(k, v);
        response = new Response(response.body, { status: response.status, headers });
      }
      if (fault?.truncate) {
        const bytes = new Uint8Array(await response.arrayBuffer());
        const headers = new Headers(response.headers);
        headers.set('content-length', String(bytes.length));
        response = new Response(truncatedBody(bytes), { status: response.status, headers });
      }
    }
    entry.status = response.status;
    return response;
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

  private async handleGraphQL(request: Request, url: URL): Promise<FakeAnswer> {
    const method = request.method.toUpperCase();
    const entry: RequestLogEntry & { operationName?: string; variables?: Record<string, unknown> } = { method, path: url.pathname, status: 0, at: Date.now() - this.started };
    if (method !== 'POST') {
      this.requests.push(entry);
      entry.status = 405;
      return json({ errors: [{ message: 'GraphQL requests must be POSTed' }] }, 405, { allow: 'POST' });
    }
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      body = (await request.json()) as typeof body;
    } catch {
      this.requests.push(entry);
      entry.status = 400;
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
    const logged: RequestLogEntry = { ...entry, ...(operationName ? { operationName } : {}), variables };
    this.requests.push(logged);
    const fault = this.faults.take({ operationName: operationName ?? '', method, path: url.pathname });

    return this.answer(request, fault, logged, async () => {
      const viewer = this.authenticate(request);
      if (!viewer) return json({ errors: [{ message: 'user is not logged in', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
      if (!query) return json({ errors: [{ message: 'Must provide query string.' }] }, 400);
      if (parsed.errors.length) return json({ errors: parsed.errors.map((e) => e.toJSON()) }, 400);
      if (!operation) return json({ errors: [{ message: wanted ? `Unknown operation named "${wanted}".` : 'Must provide operation name if query contains multiple operations.' }] }, 400);
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

  /** A deep copy of the store's tables, for assertions. */
  snapshot(): Record<string, unknown[]> {
    const store = this.currentStore as unknown as Record<string, unknown>;
    const out: Record<string, unknown[]> = {};
    for (const [name, table] of Object.entries(store)) {
      if (!(table instanceof Map)) continue;
      const rows: unknown[] = [];
      for (const value of table.values()) rows.push(...(value instanceof Map ? [...value.values()] : [value]));
      out[name] = structuredClone(rows);
    }
    return out;
  }

  /**
   * Serves the fake over real HTTP (for clients in any language, and for benchmarks).
   * @example `const srv = await fake.listen({ port: 0 }); new Api({ baseUrl: srv.url, apiKey: fake.apiKey })`
   */
  async listen(options: ListenOptions = {}): Promise<FakeServer> {
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
}

/** A running HTTP server of the fake. */
export interface FakeServer {
  /** Base URL to give clients (`http://127.0.0.1:<port>`). */
  readonly url: string;
  readonly port: number;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}
