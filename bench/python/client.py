"""The real W&B Python client's side of the comparison, one case per call:

    python client.py artifact <name> <root> <default|best>   first download, then the re-download
    python client.py runs <path> <per_page>                   list every run, eager (lazy=False)
    python client.py cold                                     import, Api, viewer, first project

It reads WANDB_BASE_URL and WANDB_API_KEY, keeps wandb's config, cache and data directories in
a fresh temporary directory, and prints one JSON line of timings in milliseconds (the cold
start prints its line as soon as the first project is known; the caller times the process).
"""

import json
import os
import shutil
import sys
import tempfile
import time

START = time.perf_counter()
TMP = tempfile.mkdtemp(prefix="wandb-bench-")
for var, sub in (("WANDB_CONFIG_DIR", "config"), ("WANDB_CACHE_DIR", "cache"), ("WANDB_DATA_DIR", "data"), ("WANDB_DIR", "dir")):
    os.environ[var] = os.path.join(TMP, sub)
    os.makedirs(os.environ[var], exist_ok=True)
os.environ.setdefault("WANDB_SILENT", "true")


def ms(since):
    return (time.perf_counter() - since) * 1000


def main():
    import wandb

    case = sys.argv[1]
    if case == "cold":
        api = wandb.Api()
        viewer = api.viewer
        first = next(iter(api.projects()))
        print(json.dumps({"viewer": viewer.username, "project": first.name, "ms": ms(START)}), flush=True)
        return
    api = wandb.Api(timeout=600)
    api.viewer  # connections and the sidecar up before timing, as the SDK's side is
    if case == "artifact":
        name, root, mode = sys.argv[2], sys.argv[3], sys.argv[4]
        skip_cache = mode == "best"
        started = time.perf_counter()
        api.artifact(name).download(root=root, skip_cache=skip_cache)
        first = ms(started)
        os.sync()  # as the bench does between the SDK's downloads
        started = time.perf_counter()
        api.artifact(name).download(root=root, skip_cache=skip_cache)
        again = ms(started)
        print(json.dumps({"first": first, "again": again}), flush=True)
    elif case == "runs":
        path, per_page = sys.argv[2], int(sys.argv[3])
        started = time.perf_counter()
        count = 0
        for run in api.runs(path, per_page=per_page, lazy=False):
            _ = (run.config.get("c1"), run.config.get("c2"), run.summary.get("s1"), run.summary.get("s2"))
            count += 1
        print(json.dumps({"ms": ms(started), "count": count}), flush=True)
    else:
        raise SystemExit(f"unknown case {case}")


try:
    main()
finally:
    shutil.rmtree(TMP, ignore_errors=True)
