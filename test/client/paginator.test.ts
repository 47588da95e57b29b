import { graphql, HttpResponse } from 'msw';
import { AbortError, InvalidArgumentError, ServerError, TimeoutError, type Run } from 'wandb-api';
import { pageOf, Paginator } from '../../src/client/paginator';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, server, api } = useFakeWandb();

function seedRuns(count: number) {
  for (let i = 0; i < count; i++) fake.seed.run({ project: 'p', id: `r${String(i).padStart(3, '0')}` });
}

describe('pagination', () => {
  it('walks every page in order, without repeats or gaps', async () => {
    seedRuns(23);
    const names = (await api().runs('p', { perPage: 5 }).toArray()).map((r) => r.name);
    expect(names).toEqual(Array.from({ length: 23 }, (_, i) => `r${String(i).padStart(3, '0')}`));
    expect(fake.operations().filter((o) => o === 'Runs')).toHaveLength(5);
  });

  it('sends nothing for a list whose signal is already aborted, however it is read', async () => {
    seedRuns(3);
    const controller = new AbortController();
    controller.abort();
    const { signal } = controller;
    expect(await rejectionOf(api().runs('p', { signal }).toArray())).toBeInstanceOf(AbortError);
    expect(await rejectionOf(api().projects(undefined, { signal }).pages().next())).toBeInstanceOf(AbortError);
    expect(await rejectionOf(api().users('demo', { signal }).first())).toBeInstanceOf(AbortError);
    expect(fake.requests).toEqual([]);
  });

  it('passes each page end cursor back as `after`', async () => {
    seedRuns(6);
    await api().runs('p', { perPage: 4 }).toArray();
    const runsCalls = fake.requests.filter((r) => r.operationName === 'Runs');
    expect(runsCalls[0]?.variables).toMatchObject({ first: 4, after: null });
    expect(typeof runsCalls[1]?.variables?.after).toBe('string');
  });

  it('yields pages with pages()', async () => {
    seedRuns(7);
    const sizes: number[] = [];
    for await (const page of api().runs('p', { perPage: 3 }).pages()) sizes.push(page.length);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('asks for the next page while the current one is consumed', async () => {
    seedRuns(9);
    const runs = api().runs('p', { perPage: 3 })[Symbol.asyncIterator]();
    await runs.next();
    // The first page arrived; the second was requested before the caller asked for item 4.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.operations().filter((o) => o === 'Runs')).toHaveLength(2);
    await runs.return?.();
  });

  it('asks for the next page before making the objects of the current one', async () => {
    const events: string[] = [];
    const list = new Paginator<string>(async (cursor) => {
      const n = cursor === null ? 0 : Number(cursor);
      events.push(`fetch ${n}`);
      const connection = { edges: [{ node: { n } }], pageInfo: { endCursor: String(n + 1), hasNextPage: n < 2 } };
      return pageOf(connection, (node) => (events.push(`make ${node.n}`), `item ${node.n}`));
    });
    expect(await list.toArray()).toEqual(['item 0', 'item 1', 'item 2']);
    expect(events).toEqual(['fetch 0', 'fetch 1', 'make 0', 'fetch 2', 'make 1', 'make 2']);
  });

  it('lets the next page go out before the caller walks the current one', async () => {
    // A transport that needs a turn of the event loop to send (as sockets do): the caller's loop
    // over a page runs in microtasks, so without a turn given first the next request would wait
    // until the whole page had been walked.
    const events: string[] = [];
    const list = new Paginator<string>(async (cursor) => {
      const n = cursor === null ? 0 : Number(cursor);
      await new Promise((resolve) => setImmediate(resolve));
      events.push(`sent ${n}`);
      const edges = [0, 1, 2].map((i) => ({ node: { id: `${n}.${i}` } }));
      return pageOf({ edges, pageInfo: { endCursor: String(n + 1), hasNextPage: n < 1 } }, (node) => node.id);
    });
    for await (const item of list) events.push(`walked ${item}`);
    expect(events).toEqual(['sent 0', 'sent 1', 'walked 0.0', 'walked 0.1', 'walked 0.2', 'walked 1.0', 'walked 1.1', 'walked 1.2']);
  });

  it('stops at the limit of toArray without fetching pages beyond it', async () => {
    seedRuns(50);
    const some = await api().runs('p', { perPage: 10 }).toArray({ limit: 12 });
    expect(some).toHaveLength(12);
    expect(fake.operations().filter((o) => o === 'Runs').length).toBeLessThanOrEqual(3);
  });

  it('counts with length() from the server count', async () => {
    seedRuns(17);
    await expect(api().runs('p', { perPage: 5 }).length()).resolves.toBe(17);
  });

  it('gives the first item with first(), or undefined for an empty list', async () => {
    seedRuns(3);
    expect((await api().runs('p').first())?.name).toBe('r000');
    fake.seed.project({ name: 'empty' });
    expect(await api().runs('empty').first()).toBeUndefined();
  });

  it('reports a cursor that does not advance instead of looping', async () => {
    server.use(
      graphql.query('Runs', () =>
        HttpResponse.json({
          data: {
            project: {
              runCount: 100,
              runs: { edges: [], pageInfo: { endCursor: 'same', hasNextPage: true } },
            },
          },
        }),
      ),
    );
    const error = await rejectionOf(api().runs('p').toArray());
    expect(error).toBeInstanceOf(ServerError);
    expect(error.message).toMatch(/did not advance/);
  });

  it('leaves no unhandled rejection when the caller stops early and the prefetch fails', async () => {
    seedRuns(10);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    // Faults are used in the order they were armed: the first page passes, the prefetch fails.
    fake.failNext('Runs', { delayMs: 0 });
    fake.failNext('Runs', { status: 400 });
    const iterator = api().runs('p', { perPage: 2 })[Symbol.asyncIterator]();
    const first = await iterator.next();
    await iterator.return?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', onUnhandled);
    expect(first.done).toBe(false);
    expect(fake.operations()).toEqual(['Viewer', 'Runs', 'Runs']);
    expect(unhandled).toEqual([]);
  });

  it('stops fetching when the signal aborts, with AbortError', async () => {
    seedRuns(10);
    const controller = new AbortController();
    const seen: Run[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const run of api().runs('p', { perPage: 2, signal: controller.signal })) {
          seen.push(run);
          if (seen.length === 3) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(3);
  });

  it.each([0, -1, 1.5, 100_000])('refuses perPage %p before any request', (perPage) => {
    expect(() => api().runs('p', { perPage })).toThrow(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });

  it('keeps in `cursor` the end of the last page wholly delivered, and resumes from it with `after`', async () => {
    seedRuns(7);
    const runs = api().runs('p', { perPage: 3 });
    expect(runs.cursor).toBeNull();
    const seen: string[] = [];
    for await (const run of runs) {
      seen.push(run.name);
      // Stopping inside the second page: only the first was delivered whole.
      if (seen.length === 5) break;
    }
    const rest = await api().runs('p', { perPage: 3, after: runs.cursor }).toArray();
    expect([...seen.slice(0, 3), ...rest.map((r) => r.name)]).toEqual(Array.from({ length: 7 }, (_, i) => `r${String(i).padStart(3, '0')}`));
    await runs.toArray();
    expect(await api().runs('p', { perPage: 3, after: runs.cursor }).toArray()).toEqual([]);
  });

  it('bounds each page request by `timeout`, with TimeoutError', async () => {
    seedRuns(4);
    fake.failNext('Runs', { delayMs: 0 });
    fake.failNext('Runs', { hang: true });
    const started = Date.now();
    const error = await rejectionOf(api().runs('p', { perPage: 2, timeout: 100 }).toArray());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses a negative toArray limit', async () => {
    expect(await rejectionOf(api().runs('p').toArray({ limit: -1 }))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('pageOf()', () => {
  const connection = {
    edges: [
      { version: 'v0', node: { name: 'a' } },
      { version: 'v1', node: null },
      { version: 'v2', node: { name: 'skip' } },
      { version: 'v3', node: { name: 'c' } },
    ],
    pageInfo: { endCursor: 'c3', hasNextPage: true },
  };

  it('maps the nodes, leaving out edges without one and nodes mapped to undefined, and keeps the cursor', () => {
    const page = pageOf(connection, (node, edge) => (node.name === 'skip' ? undefined : `${edge.version}:${node.name}`));
    expect(page).toEqual({ items: ['v0:a', 'v3:c'], nodeCount: 3, endCursor: 'c3', hasNextPage: true });
    expect('totalCount' in page).toBe(false);
  });

  it('gives the count only when it is a number', () => {
    expect(pageOf(connection, (node) => node.name, { totalCount: 7 }).totalCount).toBe(7);
    expect('totalCount' in pageOf(connection, (node) => node.name, { totalCount: null })).toBe(false);
  });

  it('takes a missing connection as an empty last page', () => {
    for (const missing of [null, undefined]) {
      expect(pageOf<{ node: { name: string } | null }, string>(missing, (node) => node.name, { totalCount: 3 })).toEqual({
        items: [],
        nodeCount: 0,
        endCursor: null,
        hasNextPage: false,
        totalCount: 3,
      });
    }
  });
});
