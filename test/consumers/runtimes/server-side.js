// Node 20 and 22, Bun and Deno: the package's Node build, with Node's built-ins available.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api } from 'wandb-api';
import { smoke } from './smoke.js';

const runtime =
  typeof Deno !== 'undefined' ? `deno ${Deno.version.deno}` : typeof Bun !== 'undefined' ? `bun ${Bun.version}` : `node ${process.version}`;
const baseUrl = process.env.WANDB_BASE_URL;
const apiKey = process.env.WANDB_API_KEY;
const result = await smoke({ runtime, baseUrl, apiKey, nodeBuiltins: true });

// An artifact download to disk: a file held whole and one written in batches by the file writer.
const bytes = (size, seed) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed * 7 + (i >> 11)) & 0xff);
const files = { 'small.bin': bytes(64 * 1024, 1), 'large/big.bin': bytes(10 * 1024 * 1024 + 3, 2) };
const base64 = (data) => Buffer.from(data).toString('base64');
const seeded = await fetch(`${baseUrl}/_fake/seed`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    artifacts: [
      { project: 'runtime-files', name: 'files', files: Object.fromEntries(Object.entries(files).map(([p, b]) => [p, { $base64: base64(b) }])) },
    ],
  }),
});
if (!seeded.ok) throw new Error(`seeding the artifact failed: ${seeded.status} ${await seeded.text()}`);
const root = mkdtempSync(join(tmpdir(), 'wandb-api-runtime-'));
try {
  const artifact = await new Api({ baseUrl, apiKey, env: {} }).artifact(`${result.viewer}/runtime-files/files:v0`);
  await artifact.download({ root, cacheDir: null });
  const md5 = (data) => createHash('md5').update(data).digest('hex');
  const written = readdirSync(root, { recursive: true }).map(String).sort();
  if (JSON.stringify(written) !== JSON.stringify(['large', 'large/big.bin', 'small.bin'])) throw new Error(`downloaded ${written.join(', ')}`);
  for (const [path, data] of Object.entries(files)) {
    if (md5(readFileSync(join(root, path))) !== md5(data)) throw new Error(`${path} was written with other bytes`);
  }
  result.download = 'same bytes';
} finally {
  rmSync(root, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
