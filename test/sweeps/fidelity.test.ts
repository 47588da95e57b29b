import { useFakeWandb } from '../support/fake';
import { pythonPost } from '../support/python';

/**
 * The requests the Python client (wandb 0.30.0) makes for sweeps, written from the
 * fields WIRE.md lists, must validate and execute on the fake with exact typenames and no null
 * where the schema says non-null.
 */
const { fake } = useFakeWandb();

function seed() {
  fake.seed.entity({ name: 'team' });
  fake.seed.sweep({
    entity: 'team',
    project: 'tuning',
    id: 'sw1',
    config: { method: 'bayes', metric: { name: 'loss', goal: 'minimize' }, parameters: { lr: { values: [0.1, 0.01] } } },
    runs: [
      { id: 'r1', summary: { loss: 0.4 } },
      { id: 'r2', summary: { loss: 0.3 } },
    ],
    agents: [{ id: 'ag1', host: 'box', runs: ['r1', 'r2'] }],
  });
}

const SWEEP_FRAGMENT = `fragment SweepFragment on Sweep {
  __typename id name displayName method state description bestLoss config createdAt updatedAt runCount runCountExpected
}`;

describe('requests of the Python client for sweeps', () => {
  it('GetSweep', async () => {
    seed();
    const query = `query GetSweep($name: String!, $project: String, $entity: String) {
      project(name: $project, entityName: $entity) { sweep(sweepName: $name) { ...SweepFragment } }
    }
    ${SWEEP_FRAGMENT}`;
    const { status, body } = await pythonPost(fake, query, { entity: 'team', project: 'tuning', name: 'sw1' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const sweep = (body.data?.project as { sweep: Record<string, unknown> }).sweep;
    expect(sweep).toMatchObject({
      __typename: 'Sweep',
      name: 'sw1',
      displayName: null,
      method: 'bayes',
      state: 'RUNNING',
      bestLoss: 0.3,
      runCount: 2,
      runCountExpected: null,
    });
    expect(sweep.config).toMatch(/^method: bayes\n/);
    expect(typeof sweep.id).toBe('string');
    expect(sweep.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('GetSweepLegacy', async () => {
    seed();
    const query = `query GetSweepLegacy($name: String!, $project: String, $entity: String) {
      project(name: $project, entityName: $entity) { sweep(sweepName: $name) { ...LegacySweepFragment } }
    }
    fragment LegacySweepFragment on Sweep { __typename id name state bestLoss config }`;
    const { body } = await pythonPost(fake, query, { entity: 'team', project: 'tuning', name: 'sw1' });
    expect(body.errors).toBeUndefined();
    expect((body.data?.project as { sweep: unknown }).sweep).toMatchObject({ __typename: 'Sweep', name: 'sw1', state: 'RUNNING', bestLoss: 0.3 });
  });

  it('a missing sweep is a null sweep, which the client reads as "not found"', async () => {
    seed();
    const query = `query GetSweep($name: String!, $project: String, $entity: String) {
      project(name: $project, entityName: $entity) { sweep(sweepName: $name) { ...SweepFragment } }
    }
    ${SWEEP_FRAGMENT}`;
    const { body } = await pythonPost(fake, query, { entity: 'team', project: 'tuning', name: 'nope' });
    expect(body).toEqual({ data: { project: { sweep: null } } });
  });

  it('GetSweeps (project.sweeps())', async () => {
    seed();
    const query = `query GetSweeps($project: String!, $entity: String!, $filters: JSONString!, $cursor: String, $perPage: Int = 50) {
      project(name: $project, entityName: $entity) {
        totalSweeps
        sweeps(after: $cursor, first: $perPage, filters: $filters) {
          pageInfo { ...PageInfoFragment }
          edges { node { ...SweepFragment } }
        }
      }
    }
    fragment PageInfoFragment on PageInfo { __typename endCursor hasNextPage }
    ${SWEEP_FRAGMENT}`;
    const { body } = await pythonPost(fake, query, { project: 'tuning', entity: 'team', filters: '{}' });
    expect(body.errors).toBeUndefined();
    const project = body.data?.project as { totalSweeps: number; sweeps: { pageInfo: unknown; edges: Array<{ node: { name: string } }> } };
    expect(project.totalSweeps).toBe(1);
    expect(project.sweeps.pageInfo).toEqual({ __typename: 'PageInfo', endCursor: expect.any(String), hasNextPage: false });
    expect(project.sweeps.edges.map((e) => e.node.name)).toEqual(['sw1']);
  });

  it('GetSweepAgents and GetSweepAgent', async () => {
    seed();
    const agentFragment = 'fragment AgentFragment on Agent { id name host state totalRuns createdAt heartbeatAt }';
    const list = await pythonPost(
      fake,
      `query GetSweepAgents($sweep: String!, $entity: String, $project: String) {
        project(name: $project, entityName: $entity) { sweep(sweepName: $sweep) { agents { edges { node { ...AgentFragment } } } } }
      }
      ${agentFragment}`,
      { sweep: 'sw1', entity: 'team', project: 'tuning' },
    );
    expect(list.body.errors).toBeUndefined();
    const edges = (list.body.data?.project as { sweep: { agents: { edges: Array<{ node: unknown }> } } }).sweep.agents.edges;
    expect(edges.map((e) => e.node)).toEqual([expect.objectContaining({ name: 'ag1', host: 'box', state: 'RUNNING', totalRuns: 2 })]);

    const one = await pythonPost(
      fake,
      `query GetSweepAgent($agentID: String!, $sweep: String!, $entity: String, $project: String) {
        project(name: $project, entityName: $entity) { sweep(sweepName: $sweep) { agent(agentName: $agentID) { ...AgentFragment } } }
      }
      ${agentFragment}`,
      { agentID: 'ag1', sweep: 'sw1', entity: 'team', project: 'tuning' },
    );
    expect((one.body.data?.project as { sweep: { agent: { name: string } } }).sweep.agent.name).toBe('ag1');
  });

  it('GetAgentRuns', async () => {
    seed();
    const query = `query GetAgentRuns($agentID: String!, $sweep: String!, $entity: String, $project: String, $after: String, $before: String, $first: Int, $last: Int, $order: String) {
      project(name: $project, entityName: $entity) { sweep(sweepName: $sweep) { agent(agentName: $agentID) {
        runs(after: $after, before: $before, first: $first, last: $last, order: $order) {
          pageInfo { __typename endCursor hasNextPage }
          edges { cursor node { id tags name displayName sweepName state group jobType commit readOnly createdAt heartbeatAt description notes historyLineCount user { name username } } }
        }
      } } }
    }`;
    const { body } = await pythonPost(fake, query, {
      agentID: 'ag1',
      sweep: 'sw1',
      entity: 'team',
      project: 'tuning',
      first: 50,
      order: '+created_at',
    });
    expect(body.errors).toBeUndefined();
    const runs = (body.data?.project as { sweep: { agent: { runs: { edges: Array<{ node: { name: string; sweepName: string } }> } } } }).sweep.agent
      .runs;
    expect(runs.edges.map((e) => [e.node.name, e.node.sweepName])).toEqual([
      ['r1', 'sw1'],
      ['r2', 'sw1'],
    ]);
  });

  it('EnqueueSweepRun', async () => {
    seed();
    fake.features.add('SWEEPS_LOCAL_SCHEDULER');
    const sweepId = fake.store.sweeps.get('team/tuning/sw1')!.id;
    const query = `mutation EnqueueSweepRun($id: ID!, $config: JSONString!, $displayName: String) {
      enqueueSweepRun(input: { id: $id, config: $config, displayName: $displayName }) { id runQueueItemId }
    }`;
    const { body } = await pythonPost(fake, query, { id: sweepId, config: JSON.stringify({ lr: { value: 0.1 } }), displayName: null });
    expect(body.errors).toBeUndefined();
    expect(body.data?.enqueueSweepRun).toEqual({ id: expect.any(String), runQueueItemId: null });
  });

  // sweep.runs and sweep.best_run go through the Runs query with the sweep's short id as filter.
  const RUNS_QUERY = `query Runs($project: String!, $entity: String!, $cursor: String, $perPage: Int = 50, $order: String, $filters: JSONString) {
    project(name: $project, entityName: $entity) {
      internalId readOnly
      runCount(filters: $filters)
      runs(filters: $filters, after: $cursor, first: $perPage, order: $order) {
        edges { cursor node { id name displayName state sweepName summaryMetrics } }
        pageInfo { endCursor hasNextPage }
      }
    }
  }`;

  it('sweep.runs: Runs filtered by {"$and": [{"sweep": id}]}, ten per page', async () => {
    seed();
    fake.seed.run({ entity: 'team', project: 'tuning', id: 'outside', summary: { loss: 0.1 } });
    const { status, body } = await pythonPost(fake, RUNS_QUERY, {
      project: 'tuning',
      entity: 'team',
      filters: JSON.stringify({ $and: [{ sweep: 'sw1' }] }),
      order: '+created_at',
      perPage: 10,
    });
    expect(status).toBe(200);
    const project = body.data?.project as { runCount: number; runs: { edges: Array<{ node: { name: string; sweepName: string } }> } };
    expect(project.runCount).toBe(2);
    expect(project.runs.edges.map((e) => [e.node.name, e.node.sweepName])).toEqual([
      ['r1', 'sw1'],
      ['r2', 'sw1'],
    ]);
  });

  it("sweep.best_run: one run, ordered by the metric with the goal's sign", async () => {
    seed();
    const { body } = await pythonPost(fake, RUNS_QUERY, {
      project: 'tuning',
      entity: 'team',
      filters: JSON.stringify({ $and: [{ sweep: 'sw1' }] }),
      order: '+summary_metrics.loss',
      perPage: 1,
    });
    const runs = (
      body.data?.project as { runs: { edges: Array<{ node: { name: string; summaryMetrics: string } }>; pageInfo: { hasNextPage: boolean } } }
    ).runs;
    expect(runs.edges.map((e) => e.node.name)).toEqual(['r2']);
    expect(JSON.parse(runs.edges[0]!.node.summaryMetrics)).toEqual({ loss: 0.3 });
    expect(runs.pageInfo.hasNextPage).toBe(true);
  });
});
