#!/usr/bin/env bash
# Packs the package and uses the tarball from a fresh consumer, as a user would: require() and
# import of both entry points, a real HTTP round trip to the fake, and the fake's bin.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)
cd "$work"
echo '{ "name": "consumer", "version": "1.0.0", "private": true }' > package.json
npm install --no-audit --no-fund --silent "./$tarball" "msw@$(node -p "require('$root/node_modules/msw/package.json').version")" >/dev/null 2>&1

cat > check.cjs <<'JS'
const { Api, NotFoundError } = require('wandb-api');
const { createFakeWandb } = require('wandb-api/testing');
(async () => {
  const fake = createFakeWandb({ seed: 'demo' });
  const server = await fake.listen({ port: 0 });
  const api = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {} });
  const runs = await api.runs('demo-team/image-classifier', { perPage: 5 }).toArray();
  const missing = await api.run('demo-team/image-classifier/nope').catch((e) => e);
  await server.close();
  if (runs.length !== 12 || !(missing instanceof NotFoundError)) throw new Error('unexpected answers');
  console.log('require: ok');
})().catch((e) => { console.error(e); process.exit(1); });
JS
cat > check.mjs <<'JS'
import { Api } from 'wandb-api';
import { createFakeWandb } from 'wandb-api/testing';
const fake = createFakeWandb({ seed: 'demo' });
const server = await fake.listen({ port: 0 });
const api = new Api({ baseUrl: server.url, apiKey: fake.apiKey, env: {} });
const viewer = await api.viewer();
await server.close();
if (viewer.username !== 'demo-user') throw new Error('unexpected viewer');
console.log('import: ok');
JS
node check.cjs
node check.mjs
# The fake's compiled queries (graphql-jit, bundled into the testing entry) from both formats.
cat > compiled.cjs <<'JS'
const { createFakeWandb } = require('wandb-api/testing');
module.exports = async function check(format, { createFakeWandb: create }) {
  const fake = create({ seed: 'demo', compileQueries: 'always' });
  const response = await fake.fetch(`${fake.baseUrl}/graphql`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`api:${fake.apiKey}`).toString('base64')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ project(entityName: "demo-team", name: "cartpole") { runs(first: 2) { edges { node { name } } } } }' }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.data.project.runs.edges.length !== 2) throw new Error(`${format}: ${JSON.stringify(body)}`);
  console.log(`compiled queries (${format}): ok`);
};
if (require.main === module) module.exports('require', { createFakeWandb }).catch((e) => { console.error(e); process.exit(1); });
JS
node compiled.cjs
node --input-type=module -e "import check from './compiled.cjs'; import * as testing from 'wandb-api/testing'; await check('import', testing);"
# Parquet history from both formats: the CommonJS build requires its copy of hyparquet (a file of
# its own) only here, the ES build imports the installed one.
cat > parquet.cjs <<'JS'
module.exports = async function check(format, { Api }, { createFakeWandb }) {
  const fake = createFakeWandb({ seed: 'demo' });
  const api = new Api({ baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, env: {} });
  const run = (await api.runs('demo-team/cartpole', { perPage: 1 }).toArray())[0];
  const rows = await run.scanHistory({ source: 'parquet', keys: ['episode_return'] }).toArray();
  const live = await run.scanHistory({ keys: ['episode_return'] }).toArray();
  if (rows.length !== 25 || JSON.stringify(rows) !== JSON.stringify(live)) throw new Error(`${format}: ${rows.length} parquet rows`);
  console.log(`parquet history (${format}): ok`);
};
if (require.main === module) module.exports('require', require('wandb-api'), require('wandb-api/testing')).catch((e) => { console.error(e); process.exit(1); });
JS
node parquet.cjs
node --input-type=module -e "import check from './parquet.cjs'; import * as sdk from 'wandb-api'; import * as testing from 'wandb-api/testing'; await check('import', sdk, testing);"
test -s node_modules/wandb-api/dist/vendor/hyparquet.js && ! grep -q 'function parquetMetadata' node_modules/wandb-api/dist/index.js && echo 'hyparquet apart from the CommonJS entry: ok'
# The core loads no Node module up front: only the calls that touch files import them.
if grep -nE '^import .* from "(node:)?(fs|path|os|crypto|http|https|net|stream|zlib|events|child_process)(/[a-z]+)?";' node_modules/wandb-api/dist/index.mjs; then
  echo 'the core imports a Node module at load time' >&2
  exit 1
fi
grep -q 'import("node:fs/promises")' node_modules/wandb-api/dist/index.mjs && echo 'core imports: ok'
test -s node_modules/wandb-api/dist/schema.graphql && echo 'schema.graphql: ok'
node -e "require.resolve('wandb-api/schema.graphql')" && echo 'schema.graphql export: ok'

# The bin serves without msw installed: it must not load the MSW part of the testing entry.
rm -rf node_modules/msw
node node_modules/.bin/wandb-api-fake --port 0 > bin.out &
pid=$!
for _ in $(seq 50); do grep -q WANDB_API_KEY bin.out && break; sleep 0.1; done
kill "$pid"
grep -q 'WANDB_BASE_URL=http' bin.out && echo 'bin: ok'
node -e "require('wandb-api')" && echo 'core without msw: ok'
