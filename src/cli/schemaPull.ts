#!/usr/bin/env node
/**
 * npm run schema:pull -- --endpoint <url> [--out schema/pulled.graphql]
 * Introspects a live server with the configured API key (WANDB_API_KEY or ~/.netrc) and writes SDL.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pullSchema } from './pullSchema';

async function main(argv: string[]): Promise<void> {
  let endpoint: string | undefined;
  let out = 'pulled.graphql';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--endpoint') endpoint = argv[++i];
    else if (arg === '--out') out = argv[++i] ?? out;
    else throw new Error(`unknown argument ${arg}; usage: schema:pull -- --endpoint <url> [--out FILE]`);
  }
  if (!endpoint) throw new Error('missing --endpoint <url>; usage: schema:pull -- --endpoint <url> [--out FILE]');
  const sdl = await pullSchema({ endpoint });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, sdl);
  process.stdout.write(`wrote ${out} (${sdl.split('\n').length} lines)\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`schema:pull: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
