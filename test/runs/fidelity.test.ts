/**
 * The requests the real Python client (wandb 0.30.0) makes for runs, history and run files, as
 * WIRE.md records them: each document below selects the fields WIRE.md lists for that call,
 * is posted with `operationName: ""` (or the name wandb-core fills in), and must validate and
 * execute on the fake with exact type names and no null in a non-null field.
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { useFakeWandb } from '../support/fake';

const { fake } = useFakeWandb();

// The answers' shapes are what these tests check, field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

interface Answer {
  status: number;
  data: Record<string, Loose>;
  errors?: Array<{ message: string }>;
}

async function post(query: string, variables: Record<string, unknown> | null, operationName = ''): Promise<Answer> {
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}`,
      'user-agent': 'W&B Public Client 0.30.0',
      'use-admin-privileges': 'true',
    },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await response.json()) as { data?: Record<string, Loose>; errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  return { status: response.status, data: body.data ?? {} };
}

const LIGHT_RUN = `
  id tags name displayName sweepName state group jobType commit readOnly createdAt heartbeatAt
  description notes historyLineCount user { name username }`;

function seed() {
  fake.seed.runs({
    project: 'proj',
    count: 3,
    state: (i) => (i === 2 ? 'running' : 'finished'),
    config: (i) => ({ lr: [0.1, 0.01, 0.001][i] }),
    summary: (i) => ({ loss: 1 - i / 10 }),
    tags: () => ['t'],
    history: { rows: 25, keys: ['loss', 'acc'] },
  });
  fake.seed.runFile({ project: 'proj', run: 'run-0', name: 'config.yaml', content: 'lr: 0.1\n' });
  fake.seed.runFile({ project: 'proj', run: 'run-0', name: 'wandb-metadata.json', content: '{"host":"h"}', mimetype: 'application/json' });
}

describe('Python client fidelity: runs, history and run files', () => {
  it('Runs: the lazy listing with runCount, internalId, projectId, a string filter and verbatim order', async () => {
    seed();
    const query = `query Runs($project: String!, $entity: String!, $cursor: String, $perPage: Int = 50, $order: String, $filters: JSONString) {
      project(name: $project, entityName: $entity) {
        internalId
        runCount(filters: $filters)
        readOnly
        runs(filters: $filters, after: $cursor, first: $perPage, order: $order) {
          edges { node { projectId ...LightRun __typename } cursor }
          pageInfo { endCursor hasNextPage __typename }
        }
      }
    }
    fragment LightRun on Run {${LIGHT_RUN} }`;
    const variables = {
      project: 'proj',
      entity: 'demo-user',
      order: '-summary_metrics.loss',
      filters: JSON.stringify({ state: 'finished', 'config.lr': { $gte: 0.01 } }),
      perPage: 1,
    };
    const first = await post(query, variables);
    const project = first.data.project;
    expect(project.runCount).toBe(2);
    expect(project.internalId).toMatch(/^\d+$/);
    expect(project.readOnly).toBe(false);
    expect(project.runs.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: true, __typename: 'PageInfo' });
    const node = project.runs.edges[0].node;
    expect(node).toMatchObject({
      __typename: 'Run',
      name: 'run-0',
      state: 'finished',
      tags: ['t'],
      projectId: project.internalId,
      historyLineCount: 25,
      user: { name: 'demo-user', username: 'demo-user' },
    });
    expect(node.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const second = await post(query, { ...variables, cursor: project.runs.edges[0].cursor });
    expect(second.data.project.runs.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['run-1']);
    expect(second.data.project.runs.pageInfo.hasNextPage).toBe(false);
    expect(fake.operations()).toEqual(['Runs', 'Runs']);
  });

  it('Run: the full run, config in stored form, historyKeys an object with lastStep', async () => {
    seed();
    const query = `query Run($project: String!, $entity: String!, $name: String!) {
      project(name: $project, entityName: $entity) {
        run(name: $name) { projectId ...FullRun }
      }
    }
    fragment FullRun on Run {${LIGHT_RUN} config systemMetrics summaryMetrics historyKeys }`;
    const { data } = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-1' });
    const run = data.project.run;
    expect(JSON.parse(run.config)).toEqual({ lr: { value: 0.01, desc: null } });
    expect(JSON.parse(run.summaryMetrics)).toEqual({ loss: 0.9 });
    expect(JSON.parse(run.systemMetrics)).toEqual({});
    expect(run.historyKeys).toMatchObject({ lastStep: 24, keys: { loss: { typeCounts: [{ type: 'number', count: 25 }] } } });
  });

  it('RunSampledHistory: one spec string, x-axis first, one list of rows back', async () => {
    seed();
    const query = `query RunSampledHistory($project: String!, $entity: String!, $name: String!, $specs: [JSONString!]!) {
      project(name: $project, entityName: $entity) { run(name: $name) { sampledHistory(specs: $specs) } }
    }`;
    const specs = [JSON.stringify({ keys: ['_step', 'loss'], samples: 3 })];
    const { data } = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-0', specs });
    expect(data.project.run.sampledHistory).toEqual([
      [
        { _step: 0, loss: expect.any(Number) },
        { _step: 12, loss: expect.any(Number) },
        { _step: 24, loss: expect.any(Number) },
      ],
    ]);
  });

  it('RunFullHistory: history(samples) and events(samples) as JSON-encoded rows', async () => {
    seed();
    fake.seed.runEvents({ project: 'proj', run: 'run-0' }, [{ 'system.cpu': 3, _timestamp: 1 }]);
    for (const node of ['history', 'events']) {
      const query = `query RunFullHistory($project: String!, $entity: String!, $name: String!, $samples: Int) {
        project(name: $project, entityName: $entity) { run(name: $name) { ${node}(samples: $samples) } }
      }`;
      const { data } = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-0', samples: 500 });
      const rows = (data.project.run[node] as string[]).map((line) => JSON.parse(line));
      expect(rows).toHaveLength(node === 'history' ? 25 : 1);
      expect(rows[0]).toHaveProperty([node === 'history' ? '_step' : 'system.cpu']);
    }
  });

  it('RunHistoryKeys: historyKeys is an object the client can read lastStep from', async () => {
    seed();
    fake.seed.run({ project: 'proj', id: 'empty' });
    const query = `query RunHistoryKeys($project: String!, $entity: String!, $name: String!) {
      project(name: $project, entityName: $entity) { run(name: $name) { historyKeys } }
    }`;
    const full = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-2' });
    expect(full.data.project.run.historyKeys.lastStep).toBe(24);
    const empty = await post(query, { project: 'proj', entity: 'demo-user', name: 'empty' });
    expect(empty.data.project.run.historyKeys).toEqual({ keys: {}, lastStep: -1 });
  });

  it('RunParquetHistory (named by wandb-core): parquet URLs that serve real parquet without auth, and live rows', async () => {
    seed();
    const query = `query RunParquetHistory($entity: String!, $project: String!, $name: String!, $liveKeys: [String!]!) {
      project(name: $project, entityName: $entity) { run(name: $name) { parquetHistory(liveKeys: $liveKeys) { parquetUrls liveData } } }
    }`;
    const finished = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-0', liveKeys: ['_step'] }, 'RunParquetHistory');
    const { parquetUrls, liveData } = finished.data.project.run.parquetHistory;
    expect(liveData).toEqual([]);
    expect(parquetUrls).toHaveLength(1);
    const response = await fake.fetch(parquetUrls[0]);
    expect(response.status).toBe(200);
    const bytes = await response.arrayBuffer();
    expect(Number(parquetMetadata(bytes).num_rows)).toBe(25);
    const rows = await parquetReadObjects({ file: bytes, columns: ['_step', 'loss'] });
    expect(rows[3]).toEqual({ _step: 3n, loss: fake.store.run('demo-user', 'proj', 'run-0')!.history[3]!.loss });
    const running = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-2', liveKeys: ['_step'] }, 'RunParquetHistory');
    expect(running.data.project.run.parquetHistory.parquetUrls).toEqual([]);
    expect(running.data.project.run.parquetHistory.liveData).toHaveLength(25);
    expect(running.data.project.run.parquetHistory.liveData[0]).toEqual({ _step: 0 });
  });

  it('SampledHistoryPage (named by wandb-core): a singular spec, maxStep inclusive', async () => {
    seed();
    const query = `query SampledHistoryPage($entity: String!, $project: String!, $run: String!, $spec: JSONString!) {
      project(name: $project, entityName: $entity) { run(name: $run) { sampledHistory(specs: [$spec]) } }
    }`;
    const spec = JSON.stringify({ keys: ['_step', 'loss', '_step'], minStep: 10, maxStep: 19, samples: 10 });
    const { data } = await post(query, { entity: 'demo-user', project: 'proj', run: 'run-0', spec }, 'SampledHistoryPage');
    expect(data.project.run.sampledHistory[0].map((r: { _step: number }) => r._step)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('RunFiles, then the download of url with Basic auth (W&B origin) that redirects to storage', async () => {
    seed();
    const query = `query RunFiles($project: String!, $entity: String!, $name: String!, $fileCursor: String, $fileLimit: Int = 50, $fileNames: [String] = [], $upload: Boolean = false, $pattern: String) {
      project(name: $project, entityName: $entity) {
        internalId
        run(name: $name) {
          fileCount
          files(names: $fileNames, after: $fileCursor, first: $fileLimit, pattern: $pattern) {
            edges { cursor node { id name directUrl sizeBytes mimetype updatedAt md5 url(upload: $upload) __typename } }
            pageInfo { endCursor hasNextPage __typename }
          }
        }
      }
    }`;
    const { data } = await post(query, {
      project: 'proj',
      entity: 'demo-user',
      name: 'run-0',
      fileNames: [],
      fileCursor: null,
      fileLimit: 50,
      pattern: null,
      upload: false,
    });
    const run = data.project.run;
    expect(run.fileCount).toBe(2);
    expect(run.files.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false, __typename: 'PageInfo' });
    const file = run.files.edges[0].node;
    expect(file).toMatchObject({ __typename: 'File', name: 'config.yaml', sizeBytes: 8, mimetype: 'text/plain', md5: expect.any(String) });
    const named = await post(query, { project: 'proj', entity: 'demo-user', name: 'run-0', fileNames: ['wandb-metadata.json'] });
    expect(named.data.project.run.files.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['wandb-metadata.json']);

    expect((await fake.fetch(file.url)).status).toBe(401);
    const auth = { authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}` };
    const redirect = await fake.fetch(file.url, { headers: auth });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') as string;
    expect(new URL(location).origin).not.toBe(new URL(fake.baseUrl).origin);
    expect(await (await fake.fetch(location)).text()).toBe('lr: 0.1\n');
    expect(await (await fake.fetch(file.directUrl)).text()).toBe('lr: 0.1\n');
  });

  it('UpsertBucket twice for run.update(): the run fields with snake_case variables, then the whole summary', async () => {
    seed();
    const id = fake.store.run('demo-user', 'proj', 'run-1')!.id;
    const first = `mutation UpsertBucket($id: String!, $description: String, $display_name: String, $notes: String, $tags: [String!], $config: JSONString!, $groupName: String, $jobType: String) {
      upsertBucket(input: {id: $id, description: $description, displayName: $display_name, notes: $notes, tags: $tags, config: $config, groupName: $groupName, jobType: $jobType}) {
        bucket { ...FullRun }
      }
    }
    fragment FullRun on Run {${LIGHT_RUN} config systemMetrics summaryMetrics historyKeys }`;
    const config = JSON.stringify({ lr: { value: 0.5, desc: null }, extra: { value: [1, 2], desc: null } });
    const one = await post(first, {
      entity: 'demo-user',
      project: 'proj',
      name: 'run-1',
      id,
      tags: ['t', 'new'],
      description: 'd',
      notes: 'n',
      display_name: 'renamed',
      config,
      groupName: 'g',
      jobType: 'train',
    });
    expect(one.data.upsertBucket.bucket).toMatchObject({
      name: 'run-1',
      displayName: 'renamed',
      tags: ['t', 'new'],
      notes: 'n',
      description: 'd',
      group: 'g',
      jobType: 'train',
    });
    expect(JSON.parse(one.data.upsertBucket.bucket.config)).toEqual(JSON.parse(config));
    const second = `mutation UpsertBucket($id: String!, $summaryMetrics: JSONString) {
      upsertBucket(input: {id: $id, summaryMetrics: $summaryMetrics}) { bucket { id } }
    }`;
    const two = await post(second, { id, summaryMetrics: JSON.stringify({ loss: 0.1, best: 3 }) });
    expect(two.data.upsertBucket.bucket).toEqual({ id });
    expect(fake.store.run('demo-user', 'proj', 'run-1')!.summary).toEqual({ loss: 0.1, best: 3 });
  });

  it('UpsertBucket for api.create_run(): a pending run, with its project and entity names', async () => {
    const query = `mutation UpsertBucket($project: String, $entity: String, $name: String!, $state: String) {
      upsertBucket(input: {modelName: $project, entityName: $entity, name: $name, state: $state}) {
        bucket { project { name entity { name } } id name }
        inserted
      }
    }`;
    const { data } = await post(query, { entity: null, project: 'fresh', name: 'abc123', state: 'pending' });
    expect(data.upsertBucket).toEqual({
      bucket: { project: { name: 'fresh', entity: { name: 'demo-user' } }, id: expect.any(String), name: 'abc123' },
      inserted: true,
    });
    expect(fake.store.run('demo-user', 'fresh', 'abc123')?.state).toBe('pending');
  });

  it("the other mutations of Python's Run and File: DeleteRun, UpdateRunState, DeleteFiles, RunState", async () => {
    seed();
    fake.store.run('demo-user', 'proj', 'run-1')!.state = 'crashed';
    const id = (name: string) => fake.store.run('demo-user', 'proj', name)!.id;
    const state = await post(`mutation UpdateRunState($input: UpdateRunStateInput!) { updateRunState(input: $input) { success } }`, {
      input: { id: id('run-1'), state: 'pending' },
    });
    expect(state.data.updateRunState).toEqual({ success: true });
    const polled = await post(
      `query RunState($project: String!, $entity: String!, $name: String!) { project(name: $project, entityName: $entity) { run(name: $name) { state } } }`,
      { project: 'proj', entity: 'demo-user', name: 'run-1' },
    );
    expect(polled.data.project.run.state).toBe('pending');
    const fileId = [...fake.store.runFiles.values()][0]!.get('config.yaml')!.id;
    const projectId = Number(fake.store.project('demo-user', 'proj')!.internalId);
    const deleted = await post(
      `mutation DeleteFiles($files: [ID!]!, $projectId: Int) { deleteFiles(input: {files: $files, projectId: $projectId}) { success } }`,
      { files: [fileId], projectId },
    );
    expect(deleted.data.deleteFiles).toEqual({ success: true });
    const run = await post(
      `mutation DeleteRun($id: ID!, $deleteArtifacts: Boolean) { deleteRun(input: {id: $id, deleteArtifacts: $deleteArtifacts}) { clientMutationId } }`,
      { id: id('run-0'), deleteArtifacts: true },
    );
    expect(run.data.deleteRun).toEqual({ clientMutationId: null });
    expect(fake.store.run('demo-user', 'proj', 'run-0')).toBeUndefined();
  });
});
