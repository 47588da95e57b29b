import type { PathDefaults } from './paths';
import type { CallOptions, Transport } from './transport';

/** What every facade object needs from the `Api` that made it. */
export interface SdkContext {
  readonly transport: Transport;
  /** The W&B web app's URL, for `url` attributes. */
  readonly appUrl: string;
  /** Default entity and project from the settings. */
  readonly defaults: PathDefaults;
  /** The given entity, else the settings' default, else the viewer's entity (asked once). */
  resolveEntity(entity: string | undefined, options?: CallOptions): Promise<string>;
}

/**
 * Attaches the context to a facade object as a hidden property, so printing or serialising the
 * object shows its data only (and never the transport and its settings).
 */
export function attachContext(target: object, ctx: SdkContext): void {
  Object.defineProperty(target, 'ctx', { value: ctx, enumerable: false, writable: false, configurable: false });
}
