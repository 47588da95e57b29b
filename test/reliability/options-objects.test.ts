/**
 * Options objects: every public method and constructor that takes one treats `null` as no
 * options (the same outcome as leaving it out), and refuses anything else that is not an options
 * object (a number, a string, an array, a Map, a Date, a function, ...) with an
 * InvalidArgumentError naming the parameter, before anything is sent. Never a TypeError.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Api,
  documents,
  InvalidArgumentError,
  WandbError,
  type Agent,
  type Artifact,
  type ArtifactCollection,
  type ArtifactFile,
  type ArtifactManifestEntry,
  type ArtifactType,
  type Automation,
  type Job,
  type Member,
  type Project,
  type QueuedRun,
  type Registry,
  type Report,
  type Run,
  type RunFile,
  type RunQueue,
  type Sweep,
  type Team,
  type User,
} from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { freshDir, removeDirs, settle, within } from './support';

const fake = createFakeWandb({ seed: 'demo', requestLogLimit: 1000 });
fake.seed.entity({ name: 'lab', admins: ['demo-user'] });
fake.seed.run({ project: 'p', id: 'r1', state: 'finished', config: { lr: 0.1 }, summary: { loss: 0.5 }, history: [{ loss: 1 }, { loss: 0.5 }] });
fake.seed.runFile({ project: 'p', run: 'r1', name: 'out.txt', content: 'hello' });
fake.seed.artifact({ project: 'p', name: 'digits', files: { 'a.txt': 'a' }, aliases: ['best'] });
fake.seed.registry({ name: 'model', organization: 'acme', artifactTypes: ['model'] });
fake.seed.team({ name: 'crew', members: ['alice'], viewerIsAdmin: true });
fake.seed.sweep({ project: 'p', id: 'sw1', config: { method: 'grid', parameters: { lr: { values: [0.1] } } }, agents: [{ id: 'ag1', runs: [] }] });
fake.seed.integration({ type: 'slack', entity: 'demo-user', teamName: 'acme', channelName: '#ml' });
fake.seed.automation({ name: 'on-loss', scope: { project: 'p', entity: 'demo-user' } });
fake.seed.run({ entity: 'lab', project: 'model-registry', id: 'launched', state: 'finished' });
fake.seed.runQueue({ entity: 'lab', name: 'gpus', items: [{ state: 'CLAIMED', associatedRunId: 'launched' }] });

const api = new Api({
  baseUrl: fake.baseUrl,
  apiKey: fake.apiKey,
  env: {},
  entity: 'demo-user',
  project: 'p',
  fetch: fake.fetch,
  retries: 0,
  timeout: 5000,
});

/** A value of every kind that is not an options object (`undefined` and `null` mean "no options"). */
const NOT_OPTIONS: Array<[string, unknown]> = [
  ['a number', 5],
  ['zero', 0],
  ['a string', 'fast'],
  ['an empty string', ''],
  ['a boolean', true],
  ['a bigint', 1n],
  ['a symbol', Symbol('options')],
  ['a function', () => ({ timeout: 1 })],
  ['an empty array', []],
  ['an array of an object', [{ timeout: 1 }]],
  ['a Map', new Map([['timeout', 1]])],
  ['a Set', new Set()],
  ['a Date', new Date(0)],
  ['a regular expression', /x/],
  ['a boxed string', Object('x')],
  ['a typed array', new Uint8Array(2)],
  ['a promise', Promise.resolve({})],
  ['an error', new Error('x')],
];

/** How an error names each of them where the test's own label is not what it says. */
const KIND: Record<string, string> = {
  'a number': '5',
  zero: '0',
  'a string': '"fast"',
  'an empty string': '""',
  'a boolean': 'true',
  'a bigint': '1n',
  'an empty array': 'an array',
  'an array of an object': 'an array',
  'a regular expression': 'a RegExp',
  'a boxed string': 'a String',
  'a typed array': 'a Uint8Array',
  'a promise': 'a Promise',
  'an error': 'an Error',
};

let run: Run;
let project: Project;
let file: RunFile;
let artifact: Artifact;
let entry: ArtifactManifestEntry;
let artifactFile: ArtifactFile;
let collection: ArtifactCollection;
let type: ArtifactType;
let registry: Registry;
let sweep: Sweep;
let agent: Agent;
let report: Report;
let team: Team;
let member: Member;
let viewer: User;
let queue: RunQueue;
let queued: QueuedRun;
let job: Job;
let automation: Automation;
let upload: string;

beforeAll(async () => {
  run = await api.run('demo-user/p/r1');
  project = await api.project('p');
  file = await run.file('out.txt');
  artifact = await api.artifact('demo-user/p/digits:v0');
  entry = await artifact.getEntry('a.txt');
  [artifactFile] = (await artifact.files().toArray()) as [ArtifactFile];
  collection = await artifact.collection();
  type = await api.artifactType('dataset', 'p');
  registry = await api.registry('model', { organization: 'acme' });
  sweep = await api.sweep('demo-user/p/sw1');
  agent = await sweep.agent('ag1');
  report = (await api.reports('demo-team/image-classifier').first())!;
  team = await api.team('crew');
  member = team.members.find((m) => m.username === 'alice')!;
  viewer = await api.viewer();
  queue = await api.runQueue('gpus', 'lab');
  queued = (await queue.items().first())!;
  job = await api.job('demo-team/image-classifier/train-cifar:latest');
  automation = await api.automation('on-loss');
  upload = join(freshDir(), 'upload.txt');
  writeFileSync(upload, 'uploaded');
});
afterAll(removeDirs);

/**
 * Every public method (and constructor) that takes an options object, called with `o` in that
 * place and valid values everywhere else; `param` names the parameter when it is not `options`.
 */
const CALLS: Array<{ name: string; call: (o: never) => unknown; param?: string }> = [
  // Api
  { name: 'new Api', call: (o) => new Api(o) },
  { name: 'api.viewer', call: (o) => api.viewer(o) },
  { name: 'api.defaultEntity', call: (o) => api.defaultEntity(o) },
  { name: 'api.project', call: (o) => api.project('p', 'demo-user', o) },
  { name: 'api.projects', call: (o) => api.projects('demo-user', o) },
  { name: 'api.createProject', call: (o) => api.createProject('fresh', 'demo-user', o) },
  { name: 'api.runs', call: (o) => api.runs('demo-user/p', o) },
  { name: 'api.run', call: (o) => api.run('demo-user/p/r1', o) },
  { name: 'api.createRun', call: (o) => api.createRun(o) },
  { name: 'api.artifact', call: (o) => api.artifact('demo-user/p/digits:v0', undefined, o) },
  { name: 'api.artifactExists', call: (o) => api.artifactExists('demo-user/p/digits:v0', undefined, o) },
  { name: 'api.artifacts', call: (o) => api.artifacts('dataset', 'demo-user/p/digits', o) },
  { name: 'api.artifactVersions', call: (o) => api.artifactVersions('dataset', 'demo-user/p/digits', o) },
  { name: 'api.artifactType', call: (o) => api.artifactType('dataset', 'p', o) },
  { name: 'api.artifactTypes', call: (o) => api.artifactTypes('p', o) },
  { name: 'api.artifactCollection', call: (o) => api.artifactCollection('dataset', 'p/digits', o) },
  { name: 'api.artifactCollectionExists', call: (o) => api.artifactCollectionExists('p/digits', 'dataset', o) },
  { name: 'api.artifactCollections', call: (o) => api.artifactCollections('p', 'dataset', o) },
  { name: 'api.registries', call: (o) => api.registries(o) },
  { name: 'api.registry', call: (o) => api.registry('model', o) },
  { name: 'api.createRegistry', call: (o) => api.createRegistry(o) },
  { name: 'api.team', call: (o) => api.team('crew', o) },
  { name: 'api.createTeam', call: (o) => api.createTeam('newteam', o) },
  { name: 'api.user', call: (o) => api.user('demo-user', o) },
  { name: 'api.users', call: (o) => api.users('demo', o) },
  { name: 'api.createUser', call: (o) => api.createUser('new@example.com', o) },
  { name: 'api.automations', call: (o) => api.automations(o) },
  { name: 'api.automation', call: (o) => api.automation('on-loss', o) },
  {
    name: 'api.createAutomation',
    call: (o) => api.createAutomation({ name: 'fresh', event: { type: 'createArtifact', scope: collection }, action: { type: 'noOp' } }, o),
  },
  { name: 'api.updateAutomation (changes)', call: (o) => api.updateAutomation(automation, o), param: 'changes' },
  { name: 'api.updateAutomation', call: (o) => api.updateAutomation(automation, { description: 'x' }, o) },
  { name: 'api.deleteAutomation', call: (o) => api.deleteAutomation(automation, o) },
  { name: 'api.integrations', call: (o) => api.integrations(o) },
  { name: 'api.slackIntegrations', call: (o) => api.slackIntegrations(o) },
  { name: 'api.webhookIntegrations', call: (o) => api.webhookIntegrations(o) },
  { name: 'api.sweep', call: (o) => api.sweep('demo-user/p/sw1', o) },
  { name: 'api.reports', call: (o) => api.reports('demo-team/image-classifier', o) },
  { name: 'api.runQueue', call: (o) => api.runQueue('gpus', 'lab', o) },
  { name: 'api.createRunQueue', call: (o) => api.createRunQueue('cpus', 'kubernetes', o) },
  { name: 'api.upsertRunQueue', call: (o) => api.upsertRunQueue('gpus', {}, 'kubernetes', o) },
  { name: 'api.queuedRun', call: (o) => api.queuedRun('lab', 'model-registry', 'gpus', queued.id, o) },
  { name: 'api.job', call: (o) => api.job('demo-team/image-classifier/train-cifar:latest', o) },
  { name: 'api.listJobs', call: (o) => api.listJobs('demo-team', 'image-classifier', o) },
  { name: 'api.createCustomChart', call: (o) => api.createCustomChart(o) },
  { name: 'api.fromPath', call: (o) => api.fromPath('demo-user/p/r1', o) },
  { name: 'api.execute', call: (o) => api.execute(documents.ViewerDocument, {}, o) },
  // lists
  { name: 'list.toArray', call: (o) => api.runs('demo-user/p').toArray(o) },
  { name: 'runs.histories', call: (o) => api.runs('demo-user/p').histories(o) },
  { name: 'historyScan.toArray', call: (o) => run.scanHistory().toArray(o) },
  // runs and run files
  { name: 'run.load', call: (o) => run.load(o) },
  { name: 'run.refresh', call: (o) => run.refresh(o) },
  { name: 'run.loadKeys', call: (o) => run.loadKeys({ config: ['lr'] }, o) },
  { name: 'run.configValue', call: (o) => run.configValue('lr', o) },
  { name: 'run.summaryValue', call: (o) => run.summaryValue('loss', o) },
  { name: 'run.update', call: (o) => run.update(o) },
  { name: 'run.delete', call: (o) => run.delete(o) },
  { name: 'run.updateState', call: (o) => run.updateState('pending', o) },
  { name: 'run.waitUntilFinished', call: (o) => run.waitUntilFinished(o) },
  { name: 'run.history', call: (o) => run.history(o) },
  { name: 'run.scanHistory', call: (o) => run.scanHistory(o) },
  { name: 'run.betaScanHistory', call: (o) => run.betaScanHistory(o) },
  { name: 'run.downloadHistoryExports', call: (o) => run.downloadHistoryExports(o) },
  { name: 'run.toHtml', call: (o) => run.toHtml(o) },
  { name: 'run.files', call: (o) => run.files(o) },
  { name: 'run.file', call: (o) => run.file('out.txt', o) },
  { name: 'run.uploadFile', call: (o) => run.uploadFile(upload, o) },
  { name: 'run.metadata', call: (o) => run.metadata(o) },
  { name: 'run.loggedArtifacts', call: (o) => run.loggedArtifacts(o) },
  { name: 'run.usedArtifacts', call: (o) => run.usedArtifacts(o) },
  { name: 'runFile.download', call: (o) => file.download(o) },
  { name: 'runFile.text', call: (o) => file.text(o) },
  { name: 'runFile.delete', call: (o) => file.delete(o) },
  // projects, sweeps, reports
  { name: 'project.runs', call: (o) => project.runs(o) },
  { name: 'project.artifactTypes', call: (o) => project.artifactTypes(o) },
  { name: 'project.collections', call: (o) => project.collections(o) },
  { name: 'project.sweeps', call: (o) => project.sweeps(o) },
  { name: 'sweep.runs', call: (o) => sweep.runs(o) },
  { name: 'sweep.bestRun', call: (o) => sweep.bestRun(o) },
  { name: 'sweep.agents', call: (o) => sweep.agents(o) },
  { name: 'sweep.agent', call: (o) => sweep.agent('ag1', o) },
  { name: 'sweep.enqueueRun', call: (o) => sweep.enqueueRun({ lr: 0.1 }, o) },
  { name: 'agent.runs', call: (o) => agent.runs(o) },
  { name: 'report.runs', call: (o) => report.runs(o) },
  // artifacts
  { name: 'artifact.manifest', call: (o) => artifact.manifest(o) },
  { name: 'artifact.files', call: (o) => artifact.files(o) },
  { name: 'artifact.download', call: (o) => artifact.download(o) },
  { name: 'artifact.checkout', call: (o) => artifact.checkout(o) },
  { name: 'artifact.verify', call: (o) => artifact.verify(o) },
  { name: 'artifact.file', call: (o) => artifact.file(o) },
  { name: 'artifact.getEntry', call: (o) => artifact.getEntry('a.txt', o) },
  { name: 'artifact.getPath', call: (o) => artifact.getPath('a.txt', o) },
  { name: 'artifact.downloadEntry', call: (o) => artifact.downloadEntry(entry, o) },
  { name: 'artifact.usedBy', call: (o) => artifact.usedBy(o) },
  { name: 'artifact.loggedBy', call: (o) => artifact.loggedBy(o) },
  { name: 'artifact.collection', call: (o) => artifact.collection(o) },
  { name: 'artifact.sourceCollection', call: (o) => artifact.sourceCollection(o) },
  { name: 'artifact.sourceArtifact', call: (o) => artifact.sourceArtifact(o) },
  { name: 'artifact.linkedArtifacts', call: (o) => artifact.linkedArtifacts(o) },
  { name: 'artifact.save', call: (o) => artifact.save(o) },
  { name: 'artifact.delete', call: (o) => artifact.delete(o) },
  { name: 'artifact.link', call: (o) => artifact.link('wandb-registry-model/classifier', o) },
  { name: 'artifact.unlink', call: (o) => artifact.unlink(o) },
  { name: 'manifestEntry.download', call: (o) => entry.download(o) },
  { name: 'artifactFile.download', call: (o) => artifactFile.download(o) },
  { name: 'collection.artifacts', call: (o) => collection.artifacts(o) },
  { name: 'collection.aliases', call: (o) => collection.aliases(o) },
  { name: 'collection.save', call: (o) => collection.save(o) },
  { name: 'collection.changeType', call: (o) => collection.changeType('model', o) },
  { name: 'collection.delete', call: (o) => collection.delete(o) },
  { name: 'artifactType.collections', call: (o) => type.collections(o) },
  { name: 'artifactType.collection', call: (o) => type.collection('digits', o) },
  // registries
  { name: 'registries.collections', call: (o) => api.registries().collections(o) },
  { name: 'registries.versions', call: (o) => api.registries().versions(o) },
  { name: 'registryCollections.versions', call: (o) => api.registries().collections().versions(o) },
  { name: 'registry.collections', call: (o) => registry.collections(o) },
  { name: 'registry.versions', call: (o) => registry.versions(o) },
  { name: 'registry.load', call: (o) => registry.load(o) },
  { name: 'registry.save', call: (o) => registry.save(o) },
  { name: 'registry.userMembers', call: (o) => registry.userMembers(o) },
  { name: 'registry.teamMembers', call: (o) => registry.teamMembers(o) },
  { name: 'registry.members', call: (o) => registry.members(o) },
  { name: 'registry.addMembers', call: (o) => registry.addMembers(viewer, o) },
  { name: 'registry.removeMembers', call: (o) => registry.removeMembers(viewer, o) },
  { name: 'registry.updateMember', call: (o) => registry.updateMember(viewer, 'admin', o) },
  { name: 'registry.delete', call: (o) => registry.delete(o) },
  // teams and users
  { name: 'team.reload', call: (o) => team.reload(o) },
  { name: 'team.invite', call: (o) => team.invite('bob@example.com', o) },
  { name: 'team.createServiceAccount', call: (o) => team.createServiceAccount('ci', o) },
  { name: 'member.delete', call: (o) => member.delete(o) },
  { name: 'user.generateApiKey', call: (o) => viewer.generateApiKey('ci', o) },
  { name: 'user.deleteApiKey', call: (o) => viewer.deleteApiKey('no-such-key', o) },
  // Launch
  { name: 'queue.resourceConfig', call: (o) => queue.resourceConfig(o) },
  { name: 'queue.items', call: (o) => queue.items(o) },
  { name: 'queue.item', call: (o) => queue.item(queued.id, o) },
  { name: 'queue.delete', call: (o) => queue.delete(o) },
  { name: 'queuedRun.reload', call: (o) => queued.reload(o) },
  { name: 'queuedRun.waitUntilRunning', call: (o) => queued.waitUntilRunning(o) },
  { name: 'queuedRun.waitUntilFinished', call: (o) => queued.waitUntilFinished(o) },
  { name: 'queuedRun.delete', call: (o) => queued.delete(o) },
  { name: 'job.call', call: (o) => job.call({ lr: 0.1 }, o) },
  // the testing kit
  { name: 'createFakeWandb', call: (o) => createFakeWandb(o) },
  { name: 'fake.failNext', call: (o) => fake.failNext({ operation: 'NoSuchOperation', custom: true }, { status: 503 }, o) },
  { name: 'fake.failRate', call: (o) => fake.failRate({ operation: 'NoSuchOperation', custom: true }, 0.5, { status: 503 }, o) },
  { name: 'fake.rateLimit', call: (o) => fake.rateLimit({ operation: 'NoSuchOperation', custom: true }, o) },
  { name: 'fake.listen', call: (o) => fake.listen(o) },
];

const lastSeq = () => fake.requests[fake.requests.length - 1]?.seq ?? 0;

/** Runs a call to its end: a list as far as its first page, a server until it is closed again. */
async function finish(call: () => unknown): Promise<unknown> {
  const result = await call();
  if (result && typeof result === 'object' && typeof (result as { toArray?: unknown }).toArray === 'function') {
    return (result as { toArray(o: { limit: number }): Promise<unknown> }).toArray({ limit: 1 });
  }
  if (result && typeof result === 'object' && typeof (result as { close?: unknown }).close === 'function') {
    await (result as { close(): Promise<void> }).close();
  }
  return result;
}

/**
 * Runs calls in a fresh working folder (downloads default to it) and puts the fake back as it
 * was afterwards, so every call meets the same data.
 */
async function isolated<T>(work: () => Promise<T>): Promise<T> {
  const start = fake.checkpoint();
  const cwd = process.cwd();
  process.chdir(mkdtempSync(join(tmpdir(), 'wandb-options-')));
  try {
    return await work();
  } finally {
    process.chdir(cwd);
    fake.restore(start);
    fake.clearFaults();
  }
}

/** What a call came to, in a form two calls can be compared by: the error's class and argument, or the kind of result. */
function outcome({ value, error }: { value?: unknown; error?: unknown }): string {
  if (error !== undefined) {
    if (!(error instanceof Error)) return `threw ${typeof error}`;
    return `${error.name}${error instanceof InvalidArgumentError ? `(${error.argument})` : ''}`;
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value && typeof value === 'object') return `a ${value.constructor?.name ?? 'plain object'}`;
  return typeof value;
}

describe('options objects', () => {
  it.each(CALLS.map((c) => [c.name, c] as const))('%s: null means no options', async (_name, { call }) => {
    const left = outcome(
      await isolated(() =>
        settle(
          within(
            5000,
            finish(() => call(undefined as never)),
            'the call',
          ),
        ),
      ),
    );
    const given = outcome(
      await isolated(() =>
        settle(
          within(
            5000,
            finish(() => call(null as never)),
            'the call',
          ),
        ),
      ),
    );
    expect(given).toBe(left);
    expect(given).not.toMatch(/^TypeError|^threw/);
  });

  it.each(CALLS.map((c) => [c.name, c] as const))(
    '%s: anything else that is not an options object is refused before anything is sent',
    async (_name, { call, param = 'options' }) => {
      const before = lastSeq();
      const results = await isolated(async () => {
        const out: Array<[string, unknown]> = [];
        for (const [what, value] of NOT_OPTIONS)
          out.push([
            what,
            (
              await settle(
                within(
                  5000,
                  finish(() => call(value as never)),
                  what,
                ),
              )
            ).error,
          ]);
        return out;
      });
      for (const [what, error] of results) {
        expect([what, error]).toEqual([what, expect.any(InvalidArgumentError)]);
        expect([what, (error as InvalidArgumentError).argument]).toEqual([what, param]);
        expect((error as WandbError).message).toMatch(new RegExp(`^${param} must be an object`));
        // The message says what was passed instead, by kind: "got a Map", not "got an object".
        expect([what, (error as WandbError).message.endsWith(`got ${KIND[what] ?? what}`)]).toEqual([what, true]);
      }
      expect(lastSeq()).toBe(before);
    },
  );
});
