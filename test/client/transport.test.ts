import { graphql, http, HttpResponse } from 'msw';
import {
  AbortError,
  AuthenticationError,
  GraphQLResponseError,
  HttpError,
  InvalidArgumentError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  WandbError,
  documents,
} from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, server, api } = useFakeWandb();

describe('errors', () => {
  it.each([
    [401, AuthenticationError],
    [403, PermissionError],
    [404, NotFoundError],
    [400, HttpError],
    [409, HttpError],
  ])('maps HTTP %i to %p without retrying', async (status, ErrorClass) => {
    fake.failNext('Viewer', { status, body: JSON.stringify({ error: `status ${status} from the server` }) });
    const error = await rejectionOf(api().viewer());
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(WandbError);
    expect((error as WandbError).status).toBe(status);
    expect((error as WandbError).operation).toBe('Viewer');
    expect(error.message).toContain(`status ${status} from the server`);
    expect(fake.operations()).toEqual(['Viewer']);
  });

  it('maps a request with a wrong key to AuthenticationError', async () => {
    const error = await rejectionOf(api({ apiKey: 'f'.repeat(40) }).viewer());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.name).toBe('AuthenticationError');
    expect((error as WandbError).status).toBe(401);
  });

  it('gives up on 429 with a RateLimitError carrying Retry-After', async () => {
    fake.failNext('Viewer', { status: 429, retryAfter: 7 }, { times: 3 });
    const error = await rejectionOf(api({ retries: 0 }).viewer());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(7);
  });

  it('does not wait for a Retry-After longer than the deadline', async () => {
    fake.failNext('Viewer', { status: 429, retryAfter: 30 });
    const started = Date.now();
    const error = await rejectionOf(api({ timeout: 2000 }).viewer());
    expect(error).toBeInstanceOf(RateLimitError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives up on repeated 5xx with a ServerError after the configured retries', async () => {
    fake.failNext('Viewer', { status: 502 }, { times: 10 });
    const error = await rejectionOf(api({ retries: 2 }).viewer());
    expect(error).toBeInstanceOf(ServerError);
    expect((error as WandbError).status).toBe(502);
    expect(fake.operations()).toEqual(['Viewer', 'Viewer', 'Viewer']);
  });

  it('maps a dropped connection to NetworkError once retries run out', async () => {
    fake.failNext('Viewer', { drop: true }, { times: 2 });
    const error = await rejectionOf(api({ retries: 1 }).viewer());
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('maps a GraphQL error to GraphQLResponseError with messages and paths', async () => {
    fake.failNext('Viewer', { errors: [{ message: 'something odd', path: ['viewer', 'teams'] }] });
    const error = (await rejectionOf(api().viewer())) as GraphQLResponseError;
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.graphQLErrors).toEqual([{ message: 'something odd', path: ['viewer', 'teams'] }]);
    expect(error.message).toContain('something odd');
    expect((error.data as { viewer: { username: string } }).viewer.username).toBe('demo-user');
  });

  it('maps GraphQL "permission denied" to PermissionError and "not found" to NotFoundError', async () => {
    fake.failNext('Viewer', { errors: [{ message: 'permission denied' }] });
    expect(await rejectionOf(api().viewer())).toBeInstanceOf(PermissionError);
    fake.failNext('Viewer', { errors: [{ message: 'project not found' }] });
    expect(await rejectionOf(api().viewer())).toBeInstanceOf(NotFoundError);
  });

  it('keeps GraphQL validation messages out of NotFoundError', async () => {
    fake.failNext('Viewer', { errors: [{ message: 'Value "SIDEWAYS" does not exist in "TriggerScopeType" enum.' }] });
    expect(await rejectionOf(api().viewer())).toBeInstanceOf(GraphQLResponseError);
  });

  it('reports an HTML error page as a ServerError naming the page, after retrying', async () => {
    fake.failNext('Viewer', { status: 200, body: '<html><head><title>Bad Gateway</title></head></html>' }, { times: 2 });
    const error = await rejectionOf(api({ retries: 1 }).viewer());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toContain('Bad Gateway');
  });

  it('reads an answer with a byte order mark and white space around its JSON, and refuses one that is not an object', async () => {
    const padded = api({
      fetch: async (input, init) => {
        const answer = await fake.fetch(input, init);
        const text = `\uFEFF \n${await answer.text()}\r\n\t`;
        return new Response(text, { status: answer.status, headers: { 'content-type': 'application/json' } });
      },
    });
    await expect(padded.viewer()).resolves.toMatchObject({ username: 'demo-user' });
    fake.failNext('Viewer', { status: 200, body: ' [1, 2] ' }, { times: 2 });
    const error = await rejectionOf(api({ retries: 1 }).viewer());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/instead of GraphQL JSON/);
  });

  it('reports malformed JSON as a ServerError', async () => {
    fake.failNext('Viewer', { status: 200, body: '{"data": {"viewer": ' }, { times: 10 });
    expect(await rejectionOf(api({ retries: 1 }).viewer())).toBeInstanceOf(ServerError);
  });

  it('reports a cut-off answer as a NetworkError once retries run out', async () => {
    fake.failNext('Viewer', { truncate: true }, { times: 10 });
    const error = await rejectionOf(api({ retries: 1 }).viewer());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain('cut off');
  });

  it('never shows the API key, even when the server echoes it', async () => {
    fake.failNext('Viewer', { status: 400, body: JSON.stringify({ errors: [{ message: `bad key ${fake.apiKey}` }] }) });
    const error = (await rejectionOf(api().viewer())) as WandbError;
    const seen = JSON.stringify({ message: error.message, stack: error.stack, errors: error.graphQLErrors, cause: String(error.cause) });
    expect(seen).not.toContain(fake.apiKey);
    expect(error.message).toContain('[redacted]');
  });
});

describe('retries', () => {
  it('retries a 429 after the Retry-After seconds, then succeeds', async () => {
    fake.failNext('Viewer', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const viewer = await api().viewer();
    expect(viewer.username).toBe('demo-user');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fake.operations()).toEqual(['Viewer', 'Viewer']);
  });

  it('keeps waiting when a longer Retry-After comes back while calls wait out a shorter one', async () => {
    const log: Array<{ operation: string; name: unknown; sentAt: number; answeredAt: number; status: number }> = [];
    const client = api({
      fetch: async (input, init) => {
        const sentAt = Date.now();
        const response = await fake.fetch(input, init);
        const { operationName, variables } = JSON.parse(String(init?.body)) as { operationName: string; variables: { name?: unknown } };
        log.push({ operation: operationName, name: variables.name, sentAt, answeredAt: Date.now(), status: response.status });
        return response;
      },
    });
    await client.viewer();
    const settled = (promise: Promise<unknown>) => promise.catch((error: unknown) => error);
    // On its way: answered 429 with a long wait, 150 ms from now.
    fake.failNext('Project', { status: 429, retryAfter: 1, delayMs: 150 });
    const slow = settled(client.project('demo-project', 'demo-user'));
    await new Promise((r) => setTimeout(r, 10));
    // A short wait that starts now...
    fake.failNext('Viewer', { status: 429, retryAfter: 0.6 });
    const viewer = settled(client.viewer());
    await new Promise((r) => setTimeout(r, 30));
    // ...and a call that waits it out, and must go on waiting once the long one comes back.
    await settled(client.project('another-project', 'demo-user'));
    await Promise.all([slow, viewer]);
    const long = log.find((e) => e.operation === 'Project' && e.status === 429)!;
    const waiting = log.find((e) => e.name === 'another-project')!;
    expect(waiting.sentAt - long.answeredAt).toBeGreaterThanOrEqual(1000 - 2);
  });

  it('takes the wait from RateLimit-Reset when the quota is used up', async () => {
    fake.failNext('Viewer', { status: 429, headers: { 'RateLimit-Remaining': '0', 'RateLimit-Reset': '1' } });
    const started = Date.now();
    await api().viewer();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it.each([500, 502, 503, 504])('retries a query after HTTP %i', async (status) => {
    fake.failNext('Viewer', { status }, { times: 2 });
    await expect(api().viewer()).resolves.toMatchObject({ username: 'demo-user' });
    expect(fake.operations()).toEqual(['Viewer', 'Viewer', 'Viewer']);
  });

  it('retries a query after a dropped connection', async () => {
    fake.failNext('Viewer', { drop: true });
    await expect(api().viewer()).resolves.toMatchObject({ username: 'demo-user' });
  });

  it('does not retry a mutation after a 503 or a dropped connection: the server may have acted', async () => {
    fake.failNext('CreateProject', { status: 503 });
    expect(await rejectionOf(api().createProject('new-one', 'demo-user'))).toBeInstanceOf(ServerError);
    fake.failNext('CreateProject', { drop: true });
    expect(await rejectionOf(api().createProject('new-one', 'demo-user'))).toBeInstanceOf(NetworkError);
    expect(fake.operations()).toEqual(['CreateProject', 'CreateProject']);
  });

  it('retries a mutation refused with 429, since the server did nothing', async () => {
    fake.failNext('CreateProject', { status: 429, retryAfter: 0 });
    await expect(api().createProject('new-one', 'demo-user')).resolves.toMatchObject({ name: 'new-one' });
    expect(fake.operations()).toEqual(['CreateProject', 'CreateProject']);
  });

  it('retries a mutation whose connection was refused', async () => {
    let calls = 0;
    const refusing: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      return fake.fetch(input, init);
    };
    await expect(api({ fetch: refusing }).createProject('after-refusal', 'demo-user')).resolves.toMatchObject({ name: 'after-refusal' });
    expect(calls).toBe(2);
  });

  it('does not retry GraphQL errors', async () => {
    fake.failNext('Viewer', { errors: [{ message: 'boom' }] });
    await rejectionOf(api().viewer());
    expect(fake.operations()).toEqual(['Viewer']);
  });
});

describe('abort and timeout', () => {
  it('rejects with AbortError when the signal fires mid-request', async () => {
    fake.failNext('Viewer', { delayMs: 2000 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    const error = await rejectionOf(api().viewer({ signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect((error.cause as Error).message).toBe('user gave up');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects at once for a signal that already fired, sending nothing', async () => {
    const error = await rejectionOf(api().viewer({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(fake.requests).toHaveLength(0);
  });

  it('aborts a retry wait', async () => {
    fake.failNext('Viewer', { status: 429, retryAfter: 5 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    expect(await rejectionOf(api().viewer({ signal: controller.signal }))).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects with TimeoutError after the per-call timeout', async () => {
    fake.failNext('Viewer', { delayMs: 2000 });
    const started = Date.now();
    const error = await rejectionOf(api().viewer({ timeout: 100 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a dropped connection stays a NetworkError when the deadline leaves no time to try again', async () => {
    fake.failNext('Viewer', { drop: true }, { times: 100 });
    // The next try would wait 2 to 4 s, past the 1 s deadline: none is made, and the call ends at once.
    const error = await rejectionOf(api({ retries: 10, retryDelay: { base: 4000, max: 4000 }, timeout: 1000 }).viewer());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(fake.requests).toHaveLength(1);
  });

  it('applies the Api-wide timeout', async () => {
    fake.failNext('Viewer', { delayMs: 2000 });
    expect(await rejectionOf(api({ timeout: 100 }).viewer())).toBeInstanceOf(TimeoutError);
  });
});

describe('api.execute', () => {
  it('runs any typed document through the same transport', async () => {
    const data = await api().execute(documents.ProjectDocument, { entity: 'demo-user', name: 'nope' });
    expect(data.project).toBeNull();
  });

  it('sends the generated documents as their query text, named as in operations/', async () => {
    await api().execute(documents.ViewerDocument, {});
    expect(fake.requests.at(-1)).toMatchObject({ operationName: 'Viewer', operationType: 'query' });
    expect(String(documents.ViewerDocument)).toMatch(/^\s*query Viewer\b/);
  });

  it("runs a syntax tree from graphql's own parse, as other codegen setups emit", async () => {
    const { parse } = await import('graphql');
    const data = await api().execute<{ viewer: { username: string } | null }, Record<string, never>>(parse('query Me { viewer { username } }'), {});
    expect(data.viewer?.username).toBe('demo-user');
    expect(fake.operations().at(-1)).toBe('Me');
  });

  it('refuses a document that is not GraphQL before sending anything', async () => {
    const notGraphQL = 'query { viewer {' as unknown as typeof documents.ViewerDocument;
    const noOperation = 'fragment F on User { id }' as unknown as typeof documents.ViewerDocument;
    for (const document of [notGraphQL, noOperation, 42 as unknown as typeof documents.ViewerDocument]) {
      const error = await rejectionOf(api().execute(document, {}));
      expect(error).toBeInstanceOf(InvalidArgumentError);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('surfaces a server-side validation error for an unknown field as a GraphQLResponseError', async () => {
    server.use(
      http.post(`${fake.baseUrl}/graphql`, async ({ request }) => {
        const body = (await request.clone().json()) as { query: string };
        return fake.handle(
          new Request(request.url, {
            method: 'POST',
            headers: request.headers,
            body: JSON.stringify({ ...body, query: body.query.replace('username', 'shoeSize') }),
          }),
        ) as Promise<Response>;
      }),
    );
    const error = (await rejectionOf(api().viewer())) as GraphQLResponseError;
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.status).toBe(400);
    expect(error.message).toContain('Cannot query field "shoeSize" on type "User"');
  });

  it('sends POST requests even for short queries', async () => {
    const methods: string[] = [];
    server.use(
      graphql.query('Viewer', ({ request }) => {
        methods.push(request.method);
        return HttpResponse.json({ data: { viewer: null } });
      }),
    );
    await rejectionOf(api().viewer());
    expect(methods).toEqual(['POST']);
  });
});

describe('a fetch that ignores its signal', () => {
  it('is given up at the deadline or on abort, and holds no concurrency slot afterwards', async () => {
    let hang = 2;
    // The first two requests never answer and never heed their signal, as a broken fetch or mock.
    const stuck: typeof fetch = (input, init) => (hang-- > 0 ? new Promise<Response>(() => undefined) : fetch(input, init));
    const client = api({ fetch: stuck, maxConcurrency: 1, retries: 0 });
    const started = Date.now();
    expect(await rejectionOf(client.viewer({ timeout: 200 }))).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
    const controller = new AbortController();
    const aborted = rejectionOf(client.viewer({ signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user gave up')), 50);
    expect(await aborted).toBeInstanceOf(AbortError);
    // Both slots were given back: with one allowed at a time, the next call still goes out.
    await expect(client.viewer({ timeout: 2000 })).resolves.toMatchObject({ username: 'demo-user' });
  });
});
