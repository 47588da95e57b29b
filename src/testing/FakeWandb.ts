import { http, HttpResponse, type HttpHandler } from 'msw';
import { DROP, FakeWandbCore } from './FakeWandbCore';

/**
 * The fake W&B with MSW handlers, for in-process tests.
 *
 * @example
 * ```ts
 * const fake = createFakeWandb({ seed: 'demo' });
 * const server = setupServer(...fake.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey });
 * ```
 */
export class FakeWandb extends FakeWandbCore {
  private mswHandlers: HttpHandler[] | undefined;

  /** MSW request handlers answering for {@link FakeWandbCore.baseUrl} and the storage URLs it hands out. */
  get handlers(): HttpHandler[] {
    const respond = async ({ request }: { request: Request }) => {
      const answer = await this.handle(request);
      return answer === DROP ? HttpResponse.error() : answer;
    };
    const storage = this.storageOriginFor(new URL(this.baseUrl));
    return (this.mswHandlers ??= [http.all(`${this.baseUrl}/*`, respond), http.all(`${storage}/*`, respond)]);
  }
}
