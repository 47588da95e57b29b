/**
 * wandb-api/testing/msw: the fake W&B as MSW request handlers. The only part of the testing kit
 * that loads msw, an optional peer dependency.
 * @packageDocumentation
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FakeWandbCore } from 'wandb-api/testing';
import { registerMsw } from 'wandb-api/testing';
import { buildHandlers } from './mswHandlers';

registerMsw({ http, HttpResponse });

/**
 * MSW request handlers answering for the fake's `baseUrl` and for the storage URLs it hands out.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createFakeWandb } from 'wandb-api/testing';
 * import { mswHandlers } from 'wandb-api/testing/msw';
 *
 * const fake = createFakeWandb({ seed: 'demo' });
 * const server = setupServer(...mswHandlers(fake));
 * ```
 */
export function mswHandlers(fake: FakeWandbCore): HttpHandler[] {
  return buildHandlers(fake, { http, HttpResponse });
}
