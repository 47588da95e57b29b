import { InvalidArgumentError } from '../client/errors';
import type { FakeSeeder } from './seed';
import { hasSeedSpec, seedProblems } from './seed';

/**
 * Seed data as JSON: each key names a builder of `fake.seed` (in the plural or as the method's
 * name) and holds a list of that builder's arguments.
 *
 * @example
 * ```json
 * {
 *   "entities": [{ "name": "my-team" }],
 *   "projects": [{ "entity": "my-team", "name": "mnist" }],
 *   "runs": [{ "entity": "my-team", "project": "mnist", "id": "r1", "summary": { "acc": 0.9 },
 *              "createdAt": "2026-01-05T09:00:00Z" }]
 * }
 * ```
 */
export interface FakeSeedData {
  readonly [builder: string]: unknown;
}

/** One problem found in seed data, with the path of the bad entry (`runs[3].confg`). */
export interface SeedIssue {
  readonly path: string;
  readonly message: string;
}

/** What applying seed data did. */
export interface SeedResult {
  /** Entries applied, by key. */
  readonly counts: Record<string, number>;
  readonly issues: SeedIssue[];
}

/** Keys applied before the others, whatever their place in the file: later entries refer to them. */
const FIRST = ['users', 'organizations', 'entities', 'teams', 'projects'];
const MAX_ISSUES = 50;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The builder methods of a seeder: its public methods, other areas' included. */
export function seedBuilderNames(seeder: FakeSeeder): string[] {
  const names = new Set<string>();
  for (
    let proto = Object.getPrototypeOf(seeder) as object | null;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      if (typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') names.add(name);
    }
  }
  return [...names].sort();
}

/** `entity` → `entities`, `run` → `runs`, `alias` → `aliases`. */
export function pluralOf(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

/**
 * The builder a key names. A plural key means one entry per item, so the builder whose plural it
 * is comes first (`runs` → `run()`, even though a bulk `runs()` builder exists too).
 */
function builderFor(key: string, names: readonly string[]): string | undefined {
  return names.find((name) => pluralOf(name) === key) ?? (names.includes(key) ? key : undefined);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * JSON has no dates or bytes: `{ "$date": "..." }` becomes a `Date`, `{ "$base64": "..." }` a
 * `Uint8Array`, and a string in a top-level field ending in `At` (`createdAt`) a `Date`.
 */
function revive(value: unknown, path: string, issues: SeedIssue[], dateField: boolean): unknown {
  if (typeof value === 'string' && dateField) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) issues.push({ path, message: `expected an ISO 8601 date, got ${JSON.stringify(value)}` });
    return new Date(time);
  }
  if (Array.isArray(value)) return value.map((item, i) => revive(item, `${path}[${i}]`, issues, false));
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === '$date') {
    const time = typeof value.$date === 'string' || typeof value.$date === 'number' ? new Date(value.$date).getTime() : NaN;
    if (Number.isNaN(time)) issues.push({ path, message: `$date: expected an ISO 8601 date, got ${JSON.stringify(value.$date)}` });
    return new Date(time);
  }
  if (keys.length === 1 && keys[0] === '$base64') {
    if (typeof value.$base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value.$base64)) {
      issues.push({ path, message: '$base64: expected a base64 string' });
      return new Uint8Array();
    }
    return Uint8Array.from(atob(value.$base64), (c) => c.charCodeAt(0));
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = revive(value[key], `${path}.${key}`, issues, false);
  return out;
}

/** A view of `entry` that records which fields the builder looked at. */
function tracked(entry: Record<string, unknown>): { proxy: Record<string, unknown>; read: Set<string> } {
  const read = new Set<string>();
  const note = (key: string | symbol) => {
    if (typeof key === 'string') read.add(key);
  };
  const proxy = new Proxy(entry, {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { proxy, read };
}

/** Options of {@link applySeedData}. */
export interface ApplySeedOptions {
  /** A key the user already has, kept when a `users` entry re-seeds them without `apiKey`. */
  existingKey?: (username: string) => string | undefined;
}

/**
 * An error a builder threw, at the path of the field it names (`invites[0].team`) when it is the
 * builder's own `InvalidArgumentError` (`seed.invite.team`).
 */
function builderIssue(method: string, path: string, error: unknown): SeedIssue {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = `seed.${method}`;
  if (
    !(error instanceof InvalidArgumentError) ||
    (error.argument !== prefix && !error.argument.startsWith(`${prefix}.`) && !error.argument.startsWith(`${prefix}[`))
  ) {
    return { path, message };
  }
  const field = error.argument.slice(prefix.length).replace(/^\./, '');
  const subject = `${prefix}(): ${field || 'the argument'} `;
  return { path: issuePath(path, field), message: message.startsWith(subject) ? message.slice(subject.length) : message };
}

/** `runs[0]` + `id` → `runs[0].id`; `runs[0]` + `history[2]` → `runs[0].history[2]`. */
function issuePath(entry: string, path: string): string {
  return !path ? entry : path.startsWith('[') ? `${entry}${path}` : `${entry}.${path}`;
}

/**
 * Checks seed data, then hands each entry to its builder. Every problem is reported with its
 * path (up to 50): unknown keys, entries that are not objects, fields the builder does not know or
 * did not use (a misspelt field is never silently ignored), bad dates, fields of the wrong type or
 * missing (the builder's own checks), and errors the builders throw.
 *
 * Nothing is applied when any entry fails those checks. Problems that only show while applying
 * (an entry naming a record that no entry or earlier seed made) are reported too, after the other
 * entries were applied: the caller decides whether to keep them (`seedFrom()` and the control
 * endpoint restore the store; `createFakeWandb()` throws).
 */
export function applySeedData(seeder: FakeSeeder, data: unknown, options: ApplySeedOptions = {}): SeedResult {
  const issues: SeedIssue[] = [];
  const counts: Record<string, number> = {};
  if (!isPlainObject(data)) {
    issues.push({ path: '', message: `expected a JSON object whose keys name builders (users, projects, runs, ...), got ${describe(data)}` });
    return { counts, issues };
  }
  const names = seedBuilderNames(seeder);
  const plan: Array<{ key: string; method: string; entries: Record<string, unknown>[] }> = [];
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('$')) continue; // "$schema", "$comment": room for notes in a JSON file
    const method = builderFor(key, names);
    if (!method) {
      issues.push({ path: key, message: `no seed builder for "${key}"; known keys: ${names.map(pluralOf).join(', ')}` });
      continue;
    }
    if (!Array.isArray(value)) {
      issues.push({ path: key, message: `expected a list of ${method} entries, got ${describe(value)}` });
      continue;
    }
    value.forEach((entry, i) => {
      if (!isPlainObject(entry)) issues.push({ path: `${key}[${i}]`, message: `expected an object, got ${describe(entry)}` });
    });
    plan.push({ key, method, entries: value as Record<string, unknown>[] });
  }
  if (issues.length) return { counts, issues };

  // Every entry is revived and checked, in the file's order, before any is applied.
  const revived = new Map<Record<string, unknown>, Record<string, unknown>>();
  for (const { key, method, entries } of plan) {
    entries.forEach((raw, i) => {
      if (issues.length >= MAX_ISSUES) return;
      const path = `${key}[${i}]`;
      const entry: Record<string, unknown> = {};
      const before = issues.length;
      for (const [field, value] of Object.entries(raw)) entry[field] = revive(value, `${path}.${field}`, issues, /.At$/.test(field));
      // A field whose date or bytes did not revive is reported once, not again as mistyped.
      if (issues.length === before && hasSeedSpec(method)) {
        for (const problem of seedProblems(method, [entry], true)) issues.push({ path: issuePath(path, problem.path), message: problem.message });
      }
      revived.set(raw, entry);
    });
  }
  if (issues.length) return { counts, issues: issues.slice(0, MAX_ISSUES) };

  const rank = (key: string) => {
    const i = FIRST.indexOf(key);
    return i < 0 ? FIRST.length : i;
  };
  plan.sort((a, b) => rank(a.key) - rank(b.key));
  for (const { key, method, entries } of plan) {
    const builder = (seeder as unknown as Record<string, (arg: unknown) => unknown>)[method] as (arg: unknown) => unknown;
    counts[key] = 0;
    entries.forEach((raw, i) => {
      if (issues.length >= MAX_ISSUES) return;
      const path = `${key}[${i}]`;
      const entry = { ...(revived.get(raw) as Record<string, unknown>) };
      if (method === 'user' && typeof entry.username === 'string' && entry.apiKey === undefined) {
        const existing = options.existingKey?.(entry.username);
        if (existing) entry.apiKey = existing;
      }
      const { proxy, read } = tracked(entry);
      try {
        builder.call(seeder, proxy);
      } catch (error) {
        issues.push(builderIssue(method, path, error));
        return;
      }
      const unused = Object.keys(raw).filter((field) => !read.has(field));
      for (const field of unused) issues.push({ path: `${path}.${field}`, message: `unknown field: seed.${method}() does not use "${field}"` });
      counts[key] = (counts[key] ?? 0) + 1;
    });
  }
  return { counts, issues: issues.slice(0, MAX_ISSUES) };
}

/** Issues as lines of text, each starting with the entry's path. */
export function formatSeedIssues(issues: readonly SeedIssue[], source = 'seed'): string {
  return issues.map((issue) => `  ${source}${issue.path ? `: ${issue.path}` : ''}: ${issue.message}`).join('\n');
}
