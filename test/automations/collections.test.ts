import { ArtifactCollection, InvalidArgumentError, NotFoundError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

/** A dataset sequence in the demo team's project, and a model linked into the acme organization's registry. */
function seed() {
  fake.seed.artifact({ entity: 'demo-team', project: 'image-classifier', name: 'cifar10', files: { 'train.csv': 'x,y\n1,0\n' } });
  const model = fake.seed.artifact({
    entity: 'demo-team',
    project: 'image-classifier',
    name: 'resnet',
    type: 'model',
    files: { 'w.bin': 'weights' },
  });
  fake.seed.registry({ name: 'model', organization: 'acme' });
  fake.seed.link({ artifact: model, entity: 'acme-org', project: 'wandb-registry-model', collection: 'classifier' });
}

describe('automations scoped to artifact collections', () => {
  it('takes an ArtifactCollection as the scope and answers with the real sequence', async () => {
    seed();
    const client = api();
    const dataset = await client.artifactCollection('dataset', 'demo-team/image-classifier/cifar10');
    const created = await client.createAutomation({ name: 'new-data', event: { type: 'createArtifact', scope: dataset }, action: { type: 'noOp' } });
    expect(created.scope).toEqual({ type: 'artifactCollection', id: dataset.id, name: 'cifar10', kind: 'sequence' });
    expect(created.event).toEqual({ type: 'createArtifact', scope: created.scope });
    // The stored automation points at the artifacts area's own collection record.
    const stored = fake.store.triggers.get(created.id)!;
    expect(stored.scope).toEqual({ type: 'ARTIFACT_COLLECTION', id: dataset.id });
    expect(fake.store.artifactCollections.get(stored.scope.id)).toMatchObject({
      __typename: 'ArtifactSequence',
      name: 'cifar10',
      entity: 'demo-team',
    });
    expect(stored.entity).toBe('demo-team');
  });

  it('scopes to a registry collection, owned by the organization entity', async () => {
    seed();
    const client = api();
    const [classifier] = await client
      .registries({ filter: { name: 'model' } })
      .collections()
      .toArray();
    expect(classifier).toBeInstanceOf(ArtifactCollection);
    const created = await client.createAutomation({
      name: 'promoted',
      event: { type: 'linkArtifact', scope: classifier!, alias: 'production' },
      action: { type: 'noOp' },
    });
    expect(created.scope).toEqual({ type: 'artifactCollection', id: classifier!.id, name: 'classifier', kind: 'portfolio' });
    expect(fake.store.triggers.get(created.id)?.entity).toBe('acme-org');
    expect((await client.automations({ entity: 'acme-org' }).toArray()).map((a) => a.name)).toEqual(['promoted']);
    // fetchExisting looks in the collection's entity.
    const again = await client.createAutomation(
      { name: 'promoted', event: { type: 'linkArtifact', scope: classifier!, alias: 'production' }, action: { type: 'noOp' } },
      { fetchExisting: true },
    );
    expect(again.id).toBe(created.id);
  });

  it('refuses a run event on a collection before any request', async () => {
    seed();
    const dataset = await api().artifactCollection('dataset', 'demo-team/image-classifier/cifar10');
    fake.requests.length = 0;
    const error = await rejectionOf(
      api().createAutomation({ name: 'x', event: { type: 'runState', scope: dataset as never, states: ['failed'] }, action: { type: 'noOp' } }),
    );
    expect((error as InvalidArgumentError).argument).toBe('event.scope.type');
    expect(fake.requests).toHaveLength(0);
  });

  it('is refused by the server for a collection that was deleted, and keeps answering an old scope', async () => {
    seed();
    const client = api();
    const dataset = await client.artifactCollection('dataset', 'demo-team/image-classifier/cifar10');
    const created = await client.createAutomation({ name: 'new-data', event: { type: 'createArtifact', scope: dataset }, action: { type: 'noOp' } });
    await dataset.delete();
    expect(
      await rejectionOf(client.createAutomation({ name: 'late', event: { type: 'createArtifact', scope: dataset }, action: { type: 'noOp' } })),
    ).toBeInstanceOf(NotFoundError);
    const [listed] = await client.automations({ entity: 'demo-team' }).toArray();
    expect(listed?.id).toBe(created.id);
    expect(listed?.scope).toEqual({ type: 'artifactCollection', id: dataset.id, name: 'cifar10', kind: 'sequence' });
  });

  it("finds collection automations through the project's triggers on servers without entity queries", async () => {
    seed();
    fake.features.delete('QUERY_AUTOMATIONS_ON_ENTITY');
    const client = api();
    const dataset = await client.artifactCollection('dataset', 'demo-team/image-classifier/cifar10');
    await client.createAutomation({ name: 'new-data', event: { type: 'createArtifact', scope: dataset }, action: { type: 'noOp' } });
    const listed = await client.automations({ entity: 'demo-team' }).toArray();
    expect(listed.map((a) => [a.name, a.scope.id])).toEqual([['new-data', dataset.id]]);
  });

  it('seeds automations on real collections: existing ones, or new empty ones', async () => {
    seed();
    const onExisting = fake.seed.automation({
      name: 'data',
      scope: { collection: 'cifar10', project: 'image-classifier', entity: 'demo-team' },
      eventType: 'CREATE_ARTIFACT',
    });
    const dataset = await api().artifactCollection('dataset', 'demo-team/image-classifier/cifar10');
    expect(onExisting.scope.id).toBe(dataset.id);
    fake.seed.automation({ name: 'staging', scope: { collection: 'detector', project: 'image-classifier', entity: 'demo-team', portfolio: true } });
    const detector = await api().artifactCollection('model', 'demo-team/image-classifier/detector');
    expect(detector).toMatchObject({ kind: 'ArtifactPortfolio', type: 'model' });
    expect(() =>
      fake.seed.automation({
        name: 'wrong-kind',
        scope: { collection: 'cifar10', project: 'image-classifier', entity: 'demo-team', portfolio: true },
      }),
    ).toThrow(/ArtifactSequence/);
  });
});
