import { inspect } from 'node:util';
import { Api, InvalidArgumentError, NotFoundError, PermissionError, User } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

const ADMIN_KEY = 'a'.repeat(40);

/** An Api whose key belongs to an instance admin. */
function adminApi(): Api {
  if (!fake.store.users.has('root')) fake.seed.user({ username: 'root', name: 'Root Admin', admin: true, apiKey: ADMIN_KEY });
  return api({ apiKey: ADMIN_KEY });
}

describe('api.viewer()', () => {
  it('returns the key owner with API keys (names, not secrets) and teams', async () => {
    const viewer = await api().viewer();
    expect(viewer).toBeInstanceOf(User);
    expect(viewer).toMatchObject({ username: 'demo-user', email: 'demo-user@example.com', admin: false, teams: ['demo-team'] });
    expect(viewer.apiKeys).toEqual([{ id: expect.any(String), name: fake.apiKey.slice(0, 6), description: undefined }]);
    expect(JSON.stringify(viewer)).not.toContain(fake.apiKey);
  });
});

describe('api.user() and api.users()', () => {
  it('finds a user by username or email, preferring an exact match, for an instance admin', async () => {
    fake.seed.user({ username: 'ann', email: 'ann@example.com' });
    fake.seed.user({ username: 'anna', email: 'anna@corp.example' });
    const client = adminApi();
    await expect(client.user('ann')).resolves.toMatchObject({ username: 'ann', email: 'ann@example.com' });
    await expect(client.user('anna@corp.example')).resolves.toMatchObject({ username: 'anna' });
    const found = await client.user('ann');
    expect(found.apiKeys).toHaveLength(1);
    expect(found.teams).toEqual([]);
  });

  it('throws NotFoundError when no user matches', async () => {
    const error = await rejectionOf(adminApi().user('nobody-like-this'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain('nobody-like-this');
  });

  it('lists matching users page by page', async () => {
    for (const name of ['bob1', 'bob2', 'bob3']) fake.seed.user({ username: name });
    const client = adminApi();
    const users = await client.users('bob', { perPage: 2 }).toArray();
    expect(users.map((u) => u.username)).toEqual(['bob1', 'bob2', 'bob3']);
    expect(fake.operations().filter((o) => o === 'SearchUsers')).toHaveLength(2);
  });

  it('answers a non-admin with a PermissionError, as W&B does', async () => {
    expect(await rejectionOf(api().user('demo-user'))).toBeInstanceOf(PermissionError);
    expect(await rejectionOf(api().users('demo').toArray())).toBeInstanceOf(PermissionError);
  });

  it.each([[''], ['   '], [42]])('refuses the query %p before any request', async (query) => {
    const error = await rejectionOf(api().user(query as string));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('usernameOrEmail');
    expect(() => api().users(query as string)).toThrow(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('api.createUser()', () => {
  it('creates a user as an instance admin', async () => {
    const user = await adminApi().createUser('new.person@example.com', { admin: true });
    expect(user).toMatchObject({ email: 'new.person@example.com', username: 'new-person', admin: true });
    expect(fake.store.users.get('new-person')?.admin).toBe(true);
  });

  it('answers a non-admin with a PermissionError and creates nothing', async () => {
    expect(await rejectionOf(api().createUser('x@example.com'))).toBeInstanceOf(PermissionError);
    expect([...fake.store.users.values()].some((u) => u.email === 'x@example.com')).toBe(false);
  });

  it.each([['not-an-email'], ['a@b'], ['two words@example.com'], ['']])('refuses the malformed email %p before any request', async (email) => {
    const error = await rejectionOf(adminApi().createUser(email));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('email');
    expect(fake.requests).toHaveLength(0);
  });

  it('surfaces the server refusing a second user with the same email', async () => {
    const client = adminApi();
    await client.createUser('dup@example.com');
    const error = await rejectionOf(client.createUser('dup@example.com'));
    expect(error.message).toContain('already exists');
  });
});

describe('API keys', () => {
  it('generates a key for the viewer that then works as an API key', async () => {
    const viewer = await api().viewer();
    const key = await viewer.generateApiKey('CI bot');
    expect(key.description).toBe('CI bot');
    expect(key.name).toMatch(/^[0-9a-f]{40}$/);
    expect(viewer.apiKeys).toHaveLength(2);
    const other = new Api({ baseUrl: fake.baseUrl, apiKey: key.name, env: {} });
    await expect(other.viewer()).resolves.toMatchObject({ username: 'demo-user' });
    expect(fake.viewer.apiKeys.map((k) => k.description)).toEqual([null, 'CI bot']);
  });

  it('generates a key for a user object fetched some other way when it is the key owner', async () => {
    const client = adminApi();
    const root = await client.user('root');
    await root.generateApiKey();
    expect(fake.operations()).toEqual(['SearchUsers', 'Viewer', 'GenerateApiKey']);
    expect(fake.store.users.get('root')?.apiKeys).toHaveLength(2);
  });

  it('refuses to generate a key for someone else with a PermissionError, sending no mutation', async () => {
    fake.seed.user({ username: 'carol' });
    const carol = await adminApi().user('carol');
    expect(await rejectionOf(carol.generateApiKey('x'))).toBeInstanceOf(PermissionError);
    expect(fake.operations()).not.toContain('GenerateApiKey');
    expect(fake.store.users.get('carol')?.apiKeys).toHaveLength(1);
  });

  it('deletes a key by name, id or object and updates the list', async () => {
    const viewer = await api().viewer();
    const first = await viewer.generateApiKey('one');
    const second = await viewer.generateApiKey('two');
    await expect(viewer.deleteApiKey(first)).resolves.toBe(true);
    await expect(viewer.deleteApiKey(second.id)).resolves.toBe(true);
    await expect(viewer.deleteApiKey(fake.apiKey.slice(0, 6))).resolves.toBe(true);
    expect(viewer.apiKeys).toEqual([]);
    expect(fake.viewer.apiKeys).toEqual([]);
  });

  it("lets an instance admin delete another user's key, and refuses others", async () => {
    fake.seed.user({ username: 'dave', apiKey: 'd'.repeat(40) });
    const dave = await adminApi().user('dave');
    await expect(dave.deleteApiKey(dave.apiKeys[0]!)).resolves.toBe(true);
    expect(fake.store.users.get('dave')?.apiKeys).toEqual([]);

    fake.seed.user({ username: 'erin', apiKey: 'e'.repeat(40) });
    const erinKeyId = fake.store.users.get('erin')!.apiKeys[0]!.id;
    const viewer = await api().viewer();
    expect(await rejectionOf(viewer.deleteApiKey({ id: erinKeyId, name: 'x', description: undefined }))).toBeInstanceOf(PermissionError);
    expect(fake.store.users.get('erin')?.apiKeys).toHaveLength(1);
  });

  it('refuses a key that is not among the loaded ones before any request', async () => {
    const viewer = await api().viewer();
    fake.requests.length = 0;
    const error = await rejectionOf(viewer.deleteApiKey('no-such-key'));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('key');
    expect(await rejectionOf(viewer.generateApiKey(7 as unknown as string))).toBeInstanceOf(InvalidArgumentError);
    expect(fake.requests).toHaveLength(0);
  });

  it('keeps the transport out of printed users', async () => {
    const viewer = await api().viewer();
    expect(inspect(viewer, { depth: 5 })).not.toContain(fake.apiKey);
  });
});
