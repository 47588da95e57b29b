/** Small HTTP helpers of the fake's request path. */
import { GraphQLError } from 'graphql';

/**
 * A resolver's refusal that W&B answers with an HTTP status besides the GraphQL error: 409 for
 * a name in use, 404 for a record that is not there, where clients branch on the status (the
 * Python client fetches the existing automation on 409, and creates a missing one on 404).
 */
export class HttpStatusError extends GraphQLError {
  constructor(
    message: string,
    /** The HTTP status of the answer. */
    readonly status: 404 | 409,
  ) {
    super(message);
  }
}

/**
 * The HTTP status of an answer whose errors all carry the same {@link HttpStatusError} status;
 * 200 for any other answer (GraphQL reports other errors in the body).
 */
export function statusOfErrors(errors: readonly GraphQLError[] | undefined): number {
  const statuses = new Set((errors ?? []).map((e) => (e.originalError instanceof HttpStatusError ? e.originalError.status : 200)));
  const [only] = statuses;
  return statuses.size === 1 && only !== undefined ? only : 200;
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The API key in a Basic `api:<key>` authorization header. */
export function keyFromHeader(header: string | null): string | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match) return undefined;
  try {
    const decoded = atob(match[1] as string);
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  } catch {
    return undefined;
  }
}

/** Waits `ms` (forever when undefined), or less when `signal` fires; never keeps the process alive. */
export function sleep(ms: number | undefined, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    (timer as { unref?: () => void } | undefined)?.unref?.();
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
