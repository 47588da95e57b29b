import { builder } from '../seedBuilder';
import { boolean, leaf, nonEmptyString, oneOf, optional, plainObject, shape, string, wandbName } from '../seedCheck';
import type { UserRecord } from './records';
import { isEmail, newUser } from './resolvers';

/**
 * Fields of `fake.seed.user()`. Names and ids in every seed type are W&B names (not empty, at most
 * 256 characters, without spaces or `/ : ? # % \`), as the SDK takes them in paths.
 */
export interface UserSeed {
  username: string;
  name?: string;
  email?: string;
  admin?: boolean;
  accountType?: UserRecord['accountType'];
  /** A key the user's requests may carry; one is generated when left out. */
  apiKey?: string;
  flags?: Record<string, unknown>;
}

/** An email address, as W&B takes them. */
export const email = leaf<string>('an email address', (v) => typeof v === 'string' && isEmail(v));

const userSeed = shape<UserSeed>('UserSeed', {
  username: wandbName,
  name: optional(string),
  email: optional(email),
  admin: optional(boolean),
  accountType: optional(oneOf('USER', 'SERVICE', 'ANONYMOUS', 'VIEWER')),
  apiKey: optional(nonEmptyString),
  flags: optional(plainObject),
});

/** The users area's seed builders. */
export const userSeeds = {
  /** Adds a user, with their own (non-team) entity of the same name. */
  user: builder((s, seed: UserSeed): UserRecord => newUser(s.store, seed)).checks([{ name: '', check: userSeed }]),
};
