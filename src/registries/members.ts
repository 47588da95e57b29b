import { InvalidArgumentError, describeValue } from '../client/errors';
import { Member } from '../teams/Member';
import { Team } from '../teams/Team';
import { User } from '../users/User';

/** A registry member's role: W&B's registry roles (`restricted_viewer` on servers that have it). */
export type RegistryRole = 'admin' | 'member' | 'viewer' | 'restricted_viewer';

/** The roles a registry member can be given. */
export const REGISTRY_ROLES: readonly RegistryRole[] = ['admin', 'member', 'viewer', 'restricted_viewer'];

/** A user as a registry lists its members. */
export interface RegistryMemberUser {
  /** The user's GraphQL id. */
  readonly id: string;
  readonly username: string | undefined;
  readonly name: string | undefined;
  /** Shown to those allowed to see it. */
  readonly email: string | undefined;
}

/** A user who is a member of a registry, with their role there. */
export interface RegistryUserMember {
  readonly kind: 'user';
  readonly user: RegistryMemberUser;
  /** The role's name as W&B gives it (`admin`, `member`, `viewer`, `restricted_viewer`). */
  readonly role: string;
}

/** A team that is a member of a registry (all its users get the role). */
export interface RegistryTeamMember {
  readonly kind: 'team';
  readonly team: Team;
  readonly role: string;
}

/** A user or team member of a registry. */
export type RegistryMember = RegistryUserMember | RegistryTeamMember;

/**
 * Who to add, remove or change: a `User` (from `api.user()`, `api.viewer()`), a team `Member`
 * (from `team.members`), a `Team`, a member from `registry.members()`, or a user's or team's
 * GraphQL id.
 */
export type RegistryMemberInput = User | Member | Team | RegistryMember | string;

/** Whether a GraphQL id is a user's (`User:<n>`) or an entity's, that is a team's (`Entity:<n>`). */
function kindOfId(id: string): 'user' | 'team' | undefined {
  let decoded: string;
  try {
    decoded = atob(id);
  } catch {
    return undefined;
  }
  const kind = /^(User|Entity):\d+$/.exec(decoded)?.[1];
  return kind === 'User' ? 'user' : kind === 'Entity' ? 'team' : undefined;
}

/** The kind and id of one member argument. */
export function memberId(member: unknown, argument: string): { kind: 'user' | 'team'; id: string } {
  if (member instanceof Member && member.pending)
    throw new InvalidArgumentError(argument, `${member.name} has not accepted the team's invitation yet, so is no user to add`);
  if (member instanceof User || member instanceof Member) return { kind: 'user', id: checkId(member.id, argument) };
  if (member instanceof Team) return { kind: 'team', id: checkId(member.id, argument) };
  if (member !== null && typeof member === 'object' && 'kind' in member) {
    const m = member as { kind: unknown; user?: { id?: unknown }; team?: { id?: unknown } };
    if (m.kind === 'user' && m.user) return { kind: 'user', id: checkId(m.user.id, argument) };
    if (m.kind === 'team' && m.team) return { kind: 'team', id: checkId(m.team.id, argument) };
  }
  if (typeof member === 'string') {
    const kind = kindOfId(member);
    if (kind) return { kind, id: member };
  }
  throw new InvalidArgumentError(
    argument,
    `${argument} must hold Users, Teams, team Members, registry members or their GraphQL ids (a user's or a team's), got ${describeValue(member)}`,
  );
}

function checkId(id: unknown, argument: string): string {
  if (typeof id !== 'string' || !id) throw new InvalidArgumentError(argument, `${argument}: this member has no GraphQL id`);
  return id;
}

/** The user and team ids of a list of members, each once, sorted (as the Python client sends them). */
export function memberIds(members: readonly unknown[]): { userIds: string[]; teamIds: string[] } {
  if (members.length === 0) throw new InvalidArgumentError('members', 'Give at least one member');
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const member of members) {
    const { kind, id } = memberId(member, 'members');
    (kind === 'user' ? users : teams).add(id);
  }
  return { userIds: [...users].sort(), teamIds: [...teams].sort() };
}

/** Checks a role name. */
export function checkRole(role: unknown): RegistryRole {
  if (typeof role !== 'string' || !REGISTRY_ROLES.includes(role as RegistryRole)) {
    throw new InvalidArgumentError('role', `role must be one of ${REGISTRY_ROLES.map((r) => `'${r}'`).join(', ')}; got ${describeValue(role)}`);
  }
  return role as RegistryRole;
}
