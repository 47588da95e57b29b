import { optionsOf } from './options';
import type { PathDefaults } from './paths';
import { appUrlFor, type ResolvedSettings } from './settings';
import { type CallOptions, Transport } from './transport';

/** What every area function and facade object needs from the `Api` that made it. */
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
 * The context of one `Api`: its transport, its defaults, and an entity resolver that asks
 * `viewerEntity` at most once at a time, keeping the answer but not a failure (so a later call
 * can succeed after a network error).
 * @param viewerEntity looks up the default entity of the key's user
 */
export function createContext(settings: ResolvedSettings, viewerEntity: (ctx: SdkContext, options: CallOptions) => Promise<string>): SdkContext {
  let asked: Promise<string> | undefined;
  const defaultEntity = (options: CallOptions): Promise<string> => {
    if (settings.entity) return Promise.resolve(settings.entity);
    const pending = (asked ??= viewerEntity(ctx, options));
    pending.catch(() => {
      if (asked === pending) asked = undefined;
    });
    return pending;
  };
  const ctx: SdkContext = {
    transport: new Transport(settings),
    appUrl: appUrlFor(settings.baseUrl),
    defaults: { entity: settings.entity, project: settings.project },
    resolveEntity: (entity, options) => (entity !== undefined ? Promise.resolve(entity) : defaultEntity(optionsOf(options))),
  };
  return ctx;
}

/**
 * Attaches the context to a facade object as a hidden property, so printing or serialising the
 * object shows its data only (and never the transport and its settings).
 */
export function attachContext(target: object, ctx: SdkContext): void {
  Object.defineProperty(target, 'ctx', { value: ctx, enumerable: false, writable: false, configurable: false });
}
