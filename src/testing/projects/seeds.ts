import { wandbTime } from '../ids';
import { builder } from '../seedBuilder';
import { date, nonEmptyString, optional, shape, string, wandbName } from '../seedCheck';
import type { ProjectRecord } from './records';
import { newProject } from './resolvers';

/** Fields of `fake.seed.project()`. */
export interface ProjectSeed {
  name: string;
  /** @defaultValue the viewer's entity */
  entity?: string;
  description?: string;
  /** @defaultValue `'PRIVATE'` */
  access?: string;
  createdAt?: Date;
}

const projectSeed = shape<ProjectSeed>('ProjectSeed', {
  name: wandbName,
  entity: optional(wandbName),
  description: optional(string),
  access: optional(nonEmptyString),
  createdAt: optional(date),
});

/** The projects area's seed builders. */
export const projectSeeds = {
  /** Adds a project (and its entity, as a team, when missing). */
  project: builder(({ store, viewer, seed: seeder }, seed: ProjectSeed): ProjectRecord => {
    const entity = seed.entity ?? viewer.entity;
    if (!store.entities.has(entity)) seeder.entity({ name: entity });
    const existing = store.project(entity, seed.name);
    if (existing) return existing;
    const created = seed.createdAt ? wandbTime(seed.createdAt) : undefined;
    return newProject(
      { store },
      {
        entity,
        name: seed.name,
        description: seed.description ?? null,
        access: seed.access ?? 'PRIVATE',
        user: viewer.username,
        ...(created ? { createdAt: created, updatedAt: created } : {}),
      },
    );
  }).checks([{ name: '', check: projectSeed }]),
};
