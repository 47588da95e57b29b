/**
 * One error base class and the few subclasses callers branch on. Every failure the SDK reports
 * is a {@link WandbError}; third-party errors appear only as `cause`.
 */

/** One entry of a GraphQL `errors` array, as W&B returned it. */
export interface GraphQLErrorInfo {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** Options shared by every {@link WandbError} constructor. */
export interface WandbErrorOptions {
  /** The underlying error, if any. Never contains the API key. */
  cause?: unknown;
  /** HTTP status of the answer that caused the error, when there was one. */
  status?: number;
  /** Name of the GraphQL operation, or `METHOD url-path` for plain HTTP requests. */
  operation?: string;
  /** The GraphQL errors the server returned, when any. */
  graphQLErrors?: readonly GraphQLErrorInfo[];
}

/**
 * Base class of every error the SDK throws.
 *
 * @example
 * ```ts
 * try { await api.run('team/project/abc123'); }
 * catch (e) { if (e instanceof NotFoundError) console.log('no such run'); else throw e; }
 * ```
 */
export class WandbError extends Error {
  override name = 'WandbError';
  /** HTTP status of the answer that caused the error, when there was one. */
  readonly status: number | undefined;
  /** GraphQL operation name (or `METHOD path` for downloads) of the failed call, when known. */
  readonly operation: string | undefined;
  /** The GraphQL errors the server returned; empty when the failure was not a GraphQL error. */
  readonly graphQLErrors: readonly GraphQLErrorInfo[];

  constructor(message: string, options: WandbErrorOptions = {}) {
    // `null` means no options, as everywhere in the SDK; an error's constructor never throws.
    const { cause, status, operation, graphQLErrors } = options ?? {};
    super(message, cause === undefined ? undefined : { cause });
    this.status = status;
    this.operation = operation;
    this.graphQLErrors = graphQLErrors ?? [];
  }
}

/** The API key is missing, malformed or refused by the server (HTTP 401). */
export class AuthenticationError extends WandbError {
  override name = 'AuthenticationError';
}

/** The key is valid but may not do this (HTTP 403, or a GraphQL "permission denied"). */
export class PermissionError extends WandbError {
  override name = 'PermissionError';
}

/** The thing asked for does not exist (HTTP 404, or the server answered `null` for it). */
export class NotFoundError extends WandbError {
  override name = 'NotFoundError';
}

/** Options of {@link RateLimitError}. */
export interface RateLimitErrorOptions extends WandbErrorOptions {
  /** Seconds the server asked to wait (`Retry-After` or `RateLimit-Reset`), when it said. */
  retryAfter?: number;
}

/** The server kept answering 429 Too Many Requests after every retry the deadline allowed. */
export class RateLimitError extends WandbError {
  override name = 'RateLimitError';
  /** Seconds the server asked to wait before the next request, when it said. */
  readonly retryAfter: number | undefined;

  constructor(message: string, options: RateLimitErrorOptions = {}) {
    super(message, options);
    this.retryAfter = options?.retryAfter;
  }
}

/** The server failed (5xx after retries) or answered with something that is not a W&B answer. */
export class ServerError extends WandbError {
  override name = 'ServerError';
}

/** Options of {@link ResponseTooLargeError}. */
export interface ResponseTooLargeErrorOptions extends WandbErrorOptions {
  /** The limit the answer passed, in bytes. */
  limit?: number;
}

/**
 * An answer was larger than the SDK is set to read (`maxResponseBytes` for GraphQL answers).
 * Reading stopped at the limit; nothing of the answer was kept, and it was not asked for again.
 */
export class ResponseTooLargeError extends ServerError {
  override name = 'ResponseTooLargeError';
  /** The limit the answer passed, in bytes. */
  readonly limit: number | undefined;

  constructor(message: string, options: ResponseTooLargeErrorOptions = {}) {
    super(message, options);
    this.limit = options?.limit;
  }
}

/** An HTTP status the SDK has no better class for (400, 405, 409, 413, ...). */
export class HttpError extends WandbError {
  override name = 'HttpError';
}

/** No answer arrived: connection refused or reset, DNS failure, TLS failure. */
export class NetworkError extends WandbError {
  override name = 'NetworkError';
}

/** The call did not finish within its timeout (retries included). */
export class TimeoutError extends WandbError {
  override name = 'TimeoutError';
}

/** The caller's `AbortSignal` fired. `cause` is the signal's reason. */
export class AbortError extends WandbError {
  override name = 'AbortError';
}

/** The server answered with GraphQL errors that are not about permissions or missing things. */
export class GraphQLResponseError extends WandbError {
  override name = 'GraphQLResponseError';
  /** The `data` that came with the errors, when the server sent partial data. */
  readonly data: unknown;

  constructor(message: string, options: WandbErrorOptions & { data?: unknown } = {}) {
    super(message, options);
    this.data = options?.data;
  }
}

/** A value passed to the SDK is not valid; nothing was sent. */
export class InvalidArgumentError extends WandbError {
  override name = 'InvalidArgumentError';
  /** Name of the offending argument or option. */
  readonly argument: string;

  constructor(argument: string, message: string, options: WandbErrorOptions = {}) {
    super(message, options);
    this.argument = argument;
  }
}

/** Downloaded bytes do not match their checksum or size; nothing was kept. */
export class IntegrityError extends WandbError {
  override name = 'IntegrityError';
}

/**
 * A downloaded file could not be written on this machine after its folder was made: the disk
 * or a quota is full, a file size limit was reached, the process has too many files open, the
 * file system is read-only or failed.
 * Nothing half-written is left, and the download is not tried again (another attempt would
 * fetch the same bytes to fail the same way).
 */
export class FileWriteError extends WandbError {
  override name = 'FileWriteError';
  /** The destination of the file that could not be written. */
  readonly path: string;
  /** The system's error code (`ENOSPC`, `EDQUOT`, `EFBIG`, `EMFILE`, `EROFS`, `EIO`, ...), when there was one. */
  readonly code: string | undefined;

  constructor(path: string, code: string | undefined, message: string, options: WandbErrorOptions = {}) {
    super(message, options);
    this.path = path;
    this.code = code;
  }
}

/** The server does not offer this feature (an older server, or a feature flag that is off). */
export class NotSupportedError extends WandbError {
  override name = 'NotSupportedError';
}

export { describeValue } from './describeValue';

/**
 * A field of an object was read that the request which made the object did not fetch, such as
 * `run.config` of a run from `api.runs(path, { select: { summary: true } })`. The message says
 * how to fetch it.
 */
export class NotSelectedError extends WandbError {
  override name = 'NotSelectedError';
  /** The field that was read (`config`, `summary`, `systemMetrics`). */
  readonly field: string;

  constructor(field: string, message: string, options: WandbErrorOptions = {}) {
    super(message, options);
    this.field = field;
  }
}
