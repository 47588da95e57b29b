import type { FakeRoute } from '../FakeWandbCore';
import { storageRoute } from './storage';
// ── runs area route imports ──
import { runFileRoute, runUploadRoute } from './runFiles';

// ── artifacts area route imports ──

/** Every non-GraphQL route of the fake; each area adds its routes here. */
export const routes: readonly FakeRoute[] = [
  storageRoute,
  // ── runs area routes ──
  runFileRoute,
  runUploadRoute,

  // ── artifacts area routes ──
];
