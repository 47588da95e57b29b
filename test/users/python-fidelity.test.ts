/**
 * The requests the Python client (wandb 0.30) makes for users, as WIRE.md records them, must
 * validate and execute on the fake with W&B's exact shapes.
 */
import { createFakeWandb } from 'wandb-api/testing';
import { dataOf, pythonPost } from '../support/python';

const ADMIN_KEY = 'b'.repeat(40);

function fakeWithAdmin() {
  const fake = createFakeWandb({ seed: 'demo' });
  fake.seed.user({ username: 'root', admin: true, apiKey: ADMIN_KEY });
  return fake;
}

const USER_FIELDS = `
  id
  flags
  entity
  admin
  email
  deletedAt
  username
  apiKeys { edges { node { id name description } } }
  teams { edges { node { name } } }
`;

describe('Python client requests: users', () => {
  it('GetViewer: viewer with keys and teams, variables {}', async () => {
    const fake = fakeWithAdmin();
    const answer = await pythonPost(
      fake,
      `query GetViewer { viewer { id name username email admin flags entity deletedAt
      apiKeys { edges { node { id name description } } } teams { edges { node { name } } } } }`,
    );
    const viewer = dataOf(answer).viewer as Record<string, unknown>;
    expect(viewer).toMatchObject({
      username: 'demo-user',
      name: 'demo-user',
      email: 'demo-user@example.com',
      admin: false,
      entity: 'demo-user',
      flags: '{}',
      deletedAt: null,
    });
    expect(viewer.apiKeys).toEqual({ edges: [{ node: { id: expect.any(String), name: fake.apiKey.slice(0, 6), description: null } }] });
    expect(viewer.teams).toEqual({ edges: [{ node: { name: 'demo-team' } }] });
    expect(fake.requests[0]).toMatchObject({ operationName: 'GetViewer', status: 200 });
  });

  it('SearchUsers: users(query) for an admin, a permission error for others', async () => {
    const fake = fakeWithAdmin();
    const query = `query SearchUsers($query: String) { users(query: $query) { edges { node { ${USER_FIELDS} } } } }`;
    const users = dataOf(await pythonPost(fake, query, { query: 'demo' }, ADMIN_KEY)).users as { edges: Array<{ node: Record<string, unknown> }> };
    expect(users.edges.map((e) => e.node.username)).toEqual(['demo-user']);
    expect(users.edges[0]?.node).toMatchObject({ email: 'demo-user@example.com', admin: false, teams: { edges: [{ node: { name: 'demo-team' } }] } });
    const refused = await pythonPost(fake, query, { query: 'demo' });
    expect(refused.body.errors?.[0]?.message).toMatch(/permission denied/);
  });

  it('CreateUserFromAdmin: createUser(input: {email, admin})', async () => {
    const fake = fakeWithAdmin();
    const mutation = `mutation CreateUserFromAdmin($email: String!, $admin: Boolean) {
      result: createUser(input: {email: $email, admin: $admin}) { user { id name username email admin } } }`;
    const data = dataOf(await pythonPost(fake, mutation, { email: 'new@example.com', admin: false }, ADMIN_KEY));
    expect(data.result).toEqual({ user: { id: expect.any(String), name: 'new', username: 'new', email: 'new@example.com', admin: false } });
  });

  it('GenerateApiKey and DeleteApiKey', async () => {
    const fake = fakeWithAdmin();
    const generated = dataOf(
      await pythonPost(
        fake,
        `mutation GenerateApiKey($description: String) {
      result: generateApiKey(input: {description: $description}) { apiKey { id name } } }`,
        { description: 'python' },
      ),
    );
    const key = (generated.result as { apiKey: { id: string; name: string } }).apiKey;
    expect(key.name).toMatch(/^[0-9a-f]{40}$/);
    expect(fake.viewer.apiKeys.map((k) => k.key)).toContain(key.name);
    const deleted = dataOf(
      await pythonPost(fake, `mutation DeleteApiKey($id: String!) { result: deleteApiKey(input: {id: $id}) { success } }`, { id: key.id }),
    );
    expect(deleted.result).toEqual({ success: true });
    expect(fake.viewer.apiKeys.map((k) => k.id)).not.toContain(key.id);
  });
});
