/**
 * wandb-api/testing: a stateful, in-memory fake of the W&B API for tests, as MSW handlers, an
 * HTTP server or a plain `fetch`.
 * @packageDocumentation
 */
import { FakeWandb } from './FakeWandb';
import type { FakeWandbOptions } from './FakeWandbCore';

/**
 * Creates a fake W&B.
 *
 * @example
 * ```ts
 * import { createFakeWandb } from 'wandb-api/testing';
 * const fake = createFakeWandb({ seed: 'demo' });
 * setupServer(...fake.handlers).listen();
 * fake.seed.run({ project: 'p', config: { lr: 0.1 } });
 * fake.failNext('Runs', { status: 429, retryAfter: 1 });
 * ```
 */
export function createFakeWandb(options: FakeWandbOptions = {}): FakeWandb {
  return new FakeWandb(options);
}

export { FakeWandb } from './FakeWandb';
export { FakeWandbCore, DROP } from './FakeWandbCore';
export type { FakeWandbOptions, FakeAnswer, FakeRoute, FakeServer, ListenOptions, RequestLogEntry } from './FakeWandbCore';
export type { Fault, FaultOptions, FaultTarget } from './faults';
export { FakeSeeder } from './seed';
export type { EntitySeed, ProjectSeed, RunSeed, UserSeed } from './seed';
export type { ArtifactLinkSeed, ArtifactReferenceSeed, ArtifactSeed, RegistrySeed } from './seed';
export type {
  ArtifactCollectionRecord,
  ArtifactMembershipRecord,
  ArtifactRecord,
  ArtifactTypeRecord,
  ManifestEntryRecord,
  RegistrySettingsRecord,
  RunRef,
} from './artifactStore';
export { FakeStore } from './store';
export type { ApiKeyRecord, EntityRecord, OrganizationRecord, ProjectRecord, RunRecord, UserRecord } from './store';
export type { FakeContext } from './schema';
