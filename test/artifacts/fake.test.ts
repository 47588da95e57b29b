import { createHash } from 'node:crypto';
import { createFakeWandb } from 'wandb-api/testing';

const fake = createFakeWandb();
const basic = `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}`;

afterEach(() => fake.reset());

describe('fake.seed.artifact', () => {
  it('stores the files as content-addressed blobs and writes a W&B manifest', async () => {
    const record = fake.seed.artifact({
      project: 'p',
      name: 'ds',
      files: { 'a.txt': 'hello', 'b/c.bin': new Uint8Array([1, 2, 3]) },
      references: { 'ref.csv': 'https://example.com/ref.csv' },
    });
    const md5 = createHash('md5').update('hello').digest();
    expect(fake.store.blobs.get(md5.toString('hex'))?.bytes).toEqual(new TextEncoder().encode('hello'));
    expect(record).toMatchObject({ versionIndex: 0, fileCount: 3, size: 8, state: 'COMMITTED' });
    const manifest = JSON.parse(new TextDecoder().decode(fake.store.blobs.get(record.manifestBlob)!.bytes));
    expect(manifest).toEqual({
      version: 1,
      storagePolicy: 'wandb-storage-policy-v1',
      storagePolicyConfig: { storageLayout: 'V2' },
      contents: {
        'a.txt': { digest: md5.toString('base64'), size: 5, birthArtifactID: record.id },
        'b/c.bin': {
          digest: createHash('md5')
            .update(new Uint8Array([1, 2, 3]))
            .digest('base64'),
          size: 3,
          birthArtifactID: record.id,
        },
        'ref.csv': { digest: 'https://example.com/ref.csv', ref: 'https://example.com/ref.csv' },
      },
    });
  });

  it('numbers versions per sequence, keeps latest on the newest, and keeps aliases unique', () => {
    const v0 = fake.seed.artifact({ project: 'p', name: 'ds', files: { 'a.txt': '0' }, aliases: ['best'] });
    const v1 = fake.seed.artifact({ project: 'p', name: 'ds', files: { 'a.txt': '1' }, aliases: ['best'] });
    const memberships = [...fake.store.artifactMemberships.values()];
    expect(v1.versionIndex).toBe(1);
    expect(memberships.find((m) => m.artifactId === v0.id)?.aliases).toEqual([]);
    expect(memberships.find((m) => m.artifactId === v1.id)?.aliases).toEqual(['latest', 'best']);
    expect(() => fake.seed.artifact({ project: 'p', name: 'ds', type: 'model', files: {} })).toThrow('is of type dataset, not model');
  });

  it('creates the runs that logged and used the artifact', () => {
    fake.seed.artifact({
      project: 'p',
      name: 'ds',
      files: {},
      loggedBy: 'maker',
      usedBy: ['reader', { entity: 'demo-user', project: 'q', run: 'remote' }],
    });
    expect(fake.store.run('demo-user', 'p', 'maker')).toBeDefined();
    expect(fake.store.run('demo-user', 'p', 'reader')).toBeDefined();
    expect(fake.store.run('demo-user', 'q', 'remote')).toBeDefined();
  });

  it('is in snapshots and gone after reset', () => {
    fake.seed.artifact({ project: 'p', name: 'ds', files: { 'a.txt': 'x' } });
    expect(fake.snapshot().artifacts).toHaveLength(1);
    fake.reset();
    expect(fake.snapshot().artifacts).toHaveLength(0);
  });
});

describe('fake.seed.registry and link', () => {
  it("models a registry as a wandb-registry project in the organization's entity", () => {
    const project = fake.seed.registry({ name: 'model', organization: 'acme', visibility: 'restricted', artifactTypes: ['model'] });
    expect(project).toMatchObject({ entity: 'acme-org', name: 'wandb-registry-model', access: 'RESTRICTED' });
    expect(fake.store.organizations.get('acme')?.orgEntity).toBe('acme-org');
    expect(fake.store.registrySettings.get('acme-org/wandb-registry-model')).toEqual({ allowAllArtifactTypes: false });
    const artifact = fake.seed.artifact({ project: 'p', name: 'net', type: 'model', files: { w: 'x' } });
    const membership = fake.seed.link({ artifact, entity: 'acme-org', project: 'wandb-registry-model', aliases: ['prod'] });
    expect(membership).toMatchObject({ versionIndex: 0, aliases: ['latest', 'prod'] });
    expect(fake.store.artifactCollections.get(membership.collectionId)).toMatchObject({
      __typename: 'ArtifactPortfolio',
      name: 'net',
      type: 'model',
    });
  });
});

describe('artifact file routes', () => {
  it('serves the older route forms with auth, redirecting to storage', async () => {
    const record = fake.seed.artifact({ project: 'p', name: 'ds', files: { 'a.txt': 'hello' } });
    const hex = createHash('md5').update('hello').digest('hex');
    const byBirth = await fake.fetch(`${fake.baseUrl}/artifactsV2/default/demo-user/${encodeURIComponent(record.id)}/${hex}`, {
      headers: { authorization: basic },
      redirect: 'manual',
    });
    expect(byBirth.status).toBe(302);
    const v1 = await fake.fetch(`${fake.baseUrl}/artifacts/demo-user/${hex}`, { headers: { authorization: basic }, redirect: 'manual' });
    expect(v1.status).toBe(302);
    expect(await (await fake.fetch(v1.headers.get('location')!)).text()).toBe('hello');
    expect((await fake.fetch(`${fake.baseUrl}/artifacts/demo-user/${hex}`)).status).toBe(401);
    expect((await fake.fetch(`${fake.baseUrl}/artifacts/someone-else/${hex}`, { headers: { authorization: basic } })).status).toBe(404);
  });

  it('does not serve files of projects the viewer may not read', async () => {
    fake.seed.entity({ name: 'other', withViewer: false });
    const record = fake.seed.artifact({ entity: 'other', project: 'secret', name: 'ds', files: { 'a.txt': 'hidden' } });
    const hex = createHash('md5').update('hidden').digest('hex');
    const route = `${fake.baseUrl}/artifactsV2/default/other/secret/ds/${encodeURIComponent(record.id)}/${hex}/a.txt`;
    expect((await fake.fetch(route, { headers: { authorization: basic }, redirect: 'manual' })).status).toBe(404);
  });
});
