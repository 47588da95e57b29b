import { boundedRegExp } from './boundedRegExp';
import { checkFaultFields } from './guards';
import { describeValue, InvalidArgumentError } from '../client/errors';
import { KNOWN_OPERATIONS, type KnownOperationName } from './operationNames';

/** A failure the fake injects in place of (or on top of) its normal answer. */
export interface Fault {
  /** Answer with this HTTP status instead of executing the request. */
  status?: number;
  /** `Retry-After` header, in seconds. */
  retryAfter?: number;
  /** Extra headers on the answer (`RateLimit-Remaining`, ...), faulty or normal. */
  headers?: Record<string, string>;
  /** `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds) headers on the answer. */
  rateLimit?: { limit: number; remaining: number; reset: number };
  /** Wait this long before answering (or before executing normally when nothing else is set). */
  delayMs?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Never answer: the request hangs until the client gives up (for time-out tests). */
  hang?: boolean;
  /** Raw body of the faulty answer (malformed JSON, an HTML page, ...). */
  body?: string;
  /** Answer 200 with a JSON body cut off in the middle (`{"data": {`). */
  malformed?: boolean;
  /** Execute normally, then add these GraphQL errors to the answer (partial errors). */
  errors?: Array<{ message: string; path?: Array<string | number> }>;
  /** Execute normally, then send only the first half of the body with the full length declared. */
  truncate?: boolean;
}

/**
 * Which requests a fault applies to:
 * - an operation name this SDK or W&B's Python client sends (`'Runs'`, `'GetViewer'`), taken from
 *   the query text whatever `operationName` says; a name the fake does not know is an
 *   `InvalidArgumentError`, so a typo cannot leave a test passing for the wrong reason;
 * - `{ operation: 'MyQuery', custom: true }` for an operation of your own;
 * - `'*'` for every GraphQL call;
 * - `{ path, method? }` for HTTP requests by path (a prefix, or a RegExp); `{ path: '/' }` matches
 *   every request, GraphQL included.
 */
export type FaultTarget = KnownOperationName | '*' | { operation: KnownOperationName; custom?: false } | CustomOperationTarget | PathTarget;

/** A GraphQL operation the fake does not know (one of your own), by name. */
export interface CustomOperationTarget {
  operation: string;
  /** Says the name is meant, so the fake does not refuse it as unknown. */
  custom: true;
}

/** HTTP requests by path: a prefix (`'/files/'`) or a RegExp, optionally with a method. */
export interface PathTarget {
  path: string | RegExp;
  method?: string;
}

/** How many requests a fault applies to. */
export interface FaultOptions {
  /** The next N matching requests. @defaultValue 1 */
  times?: number;
}

/** Options of a fault injected at a rate. */
export interface RateFaultOptions {
  /** Stop after injecting it this many times. @defaultValue no limit */
  times?: number;
  /** Seed of the fault's own pseudo-random sequence, so a run can be repeated exactly. @defaultValue 1 */
  seed?: number;
  /** A source of numbers in [0, 1) to use instead of the seeded sequence. */
  random?: () => number;
}

/** Options of a rate limiter (`fake.rateLimit()`). */
export interface RateLimitOptions {
  /** Requests allowed per window; those above it are answered 429. */
  limit?: number;
  /** Length of the window, in milliseconds. Below 1000, `Retry-After` carries fractions of a second. @defaultValue 1000 */
  windowMs?: number;
  /** Requests allowed in flight at once; one more is answered 429. */
  maxInFlight?: number;
  /** `Retry-After` to send, in seconds. @defaultValue the time left in the window */
  retryAfter?: number;
  /** Send `RateLimit-*` headers on the answers that pass too, as W&B does. @defaultValue true */
  headers?: boolean;
}

/** One armed fault or rate limiter, as `fake.armedFaults()` and the control endpoints show it. */
export interface ArmedFault {
  /** Identifies it for `disarm` and `DELETE /_fake/faults/<id>`. */
  readonly id: string;
  /** `next` (the next N requests), `rate` (a share of requests) or `rateLimit`. */
  readonly kind: 'next' | 'rate' | 'rateLimit';
  readonly target: FaultTarget;
  readonly fault?: Fault;
  /** For `rate`: the share of matching requests that fail. */
  readonly rate?: number;
  readonly limit?: RateLimitOptions;
  /** How many requests it failed so far (for a rate limiter: how many it answered 429). */
  readonly hits: number;
  /** Injections left, when limited. */
  readonly remaining: number | undefined;
  /** False once used up or disarmed. */
  readonly active: boolean;
  /** Stops it from applying to further requests. */
  disarm(): void;
}

/** The request a fault may apply to. */
export interface FaultRequest {
  /** GraphQL operation name; undefined for plain HTTP requests. */
  operationName?: string | undefined;
  method: string;
  path: string;
}

/** What the fake does with one request: the fault to inject, headers to add, and a callback when it is done. */
export interface FaultDecision {
  readonly fault: Fault | undefined;
  /** Human-readable description of the injected fault, for the request log. */
  readonly description: string | undefined;
  /** Headers to add to the answer (rate-limit headers of requests that passed). */
  readonly headers: Record<string, string> | undefined;
  /** Call when the answer has been produced (frees the rate limiter's in-flight slot). */
  done(): void;
}

const NOTHING: FaultDecision = { fault: undefined, description: undefined, headers: undefined, done: () => undefined };

/** A small, fast, seedable pseudo-random sequence (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(target: FaultTarget, request: FaultRequest): boolean {
  if (typeof target === 'string') return request.operationName !== undefined && (target === '*' || target === request.operationName);
  if ('operation' in target) return request.operationName === target.operation;
  if (target.method && target.method.toUpperCase() !== request.method) return false;
  if (typeof target.path !== 'string') return target.path.test(request.path);
  const prefix = target.path.replace(/\/$/, '');
  return request.path === target.path || request.path.startsWith(`${prefix}/`);
}

/** Seconds as a header value: whole seconds for whole-second windows, else to the millisecond. */
function seconds(ms: number, whole: boolean): string {
  const s = Math.max(0, ms) / 1000;
  return whole ? String(Math.ceil(s)) : String(Number(s.toFixed(3)));
}

/** A description of a fault for logs. */
export function describeFault(fault: Fault): string {
  const parts: string[] = [];
  if (fault.hang) parts.push('hang');
  if (fault.drop) parts.push('drop');
  if (fault.status !== undefined) parts.push(`status ${fault.status}`);
  if (fault.malformed) parts.push('malformed body');
  else if (fault.body !== undefined) parts.push('body');
  if (fault.errors) parts.push('partial errors');
  if (fault.truncate) parts.push('truncated body');
  if (fault.delayMs) parts.push(`delay ${fault.delayMs} ms`);
  if (fault.retryAfter !== undefined) parts.push(`retry-after ${fault.retryAfter}`);
  if (fault.headers || fault.rateLimit) parts.push('headers');
  return parts.join(', ') || 'pass';
}

abstract class Armed implements ArmedFault {
  abstract readonly kind: ArmedFault['kind'];
  hits = 0;
  active = true;
  constructor(
    readonly id: string,
    readonly target: FaultTarget,
    private readonly onDisarm: (armed: Armed) => void,
  ) {}
  abstract get remaining(): number | undefined;
  disarm(): void {
    if (!this.active) return;
    this.active = false;
    this.onDisarm(this);
  }
  toJSON(): Record<string, unknown> {
    const target = typeof this.target === 'string' || !('path' in this.target) ? this.target : { ...this.target, path: String(this.target.path) };
    const { fault, rate, limit } = this as Partial<ArmedFault>;
    return {
      id: this.id,
      kind: this.kind,
      target,
      ...(fault ? { fault } : {}),
      ...(rate !== undefined ? { rate } : {}),
      ...(limit ? { limit } : {}),
      hits: this.hits,
      remaining: this.remaining,
      active: this.active,
    };
  }
}

class NextFault extends Armed {
  readonly kind = 'next';
  constructor(
    id: string,
    target: FaultTarget,
    onDisarm: (a: Armed) => void,
    readonly fault: Fault,
    public left: number,
  ) {
    super(id, target, onDisarm);
  }
  get remaining(): number {
    return this.left;
  }
}

class RateFault extends Armed {
  readonly kind = 'rate';
  private readonly random: () => number;
  constructor(
    id: string,
    target: FaultTarget,
    onDisarm: (a: Armed) => void,
    readonly fault: Fault,
    readonly rate: number,
    private readonly max: number | undefined,
    options: RateFaultOptions,
  ) {
    super(id, target, onDisarm);
    this.random = options.random ?? seededRandom(options.seed ?? 1);
  }
  get remaining(): number | undefined {
    return this.max === undefined ? undefined : this.max - this.hits;
  }
  roll(): boolean {
    return this.random() < this.rate;
  }
}

class RateLimiter extends Armed {
  readonly kind = 'rateLimit';
  private windowStart = -Infinity;
  private count = 0;
  private inFlight = 0;
  private readonly windowMs: number;
  constructor(
    id: string,
    target: FaultTarget,
    onDisarm: (a: Armed) => void,
    readonly limit: RateLimitOptions,
  ) {
    super(id, target, onDisarm);
    this.windowMs = limit.windowMs ?? 1000;
  }
  get remaining(): undefined {
    return undefined;
  }
  decide(now: number): { fault?: Fault; headers?: Record<string, string>; release?: () => void } {
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.count = 0;
    }
    const whole = this.windowMs % 1000 === 0;
    const resetMs = this.windowStart + this.windowMs - now;
    const { limit, maxInFlight } = this.limit;
    const headers: Record<string, string> = {};
    if (limit !== undefined) {
      headers['ratelimit-limit'] = String(limit);
      headers['ratelimit-reset'] = seconds(resetMs, whole);
    }
    const overRate = limit !== undefined && this.count >= limit;
    const overFlight = maxInFlight !== undefined && this.inFlight >= maxInFlight;
    if (overRate || overFlight) {
      this.hits++;
      if (limit !== undefined) headers['ratelimit-remaining'] = String(Math.max(0, limit - this.count));
      const retryAfter = this.limit.retryAfter !== undefined ? String(this.limit.retryAfter) : seconds(overRate ? resetMs : this.windowMs, whole);
      headers['retry-after'] = retryAfter;
      const why = overRate ? `more than ${limit} requests in ${this.windowMs} ms` : `more than ${maxInFlight} requests in flight`;
      const body = JSON.stringify({ errors: [{ message: `rate limit exceeded: ${why}`, extensions: { code: 'RATE_LIMITED' } }] });
      return { fault: { status: 429, headers, body } };
    }
    this.count++;
    this.inFlight++;
    if (limit !== undefined) headers['ratelimit-remaining'] = String(limit - this.count);
    let released = false;
    return {
      ...(this.limit.headers !== false && limit !== undefined ? { headers } : {}),
      release: () => {
        if (!released) this.inFlight--;
        released = true;
      },
    };
  }
}

/** The faults and rate limiters armed on one fake. Faults are consumed first-armed first. */
export class FaultInjector {
  private armed: Array<NextFault | RateFault> = [];
  private limiters: RateLimiter[] = [];
  private counter = 0;
  private readonly remove = (item: Armed) => {
    if (item instanceof RateLimiter) this.limiters = this.limiters.filter((l) => l !== item);
    else this.armed = this.armed.filter((a) => a !== item);
  };

  /** Arms `fault` for the next `times` matching requests. */
  add(target: FaultTarget, fault: Fault, options: FaultOptions = {}): ArmedFault {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new RangeError(`failNext: times must be a whole number >= 1, got ${times}`);
    const armed = new NextFault(this.nextId(), checkTarget(target), this.remove, checkFault(fault), times);
    this.armed.push(armed);
    return armed;
  }

  /** Arms `fault` for a share `rate` (0..1) of the matching requests. */
  addRate(target: FaultTarget, rate: number, fault: Fault, options: RateFaultOptions = {}): ArmedFault {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`failRate: rate must be between 0 and 1, got ${rate}`);
    if (options.times !== undefined && (!Number.isInteger(options.times) || options.times < 1))
      throw new RangeError(`failRate: times must be a whole number >= 1, got ${options.times}`);
    const armed = new RateFault(this.nextId(), checkTarget(target), this.remove, checkFault(fault), rate, options.times, options);
    this.armed.push(armed);
    return armed;
  }

  /** Arms a rate limiter: requests above `limit` per window, or above `maxInFlight` at once, get 429. */
  addRateLimit(target: FaultTarget, options: RateLimitOptions): ArmedFault {
    const positive = (name: keyof RateLimitOptions, value: number | undefined, min: number) => {
      if (value !== undefined && (!Number.isFinite(value) || value < min))
        throw new RangeError(`rateLimit: ${name} must be a number >= ${min}, got ${value}`);
    };
    positive('limit', options.limit, 0);
    positive('windowMs', options.windowMs, 1);
    positive('maxInFlight', options.maxInFlight, 1);
    positive('retryAfter', options.retryAfter, 0);
    if (options.limit === undefined && options.maxInFlight === undefined)
      throw new RangeError('rateLimit: give limit (requests per window) or maxInFlight');
    const limiter = new RateLimiter(this.nextId(), checkTarget(target), this.remove, { ...options });
    this.limiters.push(limiter);
    return limiter;
  }

  clear(): void {
    for (const item of [...this.armed, ...this.limiters]) item.active = false;
    this.armed = [];
    this.limiters = [];
  }

  /** Injections left of the faults armed for the next N requests (rate faults and limiters not counted). */
  get pending(): number {
    return this.armed.reduce((n, a) => n + (a instanceof NextFault ? a.left : 0), 0);
  }

  /** Every armed fault and limiter, in the order they apply. */
  list(): ArmedFault[] {
    return [...this.limiters, ...this.armed];
  }

  /** Finds an armed fault or limiter by id. */
  get(id: string): ArmedFault | undefined {
    return this.list().find((a) => a.id === id);
  }

  /** Decides what happens to one request: rate limiters first, then the first matching fault. */
  take(request: FaultRequest, now = Date.now()): FaultDecision {
    if (this.armed.length === 0 && this.limiters.length === 0) return NOTHING;
    const releases: Array<() => void> = [];
    let headers: Record<string, string> | undefined;
    const done = () => releases.forEach((r) => r());
    for (const limiter of this.limiters) {
      if (!matches(limiter.target, request)) continue;
      const decision = limiter.decide(now);
      if (decision.fault) {
        done();
        return { fault: decision.fault, description: `rate limited (${limiter.id})`, headers: undefined, done: () => undefined };
      }
      if (decision.release) releases.push(decision.release);
      if (decision.headers) headers = { ...headers, ...decision.headers };
    }
    for (const armed of this.armed) {
      if (!matches(armed.target, request)) continue;
      if (armed instanceof NextFault) {
        armed.hits++;
        if (--armed.left === 0) armed.disarm();
      } else {
        if (!armed.roll()) continue;
        armed.hits++;
        if (armed.remaining === 0) armed.disarm();
      }
      return { fault: armed.fault, description: describeFault(armed.fault), headers, done };
    }
    return headers || releases.length ? { fault: undefined, description: undefined, headers, done } : NOTHING;
  }

  private nextId(): string {
    return `f${++this.counter}`;
  }
}

function unknownOperation(name: string): InvalidArgumentError {
  const near = [...KNOWN_OPERATIONS].find((known) => known.toLowerCase() === name.toLowerCase());
  return new InvalidArgumentError(
    'target',
    `fault target: ${describeValue(name)} is not an operation this SDK or W&B's Python client sends` +
      (near ? ` (did you mean "${near}"?)` : '') +
      `; for an operation of your own, pass { operation: ${describeValue(name)}, custom: true }`,
  );
}

function checkTarget(target: FaultTarget): FaultTarget {
  const shape = 'fault target: give an operation name, "*", { operation, custom: true } or { path }';
  if (typeof target === 'string') {
    if (!target) throw new InvalidArgumentError('target', `${shape}, got ""`);
    if (target !== '*' && !KNOWN_OPERATIONS.has(target)) throw unknownOperation(target);
    return target;
  }
  if (!target || typeof target !== 'object') throw new InvalidArgumentError('target', `${shape}, got ${describeValue(target)}`);
  if ('operation' in target) {
    const { operation, custom } = target as { operation: unknown; custom?: unknown };
    if (typeof operation !== 'string' || !operation)
      throw new InvalidArgumentError('target.operation', `${shape}: operation must be a name, got ${describeValue(operation)}`);
    if (custom !== undefined && typeof custom !== 'boolean')
      throw new InvalidArgumentError('target.custom', `${shape}: custom must be true or false, got ${describeValue(custom)}`);
    if (!custom && !KNOWN_OPERATIONS.has(operation)) throw unknownOperation(operation);
    return { ...target };
  }
  if (typeof target.path !== 'string' && !(target.path instanceof RegExp))
    throw new InvalidArgumentError('target.path', `${shape}: path must be a string or a RegExp, got ${describeValue(target.path)}`);
  return { ...target, ...(target.path instanceof RegExp ? { path: boundedRegExp(target.path) } : {}) };
}

const FAULT_FIELDS = new Set(['status', 'retryAfter', 'headers', 'rateLimit', 'delayMs', 'drop', 'hang', 'body', 'malformed', 'errors', 'truncate']);

function checkFault(fault: Fault): Fault {
  if (!fault || typeof fault !== 'object') throw new TypeError('fault: expected an object such as { status: 503 }');
  for (const key of Object.keys(fault))
    if (!FAULT_FIELDS.has(key)) throw new TypeError(`fault: unknown field "${key}" (expected one of ${[...FAULT_FIELDS].join(', ')})`);
  if (fault.status !== undefined && (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599))
    throw new RangeError(`fault: status must be an HTTP status, got ${fault.status}`);
  if (fault.delayMs !== undefined && !(fault.delayMs >= 0 && Number.isFinite(fault.delayMs)))
    throw new RangeError(`fault: delayMs must be a finite number >= 0, got ${fault.delayMs}`);
  checkFaultFields(fault as unknown as Record<string, unknown>);
  return { ...fault };
}
