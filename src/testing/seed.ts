import { AREAS } from './areas';
import type { SeedBuilder, SeedScope } from './seedBuilder';
import { seedError } from './seedBuilder';
import type { CheckContext, SeedProblem } from './seedCheck';
import type { FakeStore } from './store';
import type { UserRecord } from './users/records';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every area's seed builders, by name. */
type AreaBuilders = UnionToIntersection<(typeof AREAS)[keyof typeof AREAS]['seeds']>;

/** The builder methods of `fake.seed`, one per area builder, with the builder's own parameters and result. */
export type FakeSeederBuilders = {
  [K in keyof AreaBuilders]: AreaBuilders[K] extends SeedBuilder<infer P, infer R> ? (...args: P) => R : never;
};

/** The names of the seeder's builders. */
export type SeedBuilderName = keyof FakeSeederBuilders & string;

const BUILDERS: Readonly<Record<string, SeedBuilder>> = Object.assign({}, ...Object.values(AREAS).map((area) => area.seeds)) as Record<
  string,
  SeedBuilder
>;

/**
 * Typed builders that put W&B-shaped records into the fake's store: one per builder of the
 * fake's areas (`seed.run()`, `seed.artifact()`, `seed.sweep()`, ...).
 *
 * Every builder checks its arguments before it changes the store: a wrong one (a missing or
 * mistyped field, a name W&B would refuse, a record that was never seeded) is an
 * `InvalidArgumentError` whose `argument` names the builder and the field (`seed.run.id`), and the
 * store is left as it was.
 */
export type FakeSeeder = FakeSeederBuilders;

class Seeder {
  constructor(
    private readonly store: () => FakeStore,
    private readonly viewer: () => UserRecord,
  ) {}

  /** What the builders work with, taken afresh for each call (the store changes on reset); not a method, so not a builder. */
  readonly scope = (): SeedScope => {
    const viewer = this.viewer;
    // The viewer is looked up only when a builder needs it: the first builder run seeds it.
    return {
      store: this.store(),
      get viewer() {
        return viewer();
      },
      seed: this as unknown as FakeSeeder,
    };
  };
}

// Builders are methods on the prototype, as a class's are, so the seeder lists them as its methods.
for (const [name, builder] of Object.entries(BUILDERS)) {
  Object.defineProperty(Seeder.prototype, name, {
    value: function (this: Seeder, ...args: unknown[]): unknown {
      checkSeed(name as SeedBuilderName, ...args);
      return builder.build(this.scope(), ...args);
    },
    writable: true,
    configurable: true,
  });
}

/** Creates the seeder of a store (`fake.seed`). @internal */
export const FakeSeeder: new (store: () => FakeStore, viewer: () => UserRecord) => FakeSeeder = Seeder as unknown as new (
  store: () => FakeStore,
  viewer: () => UserRecord,
) => FakeSeeder;

/** Whether the seeder has a check for `builder` (JSON seed data may name builders added at run time). */
export function hasSeedSpec(builder: string): builder is SeedBuilderName {
  return Object.hasOwn(BUILDERS, builder);
}

/**
 * Every problem with a builder's arguments.
 * @param json checking JSON seed data: unknown fields are problems too
 */
export function seedProblems(builder: SeedBuilderName, args: readonly unknown[], json = false): SeedProblem[] {
  const ctx: CheckContext = { builder, json, problems: [] };
  BUILDERS[builder]?.params.forEach((param, i) => {
    const value = args[i];
    if (value === undefined && param.optional) return;
    param.check.test(value, param.name, ctx);
  });
  return ctx.problems;
}

/**
 * Checks a builder's arguments.
 * @throws {@link InvalidArgumentError} for the first problem, naming the builder and the field (`seed.run.id`)
 */
export function checkSeed(builder: SeedBuilderName, ...args: unknown[]): void {
  const [first] = seedProblems(builder, args);
  if (first) throw seedError(builder, first);
}

export { historyRows } from './runs/seeds';
export type { HistoryExportSeed, HistorySeed, RunFileSeed, RunSeed, RunsSeed, RunTarget, SyntheticHistory } from './runs/seeds';
export type { UserSeed } from './users/seeds';
export type { EntitySeed, InviteSeed, OrganizationSeed, TeamSeed } from './teams/seeds';
export type { ProjectSeed } from './projects/seeds';
export type { ArtifactLinkSeed, ArtifactReferenceSeed, ArtifactSeed } from './artifacts/seeds';
export type { RegistryMemberSeed, RegistrySeed } from './registries/seeds';
