#!/usr/bin/env node
// Runs graphql-codegen and formats its output with the repository's prettier settings, so that
// generated/ reads (and diffs) like the rest of the code.
//   node scripts/codegen.mjs           regenerates generated/
//   node scripts/codegen.mjs --check   regenerates into a temporary folder and fails when generated/ differs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const bin = (name) => join(root, 'node_modules', '.bin', name);

function generate(outDir) {
  const out = relative(root, outDir) || '.';
  execFileSync(bin('graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT: out },
  });
  execFileSync(bin('prettier'), ['--config', join(root, '.prettierrc.json'), '--ignore-path', '', '--log-level', 'warn', '--write', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
}

const list = (dir) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();

if (!check) {
  generate(join(root, 'generated'));
} else {
  const temp = mkdtempSync(join(tmpdir(), 'wandb-api-codegen-'));
  try {
    generate(temp);
    const want = list(temp);
    const have = list(join(root, 'generated'));
    const problems = [];
    for (const f of want) if (!have.includes(f)) problems.push(`missing: generated/${f}`);
    for (const f of have) if (!want.includes(f)) problems.push(`not produced by codegen: generated/${f}`);
    for (const f of want.filter((f) => have.includes(f))) {
      if (readFileSync(join(temp, f), 'utf8') !== readFileSync(join(root, 'generated', f), 'utf8')) problems.push(`stale: generated/${f}`);
    }
    if (problems.length) {
      console.error(`generated/ is not what npm run codegen writes:\n  ${problems.join('\n  ')}\nRun npm run codegen and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`generated/ is fresh (${want.length} files)`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
