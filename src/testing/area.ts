import type { Resolvers } from '../../generated/resolvers';
import type { FakeContext } from './schema';
import type { SeedBuilder } from './seedBuilder';

/** A non-GraphQL route of the fake (file downloads, uploads). */
export interface FakeRoute {
  readonly method: string;
  readonly path: RegExp;
  /** Whether the route needs the API key (run files do; signed storage URLs do not). */
  readonly auth: boolean;
  handle(request: Request, match: RegExpExecArray, ctx: FakeContext): Response | Promise<Response>;
}

/**
 * Everything the fake knows of one noun (runs, artifacts, sweeps, ...). The fake is the sum of
 * the areas listed in `areas.ts`: the store holds every area's tables, `fake.seed` every area's
 * builders, the schema every area's resolvers, and requests reach every area's routes.
 */
export interface FakeArea<Tables extends object, Builders extends Record<string, SeedBuilder>> {
  /** New, empty tables of the area; the store holds one set per fake, reset with it. */
  readonly tables: () => Tables;
  /** The area's seed builders, by the name `fake.seed` gives them. */
  readonly seeds: Builders;
  /** Resolvers of the fields the area serves, typed from the SDL. */
  readonly resolvers: Resolvers;
  /** HTTP routes of the area (files it hands out URLs for). */
  readonly routes: readonly FakeRoute[];
}

/**
 * Declares an area. Each part may be left out; the identity function keeps each part's own type,
 * from which the store's tables and the seeder's builders are derived.
 */
export function defineArea<Tables extends object = Record<never, never>, Builders extends Record<string, SeedBuilder> = Record<never, never>>(
  area: Partial<FakeArea<Tables, Builders>>,
): FakeArea<Tables, Builders> {
  return {
    tables: area.tables ?? (() => ({}) as Tables),
    seeds: area.seeds ?? ({} as Builders),
    resolvers: area.resolvers ?? {},
    routes: area.routes ?? [],
  };
}
