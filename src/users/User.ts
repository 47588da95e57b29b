import {
  DeleteApiKeyDocument,
  GenerateApiKeyDocument,
  ViewerDocument,
  type ApiKeyFieldsFragment,
  type UserFieldsFragment,
} from '../../generated/graphql';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, PermissionError } from '../client/errors';
import { parseDate, parseJsonObject } from '../client/json';
import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';

/** One API key of a user, as W&B lists it (never the secret, except right after it was generated). */
export interface ApiKey {
  /** GraphQL node id; what `deleteApiKey()` needs. */
  readonly id: string;
  /** The key's name. For a key just returned by `generateApiKey()`, W&B puts the secret itself here. */
  readonly name: string;
  readonly description: string | undefined;
}

type Edges<T> = { edges: ReadonlyArray<{ node: T | null }> } | null | undefined;

/** The fields a {@link User} is built from: the user fragment, plus keys and teams when the query asked. */
export type UserData = UserFieldsFragment & { apiKeys?: Edges<ApiKeyFieldsFragment>; teams?: Edges<{ name: string }> };

/** Options of the {@link User} constructor. */
export interface UserOptions {
  /** The user is the owner of the `Api`'s key (`api.viewer()`). */
  isViewer?: boolean;
}

function toApiKey(data: ApiKeyFieldsFragment): ApiKey {
  return { id: data.id, name: data.name, description: data.description ?? undefined };
}

/**
 * A W&B user. `api.viewer()` gives the owner of the API key; instance admins find others with
 * `api.user()` and `api.users()`.
 */
export class User {
  /** GraphQL node id. */
  readonly id: string;
  /** Full name. */
  readonly name: string;
  readonly username: string | undefined;
  /** Shown to the user themselves and to instance admins only. */
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
  /**
   * The user's API keys (names and ids, not secrets), when the query asked for them and the
   * server showed them (to the user and to instance admins). Kept up to date by
   * {@link generateApiKey} and {@link deleteApiKey}.
   */
  apiKeys: readonly ApiKey[];

  declare protected readonly ctx: SdkContext;
  declare private readonly isViewer: boolean;

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, data: UserData, options: UserOptions = {}) {
    attachContext(this, ctx);
    Object.defineProperty(this, 'isViewer', { value: options.isViewer ?? false, enumerable: false });
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
    this.apiKeys = (data.apiKeys?.edges ?? []).flatMap((e) => (e.node ? [toApiKey(e.node)] : []));
  }

  /**
   * Creates a new API key for this user. W&B only makes keys for the caller, so this works on
   * the owner of the `Api`'s key (`api.viewer()`); the key is added to {@link apiKeys}.
   *
   * @param description what the key is for
   * @returns the new key; its `name` is the secret, which W&B shows this once
   * @throws {@link PermissionError} when this user is not the owner of the `Api`'s key
   *
   * @example
   * ```ts
   * const me = await api.viewer();
   * const key = await me.generateApiKey('CI bot');
   * ```
   */
  async generateApiKey(description?: string, options: CallOptions = {}): Promise<ApiKey> {
    options = optionsOf(options);
    if (description !== undefined && typeof description !== 'string') {
      throw new InvalidArgumentError('description', `description must be a string, got ${typeof description}`);
    }
    if (!this.isViewer) {
      const viewer = await this.ctx.transport.execute(ViewerDocument, {}, options);
      if (viewer.viewer?.id !== this.id) {
        throw new PermissionError(`W&B creates API keys only for the owner of the key in use; ${this.username ?? this.id} is someone else`, {
          operation: 'GenerateApiKey',
        });
      }
    }
    const data = await this.ctx.transport.execute(GenerateApiKeyDocument, { description: description ?? null }, options);
    const created = data.generateApiKey?.apiKey;
    if (!created) throw new NotFoundError('The server created no API key', { operation: 'GenerateApiKey' });
    const key = toApiKey(created);
    this.apiKeys = [...this.apiKeys, key];
    return key;
  }

  /**
   * Deletes one of this user's API keys (the owner and instance admins may).
   *
   * @param key a key from {@link apiKeys}, or its id or name
   * @returns whether the server reported success
   * @throws {@link InvalidArgumentError} when `key` names none of {@link apiKeys}
   */
  async deleteApiKey(key: ApiKey | string, options: CallOptions = {}): Promise<boolean> {
    options = optionsOf(options);
    let id: string;
    if (typeof key === 'string') {
      const found = this.apiKeys.find((k) => k.id === key) ?? this.apiKeys.find((k) => k.name === key);
      if (!found) {
        throw new InvalidArgumentError(
          'key',
          `${JSON.stringify(key)} is neither the id nor the name of one of ${this.username ?? 'this user'}'s API keys (${this.apiKeys.map((k) => k.name).join(', ') || 'none loaded'})`,
        );
      }
      id = found.id;
    } else if (key !== null && typeof key === 'object' && typeof key.id === 'string' && key.id) {
      id = key.id;
    } else {
      throw new InvalidArgumentError('key', 'key must be an ApiKey or the id or name of one');
    }
    const data = await this.ctx.transport.execute(DeleteApiKeyDocument, { id }, options);
    const success = data.deleteApiKey?.success ?? false;
    if (success) this.apiKeys = this.apiKeys.filter((k) => k.id !== id);
    return success;
  }
}
