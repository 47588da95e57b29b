import { setupServer } from 'msw/node';
import { Api, type ApiOptions } from 'wandb-api';
import { createFakeWandb, type FakeWandbOptions } from 'wandb-api/testing';
import { mswHandlers } from 'wandb-api/testing/msw';

/**
 * A fake W&B behind MSW for one test file: reset after every test, closed after the file.
 * `api()` builds an Api pointed at it, with fast retries and no environment.
 */
export function useFakeWandb(options: FakeWandbOptions = {}) {
  const fake = createFakeWandb(options);
  const server = setupServer(...mswHandlers(fake));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    fake.reset();
  });
  afterAll(() => server.close());
  const api = (overrides: ApiOptions = {}) =>
    new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, retryDelay: { base: 5, max: 20 }, ...overrides });
  return { fake, server, api };
}
