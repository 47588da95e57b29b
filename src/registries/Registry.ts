import {
  CreateRegistryMembersDocument,
  DeleteRegistryDocument,
  DeleteRegistryMembersDocument,
  RegistryByNameDocument,
  RegistryTeamMembersDocument,
  RegistryUserMembersDocument,
  UpdateRegistryTeamRoleDocument,
  UpdateRegistryUserRoleDocument,
  UpsertRegistryDocument,
  type RegistryFieldsFragment,
} from '../../generated/graphql';
import { checkArtifactType, checkList, REGISTRY_PREFIX } from '../artifacts/names';
import { attachContext, type SdkContext } from '../client/context';
import { InvalidArgumentError, NotFoundError, ServerError, describeValue } from '../client/errors';
import { parseDate } from '../client/json';
import { optionsOf } from '../client/options';
import type { CallOptions } from '../client/transport';
import { Team } from '../teams/Team';
import {
  checkRole,
  memberId,
  memberIds,
  type RegistryMember,
  type RegistryMemberInput,
  type RegistryRole,
  type RegistryTeamMember,
  type RegistryUserMember,
} from './members';
import { RegistryCollections, type RegistryCollectionsOptions } from './RegistryCollections';
import { RegistryVersions, type RegistryVersionsOptions } from './RegistryVersions';

/** Who can see a registry: everyone in the organization, or only its invited members. */
export type RegistryVisibility = 'organization' | 'restricted';

const TO_ACCESS: Record<RegistryVisibility, string> = { organization: 'PRIVATE', restricted: 'RESTRICTED' };

/** W&B's access value for a visibility, after checking it. */
export function toRegistryAccess(visibility: unknown, argument = 'visibility'): string {
  if (visibility !== 'organization' && visibility !== 'restricted') {
    throw new InvalidArgumentError(argument, `${argument} must be 'organization' or 'restricted', got ${describeValue(visibility)}`);
  }
  return TO_ACCESS[visibility];
}

function toVisibility(access: string | null): RegistryVisibility {
  if (access === 'PRIVATE') return 'organization';
  if (access === 'RESTRICTED') return 'restricted';
  throw new ServerError(`The server sent a registry visibility W&B does not define: ${JSON.stringify(access)}`);
}

/**
 * A registry of an organization: a `wandb-registry-<name>` project in the organization's entity,
 * holding collections of linked artifact versions. `description`, `visibility`,
 * `allowAllArtifactTypes` and `artifactTypes` are editable; `save()` sends them.
 */
export class Registry {
  /** GraphQL node id of the registry's project. */
  readonly id: string;
  /** W&B's internal id of the registry's backing project, as the server encodes it. */
  readonly internalId: string;
  /** The name without the `wandb-registry-` prefix. */
  readonly name: string;
  /** The organization's name. */
  readonly organization: string;
  /** The organization's entity, which holds the registry. */
  readonly entity: string;
  description: string | undefined;
  visibility: RegistryVisibility;
  /** Whether versions of any type may be linked; otherwise only of `artifactTypes`. */
  allowAllArtifactTypes: boolean;
  /** Types the registry accepts. Types can be added; saved ones cannot be removed. */
  artifactTypes: string[];
  readonly createdAt: Date;
  updatedAt: Date;

  declare protected readonly ctx: SdkContext;
  #savedTypes: string[];

  /** @internal Built by the `Api`; not for direct use. */
  constructor(ctx: SdkContext, organization: string, data: RegistryFieldsFragment) {
    attachContext(this, ctx);
    if (!data.name.startsWith(REGISTRY_PREFIX)) throw new ServerError(`${data.name} is not a registry project`);
    this.id = data.id;
    this.internalId = data.internalId;
    this.name = data.name.slice(REGISTRY_PREFIX.length);
    this.organization = data.entity.organization?.name ?? organization;
    this.entity = data.entity.name;
    this.description = data.description ?? undefined;
    this.visibility = toVisibility(data.access);
    this.allowAllArtifactTypes = data.allowAllArtifactTypesInRegistry;
    this.artifactTypes = data.artifactTypes.edges.flatMap((e) => (e.node ? [e.node.name] : []));
    this.createdAt = parseDate(data.createdAt);
    this.updatedAt = parseDate(data.updatedAt) ?? this.createdAt;
    this.#savedTypes = [...this.artifactTypes];
  }

  /** `wandb-registry-<name>`, the registry's project name. */
  get fullName(): string {
    return `${REGISTRY_PREFIX}${this.name}`;
  }

  /** `[entity, fullName]`, as in Python. */
  get path(): [string, string] {
    return [this.entity, this.fullName];
  }

  private assign(data: RegistryFieldsFragment): void {
    this.description = data.description ?? undefined;
    this.visibility = toVisibility(data.access);
    this.allowAllArtifactTypes = data.allowAllArtifactTypesInRegistry;
    this.artifactTypes = data.artifactTypes.edges.flatMap((e) => (e.node ? [e.node.name] : []));
    this.updatedAt = parseDate(data.updatedAt) ?? this.updatedAt;
    this.#savedTypes = [...this.artifactTypes];
  }

  /** The registry's collections, as a lazy collection. */
  collections(options: RegistryCollectionsOptions = {}): RegistryCollections {
    return new RegistryCollections(this.ctx, { organization: this.organization, registryFilter: { name: this.fullName } }, optionsOf(options));
  }

  /** The versions linked into the registry, as a lazy collection. */
  versions(options: RegistryVersionsOptions = {}): RegistryVersions {
    return new RegistryVersions(
      this.ctx,
      { organization: this.organization, registryFilter: { name: this.fullName }, collectionFilter: undefined },
      optionsOf(options),
    );
  }

  /** Reads the registry's saved state again, dropping unsaved changes. */
  async load(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(RegistryByNameDocument, { entity: this.entity, name: this.fullName }, options);
    const project = data.entity?.project;
    if (!project)
      throw new NotFoundError(`Registry ${this.name} was not found in organization ${this.organization}`, { operation: 'RegistryByName' });
    this.assign(project);
    return this;
  }

  /**
   * Sends the changes to `description`, `visibility`, `allowAllArtifactTypes` and added `artifactTypes`.
   * @throws {@link InvalidArgumentError} when a saved type was removed, or types were added while all are allowed
   */
  async save(options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const access = toRegistryAccess(this.visibility);
    const types = checkList(this.artifactTypes, 'artifactTypes', (t, a) => checkArtifactType(t, a, { allowReserved: false }));
    const removed = this.#savedTypes.filter((t) => !types.includes(t));
    if (removed.length)
      throw new InvalidArgumentError('artifactTypes', `Saved artifact types cannot be removed from a registry (${removed.join(', ')})`);
    const added = types.filter((t) => !this.#savedTypes.includes(t));
    if (added.length && this.allowAllArtifactTypes) {
      throw new InvalidArgumentError(
        'artifactTypes',
        'The registry allows all artifact types; set allowAllArtifactTypes to false to restrict it to artifactTypes',
      );
    }
    if (this.description !== undefined && typeof this.description !== 'string')
      throw new InvalidArgumentError('description', 'description must be a string');
    const data = await this.ctx.transport.execute(
      UpsertRegistryDocument,
      {
        input: {
          entityName: this.entity,
          name: this.fullName,
          description: this.description ?? null,
          access,
          allowAllArtifactTypesInRegistry: this.allowAllArtifactTypes,
          artifactTypes: added.map((name) => ({ name })),
        },
      },
      options,
    );
    const project = data.upsertModel?.project;
    if (!project) throw new ServerError(`Saving registry ${this.name} returned nothing`, { operation: 'UpsertRegistry' });
    this.assign(project);
    return this;
  }

  // ── members ──

  private notFound(operation: string): NotFoundError {
    return new NotFoundError(`Registry ${this.name} was not found in organization ${this.organization}`, { operation });
  }

  /**
   * The users who are members of the registry, each with their role there.
   * @example
   * ```ts
   * for (const { user, role } of await registry.userMembers()) console.log(user.username, role);
   * ```
   */
  async userMembers(options: CallOptions = {}): Promise<RegistryUserMember[]> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(RegistryUserMembersDocument, { entity: this.entity, project: this.fullName }, options);
    if (!data.project) throw this.notFound('RegistryUserMembers');
    return data.project.members.map((m) => ({
      kind: 'user',
      user: { id: m.id, username: m.username ?? undefined, name: m.name ?? undefined, email: m.email ?? undefined },
      role: m.role.name,
    }));
  }

  /** The teams that are members of the registry, each with its role there. */
  async teamMembers(options: CallOptions = {}): Promise<RegistryTeamMember[]> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(RegistryTeamMembersDocument, { entity: this.entity, project: this.fullName }, options);
    if (!data.project) throw this.notFound('RegistryTeamMembers');
    return data.project.teamMembers.map((m) => ({ kind: 'team', team: new Team(this.ctx, m.team), role: m.role.name }));
  }

  /** The registry's members: its users, then its teams. */
  async members(options: CallOptions = {}): Promise<RegistryMember[]> {
    options = optionsOf(options);
    const [users, teams] = await Promise.all([this.userMembers(options), this.teamMembers(options)]);
    return [...users, ...teams];
  }

  /**
   * Adds users or teams to the registry (only the registry's admins may).
   * @param members `User`s, `Team`s, team `Member`s, registry members, or their GraphQL ids
   * @returns this registry
   * @throws {@link InvalidArgumentError} for an empty list or something that is no user or team, before any request;
   *   {@link PermissionError} when the key is not a registry admin's
   * @example
   * ```ts
   * await registry.addMembers([await api.team('ml-team')]);
   * await registry.updateMember(await api.team('ml-team'), 'viewer');
   * ```
   */
  async addMembers(members: RegistryMemberInput | readonly RegistryMemberInput[], options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const input = { projectId: this.id, ...memberIds(Array.isArray(members) ? members : [members]) };
    const data = await this.ctx.transport.execute(CreateRegistryMembersDocument, { input }, options);
    if (!data.createProjectMembers?.success)
      throw new ServerError(`Adding members to registry ${this.name} failed`, { operation: 'CreateRegistryMembers' });
    return this;
  }

  /**
   * Removes users or teams from the registry (only the registry's admins may).
   * @returns this registry
   * @throws {@link InvalidArgumentError} as {@link Registry.addMembers}; {@link PermissionError}
   */
  async removeMembers(members: RegistryMemberInput | readonly RegistryMemberInput[], options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const input = { projectId: this.id, ...memberIds(Array.isArray(members) ? members : [members]) };
    const data = await this.ctx.transport.execute(DeleteRegistryMembersDocument, { input }, options);
    if (!data.deleteProjectMembers?.success)
      throw new ServerError(`Removing members from registry ${this.name} failed`, { operation: 'DeleteRegistryMembers' });
    return this;
  }

  /**
   * Gives a user or team member of the registry another role (only the registry's admins may).
   * @param role `admin`, `member`, `viewer` or `restricted_viewer` (on servers that have it)
   * @returns this registry
   * @throws {@link InvalidArgumentError} for an unknown role or something that is no user or team, before any request;
   *   {@link NotFoundError} when they are not a member; {@link PermissionError}
   */
  async updateMember(member: RegistryMemberInput, role: RegistryRole, options: CallOptions = {}): Promise<this> {
    options = optionsOf(options);
    const { kind, id } = memberId(member, 'member');
    const checked = checkRole(role);
    if (kind === 'user') {
      const data = await this.ctx.transport.execute(
        UpdateRegistryUserRoleDocument,
        { input: { projectId: this.id, userId: id, userProjectRole: checked } },
        options,
      );
      if (!data.updateProjectMember?.success)
        throw new ServerError(`Changing a member's role in registry ${this.name} failed`, { operation: 'UpdateRegistryUserRole' });
    } else {
      const data = await this.ctx.transport.execute(
        UpdateRegistryTeamRoleDocument,
        { input: { projectId: this.id, teamId: id, teamProjectRole: checked } },
        options,
      );
      if (!data.updateProjectTeamMember?.success)
        throw new ServerError(`Changing a team's role in registry ${this.name} failed`, { operation: 'UpdateRegistryTeamRole' });
    }
    return this;
  }

  /** Deletes the registry and everything linked in it. This cannot be undone. */
  async delete(options: CallOptions = {}): Promise<void> {
    options = optionsOf(options);
    const data = await this.ctx.transport.execute(DeleteRegistryDocument, { input: { id: this.id } }, options);
    if (!data.deleteModel?.success) throw new ServerError(`Registry ${this.name} was not deleted`, { operation: 'DeleteRegistry' });
  }
}
