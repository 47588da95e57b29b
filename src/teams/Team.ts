import { CreateInviteDocument, CreateServiceAccountDocument, TeamDocument, type TeamFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, describeValue } from '../client/errors';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import { checkName } from '../client/paths';
import type { CallOptions } from '../client/transport';
import { checkEmail } from '../users/users';
import { Member } from './Member';

/** Options of {@link Team.invite}. */
export interface InviteOptions extends CallOptions {
  /** Make the invitee a team admin. @defaultValue false */
  admin?: boolean;
}

/** The team's attributes that change when it is reloaded. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A team's fields, by name. */
export async function getTeamData(ctx: SdkContext, name: string, options: CallOptions = {}): Promise<TeamFieldsFragment> {
  const data = await ctx.transport.execute(TeamDocument, { name }, options);
  if (!data.entity) throw new NotFoundError(`Team ${name} was not found`, { operation: 'Team' });
  return data.entity;
}

/**
 * A W&B team (an entity with members), from `api.team(name)` or `api.createTeam(name)`.
 *
 * @example
 * ```ts
 * const team = await api.team('my-team');
 * for (const member of team.members) console.log(member.username, member.admin);
 * await team.invite('new.colleague@example.com');
 * ```
 */
export class Team {
  /** GraphQL node id. */
  readonly id!: string;
  readonly name!: string;
  readonly available!: boolean | undefined;
  readonly photoUrl!: string | undefined;
  readonly readOnly!: boolean;
  readonly readOnlyAdmin!: boolean;
  /** False when the name belongs to a user's own entity rather than a team. */
  readonly isTeam!: boolean;
  readonly privateOnly!: boolean;
  readonly storageBytes!: number;
  readonly codeSavingEnabled!: boolean;
  /** Visibility new projects get: `PRIVATE`, `USER_WRITE`, ... */
  readonly defaultAccess!: string;
  readonly isPaid!: boolean;
  readonly createdAt!: Date;
  /** Members, then pending invitations (those show to members only), as last loaded. */
  readonly members!: readonly Member[];

  declare protected readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: TeamFieldsFragment) {
    attachContext(this, ctx);
    this.apply(data);
  }

  private apply(data: TeamFieldsFragment): void {
    const self = this as Mutable<Team>;
    self.id = data.id;
    self.name = data.name;
    self.available = data.available ?? undefined;
    self.photoUrl = data.photoUrl ?? undefined;
    self.readOnly = data.readOnly ?? false;
    self.readOnlyAdmin = data.readOnlyAdmin;
    self.isTeam = data.isTeam;
    self.privateOnly = data.privateOnly;
    self.storageBytes = data.storageBytes;
    self.codeSavingEnabled = data.codeSavingEnabled;
    self.defaultAccess = data.defaultAccess;
    self.isPaid = data.isPaid ?? false;
    self.createdAt = parseDate(data.createdAt);
    self.members = data.members.map((m) => new Member(this.ctx, data.name, m));
  }

  /** Loads the team again (attributes and members) and returns it. */
  async reload(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    this.apply(await getTeamData(this.ctx, this.name, options));
    return this;
  }

  /**
   * Invites a user to the team (team admins only): by username, an existing user joins at once;
   * by email address, a pending invitation is sent. Call {@link reload} to see them in
   * {@link members}.
   *
   * @param usernameOrEmail a username, or an email address (anything with `@`)
   * @returns `true` when invited, `false` when they are already a member or invited (nothing is sent then)
   * @throws {@link InvalidArgumentError} for an empty username or a malformed email address
   * @throws {@link PermissionError} when the key may not invite to this team
   * @throws {@link NotFoundError} when no user has that username
   */
  async invite(usernameOrEmail: string, options: InviteOptions = {}): Promise<boolean> {
    const { admin = false, ...callOptions } = optionsOf(options);
    if (typeof admin !== 'boolean') throw new InvalidArgumentError('admin', `admin must be true or false, got ${describeValue(admin)}`);
    const byEmail = typeof usernameOrEmail === 'string' && usernameOrEmail.includes('@');
    const value = byEmail ? checkEmail(usernameOrEmail, 'usernameOrEmail') : checkName(usernameOrEmail, 'username', 'usernameOrEmail');
    const known = this.members.some((m) => (byEmail ? m.email?.toLowerCase() === value.toLowerCase() : m.username === value));
    if (known) return false;
    const variables = { entityName: this.name, admin, email: byEmail ? value : null, username: byEmail ? null : value };
    const data = await this.ctx.transport.execute(CreateInviteDocument, variables, callOptions);
    return data.createInvite?.success ?? false;
  }

  /**
   * Creates a service account (a non-human user for automation) in the team, reloads the team
   * and returns the new member; team admins see its key in `member.apiKey`.
   * @throws {@link InvalidArgumentError} for an empty description
   */
  async createServiceAccount(description: string, options: CallOptions = {}): Promise<Member> {
    options = optionsOf(options);
    if (typeof description !== 'string' || !description.trim()) {
      throw new InvalidArgumentError('description', `description must be a non-empty string, got ${describeValue(description)}`);
    }
    const data = await this.ctx.transport.execute(CreateServiceAccountDocument, { entityName: this.name, description }, options);
    const id = data.createServiceAccount?.user?.id;
    if (!id) throw new NotFoundError(`The server created no service account in ${this.name}`, { operation: 'CreateServiceAccount' });
    await this.reload(options);
    const member = this.members.find((m) => m.id === id);
    if (!member) throw new NotFoundError(`The new service account ${id} is not among the members of ${this.name}`, { operation: 'Team' });
    return member;
  }
}
