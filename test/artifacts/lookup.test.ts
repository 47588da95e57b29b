import { InvalidArgumentError, NotFoundError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seedDataset() {
  fake.seed.project({ name: 'p' });
  const v0 = fake.seed.artifact({
    project: 'p',
    name: 'mnist',
    files: { 'train.csv': 'a,b\n1,2\n' },
    aliases: ['best'],
    tags: ['raw'],
    description: 'first',
    metadata: { rows: 1 },
  });
  const v1 = fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'a,b\n1,2\n3,4\n' }, metadata: { rows: 2 } });
  return { v0, v1 };
}

describe('api.artifact', () => {
  it('fetches a version by entity/project/name:alias, with its attributes parsed', async () => {
    const { v0 } = seedDataset();
    const artifact = await api().artifact('demo-user/p/mnist:v0');
    expect(artifact).toMatchObject({
      id: v0.id,
      name: 'mnist:v0',
      version: 'v0',
      versionIndex: 0,
      qualifiedName: 'demo-user/p/mnist:v0',
      entity: 'demo-user',
      project: 'p',
      type: 'dataset',
      state: 'COMMITTED',
      description: 'first',
      metadata: { rows: 1 },
      aliases: ['best'],
      tags: ['raw'],
      fileCount: 1,
      size: 8,
      isLink: false,
      ttl: null,
      ttlIsInherited: true,
    });
    expect(artifact.createdAt).toBeInstanceOf(Date);
    expect(artifact.digest).toMatch(/^[0-9a-f]{32}$/);
    expect(artifact.url).toBe('https://wandb.test/demo-user/p/artifacts/dataset/mnist/v0');
  });

  it('resolves latest by default and other aliases, with the project from the settings', async () => {
    const { v0, v1 } = seedDataset();
    const client = api({ project: 'p' });
    expect((await client.artifact('mnist')).id).toBe(v1.id);
    expect((await client.artifact('mnist:latest')).aliases).toEqual(['latest']);
    expect((await client.artifact('p/mnist:best')).id).toBe(v0.id);
    expect((await client.artifact('mnist:v1')).name).toBe('mnist:v1');
  });

  it('asks the viewer for the entity only once when the path leaves it out', async () => {
    seedDataset();
    const client = api();
    await client.artifact('p/mnist:v0');
    await client.artifact('p/mnist:v1');
    expect(fake.operations()).toEqual(['Viewer', 'ArtifactByName', 'ArtifactByName']);
  });

  it('checks the type when one is given', async () => {
    seedDataset();
    await expect(api().artifact('p/mnist:v0', 'dataset')).resolves.toMatchObject({ type: 'dataset' });
    const error = await rejectionOf(api().artifact('p/mnist:v0', 'model'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('is of type dataset, not model');
  });

  it('throws NotFoundError for an unknown artifact, alias or project', async () => {
    seedDataset();
    for (const name of ['p/nope:v0', 'p/mnist:v9', 'p/mnist:gone', 'elsewhere/mnist:v0']) {
      expect(await rejectionOf(api().artifact(name))).toBeInstanceOf(NotFoundError);
    }
  });

  it.each([
    ['a/b/c/d:v0', 'name'],
    ['p/mn ist:v0', 'name'],
    ['p/mnist:', 'name'],
    ['p/mnist:a/b', 'name'],
    ['', 'name'],
    ['//x', 'name'],
  ])('refuses the malformed name %p before any request', async (name, argument) => {
    const error = await rejectionOf(api({ entity: 'e', project: 'p' }).artifact(name));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(fake.requests).toEqual([]);
  });

  it('refuses a bare name without a default project, and a malformed type', async () => {
    expect(await rejectionOf(api().artifact('mnist:v0'))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(api({ entity: 'e' }).artifact('p/mnist:v0', 'bad type'))).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests).toEqual([]);
  });

  it('hides artifacts of projects the viewer may not read', async () => {
    fake.seed.entity({ name: 'other-team', withViewer: false });
    fake.seed.artifact({ entity: 'other-team', project: 'secret', name: 'weights', type: 'model', files: { 'w.bin': 'x' } });
    expect(await rejectionOf(api().artifact('other-team/secret/weights:v0'))).toBeInstanceOf(NotFoundError);
  });
});

describe('api.artifactExists', () => {
  it('answers true, false for unknown names and wrong types, and throws for malformed names', async () => {
    seedDataset();
    const client = api();
    expect(await client.artifactExists('demo-user/p/mnist:v1')).toBe(true);
    expect(await client.artifactExists('demo-user/p/mnist:v7')).toBe(false);
    expect(await client.artifactExists('demo-user/p/mnist:v1', 'model')).toBe(false);
    expect(await rejectionOf(client.artifactExists('demo-user/p/mn ist'))).toBeInstanceOf(InvalidArgumentError);
  });

  it('passes on failures that say nothing about existence', async () => {
    seedDataset();
    fake.failNext('ArtifactByName', { status: 403 });
    expect((await rejectionOf(api().artifactExists('demo-user/p/mnist:v1'))).name).toBe('PermissionError');
  });
});

describe('api.artifacts', () => {
  it('lists the versions of a collection, newest first, with paging and the count', async () => {
    seedDataset();
    fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'v2' }, tags: ['raw', 'clean'] });
    const versions = api().artifacts('dataset', 'demo-user/p/mnist', { perPage: 2 });
    expect((await versions.toArray()).map((a) => a.name)).toEqual(['mnist:v2', 'mnist:v1', 'mnist:v0']);
    expect(await versions.length()).toBe(3);
    expect(fake.operations().filter((o) => o === 'ProjectArtifacts')).toHaveLength(2);
    expect(fake.requests.find((r) => r.operationName === 'ProjectArtifacts')?.variables).toMatchObject({
      filters: '{"state":"COMMITTED"}',
      first: 2,
    });
  });

  it('keeps only versions with every tag asked for', async () => {
    seedDataset();
    fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'v2' }, tags: ['raw', 'clean'] });
    expect((await api().artifacts('dataset', 'demo-user/p/mnist', { tags: 'raw' }).toArray()).map((a) => a.name)).toEqual(['mnist:v2', 'mnist:v0']);
    expect(
      (
        await api()
          .artifacts('dataset', 'demo-user/p/mnist', { tags: ['raw', 'clean'] })
          .toArray()
      ).map((a) => a.name),
    ).toEqual(['mnist:v2']);
  });

  it('is the same list under its deprecated name', async () => {
    seedDataset();
    expect((await api().artifactVersions('dataset', 'demo-user/p/mnist').toArray()).map((a) => a.version)).toEqual(['v1', 'v0']);
  });

  it('throws NotFoundError for an unknown collection or a wrong type, and refuses an alias in the name', async () => {
    seedDataset();
    expect(await rejectionOf(api().artifacts('model', 'demo-user/p/mnist').toArray())).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().artifacts('dataset', 'demo-user/p/none').toArray())).toBeInstanceOf(NotFoundError);
    expect(() => api().artifacts('dataset', 'demo-user/p/mnist:v0')).toThrow(InvalidArgumentError);
    expect(() => api().artifacts('bad type', 'demo-user/p/mnist')).toThrow(InvalidArgumentError);
  });
});
