#!/usr/bin/env bash
# Conformance: the real W&B Python client (wandb 0.30.0, unmodified) against wandb-api-fake.
#
# Builds (or reuses) a virtualenv holding the client, starts the fake's HTTP server on a free
# port with test/conformance/seed.json, runs test/conformance/workload.py against it, stops the
# server and ends with the workload's line "N passed, M failed". Exits 0 only when every step
# passed.
#
# Environment:
#   CONFORMANCE_VENV    a virtualenv to build into and reuse across runs (default: a temporary
#                       one, deleted at the end)
#   PYTHON_CLIENT_KIT   the client kit holding setup.sh (default: ../shared/python-client)
#   CONFORMANCE_STEPS   only these steps, comma-separated (passed on to the workload)
#   CONFORMANCE_VERBOSE=1  tracebacks for failed steps
#   CONFORMANCE_COMPILE_QUERIES  the fake's --compile-queries (auto, always or never; default
#                       auto): `always` runs every answer through compiled queries
set -uo pipefail
cd "$(dirname "$0")/.."

kit=${PYTHON_CLIENT_KIT:-../shared/python-client}
work=$(mktemp -d "${TMPDIR:-/tmp}/wandb-conformance.XXXXXX")
server_pid=

cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Any failure before the workload runs is one failed step, reported the same way.
give_up() {
  echo "conformance: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

[ -f "$kit/setup.sh" ] || give_up "no client kit at $kit (set PYTHON_CLIENT_KIT)"
venv=${CONFORMANCE_VENV:-$work/venv}
echo "conformance: preparing the Python client in $venv" >&2
bash "$kit/setup.sh" "$venv" > "$work/setup.log" 2>&1 || {
  tail -n 30 "$work/setup.log" >&2
  give_up "building the client's virtualenv failed"
}

# 40 hex characters: the client refuses keys shorter than 40 before sending anything.
api_key=$(od -An -N20 -tx1 /dev/urandom | tr -d ' \n')
[ ${#api_key} -eq 40 ] || give_up "could not make an API key"

# One node process (tsx as a loader, not as a wrapper process), so stopping it stops the server.
node --import tsx src/testing/bin.ts --port 0 --username ada --api-key "$api_key" \
  --compile-queries "${CONFORMANCE_COMPILE_QUERIES:-auto}" --seed test/conformance/seed.json > "$work/server.log" 2>&1 &
server_pid=$!
base_url=
for _ in $(seq 1 120); do
  base_url=$(sed -n 's/^WANDB_BASE_URL=//p' "$work/server.log")
  [ -n "$base_url" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$base_url" ]; then
  cat "$work/server.log" >&2
  give_up "the fake did not start"
fi
echo "conformance: wandb-api-fake at $base_url" >&2

# wandb-core retries 5xx answers for minutes; a failed step should fail at once. The client's
# own directories go to the work folder, and settings from the caller's shell stay out.
env -u WANDB_ENTITY -u WANDB_PROJECT -u WANDB_ORGANIZATION \
  TMPDIR="$work" \
  WANDB__GRAPHQL_RETRY_MAX=0 \
  WANDB_BASE_URL="$base_url" \
  WANDB_API_KEY="$api_key" \
  "$venv/bin/python" test/conformance/workload.py
status=$?
exit "$status"
