import { http, passthrough } from 'msw';
import { NotFoundError, RateLimitError } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { postAsPython } from '../support/python';

const VIEWER = 'query Viewer { viewer { username } }';
const { fake, api, server: msw } = useFakeWandb({ seed: 'demo' });

async function statuses(n: number, query = VIEWER): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await postAsPython(fake, query)).status);
  return out;
}

describe('faults at a rate', () => {
  it('fails about the share asked for, the same requests every time for the same seed', async () => {
    fake.failRate('Viewer', 0.3, { status: 503 });
    const first = await statuses(200);
    const failures = first.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(30);
    expect(failures).toBeLessThan(90);
    expect(first.every((s) => s === 503 || s === 200)).toBe(true);

    fake.reset();
    fake.failRate('Viewer', 0.3, { status: 503 });
    expect(await statuses(200)).toEqual(first);

    fake.reset();
    fake.failRate('Viewer', 0.3, { status: 503 }, { seed: 7 });
    expect(await statuses(200)).not.toEqual(first);
  });

  it('stops after `times` injections, and reports its hits', async () => {
    const armed = fake.failRate('Viewer', 1, { status: 500 }, { times: 3 });
    expect(await statuses(5)).toEqual([500, 500, 500, 200, 200]);
    expect(armed).toMatchObject({ kind: 'rate', hits: 3, remaining: 0, active: false });
  });

  it('only touches the operation it targets', async () => {
    fake.failRate('Runs', 1, { status: 503 });
    expect(await statuses(3)).toEqual([200, 200, 200]);
  });

  it('lets the SDK retry through a flaky server and get every answer', async () => {
    fake.failRate('Runs', 0.5, { status: 503 });
    const runs = await api({ retries: 10 }).runs('demo-team/image-classifier', { perPage: 2 }).toArray();
    expect(runs).toHaveLength(12);
    const logged = fake.requests.filter((r) => r.operationName === 'Runs');
    expect(logged.some((r) => r.status === 503 && r.fault === 'status 503')).toBe(true);
    expect(logged.filter((r) => r.status === 200)).toHaveLength(6);
  });

  it('checks its arguments', () => {
    expect(() => fake.failRate('Runs', 1.5, { status: 503 })).toThrow(/between 0 and 1/);
    expect(() => fake.failNext('Runs', { statuz: 503 } as never)).toThrow(/unknown field "statuz"/);
    expect(() => fake.failNext('Runs', { status: 5003 })).toThrow(/HTTP status/);
  });
});

describe('rate limiter', () => {
  it('answers 429 with Retry-After and RateLimit-* headers above the limit, and passes again in the next window', async () => {
    // A window long enough for five requests on a loaded machine.
    const limiter = fake.rateLimit('*', { limit: 3, windowMs: 1500 });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await postAsPython(fake, VIEWER));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0', '0']);
    expect(answers[0]?.headers.get('ratelimit-limit')).toBe('3');
    const retryAfter = Number(answers[3]?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(1.5);
    expect(answers[3]?.body.errors?.[0]?.message).toMatch(/rate limit exceeded/);
    expect(limiter.hits).toBe(2);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
    expect((await postAsPython(fake, VIEWER)).status).toBe(200);
  });

  it('sends whole seconds in Retry-After for whole-second windows', async () => {
    fake.rateLimit('Viewer', { limit: 1 });
    await postAsPython(fake, VIEWER);
    const limited = await postAsPython(fake, VIEWER);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('ratelimit-reset')).toBe('1');
  });

  it('lets 100 concurrent SDK calls all succeed by honouring Retry-After', async () => {
    // All 100 start at once, well within one window, so more than the limit arrive in it.
    fake.rateLimit('*', { limit: 50, windowMs: 500 });
    const client = api({ retries: 30, maxConcurrency: 100 });
    // Distinct calls: the client merges identical concurrent queries into one request.
    const wanted = Array.from({ length: 100 }, (_, i) => fake.seed.project({ entity: 'demo-team', name: `p${i}` }).name);
    const names = await Promise.all(wanted.map((name) => client.project(name, 'demo-team').then((p) => p.name)));
    expect(names).toEqual(wanted);
    const limited = fake.requests.filter((r) => r.status === 429).length;
    expect(limited).toBeGreaterThan(0);
    expect(fake.requests.filter((r) => r.status === 200)).toHaveLength(100);
  });

  it('limits requests in flight at once', async () => {
    fake.latencyMs = 200;
    fake.rateLimit('*', { maxInFlight: 2, retryAfter: 0.01 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => postAsPython(fake, VIEWER)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429, 429, 429]);
    expect(answers.find((a) => a.status === 429)?.headers.get('retry-after')).toBe('0.01');
    expect(fake.peakInFlight).toBe(5);
  });

  it('gives up with a RateLimitError carrying retryAfter when the deadline does not allow waiting', async () => {
    fake.rateLimit('*', { limit: 0, retryAfter: 30 });
    const error = await rejectionOf(api({ timeout: 1000 }).project('cartpole', 'demo-team'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30);
  });

  it('adds RateLimit-* headers from a fault, and can be disarmed', async () => {
    const armed = fake.failNext('Viewer', { status: 429, rateLimit: { limit: 10, remaining: 0, reset: 2 } }, { times: 5 });
    const answer = await postAsPython(fake, VIEWER);
    expect(answer.status).toBe(429);
    expect([answer.headers.get('ratelimit-limit'), answer.headers.get('ratelimit-remaining'), answer.headers.get('ratelimit-reset')]).toEqual([
      '10',
      '0',
      '2',
    ]);
    armed.disarm();
    expect(fake.pendingFaults).toBe(0);
    expect((await postAsPython(fake, VIEWER)).status).toBe(200);
  });
});

describe('more faults', () => {
  it('answers a malformed JSON body', async () => {
    fake.failNext('Viewer', { malformed: true });
    const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}` },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('hangs a request until the client gives up, and the SDK times out', async () => {
    fake.failNext('Project', { hang: true });
    const started = Date.now();
    const error = await rejectionOf(api({ timeout: 200, retries: 0 }).project('cartpole', 'demo-team'));
    expect(error.name).toBe('TimeoutError');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fake.requests[0]).toMatchObject({ operationName: 'Project', status: 0, fault: 'hang' });
  });

  it('ends hanging requests on reset', async () => {
    const own = createFakeWandb();
    own.failNext('*', { hang: true });
    const pending = own.fetch(`${own.baseUrl}/graphql`, { method: 'POST', body: JSON.stringify({ query: VIEWER }) });
    await new Promise((r) => setTimeout(r, 20));
    expect(own.inFlight).toBe(1);
    own.reset();
    await expect(pending).rejects.toThrow('fetch failed');
  });

  it('hangs and drops over HTTP too; the client hanging up ends the wait', async () => {
    const server = await fake.listen({ port: 0 });
    msw.use(http.all(`${server.url}/*`, () => passthrough()));
    const post = (query: string, signal?: AbortSignal) =>
      fetch(`${server.url}/graphql`, { method: 'POST', body: JSON.stringify({ query }), ...(signal ? { signal } : {}) }).then(
        (r) => r.status,
        (e: { name: string }) => e.name,
      );
    try {
      fake.failNext('Viewer', { hang: true });
      expect(await post(VIEWER, AbortSignal.timeout(100))).toBe('TimeoutError');
      for (let i = 0; i < 50 && fake.inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(fake.inFlight).toBe(0);
      fake.failNext('Viewer', { drop: true });
      expect(await post(VIEWER)).toBe('TypeError');
      expect(fake.requests.map((r) => r.status)).toEqual([0, 0]);
    } finally {
      await server.close();
    }
  });

  it('faults plain HTTP routes by path and method', async () => {
    fake.failNext({ path: /^\/storage\//, method: 'GET' }, { status: 500 });
    const response = await fake.fetch(`${fake.storageOriginFor(new URL(fake.baseUrl))}/storage/${'0'.repeat(32)}/x`);
    expect(response.status).toBe(500);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', fault: 'status 500' });
  });

  it('lists armed faults in the order they apply', () => {
    const a = fake.failNext('Runs', { status: 500 }, { times: 2 });
    const b = fake.rateLimit('*', { limit: 5 });
    expect(fake.armedFaults().map((f) => [f.id, f.kind])).toEqual([
      [b.id, 'rateLimit'],
      [a.id, 'next'],
    ]);
    expect(JSON.parse(JSON.stringify(fake.armedFaults()))[1]).toMatchObject({ kind: 'next', target: 'Runs', fault: { status: 500 }, remaining: 2 });
  });

  it('keeps NotFoundError for an unknown project behind a limiter that passes it', async () => {
    fake.rateLimit('*', { limit: 100 });
    expect(await rejectionOf(api().project('nope', 'demo-team'))).toBeInstanceOf(NotFoundError);
  });
});

describe('request log', () => {
  it('records sequence numbers, headers without secrets, durations and the injected fault', async () => {
    fake.failNext('Viewer', { status: 502 });
    await postAsPython(fake, VIEWER);
    await postAsPython(fake, VIEWER);
    const [first, second] = fake.requests;
    expect(first).toMatchObject({
      seq: 1,
      status: 502,
      fault: 'status 502',
      headers: expect.objectContaining({ 'user-agent': 'W&B Public Client 0.30.0', authorization: 'Basic ***' }),
    });
    expect(second).toMatchObject({ seq: 2, status: 200 });
    expect(second?.fault).toBeUndefined();
    expect(second?.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(fake.requests)).not.toContain(fake.apiKey);
  });

  it('keeps only the most recent requests', async () => {
    const own = createFakeWandb({ requestLogLimit: 3 });
    for (let i = 0; i < 5; i++) await postAsPython(own, VIEWER);
    expect(own.requests.map((r) => r.seq)).toEqual([3, 4, 5]);
  });
});
