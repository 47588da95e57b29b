/**
 * Which way the SDK's requests go, in a plain Node process (no test runner's realm in between):
 * for each setting, one `api.viewer()` against `URL`, counting what went through `fetch` (on
 * undici's global dispatcher, or on a dispatcher or `fetch` of the script's own). Prints one JSON
 * object: setting → requests through fetch.
 */
import { Api, type ApiOptions } from 'wandb-api';
import { printResultOf } from '../../support/script';

const DISPATCHER = Symbol.for('undici.globalDispatcher.1');
type Dispatcher = { dispatch: (...args: unknown[]) => unknown; constructor: new (options: unknown) => Dispatcher };
const slot = globalThis as unknown as Record<symbol, Dispatcher | undefined>;

async function main(): Promise<Record<string, unknown>> {
  const url = process.env.URL as string;
  const viewer = (options: ApiOptions = {}) => new Api({ baseUrl: url, apiKey: process.env.KEY as string, env: {}, retries: 0, ...options }).viewer();
  const out: Record<string, number | string> = {};

  // Before anything loaded undici: no dispatcher at all.
  await viewer();
  out.undiciLoadedByTheSdk = String(slot[DISPATCHER] !== undefined);

  // Node's own dispatcher, made by a fetch of the script's; its requests are counted.
  await (await fetch(`${url}/nothing-here`)).text();
  const own = slot[DISPATCHER] as Dispatcher;
  let counted = 0;
  const dispatch = own.dispatch.bind(own);
  own.dispatch = (...args: unknown[]) => {
    counted++;
    return dispatch(...args);
  };
  const through = async (name: string, run: () => Promise<unknown>) => {
    counted = 0;
    await run();
    out[name] = counted;
  };
  await through('default', () => viewer());
  await through('fetchOption', () => viewer({ fetch: globalThis.fetch }));
  for (const name of ['HTTPS_PROXY', 'http_proxy', 'NODE_USE_ENV_PROXY']) {
    // Values this Node's fetch ignores, so the request still reaches the server.
    process.env[name] = name === 'NODE_USE_ENV_PROXY' ? '1' : 'http://127.0.0.1:9';
    await through(name, () => viewer());
    delete process.env[name];
  }

  const original = globalThis.fetch;
  let wrapped = 0;
  globalThis.fetch = (input, init) => {
    wrapped++;
    return original(input, init);
  };
  await viewer();
  globalThis.fetch = original;
  out.replacedFetch = wrapped;

  const configured = new own.constructor({ connect: { timeout: 10_000 } });
  let viaConfigured = 0;
  const dispatchConfigured = configured.dispatch.bind(configured);
  configured.dispatch = (...args: unknown[]) => {
    viaConfigured++;
    return dispatchConfigured(...args);
  };
  slot[DISPATCHER] = configured;
  await viewer();
  slot[DISPATCHER] = own;
  out.configuredDispatcher = viaConfigured;

  await through('defaultAgain', () => viewer());
  return out;
}

printResultOf(main);
