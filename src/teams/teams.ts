import { CreateTeamDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError } from '../client/errors';
import { checkName } from '../client/paths';
import type { CallOptions } from '../client/transport';
import { getTeamData, Team } from './Team';

/** Options of `api.createTeam()`. */
export interface CreateTeamOptions extends CallOptions {
  /** Username of the team's first admin. @defaultValue the owner of the API key (others need instance admin rights) */
  adminUsername?: string;
}

/** One team by name. */
export async function getTeam(ctx: SdkContext, name: string, options: CallOptions = {}): Promise<Team> {
  checkName(name, 'team name', 'name');
  return new Team(ctx, await getTeamData(ctx, name, options));
}

/** The names W&B gives new entities: lowercase letters, digits, `-` and `_`, starting with a letter or digit. */
const NEW_ENTITY_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Creates a team. */
export async function createTeam(ctx: SdkContext, name: string, options: CreateTeamOptions = {}): Promise<Team> {
  checkName(name, 'team name', 'name');
  if (!NEW_ENTITY_NAME.test(name)) {
    throw new InvalidArgumentError(
      'name',
      `A new team's name may only have lowercase letters, digits, - and _, start with a letter or digit, and be at most 64 characters; got ${JSON.stringify(name)}`,
    );
  }
  const { adminUsername, ...callOptions } = options;
  if (adminUsername !== undefined) checkName(adminUsername, 'admin username', 'adminUsername');
  const data = await ctx.transport.execute(CreateTeamDocument, { teamName: name, teamAdminUserName: adminUsername ?? null }, callOptions);
  const entity = data.createTeam?.entity;
  if (!entity) throw new NotFoundError(`The server created no team ${name}`, { operation: 'CreateTeam' });
  return new Team(ctx, entity);
}
