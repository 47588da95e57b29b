import type { HttpHandler } from 'msw';
import { NotSupportedError } from '../client/errors';
import { FakeWandbCore } from './FakeWandbCore';
import { buildHandlers, registeredMsw, type MswApi } from './mswHandlers';

/**
 * msw, loaded only when `fake.handlers` is first read, so the testing kit works without it. The
 * ES module build defines `require` with `createRequire` (see the package's build).
 */
function loadMsw(): MswApi {
  const msw = registeredMsw();
  if (msw) return msw;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('msw') as MswApi;
  } catch (error) {
    throw new NotSupportedError(
      "fake.handlers needs msw, which could not be loaded: install it (npm install --save-dev msw), then use mswHandlers(fake) from 'wandb-api/testing/msw'",
      { cause: error },
    );
  }
}

/**
 * The fake W&B, for in-process tests: pass `fake.fetch` to `new Api()`, serve it
 * over HTTP with {@link FakeWandbCore.listen}, or hand its MSW handlers to msw's `setupServer`
 * (`mswHandlers(fake)` from `wandb-api/testing/msw`).
 *
 * @example
 * ```ts
 * const fake = createFakeWandb({ seed: 'demo' });
 * const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {} });
 * ```
 */
export class FakeWandb extends FakeWandbCore {
  private mswHandlers: HttpHandler[] | undefined;

  /**
   * MSW request handlers answering for {@link FakeWandbCore.baseUrl} and the storage URLs it hands out.
   * @deprecated Use `mswHandlers(fake)` from `wandb-api/testing/msw`, which loads msw where it is
   * needed. This getter loads msw on first use and throws a `NotSupportedError` when it is missing.
   */
  get handlers(): HttpHandler[] {
    return (this.mswHandlers ??= buildHandlers(this, loadMsw()));
  }
}
