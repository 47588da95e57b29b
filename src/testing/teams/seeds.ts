import { base64, nodeId } from '../ids';
import { builder, missingRecord } from '../seedBuilder';
import { boolean, names, optional, shape, teamName, wandbName } from '../seedCheck';
import { email } from '../users/seeds';
import { newUser } from '../users/resolvers';
import type { EntityRecord, InviteRecord, OrganizationRecord } from './records';
import { newInvite, newTeam } from './resolvers';

/** Fields of `fake.seed.entity()`. */
export interface EntitySeed {
  name: string;
  /** Teams hold members; a user's own entity is not a team. @defaultValue true */
  isTeam?: boolean;
  /** Usernames of members (the viewer is added to teams unless `withViewer` is false). */
  members?: string[];
  admins?: string[];
  /** Add the fake's viewer as a member. @defaultValue true */
  withViewer?: boolean;
  organization?: string;
}

/** Fields of `fake.seed.organization()`. */
export interface OrganizationSeed {
  name: string;
  /** The entity that holds the organization's registries. @defaultValue `<name>-org` */
  orgEntity?: string;
}

/** Fields of `fake.seed.team()`. Listed users who do not exist yet are created. */
export interface TeamSeed {
  /** W&B's team names: lowercase letters, digits, `-` and `_`, starting with a letter or digit. */
  name: string;
  /** Usernames of members (besides the admins). */
  members?: string[];
  /** Usernames of team admins. */
  admins?: string[];
  /** Add the fake's viewer as a member. @defaultValue true */
  withViewer?: boolean;
  /** Make the viewer a team admin (implies `withViewer`). @defaultValue false */
  viewerIsAdmin?: boolean;
  organization?: string;
}

/** Fields of `fake.seed.invite()`: a pending invitation by email. */
export interface InviteSeed {
  /** A team seeded before (`fake.seed.team()`). */
  team: string;
  email: string;
  /** @defaultValue false */
  admin?: boolean;
  /** Username of the sender. @defaultValue the viewer */
  fromUser?: string;
}

const entitySeed = shape<EntitySeed>('EntitySeed', {
  name: wandbName,
  isTeam: optional(boolean),
  members: optional(names),
  admins: optional(names),
  withViewer: optional(boolean),
  organization: optional(wandbName),
});

const organizationSeed = shape<OrganizationSeed>('OrganizationSeed', { name: wandbName, orgEntity: optional(wandbName) });

const teamSeed = shape<TeamSeed>('TeamSeed', {
  name: teamName,
  members: optional(names),
  admins: optional(names),
  withViewer: optional(boolean),
  viewerIsAdmin: optional(boolean),
  organization: optional(wandbName),
});

const inviteSeed = shape<InviteSeed>('InviteSeed', { team: wandbName, email, admin: optional(boolean), fromUser: optional(wandbName) });

/** The teams area's seed builders. */
export const teamSeeds = {
  /** Adds an entity (a team by default, with the viewer as a member). */
  entity: builder((s, seed: EntitySeed): EntityRecord => {
    const store = s.store;
    const isTeam = seed.isTeam ?? true;
    const members = new Set(seed.members ?? []);
    if (isTeam && seed.withViewer !== false) members.add(s.viewer.username);
    const entity: EntityRecord = {
      id: store.entities.get(seed.name)?.id ?? base64(`Entity:${store.nextId()}`),
      name: seed.name,
      isTeam,
      members: [...members],
      admins: seed.admins ?? [],
      organization: seed.organization ?? null,
      defaultAccess: 'PRIVATE',
      privateOnly: false,
      codeSavingEnabled: false,
      readOnly: false,
      photoUrl: null,
      createdAt: store.tick(),
    };
    store.entities.set(entity.name, entity);
    return entity;
  }).checks([{ name: '', check: entitySeed }]),

  /** Adds an organization, with the entity that holds its registries. */
  organization: builder(({ store, seed: seeder }, seed: OrganizationSeed): OrganizationRecord => {
    const orgEntity = seed.orgEntity ?? `${seed.name}-org`;
    if (!store.entities.has(orgEntity)) seeder.entity({ name: orgEntity, organization: seed.name });
    const org: OrganizationRecord = { id: nodeId('Organization', seed.name), name: seed.name, orgEntity };
    store.organizations.set(org.name, org);
    return org;
  }).checks([{ name: '', check: organizationSeed }]),

  /** Adds a team; listed users who do not exist yet are created. */
  team: builder(({ store, viewer }, seed: TeamSeed): EntityRecord => {
    const admins = [...(seed.admins ?? []), ...(seed.viewerIsAdmin ? [viewer.username] : [])];
    const members = [...(seed.members ?? []), ...(seed.withViewer !== false || seed.viewerIsAdmin ? [viewer.username] : [])];
    for (const username of new Set([...admins, ...members])) if (!store.users.has(username)) newUser(store, { username });
    return newTeam(store, { name: seed.name, admins, members, organization: seed.organization ?? null });
  }).checks([{ name: '', check: teamSeed }]),

  /** Adds a pending invitation (by email) to a team. */
  invite: builder((s, seed: InviteSeed): InviteRecord => {
    const store = s.store;
    if (!store.entities.get(seed.team)?.isTeam)
      throw missingRecord('invite', 'team', `${JSON.stringify(seed.team)} is not a team; seed it first with seed.team()`);
    return newInvite(store, { entity: seed.team, email: seed.email, admin: seed.admin ?? false, fromUser: seed.fromUser ?? s.viewer.username });
  }).checks([{ name: '', check: inviteSeed }]),
};
