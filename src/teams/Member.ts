import { DeleteInviteDocument, type MemberFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError } from '../client/errors';
import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';

/** A member of a team, or an invitation that is still pending. */
export class Member {
  /** The id W&B removes the member by (the user's id, or the invitation's while pending). */
  readonly id: string | undefined;
  /** Name of the team. */
  readonly team: string;
  readonly name: string;
  readonly username: string | undefined;
  /** Shown to team members only. */
  readonly email: string | undefined;
  /** Whether the member administers the team. */
  readonly admin: boolean;
  /** Whether this is an invitation not yet accepted. */
  readonly pending: boolean;
  /** `USER`, `SERVICE`, ... when the server says. */
  readonly accountType: string | undefined;
  /** `admin`, `member`, ... when the server says. */
  readonly role: string | undefined;
  readonly photoUrl: string | undefined;
  /**
   * A service account's API key, which W&B shows to team admins. Not enumerable, so printing or
   * serialising a member does not reveal it.
   */
  declare readonly apiKey: string | undefined;

  declare protected readonly ctx: SdkContext;

  /** @internal Built by {@link Team}; not for direct use. */
  constructor(ctx: SdkContext, team: string, data: MemberFieldsFragment) {
    attachContext(this, ctx);
    Object.defineProperty(this, 'apiKey', { value: data.apiKey ?? undefined, enumerable: false });
    this.id = data.id ?? undefined;
    this.team = team;
    this.name = data.name;
    this.username = data.username ?? undefined;
    this.email = data.email ?? undefined;
    this.admin = data.admin ?? false;
    this.pending = data.pending ?? false;
    this.accountType = data.accountType ?? undefined;
    this.role = data.role ?? undefined;
    this.photoUrl = data.photoUrl ?? undefined;
  }

  /**
   * Removes the member from the team, or withdraws the invitation (team admins; members may
   * remove themselves).
   * @returns whether the server reported success
   * @throws {@link PermissionError} when the key may not remove this member
   */
  async delete(options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    if (!this.id) throw new InvalidArgumentError('member', `The server gave ${this.name} no id, so W&B cannot remove them`);
    const data = await this.ctx.transport.execute(DeleteInviteDocument, { id: this.id, entityName: this.team }, options);
    return data.deleteInvite?.success ?? false;
  }
}
