import { InvalidArgumentError, NotFoundError, PermissionError, Registry, Team } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb();

/** The acme organization with a team of two (one a pending invitation) and another user. */
function seedPeople() {
  fake.seed.organization({ name: 'acme' });
  fake.seed.team({ name: 'ml-team', members: ['alice'] });
  fake.seed.invite({ team: 'ml-team', email: 'newcomer@example.com' });
  fake.seed.user({ username: 'bob' });
}

const userRows = async (registry: Registry) => (await registry.userMembers()).map((m) => [m.user.username, m.role]);

describe('registry members', () => {
  it('lists the creator of a registry as its admin', async () => {
    seedPeople();
    const registry = await api().createRegistry({ name: 'model', visibility: 'organization', organization: 'acme' });
    const [creator] = await registry.userMembers();
    expect(creator).toEqual({
      kind: 'user',
      user: { id: expect.any(String), username: 'demo-user', name: 'demo-user', email: 'demo-user@example.com' },
      role: 'admin',
    });
    expect(creator!.user.id).toBe((await api().viewer()).id);
    expect(await registry.teamMembers()).toEqual([]);
  });

  it('adds users and teams, changes their roles and removes them', async () => {
    seedPeople();
    const client = api();
    const registry = await client.createRegistry({ name: 'model', visibility: 'restricted', organization: 'acme' });
    const team = await client.team('ml-team');
    const alice = team.members.find((m) => m.username === 'alice')!;
    const bob = fake.store.users.get('bob')!;

    await expect(registry.addMembers([alice, team, bob.id])).resolves.toBe(registry);
    expect(await userRows(registry)).toEqual([
      ['demo-user', 'admin'],
      ['alice', 'member'],
      ['bob', 'member'],
    ]);
    const [teamMember] = await registry.teamMembers();
    expect(teamMember).toMatchObject({ kind: 'team', role: 'member' });
    expect(teamMember!.team).toBeInstanceOf(Team);
    expect(teamMember!.team.name).toBe('ml-team');
    expect(teamMember!.team.members.map((m) => m.username)).toEqual(expect.arrayContaining(['alice', 'demo-user']));

    await registry.updateMember(alice, 'viewer');
    await registry.updateMember(teamMember!, 'admin');
    const members = await registry.members();
    expect(members.map((m) => (m.kind === 'user' ? [m.user.username, m.role] : [`team ${m.team.name}`, m.role]))).toEqual([
      ['demo-user', 'admin'],
      ['alice', 'viewer'],
      ['bob', 'member'],
      ['team ml-team', 'admin'],
    ]);

    // A member object from the listing works as well as the User or Team it stands for.
    const listedBob = members.find((m) => m.kind === 'user' && m.user.username === 'bob')!;
    await registry.removeMembers([listedBob, team]);
    expect(await userRows(registry)).toEqual([
      ['demo-user', 'admin'],
      ['alice', 'viewer'],
    ]);
    expect(await registry.teamMembers()).toEqual([]);
    expect(fake.operations().filter((o) => o.startsWith('Create') || o.startsWith('Delete') || o.startsWith('Update'))).toEqual([
      'CreateRegistryMembers',
      'UpdateRegistryUserRole',
      'UpdateRegistryTeamRole',
      'DeleteRegistryMembers',
    ]);
  });

  it('sends the user and team ids each once, sorted, as the Python client does', async () => {
    seedPeople();
    const client = api();
    const registry = await client.createRegistry({ name: 'model', visibility: 'organization', organization: 'acme' });
    const team = await client.team('ml-team');
    const viewer = await client.viewer();
    const bob = fake.store.users.get('bob')!.id;
    await registry.addMembers([bob, viewer, team, viewer.id, team.id]);
    const input = fake.requests.find((r) => r.operationName === 'CreateRegistryMembers')?.variables?.input;
    expect(input).toEqual({ projectId: registry.id, userIds: [bob, viewer.id].sort(), teamIds: [team.id] });
  });

  it('lets only registry admins change members, and anyone who sees the registry read them', async () => {
    seedPeople();
    fake.seed.registry({ name: 'model', organization: 'acme' });
    fake.seed.registryMember({ organization: 'acme', registry: 'model', user: 'alice', role: 'admin' });
    const registry = await api().registry('model', { organization: 'acme' });
    expect(await userRows(registry)).toEqual([['alice', 'admin']]);
    const bob = fake.store.users.get('bob')!.id;
    expect(await rejectionOf(registry.addMembers(bob))).toBeInstanceOf(PermissionError);
    expect(await rejectionOf(registry.updateMember(fake.store.users.get('alice')!.id, 'viewer'))).toBeInstanceOf(PermissionError);
    expect(await rejectionOf(registry.removeMembers(fake.store.users.get('alice')!.id))).toBeInstanceOf(PermissionError);
    expect(await userRows(registry)).toEqual([['alice', 'admin']]);

    // An admin role through a team counts, as does being an admin of the organization's entity.
    fake.seed.registryMember({ organization: 'acme', registry: 'model', team: 'ml-team', role: 'admin' });
    await registry.addMembers(bob);
    fake.seed.registry({ name: 'dataset', organization: 'acme' });
    fake.store.entities.get('acme-org')!.admins.push('demo-user');
    const dataset = await api().registry('dataset', { organization: 'acme' });
    await dataset.addMembers(bob);
    expect(await userRows(dataset)).toEqual([['bob', 'member']]);
  });

  it('refuses what is no user or team, an empty list and unknown roles before any request', async () => {
    seedPeople();
    const client = api();
    const registry = await client.createRegistry({ name: 'model', visibility: 'organization', organization: 'acme' });
    const team = await client.team('ml-team');
    const pending = team.members.find((m) => m.pending)!;
    fake.requests.length = 0;
    const argumentOf = async (promise: Promise<unknown>) => ((await rejectionOf(promise)) as InvalidArgumentError).argument;
    expect(await argumentOf(registry.addMembers([]))).toBe('members');
    expect(await argumentOf(registry.addMembers('not-an-id'))).toBe('members');
    expect(await argumentOf(registry.addMembers(Buffer.from('Project:7').toString('base64')))).toBe('members');
    expect(await argumentOf(registry.addMembers(pending))).toBe('members');
    expect(await argumentOf(registry.removeMembers([{} as never]))).toBe('members');
    expect(await argumentOf(registry.updateMember(team, 'owner' as never))).toBe('role');
    expect(await argumentOf(registry.updateMember(42 as never, 'admin'))).toBe('member');
    expect(fake.requests).toHaveLength(0);
  });

  it('reports unknown users and members the server does not have', async () => {
    seedPeople();
    const registry = await api().createRegistry({ name: 'model', visibility: 'organization', organization: 'acme' });
    const bob = fake.store.users.get('bob')!.id;
    expect(await rejectionOf(registry.updateMember(bob, 'viewer'))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(registry.addMembers(Buffer.from('User:999999').toString('base64')))).toBeInstanceOf(NotFoundError);
    await registry.delete();
    expect(await rejectionOf(registry.userMembers())).toBeInstanceOf(NotFoundError);
  });
});
