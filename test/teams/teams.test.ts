import { inspect } from 'node:util';
import { InvalidArgumentError, Member, NotFoundError, PermissionError, Team } from 'wandb-api';
import { useFakeWandb } from '../support/fake';
import { rejectionOf } from '../support/promises';

const { fake, api } = useFakeWandb({ seed: 'demo' });

/** A team the viewer administers, with one other member. */
function adminTeam(name = 'ml-team'): void {
  fake.seed.team({ name, members: ['alice'], viewerIsAdmin: true });
}

describe('api.team()', () => {
  it('loads a team with its attributes and members', async () => {
    adminTeam();
    const team = await api().team('ml-team');
    expect(team).toBeInstanceOf(Team);
    expect(team).toMatchObject({
      name: 'ml-team',
      isTeam: true,
      readOnly: false,
      readOnlyAdmin: false,
      privateOnly: false,
      defaultAccess: 'PRIVATE',
      storageBytes: 0,
    });
    expect(team.createdAt).toBeInstanceOf(Date);
    expect(team.members.map((m) => [m.username, m.admin, m.pending])).toEqual([
      ['demo-user', true, false],
      ['alice', false, false],
    ]);
    expect(team.members[0]).toBeInstanceOf(Member);
    expect(team.members[1]?.email).toBe('alice@example.com');
  });

  it('throws NotFoundError for an unknown team, and refuses bad names before any request', async () => {
    expect(await rejectionOf(api().team('no-such-team'))).toBeInstanceOf(NotFoundError);
    fake.requests.length = 0;
    for (const bad of ['', 'a/b', 'has space']) {
      const error = await rejectionOf(api().team(bad));
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe('name');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('hides emails and pending invitations from non-members', async () => {
    fake.seed.team({ name: 'closed', members: ['bob'], withViewer: false });
    fake.seed.invite({ team: 'closed', email: 'pending@example.com' });
    const team = await api().team('closed');
    expect(team.members.map((m) => [m.username, m.email])).toEqual([['bob', undefined]]);
  });
});

describe('api.createTeam()', () => {
  it('creates a team with the key owner as admin', async () => {
    const team = await api().createTeam('new-team');
    expect(team).toMatchObject({ name: 'new-team', isTeam: true });
    expect(team.members.map((m) => [m.username, m.admin])).toEqual([['demo-user', true]]);
    expect(fake.store.entities.get('new-team')?.admins).toEqual(['demo-user']);
  });

  it('lets only instance admins name someone else as admin', async () => {
    fake.seed.user({ username: 'boss' });
    const error = await rejectionOf(api().createTeam('their-team', { adminUsername: 'boss' }));
    expect(error).toBeInstanceOf(PermissionError);
    expect(fake.store.entities.has('their-team')).toBe(false);

    fake.seed.user({ username: 'root', admin: true, apiKey: 'r'.repeat(40) });
    const team = await api({ apiKey: 'r'.repeat(40) }).createTeam('their-team', { adminUsername: 'boss' });
    expect(team.members.map((m) => m.username)).toEqual(['boss']);
  });

  it('surfaces a taken name as the server reports it', async () => {
    const error = await rejectionOf(api().createTeam('demo-team'));
    expect(error.message).toContain('already taken');
  });

  it('refuses an empty name or admin before any request', async () => {
    expect(((await rejectionOf(api().createTeam(''))) as InvalidArgumentError).argument).toBe('name');
    expect(((await rejectionOf(api().createTeam('t', { adminUsername: '' }))) as InvalidArgumentError).argument).toBe('adminUsername');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('team.invite()', () => {
  it('adds an existing user by username at once', async () => {
    adminTeam();
    fake.seed.user({ username: 'bob' });
    const team = await api().team('ml-team');
    await expect(team.invite('bob', { admin: true })).resolves.toBe(true);
    await team.reload();
    expect(team.members.find((m) => m.username === 'bob')).toMatchObject({ admin: true, pending: false });
  });

  it('sends a pending invitation by email', async () => {
    adminTeam();
    const team = await api().team('ml-team');
    await expect(team.invite('someone@example.com')).resolves.toBe(true);
    await team.reload();
    expect(team.members.at(-1)).toMatchObject({ email: 'someone@example.com', pending: true, admin: false });
  });

  it('answers false without a request for someone already a member or invited', async () => {
    adminTeam();
    fake.seed.invite({ team: 'ml-team', email: 'waiting@example.com' });
    const team = await api().team('ml-team');
    fake.requests.length = 0;
    await expect(team.invite('alice')).resolves.toBe(false);
    await expect(team.invite('WAITING@example.com')).resolves.toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it('surfaces an unknown username as NotFoundError and a non-admin as PermissionError', async () => {
    adminTeam();
    expect(await rejectionOf((await api().team('ml-team')).invite('ghost'))).toBeInstanceOf(NotFoundError);
    const demo = await api().team('demo-team');
    expect(await rejectionOf(demo.invite('x@example.com'))).toBeInstanceOf(PermissionError);
    expect(fake.store.invites.size).toBe(0);
  });

  it.each([['bad@'], ['@x.com'], ['two@at@example.com'], [''], ['has space']])('refuses %p before any request', async (value) => {
    adminTeam();
    const team = await api().team('ml-team');
    fake.requests.length = 0;
    const error = await rejectionOf(team.invite(value));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe('usernameOrEmail');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('member.delete()', () => {
  it('removes a member, and withdraws a pending invitation', async () => {
    adminTeam();
    fake.seed.invite({ team: 'ml-team', email: 'later@example.com' });
    const team = await api().team('ml-team');
    const alice = team.members.find((m) => m.username === 'alice')!;
    const invite = team.members.find((m) => m.pending)!;
    await expect(alice.delete()).resolves.toBe(true);
    await expect(invite.delete()).resolves.toBe(true);
    expect(fake.store.entities.get('ml-team')?.members).toEqual(['demo-user']);
    expect(fake.store.invites.size).toBe(0);
  });

  it('lets a member leave, but not remove others without admin rights', async () => {
    fake.seed.team({ name: 'flat', members: ['alice'] });
    const team = await api().team('flat');
    const alice = team.members.find((m) => m.username === 'alice')!;
    expect(await rejectionOf(alice.delete())).toBeInstanceOf(PermissionError);
    await expect(team.members.find((m) => m.username === 'demo-user')!.delete()).resolves.toBe(true);
    expect(fake.store.entities.get('flat')?.members).toEqual(['alice']);
  });

  it('reports a member that is already gone as NotFoundError', async () => {
    adminTeam();
    const team = await api().team('ml-team');
    const alice = team.members.find((m) => m.username === 'alice')!;
    await alice.delete();
    expect(await rejectionOf(alice.delete())).toBeInstanceOf(NotFoundError);
  });
});

describe('team.createServiceAccount()', () => {
  it('creates a service account and returns it as a member whose key stays out of print', async () => {
    adminTeam();
    const team = await api().team('ml-team');
    const account = await team.createServiceAccount('nightly evaluation');
    expect(account).toMatchObject({ name: 'nightly evaluation', accountType: 'SERVICE', team: 'ml-team' });
    expect(account.apiKey).toMatch(/^[0-9a-f]{40}$/);
    expect(team.members).toContain(account);
    expect(inspect(account)).not.toContain(account.apiKey);
    expect(JSON.stringify(team)).not.toContain(account.apiKey);
    // The key works.
    const bot = api({ apiKey: account.apiKey! });
    await expect(bot.viewer()).resolves.toMatchObject({ accountType: 'SERVICE' });
  });

  it('refuses an empty description before any request, and non-admins on the server', async () => {
    adminTeam();
    const team = await api().team('ml-team');
    fake.requests.length = 0;
    expect(((await rejectionOf(team.createServiceAccount('  '))) as InvalidArgumentError).argument).toBe('description');
    expect(fake.requests).toHaveLength(0);
    expect(await rejectionOf((await api().team('demo-team')).createServiceAccount('bot'))).toBeInstanceOf(PermissionError);
  });

  it('shows service account keys to team admins only', async () => {
    fake.seed.team({ name: 'ops', members: ['alice'], viewerIsAdmin: true });
    const account = await (await api().team('ops')).createServiceAccount('bot');
    const aliceKey = 'f'.repeat(40);
    fake.store.users.get('alice')!.apiKeys.push({ id: 'alice-key', name: 'ffffff', description: null, key: aliceKey });
    const seenByAlice = (await api({ apiKey: aliceKey }).team('ops')).members.find((m) => m.id === account.id);
    expect(seenByAlice).toMatchObject({ accountType: 'SERVICE' });
    expect(seenByAlice?.apiKey).toBeUndefined();
  });
});

describe('user.teams', () => {
  it('lists the teams of the viewer', async () => {
    adminTeam();
    expect((await api().viewer()).teams).toEqual(['demo-team', 'ml-team']);
  });
});
