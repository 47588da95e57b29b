/**
 * The control endpoints under `/_fake/`: reset, seed, faults, request log, snapshot and settings
 * over plain HTTP + JSON, so a test in any language can script the fake. `/_fake` is outside
 * W&B's own path space; the fake's `control: false` option turns these off (they answer 404).
 */
import type { FakeWandbCore } from './FakeWandbCore';
import { boundedRegExp } from './boundedRegExp';
import { crossSiteRefusal } from './guards';
import type { Fault, FaultTarget, RateFaultOptions, RateLimitOptions } from './faults';

/** The path every control endpoint starts with. */
export const CONTROL_PREFIX = '/_fake';

/** The control endpoints, as `GET /_fake` lists them. */
export const CONTROL_ENDPOINTS: readonly string[] = [
  'GET    /_fake                 what the fake is: apiKey, username, features, latencyMs, counts (requests, queries interpreted and compiled)',
  'POST   /_fake/reset           back to the starting data; log, faults and settings cleared',
  'POST   /_fake/seed            add seed data (JSON body, as --seed files); all or nothing',
  'GET    /_fake/snapshot        the store as JSON (?tables=runs,projects)',
  'GET    /_fake/requests        the request log (?operation=Runs&since=<seq>&limit=N)',
  'DELETE /_fake/requests        empty the request log',
  'GET    /_fake/faults          armed faults and rate limiters',
  'POST   /_fake/faults          arm one: {target, fault, times} | {target, fault, rate} | {target, rateLimit}',
  'DELETE /_fake/faults          disarm all',
  'DELETE /_fake/faults/<id>     disarm one',
  'GET    /_fake/settings        latencyMs and features',
  'PATCH  /_fake/settings        change latencyMs and/or features',
];

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function reply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ControlError(400, `the body is not JSON: ${(error as Error).message}`);
  }
}

/**
 * Values as JSON can carry them: dates as ISO strings, bytes as `{ "$base64": ... }` (as seed
 * files take them), maps as objects, sets as lists, big integers as strings.
 */
export function toJsonSafe(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    return value;
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { $base64: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value instanceof Set) return [...value].map(toJsonSafe);
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) if (v !== undefined) out[String(k)] = toJsonSafe(v);
  return out;
}

function targetFrom(value: unknown): FaultTarget {
  // Operation names are checked where the fault is armed, against the operations the fake knows.
  if (typeof value === 'string' && value) return value as FaultTarget;
  if (isObject(value)) {
    if (typeof value.operation === 'string') return { operation: value.operation, custom: value.custom === true } as FaultTarget;
    const method = typeof value.method === 'string' ? value.method : undefined;
    if (typeof value.path === 'string') return { path: value.path, ...(method ? { method } : {}) };
    if (typeof value.pathRegex === 'string') {
      try {
        return { path: boundedRegExp(value.pathRegex), ...(method ? { method } : {}) };
      } catch (error) {
        throw new ControlError(400, `target.pathRegex: ${(error as Error).message}`);
      }
    }
  }
  throw new ControlError(
    400,
    'target: expected an operation name, "*", {"operation": "MyQuery", "custom": true}, {"path": "/prefix"} or {"pathRegex": "..."} (with an optional "method")',
  );
}

function optionalNumber(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new ControlError(400, `${name}: expected a number, got ${JSON.stringify(value)}`);
  return value;
}

function armFault(fake: FakeWandbCore, body: unknown) {
  if (!isObject(body)) throw new ControlError(400, 'expected a JSON object such as {"target": "Runs", "fault": {"status": 503}, "times": 2}');
  const known = new Set(['target', 'fault', 'times', 'rate', 'seed', 'rateLimit']);
  for (const key of Object.keys(body)) if (!known.has(key)) throw new ControlError(400, `unknown field "${key}" (expected ${[...known].join(', ')})`);
  const target = targetFrom(body.target ?? '*');
  try {
    if (body.rateLimit !== undefined) {
      if (!isObject(body.rateLimit)) throw new ControlError(400, 'rateLimit: expected an object such as {"limit": 10, "windowMs": 1000}');
      return fake.rateLimit(target, body.rateLimit as RateLimitOptions);
    }
    if (!isObject(body.fault)) throw new ControlError(400, 'fault: expected an object such as {"status": 503}');
    const fault = body.fault as Fault;
    const times = optionalNumber(body, 'times');
    const rate = optionalNumber(body, 'rate');
    if (rate !== undefined) {
      const seed = optionalNumber(body, 'seed');
      const options: RateFaultOptions = { ...(times !== undefined ? { times } : {}), ...(seed !== undefined ? { seed } : {}) };
      return fake.failRate(target, rate, fault, options);
    }
    return fake.failNext(target, fault, times !== undefined ? { times } : {});
  } catch (error) {
    if (error instanceof ControlError) throw error;
    throw new ControlError(400, (error as Error).message);
  }
}

function requestLog(fake: FakeWandbCore, url: URL) {
  const operation = url.searchParams.get('operation');
  const since = Number(url.searchParams.get('since') ?? 0);
  const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : undefined;
  if (!Number.isFinite(since) || (limit !== undefined && !(limit >= 0))) throw new ControlError(400, 'since and limit must be numbers');
  let entries = fake.requests.filter((r) => r.seq > since && (!operation || r.operationName === operation));
  if (limit !== undefined) entries = entries.slice(0, limit);
  return { requests: toJsonSafe(entries), total: fake.requests.length, lastSeq: fake.requests[fake.requests.length - 1]?.seq ?? since };
}

function snapshot(fake: FakeWandbCore, url: URL) {
  const tables = fake.snapshot();
  const wanted = url.searchParams
    .get('tables')
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  if (wanted) {
    const unknown = wanted.filter((t) => !(t in tables));
    if (unknown.length) throw new ControlError(400, `no table ${unknown.join(', ')}; tables: ${Object.keys(tables).join(', ')}`);
    for (const name of Object.keys(tables)) if (!wanted.includes(name)) delete tables[name];
  }
  return { tables: toJsonSafe(tables) };
}

function settings(fake: FakeWandbCore) {
  return { latencyMs: fake.latencyMs, features: [...fake.features] };
}

function changeSettings(fake: FakeWandbCore, body: unknown) {
  if (!isObject(body)) throw new ControlError(400, 'expected a JSON object such as {"latencyMs": 50, "features": ["ARTIFACT_REGISTRY_SEARCH"]}');
  for (const key of Object.keys(body))
    if (key !== 'latencyMs' && key !== 'features') throw new ControlError(400, `unknown setting "${key}" (expected latencyMs, features)`);
  const latency = optionalNumber(body, 'latencyMs');
  if (latency !== undefined && !(latency >= 0 && Number.isFinite(latency))) throw new ControlError(400, 'latencyMs: expected a number >= 0');
  if (body.features !== undefined && !(Array.isArray(body.features) && body.features.every((f) => typeof f === 'string'))) {
    throw new ControlError(400, 'features: expected a list of feature names');
  }
  if (latency !== undefined) fake.latencyMs = latency;
  if (Array.isArray(body.features)) {
    fake.features.clear();
    for (const f of body.features as string[]) fake.features.add(f);
  }
  return settings(fake);
}

/** Answers one control request. Control requests are neither logged nor delayed nor faulted. */
export async function handleControl(fake: FakeWandbCore, request: Request, url: URL): Promise<Response> {
  const method = request.method.toUpperCase();
  const route = `${method} ${url.pathname.replace(/\/+$/, '') || '/'}`;
  const faultId = /^\/_fake\/faults\/([^/]+)$/.exec(url.pathname)?.[1];
  const refused = crossSiteRefusal(request, url);
  if (refused) return refused;
  try {
    switch (route) {
      case 'GET /_fake':
        return reply({
          apiKey: fake.apiKey,
          username: fake.viewer.username,
          baseUrl: url.origin,
          latencyMs: fake.latencyMs,
          features: [...fake.features],
          requests: fake.requests.length,
          queries: fake.queryStats,
          faults: fake.armedFaults(),
          endpoints: CONTROL_ENDPOINTS,
        });
      case 'POST /_fake/reset':
        fake.reset();
        return reply({ ok: true });
      case 'POST /_fake/seed': {
        const result = fake.applySeed(await readJson(request));
        if (result.issues.length) return reply({ errors: result.issues.map((i) => ({ path: i.path, message: i.message })) }, 400);
        return reply({ ok: true, added: result.counts });
      }
      case 'GET /_fake/snapshot':
        return reply(snapshot(fake, url));
      case 'GET /_fake/requests':
        return reply(requestLog(fake, url));
      case 'DELETE /_fake/requests':
        fake.clearRequests();
        return reply({ ok: true });
      case 'GET /_fake/faults':
        return reply({ faults: fake.armedFaults() });
      case 'POST /_fake/faults':
        return reply({ fault: armFault(fake, await readJson(request)) }, 201);
      case 'DELETE /_fake/faults':
        fake.clearFaults();
        return reply({ ok: true });
      case 'GET /_fake/settings':
        return reply(settings(fake));
      case 'PATCH /_fake/settings':
      case 'POST /_fake/settings':
        return reply(changeSettings(fake, await readJson(request)));
    }
    if (faultId !== undefined && method === 'DELETE') {
      const armed = fake.armedFaults().find((f) => f.id === faultId);
      if (!armed) throw new ControlError(404, `no armed fault ${faultId}`);
      armed.disarm();
      return reply({ ok: true });
    }
    const known = CONTROL_ENDPOINTS.some((e) => e.split(/\s+/)[1] === url.pathname.replace(/\/+$/, ''));
    throw new ControlError(known ? 405 : 404, `no control endpoint ${method} ${url.pathname}; endpoints:\n${CONTROL_ENDPOINTS.join('\n')}`);
  } catch (error) {
    if (error instanceof ControlError) return reply({ error: error.message }, error.status);
    throw error;
  }
}
