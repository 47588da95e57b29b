/** Records of the teams area: entities (users' own and teams), organizations and pending invitations. */

/** An entity: a user's own or a team. */
export interface EntityRecord {
  id: string;
  name: string;
  isTeam: boolean;
  /** Usernames of members; `admins` is the subset with admin rights. */
  members: string[];
  admins: string[];
  organization: string | null;
  defaultAccess: string;
  privateOnly: boolean;
  codeSavingEnabled: boolean;
  readOnly: boolean;
  photoUrl: string | null;
  createdAt: string;
}

/** An organization, whose registries live in its own entity. */
export interface OrganizationRecord {
  id: string;
  name: string;
  /** The entity that holds the organization's registries. */
  orgEntity: string;
}

/** A pending invitation to a team, sent to an email address. */
export interface InviteRecord {
  id: string;
  /** Name of the team. */
  entity: string;
  email: string;
  /** Whether the invitee becomes a team admin on joining. */
  admin: boolean;
  /** Username of who sent it. */
  fromUser: string;
  createdAt: string;
}

/** The teams area's tables. */
export function teamTables() {
  return {
    /** Entities (users' own and teams) by name. */
    entities: new Map<string, EntityRecord>(),
    /** Organizations by name. */
    organizations: new Map<string, OrganizationRecord>(),
    /** Pending team invitations, by id. */
    invites: new Map<string, InviteRecord>(),
  };
}
