/**
 * The requests the Python client (wandb 0.30) makes for teams, as WIRE.md records them, must
 * validate and execute on the fake with W&B's exact shapes.
 */
import { createFakeWandb } from 'wandb-api/testing';
import { dataOf, pythonPost } from '../support/python';

const TEAM_QUERY = `query GetTeamEntity($name: String!) {
  entity(name: $name) {
    id name available photoUrl readOnly readOnlyAdmin isTeam entityType privateOnly storageBytes
    codeSavingEnabled defaultAccess isPaid
    members { id admin pending email username name photoUrl accountType apiKey }
  }
}`;

function fakeWithTeam() {
  const fake = createFakeWandb({ seed: 'demo' });
  fake.seed.team({ name: 'ml-team', members: ['alice'], viewerIsAdmin: true });
  return fake;
}

describe('Python client requests: teams', () => {
  it('GetTeamEntity: entity(name) with non-null booleans and members', async () => {
    const fake = fakeWithTeam();
    const entity = dataOf(await pythonPost(fake, TEAM_QUERY, { name: 'ml-team' })).entity as Record<string, unknown>;
    expect(entity).toMatchObject({
      name: 'ml-team',
      isTeam: true,
      entityType: 'team',
      readOnlyAdmin: false,
      privateOnly: false,
      codeSavingEnabled: false,
      storageBytes: 0,
      defaultAccess: 'PRIVATE',
    });
    for (const key of ['readOnlyAdmin', 'isTeam', 'privateOnly', 'codeSavingEnabled']) expect(typeof entity[key]).toBe('boolean');
    expect(entity.members).toEqual([
      {
        id: expect.any(String),
        admin: true,
        pending: false,
        email: 'demo-user@example.com',
        username: 'demo-user',
        name: 'demo-user',
        photoUrl: null,
        accountType: 'USER',
        apiKey: null,
      },
      {
        id: expect.any(String),
        admin: false,
        pending: false,
        email: 'alice@example.com',
        username: 'alice',
        name: 'alice',
        photoUrl: null,
        accountType: 'USER',
        apiKey: null,
      },
    ]);
  });

  it('CreateTeam: createTeam(input: {teamName, teamAdminUserName}) with entity limits', async () => {
    const fake = createFakeWandb();
    const data = dataOf(
      await pythonPost(
        fake,
        `mutation CreateTeam($teamName: String!, $teamAdminUserName: String) {
      createTeam(input: {teamName: $teamName, teamAdminUserName: $teamAdminUserName}) { entity { id name available photoUrl limits } } }`,
        { teamName: 'py-team', teamAdminUserName: null },
      ),
    );
    expect(data.createTeam).toEqual({ entity: { id: expect.any(String), name: 'py-team', available: false, photoUrl: null, limits: '{}' } });
    expect(fake.store.entities.get('py-team')?.admins).toEqual(['demo-user']);
  });

  it('CreateInvite by email and by username, then DeleteInvite', async () => {
    const fake = fakeWithTeam();
    fake.seed.user({ username: 'bob' });
    const invite = `mutation CreateInvite($entityName: String!, $email: String, $username: String, $admin: Boolean) {
      createInvite(input: {entityName: $entityName, email: $email, username: $username, admin: $admin}) {
        invite { id name email createdAt toUser { name } } } }`;
    const byEmail = dataOf(await pythonPost(fake, invite, { entityName: 'ml-team', admin: false, email: 'new@example.com' }));
    expect(byEmail.createInvite).toEqual({
      invite: { id: expect.any(String), name: 'new@example.com', email: 'new@example.com', createdAt: expect.any(String), toUser: null },
    });
    const byName = dataOf(await pythonPost(fake, invite, { entityName: 'ml-team', admin: true, username: 'bob' }));
    expect(byName.createInvite).toMatchObject({ invite: { name: 'bob', toUser: { name: 'bob' } } });

    const team = dataOf(await pythonPost(fake, TEAM_QUERY, { name: 'ml-team' })).entity as {
      members: Array<{ id: string; username: string | null; pending: boolean }>;
    };
    expect(team.members.map((m) => [m.username, m.pending])).toEqual([
      ['demo-user', false],
      ['alice', false],
      ['bob', false],
      [null, true],
    ]);
    const remove = `mutation DeleteInvite($id: String, $entityName: String) { deleteInvite(input: {id: $id, entityName: $entityName}) { success } }`;
    for (const member of team.members.filter((m) => m.username !== 'demo-user')) {
      expect(dataOf(await pythonPost(fake, remove, { id: member.id, entityName: 'ml-team' })).deleteInvite).toEqual({ success: true });
    }
    expect(fake.store.entities.get('ml-team')?.members).toEqual(['demo-user']);
    expect(fake.store.invites.size).toBe(0);
  });

  it('CreateServiceAccount: createServiceAccount(input: {description, entityName}) → user.id', async () => {
    const fake = fakeWithTeam();
    const data = dataOf(
      await pythonPost(
        fake,
        `mutation CreateServiceAccount($entityName: String!, $description: String!) {
      createServiceAccount(input: {description: $description, entityName: $entityName}) { user { id } } }`,
        { entityName: 'ml-team', description: 'bot' },
      ),
    );
    const id = (data.createServiceAccount as { user: { id: string } }).user.id;
    const team = dataOf(await pythonPost(fake, TEAM_QUERY, { name: 'ml-team' })).entity as {
      members: Array<{ id: string; accountType: string; apiKey: string | null }>;
    };
    // The Python client takes the last member as the new account.
    expect(team.members.at(-1)).toMatchObject({ id, accountType: 'SERVICE', apiKey: expect.stringMatching(/^[0-9a-f]{40}$/) });
  });
});
