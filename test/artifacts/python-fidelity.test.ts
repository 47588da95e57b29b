/**
 * The requests the real Python client (wandb 0.30.0) makes for artifacts and registries, as
 * WIRE.md records them: each document selects the fields listed there, is posted with an empty
 * operationName, and must validate and execute on the fake with the exact type names and no
 * null where the client's models require a value.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers are walked by path; their shape is what the assertions check */
import { createHash } from 'node:crypto';
import { createFakeWandb } from 'wandb-api/testing';

const fake = createFakeWandb();
const basic = `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}`;

afterEach(() => fake.reset());

async function post(query: string, variables: Record<string, unknown> | null = {}) {
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: basic, 'user-agent': 'W&B Public Client 0.30.0' },
    body: JSON.stringify({ query, variables, operationName: '' }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
  expect(body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return body.data as Record<string, any>;
}

/** A GET without credentials, as Python `requests` fetches signed URLs. */
async function getWithoutAuth(url: string) {
  return fake.fetch(url, { headers: { 'user-agent': 'python-requests/2.32.3', accept: '*/*' } });
}

const PROJECT = 'project { id internalId name entity { name } }';
const ARTIFACT = `
  fragment PyArtifact on Artifact {
    id versionIndex description metadata ttlDurationSeconds ttlIsInherited historyStep state size digest commitHash fileCount createdAt updatedAt
    artifactSequence { name ${PROJECT} }
    artifactType { name }
    tags { id name }
    aliases @include(if: $withAliases) { alias artifactCollection { __typename name ${PROJECT} } }
  }`;

function seed() {
  fake.seed.organization({ name: 'acme' });
  const v0 = fake.seed.artifact({
    project: 'p',
    name: 'mnist',
    files: { 'train.csv': 'a,b\n1,2\n', 'img/0.png': new Uint8Array([137, 80, 78, 71]) },
    aliases: ['best'],
    tags: ['raw'],
    loggedBy: 'train',
    usedBy: ['eval'],
    metadata: { rows: 1 },
  });
  fake.seed.artifact({ project: 'p', name: 'mnist', files: { 'train.csv': 'a,b\n1,2\n3,4\n' } });
  fake.seed.registry({ name: 'model', organization: 'acme', description: 'models' });
  fake.seed.link({ artifact: v0, entity: 'acme-org', project: 'wandb-registry-model', collection: 'digits', aliases: ['production'] });
  return v0;
}

function expectPythonArtifact(node: Record<string, any>) {
  expect(node).toMatchObject({
    id: expect.any(String),
    versionIndex: expect.any(Number),
    metadata: expect.any(String),
    ttlDurationSeconds: expect.any(Number),
    ttlIsInherited: expect.any(Boolean),
    state: 'COMMITTED',
    size: expect.any(Number),
    digest: expect.any(String),
    commitHash: expect.any(String),
    fileCount: expect.any(Number),
    createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
    artifactSequence: {
      name: 'mnist',
      project: { id: expect.any(String), internalId: expect.any(String), name: 'p', entity: { name: 'demo-user' } },
    },
    artifactType: { name: 'dataset' },
  });
}

describe("the Python client's artifact calls", () => {
  it('api.artifact(): ArtifactMembershipByName', async () => {
    const v0 = seed();
    const query = `query ArtifactMembershipByName($entityName: String!, $projectName: String!, $name: String!, $withAliases: Boolean = true) {
      project(name: $projectName, entityName: $entityName) {
        artifactCollectionMembership(name: $name) {
          id versionIndex createdAt
          aliases { id alias }
          artifactCollection { __typename name ${PROJECT} }
          artifact { ...PyArtifact }
        }
      }
    }${ARTIFACT}`;
    const data = await post(query, { entityName: 'demo-user', projectName: 'p', name: 'mnist:v0' });
    const membership = data.project.artifactCollectionMembership;
    expect(membership).toMatchObject({
      id: expect.any(String),
      versionIndex: 0,
      aliases: [{ id: expect.any(String), alias: 'best' }],
      artifactCollection: { __typename: 'ArtifactSequence', name: 'mnist' },
    });
    expectPythonArtifact(membership.artifact);
    expect(membership.artifact).toMatchObject({ id: v0.id, tags: [{ id: expect.any(String), name: 'raw' }], metadata: '{"rows":1}' });
    expect(membership.artifact.aliases).toEqual(
      expect.arrayContaining([
        { alias: 'best', artifactCollection: { __typename: 'ArtifactSequence', name: 'mnist', project: expect.any(Object) } },
        {
          alias: 'production',
          artifactCollection: { __typename: 'ArtifactPortfolio', name: 'digits', project: expect.objectContaining({ name: 'wandb-registry-model' }) },
        },
      ]),
    );
    const linked = await post(query, { entityName: 'acme-org', projectName: 'wandb-registry-model', name: 'digits:production' });
    expect(linked.project.artifactCollectionMembership.artifactCollection.__typename).toBe('ArtifactPortfolio');
  });

  it('api.artifact_exists(): a null membership means no', async () => {
    seed();
    const query = `query ArtifactMembershipByName($entityName: String!, $projectName: String!, $name: String!) {
      project(name: $projectName, entityName: $entityName) { artifactCollectionMembership(name: $name) { id } }
    }`;
    expect((await post(query, { entityName: 'demo-user', projectName: 'p', name: 'mnist:v1' })).project.artifactCollectionMembership).not.toBeNull();
    expect((await post(query, { entityName: 'demo-user', projectName: 'p', name: 'mnist:v5' })).project.artifactCollectionMembership).toBeNull();
    expect(
      (await post(query, { entityName: 'demo-user', projectName: 'p', name: 'nothing:latest' })).project.artifactCollectionMembership,
    ).toBeNull();
  });

  it('artifact.download(): FetchArtifactManifest, the manifest and GetArtifactMembershipFileUrls, then files without auth', async () => {
    const v0 = seed();
    const manifestQuery = `query FetchArtifactManifest($id: ID!) { artifact(id: $id) { currentManifest { file { directUrl } } } }`;
    const { artifact } = await post(manifestQuery, { id: v0.id });
    const manifestResponse = await getWithoutAuth(artifact.currentManifest.file.directUrl);
    expect(manifestResponse.status).toBe(200);
    const manifest = (await manifestResponse.json()) as {
      version: number;
      storagePolicy: string;
      storagePolicyConfig: Record<string, unknown>;
      contents: Record<string, { digest: string; size: number; birthArtifactID: string }>;
    };
    expect(manifest).toMatchObject({ version: 1, storagePolicy: 'wandb-storage-policy-v1', storagePolicyConfig: { storageLayout: 'V2' } });
    expect(Object.keys(manifest.contents).sort()).toEqual(['img/0.png', 'train.csv']);
    expect(manifest.contents['train.csv']).toEqual({
      digest: createHash('md5').update('a,b\n1,2\n').digest('base64'),
      size: 8,
      birthArtifactID: v0.id,
    });

    const urlsQuery = `query GetArtifactMembershipFileUrls($entityName: String!, $projectName: String!, $artifactName: String!, $artifactVersionIndex: String!, $cursor: String, $perPage: Int = 5000) {
      project(name: $projectName, entityName: $entityName) {
        artifactCollection(name: $artifactName) {
          __typename
          artifactMembership(aliasName: $artifactVersionIndex) {
            files(after: $cursor, first: $perPage) {
              pageInfo { hasNextPage endCursor }
              edges { node { name directUrl } }
            }
          }
        }
      }
    }`;
    const data = await post(urlsQuery, {
      entityName: 'demo-user',
      projectName: 'p',
      artifactName: 'mnist',
      artifactVersionIndex: 'v0',
      cursor: null,
      perPage: 5000,
    });
    const files = data.project.artifactCollection.artifactMembership.files;
    expect(files.pageInfo.hasNextPage).toBe(false);
    for (const { node } of files.edges as Array<{ node: { name: string; directUrl: string } }>) {
      const response = await getWithoutAuth(node.directUrl);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('md5').update(bytes).digest('base64')).toBe(manifest.contents[node.name]!.digest);
    }
  });

  it('artifact.download() fallback: the /artifactsV2 route with Basic auth, redirecting to storage', async () => {
    const v0 = seed();
    const entry = v0.contents['train.csv']!;
    const hex = Buffer.from(entry.digest, 'base64').toString('hex');
    const route = `${fake.baseUrl}/artifactsV2/default/demo-user/p/mnist/${encodeURIComponent(v0.id)}/${hex}/train.csv`;
    expect((await fake.fetch(route, { redirect: 'manual' })).status).toBe(401);
    const answer = await fake.fetch(route, { headers: { authorization: basic }, redirect: 'manual' });
    expect(answer.status).toBe(302);
    const location = answer.headers.get('location')!;
    expect(new URL(location).origin).not.toBe(new URL(fake.baseUrl).origin);
    expect(await (await getWithoutAuth(location)).text()).toBe('a,b\n1,2\n');
    // Without a birthArtifactID in the manifest the client leaves that segment empty.
    const empty = await fake.fetch(`${fake.baseUrl}/artifactsV2/default/demo-user/p/mnist//${hex}/train.csv`, {
      headers: { authorization: basic },
      redirect: 'manual',
    });
    expect(empty.status).toBe(302);
    const unknown = await fake.fetch(`${fake.baseUrl}/artifactsV2/default/demo-user/p/mnist//${'0'.repeat(32)}/x`, {
      headers: { authorization: basic },
      redirect: 'manual',
    });
    expect(unknown.status).toBe(404);
  });

  it('artifact.files(): ServerFeaturesQuery, then ArtifactMembershipFiles', async () => {
    seed();
    const features = await post('query ServerFeaturesQuery { serverInfo { features { name isEnabled } } }');
    expect(features.serverInfo.features).toEqual(expect.arrayContaining([{ name: 'ARTIFACT_REGISTRY_SEARCH', isEnabled: true }]));
    const query = `query ArtifactMembershipFiles($entityName: String!, $projectName: String!, $artifactName: String!, $artifactVersionIndex: String!, $fileNames: [String!], $fileCursor: String, $fileLimit: Int = 50) {
      project(name: $projectName, entityName: $entityName) {
        artifactCollection(name: $artifactName) {
          __typename
          artifactMembership(aliasName: $artifactVersionIndex) {
            files(names: $fileNames, after: $fileCursor, first: $fileLimit) {
              totalCount
              pageInfo { __typename endCursor hasNextPage }
              edges { node { __typename id name: displayName url sizeBytes storagePath mimetype updatedAt digest md5 directUrl } }
            }
          }
        }
      }
    }`;
    const data = await post(query, {
      entityName: 'demo-user',
      projectName: 'p',
      artifactName: 'mnist',
      artifactVersionIndex: 'v0',
      fileNames: null,
      fileCursor: null,
      fileLimit: 1,
    });
    const files = data.project.artifactCollection.artifactMembership.files;
    expect(files).toMatchObject({ totalCount: 2, pageInfo: { __typename: 'PageInfo', hasNextPage: true } });
    expect(files.edges[0].node).toMatchObject({
      __typename: 'File',
      id: expect.any(String),
      name: 'img/0.png',
      sizeBytes: 4,
      md5: expect.any(String),
      directUrl: expect.stringContaining('/storage/'),
      url: expect.stringContaining('/artifactsV2/'),
    });
    const named = await post(query, {
      entityName: 'demo-user',
      projectName: 'p',
      artifactName: 'mnist',
      artifactVersionIndex: 'v0',
      fileNames: ['train.csv'],
    });
    expect(named.project.artifactCollection.artifactMembership.files.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'train.csv',
    ]);
  });

  it('api.artifacts(): ProjectArtifacts, with the version on each edge', async () => {
    seed();
    const query = `query ProjectArtifacts($entity: String!, $project: String!, $type: String!, $collection: String!, $cursor: String, $perPage: Int = 50, $order: String, $filters: JSONString, $withAliases: Boolean = false) {
      project(entityName: $entity, name: $project) {
        artifactType(name: $type) {
          artifactCollection(name: $collection) {
            __typename
            artifacts(after: $cursor, first: $perPage, order: $order, filters: $filters) {
              totalCount
              pageInfo { endCursor hasNextPage }
              edges { version node { ...PyArtifact } }
            }
          }
        }
      }
    }${ARTIFACT}`;
    const data = await post(query, {
      entity: 'demo-user',
      project: 'p',
      type: 'dataset',
      collection: 'mnist',
      filters: '{"state": "COMMITTED"}',
      perPage: 50,
      cursor: null,
      order: null,
    });
    const connection = data.project.artifactType.artifactCollection.artifacts;
    expect(connection.totalCount).toBe(2);
    expect(connection.edges.map((e: { version: string }) => e.version)).toEqual(['v1', 'v0']);
    for (const edge of connection.edges) expectPythonArtifact(edge.node);
    expect(connection.edges[0].node).not.toHaveProperty('aliases');
  });

  it('api.artifact_types(): ProjectArtifactTypes', async () => {
    seed();
    const query = `query ProjectArtifactTypes($entity: String!, $project: String!, $cursor: String, $perPage: Int = 50) {
      project(name: $project, entityName: $entity) {
        artifactTypes(after: $cursor, first: $perPage) {
          edges { node { id name description createdAt } }
          pageInfo { endCursor hasNextPage }
        }
      }
    }`;
    const data = await post(query, { entity: 'demo-user', project: 'p', cursor: null });
    expect(data.project.artifactTypes.edges).toEqual([
      { node: { id: expect.any(String), name: 'dataset', description: null, createdAt: expect.any(String) } },
    ]);
  });

  it('api.artifact_collections(): ArtifactTypeArtifactCollections', async () => {
    seed();
    const query = `query ArtifactTypeArtifactCollections($entity: String!, $project: String!, $type: String!, $cursor: String, $perPage: Int = 50, $filters: JSONString, $order: String) {
      project(entityName: $entity, name: $project) {
        artifactType(name: $type) {
          artifactCollections(after: $cursor, first: $perPage, filters: $filters, order: $order) {
            totalCount
            pageInfo { endCursor hasNextPage }
            edges { node { __typename id name description createdAt updatedAt ${PROJECT} type: defaultArtifactType { name } tags { edges { node { id name } } } } }
          }
        }
      }
    }`;
    const data = await post(query, { entity: 'demo-user', project: 'p', type: 'dataset', cursor: null, filters: null, order: null });
    const connection = data.project.artifactType.artifactCollections;
    expect(connection).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(connection.edges[0].node).toMatchObject({
      __typename: 'ArtifactSequence',
      name: 'mnist',
      type: { name: 'dataset' },
      tags: { edges: [] },
      project: { internalId: expect.any(String), entity: { name: 'demo-user' } },
    });
  });

  it.each([
    ['logged_artifacts', 'RunOutputArtifacts', 'outputArtifacts', 'train'],
    ['used_artifacts', 'RunInputArtifacts', 'inputArtifacts', 'eval'],
  ])('run.%s(): %s', async (_method, operation, field, run) => {
    seed();
    const query = `query ${operation}($entity: String!, $project: String!, $runName: String!, $cursor: String, $perPage: Int = 100, $withAliases: Boolean = false) {
      project(entityName: $entity, name: $project) {
        run(name: $runName) {
          artifacts: ${field}(after: $cursor, first: $perPage) {
            totalCount
            pageInfo { endCursor hasNextPage }
            edges { node { ...PyArtifact } }
          }
        }
      }
    }${ARTIFACT}`;
    const data = await post(query, { entity: 'demo-user', project: 'p', runName: run, cursor: null, perPage: 100 });
    const connection = data.project.run.artifacts;
    expect(connection.totalCount).toBe(1);
    expectPythonArtifact(connection.edges[0].node);
    expect(fake.requests.at(-1)).toMatchObject({ operationName: operation, status: 200 });
  });
});

describe("the Python client's registry calls", () => {
  it('api.registries(): FetchOrgInfoFromEntity, then FetchRegistries', async () => {
    seed();
    const orgQuery = `query FetchOrgInfoFromEntity($entity: String!) {
      entity(name: $entity) {
        organization { name orgEntity { name } }
        user { organizations { name orgEntity { name } } }
      }
    }`;
    const org = await post(orgQuery, { entity: 'demo-user' });
    expect(org.entity).toEqual({ organization: null, user: { organizations: [{ name: 'acme', orgEntity: { name: 'acme-org' } }] } });

    const query = `query FetchRegistries($organization: String!, $filters: JSONString, $cursor: String, $perPage: Int = 100, $order: String) {
      organization(name: $organization) {
        orgEntity {
          name
          projects(filters: $filters, after: $cursor, first: $perPage, order: $order) {
            pageInfo { endCursor hasNextPage }
            edges {
              node {
                id internalId name description createdAt updatedAt access
                allowAllArtifactTypes: allowAllArtifactTypesInRegistry
                entity { name organization { name } }
                artifactTypes(includeAll: true) { edges { node { name } } }
              }
            }
          }
        }
      }
    }`;
    const data = await post(query, { organization: 'acme', filters: null, cursor: null, perPage: 100, order: null });
    expect(data.organization.orgEntity.projects.edges).toEqual([
      {
        node: {
          id: expect.any(String),
          internalId: expect.any(String),
          name: 'wandb-registry-model',
          description: 'models',
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
          access: 'PRIVATE',
          allowAllArtifactTypes: true,
          entity: { name: 'acme-org', organization: { name: 'acme' } },
          artifactTypes: { edges: [{ node: { name: 'dataset' } }] },
        },
      },
    ]);
    const filtered = await post(query, { organization: 'acme', filters: JSON.stringify({ name: { $regex: 'nothing' } }) });
    expect(filtered.organization.orgEntity.projects.edges).toEqual([]);
  });
});
