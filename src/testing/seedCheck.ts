/**
 * Declarative checks of seed builders' arguments: each builder's argument is described once, field
 * by field, with the small checks below, and the same description serves the builders (which
 * throw the first problem as an `InvalidArgumentError`) and JSON seed data (which reports every
 * problem with its path).
 */
import { describeValue } from '../client/errors';
import { isOptionsObject } from '../client/options';
import { checkName } from '../client/paths';

/** One problem with a seed argument. */
export interface SeedProblem {
  /** Where in the argument: `id`, `history[2]`, `files["a b.txt"]`; empty for the argument itself. */
  readonly path: string;
  /** What is wrong, worded to follow the path: `must be a non-empty string, got 7`. */
  readonly message: string;
}

/** Where a check runs and what it found. */
export interface CheckContext {
  /** The builder, for messages (`run`). */
  readonly builder: string;
  /** Checking JSON seed data: unknown fields are problems, and dates and bytes are named as JSON writes them. */
  readonly json: boolean;
  readonly problems: SeedProblem[];
}

/** A check of one value; a value that passes has type `T`. */
export interface Check<T> {
  /** What the value must be, for messages: `a non-empty string`. */
  readonly expected: string;
  /** The rule behind `expected`, added when a value breaks it: `not empty, without spaces`. */
  readonly hint?: string;
  /** What the value must be in JSON seed data, when JSON writes it differently (dates, bytes). */
  readonly jsonExpected?: string;
  /** Objects and lists: {@link either} reports the problems inside the one alternative of the value's kind. */
  readonly kind?: 'object' | 'list';
  /** Adds the problems of `value`, found at `path`, to `ctx.problems`. */
  readonly test: (value: unknown, path: string, ctx: CheckContext) => void;
  /** Type only: what a passing value is. */
  readonly _type?: T;
}

/** An optional field: left out (or `undefined`) it passes; given, it must pass `check`. */
export interface Optional<T> {
  readonly optional: Check<T>;
}

/**
 * The checks of an object type's fields, one per field of `T`: a field `T` declares optional must
 * be {@link optional}, a required one a plain check, and each check must accept only values of the
 * field's declared type. So a seed type that gains a field does not compile until its check does.
 */
export type Fields<T> = {
  readonly [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? Optional<Exclude<T[K], undefined>> : Check<T[K]>;
};

/** Marks a field optional. */
export function optional<T>(check: Check<T>): Optional<T> {
  return { optional: check };
}

/** `path` + `.key` (or `["key"]` for keys that are not identifiers). */
export function fieldPath(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

function got(value: unknown): string {
  if (value instanceof Date && Number.isNaN(value.getTime())) return 'an invalid Date';
  return describeValue(value);
}

/** Records that `value` at `path` is not what `check` expects. */
function refuse(check: Pick<Check<unknown>, 'expected' | 'hint' | 'jsonExpected'>, value: unknown, path: string, ctx: CheckContext): void {
  const expected = ctx.json && check.jsonExpected ? check.jsonExpected : `${check.expected}${check.hint ? ` (${check.hint})` : ''}`;
  ctx.problems.push({ path, message: `must be ${expected}, got ${got(value)}` });
}

/** A check of a single value by a predicate; `more` gives its {@link Check.hint} and {@link Check.jsonExpected}. */
export function leaf<T>(expected: string, ok: (value: unknown) => boolean, more: { hint?: string; json?: string } = {}): Check<T> {
  const check: Check<T> = {
    expected,
    ...(more.hint ? { hint: more.hint } : {}),
    ...(more.json ? { jsonExpected: more.json } : {}),
    test: (value, path, ctx) => {
      if (!ok(value)) refuse(check, value, path, ctx);
    },
  };
  return check;
}

/** Whether `value` is an object to read fields from: an object literal or class instance, not an array, `Map`, `Date`, ... */
export function isObject(value: unknown): value is Record<string, unknown> {
  return isOptionsObject(value);
}

// ── leaf checks ──

/** Any string, the empty one included (descriptions, notes). */
export const string = leaf<string>('a string', (v) => typeof v === 'string');

/** A string with at least one character. */
export const nonEmptyString = leaf<string>('a non-empty string', (v) => typeof v === 'string' && v.length > 0);

/** A string with something besides white space. */
export const nonBlankString = leaf<string>('a non-blank string', (v) => typeof v === 'string' && v.trim().length > 0);

/**
 * A W&B name that can stand in a path (entity, project, run id, username, ...): what the SDK
 * accepts as a path segment.
 */
export const wandbName = leaf<string>('a W&B name', isWandbName, { hint: 'not empty, at most 256 characters, without spaces or / : ? # % \\' });

/** Whether `value` is a {@link wandbName}. */
export function isWandbName(value: unknown): value is string {
  try {
    checkName(value, 'name');
    return true;
  } catch {
    return false;
  }
}

/** A W&B team name, as `createTeam` takes it. */
export const teamName = leaf<string>('a team name', (v) => typeof v === 'string' && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(v), {
  hint: 'lowercase letters, digits, - and _, starting with a letter or digit, at most 64 characters',
});

export const boolean = leaf<boolean>('a boolean', (v) => typeof v === 'boolean');

/** A number that is not `NaN` or infinite. */
export const finite = leaf<number>('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));

/** An integer of at least `min`. */
export function integer(min: number): Check<number> {
  return leaf<number>(min === 0 ? 'an integer >= 0' : `an integer >= ${min}`, (v) => typeof v === 'number' && Number.isInteger(v) && v >= min);
}

/** A `Date` that holds a time. */
export const date = leaf<Date>('a valid Date', (v) => v instanceof Date && !Number.isNaN(v.getTime()), {
  json: 'a date ({"$date": "<ISO 8601>"}, or an ISO 8601 string in a top-level *At field)',
});

/** File contents: text (stored as UTF-8) or bytes. */
export const bytes = leaf<string | Uint8Array>('a string or a Uint8Array', (v) => typeof v === 'string' || v instanceof Uint8Array, {
  json: 'a string or {"$base64": "..."}',
});

/** A function (its results are checked where the builder calls it). */
export function func<F>(): Check<F> {
  return leaf<F>('a function', (v) => typeof v === 'function', { json: 'a function (which JSON cannot hold)' });
}

/** One of a few values. */
export function oneOf<const V extends string>(...values: readonly V[]): Check<V> {
  return leaf<V>(`one of ${values.map((v) => JSON.stringify(v)).join(', ')}`, (v) => (values as readonly unknown[]).includes(v));
}

/** Any value at all (a filter's operand). */
export const anything = leaf<unknown>('any value', () => true);

/** An object with any fields (config, summary, metadata). */
export const plainObject = leaf<Record<string, unknown>>('an object', isObject);

/** `check`, or `null`. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return {
    expected: `${check.expected} or null`,
    test: (value, path, ctx) => {
      if (value !== null) check.test(value, path, ctx);
    },
  };
}

// ── compound checks ──

/** A list whose items all pass `item`. */
export function list<T>(item: Check<T>, expected: string): Check<T[]> {
  return {
    expected,
    kind: 'list',
    test: (value, path, ctx) => {
      if (!Array.isArray(value)) return refuse({ expected }, value, path, ctx);
      value.forEach((v, i) => item.test(v, `${path}[${i}]`, ctx));
    },
  };
}

/** A list of strings, each checked by `item`. */
export function strings(item: Check<string> = string, expected = 'a list of strings'): Check<string[]> {
  return list(item, expected);
}

/** History rows and other lists of objects. */
export const rows = list(plainObject, 'a list of objects');

/** An object whose keys pass `key` and whose values pass `value` (files by path, links by label). */
export function record<T>(value: Check<T>, expected: string, key?: Check<string>): Check<Record<string, T>> {
  return {
    expected,
    kind: 'object',
    test: (v, path, ctx) => {
      if (!isObject(v)) return refuse({ expected }, v, path, ctx);
      for (const [k, item] of Object.entries(v)) {
        const at = fieldPath(path, k);
        if (key) {
          const before = ctx.problems.length;
          key.test(k, at, ctx);
          // Said of the key, not of the value found there.
          for (let i = before; i < ctx.problems.length; i++)
            ctx.problems[i] = { path: at, message: `is not a valid key: it must be ${key.expected}` };
          if (ctx.problems.length > before) continue;
        }
        value.test(item, at, ctx);
      }
    },
  };
}

/** Options of {@link shape}. */
export interface ShapeOptions<T> {
  /** Checks across fields, run when every field passed (`user` or `team`, not both). */
  rules?: (value: T, path: string, ctx: CheckContext) => void;
}

/**
 * An object with the given fields. `what` names it in messages (the seed type: `RunSeed`). In
 * JSON seed data, fields it does not know are problems too (a misspelt field is never ignored).
 */
export function shape<T>(what: string, fields: Fields<T>, options: ShapeOptions<T> = {}): Check<T> {
  const expected = `an object (${what})`;
  const entries = Object.entries(fields) as Array<[string, Check<unknown> | Optional<unknown>]>;
  const known = new Set(entries.map(([key]) => key));
  return {
    expected,
    kind: 'object',
    test: (value, path, ctx) => {
      if (!isObject(value)) return refuse({ expected }, value, path, ctx);
      const before = ctx.problems.length;
      for (const [key, spec] of entries) {
        const v = value[key];
        const at = fieldPath(path, key);
        if ('optional' in spec) {
          if (v !== undefined) spec.optional.test(v, at, ctx);
        } else if (v === undefined) {
          ctx.problems.push({ path: at, message: `is required (${spec.expected})` });
        } else {
          spec.test(v, at, ctx);
        }
      }
      if (ctx.json) {
        for (const key of Object.keys(value)) {
          if (known.has(key)) continue;
          const message = path ? `unknown field: ${what} has no field "${key}"` : `unknown field: seed.${ctx.builder}() does not use "${key}"`;
          ctx.problems.push({ path: fieldPath(path, key), message });
        }
      }
      if (options.rules && ctx.problems.length === before) options.rules(value as T, path, ctx);
    },
  };
}

/**
 * One of several types. A value none accepts is reported as not being any of them, or, when only
 * one alternative is of its kind (an object, a list), with that alternative's own problems (the
 * field of a `{ uri, digest }` reference that is wrong, rather than "a string or an object").
 */
export function either<A, B>(a: Check<A>, b: Check<B>): Check<A | B> {
  const expected = `${a.expected} or ${b.expected}`;
  const jsonExpected = a.jsonExpected || b.jsonExpected ? `${a.jsonExpected ?? a.expected} or ${b.jsonExpected ?? b.expected}` : undefined;
  // Hints are left out: a union's message names its alternatives.
  return {
    expected,
    ...(jsonExpected ? { jsonExpected } : {}),
    test: (value, path, ctx) => {
      const tries = [a, b].map((check) => {
        const scratch: CheckContext = { builder: ctx.builder, json: ctx.json, problems: [] };
        check.test(value, path, scratch);
        return { check, problems: scratch.problems };
      });
      if (tries.some((t) => t.problems.length === 0)) return;
      const kind = Array.isArray(value) ? 'list' : isObject(value) ? 'object' : undefined;
      const sameKind = tries.filter((t) => kind && t.check.kind === kind);
      if (sameKind.length === 1) ctx.problems.push(...(sameKind[0]?.problems ?? []));
      else refuse({ expected, ...(jsonExpected ? { jsonExpected } : {}) }, value, path, ctx);
    },
  };
}

/**
 * An object of one of several shapes, picked by `pick` from the object (by a `type` field, or by
 * which fields it has). `pick` returns a problem's message when it cannot tell.
 */
export function variants<T>(expected: string, pick: (value: Record<string, unknown>) => Check<T> | { field: string; message: string }): Check<T> {
  return {
    expected,
    kind: 'object',
    test: (value, path, ctx) => {
      if (!isObject(value)) return refuse({ expected }, value, path, ctx);
      const chosen = pick(value);
      if ('test' in chosen) chosen.test(value, path, ctx);
      else ctx.problems.push({ path: fieldPath(path, chosen.field), message: chosen.message });
    },
  };
}

/** A check defined later (a recursive type such as a report's nested filters). */
export function lazy<T>(expected: string, get: () => Check<T>): Check<T> {
  return { expected, kind: 'object', test: (value, path, ctx) => get().test(value, path, ctx) };
}

// ── checks several areas share ──

/** A list of W&B names (usernames, team names, run ids). */
export const names = strings(wandbName, 'a list of W&B names');

/** A list of tags and other non-empty strings. */
export const tags = strings(nonEmptyString, 'a list of non-empty strings');

/** A record a builder made earlier (an artifact version, a queue), checked against the store by the builder. */
export function recordOf<T>(what: string): Check<T> {
  return leaf<T>(what, (v) => isObject(v) && typeof v.id === 'string', { json: `${what} (which JSON cannot hold)` });
}

/** The variant of an object chosen by its `type` field. */
export function byType<T>(what: string, table: Record<string, Check<T>>): Check<T> {
  const types = Object.keys(table);
  return variants<T>(`an object (${what}) whose type is ${types.map((t) => JSON.stringify(t)).join(' or ')}`, (value) => {
    const chosen = typeof value.type === 'string' && Object.hasOwn(table, value.type) ? table[value.type] : undefined;
    if (chosen) return chosen;
    const given =
      value.type === undefined
        ? 'is required'
        : `must be ${types.map((t) => JSON.stringify(t)).join(' or ')}, got ${JSON.stringify(value.type) ?? String(value.type)}`;
    return { field: 'type', message: value.type === undefined ? `${given} (${types.map((t) => JSON.stringify(t)).join(' or ')})` : given };
  });
}
