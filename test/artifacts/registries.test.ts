import { InvalidArgumentError, NotFoundError, NotSupportedError, Registry } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seed() {
  fake.seed.registry({ name: 'model', organization: 'acme', description: 'production models', artifactTypes: ['model'] });
  fake.seed.registry({ name: 'dataset', organization: 'acme', description: 'curated data' });
  const resnet = fake.seed.artifact({
    project: 'p',
    name: 'resnet',
    type: 'model',
    files: { 'w.bin': 'weights' },
    metadata: { accuracy: 0.93 },
    tags: ['vision'],
  });
  const bert = fake.seed.artifact({ project: 'p', name: 'bert', type: 'model', files: { 'w.bin': 'other weights' }, metadata: { accuracy: 0.71 } });
  const mnist = fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'x.csv': '1,2' } });
  fake.seed.link({ artifact: resnet, entity: 'acme-org', project: 'wandb-registry-model', collection: 'classifier', aliases: ['production'] });
  fake.seed.link({ artifact: bert, entity: 'acme-org', project: 'wandb-registry-model', collection: 'language', aliases: ['staging'] });
  fake.seed.link({ artifact: mnist, entity: 'acme-org', project: 'wandb-registry-dataset', collection: 'digits' });
  const collection = [...fake.store.artifactCollections.values()].find((c) => c.name === 'classifier')!;
  collection.tags = ['vision'];
}

describe('when the server lacks registry search', () => {
  it('refuses registries(), registry() and createRegistry() with NotSupportedError before other requests', async () => {
    seed();
    fake.features.delete('ARTIFACT_REGISTRY_SEARCH');
    const client = api();
    expect(await rejectionOf(client.registries().toArray())).toBeInstanceOf(NotSupportedError);
    expect(await rejectionOf(client.registries().versions().toArray())).toBeInstanceOf(NotSupportedError);
    expect(await rejectionOf(client.registry('model'))).toBeInstanceOf(NotSupportedError);
    expect(await rejectionOf(client.createRegistry({ name: 'new', visibility: 'organization' }))).toBeInstanceOf(NotSupportedError);
    expect(fake.operations()).toEqual(['ServerFeatures']);
  });
});

describe('api.registries', () => {
  it("lists the registries of the viewer's organization", async () => {
    seed();
    const registries = await api().registries().toArray();
    expect(registries.map((r) => r.name).sort()).toEqual(['dataset', 'model']);
    const model = registries.find((r) => r.name === 'model')!;
    expect(model).toBeInstanceOf(Registry);
    expect(model).toMatchObject({
      fullName: 'wandb-registry-model',
      organization: 'acme',
      entity: 'acme-org',
      description: 'production models',
      visibility: 'organization',
      allowAllArtifactTypes: false,
      artifactTypes: ['model'],
      path: ['acme-org', 'wandb-registry-model'],
    });
    expect(fake.operations()).toEqual(['ServerFeatures', 'Viewer', 'OrgInfoFromEntity', 'RegistryProjects']);
    expect(fake.requests.find((r) => r.operationName === 'RegistryProjects')?.variables).toMatchObject({ organization: 'acme', first: 100 });
  });

  it('filters by name, adding the registry prefix except inside $regex', async () => {
    seed();
    expect(
      (
        await api()
          .registries({ filter: { name: 'model' } })
          .toArray()
      ).map((r) => r.name),
    ).toEqual(['model']);
    expect(fake.requests.filter((r) => r.operationName === 'RegistryProjects').pop()?.variables).toMatchObject({
      filters: '{"name":"wandb-registry-model"}',
    });
    expect(
      (
        await api()
          .registries({ filter: { name: { $in: ['dataset', 'nope'] } } })
          .toArray()
      ).map((r) => r.name),
    ).toEqual(['dataset']);
    expect(
      (
        await api()
          .registries({ filter: { name: { $regex: 'data' } } })
          .toArray()
      ).map((r) => r.name),
    ).toEqual(['dataset']);
    expect(
      (
        await api()
          .registries({ filter: { $or: [{ description: 'curated data' }, { name: 'model' }] } })
          .toArray()
      )
        .map((r) => r.name)
        .sort(),
    ).toEqual(['dataset', 'model']);
  });

  it('refuses filter fields registries do not have, before any request', async () => {
    expect(() => api().registries({ filter: { owner: 'me' } })).toThrow(InvalidArgumentError);
    expect(() => api().registries({ filter: { $where: 'x' } })).toThrow(InvalidArgumentError);
    expect(() =>
      api()
        .registries()
        .collections({ filter: { alias: 'x' } }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      api()
        .registries()
        .versions({ filter: { name: 'x' } }),
    ).toThrow(InvalidArgumentError);
    expect(fake.requests).toEqual([]);
  });

  it('searches collections and versions across the selected registries', async () => {
    seed();
    const registries = api().registries({ filter: { name: 'model' } });
    expect((await registries.collections().toArray()).map((c) => c.name).sort()).toEqual(['classifier', 'language']);
    expect((await registries.collections({ filter: { tag: 'vision' } }).toArray()).map((c) => c.name)).toEqual(['classifier']);
    expect((await registries.versions().toArray()).map((v) => v.qualifiedName).sort()).toEqual([
      'acme-org/wandb-registry-model/classifier:v0',
      'acme-org/wandb-registry-model/language:v0',
    ]);
    const production = await registries.versions({ filter: { alias: 'production' } }).toArray();
    expect(production.map((v) => v.name)).toEqual(['classifier:v0']);
    expect(production[0]).toMatchObject({
      isLink: true,
      sourceQualifiedName: 'demo-user/p/resnet:v0',
      aliases: ['latest', 'production'],
      metadata: { accuracy: 0.93 },
    });
    expect((await registries.versions({ filter: { 'metadata.accuracy': { $gt: 0.9 } } }).toArray()).map((v) => v.name)).toEqual(['classifier:v0']);
    expect(
      (
        await api()
          .registries()
          .collections({ filter: { name: 'digits' } })
          .versions()
          .toArray()
      ).map((v) => v.name),
    ).toEqual(['digits:v0']);
  });

  it("takes the organization by name or by its entity's name, and refuses an unknown one", async () => {
    seed();
    expect(await api().registries({ organization: 'acme' }).toArray()).toHaveLength(2);
    expect(await api().registries({ organization: 'acme-org' }).toArray()).toHaveLength(2);
    expect(await rejectionOf(api().registries({ organization: 'initech' }).toArray())).toBeInstanceOf(NotFoundError);
  });

  it('asks for the organization when the viewer belongs to several', async () => {
    seed();
    fake.seed.organization({ name: 'initech' });
    const error = await rejectionOf(api().registries().toArray());
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('organization');
    expect(await api().registries({ organization: 'initech' }).toArray()).toEqual([]);
  });

  it("uses a team entity's own organization", async () => {
    seed();
    fake.seed.organization({ name: 'initech' });
    fake.seed.entity({ name: 'acme-team', organization: 'acme' });
    expect(await api({ entity: 'acme-team' }).registries().toArray()).toHaveLength(2);
  });
});

describe('api.registry, createRegistry and Registry', () => {
  it('fetches one registry, its collections and versions', async () => {
    seed();
    const model = await api().registry('model');
    expect(model.fullName).toBe('wandb-registry-model');
    expect((await model.collections().toArray()).map((c) => c.name).sort()).toEqual(['classifier', 'language']);
    expect((await model.versions({ filter: { alias: 'staging' } }).toArray()).map((v) => v.name)).toEqual(['language:v0']);
    expect(await rejectionOf(api().registry('nope'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(api().registry('bad name'))).toBeInstanceOf(InvalidArgumentError);
  });

  it('creates a registry, and refuses one that exists', async () => {
    seed();
    const created = await api().createRegistry({ name: 'evals', visibility: 'restricted', description: 'eval sets', artifactTypes: ['dataset'] });
    expect(created).toMatchObject({
      name: 'evals',
      visibility: 'restricted',
      description: 'eval sets',
      allowAllArtifactTypes: false,
      artifactTypes: ['dataset'],
      entity: 'acme-org',
    });
    expect((await api().registry('evals')).description).toBe('eval sets');
    const open = await api().createRegistry({ name: 'scratch', visibility: 'organization' });
    expect(open).toMatchObject({ allowAllArtifactTypes: true, artifactTypes: [] });
    const error = await rejectionOf(api().createRegistry({ name: 'evals', visibility: 'organization', description: 'changed?' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((await api().registry('evals')).description).toBe('eval sets');
  });

  it('refuses an invalid name, visibility or type before any request', async () => {
    const client = api();
    expect(await rejectionOf(client.createRegistry({ name: 'a b', visibility: 'organization' }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(client.createRegistry({ name: 'x', visibility: 'public' as never }))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(client.createRegistry({ name: 'x', visibility: 'organization', artifactTypes: ['wandb-history'] }))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(fake.requests).toEqual([]);
  });

  it('saves description, visibility and added types; refuses removing saved types', async () => {
    seed();
    const model = await api().registry('model');
    model.description = 'models we ship';
    model.visibility = 'restricted';
    model.artifactTypes.push('checkpoint');
    await model.save();
    expect(await api().registry('model')).toMatchObject({
      description: 'models we ship',
      visibility: 'restricted',
      artifactTypes: ['model', 'checkpoint'],
    });
    model.artifactTypes = ['model'];
    const before = fake.requests.length;
    expect(await rejectionOf(model.save())).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests.length).toBe(before);
    await model.load();
    expect(model.artifactTypes).toEqual(['model', 'checkpoint']);
  });

  it('refuses adding types to a registry that allows all', async () => {
    seed();
    const dataset = await api().registry('dataset');
    expect(dataset.artifactTypes).toEqual(['dataset']);
    dataset.artifactTypes.push('tabular');
    expect(await rejectionOf(dataset.save())).toBeInstanceOf(InvalidArgumentError);
    dataset.allowAllArtifactTypes = false;
    await dataset.save();
    expect(await api().registry('dataset')).toMatchObject({ allowAllArtifactTypes: false, artifactTypes: ['dataset', 'tabular'] });
  });

  it('deletes a registry', async () => {
    seed();
    await (await api().registry('dataset')).delete();
    expect(await rejectionOf(api().registry('dataset'))).toBeInstanceOf(NotFoundError);
    expect((await api().registries().toArray()).map((r) => r.name)).toEqual(['model']);
    expect(await api().artifactExists('demo-user/p/mnist:v0')).toBe(true);
  });

  it('reads registry artifacts by registry path', async () => {
    seed();
    const linked = await api().artifact('wandb-registry-model/classifier:production');
    expect(linked).toMatchObject({ qualifiedName: 'acme-org/wandb-registry-model/classifier:v0', type: 'model', isLink: true });
    expect((await api().artifacts('model', 'wandb-registry-model/classifier').toArray()).map((a) => a.name)).toEqual(['classifier:v0']);
    expect((await api().artifactCollection('model', 'acme/wandb-registry-model/classifier')).kind).toBe('ArtifactPortfolio');
  });
});
