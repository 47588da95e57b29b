import { ServerFeaturesDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { NotSupportedError, WandbError } from '../client/errors';
import type { CallOptions, Transport } from '../client/transport';

// One answer per transport (that is, per Api), as the Python client caches it per process.
const cache = new WeakMap<Transport, Promise<ReadonlySet<string>>>();

/** The names of the features the server reports as enabled (asked once per `Api`). */
export function serverFeatures(ctx: SdkContext, options: CallOptions = {}): Promise<ReadonlySet<string>> {
  let pending = cache.get(ctx.transport);
  if (!pending) {
    const asked = ctx.transport
      .execute(ServerFeaturesDocument, {}, options)
      .then((data) => new Set((data.serverInfo?.features ?? []).flatMap((f) => (f && f.isEnabled ? [f.name] : []))) as ReadonlySet<string>);
    pending = asked;
    cache.set(ctx.transport, asked);
    // A failed probe is not remembered: the next call asks again.
    asked.catch(() => {
      if (cache.get(ctx.transport) === asked) cache.delete(ctx.transport);
    });
  }
  return pending;
}

/** The GraphQL validation messages of a server whose schema lacks what was asked for. */
const MISSING_FROM_SCHEMA = /Cannot query field "|Unknown type "|Unknown argument "|does not exist in "\w+" enum/;

/**
 * Runs a call that needs a feature some servers lack; when the server's schema turns out not to
 * have it, the failure becomes a {@link NotSupportedError} (the original error is its `cause`).
 */
export async function needingFeature<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WandbError && error.graphQLErrors.length > 0 && error.graphQLErrors.every((e) => MISSING_FROM_SCHEMA.test(e.message))) {
      throw new NotSupportedError(`This W&B server does not support ${what}: ${error.graphQLErrors.map((e) => e.message).join('; ')}`, {
        cause: error,
        ...(error.operation ? { operation: error.operation } : {}),
        ...(error.status !== undefined ? { status: error.status } : {}),
        graphQLErrors: error.graphQLErrors,
      });
    }
    throw error;
  }
}
