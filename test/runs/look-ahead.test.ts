import { useFakeWandb } from '../support/fake';

const { fake, api } = useFakeWandb();

const runsRequests = () => fake.operations().filter((op) => op === 'Runs').length;

describe('runs listing asks for the next page ahead', () => {
  beforeEach(() => {
    fake.seed.runs({ project: 'p', count: 9, config: (i) => ({ i }) });
  });

  it('lists every run once, with one request per page', async () => {
    const seen: number[] = [];
    for await (const run of api().runs('demo-user/p', { perPage: 2, select: { config: ['i'] } })) seen.push(run.config.i as number);
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(runsRequests()).toBe(5);
  });

  it('asks for nothing ahead of the first page', async () => {
    const first = await api().runs('demo-user/p', { perPage: 2 }).first();
    expect(first).toBeDefined();
    expect(runsRequests()).toBe(1);
  });

  it('asks for at most one page more than a caller who stops reads', async () => {
    let pages = 0;
    for await (const page of api().runs('demo-user/p', { perPage: 2 }).pages()) {
      expect(page).toHaveLength(2);
      if (++pages === 2) break;
    }
    // The page asked for ahead is in flight when the caller stops; let it arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runsRequests()).toBe(3);
  });
});
