import { ArtifactCollection, ArtifactType, InvalidArgumentError, NotFoundError, Organization, User } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

// Members of Python's Artifact, ArtifactCollection, ArtifactType, ArtifactFiles, Registry and
// Organization that the SDK answers from what it already fetches, or with one request.
const { fake, api } = useFakeWandb();

const table = {
  _type: 'table',
  columns: ['x', 'y'],
  data: [
    [1, 'a'],
    [2, 'b'],
  ],
};

function seed() {
  return fake.seed.artifact({
    project: 'p',
    name: 'preds',
    files: {
      'predictions.table.json': JSON.stringify(table),
      'notes.txt': 'plain text',
      'hist.histogram.json': '{"_type":"histogram","bins":[0,1]}',
    },
  });
}

describe('artifact members', () => {
  it('has linkedAt for a version fetched through a collection it was linked to, and not for its own sequence', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/preds:v0');
    expect(artifact.linkedAt).toBeUndefined();
    await artifact.link('p/favourites');
    const linked = await api().artifact('demo-user/p/favourites:v0');
    expect(linked.isLink).toBe(true);
    const portfolio = [...fake.store.artifactCollections.values()].find((c) => c.name === 'favourites')!;
    const membership = [...fake.store.artifactMemberships.values()].find((m) => m.collectionId === portfolio.id)!;
    expect(linked.linkedAt).toEqual(new Date(membership.createdAt));
  });

  it('reports a committed artifact as Python does: not incremental, no distributed id, no useAs', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/preds:v0');
    expect(artifact).toMatchObject({ incremental: false, distributedId: undefined, useAs: undefined });
  });

  it('digestAlgorithm() is MD5 without a request on servers without the feature, and asks servers that have it', async () => {
    seed();
    fake.features.delete('ARTIFACT_DIGEST_ALGORITHM');
    const artifact = await api().artifact('demo-user/p/preds:v0');
    fake.requests.length = 0;
    expect(await artifact.digestAlgorithm()).toBe('MANIFEST_MD5');
    expect(fake.operations()).toEqual(['ServerFeatures']);

    fake.features.add('ARTIFACT_DIGEST_ALGORITHM');
    const client = api();
    const again = await client.artifact('demo-user/p/preds:v0');
    fake.requests.length = 0;
    expect(await again.digestAlgorithm()).toBe('MANIFEST_MD5');
    expect(fake.operations()).toEqual(['ServerFeatures', 'ArtifactDigestAlgorithm']);
  });

  it('get(name) reads a W&B object stored as <name>.<type>.json, parsed, and undefined for none', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/preds:v0');
    expect(await artifact.get('predictions')).toEqual(table);
    expect(await artifact.get('predictions.table.json')).toEqual(table);
    expect(await artifact.get('hist')).toEqual({ _type: 'histogram', bins: [0, 1] });
    expect(await artifact.get('notes')).toBeUndefined();
    expect(await artifact.get('missing')).toBeUndefined();
    expect(await rejectionOf(artifact.get(''))).toBeInstanceOf(InvalidArgumentError);
  });

  it("ArtifactFiles.path is the artifact's [entity, project, name]", async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/preds:latest');
    expect(artifact.files().path).toEqual(['demo-user', 'p', 'preds:v0']);
  });
});

describe('artifact collections and types', () => {
  it("carry their project's ids, and load() reads the saved state again", async () => {
    seed();
    const project = await api().project('p');
    const collection = await api().artifactCollection('dataset', 'demo-user/p/preds');
    expect(collection).toBeInstanceOf(ArtifactCollection);
    expect(collection.projectId).toBe(project.id);
    expect(collection.projectInternalId).toBe(project.internalId);

    const other = await api().artifactCollection('dataset', 'demo-user/p/preds');
    other.description = 'edited elsewhere';
    other.tags = ['fresh'];
    await other.save();
    collection.name = 'unsaved-rename';
    fake.requests.length = 0;
    expect(await collection.load()).toBe(collection);
    expect(fake.operations()).toEqual(['ArtifactCollectionById']);
    expect(collection).toMatchObject({ name: 'preds', description: 'edited elsewhere', tags: ['fresh'] });
    // The reloaded state is the saved baseline: nothing is pending.
    fake.requests.length = 0;
    await collection.save();
    expect(fake.operations()).toEqual([]);

    await collection.delete();
    expect(await rejectionOf(collection.load())).toBeInstanceOf(NotFoundError);
  });

  it('ArtifactType.load() reads the type again', async () => {
    seed();
    const type = await api().artifactType('dataset', 'p');
    expect(type).toBeInstanceOf(ArtifactType);
    const record = [...fake.store.artifactTypes.values()].find((t) => t.name === 'dataset' && t.project === 'p')!;
    record.description = 'described later';
    expect(await type.load()).toBe(type);
    expect(type.description).toBe('described later');
  });
});

describe('registries and organizations', () => {
  function seedRegistry() {
    fake.seed.registry({ name: 'model', organization: 'acme', artifactTypes: ['model'] });
  }

  it("registry.internalId is its project's internal id", async () => {
    seedRegistry();
    const registry = await api().registry('model', { organization: 'acme' });
    const project = await api().project('wandb-registry-model', 'acme-org');
    expect(registry.internalId).toBe(project.internalId);
  });

  it('api.organization(name) returns the organization and its entity', async () => {
    seedRegistry();
    const org = await api().organization('acme');
    expect(org).toBeInstanceOf(Organization);
    expect(org).toMatchObject({ name: 'acme', orgEntity: { name: 'acme-org' } });
    expect(org.id).toEqual(expect.any(String));
    expect(await rejectionOf(api().organization('nope'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().organization(''))).toBeInstanceOf(InvalidArgumentError);
  });

  it("api.organization() infers the viewer's organization", async () => {
    seedRegistry();
    const org = await api().organization();
    expect(org.name).toBe('acme');
    expect(fake.operations()).toContain('Organization');
  });
});

describe('project.owner', () => {
  it("is the project's creator as a User", async () => {
    fake.seed.project({ name: 'p' });
    const project = await api().project('p');
    expect(project.owner).toBeInstanceOf(User);
    expect(project.owner).toMatchObject({ username: 'demo-user', entity: 'demo-user' });
    expect(project.user).toBe('demo-user');
  });
});

describe('length() of lists W&B does not count', () => {
  it('counts the projects and the registries page by page', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) fake.seed.project({ name });
    const projects = api().projects('demo-user', { perPage: 2 });
    const listed = await api().projects('demo-user').toArray();
    fake.requests.length = 0;
    expect(await projects.length()).toBe(listed.length);
    expect(listed.length).toBeGreaterThanOrEqual(5);
    expect(fake.operations()).toEqual(Array(Math.ceil(listed.length / 2)).fill('Projects'));
    // Counted once.
    expect(await projects.length()).toBe(listed.length);
    expect(fake.operations()).toHaveLength(Math.ceil(listed.length / 2));

    fake.seed.registry({ name: 'model', organization: 'acme' });
    fake.seed.registry({ name: 'dataset', organization: 'acme' });
    fake.seed.registry({ name: 'eval', organization: 'acme' });
    expect(await api().registries({ organization: 'acme', perPage: 2 }).length()).toBe(3);
  });
});
