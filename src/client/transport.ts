import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, createRequest, fetchExchange, type AnyVariables, type CombinedError, type OperationResult } from '@urql/core';
import { pipe, subscribe, take } from 'wonka';
import {
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
    message: error.message,
    ...(error.path ? { path: [...error.path] } : {}),
    ...(error.extensions && Object.keys(error.extensions).length ? { extensions: { ...error.extensions } } : {}),
  };
}

/** Picks the error class callers branch on from W&B's GraphQL error messages and codes. */
export function errorForGraphQL(errors: readonly GraphQLErrorInfo[], operation: string, data: unknown, scrub: (s: string) => string): WandbError {
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

/**
 * Runs GraphQL documents against W&B: one urql client (POST, no cache) over the SDK's
 * {@link HttpClient}, with per-call deadlines and cancellation, and typed errors.
 */
export class Transport {
  readonly http: HttpClient;
  private readonly client: Client;

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
   * Runs one GraphQL operation and returns its typed `data`.
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
    if (options.signal?.aborted) throw abortErrorFrom(options.signal, name);
    const call: CallInfo = { operation: name, idempotent: kind === 'query', deadline: Date.now() + timeout, graphql: true };
    const context = { fetchOptions: { wandb: call } as WandbRequestInit };
    const source = kind === 'mutation' ? this.client.mutation(query, variables, context) : this.client.query(query, variables, context);

    const result = await new Promise<OperationResult<Data, Variables>>((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => stop(new TimeoutError(`${name} did not finish within ${timeout} ms`, { operation: name })), timerDelay(timeout));
      const finish = () => {
        done = true;
        clearTimeout(timer);
        stopWatching();
      };
      const stop = (error: WandbError) => {
        if (done) return;
        finish();
        subscription.unsubscribe();
        reject(error);
      };
      const stopWatching = onAbort(options.signal, () => stop(abortErrorFrom(options.signal as AbortSignal, name)));
      const subscription = pipe(
        source,
        take(1),
        subscribe((r: OperationResult<Data, Variables>) => {
          if (done) return;
          finish();
          resolve(r);
        }),
      );
    });

    if (result.error) throw this.http.redact(this.mapError(result.error, name, result.data));
    if (result.data === undefined || result.data === null) {
      throw new ServerError(`${name}: the server's answer had no data`, { operation: name });
    }
    return result.data;
  }

  /**
   * Sends a plain HTTP request (downloads, uploads) through the same auth, retry and error
   * pipeline. Resolves with a 2xx response only.
   */
  request(url: string, init: RequestInit & CallOptions = {}, operation?: string): Promise<Response> {
    const { timeout: perCall, ...rest } = checkCallOptions(init);
    const method = (rest.method ?? 'GET').toUpperCase();
    const call: CallInfo = {
      operation: operation ?? `${method} ${new URL(url).pathname}`,
      idempotent: method === 'GET' || method === 'HEAD' || method === 'PUT',
      deadline: Date.now() + (perCall ?? this.settings.timeout),
    };
    return this.http.request(url, { ...rest, wandb: call });
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
