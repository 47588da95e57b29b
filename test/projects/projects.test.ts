import { InvalidArgumentError, NotFoundError, Project, Report, Run, Sweep } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';
import { pythonPost } from '../support/python';

const { fake, api } = useFakeWandb();

function seed() {
  fake.seed.entity({ name: 'team' });
  fake.seed.project({ entity: 'team', name: 'p', description: 'the project', createdAt: new Date('2026-01-02T03:04:05Z') });
  fake.seed.run({ entity: 'team', project: 'p', id: 'r1' });
  fake.seed.sweep({ entity: 'team', project: 'p', id: 'sw1', config: { method: 'grid' } });
  return fake.seed.report({ entity: 'team', project: 'p', displayName: 'Notes' });
}

describe('Project', () => {
  it("has the attributes of Python's Project and lists its runs and sweeps", async () => {
    seed();
    const project = await api().project('p', 'team');
    expect(project).toMatchObject({
      name: 'p',
      entity: 'team',
      path: ['team', 'p'],
      url: 'https://wandb.test/team/p/workspace',
      description: 'the project',
      readOnly: false,
      createdAt: new Date('2026-01-02T03:04:05Z'),
    });
    expect(typeof project.id).toBe('string');
    expect((await project.runs().toArray()).map((r) => r.name)).toEqual(['r1']);
    expect((await project.sweeps().toArray()).map((s) => s.name)).toEqual(['sw1']);
  });
});

describe('api.fromPath()', () => {
  it('returns the project, run, sweep or report a path names', async () => {
    const report = seed();
    const project = await api().fromPath('team/p');
    expect(project).toBeInstanceOf(Project);
    expect((project as Project).path).toEqual(['team', 'p']);
    expect(await api({ entity: 'team' }).fromPath('p')).toBeInstanceOf(Project);

    const run = await api().fromPath('team/p/runs/r1');
    expect(run).toBeInstanceOf(Run);
    expect((run as Run).name).toBe('r1');
    expect(await api().fromPath('team/p/r1')).toBeInstanceOf(Run);

    const sweep = await api().fromPath('https://wandb.ai/team/p/sweeps/sw1?workspace=user-x');
    expect(sweep).toBeInstanceOf(Sweep);
    expect((sweep as Sweep).name).toBe('sw1');

    const found = await api().fromPath(`team/p/reports/Notes--${report.id.replace(/=+$/, '')}`);
    expect(found).toBeInstanceOf(Report);
    expect((found as Report).displayName).toBe('Notes');
  });

  it('says NotFoundError when the thing does not exist', async () => {
    seed();
    expect(await rejectionOf(api().fromPath('team/nope'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().fromPath('team/p/runs/nope'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().fromPath('team/p/sweeps/nope'))).toBeInstanceOf(NotFoundError);
  });

  it.each([['team/p/workspace/x'], ['a/b/c/d/e'], ['team/p/reports/weekly-notes'], ['']])(
    'refuses %p before any request, naming the accepted forms',
    async (path) => {
      const error = await rejectionOf(api().fromPath(path));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('path');
      expect(fake.requests).toHaveLength(0);
    },
  );

  it('names every accepted form in the message', async () => {
    const error = await rejectionOf(api().fromPath('team/p/workspace/x'));
    for (const form of ['"entity/project"', 'runs/run_id', 'sweeps/sweep_id', 'reports/Title--report_id']) expect(error.message).toContain(form);
  });
});

describe('requests of the Python client for projects', () => {
  it('GetProject (api.project) with the viewer-like user fields', async () => {
    seed();
    const query = `query GetProject($name: String!, $entity: String!) { project(name: $name, entityName: $entity) { ...ProjectFragment } }
    fragment ApiKeyFragment on ApiKey { id name description }
    fragment ProjectFragment on Project { __typename id name entityName createdAt isBenchmark user { ...UserFragment } }
    fragment UserFragment on User {
      id name username email admin flags entity deletedAt
      apiKeys { edges { node { ...ApiKeyFragment } } }
      teams { edges { node { name } } }
    }`;
    const { body } = await pythonPost(fake, query, { name: 'p', entity: 'team' });
    expect(body.errors).toBeUndefined();
    const project = body.data?.project as Record<string, unknown> & { user: Record<string, unknown> };
    expect(project).toMatchObject({ __typename: 'Project', name: 'p', entityName: 'team', isBenchmark: false });
    expect(project.user).toMatchObject({ username: 'demo-user', admin: false, flags: '{}' });
    expect((project.user.teams as { edges: Array<{ node: { name: string } }> }).edges.map((e) => e.node.name)).toContain('team');
  });
});
