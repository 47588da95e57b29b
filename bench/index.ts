/**
 * npm run bench [-- name ...]: runs every bench/*.bench.ts (or those named), one after another.
 * Each file's default export is an async function that prints its own table.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  if (files.length === 0) throw new Error(`no benchmarks match ${wanted.join(' ') || '*'}`);
  for (const file of files) {
    console.log(`\n=== ${file}`);
    const mod = (await import(join(__dirname, file))) as { default: () => Promise<void> };
    await mod.default();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
