/**
 * The requests the real Python client (wandb 0.30.0) makes for registry members:
 * `registry.user_members()` and `team_members()` read `Project.members` and `Project.teamMembers`
 * with their roles; `add_members()`, `remove_members()` and `update_member()` send the project
 * member mutations with the ids it parsed from `User` and `Team` objects (base64 of `User:<n>` or
 * `Entity:<n>`, re-encoded). Each document is posted with an empty operationName and must execute
 * on the fake with exact type names and no null where the client's models need a value.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- answers are walked by path; their shape is what the assertions check */
import { createFakeWandb } from 'wandb-api/testing';
import { dataAsPython, nullPaths, pythonPost } from '../support/python';

const fake = createFakeWandb();
afterEach(() => fake.reset());

const USER_MEMBERS = `query RegistryUserMembers($project: String!, $entity: String!) {
  project(name: $project, entityName: $entity) {
    members { id name username email role { name } }
  }
}`;

const TEAM_MEMBERS = `query RegistryTeamMembers($project: String!, $entity: String!) {
  project(name: $project, entityName: $entity) {
    teamMembers {
      team {
        __typename id name available photoUrl readOnly readOnlyAdmin isTeam privateOnly storageBytes codeSavingEnabled defaultAccess isPaid
        members { __typename id role pending email username name photoUrl accountType apiKey }
      }
      role { name }
    }
  }
}`;

const mutation = (name: string, type: string, field: string) => `mutation ${name}($input: ${type}!) { result: ${field}(input: $input) { success } }`;
const ADD = mutation('CreateRegistryMembers', 'CreateProjectMembersInput', 'createProjectMembers');
const REMOVE = mutation('DeleteRegistryMembers', 'DeleteProjectMembersInput', 'deleteProjectMembers');
const UPDATE_USER = mutation('UpdateUserRegistryRole', 'UpdateProjectMemberInput', 'updateProjectMember');
const UPDATE_TEAM = mutation('UpdateTeamRegistryRole', 'UpdateProjectTeamMemberInput', 'updateProjectTeamMember');

const VARS = { project: 'wandb-registry-model', entity: 'acme-org' };

/** A registry the viewer administers, a team and another user. */
function seed() {
  fake.seed.registry({ name: 'model', organization: 'acme' });
  fake.seed.registryMember({ organization: 'acme', registry: 'model', user: 'demo-user', role: 'admin' });
  fake.seed.team({ name: 'ml-team', members: ['alice'] });
  fake.seed.user({ username: 'bob' });
  const registryId = fake.store.project('acme-org', 'wandb-registry-model')!.id;
  return { registryId, bob: fake.store.users.get('bob')!.id, team: fake.store.entities.get('ml-team')!.id };
}

/** What Python's member-id parsing does: base64 of `<kind>:<number>`, re-encoded. */
function pythonMemberId(id: string): string {
  const [kind, index] = Buffer.from(id, 'base64').toString('ascii').split(':');
  expect(kind === 'User' || kind === 'Entity').toBe(true);
  expect(index).toMatch(/^\d+$/);
  return Buffer.from(`${kind}:${Number(index)}`).toString('base64');
}

describe('Python client requests: registry members', () => {
  it('add_members(): CreateRegistryMembers with the parsed user and team ids, then user_members() and team_members()', async () => {
    const { registryId, bob, team } = seed();
    const userIds = [pythonMemberId(bob)];
    const teamIds = [pythonMemberId(team)];
    const added = await dataAsPython(fake, ADD, { input: { userIds, teamIds, projectId: registryId } });
    expect(added).toEqual({ result: { success: true } });

    const users = await dataAsPython(fake, USER_MEMBERS, VARS);
    const members = (users.project as any).members as Array<Record<string, any>>;
    expect(members.map((m) => [m.username, m.role.name])).toEqual([
      ['demo-user', 'admin'],
      ['bob', 'member'],
    ]);
    expect(members[1]).toEqual({ id: bob, name: 'bob', username: 'bob', email: 'bob@example.com', role: { name: 'member' } });

    const teams = await dataAsPython(fake, TEAM_MEMBERS, VARS);
    const [teamMember] = (teams.project as any).teamMembers;
    expect(teamMember).toMatchObject({
      role: { name: 'member' },
      team: { __typename: 'Entity', id: team, name: 'ml-team', isTeam: true, readOnlyAdmin: false, privateOnly: false, codeSavingEnabled: false },
    });
    expect(teamMember.team.members.map((m: { __typename: string; username: string }) => [m.__typename, m.username])).toEqual(
      expect.arrayContaining([['Member', 'alice']]),
    );
    expect(nullPaths(members)).toEqual([]);
  });

  it('update_member(): UpdateUserRegistryRole and UpdateTeamRegistryRole', async () => {
    const { registryId, bob, team } = seed();
    await dataAsPython(fake, ADD, { input: { userIds: [bob], teamIds: [team], projectId: registryId } });
    expect(
      await dataAsPython(fake, UPDATE_USER, {
        input: { userId: pythonMemberId(bob), projectId: registryId, userProjectRole: 'viewer', clientMutationId: null },
      }),
    ).toEqual({ result: { success: true } });
    expect(
      await dataAsPython(fake, UPDATE_TEAM, {
        input: { teamId: pythonMemberId(team), projectId: registryId, teamProjectRole: 'admin', clientMutationId: null },
      }),
    ).toEqual({ result: { success: true } });
    const users = (await dataAsPython(fake, USER_MEMBERS, VARS)).project as any;
    expect(users.members.find((m: { username: string }) => m.username === 'bob').role).toEqual({ name: 'viewer' });
    const teams = (await dataAsPython(fake, TEAM_MEMBERS, VARS)).project as any;
    expect(teams.teamMembers[0].role).toEqual({ name: 'admin' });
  });

  it('remove_members(): DeleteRegistryMembers', async () => {
    const { registryId, bob, team } = seed();
    await dataAsPython(fake, ADD, { input: { userIds: [bob], teamIds: [team], projectId: registryId } });
    expect(await dataAsPython(fake, REMOVE, { input: { userIds: [bob], teamIds: [team], projectId: registryId } })).toEqual({
      result: { success: true },
    });
    expect(((await dataAsPython(fake, USER_MEMBERS, VARS)).project as any).members.map((m: { username: string }) => m.username)).toEqual([
      'demo-user',
    ]);
    expect(((await dataAsPython(fake, TEAM_MEMBERS, VARS)).project as any).teamMembers).toEqual([]);
  });

  it('refuses member changes by someone who does not administer the registry', async () => {
    const { registryId, bob } = seed();
    const bobKey = fake.seed.user({ username: 'bob', apiKey: 'b'.repeat(40) }).apiKeys.at(-1)!.key;
    // Bob belongs to the organization, so he sees the registry, but he does not administer it.
    fake.store.entities.get('acme-org')!.members.push('bob');
    const answer = await pythonPost(fake, ADD, { input: { userIds: [bob], teamIds: [], projectId: registryId } }, bobKey);
    expect(answer.body.errors?.[0]?.message).toMatch(/permission denied/);
  });
});
