/**
 * How an area declares a seed builder of `fake.seed`: the function that adds records, and the
 * checks of its arguments (from `seedCheck.ts`), which the seeder runs before the function so a
 * wrong argument leaves the store as it was.
 */
import { InvalidArgumentError } from '../client/errors';
import type { FakeSeeder } from './seed';
import type { Check, CheckContext, SeedProblem } from './seedCheck';
import type { FakeStore } from './store';
import type { UserRecord } from './users/records';

/** What a builder works with. */
export interface SeedScope {
  readonly store: FakeStore;
  /** The fake's viewer: the default owner and entity of what is seeded. */
  readonly viewer: UserRecord;
  /** The seeder, for builders that seed what they need first (a run's project); its builders check their arguments too. */
  readonly seed: FakeSeeder;
}

/**
 * One parameter of a builder. `name` is empty for the parameter whose fields are the builder's
 * own (`seed.run.id`), and names the others (`seed.history.rows[3]`).
 */
export interface Param<T> {
  readonly name: string;
  readonly check: Check<Exclude<T, undefined>>;
  /** The parameter may be left out. */
  readonly optional?: true;
}

/** A check for each parameter of a builder. */
export type Params<P extends readonly unknown[]> = { readonly [I in keyof P]-?: Param<P[I]> };

/** A seed builder: checks of its parameters, and what it does. */
export interface SeedBuilder<P extends readonly unknown[] = readonly unknown[], R = unknown> {
  readonly params: Params<P>;
  /** Adds the records; called with arguments that passed {@link SeedBuilder.params}. */
  build(scope: SeedScope, ...args: P): R;
}

/**
 * Declares a builder: `builder((s, seed: RunSeed): RunRecord => ...).checks([{ name: '', check: runSeed }])`.
 * The checks come second so their types follow from the function's parameters: a builder whose
 * checks miss a parameter, or check it as another type, does not compile.
 */
export function builder<P extends readonly unknown[], R>(
  build: (scope: SeedScope, ...args: P) => R,
): { checks(params: Params<P>): SeedBuilder<P, R> } {
  return { checks: (params) => ({ params, build }) };
}

/** The `argument` of an error about `path` in a builder's arguments: `seed.run.id`, `seed.run.history[2]`. */
export function seedArgument(builder: string, path: string): string {
  return path ? `seed.${builder}${path.startsWith('[') ? '' : '.'}${path}` : `seed.${builder}`;
}

/** The error for one problem. */
export function seedError(builder: string, problem: SeedProblem): InvalidArgumentError {
  return new InvalidArgumentError(seedArgument(builder, problem.path), `seed.${builder}(): ${problem.path || 'the argument'} ${problem.message}`);
}

/**
 * The error for a field that names a record the store does not have (`seed.invite.team`).
 * @param message what is wrong with the field's value and how to fix it: `"x" is not a team; seed it first with seed.team()`
 */
export function missingRecord(builder: string, field: string, message: string): InvalidArgumentError {
  return seedError(builder, { path: field, message });
}

/** Checks the result of a function a builder was given (`seed.runs({ config: (i) => ... })`). */
export function checkResult(
  builder: string,
  field: string,
  index: number,
  check: Check<unknown> | { optional: Check<unknown> },
  value: unknown,
): void {
  if ('optional' in check) {
    if (value === undefined) return;
    check = check.optional;
  }
  const ctx: CheckContext = { builder, json: false, problems: [] };
  check.test(value, `${field}(${index})`, ctx);
  const [first] = ctx.problems;
  if (!first) return;
  // `config(3) must return an object, got 5`; a problem inside the result keeps its path.
  const message = first.path === `${field}(${index})` ? first.message.replace(/^must be/, 'must return') : first.message;
  throw new InvalidArgumentError(seedArgument(builder, field), `seed.${builder}(): ${first.path} ${message}`);
}
