import type { FakeStore } from '../store';
import { projectKey } from '../projects/records';

/** Records of the registries area: what a registry project has beyond a plain project. */

/** Settings a registry project has beyond a plain project. */
export interface RegistrySettingsRecord {
  allowAllArtifactTypes: boolean;
}

/** The users and teams a project (a registry) lists as members, by username and team name, with their role names. */
export interface ProjectMembersRecord {
  users: Map<string, string>;
  teams: Map<string, string>;
}

/** The roles a registry member can have. */
export const REGISTRY_ROLES: readonly string[] = ['admin', 'member', 'viewer', 'restricted_viewer'];

/** The prefix of every registry project's name. */
export const REGISTRY_PREFIX = 'wandb-registry-';

/** The members table entry of a project, created empty when missing. */
export function projectMembers(store: FakeStore, entity: string, project: string): ProjectMembersRecord {
  const key = projectKey(entity, project);
  let record = store.projectMembers.get(key);
  if (!record) store.projectMembers.set(key, (record = { users: new Map(), teams: new Map() }));
  return record;
}

/** Registry settings of a project, when it is a registry. */
export function registrySettings(store: FakeStore, entity: string, project: string): RegistrySettingsRecord | undefined {
  return store.registrySettings.get(projectKey(entity, project));
}

/** Sets the registry settings of a project (which makes it a registry). */
export function setRegistrySettings(store: FakeStore, entity: string, project: string, settings: RegistrySettingsRecord): void {
  store.registrySettings.set(projectKey(entity, project), settings);
}

/** The registries area's tables. */
export function registryTables() {
  return {
    /** Registry settings of `wandb-registry-*` projects, by `entity/project`. */
    registrySettings: new Map<string, RegistrySettingsRecord>(),
    /** Users and teams a project (a registry) lists as members, with their roles, by `entity/project`. */
    projectMembers: new Map<string, ProjectMembersRecord>(),
  };
}
