/**
 * Options objects: every public method and constructor that takes one treats `null` as no
 * options (the same outcome as leaving it out), and refuses anything else that is not an options
 * object (a number, a string, an array, a Map, a Date, a function, ...) with an
 * InvalidArgumentError naming the parameter, before anything is sent. Never a TypeError.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sdk from 'wandb-api';
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
import * as testing from 'wandb-api/testing';
import { createFakeWandb } from 'wandb-api/testing';
import { freshDir, removeDirs } from '../support/folders';
import { settle, within } from '../support/promises';

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

/** A call with `o` in the options place and valid values everywhere else; `param` names the parameter when it is not `options`. */
interface Call {
  call: (o: never) => unknown;
  param?: string;
}

/** What the registry says of one method: how to call it (once per options-like parameter), or why it has no call here. */
type Entry = Call | Call[] | { exempt: string };

/** The two entry points, whose exported classes and functions are walked. */
const ENTRY_POINTS = { 'wandb-api': sdk, 'wandb-api/testing': testing } as const;

type Exported = typeof sdk & typeof testing;
type ClassName = { [K in keyof Exported]: Exported[K] extends abstract new (...args: never[]) => unknown ? K : never }[keyof Exported];
type PublicMethod<C extends ClassName> = Exported[C] extends abstract new (...args: never[]) => infer I ? Extract<keyof I, string> : never;
/** Every name the registry may use: `Class.method` for a public method, `new Class` for a constructor, `function` for a function. */
type Key =
  | { [C in ClassName]: `${C}.${PublicMethod<C>}` | `new ${C}` }[ClassName]
  | {
      [K in keyof Exported]: Exported[K] extends abstract new (...args: never[]) => unknown
        ? never
        : Exported[K] extends (...args: never[]) => unknown
          ? K
          : never;
    }[keyof Exported];

/** The error classes whose constructors take options: an error's constructor never throws, so they read what they can. */
const ERROR_CLASSES = [
  'WandbError',
  'GraphQLResponseError',
  'InvalidArgumentError',
  'NotSelectedError',
  'FileWriteError',
  'RateLimitError',
  'ResponseTooLargeError',
] as const;

/** Built by a method of another class, which checks the options and is called here under its own name. */
const builtBy = (method: string): Entry => ({ exempt: `built by ${method}, which checks its options (and has its own entry)` });

/**
 * How to call every method (and constructor and function) of the two entry points that has a
 * parameter named `options`, keyed by the class that defines it. The list of methods is not
 * this registry: it is walked from the exported classes below, and a method found there without
 * an entry here fails the test, so a new method cannot be left out.
 */
const REGISTRY: Partial<Record<Key, Entry>> & Record<string, Entry> = {
  // Api
  'new Api': { call: (o) => new Api(o) },
  'Api.viewer': { call: (o) => api.viewer(o) },
  'Api.defaultEntity': { call: (o) => api.defaultEntity(o) },
  'Api.project': { call: (o) => api.project('p', 'demo-user', o) },
  'Api.projects': { call: (o) => api.projects('demo-user', o) },
  'Api.createProject': { call: (o) => api.createProject('fresh', 'demo-user', o) },
  'Api.runs': { call: (o) => api.runs('demo-user/p', o) },
  'Api.run': { call: (o) => api.run('demo-user/p/r1', o) },
  'Api.createRun': { call: (o) => api.createRun(o) },
  'Api.artifact': { call: (o) => api.artifact('demo-user/p/digits:v0', undefined, o) },
  'Api.artifactExists': { call: (o) => api.artifactExists('demo-user/p/digits:v0', undefined, o) },
  'Api.artifacts': { call: (o) => api.artifacts('dataset', 'demo-user/p/digits', o) },
  'Api.artifactVersions': { call: (o) => api.artifactVersions('dataset', 'demo-user/p/digits', o) },
  'Api.artifactType': { call: (o) => api.artifactType('dataset', 'p', o) },
  'Api.artifactTypes': { call: (o) => api.artifactTypes('p', o) },
  'Api.artifactCollection': { call: (o) => api.artifactCollection('dataset', 'p/digits', o) },
  'Api.artifactCollectionExists': { call: (o) => api.artifactCollectionExists('p/digits', 'dataset', o) },
  'Api.artifactCollections': { call: (o) => api.artifactCollections('p', 'dataset', o) },
  'Api.registries': { call: (o) => api.registries(o) },
  'Api.registry': { call: (o) => api.registry('model', o) },
  'Api.createRegistry': { call: (o) => api.createRegistry(o) },
  'Api.organization': { call: (o) => api.organization('acme', o) },
  'Api.team': { call: (o) => api.team('crew', o) },
  'Api.createTeam': { call: (o) => api.createTeam('newteam', o) },
  'Api.user': { call: (o) => api.user('demo-user', o) },
  'Api.users': { call: (o) => api.users('demo', o) },
  'Api.createUser': { call: (o) => api.createUser('new@example.com', o) },
  'Api.automations': { call: (o) => api.automations(o) },
  'Api.automation': { call: (o) => api.automation('on-loss', o) },
  'Api.createAutomation': {
    call: (o) => api.createAutomation({ name: 'fresh', event: { type: 'createArtifact', scope: collection }, action: { type: 'noOp' } }, o),
  },
  'Api.updateAutomation': [
    { call: (o) => api.updateAutomation(automation, o), param: 'changes' },
    { call: (o) => api.updateAutomation(automation, { description: 'x' }, o) },
  ],
  'Api.deleteAutomation': { call: (o) => api.deleteAutomation(automation, o) },
  'Api.integrations': { call: (o) => api.integrations(o) },
  'Api.slackIntegrations': { call: (o) => api.slackIntegrations(o) },
  'Api.webhookIntegrations': { call: (o) => api.webhookIntegrations(o) },
  'Api.sweep': { call: (o) => api.sweep('demo-user/p/sw1', o) },
  'Api.reports': { call: (o) => api.reports('demo-team/image-classifier', o) },
  'Api.runQueue': { call: (o) => api.runQueue('gpus', 'lab', o) },
  'Api.createRunQueue': { call: (o) => api.createRunQueue('cpus', 'kubernetes', o) },
  'Api.upsertRunQueue': { call: (o) => api.upsertRunQueue('gpus', {}, 'kubernetes', o) },
  'Api.queuedRun': { call: (o) => api.queuedRun('lab', 'model-registry', 'gpus', queued.id, o) },
  'Api.job': { call: (o) => api.job('demo-team/image-classifier/train-cifar:latest', o) },
  'Api.listJobs': { call: (o) => api.listJobs('demo-team', 'image-classifier', o) },
  'Api.createCustomChart': { call: (o) => api.createCustomChart(o) },
  'Api.fromPath': { call: (o) => api.fromPath('demo-user/p/r1', o) },
  'Api.execute': { call: (o) => api.execute(documents.ViewerDocument, {}, o) },
  // errors: a constructor that never throws, checked by 'error constructors' below
  ...Object.fromEntries(ERROR_CLASSES.map((name) => [`new ${name}`, { exempt: 'an error constructor never throws' }])),
  'new User': builtBy('api.viewer(), api.user(), api.users() and api.createUser()'),
  'new FakeWandbCore': builtBy('createFakeWandb()'),
  // lists
  'new Paginator': builtBy('each method that returns a list'),
  'Paginator.toArray': { call: (o) => api.runs('demo-user/p').toArray(o) },
  'new Runs': builtBy('api.runs() and project.runs()'),
  'Runs.histories': { call: (o) => api.runs('demo-user/p').histories(o) },
  'new HistoryScan': builtBy('run.scanHistory()'),
  'HistoryScan.toArray': { call: (o) => run.scanHistory().toArray(o) },
  'new Artifacts': builtBy('api.artifacts() and collection.artifacts()'),
  'new ArtifactTypes': builtBy('api.artifactTypes() and project.artifactTypes()'),
  'new ArtifactCollections': builtBy('api.artifactCollections() and artifactType.collections()'),
  'new ArtifactFiles': builtBy('artifact.files()'),
  'new ProjectCollections': builtBy('project.collections()'),
  'new RunArtifacts': builtBy('run.loggedArtifacts() and run.usedArtifacts()'),
  'new RunFiles': builtBy('run.files()'),
  'new Registries': builtBy('api.registries()'),
  'new RegistryCollections': builtBy('registries.collections() and registry.collections()'),
  'new RegistryVersions': builtBy('registries.versions() and registry.versions()'),
  // runs and run files
  'Run.load': { call: (o) => run.load(o) },
  'Run.refresh': { call: (o) => run.refresh(o) },
  'Run.loadKeys': { call: (o) => run.loadKeys({ config: ['lr'] }, o) },
  'Run.configValue': { call: (o) => run.configValue('lr', o) },
  'Run.summaryValue': { call: (o) => run.summaryValue('loss', o) },
  'Run.update': { call: (o) => run.update(o) },
  'Run.delete': { call: (o) => run.delete(o) },
  'Run.updateState': { call: (o) => run.updateState('pending', o) },
  'Run.waitUntilFinished': { call: (o) => run.waitUntilFinished(o) },
  'Run.history': { call: (o) => run.history(o) },
  'Run.scanHistory': { call: (o) => run.scanHistory(o) },
  'Run.betaScanHistory': { call: (o) => run.betaScanHistory(o) },
  'Run.downloadHistoryExports': { call: (o) => run.downloadHistoryExports(o) },
  'Run.toHtml': { call: (o) => run.toHtml(o) },
  'Run.files': { call: (o) => run.files(o) },
  'Run.file': { call: (o) => run.file('out.txt', o) },
  'Run.uploadFile': { call: (o) => run.uploadFile(upload, o) },
  'Run.metadata': { call: (o) => run.metadata(o) },
  'Run.loggedArtifacts': { call: (o) => run.loggedArtifacts(o) },
  'Run.usedArtifacts': { call: (o) => run.usedArtifacts(o) },
  'Run.stop': { call: (o) => run.stop(o) },
  'Run.consoleLogs': { call: (o) => run.consoleLogs(o) },
  'Run.logArtifact': { call: (o) => run.logArtifact(artifact, o) },
  'Run.useArtifact': { call: (o) => run.useArtifact(artifact, o) },
  'RunFile.download': { call: (o) => file.download(o) },
  'RunFile.text': { call: (o) => file.text(o) },
  'RunFile.delete': { call: (o) => file.delete(o) },
  // projects, sweeps, reports
  'Project.runs': { call: (o) => project.runs(o) },
  'Project.artifactTypes': { call: (o) => project.artifactTypes(o) },
  'Project.collections': { call: (o) => project.collections(o) },
  'Project.sweeps': { call: (o) => project.sweeps(o) },
  'Sweep.runs': { call: (o) => sweep.runs(o) },
  'Sweep.bestRun': { call: (o) => sweep.bestRun(o) },
  'Sweep.agents': { call: (o) => sweep.agents(o) },
  'Sweep.agent': { call: (o) => sweep.agent('ag1', o) },
  'Sweep.load': { call: (o) => sweep.load(o) },
  'Sweep.enqueueRun': { call: (o) => sweep.enqueueRun({ lr: 0.1 }, o) },
  'Agent.runs': { call: (o) => agent.runs(o) },
  'Report.runs': { call: (o) => report.runs(o) },
  // artifacts
  'Artifact.manifest': { call: (o) => artifact.manifest(o) },
  'Artifact.files': { call: (o) => artifact.files(o) },
  'Artifact.download': { call: (o) => artifact.download(o) },
  'Artifact.digestAlgorithm': { call: (o) => artifact.digestAlgorithm(o) },
  'Artifact.get': { call: (o) => artifact.get('a', o) },
  'ArtifactCollection.load': { call: (o) => collection.load(o) },
  'ArtifactType.load': { call: (o) => type.load(o) },
  'Artifact.checkout': { call: (o) => artifact.checkout(o) },
  'Artifact.verify': { call: (o) => artifact.verify(o) },
  'Artifact.file': { call: (o) => artifact.file(o) },
  'Artifact.getEntry': { call: (o) => artifact.getEntry('a.txt', o) },
  'Artifact.getPath': { call: (o) => artifact.getPath('a.txt', o) },
  'Artifact.downloadEntry': { call: (o) => artifact.downloadEntry(entry, o) },
  'Artifact.usedBy': { call: (o) => artifact.usedBy(o) },
  'Artifact.loggedBy': { call: (o) => artifact.loggedBy(o) },
  'Artifact.collection': { call: (o) => artifact.collection(o) },
  'Artifact.sourceCollection': { call: (o) => artifact.sourceCollection(o) },
  'Artifact.fetchCollection': { exempt: 'private; artifact.collection() and artifact.sourceCollection() check the options it is given' },
  'Artifact.sourceArtifact': { call: (o) => artifact.sourceArtifact(o) },
  'Artifact.linkedArtifacts': { call: (o) => artifact.linkedArtifacts(o) },
  'Artifact.save': { call: (o) => artifact.save(o) },
  'Artifact.delete': { call: (o) => artifact.delete(o) },
  'Artifact.link': { call: (o) => artifact.link('wandb-registry-model/classifier', o) },
  'Artifact.unlink': { call: (o) => artifact.unlink(o) },
  'ArtifactManifestEntry.download': { call: (o) => entry.download(o) },
  'ArtifactFile.download': { call: (o) => artifactFile.download(o) },
  'ArtifactCollection.artifacts': { call: (o) => collection.artifacts(o) },
  'ArtifactCollection.aliases': { call: (o) => collection.aliases(o) },
  'ArtifactCollection.save': { call: (o) => collection.save(o) },
  'ArtifactCollection.changeType': { call: (o) => collection.changeType('model', o) },
  'ArtifactCollection.delete': { call: (o) => collection.delete(o) },
  'ArtifactType.collections': { call: (o) => type.collections(o) },
  'ArtifactType.collection': { call: (o) => type.collection('digits', o) },
  // registries
  'Registries.collections': { call: (o) => api.registries().collections(o) },
  'Registries.versions': { call: (o) => api.registries().versions(o) },
  'RegistryCollections.versions': { call: (o) => api.registries().collections().versions(o) },
  'Registry.collections': { call: (o) => registry.collections(o) },
  'Registry.versions': { call: (o) => registry.versions(o) },
  'Registry.load': { call: (o) => registry.load(o) },
  'Registry.save': { call: (o) => registry.save(o) },
  'Registry.userMembers': { call: (o) => registry.userMembers(o) },
  'Registry.teamMembers': { call: (o) => registry.teamMembers(o) },
  'Registry.members': { call: (o) => registry.members(o) },
  'Registry.addMembers': { call: (o) => registry.addMembers(viewer, o) },
  'Registry.removeMembers': { call: (o) => registry.removeMembers(viewer, o) },
  'Registry.updateMember': { call: (o) => registry.updateMember(viewer, 'admin', o) },
  'Registry.delete': { call: (o) => registry.delete(o) },
  // teams and users
  'Team.reload': { call: (o) => team.reload(o) },
  'Team.invite': { call: (o) => team.invite('bob@example.com', o) },
  'Team.createServiceAccount': { call: (o) => team.createServiceAccount('ci', o) },
  'Member.delete': { call: (o) => member.delete(o) },
  'User.generateApiKey': { call: (o) => viewer.generateApiKey('ci', o) },
  'User.deleteApiKey': { call: (o) => viewer.deleteApiKey('no-such-key', o) },
  // Launch
  'RunQueue.resourceConfig': { call: (o) => queue.resourceConfig(o) },
  'RunQueue.type': { call: (o) => queue.type(o) },
  'RunQueue.defaultResourceConfig': { call: (o) => queue.defaultResourceConfig(o) },
  'RunQueue.templateVariables': { call: (o) => queue.templateVariables(o) },
  'RunQueue.items': { call: (o) => queue.items(o) },
  'RunQueue.item': { call: (o) => queue.item(queued.id, o) },
  'RunQueue.delete': { call: (o) => queue.delete(o) },
  'QueuedRun.reload': { call: (o) => queued.reload(o) },
  'QueuedRun.waitUntilRunning': { call: (o) => queued.waitUntilRunning(o) },
  'QueuedRun.waitUntilFinished': { call: (o) => queued.waitUntilFinished(o) },
  'QueuedRun.delete': { call: (o) => queued.delete(o) },
  'Job.call': { call: (o) => job.call({ lr: 0.1 }, o) },
  // the testing kit
  createFakeWandb: { call: (o) => createFakeWandb(o) },
  'FakeWandbCore.failNext': { call: (o) => fake.failNext({ operation: 'NoSuchOperation', custom: true }, { status: 503 }, o) },
  'FakeWandbCore.failRate': { call: (o) => fake.failRate({ operation: 'NoSuchOperation', custom: true }, 0.5, { status: 503 }, o) },
  'FakeWandbCore.rateLimit': { call: (o) => fake.rateLimit({ operation: 'NoSuchOperation', custom: true }, o) },
  'FakeWandbCore.listen': { call: (o) => fake.listen(o) },
};

/** The parameter names of a function, a method or a class's constructor, read from its source. */
function parameterNames(fn: unknown): string[] {
  const source = Function.prototype.toString.call(fn);
  const isClass = /^class\b/.test(source);
  const start = isClass ? source.search(/\bconstructor\s*\(/) : source.indexOf('(');
  if (start < 0) return [];
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = source.indexOf('(', start) + 1; i < source.length; i++) {
    const c = source[i] as string;
    if (depth === 0 && (c === ')' || c === ',')) {
      names.push(
        current
          .trim()
          .replace(/^\.\.\./, '')
          .split(/[\s=:]/)[0] ?? '',
      );
      if (c === ')') break;
      current = '';
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    current += c;
  }
  return names.filter(Boolean);
}

/**
 * Every method, constructor and function of the two entry points with a parameter named
 * `options`: each class's own methods (so an inherited one is listed once, under the class that
 * defines it), its constructor, and the exported functions.
 */
function takingOptions(): string[] {
  const found = new Set<string>();
  for (const exports of Object.values(ENTRY_POINTS)) {
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value !== 'function') continue;
      if (!/^class\b/.test(Function.prototype.toString.call(value))) {
        if (parameterNames(value).includes('options')) found.add(name);
        continue;
      }
      if (parameterNames(value).includes('options')) found.add(`new ${name}`);
      const proto = (value as { prototype: object }).prototype;
      for (const method of Object.getOwnPropertyNames(proto)) {
        const { value: fn } = Object.getOwnPropertyDescriptor(proto, method) ?? {};
        if (method !== 'constructor' && typeof fn === 'function' && parameterNames(fn).includes('options')) found.add(`${name}.${method}`);
      }
    }
  }
  return [...found].sort();
}

const FOUND = takingOptions();

/**
 * The call of an `Api` method that has no entry: every argument before `options` left out. That
 * is only a call where the method works so (default entity, default project, ...), which a test
 * below checks; any other method needs an entry, or its test fails.
 */
function defaultCall(key: string): Call | undefined {
  const method = /^Api\.(\w+)$/.exec(key)?.[1];
  if (!method) return undefined;
  const fn = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[method];
  if (typeof fn !== 'function') return undefined;
  const before = parameterNames(fn).indexOf('options');
  return { call: (o) => fn.apply(api, [...Array<undefined>(before).fill(undefined), o]) };
}

/** The methods the registry leaves out whose default call must work. */
const DEFAULTED = FOUND.filter((key) => REGISTRY[key] === undefined && defaultCall(key) !== undefined);

/** The calls of every method the walk found (a method the registry lacks fails its own test below). */
const CALLS: Array<{ name: string } & Call> = FOUND.flatMap((key) => {
  const entry = REGISTRY[key] ?? defaultCall(key);
  if (entry === undefined || 'exempt' in entry) return [];
  return (Array.isArray(entry) ? entry : [entry]).map((c) => ({ name: c.param ? `${key} (${c.param})` : key, ...c }));
});

describe('error constructors', () => {
  it.each(ERROR_CLASSES)('new %s takes null as no options and never throws for anything else', (name) => {
    const ErrorClass = sdk[name] as unknown as new (...args: unknown[]) => Error;
    const make = (o: unknown) =>
      name === 'InvalidArgumentError' || name === 'NotSelectedError'
        ? new ErrorClass('arg', 'the message', o)
        : name === 'FileWriteError'
          ? new ErrorClass('/data/a.bin', 'ENOSPC', 'the message', o)
          : new ErrorClass('the message', o);
    expect(make(null)).toEqual(make(undefined));
    for (const [what, value] of NOT_OPTIONS) expect([what, make(value).message]).toEqual([what, 'the message']);
  });
});

describe('the list of calls', () => {
  it('is walked from the classes, and finds the methods it must', () => {
    // A broken walk would find nothing and so check nothing: these take options and must be found.
    expect(FOUND).toEqual(
      expect.arrayContaining(['new Api', 'Api.run', 'Paginator.toArray', 'Run.history', 'FakeWandbCore.listen', 'createFakeWandb']),
    );
  });

  it.each(FOUND)('%s has an entry in the registry, or is an Api method called with its other arguments left out', (key) => {
    expect([key, REGISTRY[key] !== undefined || DEFAULTED.includes(key)]).toEqual([key, true]);
  });

  // Without this, an Api method that needs its arguments would pass the options checks below by
  // failing the same way with and without options.
  it.each(DEFAULTED.length ? DEFAULTED : ['(none)'])('%s works with every argument before options left out', async (key) => {
    if (key === '(none)') return;
    const { error } = await isolated(() =>
      settle(
        within(
          5000,
          finish(() => defaultCall(key)!.call(undefined as never)),
          key,
        ),
      ),
    );
    expect([key, error]).toEqual([key, undefined]);
  });

  it('has no entry for a method the classes do not have', () => {
    expect(Object.keys(REGISTRY).filter((key) => !FOUND.includes(key))).toEqual([]);
  });
});

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
