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

/** Request headers for the log, without secrets. */
export function loggedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = name === 'authorization' || name === 'cookie' ? `${value.split(/\s/)[0] ?? ''} ***`.trim() : value;
  });
  return out;
}

/** The fake's request log: the most recent requests, oldest first, and the clock their times count from. */
export class RequestLog {
  /** The entries, oldest first; the fake hands out this very array as `fake.requests`. */
  readonly entries: RequestLogEntry[] = [];
  private seq = 0;
  private started = Date.now();

  constructor(private readonly limit: number) {}

  /** Logs a request that began at `begun` (`Date.now()`), dropping the oldest beyond the limit. */
  add(fields: Omit<RequestLogEntry, 'seq' | 'at'>, begun: number): RequestLogEntry {
    const entry: RequestLogEntry = { seq: ++this.seq, at: begun - this.started, ...fields };
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    return entry;
  }

  /** Records how long the answer to `entry` took. */
  finish(entry: RequestLogEntry): void {
    entry.durationMs = Date.now() - this.started - entry.at;
  }

  /** Empties the log. */
  clear(): void {
    this.entries.length = 0;
  }

  /** Empties the log and starts numbering and timing again, as after a reset. */
  restart(): void {
    this.clear();
    this.seq = 0;
    this.started = Date.now();
  }
}
