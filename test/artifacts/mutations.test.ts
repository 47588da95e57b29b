import { inspect } from 'node:util';
import { GraphQLResponseError, InvalidArgumentError, NotFoundError } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

function seed() {
  fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'a.txt': '1' }, aliases: ['best'], tags: ['raw'], metadata: { rows: 1 } });
  return fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'a.txt': '2' } });
}

describe('artifact.save', () => {
  it('sends description, metadata, aliases, tags and TTL, and reads them back', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v0');
    artifact.description = 'the first cut';
    artifact.metadata = { rows: 1, source: 'scan' };
    artifact.aliases = ['candidate'];
    artifact.tags = ['raw', 'reviewed'];
    artifact.ttl = 86_400;
    artifact.ttlIsInherited = false;
    await artifact.save();
    expect(artifact).toMatchObject({ ttl: 86_400, ttlIsInherited: false, tags: ['raw', 'reviewed'], aliases: ['candidate'] });
    const again = await api().artifact('demo-user/p/mnist:v0');
    expect(again).toMatchObject({
      description: 'the first cut',
      metadata: { rows: 1, source: 'scan' },
      aliases: ['candidate'],
      tags: ['raw', 'reviewed'],
      ttl: 86_400,
      ttlIsInherited: false,
    });
    expect(await api().artifactExists('demo-user/p/mnist:best')).toBe(false);
    expect(fake.operations().filter((o) => /Alias|UpdateArtifact/.test(o))).toEqual([
      'AddArtifactAliases',
      'DeleteArtifactAliases',
      'UpdateArtifact',
    ]);
    const update = fake.requests.find((r) => r.operationName === 'UpdateArtifact')?.variables as { input: Record<string, unknown> };
    expect(update.input).toMatchObject({
      ttlDurationSeconds: 86_400,
      tagsToAdd: [{ tagName: 'reviewed' }],
      tagsToDelete: [],
      metadata: '{"rows":1,"source":"scan"}',
    });
  });

  it('turns the TTL off with null and back to the team default with ttlIsInherited', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    artifact.ttl = null;
    artifact.ttlIsInherited = false;
    await artifact.save();
    expect(
      (fake.requests.filter((r) => r.operationName === 'UpdateArtifact').pop()?.variables as { input: Record<string, unknown> }).input
        .ttlDurationSeconds,
    ).toBe(-2);
    expect(artifact).toMatchObject({ ttl: null, ttlIsInherited: false });
    artifact.ttlIsInherited = true;
    await artifact.save();
    expect(
      (fake.requests.filter((r) => r.operationName === 'UpdateArtifact').pop()?.variables as { input: Record<string, unknown> }).input
        .ttlDurationSeconds,
    ).toBe(-1);
    expect(artifact.ttlIsInherited).toBe(true);
  });

  it('sends no TTL when it did not change', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    artifact.description = 'x';
    await artifact.save();
    expect(
      (fake.requests.find((r) => r.operationName === 'UpdateArtifact')?.variables as { input: Record<string, unknown> }).input,
    ).not.toHaveProperty('ttlDurationSeconds');
  });

  it.each([
    ['aliases', (a: { aliases: string[] }) => (a.aliases = ['v3'])],
    ['aliases', (a: { aliases: string[] }) => (a.aliases = ['a/b'])],
    ['tags', (a: { tags: string[] }) => (a.tags = ['no!'])],
    ['ttl', (a: { ttl: number | null; ttlIsInherited: boolean }) => ((a.ttl = -5), (a.ttlIsInherited = false))],
    ['metadata', (a: { metadata: unknown }) => (a.metadata = [1, 2])],
    ['metadata', (a: { metadata: Record<string, unknown> }) => (a.metadata = { n: BigInt(1) })],
  ])('refuses invalid %s before sending anything', async (argument, change) => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    const before = fake.requests.length;
    change(artifact as never);
    const error = await rejectionOf(artifact.save());
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(fake.requests.length).toBe(before);
  });
});

describe('artifact.delete', () => {
  it('refuses to delete a version with aliases unless asked to delete them too', async () => {
    seed();
    const best = await api().artifact('demo-user/p/mnist:best');
    expect(await rejectionOf(best.delete())).toBeInstanceOf(GraphQLResponseError);
    await best.delete({ deleteAliases: true });
    expect(await api().artifactExists('demo-user/p/mnist:v0')).toBe(false);
    expect((await api().artifacts('dataset', 'demo-user/p/mnist').toArray()).map((a) => a.version)).toEqual(['v1']);
  });

  it('moves latest to the previous version when the newest is deleted', async () => {
    seed();
    await (await api().artifact('demo-user/p/mnist:latest')).delete();
    expect((await api().artifact('demo-user/p/mnist:latest')).version).toBe('v0');
  });
});

describe('links', () => {
  it('links a version into a portfolio, with aliases, and unlinks it', async () => {
    const v1 = seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    const linked = await artifact.link('p/favourites', { aliases: ['pick'] });
    expect(linked).toMatchObject({
      id: v1.id,
      qualifiedName: 'demo-user/p/favourites:v0',
      isLink: true,
      aliases: ['latest', 'pick'],
      sourceQualifiedName: 'demo-user/p/mnist:v1',
    });
    expect((await api().artifact('demo-user/p/favourites:pick')).id).toBe(v1.id);
    expect((await artifact.linkedArtifacts()).map((a) => a.qualifiedName)).toEqual(['demo-user/p/favourites:v0']);
    expect((await linked.sourceArtifact()).qualifiedName).toBe('demo-user/p/mnist:v1');
    expect((await linked.collection()).isSequence()).toBe(false);
    expect((await linked.sourceCollection()).isSequence()).toBe(true);
    await linked.unlink();
    expect(await api().artifactExists('demo-user/p/favourites:v0')).toBe(false);
    expect(await api().artifactExists('demo-user/p/mnist:v1')).toBe(true);
  });

  it('links a bare collection name into the default project, else uncategorized, as Python does', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    expect((await artifact.link('favourites')).qualifiedName).toBe('demo-user/uncategorized/favourites:v0');
    const withProject = await api({ project: 'p' }).artifact('mnist:v1');
    expect((await withProject.link('favourites')).qualifiedName).toBe('demo-user/p/favourites:v0');
  });

  it('deleting a link only unlinks it', async () => {
    seed();
    const linked = await (await api().artifact('demo-user/p/mnist:v1')).link('other-project/favourites');
    expect(linked.qualifiedName).toBe('demo-user/other-project/favourites:v0');
    await linked.delete();
    expect(fake.operations()).toContain('UnlinkArtifact');
    expect(await api().artifactExists('demo-user/p/mnist:v1')).toBe(true);
  });

  it('refuses to unlink a source version, and bad targets before sending anything', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    const before = fake.requests.length;
    expect(await rejectionOf(artifact.unlink())).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(artifact.link('a/b/c/d'))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(artifact.link('p/favourites:v0'))).toBeInstanceOf(InvalidArgumentError);
    expect(await rejectionOf(artifact.link('favourites', { aliases: ['v2'] }))).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests.length).toBe(before);
  });

  it("links into a registry of the viewer's organization", async () => {
    seed();
    fake.seed.registry({ name: 'datasets', organization: 'acme' });
    fake.store.entities.get('demo-user')!.organization = 'acme';
    const linked = await (await api().artifact('demo-user/p/mnist:v1')).link('wandb-registry-datasets/digits', { aliases: ['production'] });
    expect(linked.qualifiedName).toBe('acme-org/wandb-registry-datasets/digits:v0');
    expect((await api().artifact('wandb-registry-datasets/digits:production')).id).toBe(linked.id);
    expect((await api().artifact('acme/wandb-registry-datasets/digits:v0')).id).toBe(linked.id);
  });

  it('lets a registry refuse types it does not accept', async () => {
    seed();
    fake.seed.registry({ name: 'models', organization: 'acme', artifactTypes: ['model'] });
    const error = await rejectionOf((await api().artifact('demo-user/p/mnist:v1')).link('acme/wandb-registry-models/digits'));
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error.message).toContain('does not accept artifacts of type dataset');
  });
});

describe('printing', () => {
  it('shows the data and never the transport or the key', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    const printed = inspect(artifact, { depth: 5 }) + JSON.stringify(artifact);
    expect(printed).toContain('mnist');
    expect(printed).not.toContain(fake.apiKey);
    expect(printed).not.toContain('transport');
  });

  it('gives NotFoundError for an artifact deleted since it was fetched', async () => {
    seed();
    const artifact = await api().artifact('demo-user/p/mnist:v1');
    fake.store.artifacts.get(artifact.id)!.state = 'DELETED';
    expect(await rejectionOf(artifact.usedBy())).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(artifact.manifest())).toBeInstanceOf(NotFoundError);
  });
});
