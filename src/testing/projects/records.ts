/** Records of the projects area. */

/** A project of an entity. */
export interface ProjectRecord {
  id: string;
  internalId: string;
  entity: string;
  name: string;
  description: string | null;
  access: string;
  readOnly: boolean;
  isBenchmark: boolean;
  /** Username of the creator. */
  user: string | null;
  views: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The key of a project in the projects table. */
export function projectKey(entity: string, project: string): string {
  return `${entity}/${project}`;
}

/** The projects area's tables. */
export function projectTables() {
  return {
    /** Projects by `entity/project`. */
    projects: new Map<string, ProjectRecord>(),
  };
}
