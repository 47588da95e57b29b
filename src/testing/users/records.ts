/** Records of the users area: users and their API keys. */

/** An API key of a user. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  description: string | null;
  /** The secret itself. */
  key: string;
}

/** A user, with the keys their requests may carry. */
export interface UserRecord {
  id: string;
  username: string;
  name: string;
  email: string;
  admin: boolean;
  accountType: 'USER' | 'SERVICE' | 'ANONYMOUS' | 'VIEWER';
  /** Name of the user's own entity. */
  entity: string;
  photoUrl: string | null;
  flags: Record<string, unknown>;
  createdAt: string;
  deletedAt: string | null;
  apiKeys: ApiKeyRecord[];
}

/** The users area's tables. */
export function userTables() {
  return {
    /** Users by username. */
    users: new Map<string, UserRecord>(),
  };
}
