import { InvalidArgumentError } from '../client/errors';
import { REGISTRY_PREFIX } from '../artifacts/names';
import { checkMongoFilter } from '../client/mongo';

/** A Mongo-style filter, as W&B's registry search takes it. */
export type RegistryFilter = Record<string, unknown>;

/** Fields a registry filter may name, as the Python client allows them. */
export const REGISTRY_FILTER_FIELDS = ['name', 'description', 'created_at', 'updated_at'] as const;
/** Fields a registry collection filter may name. */
export const COLLECTION_FILTER_FIELDS = ['name', 'tag', 'description', 'created_at', 'updated_at'] as const;
/** Fields a registry version filter may name (`metadata.<key>` too). */
export const VERSION_FILTER_FIELDS = ['tag', 'alias', 'created_at', 'updated_at', 'metadata'] as const;

const LOGICAL = new Set(['$and', '$or', '$nor']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks a filter's field names (inside `$and`, `$or` and `$nor` too) against `allowed`;
 * `metadata.<key>` counts as `metadata`.
 * @throws {@link InvalidArgumentError} naming the field, before anything is sent
 */
export function checkFilter(filter: unknown, argument: string, allowed: readonly string[]): RegistryFilter {
  checkMongoFilter(filter, argument);
  if (!isPlainObject(filter)) throw new InvalidArgumentError(argument, `${argument} must be an object such as { name: 'x' }`);
  for (const [key, value] of Object.entries(filter)) {
    if (LOGICAL.has(key)) {
      if (!Array.isArray(value)) throw new InvalidArgumentError(argument, `${argument}: ${key} takes an array of filters`);
      for (const part of value) checkFilter(part, argument, allowed);
    } else if (key.startsWith('$')) {
      throw new InvalidArgumentError(
        argument,
        `${argument}: ${key} cannot be used at the top level; use it on a field, such as { name: { ${key}: ... } }`,
      );
    } else if (!allowed.includes(key) && !(allowed.includes('metadata') && key.startsWith('metadata.'))) {
      throw new InvalidArgumentError(argument, `${argument}: ${JSON.stringify(key)} is not a field it can filter on; use ${allowed.join(', ')}`);
    }
  }
  return filter;
}

function prefixed(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith(REGISTRY_PREFIX) ? value : `${REGISTRY_PREFIX}${value}`;
  if (Array.isArray(value)) return value.map(prefixed);
  if (isPlainObject(value)) {
    // A pattern is left as written: the caller may mean a part of the full name.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$regex' ? v : prefixed(v)]));
  }
  return value;
}

/** Registry names as users write them (`model`) become project names (`wandb-registry-model`). */
export function withRegistryPrefix(filter: RegistryFilter): RegistryFilter {
  return Object.fromEntries(
    Object.entries(filter).map(([key, value]) => {
      if (LOGICAL.has(key) && Array.isArray(value)) return [key, value.map((part) => (isPlainObject(part) ? withRegistryPrefix(part) : part))];
      return [key, key === 'name' ? prefixed(value) : value];
    }),
  );
}
