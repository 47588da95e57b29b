/** A failure the fake injects in place of (or on top of) its normal answer. */
export interface Fault {
  /** Answer with this HTTP status instead of executing the request. */
  status?: number;
  /** `Retry-After` header, in seconds. */
  retryAfter?: number;
  /** Extra headers on the faulty answer (`RateLimit-Remaining`, ...). */
  headers?: Record<string, string>;
  /** Wait this long before answering (or before executing normally when nothing else is set). */
  delayMs?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Raw body of the faulty answer (malformed JSON, an HTML page, ...). */
  body?: string;
  /** Execute normally, then add these GraphQL errors to the answer (partial errors). */
  errors?: Array<{ message: string; path?: Array<string | number> }>;
  /** Execute normally, then send only the first half of the body with the full length declared. */
  truncate?: boolean;
}

/** Which requests a fault applies to: an operation name, `*` for every GraphQL call, or an HTTP path. */
export type FaultTarget = string | { path: string | RegExp; method?: string };

/** How many requests a fault applies to. */
export interface FaultOptions {
  /** The next N matching requests. @defaultValue 1 */
  times?: number;
}

interface Armed {
  target: FaultTarget;
  fault: Fault;
  remaining: number;
}

/** The faults armed on one fake, consumed first-armed first. */
export class FaultInjector {
  private armed: Armed[] = [];

  add(target: FaultTarget, fault: Fault, options: FaultOptions = {}): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`failNext: times must be a whole number >= 1, got ${times}`);
    this.armed.push({ target, fault, remaining: times });
  }

  clear(): void {
    this.armed = [];
  }

  /** Faults still armed (for assertions that every fault was used). */
  get pending(): number {
    return this.armed.reduce((n, a) => n + a.remaining, 0);
  }

  /** Takes the first fault matching a GraphQL operation or an HTTP request, if any. */
  take(request: { operationName?: string; method: string; path: string }): Fault | undefined {
    const index = this.armed.findIndex(({ target }) => {
      if (typeof target === 'string') return request.operationName !== undefined && (target === '*' || target === request.operationName);
      if (target.method && target.method.toUpperCase() !== request.method) return false;
      return typeof target.path === 'string' ? request.path === target.path || request.path.startsWith(`${target.path.replace(/\/$/, '')}/`) : target.path.test(request.path);
    });
    const armed = this.armed[index];
    if (!armed) return undefined;
    if (--armed.remaining === 0) this.armed.splice(index, 1);
    return armed.fault;
  }
}
