/**
 * Keeps what the SDK writes to its cache folder (records of verified downloads) out of the
 * user's own: each test file gets an empty one, removed when it ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cacheDir = mkdtempSync(join(tmpdir(), 'wandb-api-cache-'));
const before = process.env.WANDB_CACHE_DIR;
process.env.WANDB_CACHE_DIR = cacheDir;

afterAll(() => {
  if (before === undefined) delete process.env.WANDB_CACHE_DIR;
  else process.env.WANDB_CACHE_DIR = before;
  rmSync(cacheDir, { recursive: true, force: true });
});
