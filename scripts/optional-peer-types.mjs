// msw is an optional peer dependency. The testing entry's declarations import its types for the
// deprecated `fake.handlers`; where msw is not installed, that import would fail a user's
// type-check (with `skipLibCheck: false`). Marked, those few types are left unresolved instead.
import { readFileSync, writeFileSync } from 'node:fs';

const MSW_IMPORT = /^import [^\n]* from 'msw';$/m;
for (const file of ['dist/testing/index.d.ts', 'dist/testing/index.d.mts']) {
  const text = readFileSync(file, 'utf8');
  if (!MSW_IMPORT.test(text)) throw new Error(`${file} imports nothing from msw: nothing to mark`);
  writeFileSync(
    file,
    text.replace(MSW_IMPORT, (line) => `// @ts-ignore -- msw is an optional peer dependency\n${line}`),
  );
}
