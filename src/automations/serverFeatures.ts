import { ServerFeaturesDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
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
