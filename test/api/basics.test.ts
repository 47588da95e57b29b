import { inspect } from 'node:util';
import { http, passthrough } from 'msw';
import { Api, InvalidArgumentError, NotFoundError, PermissionError, Project } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api, server: msw } = useFakeWandb({ seed: 'demo' });

describe('Api basics', () => {
  it('returns the viewer with their entity and teams', async () => {
    const viewer = await api().viewer();
    expect(viewer).toMatchObject({ username: 'demo-user', entity: 'demo-user', admin: false, teams: ['demo-team'] });
    expect(viewer.createdAt).toBeInstanceOf(Date);
  });

  it('uses the entity setting as default entity without asking the server', async () => {
    await expect(api({ entity: 'demo-team' }).defaultEntity()).resolves.toBe('demo-team');
    expect(fake.requests).toHaveLength(0);
  });

  it("asks for the viewer's entity once when no entity is set", async () => {
    const client = api();
    await expect(client.defaultEntity()).resolves.toBe('demo-user');
    await expect(client.defaultEntity()).resolves.toBe('demo-user');
    expect(fake.operations()).toEqual(['Viewer']);
  });

  it('loads a project with its attributes', async () => {
    const project = await api().project('image-classifier', 'demo-team');
    expect(project).toBeInstanceOf(Project);
    expect(project).toMatchObject({ name: 'image-classifier', entity: 'demo-team', path: ['demo-team', 'image-classifier'], readOnly: false });
    expect(project.url).toBe('https://wandb.test/demo-team/image-classifier/workspace');
    expect(project.description).toMatch(/CIFAR/);
  });

  it('throws NotFoundError for a project that does not exist', async () => {
    const error = await rejectionOf(api().project('nope', 'demo-team'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('demo-team/nope');
  });

  it("lists an entity's projects through the models root field, page by page", async () => {
    const names = (await api().projects('demo-team', { perPage: 1 }).toArray()).map((p) => p.name);
    expect(names).toEqual(['image-classifier', 'cartpole']);
    expect(fake.operations()).toEqual(['Projects', 'Projects']);
  });

  it("lists the viewer's own projects when no entity is given", async () => {
    const names = (await api().projects().toArray()).map((p) => p.name);
    expect(names).toEqual(['scratch']);
  });

  it('creates a project, and returns the same project when it exists', async () => {
    const created = await api().createProject('new-project', 'demo-team', { description: 'made by a test' });
    expect(created).toMatchObject({ name: 'new-project', entity: 'demo-team', description: 'made by a test' });
    const again = await api().createProject('new-project', 'demo-team');
    expect(again.id).toBe(created.id);
    expect(fake.store.project('demo-team', 'new-project')?.description).toBe('made by a test');
  });

  it('refuses to create a project in an entity the viewer is not a member of', async () => {
    fake.seed.entity({ name: 'other-team', withViewer: false });
    expect(await rejectionOf(api().createProject('x', 'other-team'))).toBeInstanceOf(PermissionError);
    expect(fake.store.project('other-team', 'x')).toBeUndefined();
  });

  it('lists runs of a project as light Run objects', async () => {
    const runs = await api().runs('demo-team/image-classifier').toArray();
    expect(runs).toHaveLength(12);
    expect(runs[0]).toMatchObject({ name: 'cifar-01', entity: 'demo-team', project: 'image-classifier', state: 'finished', loaded: false });
    expect(runs[0]?.path).toEqual(['demo-team', 'image-classifier', 'cifar-01']);
  });

  it('loads one run with config unwrapped, summary and history keys', async () => {
    const run = await api().run('demo-team/image-classifier/cifar-03');
    expect(run.loaded).toBe(true);
    expect(run.config).toMatchObject({ lr: 0.01, optimizer: 'adamw', epochs: 20 });
    expect(run.summary).toHaveProperty('accuracy');
    expect(run.lastHistoryStep).toBe(19);
    expect(run.url).toBe('https://wandb.test/demo-team/image-classifier/runs/cifar-03');
  });

  it('fills in the default entity and project of short run paths', async () => {
    const client = api({ entity: 'demo-team', project: 'cartpole' });
    expect((await client.run('ppo-2')).name).toBe('ppo-2');
    expect((await client.run('image-classifier/cifar-01')).project).toBe('image-classifier');
    expect((await client.run('https://wandb.ai/demo-team/cartpole/runs/ppo-3?workspace=user')).name).toBe('ppo-3');
    expect((await client.run('demo-team/cartpole/runs/ppo-4')).name).toBe('ppo-4');
  });

  it('throws NotFoundError for a missing run', async () => {
    expect(await rejectionOf(api().run('demo-team/image-classifier/nope'))).toBeInstanceOf(NotFoundError);
  });

  it.each([
    ['', /must not be empty/],
    ['a/b/c/d/e', /not a run path/],
    ['e/p/has space', /character/],
    ['e//id', /must not be empty/],
    ['only-id', /No project/],
  ])('refuses the run path %p before any request', async (path, message) => {
    const error = await rejectionOf(api().run(path));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses non-string paths and names with a typed error', async () => {
    expect(await rejectionOf(api().run(42 as unknown as string))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(api().project(undefined as unknown as string))).toBeInstanceOf(InvalidArgumentError);
    expect(() => api().runs('a/b/c')).toThrow(InvalidArgumentError);
    expect(() => api().runs()).toThrow(/No project/);
  });

  it('never shows the API key when objects are printed or serialised', async () => {
    const client = api();
    const [run] = await client.runs('demo-team/image-classifier').toArray({ limit: 1 });
    const project = await client.project('cartpole', 'demo-team');
    for (const value of [client, run, project, client.runs('demo-team/cartpole')]) {
      expect(inspect(value, { depth: 10, showHidden: false })).not.toContain(fake.apiKey);
      expect(JSON.stringify(value) ?? '').not.toContain(fake.apiKey);
    }
  });

  it('talks to the fake over real HTTP too', async () => {
    const server = await fake.listen({ port: 0 });
    msw.use(http.all(`${server.url}/*`, () => passthrough()));
    try {
      const client = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {} });
      expect((await client.runs('demo-team/cartpole').toArray()).map((r) => r.name)).toEqual(['ppo-1', 'ppo-2', 'ppo-3', 'ppo-4']);
    } finally {
      await server.close();
    }
  });
});
