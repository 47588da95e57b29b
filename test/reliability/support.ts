import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** A fresh temporary folder, removed by {@link removeDirs}. */
const made: string[] = [];
export function freshDir(prefix = 'wandb-reliability-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder {@link freshDir} made. */
export function removeDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file below `dir` (folders left out), as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Collects unhandled rejections while a test file runs; `take()` returns and clears them. */
export function watchUnhandledRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  beforeAll(() => process.on('unhandledRejection', listener));
  afterAll(() => process.off('unhandledRejection', listener));
  return {
    take(): unknown[] {
      return seen.splice(0);
    },
  };
}

/** Waits for a promise, failing with a clear message if it has not settled within `ms`. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Settles a promise into `{ value }` or `{ error }`. */
export async function settle<T>(promise: Promise<T>): Promise<{ value: T; error?: undefined } | { value?: undefined; error: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}
