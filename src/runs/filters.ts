import { InvalidArgumentError, describeValue } from '../client/errors';

/**
 * W&B's run filters: Mongo-style documents (`{ state: 'finished', 'config.lr': { $gte: 0.01 } }`)
 * sent as a JSON string. This module checks them before anything is sent and offers {@link where},
 * a typed way to build them.
 */

/** A value a filter compares with. Dates are sent as ISO 8601 strings. */
export type FilterValue = string | number | boolean | null | Date;

/** Comparison operators on one field, as W&B takes them. */
export interface FieldOperators<T extends FilterValue = FilterValue> {
  $eq?: T;
  $ne?: T;
  $gt?: T;
  $gte?: T;
  $lt?: T;
  $lte?: T;
  $in?: readonly T[];
  $nin?: readonly T[];
  /** All of these values (for list fields such as `tags`). */
  $all?: readonly T[];
  $exists?: boolean;
  /** A regular expression, as a string (`'^cnn-'`). */
  $regex?: string;
}

/** What a field is matched against: a value (equality, or membership for `tags`), a list, or operators. */
export type FieldCondition<T extends FilterValue = FilterValue> = T | readonly T[] | FieldOperators<T>;

/**
 * A W&B run filter document. Keys are field paths (`state`, `displayName`, `tags`, `group`,
 * `jobType`, `createdAt`, `heartbeatAt`, `sweep`, `username`, `config.<key>`,
 * `config.<key>.value`, `summary_metrics.<key>`, ...) or the logical operators `$and`, `$or`,
 * `$nor`, which take lists of filter documents.
 */
export type RunFilters = { readonly [field: string]: FieldCondition | readonly RunFilters[] | undefined };

/** The logical operators, which combine whole filter documents. */
export const LOGICAL_OPERATORS: readonly string[] = ['$and', '$or', '$nor'];
/** The operators W&B applies to one field. */
export const FIELD_OPERATORS: readonly string[] = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$all', '$exists', '$regex'];

const LIST_OPERATORS = new Set(['$in', '$nin', '$all']);
/** Fields W&B compares as timestamps. */
const DATE_FIELDS = new Set(['createdAt', 'created_at', 'heartbeatAt', 'heartbeat_at', 'updatedAt', 'updated_at']);

function fail(path: string, message: string): never {
  throw new InvalidArgumentError('filters', `filters${path}: ${message}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A JSON value with Dates as ISO strings; anything JSON would drop or mangle is refused. */
function jsonValue(value: unknown, path: string, seen: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(path, `${value} cannot be sent as JSON`);
    return value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(path, 'is an invalid Date');
    return value.toISOString();
  }
  if (Array.isArray(value) || isPlainObject(value)) {
    if (seen.has(value)) fail(path, 'refers to itself, so it cannot be sent as JSON');
    seen.add(value);
    const out = Array.isArray(value)
      ? Array.from(value, (item, i) => jsonValue(item, `${path}[${i}]`, seen))
      : Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, jsonValue(v, `${path}.${k}`, seen)]),
        );
    seen.delete(value);
    return out;
  }
  return fail(path, `${describeValue(value)}${typeof value === 'bigint' ? ' (a bigint)' : ''} cannot be sent as JSON`);
}

/** A timestamp operand: an ISO 8601 string (Dates arrive as one), milliseconds, or null. */
function checkTimestamp(field: string, value: unknown, path: string): void {
  if (value === null || typeof value === 'number') return;
  if (typeof value !== 'string')
    fail(path, `${field} is compared with timestamps (a Date, an ISO 8601 string or milliseconds), got ${describeValue(value)}`);
  // W&B's own timestamps carry no zone and are UTC.
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(value) || !value.includes('T') ? value : `${value}Z`;
  if (Number.isNaN(new Date(iso).getTime())) fail(path, `${JSON.stringify(value)} is not a timestamp`);
}

function checkCondition(field: string, condition: unknown, path: string): void {
  const isDate = DATE_FIELDS.has(field);
  if (!isPlainObject(condition)) {
    if (isDate && !Array.isArray(condition)) checkTimestamp(field, condition, path);
    return;
  }
  const keys = Object.keys(condition);
  const operators = keys.filter((k) => k.startsWith('$'));
  if (operators.length === 0) {
    if (isDate) checkTimestamp(field, condition, path);
    return;
  }
  if (operators.length !== keys.length) fail(path, `mixes operators with plain keys (${keys.join(', ')})`);
  for (const operator of operators) {
    const value = condition[operator];
    const at = `${path}.${operator}`;
    if (!FIELD_OPERATORS.includes(operator)) {
      fail(at, `unknown operator ${operator} on ${field}; W&B takes ${FIELD_OPERATORS.join(' ')}`);
    }
    if (LIST_OPERATORS.has(operator) && !Array.isArray(value)) fail(at, `${operator} needs a list`);
    if (operator === '$exists' && typeof value !== 'boolean') fail(at, '$exists needs true or false');
    if (isDate && operator !== '$exists' && operator !== '$regex') {
      if (Array.isArray(value)) value.forEach((item, i) => checkTimestamp(field, item, `${at}[${i}]`));
      else checkTimestamp(field, value, at);
    }
    if (operator === '$regex') {
      if (typeof value !== 'string') fail(at, '$regex needs a string');
      try {
        new RegExp(value);
      } catch {
        fail(at, `${JSON.stringify(value)} is not a valid regular expression`);
      }
    }
  }
}

function checkDocument(filters: unknown, path: string): void {
  if (!isPlainObject(filters)) fail(path, `expected a filter object, got ${Array.isArray(filters) ? 'a list' : describeValue(filters)}`);
  for (const [key, value] of Object.entries(filters)) {
    const at = `${path}.${key}`;
    if (LOGICAL_OPERATORS.includes(key)) {
      if (!Array.isArray(value) || value.length === 0) fail(at, `${key} needs a non-empty list of filter objects`);
      value.forEach((child, i) => checkDocument(child, `${at}[${i}]`));
    } else if (key.startsWith('$')) {
      fail(at, `unknown operator ${key} at the top of a filter; use ${LOGICAL_OPERATORS.join(', ')} there, and field operators under a field name`);
    } else if (key.length === 0) {
      fail(at, 'has an empty field name');
    } else {
      if (key === 'tags') checkTags(value, at);
      checkCondition(key, value, at);
    }
  }
}

function checkTags(value: unknown, path: string): void {
  const lists = Array.isArray(value)
    ? [value]
    : isPlainObject(value)
      ? Object.entries(value)
          .filter(([k]) => LIST_OPERATORS.has(k))
          .map(([, v]) => v)
      : [];
  for (const list of lists) {
    if (Array.isArray(list) && Array.from(list).some((tag) => typeof tag !== 'string')) fail(path, 'tags are strings');
  }
}

/**
 * Checks a filter document and returns its JSON text, or throws an
 * {@link InvalidArgumentError} (argument `filters`) that names the offending path.
 */
export function encodeRunFilters(filters: RunFilters | undefined): string | null {
  if (filters === undefined || filters === null) return null;
  const value = jsonValue(filters, '', new Set());
  checkDocument(value, '');
  return JSON.stringify(value);
}

const ORDER =
  /^[+-]?(created_at|createdAt|heartbeat_at|heartbeatAt|updated_at|updatedAt|name|display_name|displayName|state|(config|summary_metrics|system_metrics)\.[^\s]+)$/;

/** The order W&B sorts runs by: `[+-]created_at`, `heartbeat_at`, `config.<key>.value`, `summary_metrics.<key>`, ... */
export type RunOrder =
  | `${'' | '+' | '-'}${'created_at' | 'heartbeat_at' | 'updated_at' | 'name' | 'display_name' | 'state'}`
  | `${'' | '+' | '-'}${'config' | 'summary_metrics' | 'system_metrics'}.${string}`;

/** Checks an order string; `undefined` gives W&B's default, oldest first. */
export function checkRunOrder(order: string | undefined): string {
  if (order === undefined || order === '') return '+created_at';
  if (typeof order !== 'string' || !ORDER.test(order)) {
    throw new InvalidArgumentError(
      'order',
      `order ${describeValue(order)} is not one W&B sorts runs by; expected [+-]created_at, heartbeat_at, updated_at, name, display_name, state, config.<key>.value or summary_metrics.<key>`,
    );
  }
  return order;
}

/** Builds the condition on one field; each method returns a filter document. */
export class FieldFilter<T extends FilterValue = FilterValue> {
  /** @param field the field path W&B filters on (`state`, `config.lr`, `summary_metrics.loss`, ...) */
  constructor(readonly field: string) {}

  private doc(condition: FieldCondition<T>): RunFilters {
    return { [this.field]: condition } as RunFilters;
  }

  /** Equal to `value` (for `tags`: has that tag). */
  eq(value: T): RunFilters {
    return this.doc({ $eq: value });
  }
  /** Not equal to `value`. */
  ne(value: T): RunFilters {
    return this.doc({ $ne: value });
  }
  /** Greater than `value`. */
  gt(value: T): RunFilters {
    return this.doc({ $gt: value });
  }
  /** At least `value`. */
  gte(value: T): RunFilters {
    return this.doc({ $gte: value });
  }
  /** Less than `value`. */
  lt(value: T): RunFilters {
    return this.doc({ $lt: value });
  }
  /** At most `value`. */
  lte(value: T): RunFilters {
    return this.doc({ $lte: value });
  }
  /** From `low` to `high`, both included. */
  between(low: T, high: T): RunFilters {
    return this.doc({ $gte: low, $lte: high });
  }
  /** One of `values`. */
  in(values: readonly T[]): RunFilters {
    return this.doc({ $in: values });
  }
  /** None of `values`. */
  nin(values: readonly T[]): RunFilters {
    return this.doc({ $nin: values });
  }
  /** The field is set (`true`) or not set (`false`). */
  exists(present = true): RunFilters {
    return this.doc({ $exists: present });
  }
  /** Matches a regular expression (given as a string or a `RegExp` without flags). */
  regex(pattern: string | RegExp): RunFilters {
    if (pattern instanceof RegExp && pattern.flags) throw new InvalidArgumentError('pattern', 'W&B regular expressions take no flags');
    return this.doc({ $regex: pattern instanceof RegExp ? pattern.source : pattern });
  }
}

/** Conditions on a run's tags. */
export class TagsFilter {
  /** Has this tag. */
  has(tag: string): RunFilters {
    return { tags: tag };
  }
  /** Has at least one of these tags. */
  hasAny(tags: readonly string[]): RunFilters {
    return { tags: { $in: tags } };
  }
  /** Has every one of these tags. */
  hasAll(tags: readonly string[]): RunFilters {
    return { tags: { $all: tags } };
  }
  /** Has none of these tags. */
  hasNone(tags: readonly string[]): RunFilters {
    return { tags: { $nin: tags } };
  }
}

/** A run's state, as W&B reports it. */
export type RunState = 'running' | 'finished' | 'crashed' | 'failed' | 'killed' | 'preempting' | 'preempted' | 'pending';

function combine(operator: '$and' | '$or' | '$nor', parts: readonly RunFilters[]): RunFilters {
  if (parts.length === 0) throw new InvalidArgumentError('filters', `${operator} needs at least one filter`);
  return { [operator]: parts };
}

/**
 * A typed builder for W&B run filters. Every method returns a plain filter document; combine
 * them with `where.and()`, `where.or()` and `where.nor()`.
 *
 * @example
 * ```ts
 * import { where } from 'wandb-api';
 * const runs = api.runs('team/project', {
 *   filters: where.and(
 *     where.state.in(['finished', 'crashed']),
 *     where.config('lr').gte(0.001),
 *     where.summary('loss').lt(0.5),
 *     where.tags.has('baseline'),
 *     where.createdAt.gte(new Date('2026-01-01')),
 *   ),
 * });
 * ```
 */
export const where = {
  /** Every filter holds. */
  and: (...parts: RunFilters[]): RunFilters => combine('$and', parts),
  /** At least one filter holds. */
  or: (...parts: RunFilters[]): RunFilters => combine('$or', parts),
  /** No filter holds. */
  nor: (...parts: RunFilters[]): RunFilters => combine('$nor', parts),
  /** Any field by its W&B path. */
  field: <T extends FilterValue = FilterValue>(path: string): FieldFilter<T> => new FieldFilter<T>(path),
  /** A config value (matched unwrapped, as the run's `config` shows it). */
  config: <T extends FilterValue = FilterValue>(key: string): FieldFilter<T> => new FieldFilter<T>(`config.${key}`),
  /** A summary metric. */
  summary: <T extends FilterValue = FilterValue>(key: string): FieldFilter<T> => new FieldFilter<T>(`summary_metrics.${key}`),
  state: new FieldFilter<RunState>('state'),
  /** The run id. */
  name: new FieldFilter<string>('name'),
  displayName: new FieldFilter<string>('displayName'),
  group: new FieldFilter<string>('group'),
  jobType: new FieldFilter<string>('jobType'),
  /** The sweep id the run belongs to. */
  sweep: new FieldFilter<string>('sweep'),
  /** The owner's username. */
  username: new FieldFilter<string>('username'),
  createdAt: new FieldFilter<Date | string>('createdAt'),
  heartbeatAt: new FieldFilter<Date | string>('heartbeatAt'),
  tags: new TagsFilter(),
} as const;
