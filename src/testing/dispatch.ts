import type { QueryCompilation, QueryStats } from './execution';
import type { FakeRoute } from './area';
import type { FakeAnswer } from './answer';
import { answerWithFault } from './faultAnswer';
import type { FaultInjector } from './faults';
import { answerGraphQL } from './graphqlEndpoint';
import { routeErrorRefusal } from './guards';
import { json, keyFromHeader } from './http';
import { loggedHeaders, type RequestLog } from './requestLog';
import type { QueryLimits } from './queryLimits';
import type { FakeContext } from './schema';
import type { FakeStore } from './store';
import type { UserRecord } from './users/records';

/** What answering a request needs of the fake (`FakeWandbCore` provides it). */
export interface RequestHost {
  readonly store: FakeStore;
  /** The fake's own viewer, the context of routes that need no key. */
  readonly viewer: UserRecord;
  readonly features: ReadonlySet<string>;
  readonly latencyMs: number;
  readonly routes: readonly FakeRoute[];
  readonly faults: FaultInjector;
  readonly log: RequestLog;
  /** Aborted when the fake resets. */
  readonly lifetime: AbortSignal;
  /** How deep and large a query may be. */
  readonly queryLimits: QueryLimits;
  /** When queries are compiled. */
  readonly compileQueries: QueryCompilation;
  /** Operations answered, by how they ran (counts, reset with the fake). */
  readonly queryStats: QueryStats;
  storageOriginFor(url: URL): string;
}

/** The user whose API key the request carries. */
export function authenticate(host: RequestHost, request: Request): UserRecord | undefined {
  const key = keyFromHeader(request.headers.get('authorization'));
  return key ? host.store.userByKey(key) : undefined;
}

/** The context resolvers and routes get for a request from `viewer` to `url`. */
export function contextFor(host: RequestHost, viewer: UserRecord, url: URL): FakeContext {
  return { store: host.store, viewer, origin: url.origin, storageOrigin: host.storageOriginFor(url), features: host.features };
}

/**
 * Routes a request (not a control request) to the GraphQL endpoint or to the areas' HTTP routes,
 * logging it and applying any armed fault.
 */
export async function dispatch(host: RequestHost, request: Request, url: URL, begun: number): Promise<FakeAnswer> {
  const path = url.pathname;
  if (path === '/graphql' || path.endsWith('/graphql')) return answerGraphQL(host, request, url, begun);
  const method = request.method.toUpperCase();
  const entry = host.log.add({ method, path, headers: loggedHeaders(request.headers), status: 0 }, begun);
  const decision = host.faults.take({ method, path });
  return answerWithFault(request, decision, entry, host, async () => {
    if (method === 'POST' && path === '/sdk/otel/v1/metrics') return json({ error: 'not found' }, 404);
    for (const route of host.routes) {
      const match = route.method === method ? route.path.exec(path) : null;
      if (!match) continue;
      const viewer = authenticate(host, request);
      if (route.auth && !viewer) return json({ error: 'unauthorized' }, 401);
      try {
        return await route.handle(request, match, contextFor(host, viewer ?? host.viewer, url));
      } catch (error) {
        const refusal = routeErrorRefusal(error, path);
        if (refusal) return refusal;
        throw error;
      }
    }
    return json({ error: `no route for ${method} ${path}` }, 404);
  });
}
