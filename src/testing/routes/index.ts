import type { FakeRoute } from '../FakeWandbCore';
import { storageRoute } from '../storage';
// ── runs area route imports ──
import { runFileRoute, runUploadRoute } from '../runs/routes';

// ── artifacts area route imports ──
import { artifactFileByBirthRoute, artifactFileRoute, artifactFileV1Route } from '../artifacts/routes';

/** Every non-GraphQL route of the fake; each area adds its routes here. */
export const routes: readonly FakeRoute[] = [
  storageRoute,
  // ── runs area routes ──
  runFileRoute,
  runUploadRoute,

  // ── artifacts area routes ──
  artifactFileRoute,
  artifactFileByBirthRoute,
  artifactFileV1Route,
];
