#!/usr/bin/env bash
# A test written in another language's style against the fake W&B's HTTP server: plain HTTP
# and JSON, no SDK. Any language's HTTP client can do the same (a Python version is below).
#
#   npx wandb-api-fake --port 8080 --seed examples/testing/seed.json &
#   WANDB_BASE_URL=http://127.0.0.1:8080 bash examples/testing/fake-server.sh
#
# WANDB_API_KEY is optional: the script reads the key from GET /_fake. It prints one
# "ok - ..." or "not ok - ..." line per check and exits non-zero when a check failed.
#
# The same with Python's requests:
#
#   import os, requests
#   base = os.environ.get("WANDB_BASE_URL", "http://127.0.0.1:8080")
#   key = requests.get(f"{base}/_fake").json()["apiKey"]
#   requests.post(f"{base}/_fake/reset").raise_for_status()
#   query = ("query BestRun($entity: String!, $project: String!, $order: String) { project(entityName: $entity, "
#            "name: $project) { runs(first: 1, order: $order) { edges { node { name } } } } }")
#   variables = {"entity": "lab", "project": "mnist", "order": "-summary_metrics.accuracy"}
#   def best():
#       r = requests.post(f"{base}/graphql", auth=("api", key),
#                         json={"query": query, "variables": variables, "operationName": ""})
#       return r.status_code, r.json()
#   assert best()[1]["data"]["project"]["runs"]["edges"][0]["node"]["name"] == "cnn-2"
#   requests.post(f"{base}/_fake/faults", json={"target": {"operation": "BestRun", "custom": True}, "fault": {"status": 503}}).raise_for_status()
#   assert best()[0] == 503 and best()[0] == 200
#   log = requests.get(f"{base}/_fake/requests", params={"operation": "BestRun"}).json()["requests"]
#   assert [e["status"] for e in log] == [200, 503, 200]
set -euo pipefail

base=${WANDB_BASE_URL:-http://127.0.0.1:8080}
curl=${CURL:-curl}
failures=0

check() { # name, expected text, actual text
  if [[ "$3" == *"$2"* ]]; then
    echo "ok - $1"
  else
    echo "not ok - $1: expected to find $2 in: $3"
    failures=$((failures + 1))
  fi
}

# Control endpoints (under /_fake, outside W&B's paths): no key needed.
fake() { # method, path[, JSON body]
  if [ $# -ge 3 ]; then
    $curl -sS -X "$1" -H 'content-type: application/json' --data-binary "$3" -w ' HTTP %{http_code}' "$base$2"
  else
    $curl -sS -X "$1" -w ' HTTP %{http_code}' "$base$2"
  fi
}

key=${WANDB_API_KEY:-$($curl -sS "$base/_fake" | sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p')}
[ -n "$key" ] || { echo "not ok - no API key from $base/_fake"; exit 1; }

# GraphQL as W&B clients send it: Basic auth with "api:<key>", operationName often empty.
query='query BestRun($entity: String!, $project: String!, $order: String) { project(entityName: $entity, name: $project) { runs(first: 1, order: $order) { edges { node { name state } } } } }'
best_run() {
  $curl -sS -u "api:$key" -H 'content-type: application/json' -w ' HTTP %{http_code}' \
    --data-binary "{\"query\": \"$query\", \"variables\": {\"entity\": \"lab\", \"project\": \"mnist\", \"order\": \"-summary_metrics.accuracy\"}, \"operationName\": \"\"}" \
    "$base/graphql"
}

check 'reset to the seed file' '{"ok":true} HTTP 200' "$(fake POST /_fake/reset)"
check 'the highest accuracy in seed.json is cnn-2' '"name":"cnn-2"' "$(best_run)"

check 'seed one more run' '"added":{"runs":1}} HTTP 200' \
  "$(fake POST /_fake/seed '{"runs": [{"entity": "lab", "project": "mnist", "id": "vit-1", "summary": {"accuracy": 0.999}}]}')"
check 'the new run is now the best' '"name":"vit-1"' "$(best_run)"
check 'a misspelt seed field is refused with its path' '"path":"runs[0].summry"' \
  "$(fake POST /_fake/seed '{"runs": [{"entity": "lab", "project": "mnist", "summry": {}}]}')"

check 'arm a 503 for the next BestRun' '"kind":"next"' "$(fake POST /_fake/faults '{"target": {"operation": "BestRun", "custom": true}, "fault": {"status": 503, "retryAfter": 1}}')"
check 'the next call fails' 'HTTP 503' "$(best_run)"
check 'the one after succeeds' 'HTTP 200' "$(best_run)"

log=$(fake GET '/_fake/requests?operation=BestRun')
check 'the request log has the operation' '"operationName":"BestRun"' "$log"
check 'the request log has the failure' '"status":503,"fault":"status 503, retry-after 1"' "$log"

check 'a wrong key is refused' 'HTTP 401' "$(key=wrong best_run)"
check 'reset drops the added run' '"name":"cnn-2"' "$(fake POST /_fake/reset >/dev/null && best_run)"

[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all checks passed"
