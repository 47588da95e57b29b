import { CreateUserDocument, SearchUsersDocument, type SearchUsersQuery, ViewerDocument } from '../../generated/graphql';
import type { SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, describeValue } from '../client/errors';
import { checkPageSize, pageOf, Paginator, type PaginatorOptions } from '../client/paginator';
import type { CallOptions } from '../client/transport';
import { User } from './User';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an email address argument and returns it trimmed. */
export function checkEmail(value: unknown, argument: string): string {
  if (typeof value !== 'string')
    throw new InvalidArgumentError(argument, `${argument} must be an email address, got ${value === null ? 'null' : typeof value}`);
  const email = value.trim();
  if (!EMAIL.test(email))
    throw new InvalidArgumentError(argument, `${argument} must be an email address like name@example.com, got ${describeValue(value)}`);
  return email;
}

function checkQuery(value: unknown, argument: string): string {
  if (typeof value !== 'string' || !value.trim()) {
    throw new InvalidArgumentError(argument, `${argument} must be a non-empty username or email (or part of one), got ${describeValue(value)}`);
  }
  return value.trim();
}

/**
 * The default entity each `Api` learnt from its first viewer lookup, so that a call needing it
 * after `api.viewer()` does not ask again (a cold start reaches its first project in 2 requests).
 */
const viewerEntities = new WeakMap<SdkContext, string>();

/** `api.viewer()`: the user the API key belongs to. */
export async function getViewer(ctx: SdkContext, options: CallOptions): Promise<User> {
  const data = await ctx.transport.execute(ViewerDocument, {}, options);
  if (!data.viewer) throw new NotFoundError('The server knows no user for this API key', { operation: 'Viewer' });
  const viewer = new User(ctx, data.viewer, { isViewer: true });
  if (viewer.entity && !viewerEntities.has(ctx)) viewerEntities.set(ctx, viewer.entity);
  return viewer;
}

/** The viewer's default entity, for paths that leave the entity out and have no `entity` setting. */
export async function getViewerEntity(ctx: SdkContext, options: CallOptions): Promise<string> {
  const known = viewerEntities.get(ctx);
  if (known !== undefined) return known;
  const viewer = await getViewer(ctx, options);
  if (!viewer.entity) throw new NotFoundError('The viewer has no default entity; pass `entity` to new Api()');
  return viewer.entity;
}

/** Options of `api.users()`. */
export interface UsersOptions extends PaginatorOptions {
  /** Users per request. @defaultValue 50 */
  perPage?: number;
}

/** The users whose username, email or name contains `query` (instance admins only). */
export function listUsers(ctx: SdkContext, query: string, options: UsersOptions = {}): Paginator<User> {
  const text = checkQuery(query, 'query');
  const perPage = checkPageSize(options.perPage, 50);
  return new Paginator<User>(
    async (cursor, signal) => {
      const data: SearchUsersQuery = await ctx.transport.execute(
        SearchUsersDocument,
        { query: text, first: perPage, after: cursor },
        signal ? { signal } : {},
      );
      return pageOf(data.users, (node) => new User(ctx, node));
    },
    options,
    'user search',
  );
}

/**
 * The user with this username or email: an exact match if the search finds one, else its first
 * result (instance admins only).
 */
export async function getUser(ctx: SdkContext, usernameOrEmail: string, options: CallOptions = {}): Promise<User> {
  const text = checkQuery(usernameOrEmail, 'usernameOrEmail');
  const data = await ctx.transport.execute(SearchUsersDocument, { query: text, first: 50, after: null }, options);
  const users = (data.users?.edges ?? []).flatMap((e) => (e.node ? [e.node] : []));
  const wanted = text.toLowerCase();
  const match = users.find((u) => u.username?.toLowerCase() === wanted || u.email?.toLowerCase() === wanted) ?? users[0];
  if (!match) throw new NotFoundError(`No user matches ${JSON.stringify(text)}`, { operation: 'SearchUsers' });
  return new User(ctx, match);
}

/** Options of `api.createUser()`. */
export interface CreateUserOptions extends CallOptions {
  /** Make the new user an instance admin. @defaultValue false */
  admin?: boolean;
}

/** Creates a user (instance admins only). */
export async function createUser(ctx: SdkContext, email: string, options: CreateUserOptions = {}): Promise<User> {
  const address = checkEmail(email, 'email');
  const { admin = false, ...callOptions } = options;
  if (typeof admin !== 'boolean') throw new InvalidArgumentError('admin', `admin must be true or false, got ${describeValue(admin)}`);
  const data = await ctx.transport.execute(CreateUserDocument, { email: address, admin }, callOptions);
  const user = data.createUser?.user;
  if (!user) throw new NotFoundError(`The server created no user for ${address}`, { operation: 'CreateUser' });
  return new User(ctx, user);
}
