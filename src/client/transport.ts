import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  Client,
  createRequest,
  fetchExchange,
  stringifyVariables,
  type AnyVariables,
  type CombinedError,
  type GraphQLRequest,
  type OperationResult,
} from '@urql/core';
import { pipe, subscribe, take } from 'wonka';
import {
  AbortError,
  AuthenticationError,
  describeValue,
  GraphQLResponseError,
  InvalidArgumentError,
  NotFoundError,
  PermissionError,
  ServerError,
  TimeoutError,
  WandbError,
  type GraphQLErrorInfo,
} from './errors';
import { HttpClient, type CallInfo, type WandbRequestInit } from './http';
import { optionsOf } from './options';
import { abortErrorFrom, timerDelay } from './retry';
import type { ResolvedSettings } from './settings';
import { onAbort } from './abort';
import { readBytes } from './body';
import { checkAnswerShape } from './shape';

/**
 * Per-call options every network method of the SDK accepts. Like every options object of the
 * SDK, it may be left out or given as `null` (no options); anything else that is not an object
 * is refused with an {@link InvalidArgumentError} naming the parameter.
 */
export interface CallOptions {
  /** Cancels the call; it then rejects with an {@link AbortError}. */
  signal?: AbortSignal;
  /** Time limit in milliseconds for this call, retries included. @defaultValue the `Api`'s `timeout` */
  timeout?: number;
}

/**
 * Checks per-call options before anything is sent: an options object (or nothing, `undefined` or
 * `null`), a `signal` that is an `AbortSignal`, a `timeout` that is a number of milliseconds > 0.
 * @returns the options, `{}` for `undefined` or `null`
 */
export function checkCallOptions<T extends CallOptions>(options: T | null | undefined): T {
  const checked = optionsOf(options);
  const { signal, timeout } = checked;
  if (signal !== undefined && !isAbortSignal(signal))
    throw new InvalidArgumentError('signal', `signal must be an AbortSignal, got ${describeValue(signal)}`);
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0)) {
    throw new InvalidArgumentError('timeout', `timeout must be a number of milliseconds > 0, got ${describeValue(timeout)}`);
  }
  return checked;
}

/** Whether a value is an AbortSignal (of this realm or another: checked by shape). */
export function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    value instanceof AbortSignal ||
    (value !== null &&
      typeof value === 'object' &&
      typeof (value as AbortSignal).aborted === 'boolean' &&
      typeof (value as AbortSignal).addEventListener === 'function')
  );
}

/**
 * A GraphQL document the SDK can send, typed with its result and variables: a syntax tree
 * (`TypedDocumentNode`, what most codegen setups emit) or the query text (the SDK's own
 * documents in `generated/`, parsed the first time they are sent).
 */
export type GraphQLDocument<Data = unknown, Variables = Record<string, unknown>> =
  TypedDocumentNode<Data, Variables> | (DocumentTypeDecoration<Data, Variables> & { toString(): string });

interface OperationInfo {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  /** The document as a syntax tree, parsed once per document. */
  node: TypedDocumentNode<unknown, AnyVariables>;
}

const operationInfos = new WeakMap<object, OperationInfo>();
const textInfos = new Map<string, OperationInfo>();

function infoOf(node: TypedDocumentNode<unknown, AnyVariables>): OperationInfo {
  const definition = node.definitions?.find((d) => d.kind === 'OperationDefinition');
  if (!definition || definition.kind !== 'OperationDefinition') {
    throw new InvalidArgumentError('document', 'The document has no GraphQL operation');
  }
  return { name: definition.name?.value ?? 'anonymous', kind: definition.operation, node };
}

/** Name, kind and syntax tree of the (single) operation in a document. */
export function operationInfo(document: GraphQLDocument<unknown, never>): OperationInfo {
  const isText = typeof document === 'string' || document instanceof String;
  if (!isText) {
    if (document === null || typeof document !== 'object' || !Array.isArray((document as TypedDocumentNode).definitions)) {
      throw new InvalidArgumentError('document', `document must be a GraphQL document or query text, got ${describeValue(document)}`);
    }
    let info = operationInfos.get(document);
    if (!info) operationInfos.set(document, (info = infoOf(document as TypedDocumentNode<unknown, AnyVariables>)));
    return info;
  }
  const text = String(document);
  let info = textInfos.get(text);
  if (!info) {
    let node: TypedDocumentNode<unknown, AnyVariables>;
    try {
      // urql's own parser, which also keys the document for the request it sends.
      node = createRequest(text, undefined).query as TypedDocumentNode<unknown, AnyVariables>;
    } catch (error) {
      throw new InvalidArgumentError('document', `the query text is not valid GraphQL: ${(error as Error).message}`);
    }
    info = infoOf(node);
    textInfos.set(text, info);
  }
  return info;
}

const AUTH = /\b(not logged in|unauthori[sz]ed|unauthenticated|invalid api key)\b/i;
const PERMISSION = /\b(permission denied|not permitted|forbidden|access denied|not authorized to|must be an? (admin|owner))\b/i;
const NOT_FOUND = /\b(not found|does not exist|could not find|no such)\b/i;
// GraphQL's own validation messages ("Value "X" does not exist in "Y" enum", unknown fields or
// arguments, bad variables) are about the request, never about missing W&B objects.
const VALIDATION =
  /^(Syntax Error|Cannot query field|Unknown (argument|type|fragment|directive)|Variable "|Field "[^"]*" argument|Expected (type|value)|Value "[^"]*" does not exist in "[^"]*" enum|Enum "[^"]*" cannot represent)/;

function toInfo(error: CombinedError['graphQLErrors'][number]): GraphQLErrorInfo {
  return {
    // A server may send an error without a message (`{}`): it is still an error, named as such.
    message: typeof error.message === 'string' && error.message !== '' ? error.message : '(an error without a message)',
    ...(error.path ? { path: [...error.path] } : {}),
    ...(error.extensions && Object.keys(error.extensions).length ? { extensions: { ...error.extensions } } : {}),
  };
}

/** Picks the error class callers branch on from W&B's GraphQL error messages and codes. */
export function errorForGraphQL(errors: readonly GraphQLErrorInfo[], operation: string, data: unknown, scrub: (s: string) => string): WandbError {
  // GraphQL's errors list, when present, is never empty: an empty one says nothing of what failed.
  if (errors.length === 0) return new ServerError(`${operation}: the server answered with an empty list of errors`, { operation });
  const messages = errors.map((e) => scrub(e.message));
  const message = `${operation} failed: ${messages.join('; ')}`;
  const graphQLErrors = errors.map((e) => ({ ...e, message: scrub(e.message) }));
  const options = { operation, graphQLErrors };
  const codes = errors.map((e) => String(e.extensions?.code ?? '').toUpperCase());
  const all = (test: (m: string, code: string) => boolean) => messages.every((m, i) => test(m, codes[i] ?? ''));
  if (messages.some((m) => VALIDATION.test(m))) return new GraphQLResponseError(message, { ...options, data });
  if (all((m, c) => c === 'UNAUTHENTICATED' || AUTH.test(m))) return new AuthenticationError(message, options);
  if (all((m, c) => c === 'FORBIDDEN' || c === 'PERMISSION_DENIED' || PERMISSION.test(m))) return new PermissionError(message, options);
  if (all((m, c) => c === 'NOT_FOUND' || NOT_FOUND.test(m))) return new NotFoundError(message, options);
  return new GraphQLResponseError(message, { ...options, data });
}

/** One GraphQL request in flight, shared by every caller asking the very same query meanwhile. */
interface SharedQuery<Data> {
  /** Callers still waiting for it. */
  waiting: number;
  /** The latest deadline among the callers that joined: the request runs until then. */
  deadline: number;
  /** Settles with the answer, or the error, every caller gets. */
  readonly outcome: Promise<{ data: Data } | { error: WandbError }>;
  /** Stops the request (when the last caller gave up on it). */
  readonly stop: () => void;
}

const documentIds = new WeakMap<object, number>();
let nextDocumentId = 0;
/** urql keys its operations by a hash it dedupes on; ours are unique, as each call deals with its own deadline. */
let nextOperationKey = 0;

/**
 * Runs GraphQL documents against W&B: one urql client (POST, no cache) over the SDK's
 * {@link HttpClient}, with per-call deadlines and cancellation, and typed errors.
 *
 * Identical queries in flight at once share one request, as urql would share them, but here each
 * caller keeps its own deadline and signal: the shared request runs until the last caller's
 * deadline, and stops only once every caller has given up on it.
 */
export class Transport {
  readonly http: HttpClient;
  private readonly client: Client;
  private readonly inFlight = new Map<string, SharedQuery<unknown>>();

  constructor(readonly settings: ResolvedSettings) {
    this.http = new HttpClient(settings);
    this.client = new Client({
      url: `${settings.baseUrl}/graphql`,
      exchanges: [fetchExchange],
      requestPolicy: 'network-only',
      preferGetMethod: false,
      fetch: this.http.fetch,
    });
  }

  /**
   * Runs one GraphQL operation and returns its typed `data`, checked against the shape the schema
   * gives it.
   * @throws {@link WandbError} subclasses; never urql's errors (those are only a `cause`).
   */
  async execute<Data, Variables extends AnyVariables>(
    document: GraphQLDocument<Data, Variables>,
    variables: Variables,
    options: CallOptions = {},
  ): Promise<Data> {
    const { name, kind, node } = operationInfo(document as GraphQLDocument<unknown, never>);
    const query = node as TypedDocumentNode<Data, Variables>;
    options = checkCallOptions(options);
    const timeout = options.timeout ?? this.settings.timeout;
    const { signal } = options;
    if (signal?.aborted) throw abortErrorFrom(signal, name);
    const deadline = Date.now() + timeout;
    const request = createRequest(query, variables);
    let shared: SharedQuery<Data>;
    let key: string | undefined;
    if (kind === 'query') {
      let id = documentIds.get(request.query);
      if (id === undefined) documentIds.set(request.query, (id = ++nextDocumentId));
      key = `${id}:${stringifyVariables(request.variables)}`;
      const existing = this.inFlight.get(key) as SharedQuery<Data> | undefined;
      shared = existing ?? this.start(request, kind, name, deadline, key);
      shared.deadline = Math.max(shared.deadline, deadline);
    } else shared = this.start(request, kind, name, deadline, undefined);

    shared.waiting++;
    let settled = false;
    try {
      const outcome = await new Promise<{ data: Data } | { error: WandbError }>((resolve, reject) => {
        const finish = () => {
          clearTimeout(timer);
          stopWatching();
        };
        const timer = setTimeout(() => {
          finish();
          reject(new TimeoutError(`${name} did not finish within ${timeout} ms`, { operation: name }));
        }, timerDelay(timeout));
        const stopWatching = onAbort(signal, () => {
          finish();
          reject(abortErrorFrom(signal as AbortSignal, name));
        });
        void shared.outcome.then((value) => {
          finish();
          settled = true;
          resolve(value);
        });
      });
      if ('error' in outcome) throw outcome.error;
      return outcome.data;
    } finally {
      shared.waiting--;
      if (!settled && shared.waiting === 0) {
        shared.stop();
        if (key !== undefined && this.inFlight.get(key) === shared) this.inFlight.delete(key);
      }
    }
  }

  /** Sends one operation through urql, for every caller that joins it. */
  private start<Data, Variables extends AnyVariables>(
    request: GraphQLRequest<Data, Variables>,
    kind: 'query' | 'mutation' | 'subscription',
    name: string,
    deadline: number,
    key: string | undefined,
  ): SharedQuery<Data> {
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    const shared: SharedQuery<Data> = {
      waiting: 0,
      deadline,
      stop: () => {
        stopped = true;
        subscription?.unsubscribe();
      },
      outcome: undefined as unknown as SharedQuery<Data>['outcome'],
    };
    const call: CallInfo = {
      operation: name,
      idempotent: kind === 'query',
      get deadline() {
        return shared.deadline;
      },
      graphql: true,
    };
    const context = { fetchOptions: { wandb: call } as WandbRequestInit };
    const operation = this.client.createRequestOperation(kind, { ...request, key: -++nextOperationKey }, context);
    (shared as { outcome: SharedQuery<Data>['outcome'] }).outcome = new Promise<OperationResult<Data, Variables>>((resolve) => {
      subscription = pipe(this.client.executeRequestOperation(operation), take(1), subscribe(resolve));
      if (stopped) subscription.unsubscribe();
    }).then((result) => {
      if (key !== undefined && this.inFlight.get(key) === shared) this.inFlight.delete(key);
      try {
        if (result.error) return { error: this.http.redact(this.mapError(result.error, name, result.data)) };
        if (result.data === undefined || result.data === null) {
          return { error: new ServerError(`${name}: the server's answer had no data`, { operation: name }) };
        }
        checkAnswerShape(request.query, result.data, name, (t) => this.http.scrub(t));
        return { data: result.data };
      } catch (error) {
        return { error: this.http.redact(error instanceof WandbError ? error : new ServerError(`${name}: ${String(error)}`, { operation: name })) };
      }
    });
    if (key !== undefined) this.inFlight.set(key, shared as SharedQuery<unknown>);
    return shared;
  }

  /** The call info of a plain HTTP request: its name, whether it may be repeated, and its deadline. */
  private plainCall(url: string, init: RequestInit & CallOptions, operation: string | undefined): { call: CallInfo; rest: RequestInit } {
    const { timeout: perCall, ...rest } = checkCallOptions(init);
    const method = (rest.method ?? 'GET').toUpperCase();
    const call: CallInfo = {
      operation: operation ?? `${method} ${new URL(url).pathname}`,
      idempotent: method === 'GET' || method === 'HEAD' || method === 'PUT',
      deadline: Date.now() + (perCall ?? this.settings.timeout),
    };
    return { call, rest };
  }

  /**
   * Sends a plain HTTP request (downloads, uploads) through the same auth, retry and error
   * pipeline. Resolves with a 2xx response only; its body is the caller's to read, with
   * {@link bodyReader} or {@link Transport.text} bounds.
   */
  request(url: string, init: RequestInit & CallOptions = {}, operation?: string): Promise<Response> {
    const { call, rest } = this.plainCall(url, init, operation);
    return this.http.request(url, { ...rest, wandb: call });
  }

  /**
   * GETs a small document (a run file, a manifest, a job file) and reads it whole as text, the
   * body included in the call's deadline and signal, and in `maxResponseBytes`.
   * @throws {@link TimeoutError} when the body stalls past the deadline; {@link NetworkError} when it is cut off;
   *   {@link ResponseTooLargeError} when it passes `maxResponseBytes`
   */
  async text(url: string, init: RequestInit & CallOptions = {}, operation?: string): Promise<string> {
    return new TextDecoder().decode(await this.bytes(url, init, operation));
  }

  /** As {@link Transport.text}, as bytes. */
  async bytes(url: string, init: RequestInit & CallOptions = {}, operation?: string): Promise<Uint8Array> {
    const { call, rest } = this.plainCall(url, init, operation);
    const response = await this.http.request(url, { ...rest, wandb: call });
    return this.readWithin(response, call.operation, call.deadline, rest.signal);
  }

  /**
   * The whole body of `response` by `deadline`, on `signal`, up to `maxResponseBytes` (a body
   * held in memory is bounded as GraphQL answers are), the key kept out of any error.
   */
  private async readWithin(response: Response, operation: string, deadline: number, signal: AbortSignal | null | undefined): Promise<Uint8Array> {
    try {
      return await readBytes(response, {
        operation,
        deadline,
        signal: signal ?? undefined,
        maxBytes: this.settings.maxResponseBytes,
        scrub: (t) => this.http.scrub(t),
      });
    } catch (error) {
      throw this.http.redact(error as Error);
    }
  }

  /**
   * Reads and drops what is left of the body of an answer to {@link Transport.request}, within
   * the call's deadline and signal. A body that stalls or breaks off is let go: the status already
   * said how the request went.
   * @throws {@link AbortError} when the call's signal fires
   */
  async finish(response: Response, init: CallOptions = {}, operation = 'the answer'): Promise<void> {
    const { signal, timeout } = checkCallOptions(init);
    try {
      await this.readWithin(response, operation, Date.now() + (timeout ?? this.settings.timeout), signal);
    } catch (error) {
      if (error instanceof AbortError) throw error;
    }
  }

  private mapError(error: CombinedError, operation: string, data: unknown): WandbError {
    const network = error.networkError;
    if (network instanceof WandbError) return network;
    if (network) {
      return new ServerError(`${operation}: the server's answer is not valid GraphQL JSON: ${this.http.scrub(network.message)}`, {
        cause: network,
        operation,
        ...(error.response && typeof error.response.status === 'number' ? { status: error.response.status } : {}),
      });
    }
    return errorForGraphQL(error.graphQLErrors.map(toInfo), operation, data ?? undefined, (s) => this.http.scrub(s));
  }
}
