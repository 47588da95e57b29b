import { describeValue, InvalidArgumentError, ServerError, TimeoutError } from './errors';
import { optionsOf } from './options';
import { abortErrorFrom, timerDelay } from './retry';
import { checkCallOptions } from './transport';
import { onAbort } from './abort';

/** One page of a Relay connection, already turned into SDK objects. */
export interface Page<T> {
  readonly items: readonly T[];
  /** Nodes the server sent: known before the items are made. @defaultValue `items.length` */
  readonly nodeCount?: number;
  /** Cursor to pass as `after` for the next page. */
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  /** Size of the whole collection, when the query asks the server for it. */
  readonly totalCount?: number;
}

/** The parts of a Relay connection that {@link pageOf} reads, as the generated result types have them. */
export interface Connection<E> {
  readonly edges: readonly E[];
  readonly pageInfo: { readonly endCursor: string | null; readonly hasNextPage: boolean };
}

/** Options of {@link pageOf}. */
export interface PageOfOptions {
  /** The size of the whole collection, when the query counted it; `null` and `undefined` leave it out. */
  totalCount?: number | null | undefined;
}

/**
 * One {@link Page} from a Relay connection: each edge's node turned into an SDK object by `map`,
 * with the connection's end cursor. Edges without a node, and nodes `map` returns `undefined`
 * for, are left out; a missing connection (`null` or `undefined`) is an empty last page.
 * @param map turns a node (and its edge, for fields such as `version` that live on the edge) into an item
 */
export function pageOf<E extends { readonly node?: unknown }, T>(
  connection: Connection<E> | null | undefined,
  map: (node: NonNullable<E['node']>, edge: E) => T | undefined,
  { totalCount }: PageOfOptions = {},
): Page<T> {
  const edges = connection?.edges ?? [];
  let items: T[] | undefined;
  // The items are made when first read: a list asks for the next page first, so turning nodes
  // into SDK objects overlaps the next request instead of delaying it.
  return {
    get items(): readonly T[] {
      if (items) return items;
      const made: T[] = [];
      for (const edge of edges) {
        if (edge.node === null || edge.node === undefined) continue;
        const item = map(edge.node as NonNullable<E['node']>, edge);
        if (item !== undefined) made.push(item);
      }
      return (items = made);
    },
    nodeCount: edges.reduce((n, edge) => (edge.node === null || edge.node === undefined ? n : n + 1), 0),
    endCursor: connection?.pageInfo.endCursor ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    ...(typeof totalCount === 'number' ? { totalCount } : {}),
  };
}

/**
 * Empty pages in a row, each promising more, after which a list is given up as not advancing: a
 * server that hands out a fresh cursor with no items forever would otherwise be asked forever.
 */
export const MAX_EMPTY_PAGES = 100;

/** Resolves on the event loop's next turn, after pending I/O. */
function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/** Fetches the page after `cursor` (`null` for the first). */
export type PageFetcher<T> = (cursor: string | null, signal: AbortSignal | undefined) => Promise<Page<T>>;

/** Options of {@link Paginator.toArray}. */
export interface ToArrayOptions {
  /** Stop after this many items (fetching no page beyond the one that reaches it). */
  limit?: number;
}

/** Options every paginated collection accepts. */
export interface PaginatorOptions {
  /** Cancels page requests; iteration then throws an `AbortError`. */
  signal?: AbortSignal;
  /** Time limit of each page request in milliseconds, retries included. @defaultValue the `Api`'s `timeout` */
  timeout?: number;
  /**
   * Start after this cursor instead of at the beginning: pass the {@link Paginator.cursor} of a
   * list that stopped on an error to get the rest of it, with no item repeated or skipped.
   */
  after?: string | null;
}

/**
 * Collects what an async iterable yields, or the first `limit` of it, stopping the iteration
 * there (so no page beyond the one that reaches the limit is fetched).
 * @throws {@link InvalidArgumentError} for options that are not an object, or a `limit` that is not a whole number >= 0
 */
export async function collect<T>(source: AsyncIterable<T>, options: ToArrayOptions | undefined): Promise<T[]> {
  const { limit } = optionsOf(options);
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    throw new InvalidArgumentError('limit', `limit must be a whole number >= 0, got ${describeValue(limit)}`);
  }
  const out: T[] = [];
  if (limit === 0) return out;
  for await (const item of source) {
    out.push(item);
    if (limit !== undefined && out.length >= limit) return out;
  }
  return out;
}

/** Checks a page-size option: a whole number from 1 to `max`. */
export function checkPageSize(value: number | undefined, fallback: number, name = 'perPage', max = 10_000): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidArgumentError(name, `${name} must be a whole number from 1 to ${max}, got ${describeValue(value)}`);
  }
  return value;
}

/** Checks a sort-order option: a string such as `-createdAt`, or nothing (`null` to send). */
export function checkSortOrder(value: unknown, argument = 'order'): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 256) {
    throw new InvalidArgumentError(argument, `${argument} must be a sort order such as "-createdAt", got ${describeValue(value)}`);
  }
  return value;
}

/**
 * A lazy collection over a paginated W&B list. Iterate it with `for await`; each iteration
 * fetches afresh. While you consume one page the next is already being fetched. A server
 * whose cursor stops advancing is reported instead of looping forever.
 *
 * @example
 * ```ts
 * for await (const run of api.runs('team/project')) console.log(run.name);
 * const first10 = await api.runs('team/project').toArray({ limit: 10 });
 * ```
 */
export class Paginator<T> implements AsyncIterable<T> {
  private countPromise: Promise<number> | undefined;
  private delivered: string | null;
  protected readonly options: PaginatorOptions;

  /**
   * @param counting how `length()` counts a list whose pages carry no server count: `server`
   *   refuses (the count would cost a request per page), `walk` reads every page and counts
   *   the items (for lists W&B never counts, such as projects and registries)
   */
  constructor(
    private readonly fetchPage: PageFetcher<T>,
    options: PaginatorOptions = {},
    private readonly describe = 'list',
    private readonly counting: 'server' | 'walk' = 'server',
  ) {
    this.options = checkCallOptions(options);
    const { after } = this.options;
    // Cursors are opaque, but never empty, long, or made of spaces and control characters.
    if (after !== undefined && after !== null && (typeof after !== 'string' || !/^[\x21-\x7e]{1,1024}$/.test(after))) {
      throw new InvalidArgumentError('after', `after must be a cursor from a list's \`cursor\`, got ${describeValue(after)}`);
    }
    this.delivered = after ?? null;
  }

  /**
   * Where the last iteration stopped: the end cursor of the last page whose items were all
   * delivered (`null` before any). After an error mid-way, pass it as `after` to a new list to
   * get the rest.
   */
  get cursor(): string | null {
    return this.delivered;
  }

  /** One page request, bounded by the `timeout` option when given. */
  private fetchWithin(cursor: string | null, signal: AbortSignal | undefined): Promise<Page<T>> {
    const { timeout } = this.options;
    if (timeout === undefined) return this.fetchPage(cursor, signal);
    const timer = new AbortController();
    const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
    let handle: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      handle = setTimeout(() => {
        const error = new TimeoutError(`A page of the ${this.describe} did not arrive within ${timeout} ms`);
        timer.abort(error);
        reject(error);
      }, timerDelay(timeout));
    });
    // The page request sees the abort too, so it stops instead of running on unobserved.
    const page = this.fetchPage(cursor, combined);
    page.catch(() => undefined);
    return Promise.race([page, expired]).finally(() => clearTimeout(handle));
  }

  /** Pages with their end cursors, in order. */
  private async *walk(): AsyncGenerator<Page<T>, void, undefined> {
    const { signal } = this.options;
    // A list made with a signal that is already aborted sends nothing.
    if (signal?.aborted) throw abortErrorFrom(signal);
    const inner = new AbortController();
    const stopWatching = onAbort(signal, () => inner.abort(signal?.reason));
    const seen = new Set<string>();
    let empty = 0;
    const start = this.options.after ?? null;
    let next: Promise<Page<T>> | undefined = this.fetchWithin(start, inner.signal);
    next.catch(() => undefined);
    try {
      while (next) {
        const page: Page<T> = await next;
        next = undefined;
        if (page.totalCount !== undefined && start === null) this.countPromise ??= Promise.resolve(page.totalCount);
        if (page.hasNextPage) {
          const cursor = page.endCursor;
          if (cursor === null || seen.has(cursor)) {
            throw new ServerError(`The ${this.describe} did not advance: the server returned the cursor ${JSON.stringify(cursor)} again`);
          }
          seen.add(cursor);
          empty = (page.nodeCount ?? page.items.length) === 0 ? empty + 1 : 0;
          if (empty >= MAX_EMPTY_PAGES) {
            throw new ServerError(
              `The ${this.describe} did not advance: the server returned ${empty} empty pages in a row, each with a new cursor and more to come`,
            );
          }
          next = this.fetchWithin(cursor, inner.signal);
          // Failures of a prefetch surface when it is awaited; until then keep them from being unhandled.
          next.catch(() => undefined);
          // One turn of the event loop lets the request go out now. The caller's loop over this page's
          // items runs in microtasks, which would otherwise hold it back until the page is done.
          await nextTurn();
        }
        if (signal?.aborted) throw abortErrorFrom(signal);
        yield page;
      }
    } finally {
      stopWatching();
      if (next) inner.abort();
    }
  }

  /** Yields whole pages, in order. */
  async *pages(): AsyncGenerator<readonly T[], void, undefined> {
    this.delivered = this.options.after ?? null;
    for await (const page of this.walk()) {
      if (page.endCursor !== null) this.delivered = page.endCursor;
      yield page.items;
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const { signal } = this.options;
    this.delivered = this.options.after ?? null;
    for await (const page of this.walk()) {
      for (const item of page.items) {
        if (signal?.aborted) throw abortErrorFrom(signal);
        yield item;
      }
      if (page.endCursor !== null) this.delivered = page.endCursor;
    }
  }

  /** Collects the items, or the first `limit` of them. */
  toArray(options: ToArrayOptions = {}): Promise<T[]> {
    return collect(this, options);
  }

  /** The first item, or `undefined` for an empty collection. */
  async first(): Promise<T | undefined> {
    return (await this.toArray({ limit: 1 }))[0];
  }

  /** Counts the items of every page from `first` on (the first page is already here). */
  private async countByWalking(first: Page<T>): Promise<number> {
    let total = first.items.length;
    const seen = new Set<string>();
    let page = first;
    while (page.hasNextPage) {
      const cursor = page.endCursor;
      if (cursor === null || seen.has(cursor)) {
        throw new ServerError(`The ${this.describe} did not advance: the server returned the cursor ${JSON.stringify(cursor)} again`);
      }
      seen.add(cursor);
      page = await this.fetchWithin(cursor, this.options.signal);
      total += page.items.length;
    }
    return total;
  }

  /**
   * The size of the whole collection, as the server counts it (one request, made once); for
   * lists W&B does not count (projects, registries), the items of every page, counted.
   * @throws {@link WandbError} when the server does not count this kind of list.
   */
  length(): Promise<number> {
    const count = (this.countPromise ??= this.fetchWithin(null, this.options.signal).then((page) => {
      if (page.totalCount !== undefined) return page.totalCount;
      if (this.counting === 'walk') return this.countByWalking(page);
      throw new ServerError(`The server does not count this ${this.describe}`);
    }));
    // A failed count is not remembered: the next call asks again.
    count.catch(() => {
      if (this.countPromise === count) this.countPromise = undefined;
    });
    return count;
  }
}
