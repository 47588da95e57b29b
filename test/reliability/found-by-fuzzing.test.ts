/**
 * Inputs the bad-input properties once found a bug with, kept as plain cases: each must now be
 * refused with an InvalidArgumentError naming the argument, before anything is sent (or, where
 * the input is valid, be answered).
 */
import { Api, InvalidArgumentError, type Artifact, type Run } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
import { settle } from '../support/promises';

const fake = createFakeWandb();
fake.seed.run({ project: 'p', id: 'r1', history: [{ loss: 1 }] });
fake.seed.artifact({ project: 'p', name: 'digits', files: { 'a.txt': 'a' } });
const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, env: {}, entity: 'demo-user', project: 'p', fetch: fake.fetch, retries: 0 });
let run: Run;
let artifact: Artifact;
beforeAll(async () => {
  run = await api.run('demo-user/p/r1');
  artifact = await api.artifact('demo-user/p/digits:v0');
});

const nullProto = Object.create(null) as object;
/** A list with a hole at index 0, as `[, 'loss']` writes it. */
const sparse: string[] = [];
sparse[1] = 'loss';

function holed<T>(item: T): T[] {
  const list: T[] = [];
  list[1] = item;
  return list;
}

const REFUSED: Array<[string, () => unknown, string]> = [
  ['run.files with names that are not a list', () => run.files({ names: {} as never }), 'names'],
  ['a runs order that is a bigint', () => api.runs('p', { order: { x: 1n } as never }), 'order'],
  ['a history sample count that has no prototype', () => run.history({ samples: nullProto as never }), 'samples'],
  ['a call timeout that has no prototype', () => run.history({ timeout: nullProto as never }), 'timeout'],
  ['a call timeout that is not a number', () => api.viewer({ timeout: 'soon' as never }), 'timeout'],
  ['a signal that is not an AbortSignal', () => api.viewer({ signal: {} as never }), 'signal'],
  ['a config key that has no prototype', () => run.configValue(nullProto as never), 'key'],
  ['run keys that are not an object', () => run.loadKeys(null as never), 'keys'],
  ['history keys with a hole', () => run.history({ keys: sparse }), 'keys'],
  ['run filters with a hole in a list', () => api.runs('p', { filters: { $or: holed({ state: 'finished' }) as never } }), 'filters'],
  ['a run filter comparing createdAt with an object', () => api.runs('p', { filters: { createdAt: {} as never } }), 'filters'],
  ['a run filter comparing createdAt with text that is no date', () => api.runs('p', { filters: { createdAt: { $gt: 'yesterday' } } }), 'filters'],
  ['artifact collection filters with $and not a list', () => api.artifactCollections('p', 'dataset', { filters: { $and: {} } }), 'filters'],
  ['artifact filters with an unknown operator', () => api.artifacts('dataset', 'p/digits', { filters: { name: { $where: 'x' } } }), 'filters'],
  ['an artifact collections order that is a Set', () => api.artifactCollections('p', 'dataset', { order: new Set() as never }), 'order'],
  ['a list cursor with a space', () => api.runs('p', { after: 'a b' }), 'after'],
  ['artifact aliases with a hole', () => artifact.link('q/models', { aliases: sparse }), 'aliases'],
  ['a tag that is a bigint', () => Object.assign(artifact, { tags: [1n] }).save(), 'tags'],
  ['an entity in the environment that is not text', () => new Api({ env: { WANDB_ENTITY: new Uint8Array() as never } }), 'WANDB_ENTITY'],
  ['a default entity with a slash', () => new Api({ apiKey: 'k', env: {}, entity: 'a/b' }), 'entity'],
  ['a fetch that is not a function', () => new Api({ apiKey: 'k', env: {}, fetch: 'fetch' as never }), 'fetch'],
  ['headers that cannot be sent', () => new Api({ apiKey: 'k', env: {}, headers: { 'bad name': 'x' } }), 'headers'],
  ['a header value past U+00FF', () => new Api({ apiKey: 'k', env: {}, headers: { 'x-team': 'price in €' } }), 'headers'],
  ['a header value with a control character', () => new Api({ apiKey: 'k', env: {}, headers: { 'x-team': 'a\u0001b' } }), 'headers'],
  ['a new team name W&B does not take', () => api.createTeam('a.'), 'name'],
  ['a base URL that is a bigint', () => new Api({ apiKey: 'k', env: {}, baseUrl: 1n as never }), 'baseUrl'],
];

describe('inputs that once broke the SDK', () => {
  it.each(REFUSED)('refuses %s before sending anything', async (_what, call, argument) => {
    const before = fake.requests.length;
    const { error } = await settle((async () => call())());
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect(fake.requests.length).toBe(before);
  });

  it('waits out a timeout longer than a timer can hold instead of failing at once', async () => {
    fake.failNext('Viewer', { delayMs: 30 });
    const { value, error } = await settle(api.viewer({ timeout: 2 ** 40 }));
    expect(error).toBeUndefined();
    expect(value?.username).toBe('demo-user');
  });

  it('accepts run filters comparing createdAt with a Date, an ISO string or milliseconds', async () => {
    const since = new Date(Date.UTC(2000, 0, 1));
    for (const createdAt of [{ $gt: since }, { $gt: since.toISOString() }, { $gt: since.getTime() }]) {
      await expect(api.runs('p', { filters: { createdAt } }).toArray()).resolves.toHaveLength(1);
    }
  });

  it('saves artifact tags with spaces, as W&B takes them', async () => {
    const fresh = await api.artifact('demo-user/p/digits:v0');
    fresh.tags = ['two words'];
    await fresh.save();
    expect((await api.artifact('demo-user/p/digits:v0')).tags).toEqual(['two words']);
  });
});
