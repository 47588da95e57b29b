/**
 * The requests the real Python client (wandb 0.30.0) makes for Launch jobs: `api.job()` fetches
 * the job artifact (type `job`) by name and downloads it, then reads `wandb-job.json`;
 * `api.list_jobs()` asks for the `job` type's collections and their versions in one query. Each
 * document selects what the client reads, is posted with an empty operationName, and must
 * execute on the fake with exact type names and no null where the client needs a value.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers are walked by path; their shape is what the assertions check */
import { createHash } from 'node:crypto';
import { createFakeWandb } from 'wandb-api/testing';
import { dataAsPython, nullPaths } from '../support/python';

const fake = createFakeWandb({ seed: 'demo' });
afterEach(() => fake.reset());

function seed() {
  fake.seed.job({ entity: 'demo-team', project: 'image-classifier', name: 'train-resnet', config: { lr: 0.1 } });
  const latest = fake.seed.job({
    entity: 'demo-team',
    project: 'image-classifier',
    name: 'train-resnet',
    config: { lr: 0.1, epochs: 3 },
    summary: { accuracy: 0.9 },
    aliases: ['stable'],
  });
  fake.seed.job({ entity: 'demo-team', project: 'image-classifier', name: 'serve', sourceType: 'image' });
  fake.seed.artifact({ entity: 'demo-team', project: 'image-classifier', name: 'cifar10', files: { 'a.csv': '1' } });
  return latest;
}

/** A GET without credentials, as Python `requests` fetches signed URLs. */
function getWithoutAuth(url: string) {
  return fake.fetch(url, { headers: { 'user-agent': 'python-requests/2.32.3', accept: '*/*' } });
}

describe('Python client requests: Launch jobs', () => {
  it('api.job(): the job artifact by name, of type job', async () => {
    const latest = seed();
    const query = `query ArtifactMembershipByName($entityName: String!, $projectName: String!, $name: String!) {
      project(name: $projectName, entityName: $entityName) {
        artifactCollectionMembership(name: $name) {
          __typename id versionIndex
          aliases { __typename id alias }
          artifactCollection { __typename name project { name entity { name } } }
          artifact {
            __typename id versionIndex state size digest commitHash fileCount createdAt updatedAt ttlDurationSeconds ttlIsInherited
            artifactSequence { __typename name project { name entity { name } } }
            artifactType { name }
          }
        }
      }
    }`;
    const data = await dataAsPython(fake, query, { entityName: 'demo-team', projectName: 'image-classifier', name: 'train-resnet:latest' });
    const membership = (data.project as any).artifactCollectionMembership;
    expect(membership).toMatchObject({
      __typename: 'ArtifactCollectionMembership',
      versionIndex: 1,
      artifactCollection: { __typename: 'ArtifactSequence', name: 'train-resnet' },
      artifact: {
        __typename: 'Artifact',
        id: latest.id,
        state: 'COMMITTED',
        fileCount: 2,
        artifactType: { name: 'job' },
        artifactSequence: { __typename: 'ArtifactSequence', name: 'train-resnet' },
      },
    });
    expect(membership.aliases.map((a: { alias: string }) => a.alias).sort()).toEqual(['latest', 'stable']);
    expect(nullPaths(membership)).toEqual([]);
  });

  it("job download: manifest and file URLs, then wandb-job.json without auth, with the fields Python's Job reads", async () => {
    const latest = seed();
    const { artifact } = await dataAsPython(
      fake,
      'query FetchArtifactManifest($id: ID!) { artifact(id: $id) { currentManifest { file { directUrl } } } }',
      { id: latest.id },
    );
    const manifest = (await (await getWithoutAuth((artifact as any).currentManifest.file.directUrl)).json()) as {
      contents: Record<string, { digest: string; size: number }>;
    };
    expect(Object.keys(manifest.contents).sort()).toEqual(['requirements.frozen.txt', 'wandb-job.json']);
    const urls = `query GetArtifactMembershipFileUrls($entityName: String!, $projectName: String!, $artifactName: String!, $artifactVersionIndex: String!, $cursor: String, $perPage: Int = 5000) {
      project(name: $projectName, entityName: $entityName) {
        artifactCollection(name: $artifactName) {
          __typename
          artifactMembership(aliasName: $artifactVersionIndex) {
            files(after: $cursor, first: $perPage) { pageInfo { __typename hasNextPage endCursor } edges { node { __typename name directUrl } } }
          }
        }
      }
    }`;
    const data = await dataAsPython(fake, urls, {
      entityName: 'demo-team',
      projectName: 'image-classifier',
      artifactName: 'train-resnet',
      artifactVersionIndex: 'v1',
      cursor: null,
      perPage: 5000,
    });
    const edges = (data.project as any).artifactCollection.artifactMembership.files.edges as Array<{ node: { name: string; directUrl: string } }>;
    const jobFile = edges.find((e) => e.node.name === 'wandb-job.json')!.node;
    const response = await getWithoutAuth(jobFile.directUrl);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('md5').update(bytes).digest('base64')).toBe(manifest.contents['wandb-job.json']!.digest);
    const info = JSON.parse(bytes.toString('utf8'));
    expect(info).toMatchObject({
      source_type: 'repo',
      source: { git: { remote: expect.any(String), commit: expect.any(String) }, entrypoint: ['python', 'train.py'], notebook: false },
      input_types: { wb_type: 'typedDict', params: { type_map: { lr: { wb_type: 'number' }, epochs: { wb_type: 'number' } } } },
      output_types: { wb_type: 'typedDict', params: { type_map: { accuracy: { wb_type: 'number' } } } },
      runtime: expect.stringMatching(/^3\.\d+/),
    });
  });

  it('api.list_jobs(): ArtifactOfType, the job collections and their versions in one query', async () => {
    seed();
    const query = `query ArtifactOfType($entityName: String!, $projectName: String!, $artifactTypeName: String!) {
      project(name: $projectName, entityName: $entityName) {
        artifactType(name: $artifactTypeName) {
          artifactCollections {
            edges { node { artifacts { edges { node { id state aliases { alias } artifactSequence { name } } } } } }
          }
        }
      }
    }`;
    const data = await dataAsPython(fake, query, { projectName: 'image-classifier', entityName: 'demo-team', artifactTypeName: 'job' });
    const collections = (data.project as any).artifactType.artifactCollections.edges as Array<{
      node: { artifacts: { edges: Array<{ node: any }> } };
    }>;
    const versions = collections.flatMap((c) => c.node.artifacts.edges.map((e) => e.node));
    // The demo data has a job of its own, train-cifar.
    expect(versions.map((v) => v.artifactSequence.name).sort()).toEqual(['serve', 'train-cifar', 'train-resnet', 'train-resnet']);
    expect(versions.every((v) => v.state === 'COMMITTED' && typeof v.id === 'string')).toBe(true);
    const train = versions
      .filter((v) => v.artifactSequence.name === 'train-resnet')
      .map((v) => v.aliases.map((a: { alias: string }) => a.alias).sort());
    expect(train).toEqual(expect.arrayContaining([['latest', 'stable', 'v1'], ['v0']]));
    // A project without jobs has no job type (Python then lists nothing); a missing project is null.
    const none = await dataAsPython(fake, query, { projectName: 'cartpole', entityName: 'demo-team', artifactTypeName: 'job' });
    expect((none.project as any).artifactType).toBeNull();
    const missing = await dataAsPython(fake, query, { projectName: 'nope', entityName: 'demo-team', artifactTypeName: 'job' });
    expect(missing.project).toBeNull();
  });
});
