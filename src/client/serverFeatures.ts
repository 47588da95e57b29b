import { ServerFeaturesDocument } from '../../generated/graphql';
import type { CallOptions, Transport } from './transport';

const cache = new WeakMap<Transport, Promise<ReadonlySet<string>>>();

/**
 * The features the server reports as enabled, asked once per `Api` (as the Python client asks
 * once per process). A failed probe is not remembered.
 */
export function serverFeatures(transport: Transport, options: CallOptions = {}): Promise<ReadonlySet<string>> {
  let pending = cache.get(transport);
  if (!pending) {
    pending = transport
      .execute(ServerFeaturesDocument, {}, options)
      .then((data) => new Set((data.serverInfo?.features ?? []).flatMap((f) => (f && f.isEnabled ? [f.name] : []))));
    cache.set(transport, pending);
    const current = pending;
    current.catch(() => {
      if (cache.get(transport) === current) cache.delete(transport);
    });
  }
  return pending;
}

/** Whether the server has a feature (`ARTIFACT_REGISTRY_SEARCH`, ...). */
export async function serverSupports(transport: Transport, feature: string, options: CallOptions = {}): Promise<boolean> {
  return (await serverFeatures(transport, options)).has(feature);
}
