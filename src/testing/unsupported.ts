import { GraphQLError } from 'graphql';
import type { FakeContext } from './schema';

/**
 * Refuses a field the store marks as unsupported (`store.unsupportedFields`), with the
 * validation error a W&B server whose schema lacks the field gives.
 */
export function requireSupported(ctx: FakeContext, typeAndField: string): void {
  if (!ctx.store.unsupportedFields.has(typeAndField)) return;
  const [type, field] = typeAndField.split('.');
  throw new GraphQLError(`Cannot query field "${field}" on type "${type}".`);
}

/** Whether the viewer administers an entity: its own, a team listing them as admin, or as instance admin. */
export function isEntityAdmin(ctx: FakeContext, entityName: string): boolean {
  if (ctx.viewer.admin) return true;
  const entity = ctx.store.entities.get(entityName);
  if (!entity) return false;
  return entity.name === ctx.viewer.entity || entity.admins.includes(ctx.viewer.username);
}

/** Throws W&B's "permission denied" unless the viewer administers the entity. */
export function requireEntityAdmin(ctx: FakeContext, entityName: string, what: string): void {
  if (!isEntityAdmin(ctx, entityName)) throw new GraphQLError(`permission denied: only admins of ${entityName} may ${what}`);
}

/** Parses a JSONString argument into an object, or fails as the server does. */
export function parseJsonObjectArg(text: string | null | undefined, field: string): Record<string, unknown> | undefined {
  if (text === null || text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new GraphQLError(`${field} is not valid JSON`);
  }
  if (value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new GraphQLError(`${field} must be a JSON object`);
  return value as Record<string, unknown>;
}
