import { createHash } from 'node:crypto';
import { parquetReadObjects } from 'hyparquet';
import { createFakeWandb, historyRows } from 'wandb-api/testing';

type Fake = ReturnType<typeof createFakeWandb>;
// The answers' shapes are what these tests check, field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

async function gql(fake: Fake, query: string, variables: Record<string, unknown> = {}) {
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}` },
    body: JSON.stringify({ query, variables, operationName: '' }),
  });
  return (await response.json()) as { data?: Record<string, Loose>; errors?: Array<{ message: string }> };
}

const HISTORY = `query H($min: Int64, $max: Int64, $spec: JSONString!) {
  project(entityName: "demo-user", name: "p") { run(name: "r") {
    history(minStep: $min, maxStep: $max, samples: 1000)
    sampledHistory(specs: [$spec])
  } }
}`;

describe('fake W&B: runs area', () => {
  it('seeds 10,000 runs with history quickly, and filters and counts them', async () => {
    const fake = createFakeWandb();
    const started = Date.now();
    fake.seed.runs({
      project: 'big',
      count: 10_000,
      config: (i) => ({ lr: i % 10, seed: i }),
      summary: (i) => ({ loss: 1 / (i + 1) }),
      history: { rows: 50 },
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(fake.store.runsOf('demo-user', 'big')).toHaveLength(10_000);
    const { data } = await gql(
      fake,
      `{ project(entityName: "demo-user", name: "big") {
      all: runCount
      some: runCount(filters: "{\\"config.lr\\": {\\"$in\\": [1, 2]}, \\"summary_metrics.loss\\": {\\"$lt\\": 0.01}}")
      runs(first: 2, order: "-config.seed.value") { edges { node { name historyLineCount } } }
    } }`,
    );
    expect(data?.project).toEqual({
      all: 10_000,
      some: 1_980,
      runs: { edges: [{ node: { name: 'run-9999', historyLineCount: 50 } }, { node: { name: 'run-9998', historyLineCount: 50 } }] },
    });
  });

  it('treats history maxStep as exclusive and sampledHistory maxStep as inclusive', async () => {
    const fake = createFakeWandb();
    fake.seed.run({ project: 'p', id: 'r', history: historyRows({ rows: 20 }) });
    const { data } = await gql(fake, HISTORY, { min: 5, max: 8, spec: JSON.stringify({ keys: ['_step'], minStep: 5, maxStep: 8, samples: 100 }) });
    const run = data?.project.run;
    expect(run.history.map((line: string) => JSON.parse(line)._step)).toEqual([5, 6, 7]);
    expect(run.sampledHistory[0].map((r: { _step: number }) => r._step)).toEqual([5, 6, 7, 8]);
  });

  it('writes parquet exports with typed columns and serves the rest as live rows on the keys asked for', async () => {
    const fake = createFakeWandb();
    const history = [
      { loss: 0.5, tag: 'a', ok: true, media: { _type: 'image', path: 'x.png' } },
      { loss: 0.25, tag: 'b' },
      { loss: 0.125, ok: false },
      { loss: 0.1, tag: 'c' },
    ];
    fake.seed.run({ project: 'p', id: 'r', history, state: 'running' });
    fake.seed.historyExport({ project: 'p', run: 'r', exportedRows: 3, rowsPerFile: 2 });
    const { data } = await gql(
      fake,
      `{ project(entityName: "demo-user", name: "p") { run(name: "r") { parquetHistory(liveKeys: ["tag"]) { parquetUrls liveData } } } }`,
    );
    const { parquetUrls, liveData } = data!.project.run.parquetHistory;
    expect(liveData).toEqual([{ _step: 3, tag: 'c' }]);
    expect(parquetUrls).toHaveLength(2);
    const rows = [];
    for (const url of parquetUrls) rows.push(...(await parquetReadObjects({ file: await (await fake.fetch(url)).arrayBuffer() })));
    expect(rows).toEqual([
      { _step: 0n, loss: 0.5, tag: 'a', ok: true, media: { _type: 'image', path: 'x.png' } },
      { _step: 1n, loss: 0.25, tag: 'b', ok: null, media: null },
      { _step: 2n, loss: 0.125, ok: false },
    ]);
  });

  it('hands out upload URLs that take the bytes once, with the upload headers, and no key', async () => {
    const fake = createFakeWandb();
    fake.seed.run({ project: 'p', id: 'r' });
    const { data } = await gql(
      fake,
      `mutation { createRunFiles(input: { entityName: "demo-user", projectName: "p", runName: "r", files: ["a/b.txt"] }) { runID uploadHeaders files { name uploadUrl } } }`,
    );
    const { uploadHeaders, files, runID } = data!.createRunFiles;
    expect(runID).toBe(fake.store.run('demo-user', 'p', 'r')!.id);
    const url = files[0].uploadUrl as string;
    expect(new URL(url).origin).not.toBe(new URL(fake.baseUrl).origin);
    expect((await fake.fetch(url, { method: 'PUT', body: 'hello' })).status).toBe(400);
    const headers = Object.fromEntries((uploadHeaders as string[]).map((h) => [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)]));
    expect((await fake.fetch(url, { method: 'PUT', body: 'hello', headers })).status).toBe(200);
    expect((await fake.fetch(url, { method: 'PUT', body: 'again', headers })).status).toBe(403);
    const listed = await gql(
      fake,
      `{ project(entityName: "demo-user", name: "p") { run(name: "r") { fileCount files { edges { node { name sizeBytes md5 up: url(upload: true) } } } } } }`,
    );
    const node = listed.data?.project.run.files.edges[0].node;
    expect(node).toMatchObject({ name: 'a/b.txt', sizeBytes: 5, md5: createHash('md5').update('hello').digest('base64') });
    expect(node.up).toMatch(/\/upload\/[0-9a-f]{32}$/);
  });

  it('refuses file names that leave the run, and changes by non-members', async () => {
    const fake = createFakeWandb();
    fake.seed.entity({ name: 'others', withViewer: false });
    fake.seed.project({ entity: 'others', name: 'pub', access: 'PUBLIC' });
    fake.seed.run({ entity: 'others', project: 'pub', id: 'r' });
    fake.seed.run({ project: 'p', id: 'r' });
    const bad = await gql(
      fake,
      `mutation { createRunFiles(input: { entityName: "demo-user", projectName: "p", runName: "r", files: ["../x"] }) { runID } }`,
    );
    expect(bad.errors?.[0]?.message).toMatch(/invalid file name/);
    const id = fake.store.run('others', 'pub', 'r')!.id;
    const denied = await gql(fake, `mutation($id: ID!) { deleteRun(input: { id: $id }) { clientMutationId } }`, { id });
    expect(denied.errors?.[0]?.message).toMatch(/permission denied/);
    expect(fake.store.run('others', 'pub', 'r')).toBeDefined();
  });
});
