import { ServerFeaturesDocument } from '../../generated/graphql';
import type { SdkContext } from './context';
import { abortErrorFrom } from './retry';
import type { CallOptions, Transport } from './transport';
import { onAbort } from './abort';

/** Features some W&B servers lack; each area checks the ones it needs before it relies on them. */
export const ServerFeature = {
  /** `api.registries()`, `api.registry()`, `api.createRegistry()`. */
  ARTIFACT_REGISTRY_SEARCH: 'ARTIFACT_REGISTRY_SEARCH',
  /** Listing an entity's automations directly, rather than project by project. */
  QUERY_AUTOMATIONS_ON_ENTITY: 'QUERY_AUTOMATIONS_ON_ENTITY',
  /** Editing automations (servers without no-op actions cannot). */
  AUTOMATION_ACTION_NO_OP: 'AUTOMATION_ACTION_NO_OP',
  /** `artifact.digestAlgorithm()` asks the server (without it, every digest is MD5). */
  ARTIFACT_DIGEST_ALGORITHM: 'ARTIFACT_DIGEST_ALGORITHM',
  /** `run.useArtifact()` names the artifact's entity and project (needed for artifacts of other projects). */
  USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION: 'USE_ARTIFACT_WITH_ENTITY_AND_PROJECT_INFORMATION',
  /** `sweep.enqueueRun()`. */
  SWEEPS_LOCAL_SCHEDULER: 'SWEEPS_LOCAL_SCHEDULER',
} as const;

// One probe per transport, that is per Api, as the Python client asks once per process.
const probes = new WeakMap<Transport, Promise<ReadonlySet<string>>>();

function probe(transport: Transport, timeout: number | undefined): Promise<ReadonlySet<string>> {
  let pending = probes.get(transport);
  if (!pending) {
    // The shared request carries no caller's signal: one caller giving up must not fail the others.
    const asked = transport
      .execute(ServerFeaturesDocument, {}, timeout !== undefined ? { timeout } : {})
      .then((data): ReadonlySet<string> => new Set((data.serverInfo?.features ?? []).flatMap((f) => (f && f.isEnabled ? [f.name] : []))));
    pending = asked;
    probes.set(transport, asked);
    // A failed probe is not remembered: the next caller asks again.
    asked.catch(() => {
      if (probes.get(transport) === asked) probes.delete(transport);
    });
  }
  return pending;
}

/**
 * The names of the features the server reports as enabled. Asked once per `Api`; callers at the
 * same time share the one request, and a failed request is asked again by the next caller. A
 * caller's `signal` ends its own wait only.
 */
export function serverFeatures(ctx: Pick<SdkContext, 'transport'>, options: CallOptions = {}): Promise<ReadonlySet<string>> {
  const { signal, timeout } = options;
  if (signal?.aborted) return Promise.reject(abortErrorFrom(signal, 'ServerFeatures'));
  const pending = probe(ctx.transport, timeout);
  if (!signal) return pending;
  return new Promise((resolve, reject) => {
    const stopWatching = onAbort(signal, () => reject(abortErrorFrom(signal, 'ServerFeatures')));
    pending.then(
      (features) => {
        stopWatching();
        resolve(features);
      },
      (error: unknown) => {
        stopWatching();
        reject(error);
      },
    );
  });
}

/** Whether the server reports a feature (`ARTIFACT_REGISTRY_SEARCH`, ...) as enabled. */
export async function serverSupports(ctx: Pick<SdkContext, 'transport'>, feature: string, options: CallOptions = {}): Promise<boolean> {
  return (await serverFeatures(ctx, options)).has(feature);
}
