import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder for one test. */
export function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'wandb-api-artifacts-'));
}

/** Every file below `dir`, as POSIX paths relative to it, sorted. */
export function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string, prefix: string) => {
    for (const name of readdirSync(at)) {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(join(at, name)).isDirectory()) walk(join(at, name), rel);
      else out.push(rel);
    }
  };
  walk(dir, '');
  return out.sort();
}
