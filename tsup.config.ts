import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { typeDefs } from './generated/schema-sdl';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/bin': 'src/testing/bin.ts',
    // The command line is its own entry, so its libraries (commander, cli-progress, ...) stay out of the SDK's bundle.
    'cli/bin': 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  // The command line's `fake` loads the installed testing entry (and msw with it) only when it runs.
  external: ['wandb-api/testing'],
  target: 'node20',
  platform: 'node',
  // Keep `node:fs` as written: Deno and other runtimes know built-ins by that prefix only.
  removeNodeProtocol: false,
  clean: true,
  sourcemap: true,
  splitting: false,
  // The project's SDL ships with the package, for users' own graphql-codegen.
  onSuccess: () => writeFile('dist/schema.graphql', `${typeDefs}\n`),
});
