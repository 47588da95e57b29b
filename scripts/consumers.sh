#!/usr/bin/env bash
# The consumer matrix: packs the package and installs the tarball into fresh projects (the
# fixtures under test/consumers/), then runs each project's tests as a user would.
#   scripts/consumers.sh NAME...   NAME: jest-cjs jest-esm vitest node-test bun types
# Projects, the tarball and installs live in $CONSUMERS_DIR (a temporary folder by default;
# .ci/run shares one across its steps). Installs go through one npm cache, offline first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${CONSUMERS_DIR:-}
if [ -z "$work" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
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

# A fresh copy of fixture $1 with the tarball and its own dependencies installed.
project() {
  local name=$1 dir="$work/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -R "$root/test/consumers/$name/." "$dir/"
  # The README's recipe, as the repository runs it.
  cp "$root/examples/testing/bestRun.ts" "$root/examples/testing/bestRun.test.ts" "$root/examples/testing/seed.json" "$dir/"
  cp "$root/test/consumers/shared/"* "$dir/"
  (cd "$dir" && npm_install && npm_install --no-save "$work/wandb-api.tgz")
}

run() {
  local name=$1
  echo "--- consumer: $name"
  project "$name"
  cd "$work/$name"
  case $name in
    jest-cjs) npx jest ;;
    jest-esm) node --experimental-vm-modules node_modules/jest/bin/jest.js ;;
    vitest) npx vitest run ;;
    node-test) node --test ;;
    bun) node_modules/@oven/bun-linux-x64/bin/bun test ;;
    types) for config in nodenext bundler node10; do echo "tsc -p tsconfig.$config.json" && npx tsc -p "tsconfig.$config.json"; done ;;
    *) echo "unknown consumer $name" >&2; return 2 ;;
  esac
}

pack
for name in "$@"; do (run "$name"); done
