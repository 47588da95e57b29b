#!/usr/bin/env bash
# Python parity check (scripts/parity.py) with the real W&B client, wandb 0.30.0.
# The client's virtualenv is WANDB_VENV (default .tmp/wandb-venv); when it lacks wandb, it is built
# with the shared client kit (WANDB_CLIENT_KIT, default ../shared/python-client).
#   scripts/parity.sh [--min N] [--json]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${WANDB_VENV:-.tmp/wandb-venv}
kit=${WANDB_CLIENT_KIT:-../shared/python-client}
if ! "$venv/bin/python" -c 'import wandb' > /dev/null 2>&1; then
  [ -f "$kit/setup.sh" ] || { echo "no wandb in $venv, and no $kit/setup.sh to build it"; exit 1; }
  bash "$kit/setup.sh" "$venv"
fi
exec "$venv/bin/python" scripts/parity.py "$@"
