/**
 * Requests over `node:http` and `node:https`, behind a `fetch`-shaped function.
 *
 * On Node, `fetch` is undici, loaded on the first request: about 40 ms of a fresh process, and a
 * web-streams body whose every chunk costs more than a socket's. A command-line call or a script
 * that asks one question pays that more than anything else, and a download pays the per-chunk
 * cost on every megabyte. So when nothing has been put in `fetch`'s place (no `fetch` option, the
 * global `fetch` still Node's own, no undici dispatcher of the user's, no proxy variables), the
 * SDK's requests go out through Node's HTTP modules instead, answered with the small
 * {@link WireResponse}. Anything this path does not carry (a `Request` object, a streamed or
 * form body, a redirect to follow, a scheme other than http and https) goes to `fetch` as before.
 *
 * It keeps what `fetch` does that the SDK relies on: the same default headers, decoding of gzip,
 * deflate and brotli bodies, a rejection with the signal's reason on abort, `TypeError('fetch failed')` with
 * the socket error as `cause` when no answer came, and a body stream that errors when the
 * connection breaks off.
 */
import type { IncomingMessage } from 'node:http';
import { onAbort } from './abort';

const NODE_FETCH = Symbol('wandb-api.nodeFetch');

// Loaded on first use, https only for an https URL: it brings TLS and crypto with it.
let httpModule: Promise<typeof import('node:http')> | undefined;
let httpsModule: Promise<typeof import('node:https')> | undefined;
const requestFor = async (protocol: string): Promise<typeof import('node:http').request> =>
  protocol === 'https:' ? (await (httpsModule ??= import('node:https'))).request : (await (httpModule ??= import('node:http'))).request;

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/**
 * What no header value may hold: what `Headers` refuses (NUL, CR, LF, and characters past U+00FF,
 * which are no bytes) and the other control characters, which Node's HTTP refuses when sending.
 */
// eslint-disable-next-line no-control-regex
const BAD_VALUE = /[\0-\x08\x0a-\x1f\x7f\u0100-\uffff]/;

/** Trims what HTTP calls optional white space from a header value, as `Headers` does. */
function normaliseValue(value: string): string {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

/**
 * A `Headers`-shaped map (case-insensitive names, values checked as `Headers` checks them) that
 * costs nothing to load. `new Headers(wire)` accepts it, since it iterates as name–value pairs.
 */
export class WireHeaders implements Iterable<[string, string]> {
  readonly #map = new Map<string, string>();

  constructor(init?: unknown) {
    if (init === undefined || init === null) return;
    if (typeof (init as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') {
      for (const pair of init as Iterable<unknown>) {
        if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError('Headers: each entry must be a [name, value] pair');
        this.append(String(pair[0]), String(pair[1]));
      }
    } else if (typeof init === 'object') {
      for (const [name, value] of Object.entries(init as Record<string, unknown>)) this.append(name, String(value));
    } else {
      throw new TypeError('Headers: init must be an object or a list of pairs');
    }
  }

  private static check(name: string, value: string): [string, string] {
    if (!TOKEN.test(name)) throw new TypeError(`Headers: ${JSON.stringify(name)} is not a valid header name`);
    const clean = normaliseValue(value);
    if (BAD_VALUE.test(clean)) throw new TypeError(`Headers: the value of ${JSON.stringify(name)} is not a valid header value`);
    return [name.toLowerCase(), clean];
  }

  append(name: string, value: string): void {
    const [key, clean] = WireHeaders.check(name, value);
    const had = this.#map.get(key);
    this.#map.set(key, had === undefined ? clean : `${had}, ${clean}`);
  }

  set(name: string, value: string): void {
    const [key, clean] = WireHeaders.check(name, value);
    this.#map.set(key, clean);
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  delete(name: string): void {
    this.#map.delete(name.toLowerCase());
  }

  forEach(callback: (value: string, name: string, headers: WireHeaders) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }

  /** Name–value pairs, names in lower case and sorted, as `Headers` gives them. */
  *entries(): IterableIterator<[string, string]> {
    yield* [...this.#map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** A plain object for `node:http`. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.#map);
  }
}

/** Where a {@link WireResponse}'s body comes from. */
type Source = IncomingMessage | NodeJS.ReadableStream | Uint8Array | null;

/** What a connection closed before the end of its body is, in the words and code undici uses. */
const socketClosed = () => Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });

/** One read of a {@link ChunkReader}, as a web stream's reader gives it. */
export type ChunkResult = { done: false; value: Uint8Array } | { done: true; value?: Uint8Array | undefined };

/** A body read chunk by chunk: what the SDK uses of a web stream's reader. */
export interface ChunkReader {
  read(): Promise<ChunkResult>;
  /** Stops reading and lets the connection go. */
  cancel(reason?: unknown): Promise<void>;
}

/** `chunks` end to end, in one array (the only chunk itself, when there is one). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The error a body read fails with, in the words `fetch` uses: a decoding failure, else "terminated". */
function bodyError(error: Error & { code?: unknown }): TypeError {
  // zlib's codes start with Z_: the bytes came, but not in the encoding the server named.
  const undecodable = typeof error.code === 'string' && error.code.startsWith('Z_');
  return new TypeError(undecodable ? 'the body could not be decoded as its Content-Encoding says' : 'terminated', { cause: error });
}

/** How many chunks a body reader holds before it pauses the socket. */
const HIGH_WATER = 16;

/**
 * A Node stream read as a web stream's reader reads it, without building a web stream (which
 * costs a module load on the first call and a few promises per chunk): the socket is paused while
 * the reader is behind, and a body cut off or undecodable fails the next read with a `TypeError`.
 */
class NodeChunks implements ChunkReader {
  private readonly queue: Uint8Array[] = [];
  private waiting: { resolve(result: ChunkResult): void; reject(error: unknown): void } | undefined;
  /** Whether the stream was let flow: resumed once and paused only when the queue is full. */
  private flowing = false;
  private ended = false;
  private failure: TypeError | undefined;

  constructor(private readonly stream: NodeJS.ReadableStream & { destroy(error?: Error): void }) {
    stream.pause();
    stream.on('data', (chunk: Uint8Array) => {
      if (this.ended) return;
      const waiting = this.waiting;
      if (waiting) {
        this.waiting = undefined;
        waiting.resolve({ done: false, value: chunk });
        return;
      }
      this.queue.push(chunk);
      if (this.queue.length >= HIGH_WATER) this.setFlowing(false);
    });
    stream.once('end', () => this.finish(undefined));
    stream.once('error', (error: Error) => this.finish(bodyError(error)));
    // A socket that closed before the end of the body: the body is cut off.
    stream.once('close', () => this.finish(new TypeError('terminated', { cause: socketClosed() })));
  }

  private setFlowing(flowing: boolean): void {
    if (this.flowing === flowing) return;
    this.flowing = flowing;
    if (flowing) this.stream.resume();
    else this.stream.pause();
  }

  private finish(failure: TypeError | undefined): void {
    if (this.ended) return;
    this.ended = true;
    if (failure) {
      this.failure = failure;
      this.queue.length = 0;
    }
    const waiting = this.waiting;
    this.waiting = undefined;
    if (!waiting) return;
    if (failure) waiting.reject(failure);
    else waiting.resolve({ done: true, value: undefined });
  }

  read(): Promise<ChunkResult> {
    const value = this.queue.shift();
    if (value) {
      // Let it flow again once the reader has taken half of what was held.
      if (!this.ended && this.queue.length <= HIGH_WATER / 2) this.setFlowing(true);
      return Promise.resolve({ done: false, value });
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    if (this.waiting) return Promise.reject(new TypeError('a read is already pending'));
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.setFlowing(true);
    });
  }

  cancel(): Promise<void> {
    if (!this.ended) {
      this.ended = true;
      this.queue.length = 0;
      this.waiting?.resolve({ done: true, value: undefined });
      this.waiting = undefined;
    }
    this.stream.destroy();
    return Promise.resolve();
  }
}

/**
 * A web stream over a Node stream, for code that asks for `body`: the same reads as
 * {@link NodeChunks}, pulled one at a time, so a slow reader holds the download back rather than
 * buffering it.
 */
function webStream(stream: NodeJS.ReadableStream & { destroy(error?: Error): void }): ReadableStream<Uint8Array> {
  const chunks = new NodeChunks(stream);
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: () => chunks.cancel(),
    },
    { highWaterMark: 0 },
  );
}

/**
 * The answer {@link nodeFetch} gives: what the SDK and its GraphQL client read of a `Response`
 * (status, headers, body stream, `text`, `json`, `arrayBuffer`, `bytes`), without loading undici.
 * Also used to hand a GraphQL body on once it has been read and checked.
 */
export class WireResponse {
  readonly type = 'basic' as const;
  readonly redirected = false;
  readonly status: number;
  readonly statusText: string;
  readonly headers: WireHeaders;
  readonly url: string;
  #source: Source;
  #body: ReadableStream<Uint8Array> | null | undefined;
  #used = false;

  constructor(source: Source, init: { status: number; statusText?: string; headers?: WireHeaders | Headers; url?: string }) {
    this.#source = source;
    this.status = init.status;
    this.statusText = init.statusText ?? '';
    this.headers = init.headers instanceof WireHeaders ? init.headers : new WireHeaders(init.headers);
    this.url = init.url ?? '';
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.#body !== undefined) return this.#body;
    const source = this.#source;
    this.#source = null;
    if (source === null) return (this.#body = null);
    if (source instanceof Uint8Array) {
      return (this.#body = new ReadableStream<Uint8Array>({
        start(controller) {
          if (source.byteLength) controller.enqueue(source);
          controller.close();
        },
      }));
    }
    return (this.#body = webStream(source as IncomingMessage));
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  /**
   * The body chunk by chunk, read straight off the socket (no web stream is built); null when
   * there is none. Like `body.getReader()`, it takes the body: `body` is null afterwards.
   */
  chunks(): ChunkReader | null {
    if (this.#body !== undefined || this.#source === null || this.#source instanceof Uint8Array) return this.body?.getReader() ?? null;
    const source = this.#source;
    this.#source = null;
    this.#body = null;
    return new NodeChunks(source as IncomingMessage);
  }

  async bytes(): Promise<Uint8Array> {
    if (this.#used) throw new TypeError('Body is unusable: it has already been read');
    this.#used = true;
    const source = this.#body === undefined ? this.#source : undefined;
    if (source instanceof Uint8Array) {
      this.#source = null;
      return source;
    }
    const reader = this.chunks();
    if (!reader) return new Uint8Array(0);
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
    return joinChunks(chunks);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.bytes();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async text(): Promise<string> {
    return new TextDecoder().decode(await this.bytes());
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  /** As a `Response`, for code typed against one (the SDK reads no more than this class has). */
  asResponse(): Response {
    return this as unknown as Response;
  }
}

function isBytes(body: unknown): body is ArrayBuffer | ArrayBufferView {
  return body instanceof ArrayBuffer || ArrayBuffer.isView(body);
}

/** What `fetch` would add to a request on its own, so the server sees the same request either way. */
function withDefaults(headers: WireHeaders, body: Uint8Array | undefined, text: boolean): WireHeaders {
  if (!headers.has('accept')) headers.set('accept', '*/*');
  if (!headers.has('accept-language')) headers.set('accept-language', '*');
  if (!headers.has('sec-fetch-mode')) headers.set('sec-fetch-mode', 'cors');
  if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate');
  if (!headers.has('user-agent')) headers.set('user-agent', 'node');
  if (text && !headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
  if (body !== undefined) headers.set('content-length', String(body.byteLength));
  return headers;
}

/** The decoder for a `Content-Encoding` the request asked for, or none (the bytes pass as they are). */
async function decoded(message: IncomingMessage, method: string): Promise<Source> {
  if (method === 'HEAD' || message.statusCode === 204 || message.statusCode === 304) {
    message.resume();
    return null;
  }
  const coding = (message.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!['gzip', 'x-gzip', 'deflate', 'br'].includes(coding) || message.headers['content-length'] === '0') return message;
  const zlib = await import('node:zlib');
  // Unzip takes gzip and zlib-wrapped deflate alike, flushing what it has as fetch does.
  const decoder = coding === 'br' ? zlib.createBrotliDecompress() : zlib.createUnzip({ flush: zlib.constants.Z_SYNC_FLUSH });
  message.on('error', (error) => decoder.destroy(error));
  message.on('close', () => {
    if (!message.complete) decoder.destroy(socketClosed());
  });
  return message.pipe(decoder);
}

/**
 * A `fetch` over `node:http`/`node:https` for what the SDK sends (see the file's comment), handing
 * everything else to `fallback`.
 */
export function nodeFetch(fallback: typeof fetch): typeof fetch {
  const send = async (input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> => {
    const given = init.body ?? undefined;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
    const target = url === undefined ? undefined : new URL(url);
    if (
      !target ||
      (target.protocol !== 'http:' && target.protocol !== 'https:') ||
      init.redirect !== 'manual' ||
      (given !== undefined && typeof given !== 'string' && !isBytes(given))
    ) {
      return fallback(input, init);
    }
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    const method = (init.method ?? 'GET').toUpperCase();
    const body =
      given === undefined
        ? undefined
        : typeof given === 'string'
          ? new TextEncoder().encode(given)
          : given instanceof ArrayBuffer
            ? new Uint8Array(given)
            : new Uint8Array(given.buffer, given.byteOffset, given.byteLength);
    const headers = withDefaults(new WireHeaders(init.headers), body, typeof given === 'string');
    const request = await requestFor(target.protocol);
    if (signal?.aborted) throw signal.reason;
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      let message: IncomingMessage | undefined;
      let outgoing: import('node:http').ClientRequest;
      try {
        outgoing = request(target, { method, headers: headers.toObject() });
      } catch (error) {
        throw new TypeError('fetch failed', { cause: error });
      }
      const stopWatching = onAbort(signal, () => {
        const reason = (signal as AbortSignal).reason as Error;
        outgoing.destroy(reason);
        message?.destroy(reason);
        if (!settled) {
          settled = true;
          reject(reason);
        }
      });
      outgoing.once('error', (error) => {
        stopWatching();
        if (settled) return;
        settled = true;
        reject(new TypeError('fetch failed', { cause: error }));
      });
      outgoing.once('response', (incoming) => {
        message = incoming;
        incoming.once('close', stopWatching);
        void decoded(incoming, method).then(
          (source) => {
            if (settled) return void incoming.destroy();
            settled = true;
            const answer = new WireHeaders();
            for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
              try {
                answer.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
              } catch {
                // A header `Headers` would refuse is left out, as fetch leaves it.
              }
            }
            resolve(
              new WireResponse(source, {
                status: incoming.statusCode ?? 0,
                statusText: incoming.statusMessage ?? '',
                headers: answer,
                url: target.href,
              }).asResponse(),
            );
          },
          (error: unknown) => {
            settled = true;
            incoming.destroy();
            reject(new TypeError('fetch failed', { cause: error }));
          },
        );
      });
      outgoing.end(body);
    });
  };
  return Object.assign(send as typeof fetch, { [NODE_FETCH]: true });
}

/** Whether `fn` is a {@link nodeFetch}. */
export function isNodeFetch(fn: unknown): boolean {
  return typeof fn === 'function' && (fn as unknown as Record<symbol, unknown>)[NODE_FETCH] === true;
}

const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'all_proxy', 'NODE_USE_ENV_PROXY'];

/** Whether undici's global dispatcher is absent or the one Node makes by itself (no options set). */
function defaultDispatcher(): boolean {
  const dispatcher = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')];
  if (dispatcher === undefined) return true;
  if (typeof dispatcher !== 'object' || dispatcher === null || dispatcher.constructor?.name !== 'Agent') return false;
  const optionsKey = Object.getOwnPropertySymbols(dispatcher).find((s) => s.description === 'options');
  const options = optionsKey && (dispatcher as Record<symbol, unknown>)[optionsKey];
  // Node's own has no option set (its keys, if any, hold undefined); one of the user's has some.
  return typeof options === 'object' && options !== null && Object.values(options).every((value) => value === undefined);
}

/**
 * The `fetch` the SDK uses when none is given: {@link nodeFetch} on Node when `fetch` is Node's
 * own and unconfigured, else the global `fetch`. Undefined when there is no `fetch` at all.
 */
export function defaultFetch(): typeof fetch | undefined {
  const global = globalThis as { fetch?: typeof fetch; process?: NodeJS.Process; Deno?: unknown; Bun?: unknown };
  if (typeof global.fetch !== 'function') return undefined;
  const fetchOfGlobal = global.fetch.bind(globalThis);
  const proc = global.process;
  const nodeOwn =
    proc?.release?.name === 'node' &&
    proc.versions?.bun === undefined &&
    global.Deno === undefined &&
    global.Bun === undefined &&
    Function.prototype.toString.call(global.fetch).includes('internal/deps/undici') &&
    defaultDispatcher() &&
    PROXY_VARIABLES.every((name) => !proc.env?.[name]);
  return nodeOwn ? nodeFetch(fetchOfGlobal) : fetchOfGlobal;
}

/** A reader of `response`'s body: straight off the socket for an answer of {@link nodeFetch}; undefined when there is no body. */
export function readerOf(response: Response): ChunkReader | undefined {
  if ((response as unknown) instanceof WireResponse) return (response as unknown as WireResponse).chunks() ?? undefined;
  return response.body?.getReader();
}

/** Lets go of an answer's body that no one will read (one already taken is its taker's to let go). */
export function discardBody(response: Response, reason?: unknown): void {
  try {
    void readerOf(response)
      ?.cancel(reason)
      .catch(() => undefined);
  } catch {
    // The body was already taken.
  }
}
