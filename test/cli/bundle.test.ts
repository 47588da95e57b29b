// The command line's libraries stay out of what `import 'wandb-api'` and `wandb-api/testing` load:
// bundle each entry as tsup does (dependencies external) and list the packages it imports.
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const root = resolve(__dirname, '../..');
const CLI_ONLY = ['commander', 'cli-progress', 'cli-table3', 'csv-stringify', 'read'];

function packagesImportedBy(entry: string): Set<string> {
  const result = buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.json'),
    outdir: join(root, '.tmp', 'bundle-check'),
    logLevel: 'silent',
  });
  const names = new Set<string>();
  for (const output of Object.values(result.metafile!.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue;
      const parts = imported.path.split('/');
      names.add(imported.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return names;
}

it("keeps the command line's libraries out of the SDK and the testing entry", () => {
  for (const entry of ['src/index.ts', 'src/testing/index.ts']) {
    const imported = packagesImportedBy(entry);
    expect({ entry, cliLibraries: CLI_ONLY.filter((name) => imported.has(name)) }).toEqual({ entry, cliLibraries: [] });
  }
});

it('the command line imports them (so the check above would see them)', () => {
  const imported = packagesImportedBy('src/cli/bin.ts');
  expect(CLI_ONLY.filter((name) => !imported.has(name))).toEqual([]);
});
