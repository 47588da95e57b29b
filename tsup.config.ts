import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { typeDefs } from './generated/schema-sdl';

const errorsModule = path.resolve('src/client/errors.ts');
const errorsShim = path.resolve('src/testing/sdkErrors.ts');

/**
 * The testing kit takes the SDK's error classes from the package's main entry at run time instead
 * of bundling a copy, so `instanceof` holds across entry points.
 */
const sdkErrorsFromPackage: Plugin = {
  name: 'sdk-errors-from-package',
  setup(build) {
    build.onResolve({ filter: /\/errors$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      return `${resolved}.ts` === errorsModule ? { path: errorsShim } : undefined;
    });
  },
};

const nodeUnavailableModule = path.resolve('src/client/nodeUnavailable.ts');

/**
 * For browsers and workers: every Node built-in becomes a module whose `import()` rejects with a
 * `NotSupportedError` (the core imports them only inside the calls that need them). The module
 * exports `then`, so each `import()` of it settles through that function and fails every time; a
 * module that threw while loading would fail only the first time.
 */
const nodeBuiltinsUnavailable: Plugin = {
  name: 'node-builtins-unavailable',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-unavailable' }));
    build.onLoad({ filter: /.*/, namespace: 'node-unavailable' }, (args) => ({
      contents: [
        `import { nodeUnavailable } from ${JSON.stringify(nodeUnavailableModule)};`,
        `export function then(_resolve, reject) {`,
        `  try { nodeUnavailable(${JSON.stringify(args.path)}); } catch (error) { reject(error); }`,
        `}`,
      ].join('\n'),
      resolveDir: path.dirname(nodeUnavailableModule),
      loader: 'js',
    }));
  },
};

/**
 * graphql-jit loads fast-json-stringify (and with it ajv) for one option the fake never sets
 * (`customJSONSerializer`): the bundle gets a stand-in that says so, instead of a megabyte of code.
 */
const withoutJsonSerializer: Plugin = {
  name: 'without-json-serializer',
  setup(build) {
    build.onResolve({ filter: /^fast-json-stringify$/ }, () => ({ path: 'fast-json-stringify', namespace: 'unused' }));
    build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({
      contents: `export default function unused() { throw new Error('fast-json-stringify is not bundled: the fake does not set customJSONSerializer'); }`,
      loader: 'js',
    }));
  },
};

/** The bin runs the fake of the package's testing entry rather than a copy of it. */
const fakeFromPackage: Plugin = {
  name: 'fake-from-package',
  setup(build) {
    build.onResolve({ filter: /^\.\/FakeWandbCore$/ }, () => ({ path: 'wandb-api/testing', external: true }));
  },
};

/**
 * The CommonJS build carries hyparquet (published as ES modules only) in a file of its own, which
 * it requires only when a parquet history is read: importing the package does not compile it.
 */
const hyparquetApart: Plugin = {
  name: 'hyparquet-apart',
  setup(build) {
    build.onResolve({ filter: /^hyparquet$/ }, () => ({ path: './vendor/hyparquet.js', external: true }));
  },
};

const common: Options = {
  target: 'node20',
  platform: 'node',
  // Keep `node:fs` as written: Deno and other runtimes know built-ins by that prefix only.
  removeNodeProtocol: false,
  sourcemap: false,
  splitting: false,
  esbuildOptions(options, { format }) {
    // CommonJS output turns `import()` into `require()`: Jest's CommonJS runtime cannot run a
    // dynamic import without a Node flag (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG).
    if (format === 'cjs') options.supported = { ...options.supported, 'dynamic-import': false };
  },
};

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts' },
    format: ['esm'],
  },
  {
    ...common,
    entry: { 'index.browser': 'src/index.ts' },
    format: ['esm'],
    // Downloads to disk and parquet history are chunks of their own (in dist/browser/), behind
    // `import()`: a web bundler loads them only when called.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'browser/[name]-[hash]';
    },
    platform: 'browser',
    target: 'es2022',
    esbuildPlugins: [nodeBuiltinsUnavailable],
  },
  {
    ...common,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    noExternal: ['hyparquet'],
    esbuildPlugins: [hyparquetApart],
  },
  {
    ...common,
    // hyparquet is published as ES modules only, which `require()` cannot load under Jest.
    entry: { 'vendor/hyparquet': 'node_modules/hyparquet/src/node.js' },
    format: ['cjs'],
    noExternal: ['hyparquet'],
  },
  {
    ...common,
    entry: { 'testing/index': 'src/testing/index.ts', 'testing/msw': 'src/testing/msw.ts' },
    format: ['esm', 'cjs'],
    // One declaration build for every entry, in both formats (each build is slow).
    dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'testing/msw': 'src/testing/msw.ts' } },
    // Only the fake uses these: bundled, so installing the SDK does not install them.
    noExternal: ['mingo', 'hyparquet-writer', 'hyparquet', 'graphql-jit', 'generate-function', 'is-property', /^lodash\./],
    external: ['wandb-api', 'wandb-api/testing', 'msw'],
    esbuildPlugins: [sdkErrorsFromPackage, withoutJsonSerializer],
    // `fake.handlers` loads msw on first use with a synchronous `require`, which ES modules lack.
    banner: ({ format }) =>
      format === 'esm'
        ? { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" }
        : {},
    // The project's SDL ships with the package, for users' own graphql-codegen.
    onSuccess: () => writeFile('dist/schema.graphql', `${typeDefs}\n`),
  },
  {
    ...common,
    // The bins. The command line is its own entry, so its libraries (commander, cli-progress, ...)
    // stay out of the SDK's bundle; its `fake` loads the installed testing entry only when it runs.
    entry: { 'testing/bin': 'src/testing/bin.ts', 'cli/bin': 'src/cli/bin.ts' },
    format: ['cjs'],
    external: ['wandb-api', 'wandb-api/testing'],
    esbuildPlugins: [fakeFromPackage],
  },
]);
