import type { ProjectRecord } from '../projects/records';
import { ensureArtifactType } from '../artifacts/records';
import { builder, missingRecord } from '../seedBuilder';
import { date, fieldPath, names, oneOf, optional, shape, string, wandbName, type Check } from '../seedCheck';
import { projectMembers, REGISTRY_PREFIX, setRegistrySettings } from './records';

/** Fields of `fake.seed.registry()`. */
export interface RegistrySeed {
  /** The registry's name, without the `wandb-registry-` prefix. */
  name: string;
  /** The organization; created (with its entity) when missing. */
  organization: string;
  description?: string;
  /** @defaultValue `'organization'` */
  visibility?: 'organization' | 'restricted';
  /** Types the registry accepts; left out, it accepts all. */
  artifactTypes?: string[];
  createdAt?: Date;
}

/** Fields of `fake.seed.registryMember()`: a user or a team (created when missing) made a member of a registry. */
export type RegistryMemberSeed = {
  /** The registry's name, without the `wandb-registry-` prefix. */
  registry: string;
  organization: string;
  /** @defaultValue `'member'` */
  role?: 'admin' | 'member' | 'viewer' | 'restricted_viewer';
} & ({ user: string; team?: never } | { team: string; user?: never });

const registrySeed = shape<RegistrySeed>('RegistrySeed', {
  name: wandbName,
  organization: wandbName,
  description: optional(string),
  visibility: optional(oneOf('organization', 'restricted')),
  artifactTypes: optional(names),
  createdAt: optional(date),
});

/** {@link RegistryMemberSeed} with both of its alternatives' fields; the rule below keeps exactly one. */
interface RegistryMemberFields {
  registry: string;
  organization: string;
  role?: 'admin' | 'member' | 'viewer' | 'restricted_viewer';
  user?: string;
  team?: string;
}

const registryMemberSeed = shape<RegistryMemberFields>(
  'RegistryMemberSeed',
  {
    registry: wandbName,
    organization: wandbName,
    role: optional(oneOf('admin', 'member', 'viewer', 'restricted_viewer')),
    user: optional(wandbName),
    team: optional(wandbName),
  },
  {
    rules: (value, path, ctx) => {
      if (value.user === undefined && value.team === undefined) {
        ctx.problems.push({ path: fieldPath(path, 'user'), message: "or team is required (the new member's username or team name)" });
      } else if (value.user !== undefined && value.team !== undefined) {
        ctx.problems.push({ path: fieldPath(path, 'team'), message: 'must be left out when user is given (a member is a user or a team)' });
      }
    },
  },
  // Checked to be one alternative or the other by the rule.
) as Check<RegistryMemberSeed>;

/** The registries area's seed builders. */
export const registrySeeds = {
  /** Adds a registry: a `wandb-registry-<name>` project in the organization's entity. */
  registry: builder(({ store, seed: seeder }, seed: RegistrySeed): ProjectRecord => {
    const org = store.organizations.get(seed.organization) ?? seeder.organization({ name: seed.organization });
    const project = seeder.project({
      entity: org.orgEntity,
      name: `${REGISTRY_PREFIX}${seed.name}`,
      access: seed.visibility === 'restricted' ? 'RESTRICTED' : 'PRIVATE',
      ...(seed.description !== undefined ? { description: seed.description } : {}),
      ...(seed.createdAt ? { createdAt: seed.createdAt } : {}),
    });
    setRegistrySettings(store, project.entity, project.name, { allowAllArtifactTypes: !seed.artifactTypes?.length });
    for (const type of seed.artifactTypes ?? []) ensureArtifactType(store, project.entity, project.name, type);
    return project;
  }).checks([{ name: '', check: registrySeed }]),

  /** Makes a user or a team (created when missing) a member of a seeded registry, with a role. */
  registryMember: builder(({ store, seed: seeder }, seed: RegistryMemberSeed): void => {
    const org = store.organizations.get(seed.organization);
    if (!org)
      throw missingRecord(
        'registryMember',
        'organization',
        `${JSON.stringify(seed.organization)} does not exist; seed it first with seed.registry() or seed.organization()`,
      );
    const project = store.project(org.orgEntity, `${REGISTRY_PREFIX}${seed.registry}`);
    if (!project)
      throw missingRecord(
        'registryMember',
        'registry',
        `${JSON.stringify(seed.registry)} does not exist in organization ${seed.organization}; seed it first with seed.registry()`,
      );
    const members = projectMembers(store, project.entity, project.name);
    if (seed.user !== undefined) {
      if (!store.users.has(seed.user)) seeder.user({ username: seed.user });
      members.users.set(seed.user, seed.role ?? 'member');
    } else {
      if (!store.entities.get(seed.team)?.isTeam) seeder.entity({ name: seed.team });
      members.teams.set(seed.team, seed.role ?? 'member');
    }
  }).checks([{ name: '', check: registryMemberSeed }]),
};
