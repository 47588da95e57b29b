import type { QueryCompilation } from './execution';
import type { FaultTarget, RateLimitOptions } from './faults';
import type { QueryLimits } from './queryLimits';
import type { FakeSeeder } from './seed';
import type { FakeSeedData } from './seedJson';

/**
 * One source of starting data: `'demo'` (entities, projects and runs to explore), `'empty'`
 * (only the viewer), seed data as JSON ({@link FakeSeedData}), or a function given the builders.
 */
export type FakeSeed = 'demo' | 'empty' | FakeSeedData | ((seed: FakeSeeder) => void);

/** Options of `createFakeWandb()`. */
export interface FakeWandbOptions {
  /**
   * Data to start with, applied again by `fake.reset()`; a list is applied in order.
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
   * A rate limiter armed from the start and again after every reset (see `fake.rateLimit()`);
   * `target` defaults to every request.
   */
  rateLimit?: RateLimitOptions & { target?: FaultTarget };
  /**
   * How deep and how large a query may be before it is refused (400), as a real GraphQL server
   * limits them. @defaultValue `{ maxDepth: 12, maxCost: 5000000 }`
   */
  queryLimits?: Partial<QueryLimits>;
  /**
   * When queries are compiled (with graphql-jit) rather than interpreted: `'auto'` once answering
   * one took 4 ms or more (documents of up to 500 fields), so pages of many runs or files come
   * several times faster; `'always'`; or `'never'`. Answers are the same either way;
   * `fake.queryStats` counts how they ran.
   * @defaultValue `'auto'`
   */
  compileQueries?: QueryCompilation;
}

/** Options of `fake.listen()`. */
export interface ListenOptions {
  /** Port to listen on; 0 picks a free one. @defaultValue 0 */
  port?: number;
  /** Interface to bind. @defaultValue `'127.0.0.1'` */
  host?: string;
  /** Gzip JSON answers for clients that send `Accept-Encoding: gzip`, as W&B does. @defaultValue false */
  gzip?: boolean;
  /** Largest request body accepted (413 past it); GraphQL requests without a valid key get 64 KiB. @defaultValue 256 MiB */
  maxBodyBytes?: number;
}

/** A running HTTP server of the fake. */
export interface FakeServer {
  /** Base URL to give clients (`http://127.0.0.1:<port>`). */
  readonly url: string;
  readonly port: number;
  /** Stops the server and closes open connections. */
  close(): Promise<void>;
}
