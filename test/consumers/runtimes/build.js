// Bundles the browser page, the worker and the size probe as their platforms' bundlers would,
// and prints the minified and gzipped size of the `api.runs()` bundle.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const browser = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'warning' };
await build({ ...browser, entryPoints: ['browser.js'], outfile: 'dist/browser.js' });
await build({ ...browser, entryPoints: ['worker.js'], outfile: 'dist/worker.js', conditions: ['workerd', 'worker', 'browser'] });
// Split as a web bundler does: what a page loads up front is the entry and what it imports
// statically; the parts behind `import()` (parquet, YAML) load only when used.
const size = await build({ ...browser, entryPoints: ['size.js'], minify: true, splitting: true, write: false, outdir: 'dist/size', metafile: true });
const outputs = size.metafile.outputs;
const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'size.js');
const upFront = new Set();
const visit = (file) => {
  if (upFront.has(file)) return;
  upFront.add(file);
  for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
};
visit(entry);
const code = Buffer.concat(size.outputFiles.filter((f) => [...upFront].some((file) => f.path.endsWith(file))).map((f) => f.contents));
const lazy = size.outputFiles.filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + f.contents.length, 0) - code.length;
console.log(JSON.stringify({ minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, lazyMinified: lazy }));
