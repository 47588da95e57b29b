#!/usr/bin/env python3
"""Conformance workload: the real W&B Python client (wandb 0.30.0) against the fake's HTTP server.

One step per call of the Public API (`wandb.apis.public`). Each step checks values from
`seed.json`; each mutation is read back through a new request (a fresh `wandb.Api()`, or a
`load()` that goes back to the server), never from the object that made the change.

Usage (see scripts/conformance.sh, which also starts the server):

    WANDB_BASE_URL=http://127.0.0.1:PORT WANDB_API_KEY=<40+ chars> python workload.py

Prints one line per step, `PASS <step> (<s>) <detail>` or `FAIL <step> (<s>) <error>`, then
`N passed, M failed`; exits 1 when any step failed. `CONFORMANCE_STEPS=a,b` runs only the named
steps (with the steps they depend on failing as "skipped" when left out); `CONFORMANCE_VERBOSE=1`
prints tracebacks.

Out of scope (they need `wandb.init()` or a local process, not the Public API alone):
- drafting and uploading new artifacts: `wandb.Artifact(...)`, `Artifact.add_file/add_dir/
  add_reference/new_file/remove/save/wait/finalize` on a draft, `Artifact.new_draft().save()`;
- `Api.sync_tensorboard` (runs `wandb sync`, which starts a run);
- `Run.wait_until_finished` on a run that is still running, `QueuedRun.wait_until_running` /
  `wait_until_finished` (they poll until an agent acts; a finished run is checked instead);
- `Run.to_html`, `Project.to_html`, `Sweep.to_html`, `BetaReport.to_html` (HTML helpers).

Not covered because the client cannot do it against any server: `Api.update_automation(obj,
create_missing=True)` on a deleted automation gets the 404 and then hands the saved `Automation`
to `create_automation`, whose input model refuses its `id`, `__typename` and dates.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
import tempfile
import time
import traceback
from typing import Any, Callable

TMP = tempfile.mkdtemp(prefix="wandb-conformance-")
for _var, _sub in (
    ("WANDB_CONFIG_DIR", "config"),
    ("WANDB_CACHE_DIR", "cache"),
    ("WANDB_DATA_DIR", "data"),
    ("WANDB_DIR", "dir"),
    ("WANDB_ARTIFACT_DIR", "artifacts"),
):
    if not os.environ.get(_var):
        os.environ[_var] = os.path.join(TMP, _sub)
        os.makedirs(os.environ[_var], exist_ok=True)

if not os.environ.get("WANDB_BASE_URL") or not os.environ.get("WANDB_API_KEY"):
    sys.exit("workload.py: set WANDB_BASE_URL and WANDB_API_KEY")
os.environ.setdefault("WANDB_SILENT", "true")

import wandb  # noqa: E402

# What seed.json holds.
VIEWER = "ada"
TEAM = "vision"
ORG = "acme"
ORG_ENTITY = "acme-org"
PROJECT = "mnist"
E = VIEWER
P = f"{E}/{PROJECT}"

ONLY = {s for s in os.environ.get("CONFORMANCE_STEPS", "").split(",") if s}
VERBOSE = os.environ.get("CONFORMANCE_VERBOSE") == "1"

ctx: dict[str, Any] = {}
results: list[tuple[str, bool, str]] = []


def fresh() -> wandb.Api:
    """A new Api object: nothing cached, so what it reads comes from the server."""
    return wandb.Api(timeout=int(os.environ.get("CONFORMANCE_TIMEOUT", "30")))


def api() -> wandb.Api:
    if "api" not in ctx:
        ctx["api"] = fresh()
    return ctx["api"]


def check(cond: bool, message: str) -> None:
    if not cond:
        raise AssertionError(message)


def same(got: Any, want: Any, what: str) -> None:
    if got != want:
        raise AssertionError(f"{what}: expected {want!r}, got {got!r}")


def raises(fn: Callable[[], Any], what: str) -> Exception:
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - any error the client raises is the answer
        return e
    raise AssertionError(f"{what}: expected an error, got none")


def graphql(query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    """One GraphQL request made without the client: for fields the client does not expose."""
    import base64
    import urllib.request

    token = base64.b64encode(f"api:{os.environ['WANDB_API_KEY']}".encode()).decode()
    request = urllib.request.Request(
        os.environ["WANDB_BASE_URL"].rstrip("/") + "/graphql",
        data=json.dumps({"query": query, "variables": variables or {}}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"},
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        body = json.load(answer)
    if body.get("errors"):
        raise AssertionError(f"GraphQL errors: {body['errors']}")
    return body["data"]


def step(name: str, needs: tuple[str, ...] = ()):
    def deco(fn: Callable[[], Any]):
        if ONLY and name not in ONLY:
            return fn
        missing = [n for n in needs if n not in ctx]
        if missing:
            results.append((name, False, f"skipped: needs {', '.join(missing)}"))
            print(f"FAIL {name} (0.00s) skipped: needs {', '.join(missing)}", flush=True)
            return fn
        started = time.time()
        try:
            detail = fn()
            ok, message = True, "" if detail is None else str(detail)
        except Exception as e:  # noqa: BLE001 - every failure is reported, none stops the run
            ok, message = False, f"{type(e).__name__}: {e}".replace("\n", " ")[:500]
            if VERBOSE:
                traceback.print_exc()
        results.append((name, ok, message))
        print(f"{'PASS' if ok else 'FAIL'} {name} ({time.time() - started:.2f}s) {message}", flush=True)
        return fn

    return deco


# ─────────────────────────────────────────────────────────────── account: viewer, users, keys


@step("wandb.Api()")
def _():
    ctx["api"] = fresh()


if "api" not in ctx and not ONLY:
    # Nothing else can work without a server that accepts the key; one failure says so.
    print("0 passed, 1 failed", flush=True)
    sys.exit(1)


@step("api.viewer")
def _():
    v = api().viewer
    same(v.username, VIEWER, "username")
    same(v.email, "ada@example.com", "email")
    same(v.entity, VIEWER, "entity")
    check(TEAM in v.teams, f"teams {v.teams} lack {TEAM}")
    ctx["viewer"] = v
    return f"username={v.username} teams={v.teams}"


@step("api.default_entity")
def _():
    same(fresh().default_entity, VIEWER, "default_entity")


@step("api.user")
def _():
    u = api().user("bob@example.com")
    check(u is not None, "bob not found by email")
    same(u.username, "bob", "username")
    same(u.name, "Bob Builder", "name")
    return f"user={u.username}"


@step("api.users")
def _():
    found = sorted(u.username for u in api().users("example.com"))
    for name in ("ada", "bob", "cleo"):
        check(name in found, f"{name} missing from {found}")
    return f"users={found}"


@step("User.api_keys", needs=("viewer",))
def _():
    keys = fresh().viewer.api_keys
    check(len(keys) >= 1, f"the viewer has no API keys: {keys}")
    return f"keys={len(keys)}"


@step("User.teams", needs=("viewer",))
def _():
    teams = fresh().viewer.teams
    check({TEAM, "scratchpad"} <= set(teams), f"teams {teams}")


@step("User.generate_api_key", needs=("viewer",))
def _():
    before = set(fresh().viewer.api_keys)
    key = ctx["viewer"].generate_api_key(description="conformance key")
    check(bool(key) and len(key) >= 40, f"key {key!r}")
    after = set(fresh().viewer.api_keys)
    added = after - before
    same(len(added), 1, "keys added")
    ctx["new_key_name"] = added.pop()
    ctx["new_key"] = key
    # The new key works: an Api made with it sees the same viewer.
    same(wandb.Api(api_key=key).viewer.username, VIEWER, "viewer seen with the new key")


@step("User.delete_api_key", needs=("new_key_name",))
def _():
    v = fresh().viewer
    check(v.delete_api_key(ctx["new_key_name"]) is True, "delete_api_key returned False")
    check(ctx["new_key_name"] not in fresh().viewer.api_keys, "the key is still listed")


@step("api.create_user")
def _():
    u = api().create_user("eve@example.com", admin=False)
    same(u.email, "eve@example.com", "email")
    back = fresh().user("eve@example.com")
    check(back is not None, "eve not found after create_user")
    return f"username={back.username}"


# ─────────────────────────────────────────────────────────────── teams


@step("api.team")
def _():
    t = api().team(TEAM)
    same(t.name, TEAM, "name")
    names = sorted(m.username for m in t.members if m.username)
    check({"ada", "bob", "cleo"} <= set(names), f"members {names}")
    # A pending invitation is listed too, by its email, without a username.
    check("dora@example.com" in [m.email for m in t.members if not m.username], "the pending invite is not listed")
    ctx["team"] = t
    return f"members={names}"


@step("Team.invite", needs=("team",))
def _():
    check(ctx["team"].invite("frank@example.com") is True, "invite by email returned False")
    check(ctx["team"].invite("bob") is False, "inviting a member again should be refused")
    emails = [m.email for m in fresh().team(TEAM).members]
    check("frank@example.com" in emails, f"the invite is not listed among the members: {emails}")


@step("Member.delete", needs=("team",))
def _():
    t = fresh().team(TEAM)
    cleo = next(m for m in t.members if m.username == "cleo")
    check(cleo.delete() is True, "delete returned False")
    names = [m.username for m in fresh().team(TEAM).members]
    check("cleo" not in names, f"cleo is still a member: {names}")


@step("Team.create_service_account", needs=("team",))
def _():
    m = fresh().team(TEAM).create_service_account("CI bot")
    check(m is not None, "create_service_account returned None")
    members = fresh().team(TEAM).members
    check(any(x.account_type == "SERVICE" for x in members), f"no SERVICE member: {[x.account_type for x in members]}")


@step("api.create_team")
def _():
    t = api().create_team("new-team")
    same(t.name, "new-team", "name")
    back = fresh().team("new-team")
    check(any(m.username == VIEWER for m in back.members), "the creator is not a member")


# ─────────────────────────────────────────────────────────────── organization


@step("api.organization()")
def _():
    org = fresh().organization()
    same(org.name, ORG, "name")
    same(org.org_entity.name, ORG_ENTITY, "org entity")
    return f"org={org.name} entity={org.org_entity.name}"


@step("api.organization(name)")
def _():
    org = api().organization(ORG)
    same(org.name, ORG, "name")
    e = raises(lambda: api().organization("no-such-org"), "a missing organization")
    return f"missing -> {type(e).__name__}"


# ─────────────────────────────────────────────────────────────── projects


@step("api.projects")
def _():
    ps = api().projects(E, per_page=2)
    names = sorted(p.name for p in ps)
    check({"mnist", "sandbox"} <= set(names), f"projects {names}")
    return f"projects={names}"


@step("Projects.length")
def _():
    ps = api().projects(E, per_page=1)
    n = len(list(ps))
    check(ps.length is None or ps.length == n, f"length {ps.length} but {n} listed")


@step("api.project")
def _():
    p = api().project(PROJECT, entity=E)
    same(p.name, PROJECT, "name")
    same(p.entity, E, "entity")
    check(bool(p.id), "no id")
    same(p.path, [E, PROJECT], "path")
    check(p.url.endswith(f"/{E}/{PROJECT}/workspace"), f"url {p.url}")
    ctx["project"] = p


@step("api.project (missing)")
def _():
    # The Project is made lazily; its first read of the server finds nothing.
    raises(lambda: api().project("no-such-project", entity=E).id, "a missing project")


@step("Project.owner", needs=("project",))
def _():
    same(ctx["project"].owner.username, VIEWER, "owner")


@step("Project.artifacts_types", needs=("project",))
def _():
    names = sorted(t.name for t in ctx["project"].artifacts_types())
    check({"dataset", "model"} <= set(names), f"types {names}")


@step("Project.collections", needs=("project",))
def _():
    names = sorted(c.name for c in ctx["project"].collections())
    check({"digits", "classifier"} <= set(names), f"collections {names}")


@step("Project.sweeps", needs=("project",))
def _():
    ids = [s.id for s in ctx["project"].sweeps()]
    check("swp1" in ids, f"sweeps {ids}")


@step("api.create_project")
def _():
    api().create_project("made-here", E)
    p = fresh().project("made-here", entity=E)
    same(p.name, "made-here", "name")


@step("api.from_path (project)")
def _():
    p = fresh().from_path(P)
    same(type(p).__name__, "Project", "type")
    same(p.name, PROJECT, "name")


@step("api.from_path (run)")
def _():
    r = fresh().from_path(f"{P}/runs/run-a")
    same(type(r).__name__, "Run", "type")
    same(r.name, "baseline", "name")


@step("api.from_path (sweep)")
def _():
    s = fresh().from_path(f"{P}/sweeps/swp1")
    same(type(s).__name__, "Sweep", "type")
    same(s.id, "swp1", "id")


# ─────────────────────────────────────────────────────────────── runs


@step("api.runs (filters + order + paging)")
def _():
    runs = api().runs(P, filters={"state": "finished", "config.lr": {"$gte": 0.001}}, order="-summary_metrics.loss", per_page=1)
    got = [(r.id, r.config["lr"], r.summary["loss"]) for r in runs]
    # The sweep's runs are finished runs of the project too.
    same([g[0] for g in got], ["swp-r1", "run-b", "swp-r2", "run-a"], "ids ordered by loss, descending")
    same(got[3][1:], (0.01, 0.25), "run-a config.lr and summary.loss")
    ctx["runs"] = runs


@step("len(runs)", needs=("runs",))
def _():
    same(len(ctx["runs"]), 4, "len")


@step("api.runs (lazy=False)")
def _():
    runs = list(api().runs(P, filters={"display_name": "baseline"}, lazy=False))
    same([r.id for r in runs], ["run-a"], "ids")
    same(runs[0].config.get("optimizer"), "adam", "config.optimizer")
    same(runs[0].summary.get("acc"), 0.91, "summary.acc")


@step("api.runs (tags + group + $or + regex)")
def _():
    by_tag = sorted(r.id for r in api().runs(P, filters={"tags": "baseline"}))
    same(by_tag, ["run-a"], "tag filter")
    by_or = sorted(r.id for r in api().runs(P, filters={"$or": [{"config.optimizer": "adam"}, {"state": "crashed"}]}))
    same(by_or, ["run-a", "run-c"], "$or filter")
    by_regex = sorted(r.id for r in api().runs(P, filters={"display_name": {"$regex": "^wi"}}))
    same(by_regex, ["run-b"], "$regex filter")


@step("Runs.histories")
def _():
    rows = api().runs(P, filters={"display_name": {"$in": ["baseline", "wide"]}}).histories(samples=100, keys=["loss"], format="default")
    runs_seen = sorted({row["run_id"] for row in rows})
    same(runs_seen, ["run-a", "run-b"], "runs in histories")
    same(len(rows), 8, "rows (6 + 2)")


@step("Runs.upgrade_to_full")
def _():
    runs = api().runs(P, filters={"display_name": {"$in": ["baseline", "wide"]}})
    first = [r.id for r in runs]
    runs.upgrade_to_full()
    same(sorted(first), ["run-a", "run-b"], "ids")
    same({r.id: r.config.get("lr") for r in runs.objects}, {"run-a": 0.01, "run-b": 0.001}, "config after upgrade")


@step("api.run")
def _():
    r = api().run(f"{P}/run-a")
    same(r.id, "run-a", "id")
    same(r.name, "baseline", "name")
    same(r.display_name, "baseline", "display_name")
    same(r.state, "finished", "state")
    same(r.config, {"lr": 0.01, "optimizer": "adam", "layers": 3}, "config")
    same(r.summary["acc"], 0.91, "summary.acc")
    same(sorted(r.tags), ["baseline", "v1"], "tags")
    same(r.group, "grp-1", "group")
    same(r.job_type, "train", "job_type")
    same(r.notes, "first run", "notes")
    same(r.entity, E, "entity")
    same(r.project, PROJECT, "project")
    same(r.path, [E, PROJECT, "run-a"], "path")
    same(r.lastHistoryStep, 5, "lastHistoryStep")
    check(r.url.endswith(f"/{E}/{PROJECT}/runs/run-a"), f"url {r.url}")
    ctx["run"] = r


@step("api.run (missing)")
def _():
    raises(lambda: fresh().run(f"{P}/no-such-run"), "a missing run")


@step("Run.system_metrics", needs=("run",))
def _():
    same(fresh().run(f"{P}/run-a").system_metrics.get("gpu"), 1, "system_metrics.gpu")


@step("Run.metadata", needs=("run",))
def _():
    # No wandb-metadata.json was seeded: the client answers None rather than failing.
    same(ctx["run"].metadata, None, "metadata")


@step("Run.load", needs=("run",))
def _():
    r = fresh().run(f"{P}/run-a")
    attrs = r.load(force=True)
    same(attrs["displayName"], "baseline", "displayName")


@step("Run.history (sampled keys)", needs=("run",))
def _():
    rows = ctx["run"].history(keys=["loss"], samples=100, pandas=False)
    same([row["loss"] for row in rows], [1.0, 0.7, 0.5, 0.4, 0.3, 0.25], "loss")
    same([row["_step"] for row in rows], list(range(6)), "_step")


@step("Run.history (all keys)", needs=("run",))
def _():
    rows = ctx["run"].history(samples=100, pandas=False)
    same(len(rows), 6, "rows")
    same(rows[-1].get("acc"), 0.91, "last acc")


@step("Run.scan_history", needs=("run",))
def _():
    rows = list(ctx["run"].scan_history(keys=["loss", "acc"], page_size=4))
    same([row["_step"] for row in rows], list(range(6)), "_step")
    same(rows[2]["acc"], 0.75, "acc at step 2")


@step("Run.scan_history (min/max step)", needs=("run",))
def _():
    rows = list(ctx["run"].scan_history(keys=["loss"], min_step=2, max_step=4))
    same([row["_step"] for row in rows], [2, 3], "_step in [2, 4)")


@step("Run.beta_scan_history", needs=("run",))
def _():
    rows = list(ctx["run"].beta_scan_history(keys=["loss"]))
    same([row["loss"] for row in rows], [1.0, 0.7, 0.5, 0.4, 0.3, 0.25], "loss")


@step("Run.download_history_exports", needs=("run",))
def _():
    out = tempfile.mkdtemp(dir=TMP)
    result = fresh().run(f"{P}/run-a").download_history_exports(out, require_complete_history=False)
    check(not result.errors, f"errors {result.errors}")
    check(len(result.paths) >= 1, "no files")
    for path in result.paths:
        with open(path, "rb") as fh:
            same(fh.read(4), b"PAR1", f"{path} starts as parquet")


@step("Run.files", needs=("run",))
def _():
    files = ctx["run"].files(per_page=1)
    names = sorted(f.name for f in files)
    same(names, ["logs/extra.log", "notes.txt"], "names")
    same(len(files), 2, "len")


@step("Run.file + File.download", needs=("run",))
def _():
    f = ctx["run"].file("notes.txt")
    same(f.size, 17, "size")
    root = tempfile.mkdtemp(dir=TMP)
    with f.download(root=root, replace=True) as fh:
        same(fh.read(), "hello from run-a\n", "content")


@step("File.delete")
def _():
    r = fresh().run(f"{P}/run-b")
    r.file("remove-me.txt").delete()
    names = [f.name for f in fresh().run(f"{P}/run-b").files()]
    check("remove-me.txt" not in names, f"still listed: {names}")


@step("Run.upload_file")
def _():
    path = os.path.join(TMP, "uploaded.txt")
    with open(path, "w") as fh:
        fh.write("uploaded through the public API\n")
    fresh().run(f"{P}/run-b").upload_file(path, root=TMP)
    f = fresh().run(f"{P}/run-b").file("uploaded.txt")
    root = tempfile.mkdtemp(dir=TMP)
    with f.download(root=root, replace=True) as fh:
        same(fh.read(), "uploaded through the public API\n", "content read back")


@step("Run.update")
def _():
    r = fresh().run(f"{P}/run-b")
    r.tags = ["v1", "reviewed"]
    r.config["extra"] = "yes"
    r.summary["best"] = 0.5
    r.notes = "checked"
    r.display_name = "wide-renamed"
    r.group = "grp-2"
    r.job_type = "eval"
    r.update()
    back = fresh().run(f"{P}/run-b")
    same(sorted(back.tags), ["reviewed", "v1"], "tags")
    same(back.config.get("extra"), "yes", "config.extra")
    same(back.config.get("lr"), 0.001, "config.lr kept")
    same(back.summary.get("best"), 0.5, "summary.best")
    same(back.notes, "checked", "notes")
    same(back.display_name, "wide-renamed", "display_name")
    same(back.group, "grp-2", "group")
    same(back.job_type, "eval", "job_type")


@step("Run.summary.update")
def _():
    r = fresh().run(f"{P}/run-b")
    r.summary.update({"f1": 0.7})
    back = fresh().run(f"{P}/run-b")
    same(back.summary.get("f1"), 0.7, "summary.f1")


@step("Run.update_state (running -> pending)")
def _():
    r = fresh().run(f"{P}/run-live")
    check(r.update_state("pending") is True, "update_state returned False")
    same(fresh().run(f"{P}/run-live").state, "pending", "state read back")


@step("Run.update_state (pending -> failed)")
def _():
    r = fresh().run(f"{P}/run-live")
    check(r.update_state("failed") is True, "update_state returned False")
    same(fresh().run(f"{P}/run-live").state, "failed", "state read back")


@step("Run.update_state (crashed -> pending)")
def _():
    r = fresh().run(f"{P}/run-c")
    check(r.update_state("pending") is True, "update_state returned False")
    same(fresh().run(f"{P}/run-c").state, "pending", "state read back")


@step("Run.update_state (finished -> pending refused)")
def _():
    r = fresh().run(f"{P}/run-a")
    raises(lambda: r.update_state("pending"), "finished -> pending")
    same(fresh().run(f"{P}/run-a").state, "finished", "state unchanged")


@step("Run.stop")
def _():
    query = "query($e: String!, $p: String!, $r: String!) { project(entityName: $e, name: $p) { run(name: $r) { stopped } } }"
    flag = lambda: graphql(query, {"e": E, "p": PROJECT, "r": "run-stop"})["project"]["run"]["stopped"]  # noqa: E731
    check(not flag(), "the run is flagged before stop()")
    fresh().run(f"{P}/run-stop").stop()
    # W&B flags the run; the process that runs it sees the flag at its next heartbeat and stops.
    # The client does not expose the flag, so it is read with a plain GraphQL request.
    same(flag(), True, "stopped")
    fresh().run(f"{P}/run-stop").stop()  # again: no effect, no error


@step("Run.console_logs", needs=("run",))
def _():
    lines = list(fresh().run(f"{P}/run-a").console_logs(per_page=2))
    same([ln.content for ln in lines], ["epoch 1 starting", "epoch 1 done", "warning: slow disk"], "contents")
    same([ln.number for ln in lines], [0, 1, 2], "numbers")
    # W&B marks what the run wrote to stderr with level "error"; stdout lines have none.
    same([ln.level for ln in lines], ["", "", "error"], "levels")
    check(all(ln.timestamp is not None for ln in lines), "timestamps")


@step("Run.console_logs (last)", needs=("run",))
def _():
    lines = list(fresh().run(f"{P}/run-a").console_logs(last=1))
    same([ln.content for ln in lines], ["warning: slow disk"], "contents")


@step("Run.logged_artifacts", needs=("run",))
def _():
    arts = sorted(a.name for a in ctx["run"].logged_artifacts())
    same(arts, ["digits:v0", "digits:v1"], "logged")


@step("Run.used_artifacts")
def _():
    arts = [a.name for a in fresh().run(f"{P}/run-b").used_artifacts()]
    same(arts, ["digits:v0"], "used")


@step("Run.use_artifact")
def _():
    a = api().artifact(f"{P}/classifier:v0")
    r = fresh().run(f"{P}/run-a")
    r.use_artifact(a, use_as="weights")
    used = [x.name for x in fresh().run(f"{P}/run-a").used_artifacts()]
    check("classifier:v0" in used, f"used {used}")


@step("Run.log_artifact")
def _():
    # An existing version (same digest): no new version; it gets the aliases and tags, and the
    # run as its creator, since no run logged it.
    a = api().artifact(f"{P}/unowned:v0")
    fresh().run(f"{P}/run-a").log_artifact(a, aliases=["from-run-a"], tags=["relogged"])
    logged = [x.name for x in fresh().run(f"{P}/run-a").logged_artifacts()]
    check("unowned:v0" in logged, f"logged {logged}")
    back = fresh().artifact(f"{P}/unowned:from-run-a")
    same((back.version, back.digest, back.tags), ("v0", a.digest, ["relogged"]), "version, digest and tags of the aliased version")
    same([v.version for v in fresh().artifacts("model", f"{P}/unowned")], ["v0"], "versions")


@step("Run.sweep")
def _():
    r = fresh().run(f"{P}/swp-r1")
    same(r.sweep_name, "swp1", "sweep_name")
    same(r.sweep.id, "swp1", "sweep id")


@step("Run.wait_until_finished (finished run)")
def _():
    r = fresh().run(f"{P}/run-a")
    r.wait_until_finished()
    same(r.state, "finished", "state")


@step("Run.json_config", needs=("run",))
def _():
    same(json.loads(ctx["run"].json_config)["lr"]["value"], 0.01, "json_config lr")


@step("api.create_run")
def _():
    r = api().create_run(run_id="created-run", project=PROJECT, entity=E)
    same(r.id, "created-run", "id")
    back = fresh().run(f"{P}/created-run")
    same(back.state, "running", "state")


@step("Run.delete")
def _():
    r = fresh().run(f"{E}/sandbox/run-doomed")
    r.delete()
    raises(lambda: fresh().run(f"{E}/sandbox/run-doomed"), "the deleted run")


# ─────────────────────────────────────────────────────────────── artifacts


@step("api.artifact")
def _():
    a = api().artifact(f"{P}/digits:v1")
    same(a.name, "digits:v1", "name")
    same(a.type, "dataset", "type")
    same(a.version, "v1", "version")
    same(a.description, "MNIST sample v1", "description")
    same(a.metadata, {"rows": 3}, "metadata")
    same(sorted(a.aliases), ["best", "latest"], "aliases")
    same(a.tags, ["clean"], "tags")
    same(a.state, "COMMITTED", "state")
    same(a.file_count, 2, "file_count")
    same(a.entity, E, "entity")
    same(a.project, PROJECT, "project")
    same(a.qualified_name, f"{P}/digits:v1", "qualified_name")
    check(a.size > 0, f"size {a.size}")
    check(len(a.digest) == 32, f"digest {a.digest}")
    ctx["artifact"] = a


@step("api.artifact (by alias)")
def _():
    same(api().artifact(f"{P}/digits:best").version, "v1", "version of :best")
    same(api().artifact(f"{P}/digits:latest").version, "v1", "version of :latest")


@step("api.artifact (missing)")
def _():
    raises(lambda: api().artifact(f"{P}/digits:v9"), "a missing version")


@step("Artifact.digest_algorithm", needs=("artifact",))
def _():
    same(str(ctx["artifact"].digest_algorithm.value).lower(), "manifest_md5", "digest_algorithm")


@step("Artifact.created_at/updated_at", needs=("artifact",))
def _():
    a = ctx["artifact"]
    for field in (a.created_at, a.updated_at):
        datetime.datetime.fromisoformat(field.replace("Z", "+00:00"))


@step("Artifact.source_* + url", needs=("artifact",))
def _():
    a = ctx["artifact"]
    same((a.source_entity, a.source_project, a.source_name, a.source_version), (E, PROJECT, "digits:v1", "v1"), "source")
    same(a.source_qualified_name, f"{P}/digits:v1", "source_qualified_name")
    same(a.is_link, False, "is_link")
    check(a.url.startswith(os.environ["WANDB_BASE_URL"].rstrip("/")) and f"/{E}/{PROJECT}/artifacts/dataset/digits/" in a.url, f"url {a.url}")


@step("Artifact.collection", needs=("artifact",))
def _():
    c = ctx["artifact"].collection
    same(c.name, "digits", "collection name")
    same(c.type, "dataset", "collection type")


@step("Artifact.manifest", needs=("artifact",))
def _():
    paths = sorted(ctx["artifact"].manifest.entries)
    same(paths, ["table.table.json", "train.csv"], "manifest paths")


@step("Artifact.files", needs=("artifact",))
def _():
    files = ctx["artifact"].files(per_page=1)
    same(sorted(f.name for f in files), ["table.table.json", "train.csv"], "names")
    same(len(files), 2, "len")


@step("Artifact.files (names)", needs=("artifact",))
def _():
    same([f.name for f in ctx["artifact"].files(names=["train.csv"])], ["train.csv"], "names")


@step("Artifact.download")
def _():
    a = fresh().artifact(f"{P}/digits:v0")
    root = a.download(root=tempfile.mkdtemp(dir=TMP))
    with open(os.path.join(root, "train.csv")) as fh:
        same(fh.read(), "x,y\n1,2\n", "train.csv")
    with open(os.path.join(root, "nested", "readme.md")) as fh:
        same(fh.read(), "# digits\n", "nested/readme.md")


@step("Artifact.download (path_prefix)")
def _():
    a = fresh().artifact(f"{P}/digits:v0")
    root = a.download(root=tempfile.mkdtemp(dir=TMP), path_prefix="nested/")
    got = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
    same(got, [os.path.join("nested", "readme.md")], "files")


@step("Artifact.get_entry + download")
def _():
    a = fresh().artifact(f"{P}/digits:v0")
    path = a.get_entry("train.csv").download(root=tempfile.mkdtemp(dir=TMP))
    with open(path) as fh:
        same(fh.read(), "x,y\n1,2\n", "content")


@step("Artifact.file")
def _():
    a = fresh().artifact(f"{P}/classifier:v0")
    with open(a.file(root=tempfile.mkdtemp(dir=TMP)), "rb") as fh:
        same(fh.read(), bytes(range(8)), "model.bin")


@step("Artifact.checkout")
def _():
    root = tempfile.mkdtemp(dir=TMP)
    with open(os.path.join(root, "stray.txt"), "w") as fh:
        fh.write("not in the artifact")
    fresh().artifact(f"{P}/classifier:v0").checkout(root=root)
    same(sorted(os.listdir(root)), ["model.bin"], "files after checkout")


@step("Artifact.verify")
def _():
    a = fresh().artifact(f"{P}/digits:v0")
    root = a.download(root=tempfile.mkdtemp(dir=TMP))
    a.verify(root=root)
    with open(os.path.join(root, "train.csv"), "a") as fh:
        fh.write("tampered\n")
    raises(lambda: a.verify(root=root), "a changed file")


@step("Artifact.get (table)")
def _():
    table = fresh().artifact(f"{P}/digits:v1").get("table")
    check(table is not None, "get returned None")
    same(list(table.columns), ["a", "b"], "columns")
    same([list(row) for row in table.data], [[1, "x"], [2, "y"]], "data")


@step("Artifact.logged_by", needs=("artifact",))
def _():
    same(ctx["artifact"].logged_by().id, "run-a", "logged_by")


@step("Artifact.used_by")
def _():
    same([r.id for r in fresh().artifact(f"{P}/digits:v0").used_by()], ["run-b"], "used_by")


@step("Artifact.save (description + metadata + aliases + tags + ttl)")
def _():
    a = fresh().artifact(f"{P}/digits:v0")
    a.description = "edited"
    a.metadata = {"rows": 2, "checked": True}
    a.aliases.append("reviewed")
    a.tags = ["raw"]
    a.ttl = datetime.timedelta(days=30)
    a.save()
    back = fresh().artifact(f"{P}/digits:v0")
    same(back.description, "edited", "description")
    same(back.metadata, {"rows": 2, "checked": True}, "metadata")
    check("reviewed" in back.aliases, f"aliases {back.aliases}")
    same(back.tags, ["raw"], "tags")
    same(back.ttl, datetime.timedelta(days=30), "ttl")


@step("Artifact.save (remove alias)")
def _():
    a = fresh().artifact(f"{P}/digits:v0")
    a.aliases.remove("reviewed")
    a.save()
    check("reviewed" not in fresh().artifact(f"{P}/digits:v0").aliases, "alias still there")


@step("Artifact.link")
def _():
    a = fresh().artifact(f"{P}/classifier:v0")
    linked = a.link(f"{ORG_ENTITY}/wandb-registry-models/prod-classifier", aliases=["production"])
    same(linked.is_link, True, "is_link")
    back = fresh().artifact(f"{ORG_ENTITY}/wandb-registry-models/prod-classifier:production")
    same(back.source_name, "classifier:v0", "source_name")
    same(back.is_link, True, "is_link read back")
    check(back.linked_at is not None, "linked_at")
    ctx["linked"] = True


@step("Artifact.linked_artifacts", needs=("linked",))
def _():
    names = [x.qualified_name for x in fresh().artifact(f"{P}/classifier:v0").linked_artifacts]
    same(names, [f"{ORG_ENTITY}/wandb-registry-models/prod-classifier:v0"], "linked artifacts")


@step("Artifact.source_artifact", needs=("linked",))
def _():
    src = fresh().artifact(f"{ORG_ENTITY}/wandb-registry-models/prod-classifier:v0").source_artifact
    same(src.qualified_name, f"{P}/classifier:v0", "source")


@step("Artifact.unlink", needs=("linked",))
def _():
    fresh().artifact(f"{ORG_ENTITY}/wandb-registry-models/prod-classifier:v0").unlink()
    check(not fresh().artifact_exists(f"{ORG_ENTITY}/wandb-registry-models/prod-classifier:v0"), "still linked")
    check(fresh().artifact_exists(f"{P}/classifier:v0"), "the source went with the link")


@step("Artifact.delete")
def _():
    fresh().artifact(f"{P}/scratch-art:v0").delete(delete_aliases=True)
    check(not fresh().artifact_exists(f"{P}/scratch-art:v0"), "the deleted version still exists")


@step("api.artifact_exists")
def _():
    same(api().artifact_exists(f"{P}/digits:v0"), True, "digits:v0")
    same(api().artifact_exists(f"{P}/digits:v7"), False, "digits:v7")


@step("api.artifacts")
def _():
    arts = api().artifacts("dataset", f"{P}/digits", per_page=1)
    same(sorted(a.version for a in arts), ["v0", "v1"], "versions")
    same(len(arts), 2, "len")


@step("api.artifacts (tags)")
def _():
    same([a.version for a in api().artifacts("dataset", f"{P}/digits", tags=["clean"])], ["v1"], "versions tagged clean")


@step("api.artifact_versions")
def _():
    same(sorted(a.version for a in api().artifact_versions("dataset", f"{P}/digits")), ["v0", "v1"], "versions")


@step("api.artifact_types")
def _():
    names = sorted(t.name for t in api().artifact_types(P))
    check({"dataset", "model"} <= set(names), f"types {names}")


@step("api.artifact_type")
def _():
    t = api().artifact_type("dataset", P)
    same(t.name, "dataset", "name")
    check(bool(t.id), "id")
    ctx["atype"] = t


@step("ArtifactType.load", needs=("atype",))
def _():
    same(ctx["atype"].load().name, "dataset", "name after load")


@step("ArtifactType.collections", needs=("atype",))
def _():
    names = sorted(c.name for c in ctx["atype"].collections())
    check({"digits", "old-coll"} <= set(names), f"collections {names}")


@step("ArtifactType.collection", needs=("atype",))
def _():
    same(ctx["atype"].collection("digits").name, "digits", "name")


@step("api.artifact_collections")
def _():
    cols = api().artifact_collections(P, "dataset", per_page=1)
    names = sorted(c.name for c in cols)
    check({"digits", "old-coll"} <= set(names), f"collections {names}")
    check(len(cols) == len(names), f"len {len(cols)} for {names}")


@step("api.artifact_collection")
def _():
    c = api().artifact_collection("dataset", f"{P}/digits")
    same(c.name, "digits", "name")
    same(c.type, "dataset", "type")
    same(c.entity, E, "entity")
    same(c.project, PROJECT, "project")
    check(bool(c.project_id), "project_id")
    same(c.is_sequence(), True, "is_sequence")
    ctx["collection"] = c


@step("ArtifactCollection.artifacts", needs=("collection",))
def _():
    same(sorted(a.version for a in ctx["collection"].artifacts()), ["v0", "v1"], "versions")


@step("ArtifactCollection.aliases", needs=("collection",))
def _():
    check({"best", "latest"} <= set(ctx["collection"].aliases), f"aliases {ctx['collection'].aliases}")


@step("ArtifactCollection.load", needs=("collection",))
def _():
    data = ctx["collection"].load(E, PROJECT, "dataset", "digits")
    same(data.name, "digits", "name")


@step("ArtifactCollection.save (description + tags)")
def _():
    c = fresh().artifact_collection("dataset", f"{P}/digits")
    c.description = "The digits collection"
    c.tags = ["curated"]
    c.save()
    back = fresh().artifact_collection("dataset", f"{P}/digits")
    same(back.description, "The digits collection", "description")
    same(back.tags, ["curated"], "tags")


@step("ArtifactCollection.save (rename)")
def _():
    c = fresh().artifact_collection("dataset", f"{P}/old-coll")
    c.name = "renamed-coll"
    c.save()
    check(fresh().artifact_collection_exists(f"{P}/renamed-coll", "dataset"), "renamed collection missing")
    check(not fresh().artifact_collection_exists(f"{P}/old-coll", "dataset"), "old name still there")


@step("ArtifactCollection.change_type")
def _():
    c = fresh().artifact_collection("dataset", f"{P}/renamed-coll")
    c.change_type("archive")
    same(fresh().artifact_collection("archive", f"{P}/renamed-coll").type, "archive", "type read back")


@step("ArtifactCollection.delete")
def _():
    fresh().artifact_collection("archive", f"{P}/renamed-coll").delete()
    check(not fresh().artifact_collection_exists(f"{P}/renamed-coll", "archive"), "collection still exists")


@step("api.artifact_collection_exists")
def _():
    same(api().artifact_collection_exists(f"{P}/digits", "dataset"), True, "digits")
    same(api().artifact_collection_exists(f"{P}/nope", "dataset"), False, "nope")


# ─────────────────────────────────────────────────────────────── registries


@step("api.registries")
def _():
    regs = api().registries()
    names = sorted(r.name for r in regs)
    check({"models", "datasets"} <= set(names), f"registries {names}")


@step("api.registries (filter)")
def _():
    # A plain name gets the registry prefix from the client; a regex is matched against the full name.
    same([r.name for r in api().registries(filter={"name": "models"})], ["models"], "by name")
    same([r.name for r in api().registries(filter={"name": {"$regex": "mod"}})], ["models"], "by regex")


@step("api.registry")
def _():
    r = api().registry("models", organization=ORG)
    same(r.name, "models", "name")
    same(r.full_name, "wandb-registry-models", "full_name")
    same(r.organization, ORG, "organization")
    same(r.entity, ORG_ENTITY, "entity")
    same(r.description, "Production models", "description")
    same(r.allow_all_artifact_types, False, "allow_all_artifact_types")
    same(list(r.artifact_types), ["model"], "artifact_types")
    same(r.visibility, "organization", "visibility")
    check(bool(r.id), "id")
    ctx["registry"] = r


@step("api.registry (organization inferred)")
def _():
    same(fresh().registry("models").organization, ORG, "organization")


@step("api.create_registry")
def _():
    r = api().create_registry("experiments", visibility="restricted", organization=ORG, description="Scratch", artifact_types=["dataset", "model"])
    same(r.name, "experiments", "name")
    back = fresh().registry("experiments", organization=ORG)
    same(back.visibility, "restricted", "visibility")
    same(sorted(back.artifact_types), ["dataset", "model"], "artifact_types")
    same(back.description, "Scratch", "description")


@step("Registry.save")
def _():
    r = fresh().registry("experiments", organization=ORG)
    r.description = "Scratch space"
    r.artifact_types.append("table")
    r.visibility = "organization"
    r.save()
    back = fresh().registry("experiments", organization=ORG)
    same(back.description, "Scratch space", "description")
    check("table" in back.artifact_types, f"artifact_types {list(back.artifact_types)}")
    same(back.visibility, "organization", "visibility")


@step("Registry.load", needs=("registry",))
def _():
    ctx["registry"].load()
    same(ctx["registry"].description, "Production models", "description")


@step("Registry.members", needs=("registry",))
def _():
    users = {m.user.username: m.role for m in ctx["registry"].user_members()}
    same(users.get("bob"), "viewer", "bob's role")
    check(len(ctx["registry"].members()) >= 1, "members")


@step("Registry.add_members")
def _():
    r = fresh().registry("models", organization=ORG)
    cleo = fresh().user("cleo@example.com")
    r.add_members(cleo)
    users = {m.user.username for m in fresh().registry("models", organization=ORG).user_members()}
    check("cleo" in users, f"users {users}")


@step("Registry.update_member")
def _():
    r = fresh().registry("models", organization=ORG)
    cleo = fresh().user("cleo@example.com")
    r.update_member(cleo, role="admin")
    users = {m.user.username: m.role for m in fresh().registry("models", organization=ORG).user_members()}
    same(users.get("cleo"), "admin", "cleo's role")


@step("Registry.team_members + add team")
def _():
    r = fresh().registry("models", organization=ORG)
    r.add_members(fresh().team(TEAM))
    teams = [m.team.name for m in fresh().registry("models", organization=ORG).team_members()]
    same(teams, [TEAM], "team members")


@step("Registry.remove_members")
def _():
    r = fresh().registry("models", organization=ORG)
    r.remove_members(fresh().user("cleo@example.com"))
    users = {m.user.username for m in fresh().registry("models", organization=ORG).user_members()}
    check("cleo" not in users, f"users {users}")


@step("Registry.collections + versions")
def _():
    a = fresh().artifact(f"{P}/classifier:v0")
    a.link(f"{ORG_ENTITY}/wandb-registry-models/clf", aliases=["staging"])
    r = fresh().registry("models", organization=ORG)
    # prod-classifier stays, empty, after its only version was unlinked.
    names = [c.name for c in r.collections()]
    check("clf" in names, f"collections {names}")
    same([v.source_name for v in r.versions()], ["classifier:v0"], "versions")


@step("Registries.collections + versions")
def _():
    regs = fresh().registries(filter={"name": "models"})
    names = [c.name for c in regs.collections()]
    check("clf" in names, f"collections {names}")
    same([v.name for v in regs.versions()], ["clf:v0"], "versions")


@step("Registry.delete")
def _():
    fresh().registry("experiments", organization=ORG).delete()
    raises(lambda: fresh().registry("experiments", organization=ORG), "the deleted registry")


# ─────────────────────────────────────────────────────────────── sweeps


@step("api.sweep")
def _():
    s = api().sweep(f"{P}/swp1")
    same(s.id, "swp1", "id")
    same(s.name, "lr-search", "name")
    same(s.config["method"], "grid", "config.method")
    same(s.state, "RUNNING", "state")
    same(s.entity, E, "entity")
    same(s.project, PROJECT, "project")
    same(s.path, [E, PROJECT, "swp1"], "path")
    ctx["sweep"] = s


@step("Sweep.runs", needs=("sweep",))
def _():
    same(sorted(r.id for r in ctx["sweep"].runs), ["swp-r1", "swp-r2"], "runs")


@step("Sweep.best_run", needs=("sweep",))
def _():
    same(ctx["sweep"].best_run().id, "swp-r2", "best run (lowest loss)")


@step("Sweep.expected_run_count", needs=("sweep",))
def _():
    same(ctx["sweep"].expected_run_count, 2, "expected_run_count")


@step("Sweep.load", needs=("sweep",))
def _():
    same(ctx["sweep"].load(force=True)["id"] is not None, True, "load")


@step("Sweep.agents", needs=("sweep",))
def _():
    agents = ctx["sweep"].agents()
    same([a.name for a in agents], ["agent1"], "agents")
    same(agents[0].host, "box-1", "host")


@step("Sweep.agent + Agent.runs", needs=("sweep",))
def _():
    agent = ctx["sweep"].agent("agent1")
    same(sorted(r.id for r in agent.runs()), ["swp-r1", "swp-r2"], "agent runs")


@step("Sweep.enqueue_run")
def _():
    fresh().sweep(f"{P}/swp1").enqueue_run({"lr": 0.05}, display_name="queued-lr")
    queued = [r for r in fresh().sweep(f"{P}/swp1").runs if r.display_name == "queued-lr"]
    same(len(queued), 1, "runs named queued-lr in the sweep")
    same(queued[0].config.get("lr"), 0.05, "config.lr")
    same(queued[0].state, "pending", "state")


# ─────────────────────────────────────────────────────────────── reports


@step("api.reports")
def _():
    reports = api().reports(P)
    same([r.display_name for r in reports], ["Weekly digest"], "display names")
    r = list(api().reports(P))[0]
    same(r.description, "What we learned", "description")
    check(r.url is not None and "/reports/" in r.url, f"url {r.url}")
    check(isinstance(r.spec, dict), "spec")
    ctx["report"] = r


@step("BetaReport.runs", needs=("report",))
def _():
    r = ctx["report"]
    same(r.user["username"], VIEWER, "author")
    section = r.sections[0]
    same(sorted(x.id for x in r.runs(section)), ["run-a", "run-b"], "selected runs of the first section")


@step("api.reports (name)", needs=("report",))
def _():
    same([r.id for r in api().reports(P, name=ctx["report"].name)], [ctx["report"].id], "by name")


@step("api.from_path (report)", needs=("report",))
def _():
    r = fresh().from_path(ctx["report"].url.split("://", 1)[1].split("/", 1)[1])
    same(r.display_name, "Weekly digest", "display_name")


# ─────────────────────────────────────────────────────────────── integrations and automations


@step("api.integrations")
def _():
    kinds = sorted(type(i).__name__ for i in api().integrations(E))
    same(kinds, ["SlackIntegration", "WebhookIntegration"], "kinds")


@step("api.slack_integrations")
def _():
    slack = list(api().slack_integrations(entity=E))
    same([(s.team_name, s.channel_name) for s in slack], [("acme-slack", "#ml-alerts")], "slack")


@step("api.webhook_integrations")
def _():
    hooks = list(api().webhook_integrations(E))
    same([(h.name, h.url_endpoint) for h in hooks], [("ci-hook", "https://hooks.example.com/ci")], "webhooks")
    ctx["webhook"] = hooks[0]


@step("api.automations")
def _():
    names = [a.name for a in api().automations(E)]
    same(names, ["seeded-automation"], "names")
    same([a.name for a in api().automations(TEAM)], ["team-watch"], "the team's")


@step("api.automation")
def _():
    a = api().automation("seeded-automation", entity=E)
    same(a.description, "notes finished runs", "description")
    same(a.enabled, True, "enabled")


@step("api.automation (team scope)")
def _():
    a = api().automation("team-watch", entity=TEAM)
    same(type(a.scope).__name__, "TeamScope", "scope type")
    same(a.scope.name, TEAM, "scope name")
    same(a.event.event_type.value, "LINK_MODEL", "event type")


@step("api.create_automation (registry scope + Slack)")
def _():
    from wandb.automations import OnLinkArtifact, SendNotification

    # A registry's automations notify through its organization's integrations.
    slack = next(iter(api().slack_integrations(entity=ORG_ENTITY)))
    registry = fresh().registry("models", organization=ORG)
    made = api().create_automation(
        OnLinkArtifact(scope=registry) >> SendNotification.from_integration(slack, title="Linked", text="A model was linked", level="WARN"),
        name="on-link",
    )
    back = fresh().automation("on-link")
    same(back.id, made.id, "id")
    same(type(back.scope).__name__, "RegistryScope", "scope type")
    same(back.action.action_type.value, "NOTIFICATION", "action type")
    same((back.action.title, back.action.message, back.action.severity.value), ("Linked", "A model was linked", "WARN"), "notification")


@step("api.create_automation (collection scope + alias filter)")
def _():
    from wandb.automations import ArtifactEvent, DoNothing, OnAddArtifactAlias

    collection = fresh().artifact_collection("dataset", f"{P}/digits")
    made = api().create_automation(
        OnAddArtifactAlias(scope=collection, filter=ArtifactEvent.alias.matches_regex("^prod")) >> DoNothing(), name="on-alias"
    )
    back = fresh().automation("on-alias", entity=E)
    same(back.scope.scope_type.value, "ARTIFACT_COLLECTION", "scope type")
    same(back.scope.name, "digits", "scope name")
    same(back.action.action_type.value, "NO_OP", "action type")
    same(back.id, made.id, "id")


@step("api.create_automation", needs=("webhook",))
def _():
    from wandb.automations import OnRunMetric, RunEvent, SendWebhook

    project = fresh().project(PROJECT, entity=E)
    event = OnRunMetric(scope=project, filter=RunEvent.metric("loss") < 0.1)
    action = SendWebhook.from_integration(ctx["webhook"], payload={"text": "low loss"})
    made = api().create_automation(event >> action, name="low-loss", description="tell CI")
    same(made.name, "low-loss", "name")
    back = fresh().automation("low-loss", entity=E)
    same(back.description, "tell CI", "description")
    same(back.action.action_type.value, "GENERIC_WEBHOOK", "action type")
    ctx["automation"] = back
    ctx["automation_new"] = event >> action


@step("api.create_automation (exists + fetch_existing)", needs=("automation_new",))
def _():
    got = api().create_automation(ctx["automation_new"], name="low-loss", fetch_existing=True)
    same(got.id, ctx["automation"].id, "the existing automation")
    # The client turns the HTTP 409 into this message (its error type is normalised to CommError).
    e = raises(lambda: api().create_automation(ctx["automation_new"], name="low-loss"), "a second automation of the same name")
    check("exists. Unable to create another" in str(e), f"error for a name in use: {e}")


@step("api.update_automation", needs=("automation",))
def _():
    a = fresh().automation("low-loss", entity=E)
    a.description = "tell CI, quietly"
    a.enabled = False
    api().update_automation(a)
    back = fresh().automation("low-loss", entity=E)
    same(back.description, "tell CI, quietly", "description")
    same(back.enabled, False, "enabled")


@step("api.delete_automation", needs=("automation",))
def _():
    same(api().delete_automation(fresh().automation("low-loss", entity=E)), True, "result")
    same([a.name for a in fresh().automations(E, name="low-loss")], [], "left")


@step("api.delete_automation (missing)", needs=("automation",))
def _():
    raises(lambda: api().delete_automation(ctx["automation"]), "deleting it again")


@step("api.update_automation (missing)", needs=("automation",))
def _():
    # The client turns the HTTP 404 into this message (its error type is normalised to CommError).
    e = raises(lambda: api().update_automation(ctx["automation"]), "updating a deleted automation")
    check("not found. Unable to edit it" in str(e), f"error for a missing automation: {e}")


# ─────────────────────────────────────────────────────────────── launch: queues and jobs


@step("api.run_queue")
def _():
    q = api().run_queue(E, "gpu-queue")
    same(q.name, "gpu-queue", "name")
    same(q.type, "kubernetes", "type")
    same(q.prioritization_mode, "V0", "prioritization_mode")
    same(q.access, "PROJECT", "access")
    same(q.default_resource_config["resource_args"]["kubernetes"], {"namespace": "ml"}, "default_resource_config")
    same(q.template_variables, [{"name": "gpus", "schema": {"type": "integer", "minimum": 1, "maximum": 4}}], "template_variables")
    same(q.external_links, {"links": [{"label": "dashboard", "url": "https://grafana.example.com/q"}]}, "external_links")
    check(bool(q.id), "id")
    ctx["queue"] = q


@step("RunQueue.items", needs=("queue",))
def _():
    items = ctx["queue"].items
    same(len(items), 1, "items")
    same(items[0].state, "pending", "state")
    ctx["item"] = items[0]


@step("api.queued_run", needs=("item",))
def _():
    item = ctx["item"]
    q = api().queued_run(E, PROJECT, "gpu-queue", item.id, project_queue="model-registry")
    same(q.state, "pending", "state")
    same(q.queue_name, "gpu-queue", "queue_name")


@step("QueuedRun.delete", needs=("item",))
def _():
    item = ctx["item"]
    api().queued_run(E, PROJECT, "gpu-queue", item.id, project_queue="model-registry").delete()
    same(len(fresh().run_queue(E, "gpu-queue").items), 0, "items left")


@step("api.create_run_queue")
def _():
    q = api().create_run_queue("cpu-queue", "local-container", entity=E, prioritization_mode="V0", config={"env": ["A=1"]})
    same(q.name, "cpu-queue", "name")
    back = fresh().run_queue(E, "cpu-queue")
    same(back.type, "local-container", "type")
    same(back.default_resource_config["resource_args"]["local-container"], {"env": ["A=1"]}, "config")


@step("api.upsert_run_queue")
def _():
    api().upsert_run_queue(
        "cpu-queue",
        resource_config={"env": ["A=2"]},
        resource_type="local-container",
        entity=E,
        external_links={"docs": "https://docs.example.com"},
    )
    back = fresh().run_queue(E, "cpu-queue")
    same(back.default_resource_config["resource_args"]["local-container"], {"env": ["A=2"]}, "config")
    same(back.external_links, {"links": [{"label": "docs", "url": "https://docs.example.com"}]}, "external_links")


@step("RunQueue.delete")
def _():
    fresh().run_queue(E, "cpu-queue").delete()
    raises(lambda: fresh().run_queue(E, "cpu-queue").id, "the deleted queue")


@step("api.list_jobs")
def _():
    jobs = api().list_jobs(E, PROJECT)
    names = [v["artifactSequence"]["name"] for versions in jobs for v in versions["edges"] for v in [v["node"]]]
    same(names, ["train-job"], "jobs")


@step("api.job")
def _():
    job = api().job(f"{P}/train-job:latest", path=tempfile.mkdtemp(dir=TMP))
    same(job.name, f"{P}/train-job:latest", "name")
    check("lr" in job._input_types.params["type_map"], "input types")


@step("Job.call")
def _():
    job = api().job(f"{P}/train-job:latest", path=tempfile.mkdtemp(dir=TMP))
    before = len(fresh().run_queue(E, "gpu-queue").items)
    job.call({"lr": 0.02, "epochs": 1}, project=PROJECT, entity=E, queue="gpu-queue", project_queue="model-registry")
    items = fresh().run_queue(E, "gpu-queue").items
    same(len(items), before + 1, "items in the queue")


# ─────────────────────────────────────────────────────────────── custom charts and misc


@step("api.create_custom_chart")
def _():
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "mark": "line"}
    chart_id = api().create_custom_chart(entity=E, name="my-line", display_name="My line", spec_type="vega2", access="private", spec=spec)
    check(bool(chart_id), f"id {chart_id!r}")


@step("api.flush")
def _():
    a = fresh()
    a.flush()
    same(a.project(PROJECT, entity=E).name, PROJECT, "reads work after flush")


passed = sum(1 for _, ok, _ in results if ok)
failed = len(results) - passed
if os.environ.get("CONFORMANCE_RESULTS"):
    with open(os.environ["CONFORMANCE_RESULTS"], "w") as fh:
        json.dump([{"step": n, "ok": ok, "detail": d} for n, ok, d in results], fh, indent=1)
print(f"{passed} passed, {failed} failed", flush=True)
sys.exit(0 if failed == 0 else 1)
