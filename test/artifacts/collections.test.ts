import { ArtifactCollection, InvalidArgumentError, NotFoundError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seed() {
  fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'a.txt': '1' }, aliases: ['best'] });
  fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'a.txt': '2' } });
  fake.seed.artifact({ project: 'p', name: 'cifar', files: { 'a.txt': '3' } });
  fake.seed.artifact({ project: 'p', name: 'resnet', type: 'model', files: { 'w.bin': '4' }, loggedBy: 'train-1', usedBy: ['eval-1'] });
}

describe('artifact types', () => {
  it('lists the types of a project and fetches one', async () => {
    seed();
    const types = await api().artifactTypes('demo-user/p').toArray();
    expect(types.map((t) => t.name).sort()).toEqual(['dataset', 'model']);
    const model = await api().artifactType('model', 'demo-user/p');
    expect(model).toMatchObject({ name: 'model', entity: 'demo-user', project: 'p' });
    expect(model.createdAt).toBeInstanceOf(Date);
    expect(await rejectionOf(api().artifactType('code', 'demo-user/p'))).toBeInstanceOf(NotFoundError);
  });

  it('lists and fetches the collections of a type', async () => {
    seed();
    const dataset = await api().artifactType('dataset', 'demo-user/p');
    expect((await dataset.collections().toArray()).map((c) => c.name).sort()).toEqual(['cifar', 'mnist']);
    const mnist = await dataset.collection('mnist');
    expect(mnist).toBeInstanceOf(ArtifactCollection);
    expect(mnist).toMatchObject({
      name: 'mnist',
      type: 'dataset',
      entity: 'demo-user',
      project: 'p',
      kind: 'ArtifactSequence',
      path: 'demo-user/p/mnist',
    });
    expect(mnist.isSequence()).toBe(true);
    expect(await rejectionOf(dataset.collection('resnet'))).toBeInstanceOf(NotFoundError);
  });

  it('comes from the project too', async () => {
    seed();
    const project = await api().project('p');
    expect((await project.artifactTypes().toArray()).map((t) => t.name).sort()).toEqual(['dataset', 'model']);
    expect((await project.collections().toArray()).map((c) => c.name).sort()).toEqual(['cifar', 'mnist', 'resnet']);
    expect(await project.collections().length()).toBe(3);
  });
});

describe('artifact collections', () => {
  it('api.artifactCollection, artifactCollections and artifactCollectionExists', async () => {
    seed();
    const client = api();
    expect((await client.artifactCollection('dataset', 'demo-user/p/mnist')).name).toBe('mnist');
    expect((await client.artifactCollections('demo-user/p', 'dataset', { perPage: 1 }).toArray()).map((c) => c.name).sort()).toEqual([
      'cifar',
      'mnist',
    ]);
    expect(await client.artifactCollectionExists('demo-user/p/mnist', 'dataset')).toBe(true);
    expect(await client.artifactCollectionExists('demo-user/p/mnist', 'model')).toBe(false);
    expect(await client.artifactCollectionExists('demo-user/p/none', 'dataset')).toBe(false);
    expect(await rejectionOf(client.artifactCollection('dataset', 'demo-user/p/mnist:v0'))).toBeInstanceOf(InvalidArgumentError);
  });

  it('lists its versions and its aliases', async () => {
    seed();
    const mnist = await api().artifactCollection('dataset', 'demo-user/p/mnist');
    expect((await mnist.artifacts().toArray()).map((a) => a.name)).toEqual(['mnist:v1', 'mnist:v0']);
    expect((await mnist.aliases().toArray()).sort()).toEqual(['best', 'latest']);
  });

  it('saves a new name, description and tags', async () => {
    seed();
    const mnist = await api().artifactCollection('dataset', 'demo-user/p/mnist');
    mnist.name = 'digits';
    mnist.description = 'handwritten digits';
    mnist.tags = ['vision', 'small'];
    await mnist.save();
    const again = await api().artifactCollection('dataset', 'demo-user/p/digits');
    expect(again).toMatchObject({ description: 'handwritten digits', tags: ['vision', 'small'] });
    again.tags = ['vision'];
    await again.save();
    expect((await api().artifactCollection('dataset', 'demo-user/p/digits')).tags).toEqual(['vision']);
    expect(fake.operations()).toEqual(
      expect.arrayContaining(['UpdateArtifactSequence', 'AddArtifactCollectionTags', 'DeleteArtifactCollectionTags']),
    );
  });

  it('changes the type of a sequence through save() or changeType()', async () => {
    seed();
    const cifar = await api().artifactCollection('dataset', 'demo-user/p/cifar');
    cifar.type = 'images';
    await cifar.save();
    expect(fake.operations()).not.toContain('UpdateArtifactSequence');
    expect((await api().artifactCollection('images', 'demo-user/p/cifar')).type).toBe('images');
    expect((await api().artifact('demo-user/p/cifar:v0')).type).toBe('images');
    await cifar.changeType('pictures');
    expect(await api().artifactCollectionExists('demo-user/p/cifar', 'pictures')).toBe(true);
  });

  it('refuses reserved types and type changes of portfolios before sending anything', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v0');
    await artifact.link('demo-user/p/favourites');
    const portfolio = await api().artifactCollection('dataset', 'demo-user/p/favourites');
    expect(portfolio.isSequence()).toBe(false);
    const mnist = await api().artifactCollection('dataset', 'demo-user/p/mnist');
    const before = fake.requests.length;
    portfolio.type = 'model';
    expect(await rejectionOf(portfolio.save())).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(mnist.changeType('wandb-history'))).toBeInstanceOf(InvalidArgumentError);
    mnist.tags = ['not a valid tag!'];
    expect(await rejectionOf(mnist.save())).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests.length).toBe(before);
  });

  it('deletes a sequence with its versions, and a portfolio alone', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v0');
    await artifact.link('demo-user/p/favourites');
    await (await api().artifactCollection('dataset', 'demo-user/p/favourites')).delete();
    expect(await api().artifactExists('demo-user/p/favourites:v0')).toBe(false);
    expect(await api().artifactExists('demo-user/p/mnist:v0')).toBe(true);
    await (await api().artifactCollection('dataset', 'demo-user/p/mnist')).delete();
    expect(await api().artifactExists('demo-user/p/mnist:v0')).toBe(false);
    expect(await api().artifactCollectionExists('demo-user/p/mnist', 'dataset')).toBe(false);
  });
});

describe('run artifacts', () => {
  it('lists what a run logged and used', async () => {
    seed();
    const train = await api().run('demo-user/p/train-1');
    expect((await train.loggedArtifacts().toArray()).map((a) => a.qualifiedName)).toEqual(['demo-user/p/resnet:v0']);
    expect(await train.usedArtifacts().toArray()).toEqual([]);
    const evaluation = await api().run('demo-user/p/eval-1');
    const used = evaluation.usedArtifacts({ perPage: 1 });
    expect((await used.toArray()).map((a) => a.name)).toEqual(['resnet:v0']);
    expect(await used.length()).toBe(1);
    expect(fake.requests.filter((r) => r.operationName === 'RunInputArtifacts').pop()?.variables).toMatchObject({
      entity: 'demo-user',
      project: 'p',
      run: 'eval-1',
      first: 1,
    });
  });

  it('goes from an artifact to the runs that logged and used it', async () => {
    seed();
    const resnet = await api().artifact('demo-user/p/resnet:v0');
    expect((await resnet.loggedBy())?.path).toEqual(['demo-user', 'p', 'train-1']);
    expect((await resnet.usedBy()).map((r) => r.name)).toEqual(['eval-1']);
    const mnist = await api().artifact('demo-user/p/mnist:v0');
    expect(await mnist.loggedBy()).toBeUndefined();
    expect(await mnist.usedBy()).toEqual([]);
  });
});
