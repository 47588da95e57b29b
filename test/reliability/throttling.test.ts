/**
 * Throttling: one Api caps its concurrent requests and spaces its retries by the server's hints,
 * so a burst of 1,000 calls against a rate-limited server all finish.
 */
import { Api, RateLimitError, type Run } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { settle, watchUnhandledRejections, within } from '../support/promises';

const rejections = watchUnhandledRejections();
const CALLS = 1000;
const CAP = 8;
/** The wait the server asks for, in seconds. */
const PAUSE_S = 0.25;
/** Requests already past the Api's pause check when a 429 comes back may still go out just after it. */
const SLACK_MS = 20;

/** A fake with CALLS runs, and an Api on its in-process fetch that records every answer. */
function setUp() {
  const fake = createFakeWandb();
  fake.seed.runs({ project: 'p', count: CALLS, idPrefix: 'run-' });
  const answers: Array<{ name: string; status: number; retryAfter: number | undefined; sentAt: number; answeredAt: number }> = [];
  const api = new Api({
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    env: {},
    maxConcurrency: CAP,
    // The deadline is generous: the burst is throttled, not failed.
    timeout: 60_000,
    retries: 20,
    retryDelay: { base: 5, max: 50 },
    fetch: async (input, init) => {
      const sentAt = Date.now();
      const response = await fake.fetch(input, init);
      const name = (JSON.parse(String(init?.body)) as { variables: { name: string } }).variables.name;
      const retryAfter = response.headers.get('retry-after');
      answers.push({
        name,
        status: response.status,
        retryAfter: retryAfter === null ? undefined : Number(retryAfter),
        sentAt,
        answeredAt: Date.now(),
      });
      return response;
    },
  });
  return { fake, api, answers };
}

const ids = Array.from({ length: CALLS }, (_, i) => `run-${String(i).padStart(3, '0')}`);

describe('throttling', () => {
  it(`runs ${CALLS} concurrent calls through one Api against a 429-ing server: all finish, at most ${CAP} in flight`, async () => {
    const { fake, api, answers } = setUp();
    // Every 100th request to arrive is refused with a Retry-After: counted, not timed, so the
    // server refuses as many whatever the speed of the machine.
    let arrivals = 0;
    fake.failRate('*', 0.5, { status: 429, retryAfter: PAUSE_S }, { random: () => (++arrivals % 100 === 0 ? 0 : 1) });
    // Distinct variables: urql would merge identical concurrent queries into one request.
    const results = await within(30_000, Promise.all(ids.map((id) => settle(api.run(`demo-user/p/${id}`)))), 'the burst');

    const failures = results.filter((r) => r.error !== undefined);
    expect(failures).toEqual([]);
    expect(results.map((r) => (r.value as Run).name)).toEqual(ids);
    expect(fake.peakInFlight).toBeLessThanOrEqual(CAP);
    expect(fake.peakInFlight).toBeGreaterThan(1);

    // 1,010 requests reach the server: the 1,000 that succeed and the 10 refused among them.
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(10);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(CALLS);
    for (const refused of limited) {
      expect(refused.retryAfter).toBe(PAUSE_S);
      // The refused call is sent again once the wait is over...
      const next = answers.slice(answers.indexOf(refused) + 1).find((a) => a.name === refused.name);
      expect(next).toBeDefined();
      expect(next!.sentAt - refused.answeredAt).toBeGreaterThanOrEqual(PAUSE_S * 1000 - 2);
      // ...and one hint pauses the whole Api: during the wait, no call is sent but the few (fewer
      // than the cap) that were already past the pause check when the answer came back, and
      // that a loaded machine may send a little late.
      const duringPause = answers.filter((a) => a.sentAt >= refused.answeredAt + SLACK_MS && a.sentAt < refused.answeredAt + PAUSE_S * 1000 - 2);
      expect(duringPause.length).toBeLessThan(CAP);
    }
    expect(rejections.take()).toEqual([]);
  });

  it('keeps the cap when many calls wait on the same rate limit, and gives up with RateLimitError past the deadline', async () => {
    const { fake, api } = setUp();
    fake.rateLimit('*', { limit: 0, retryAfter: 5 });
    const results = await within(
      10_000,
      Promise.all(ids.slice(0, 100).map((id) => settle(api.run(`demo-user/p/${id}`, { timeout: 500 })))),
      'the refused burst',
    );
    expect(results.every((r) => r.error instanceof RateLimitError)).toBe(true);
    expect((results[0]!.error as RateLimitError).retryAfter).toBe(5);
    expect(fake.peakInFlight).toBeLessThanOrEqual(CAP);
    expect(rejections.take()).toEqual([]);
  });

  it('waits for the quota to refill when an answer says none is left, before sending the next request', async () => {
    const fake = createFakeWandb();
    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch });
    fake.failNext('Viewer', { rateLimit: { limit: 10, remaining: 0, reset: 0.2 } });
    await api.viewer();
    const started = Date.now();
    await api.viewer();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(fake.requests.map((r) => r.status)).toEqual([200, 200]);
  });

  it('does not wait past the deadline for a quota: the server then answers for itself', async () => {
    const fake = createFakeWandb();
    const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, fetch: fake.fetch });
    fake.failNext('Viewer', { rateLimit: { limit: 10, remaining: 0, reset: 60 } });
    await api.viewer();
    const started = Date.now();
    await api.viewer({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
