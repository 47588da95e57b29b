import { GraphQLError } from 'graphql';
import type { FakeContext } from './schema';
import type { EntityRecord } from './teams/records';
import type { ProjectRecord } from './projects/records';

/** Whether the viewer may see an entity's private things (member or instance admin). */
export function isMember(ctx: FakeContext, entity: EntityRecord | string): boolean {
  const record = typeof entity === 'string' ? ctx.store.entities.get(entity) : entity;
  if (ctx.viewer.admin) return true;
  return record !== undefined && (record.name === ctx.viewer.entity || record.members.includes(ctx.viewer.username));
}

/** Whether the viewer may see a project: members always, others when it is public. */
export function canReadProject(ctx: FakeContext, project: ProjectRecord): boolean {
  return isMember(ctx, project.entity) || project.access === 'USER_READ' || project.access === 'PUBLIC';
}

/** Throws W&B's "permission denied" unless the viewer may write to the entity. */
export function requireWrite(ctx: FakeContext, entity: string): void {
  if (!isMember(ctx, entity)) throw new GraphQLError(`permission denied: you are not a member of ${entity}`);
}

/** Throws unless the viewer is an instance admin. */
export function requireAdmin(ctx: FakeContext): void {
  if (!ctx.viewer.admin) throw new GraphQLError('permission denied: this needs instance admin rights');
}

/**
 * A record another record points at (a run's project, a chart's entity), for fields the schema
 * says are never null: one missing means the store was edited by hand, and the field fails as
 * a server's would.
 */
export function linked<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw new GraphQLError(`${what} not found`);
  return record;
}
