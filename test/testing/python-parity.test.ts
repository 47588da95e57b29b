/**
 * What the real W&B Python client (wandb 0.30.0) needs of the fake beyond the foundation: the
 * calls its conformance workload (test/conformance/) found missing or answered in a way the client
 * refuses, each made here as the client makes it.
 */
import { createHash } from 'node:crypto';
import { http, passthrough } from 'msw';
import { createFakeWandb } from 'wandb-api/testing';
import { useFakeWandb } from '../support/fake';
import { dataAsPython, postAsPython, pythonPost } from '../support/python';

const { fake, server: msw } = useFakeWandb({ seed: 'empty' });
const md5Hex = (text: string) => createHash('md5').update(text).digest('hex');
const basic = (key: string) => `Basic ${Buffer.from(`api:${key}`).toString('base64')}`;

/** The `directUrl` of an artifact file, as `artifact.files()` reads it. */
async function fileUrl(entity: string, project: string, collection: string, name: string): Promise<string> {
  const data = await dataAsPython(
    fake,
    `query ArtifactMembershipFiles($entity: String!, $project: String!, $collection: String!, $alias: String!) {
      project(name: $project, entityName: $entity) { artifactCollection(name: $collection) { artifactMembership(aliasName: $alias) {
        files(first: 50) { edges { node { name: displayName directUrl } } } } } } }`,
    { entity, project, collection, alias: 'v0' },
  );
  const edges = (
    data as { project: { artifactCollection: { artifactMembership: { files: { edges: Array<{ node: { name: string; directUrl: string } }> } } } } }
  ).project.artifactCollection.artifactMembership.files.edges;
  const found = edges.find((e) => e.node.name === name);
  if (!found) throw new Error(`no file ${name}`);
  return found.node.directUrl;
}

describe('storage URLs: HEAD and Range, as parquet readers use them', () => {
  const CONTENT = '0123456789abcdefghij';
  beforeEach(() => {
    fake.seed.artifact({ project: 'p', name: 'data', type: 'dataset', files: { 'f.txt': CONTENT } });
  });

  it('answers HEAD with the size and no body', async () => {
    const url = await fileUrl(fake.viewer.username, 'p', 'data', 'f.txt');
    const answer = await fake.fetch(url, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-length')).toBe(String(CONTENT.length));
    expect(answer.headers.get('accept-ranges')).toBe('bytes');
    expect(await answer.text()).toBe('');
  });

  it('serves byte ranges: closed, open-ended and suffix', async () => {
    const url = await fileUrl(fake.viewer.username, 'p', 'data', 'f.txt');
    const cases: Array<[string, string, string]> = [
      ['bytes=2-5', '2345', 'bytes 2-5/20'],
      ['bytes=15-', 'fghij', 'bytes 15-19/20'],
      ['bytes=-3', 'hij', 'bytes 17-19/20'],
      ['bytes=18-99', 'ij', 'bytes 18-19/20'],
    ];
    for (const [range, body, contentRange] of cases) {
      const answer = await fake.fetch(url, { headers: { range } });
      expect([range, answer.status, answer.headers.get('content-range'), await answer.text()]).toEqual([range, 206, contentRange, body]);
      expect(answer.headers.get('content-length')).toBe(String(body.length));
    }
  });

  it('refuses a range past the end with 416 and the size', async () => {
    const url = await fileUrl(fake.viewer.username, 'p', 'data', 'f.txt');
    const answer = await fake.fetch(url, { headers: { range: 'bytes=20-30' } });
    expect(answer.status).toBe(416);
    expect(answer.headers.get('content-range')).toBe('bytes */20');
  });

  it('answers HEAD and ranges the same through the HTTP server, where the Python client meets them', async () => {
    const served = await fake.listen({ port: 0 });
    try {
      msw.use(http.all(/^http:\/\/(127\.0\.0\.1|localhost):\d+\/.*/, () => passthrough()));
      const answer = await fetch(`${served.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: basic(fake.apiKey) },
        body: JSON.stringify({
          query: `{ project(name: "p", entityName: "${fake.viewer.username}") { artifactCollection(name: "data") { artifactMembership(aliasName: "v0") {
            files { edges { node { directUrl } } } } } } }`,
        }),
      });
      const body = (await answer.json()) as {
        data: { project: { artifactCollection: { artifactMembership: { files: { edges: Array<{ node: { directUrl: string } }> } } } } };
      };
      const url = body.data.project.artifactCollection.artifactMembership.files.edges[0]?.node.directUrl as string;
      const head = await fetch(url, { method: 'HEAD' });
      expect([head.status, head.headers.get('content-length'), head.headers.get('accept-ranges')]).toEqual([200, '20', 'bytes']);
      const part = await fetch(url, { headers: { range: 'bytes=10-12' } });
      expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 10-12/20', 'abc']);
    } finally {
      await served.close();
    }
  });

  it('answers HEAD of a missing blob with 404', async () => {
    const url = (await fileUrl(fake.viewer.username, 'p', 'data', 'f.txt')).replace(md5Hex(CONTENT), '0'.repeat(32));
    expect((await fake.fetch(url, { method: 'HEAD' })).status).toBe(404);
  });
});

describe('the artifactsV2 route with artifact id and birth id (8 segments)', () => {
  const route = (entity: string, id: string, hex: string, name = 'w.bin') =>
    `${fake.baseUrl}/artifactsV2/default/${entity}/p/model/${encodeURIComponent(id)}/${encodeURIComponent(id)}/${hex}/${name}`;

  it('sends the client on to the blob of an entry of that artifact', async () => {
    const artifact = fake.seed.artifact({ project: 'p', name: 'model', type: 'model', files: { 'w.bin': 'weights' } });
    const answer = await fake.fetch(route(fake.viewer.username, artifact.id, md5Hex('weights')), {
      headers: { authorization: basic(fake.apiKey) },
      redirect: 'manual',
    });
    expect(answer.status).toBe(302);
    const blob = await fake.fetch(answer.headers.get('location') as string);
    expect(await blob.text()).toBe('weights');
  });

  it('answers 404 for a digest the artifact does not hold, or an artifact that is not there, and 401 without a key', async () => {
    const artifact = fake.seed.artifact({ project: 'p', name: 'model', type: 'model', files: { 'w.bin': 'weights' } });
    const other = fake.seed.artifact({ project: 'p', name: 'other', type: 'model', files: { 'x.bin': 'other bytes' } });
    const auth = { headers: { authorization: basic(fake.apiKey) }, redirect: 'manual' as const };
    expect((await fake.fetch(route(fake.viewer.username, artifact.id, md5Hex('other bytes')), auth)).status).toBe(404);
    expect((await fake.fetch(route(fake.viewer.username, 'QXJ0aWZhY3Q6OTk5OTk=', md5Hex('weights')), auth)).status).toBe(404);
    expect((await fake.fetch(route(fake.viewer.username, other.id, md5Hex('other bytes')), auth)).status).toBe(404);
    expect((await fake.fetch(route(fake.viewer.username, artifact.id, md5Hex('weights')), { redirect: 'manual' })).status).toBe(401);
  });
});

describe('entity types, as W&B spells them', () => {
  it('reports organization, team and user entities in lowercase, as the client validates them', async () => {
    fake.seed.organization({ name: 'acme', orgEntity: 'acme-org' });
    fake.seed.team({ name: 'vision' });
    const org = await dataAsPython(
      fake,
      `query FetchOrganization($org: String!) { organization(name: $org) { id name orgEntity { __typename id name entityType } } }`,
      { org: 'acme' },
    );
    expect(org.organization).toMatchObject({ name: 'acme', orgEntity: { __typename: 'Entity', name: 'acme-org', entityType: 'organization' } });
    const entity = (name: string) => dataAsPython(fake, `query($n: String!) { entity(name: $n) { entityType isTeam } }`, { n: name });
    expect((await entity('vision')).entity).toEqual({ entityType: 'team', isTeam: true });
    expect((await entity(fake.viewer.username)).entity).toEqual({ entityType: 'user', isTeam: false });
  });
});

describe('runs: state changes, stopping, console logs', () => {
  const RUN = `query($e: String!, $p: String!, $r: String!) { project(entityName: $e, name: $p) { run(name: $r) { id state stopped shouldStop } } }`;
  const run = async (name: string) =>
    (
      (await dataAsPython(fake, RUN, { e: fake.viewer.username, p: 'p', r: name })).project as {
        run: { id: string; state: string; stopped: boolean };
      }
    ).run;
  const UPDATE_STATE = `mutation UpdateRunState($input: UpdateRunStateInput!) { updateRunState(input: $input) { success } }`;

  it('moves runs between states as W&B does, and refuses every other change', async () => {
    const from = ['running', 'finished', 'crashed', 'failed', 'killed', 'preempted', 'pending'] as const;
    const allowed: string[] = [];
    for (const target of ['pending', 'failed']) {
      for (const state of from) {
        fake.seed.run({ project: 'p', id: `${state}-to-${target}`, state });
        const { id } = await run(`${state}-to-${target}`);
        const answer = await postAsPython(fake, UPDATE_STATE, { input: { id, state: target } });
        if (answer.status === 200 && !answer.body.errors) {
          allowed.push(`${state}->${target}`);
          expect((await run(`${state}-to-${target}`)).state).toBe(target);
        } else {
          expect(answer.body.errors?.[0]?.message).toMatch(/invalid state transition/);
          expect((await run(`${state}-to-${target}`)).state).toBe(state);
        }
      }
    }
    expect(allowed.sort()).toEqual(
      ['running->pending', 'failed->pending', 'crashed->pending', 'preempted->pending', 'pending->failed', 'running->failed'].sort(),
    );
  });

  it('refuses to change the state of a sweep run', async () => {
    fake.seed.sweep({ project: 'p', id: 'sw', runs: [{ id: 'in-sweep', state: 'crashed' }] });
    const { id } = await run('in-sweep');
    const answer = await postAsPython(fake, UPDATE_STATE, { input: { id, state: 'pending' } });
    expect(answer.body.errors?.[0]?.message).toMatch(/sweep/);
    expect((await run('in-sweep')).state).toBe('crashed');
  });

  it('stopRun flags the run, as the Stop button does; again is harmless', async () => {
    fake.seed.run({ project: 'p', id: 'live', state: 'running' });
    const before = await run('live');
    expect([before.stopped, before.state]).toEqual([false, 'running']);
    const STOP = `mutation StopRun ($id: ID!) { stopRun(input: {id:$id}) { success } }`;
    expect(await dataAsPython(fake, STOP, { id: before.id })).toEqual({ stopRun: { success: true } });
    expect(await run('live')).toMatchObject({ stopped: true, shouldStop: true, state: 'running' });
    expect(await dataAsPython(fake, STOP, { id: before.id })).toEqual({ stopRun: { success: true } });
  });

  it('stopRun needs write access and an existing run', async () => {
    const other = createFakeWandb({ seed: 'empty' });
    other.seed.user({ username: 'mallory', apiKey: 'm'.repeat(40) });
    other.seed.run({ project: 'p', id: 'live', state: 'running' });
    const STOP = `mutation StopRun ($id: ID!) { stopRun(input: {id:$id}) { success } }`;
    const { id } = ((await dataAsPython(other, RUN, { e: other.viewer.username, p: 'p', r: 'live' })).project as { run: { id: string } }).run;
    const denied = await postAsPython(other, STOP, { id }, { apiKey: 'm'.repeat(40) });
    expect(denied.body.errors?.[0]?.message).toMatch(/permission|not found/i);
    const missing = await postAsPython(other, STOP, { id: 'UnVuOnYxOm5vcGU6cDpub2JvZHk=' });
    expect(missing.body.errors?.[0]?.message).toMatch(/not found/);
  });

  const PAGE = `query RunConsoleLogPage ($entity: String!, $project: String!, $runName: String!, $first: Int, $after: String) {
    project(name: $project, entityName: $entity) { run(name: $runName) { logLineCount
      logLines(first: $first, after: $after, useImprovedPagination: true) {
        edges { node { number timestamp level label line } } pageInfo { endCursor hasNextPage } } } } }`;
  const TAIL = `query RunConsoleLogTail ($entity: String!, $project: String!, $runName: String!, $last: Int!) {
    project(name: $project, entityName: $entity) { run(name: $runName) { logLineCount
      logLines(last: $last) { edges { node { number timestamp level label line } } } } } }`;
  type Page = {
    logLineCount: number;
    logLines: { edges: Array<{ node: Record<string, unknown> }>; pageInfo?: { endCursor: string; hasNextPage: boolean } };
  };
  const runOf = (data: Record<string, unknown>) => (data.project as { run: Page }).run;

  it('pages through seeded console lines, oldest first, and reads the last N', async () => {
    fake.seed.run({ project: 'p', id: 'r', createdAt: new Date('2026-01-10T10:00:00Z') });
    fake.seed.consoleLog({ project: 'p', run: 'r', lines: ['one', { line: 'two', label: 'rank1' }, { line: 'oops', stream: 'stderr' }] });
    const vars = { entity: fake.viewer.username, project: 'p', runName: 'r' };
    const first = runOf(await dataAsPython(fake, PAGE, { ...vars, first: 2, after: null }));
    expect(first.logLineCount).toBe(3);
    expect(first.logLines.edges.map((e) => e.node)).toEqual([
      { number: 0, timestamp: '2026-01-10T10:00:00.000000', level: '', label: '', line: 'one' },
      { number: 1, timestamp: '2026-01-10T10:00:01.000000', level: '', label: 'rank1', line: 'two' },
    ]);
    expect(first.logLines.pageInfo?.hasNextPage).toBe(true);
    const second = runOf(await dataAsPython(fake, PAGE, { ...vars, first: 2, after: first.logLines.pageInfo?.endCursor }));
    expect(second.logLines.edges.map((e) => [e.node.number, e.node.level, e.node.line])).toEqual([[2, 'error', 'oops']]);
    expect(second.logLines.pageInfo?.hasNextPage).toBe(false);
    const tail = runOf(await dataAsPython(fake, TAIL, { ...vars, last: 2 }));
    expect(tail.logLines.edges.map((e) => e.node.line)).toEqual(['two', 'oops']);
  });

  it('answers a run without console output with no lines', async () => {
    fake.seed.run({ project: 'p', id: 'quiet' });
    const data = runOf(await dataAsPython(fake, TAIL, { entity: fake.viewer.username, project: 'p', runName: 'quiet', last: 10 }));
    expect(data).toEqual({ logLineCount: 0, logLines: { edges: [] } });
  });

  it('takes console lines and system-metric events from JSON seed data', () => {
    const counts = fake.seedFrom({
      runs: [{ project: 'p', id: 'j' }],
      consoleLogs: [{ project: 'p', run: 'j', lines: ['hello', { line: 'bad', stream: 'stderr' }] }],
      runEvents: [{ project: 'p', run: 'j', rows: [{ 'system.cpu': 12.5 }, { 'system.cpu': 30 }] }],
    });
    expect(counts).toMatchObject({ consoleLogs: 1, runEvents: 1 });
  });

  it('takes history and system-metric rows in one object, or as a second argument, but not both or neither', async () => {
    fake.seed.run({ project: 'p', id: 'h' });
    fake.seed.history({ project: 'p', run: 'h', rows: [{ loss: 1 }, { loss: 0.5 }] });
    fake.seed.runEvents({ project: 'p', run: 'h' }, [{ 'system.gpu': 1 }]);
    const data = await dataAsPython(
      fake,
      `query($e: String!) { project(entityName: $e, name: "p") { run(name: "h") { history(samples: 10) events(samples: 10) } } }`,
      { e: fake.viewer.username },
    );
    const run = (data.project as { run: { history: string[]; events: string[] } }).run;
    expect(run.history.map((r) => JSON.parse(r) as unknown)).toEqual([
      { loss: 1, _step: 0 },
      { loss: 0.5, _step: 1 },
    ]);
    expect(run.events.map((r) => JSON.parse(r) as unknown)).toEqual([{ 'system.gpu': 1 }]);
    expect(() => fake.seed.runEvents({ project: 'p', run: 'h', rows: [] }, [])).toThrow(/rows is given twice/);
    expect(() => fake.seed.history({ project: 'p', run: 'h' })).toThrow(/rows is required/);
    expect(() => fake.seedFrom({ histories: [{ project: 'p', run: 'h', rows: [{ loss: 2 }] }] })).not.toThrow();
  });

  it('refuses bad console seed data with the path of the bad field', () => {
    expect(() =>
      fake.seedFrom({ runs: [{ project: 'p', id: 'j' }], consoleLogs: [{ project: 'p', run: 'j', lines: [{ line: 'x', stream: 'tty' }] }] }),
    ).toThrow(/consoleLogs\[0\]\.lines\[0\]\.stream/);
    expect(() => fake.seedFrom({ consoleLogs: [{ project: 'p', run: 'nope', lines: ['x'] }] })).toThrow(/consoleLogs\[0\]/);
  });
});

describe('artifacts: declaring existing versions as a run input or output', () => {
  const USE = `mutation UseArtifact($entityName: String!, $projectName: String!, $runName: String!, $artifactID: ID!, $usedAs: String,
      $artifactEntityName: String, $artifactProjectName: String) {
    useArtifact(input: {entityName: $entityName, projectName: $projectName, runName: $runName, artifactID: $artifactID, usedAs: $usedAs,
      artifactEntityName: $artifactEntityName, artifactProjectName: $artifactProjectName}) {
      artifact { id digest description state createdAt metadata } } }`;
  const CREATE = `mutation CreateArtifact($artifactTypeName: String!, $artifactCollectionNames: [String!], $entityName: String!, $projectName: String!,
      $runName: String, $description: String, $digest: String!, $digestAlgorithm: ArtifactDigestAlgorithm!, $aliases: [ArtifactAliasInput!],
      $metadata: JSONString, $clientID: ID, $sequenceClientID: ID, $tags: [TagInput!]) {
    createArtifact(input: {artifactTypeName: $artifactTypeName, artifactCollectionNames: $artifactCollectionNames, entityName: $entityName,
      projectName: $projectName, runName: $runName, description: $description, digest: $digest, digestAlgorithm: $digestAlgorithm,
      aliases: $aliases, metadata: $metadata, clientID: $clientID, sequenceClientID: $sequenceClientID, enableDigestDeduplication: true, tags: $tags}) {
      artifact { id state artifactSequence { id latestArtifact { id versionIndex } } } } }`;
  const IO = `query($e: String!, $p: String!, $r: String!) { project(entityName: $e, name: $p) { run(name: $r) {
      inputArtifacts { edges { node { id } } } outputArtifacts { edges { node { id } } } } } }`;
  const io = async (run: string) => {
    const r = (
      (await dataAsPython(fake, IO, { e: fake.viewer.username, p: 'p', r: run })).project as {
        run: { inputArtifacts: { edges: Array<{ node: { id: string } }> }; outputArtifacts: { edges: Array<{ node: { id: string } }> } };
      }
    ).run;
    return { inputs: r.inputArtifacts.edges.map((e) => e.node.id), outputs: r.outputArtifacts.edges.map((e) => e.node.id) };
  };

  it('useArtifact records the run as a user of the version', async () => {
    fake.seed.run({ project: 'p', id: 'reader' });
    const artifact = fake.seed.artifact({
      project: 'p',
      name: 'data',
      type: 'dataset',
      files: { 'a.txt': 'a' },
      description: 'd',
      metadata: { k: 1 },
    });
    const data = await dataAsPython(fake, USE, {
      entityName: fake.viewer.username,
      projectName: 'p',
      runName: 'reader',
      artifactID: artifact.id,
      usedAs: 'training-data',
      artifactEntityName: fake.viewer.username,
      artifactProjectName: 'p',
    });
    expect(data.useArtifact).toMatchObject({
      artifact: { id: artifact.id, digest: artifact.digest, description: 'd', state: 'COMMITTED', metadata: '{"k":1}' },
    });
    expect((await io('reader')).inputs).toEqual([artifact.id]);
    // Declaring it again does not list it twice.
    await dataAsPython(fake, USE, { entityName: fake.viewer.username, projectName: 'p', runName: 'reader', artifactID: artifact.id });
    expect((await io('reader')).inputs).toEqual([artifact.id]);
  });

  it("lists the run's declared use of the artifact with the run's inputs", async () => {
    fake.seed.run({ project: 'p', id: 'reader' });
    const artifact = fake.seed.artifact({ project: 'p', name: 'data', files: { 'a.txt': 'a' } });
    await dataAsPython(fake, USE, {
      entityName: fake.viewer.username,
      projectName: 'p',
      runName: 'reader',
      artifactID: artifact.id,
      usedAs: 'train',
    });
    const data = await dataAsPython(
      fake,
      `query($e: String!) { project(entityName: $e, name: "p") { run(name: "reader") { inputArtifacts { edges { usedAs node { id } } } } } }`,
      { e: fake.viewer.username },
    );
    expect((data.project as { run: { inputArtifacts: { edges: unknown[] } } }).run.inputArtifacts.edges).toEqual([
      { usedAs: ['train'], node: { id: artifact.id } },
    ]);
  });

  it('useArtifact refuses a run or an artifact that does not exist', async () => {
    fake.seed.run({ project: 'p', id: 'reader' });
    const artifact = fake.seed.artifact({ project: 'p', name: 'data', files: { 'a.txt': 'a' } });
    const vars = { entityName: fake.viewer.username, projectName: 'p', runName: 'nobody', artifactID: artifact.id };
    expect((await pythonPost(fake, USE, vars)).body.errors?.[0]?.message).toMatch(/not found/);
    expect((await pythonPost(fake, USE, { ...vars, runName: 'reader', artifactID: 'QXJ0aWZhY3Q6OTk5' })).body.errors?.[0]?.message).toMatch(
      /not found/,
    );
  });

  it('createArtifact with the digest of an existing version gives that version back, with the new aliases and tags, as an output of the run', async () => {
    fake.seed.run({ project: 'p', id: 'writer' });
    const artifact = fake.seed.artifact({ project: 'p', name: 'model', type: 'model', files: { 'w.bin': 'w' } });
    const vars = {
      entityName: fake.viewer.username,
      projectName: 'p',
      runName: 'writer',
      artifactTypeName: 'model',
      artifactCollectionNames: ['model'],
      clientID: null,
      sequenceClientID: null,
      digest: artifact.digest,
      digestAlgorithm: 'MANIFEST_MD5',
      description: null,
      aliases: [{ artifactCollectionName: 'model', alias: 'prod' }],
      tags: [{ tagName: 'relogged' }],
      metadata: null,
    };
    const data = await dataAsPython(fake, CREATE, vars);
    expect(data.createArtifact).toMatchObject({
      artifact: { id: artifact.id, state: 'COMMITTED', artifactSequence: { latestArtifact: { id: artifact.id, versionIndex: 0 } } },
    });
    expect((await io('writer')).outputs).toContain(artifact.id);
    const byAlias = await dataAsPython(
      fake,
      `query($e: String!, $p: String!, $n: String!) { project(entityName: $e, name: $p) { artifactCollectionMembership(name: $n) { artifact { id tags { name } } } } }`,
      { e: fake.viewer.username, p: 'p', n: 'model:prod' },
    );
    expect(byAlias.project).toEqual({ artifactCollectionMembership: { artifact: { id: artifact.id, tags: [{ name: 'relogged' }] } } });
  });

  it('createArtifact with a new digest makes a pending version the client then uploads', async () => {
    const data = await dataAsPython(fake, CREATE, {
      entityName: fake.viewer.username,
      projectName: 'p',
      runName: null,
      artifactTypeName: 'dataset',
      artifactCollectionNames: ['fresh'],
      digest: '0'.repeat(32),
      digestAlgorithm: 'MANIFEST_MD5',
      aliases: [],
      tags: [],
    });
    expect(data.createArtifact).toMatchObject({ artifact: { state: 'PENDING', artifactSequence: { latestArtifact: null } } });
  });

  it('keeps the run that made a version, lists it as an output of a run that declares it again, and leaves latest on the newest committed version', async () => {
    fake.seed.run({ project: 'p', id: 'first' });
    fake.seed.run({ project: 'p', id: 'second' });
    const artifact = fake.seed.artifact({ project: 'p', name: 'model', type: 'model', files: { 'w.bin': 'w' }, loggedBy: 'first' });
    const common = {
      entityName: fake.viewer.username,
      projectName: 'p',
      artifactTypeName: 'model',
      artifactCollectionNames: ['model'],
      digestAlgorithm: 'MANIFEST_MD5',
    };
    await dataAsPython(fake, CREATE, { ...common, runName: 'second', digest: artifact.digest });
    expect((await io('first')).outputs).toEqual([artifact.id]);
    expect((await io('second')).outputs).toEqual([artifact.id]);
    const made = await dataAsPython(fake, `query($id: ID!) { artifact(id: $id) { createdBy { ... on Run { name } } } }`, { id: artifact.id });
    expect(made.artifact).toEqual({ createdBy: { name: 'first' } });
    const pending = await dataAsPython(fake, CREATE, { ...common, runName: 'second', digest: 'f'.repeat(32) });
    expect(pending.createArtifact).toMatchObject({ artifact: { state: 'PENDING', artifactSequence: { latestArtifact: { id: artifact.id } } } });
    const latest = await dataAsPython(
      fake,
      `query($e: String!) { project(entityName: $e, name: "p") { artifactCollectionMembership(name: "model:latest") { artifact { id } } } }`,
      { e: fake.viewer.username },
    );
    expect(latest.project).toEqual({ artifactCollectionMembership: { artifact: { id: artifact.id } } });
  });

  it('createArtifact refuses a digest algorithm W&B does not know, before anything changes', async () => {
    const answer = await pythonPost(fake, CREATE, {
      entityName: fake.viewer.username,
      projectName: 'p',
      artifactTypeName: 'dataset',
      artifactCollectionNames: ['fresh'],
      digest: '0'.repeat(32),
      digestAlgorithm: 'SHA999',
    });
    expect(answer.body.errors?.[0]?.message).toMatch(/ArtifactDigestAlgorithm/);
  });
});

describe('server features the client checks before sending', () => {
  it('reports the file-count, local sweep scheduler and registry artifact-type features as enabled', async () => {
    const data = await dataAsPython(fake, `query ServerFeaturesQuery { serverInfo { features { name isEnabled } } }`, null);
    const enabled = (data.serverInfo as { features: Array<{ name: string; isEnabled: boolean }> }).features
      .filter((f) => f.isEnabled)
      .map((f) => f.name);
    expect(enabled).toEqual(
      expect.arrayContaining(['TOTAL_COUNT_IN_FILE_CONNECTION', 'SWEEPS_LOCAL_SCHEDULER', 'INCLUDE_ARTIFACT_TYPES_IN_REGISTRY_CREATION']),
    );
  });
});

describe('automations the viewer can see, and entity scopes', () => {
  it("lists the projects of the viewer's entity and teams under viewer.projects, with their automations", async () => {
    fake.seed.project({ name: 'mine' });
    fake.seed.team({ name: 'crew' });
    fake.seed.project({ entity: 'crew', name: 'shared' });
    fake.seed.entity({ name: 'strangers', withViewer: false });
    fake.seed.project({ entity: 'strangers', name: 'hidden' });
    fake.seed.automation({
      name: 'a1',
      scope: { project: 'mine' },
      eventType: 'RUN_STATE',
      eventFilter: { run_filter: '{}', run_state_filter: { states: ['FAILED'] } },
    });
    const data = await dataAsPython(
      fake,
      `query GetAutomationsLegacy($cursor: String, $perPage: Int) { scope: viewer { projects(after: $cursor, first: $perPage) {
        pageInfo { endCursor hasNextPage } edges { node { name triggers { name } } } } } }`,
      { cursor: null, perPage: 50 },
    );
    const projects = (data.scope as { projects: { edges: Array<{ node: { name: string; triggers: Array<{ name: string }> } }> } }).projects;
    expect(projects.edges.map((e) => [e.node.name, e.node.triggers.map((t) => t.name)])).toEqual([
      ['mine', ['a1']],
      ['shared', []],
    ]);
  });

  it('reports entity scopes as a feature and answers them with their entity type', async () => {
    fake.seed.team({ name: 'crew' });
    fake.seed.automation({ name: 'on-link', scope: { entity: 'crew' }, eventType: 'LINK_MODEL' });
    const features = await dataAsPython(fake, `query ServerFeaturesQuery { serverInfo { features { name isEnabled } } }`, null);
    expect((features.serverInfo as { features: unknown[] }).features).toContainEqual({ name: 'AUTOMATION_SCOPE_ENTITY', isEnabled: true });
    const data = await dataAsPython(
      fake,
      `query($e: String!) { scope: entity(name: $e) { triggers { edges { node { name scope { ... on Entity { __typename name entityType } } } } } } }`,
      { e: 'crew' },
    );
    expect((data.scope as { triggers: { edges: unknown[] } }).triggers.edges).toEqual([
      { node: { name: 'on-link', scope: { __typename: 'Entity', name: 'crew', entityType: 'team' } } },
    ]);
  });
});

describe('automations: HTTP statuses the client branches on', () => {
  const CREATE = `mutation CreateAutomation($input: CreateFilterTriggerInput!) { result: createFilterTrigger(input: $input) { trigger { id name } } }`;
  const UPDATE = `mutation UpdateAutomation($input: UpdateFilterTriggerInput!) { result: updateFilterTrigger(input: $input) { trigger { id name } } }`;
  const input = (scopeID: string, name = 'watch') => ({
    name,
    description: null,
    enabled: true,
    scopeType: 'PROJECT',
    scopeID,
    triggeringEventType: 'RUN_STATE',
    eventFilter: JSON.stringify({ run_filter: '{}', run_state_filter: { states: ['FINISHED'] } }),
    triggeredActionType: 'NO_OP',
    triggeredActionConfig: { noOpActionInput: { noOp: true } },
  });

  it('answers a second automation of the same name with 409 and the existing one stays', async () => {
    const project = fake.seed.project({ name: 'p' });
    const first = await postAsPython(fake, CREATE, { input: input(project.id) });
    expect(first.status).toBe(200);
    const again = await postAsPython(fake, CREATE, { input: input(project.id) });
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]?.message).toMatch(/already exists/);
    expect([...fake.store.triggers.values()].map((t) => t.name)).toEqual(['watch']);
  });

  it('answers an update of an automation that is not there with 404', async () => {
    const project = fake.seed.project({ name: 'p' });
    const answer = await postAsPython(fake, UPDATE, { input: { ...input(project.id), id: 'VHJpZ2dlcjp2MTo5OTk=' } });
    expect(answer.status).toBe(404);
    expect(answer.body.errors?.[0]?.message).toMatch(/not found/);
  });

  it('keeps HTTP 200 for other refusals, which the client reports as they are', async () => {
    const project = fake.seed.project({ name: 'p' });
    const bad = await postAsPython(fake, CREATE, { input: { ...input(project.id), eventFilter: '{' } });
    expect(bad.status).toBe(200);
    expect(bad.body.errors?.[0]?.message).toMatch(/JSON/);
  });
});
