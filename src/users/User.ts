import type { UserFieldsFragment } from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { parseDate, parseJsonObject } from '../client/json';

type UserData = UserFieldsFragment & { teams?: { edges: ReadonlyArray<{ node: { name: string } | null }> } | null };

/** A W&B user. */
export class User {
  /** GraphQL node id. */
  readonly id: string;
  /** Full name. */
  readonly name: string;
  readonly username: string | undefined;
  readonly email: string | undefined;
  /** Whether the user is an instance admin. */
  readonly admin: boolean;
  /** The user's default entity (where their runs go when no entity is given). */
  readonly entity: string | undefined;
  /** `USER`, `SERVICE`, `ANONYMOUS` or `VIEWER`, when the server says. */
  readonly accountType: string | undefined;
  readonly photoUrl: string | undefined;
  readonly createdAt: Date;
  readonly deletedAt: Date | undefined;
  /** Feature flags of the account. */
  readonly flags: Readonly<Record<string, unknown>>;
  /** Names of the teams the user belongs to, when the query asked for them. */
  readonly teams: readonly string[];

  protected declare readonly ctx: SdkContext;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(
    ctx: SdkContext,
    data: UserData,
  ) {
    attachContext(this, ctx);
    this.id = data.id;
    this.name = data.name;
    this.username = data.username ?? undefined;
    this.email = data.email ?? undefined;
    this.admin = data.admin ?? false;
    this.entity = data.entity ?? undefined;
    this.accountType = data.accountType ?? undefined;
    this.photoUrl = data.photoUrl ?? undefined;
    this.createdAt = parseDate(data.createdAt);
    this.deletedAt = parseDate(data.deletedAt);
    this.flags = parseJsonObject(data.flags, 'user flags');
    this.teams = (data.teams?.edges ?? []).flatMap((e) => (e.node ? [e.node.name] : []));
  }
}
