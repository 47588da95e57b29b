import type { HttpHandler, HttpResponse as MswHttpResponse, http as mswHttp } from 'msw';
import type { FakeWandbCore } from './FakeWandbCore';

/** The two parts of msw the handlers use, passed in so that this module never loads msw itself. */
export interface MswApi {
  http: typeof mswHttp;
  HttpResponse: typeof MswHttpResponse;
}

let registered: MswApi | undefined;

/**
 * Called by `wandb-api/testing/msw` when it loads, so `fake.handlers` uses the same msw as the user.
 * @internal
 */
export function registerMsw(msw: MswApi): void {
  registered ??= msw;
}

/** The msw registered by `wandb-api/testing/msw`, if it was loaded. */
export function registeredMsw(): MswApi | undefined {
  return registered;
}

/** MSW handlers that answer for the fake's `baseUrl` and for the storage origin it hands out. */
export function buildHandlers(fake: FakeWandbCore, { http, HttpResponse }: MswApi): HttpHandler[] {
  const respond = async ({ request }: { request: Request }) => {
    const answer = await fake.handle(request);
    // The fake answers a symbol when the connection is to be dropped.
    return typeof answer === 'symbol' ? HttpResponse.error() : answer;
  };
  const storage = fake.storageOriginFor(new URL(fake.baseUrl));
  return [http.all(`${fake.baseUrl}/*`, respond), http.all(`${storage}/*`, respond)];
}
