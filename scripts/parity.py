#!/usr/bin/env python3
"""Python parity check: which members of W&B's Python Public API have a TypeScript counterpart.

Run it with a Python that has the real client (wandb 0.30.0) installed; scripts/parity.sh makes
one. It lists the public members of the Python Public API classes (`wandb.apis.public` and the
read side of `wandb.Artifact`), reads the TypeScript surface of `wandb-api` from its sources
(scripts/ts-surface.mjs), and checks every Python member against it:

- covered: the TypeScript class has a member of the same camelCase name, or
- renamed: the member is in RENAMES below, its TypeScript name exists, and a row of the README's
  "From Python to TypeScript" table names both;
- missing: anything else (a README row that mentions it is shown beside it).

It prints covered/total and the missing list, and exits 1 when fewer than --min members are
covered, or when wandb exports a Public API class this script does not classify.

    python scripts/parity.py [--min N] [--surface FILE] [--json]
"""

from __future__ import annotations

import argparse
import dataclasses
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Covered members must not fall below this; raise it as members land.
MIN_COVERED = 267

# The version whose surface this mapping describes.
WANDB_VERSION = "0.30.0"

# Python Public API class -> the TypeScript class that plays its part. Python's paginators map to
# the TypeScript list classes; where the SDK returns a plain `Paginator<T>`, to `Paginator`.
CLASSES: dict[str, str] = {
    "Api": "Api",
    "Runs": "Runs",
    "Run": "Run",
    "Projects": "Paginator",
    "Project": "Project",
    "Artifacts": "Artifacts",
    "ArtifactCollection": "ArtifactCollection",
    "ArtifactCollections": "ArtifactCollections",
    "ArtifactFiles": "ArtifactFiles",
    "ArtifactType": "ArtifactType",
    "ArtifactTypes": "ArtifactTypes",
    "ProjectArtifactCollections": "ProjectCollections",
    "RunArtifacts": "RunArtifacts",
    "Sweep": "Sweep",
    "Sweeps": "Paginator",
    "AgentRuns": "Paginator",
    "BetaReport": "Report",
    "Reports": "Paginator",
    "Team": "Team",
    "Member": "Member",
    "User": "User",
    "File": "RunFile",
    "Files": "RunFiles",
    "Job": "Job",
    "RunQueue": "RunQueue",
    "QueuedRun": "QueuedRun",
    "Registry": "Registry",
    "Registries": "Registries",
    "Organization": "Organization",
    "Automations": "Paginator",
    "Integrations": "Paginator",
    "SlackIntegrations": "Paginator",
    "WebhookIntegrations": "Paginator",
    "HistoryScan": "HistoryScan",
    "ConsoleLogs": "Paginator",
    "ConsoleLogLine": "ConsoleLogLine",
}

# Classes `wandb.apis.public` exports that are not part of the comparison, and why.
NOT_COMPARED: dict[str, str] = {
    "DownloadHistoryResult": "the result record of run.download_history_exports(), compared through that method",
    "IncompleteRunHistoryError": "an exception; the SDK's errors are WandbError subclasses",
    "RunNotFoundError": "an exception; the SDK throws NotFoundError",
    "PanelMetricsHelper": "report-editing helper for run set keys, not a Public API object",
    "QueryGenerator": "report-editing helper for filters, not a Public API object",
    "PythonMongoishQueryGenerator": "report-editing helper for filters, not a Public API object",
    "RunQueueAccessType": "an enum; TypeScript uses string unions",
    "RunQueuePrioritizationMode": "an enum; TypeScript uses string unions",
    "RunQueueResourceType": "an enum; TypeScript uses string unions",
}

# Members every class leaves out: paging internals, HTML/notebook helpers, attribute plumbing.
INTERNALS = {
    "next",
    "update_variables",
    "convert_objects",
    "QUERY",
    "cursor",
    "more",
    "last_response",
    "to_html",
    "display",
    "snake_to_camel",
}

# `wandb.Artifact` serves both the Public API (artifacts read from the server) and runs (drafting
# and logging new ones). Compared: every public member except these, which need a run
# (`wandb.init`) and act on a draft that the Public API never holds.
ARTIFACT_DRAFTING = {
    "add",
    "add_dir",
    "add_file",
    "add_reference",
    "remove",
    "new_file",
    "new_draft",
    "finalize",
    "is_draft",
    "wait",
    "json_encode",
    "get_added_local_path_name",
}

# Documented renames: (Python class, member) -> TypeScript member on the mapped class, or
# "Class.member" for a counterpart on another class. Each must exist and be named, together with
# the Python name, in one row of the README's mapping table.
RENAMES: dict[tuple[str, str], str] = {
    ("Run", "storage_id"): "id",
    ("Run", "username"): "entity",
    ("Run", "rawconfig"): "config",
    ("Run", "summary_metrics"): "summary",
    ("Run", "load_full_data"): "load",
    ("Run", "save"): "update",
    ("Run", "create"): "Api.createRun",
    ("Project", "artifacts_types"): "artifactTypes",
    ("Sweep", "get"): "Api.sweep",
    ("Sweep", "username"): "entity",
    ("Team", "create"): "Api.createTeam",
    ("Team", "load"): "reload",
    ("User", "create"): "Api.createUser",
    ("RunQueue", "create"): "Api.createRunQueue",
    ("Registry", "create"): "Api.createRegistry",
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def python_members(public, artifact_class) -> dict[str, list[str]]:
    """The compared members of each Python class."""
    members: dict[str, list[str]] = {}
    for name in CLASSES:
        cls = getattr(public, name)
        found = {n for n in dir(cls) if not n.startswith("_") and n not in INTERNALS}
        if dataclasses.is_dataclass(cls):
            found |= {f.name for f in dataclasses.fields(cls)}
        members[name] = sorted(found)
    members["Artifact"] = sorted(n for n in dir(artifact_class) if not n.startswith("_") and n not in ARTIFACT_DRAFTING)
    return members


def unclassified_classes(public) -> list[str]:
    """Classes exported by wandb.apis.public that are neither compared nor listed as not compared."""
    return sorted(
        name
        for name, value in vars(public).items()
        if inspect.isclass(value) and not name.startswith("_") and name not in CLASSES and name not in NOT_COMPARED
    )


def mapping_rows(readme: str) -> list[tuple[set[str], set[str], str, set[tuple[str, str]]]]:
    """Rows of the README's mapping table: identifiers in code spans of the Python and TypeScript cells."""
    start = readme.find("## From Python to TypeScript")
    if start < 0:
        raise SystemExit("README.md has no '## From Python to TypeScript' section")
    end = readme.find("\n## ", start + 1)
    rows = []
    for line in readme[start : end if end > 0 else None].splitlines():
        if not line.startswith("|") or line.startswith("| ---"):
            continue
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) < 2:
            continue

        def identifiers(cell: str) -> set[str]:
            # Member names: an identifier that opens a code span or follows a dot (`run.stop()`,
            # `stop`), not an argument (`api.project(name)`).
            return {w for span in re.findall(r"`([^`]*)`", cell) for w in re.findall(r"(?:^|(?<=\.))\s*([A-Za-z_][A-Za-z0-9_]*)", span)}

        receivers = {pair for span in re.findall(r"`([^`]*)`", cells[0]) for pair in re.findall(r"([A-Za-z_]\w*)\.([A-Za-z_]\w*)", span)}
        rows.append((identifiers(cells[0]), identifiers(cells[1]), cells[1], receivers))
    return rows


def receiver_names(py_class: str) -> set[str]:
    """How the README's Python cells name an instance of a class: `artifact_collection.x`, `collection.x`."""
    words = re.findall(r"[A-Z][a-z]*", py_class)
    return {"_".join(w.lower() for w in words), words[-1].lower(), py_class}


def typescript_surface(path: str | None) -> dict[str, list[str]]:
    if path:
        return json.loads(Path(path).read_text())
    out = subprocess.run(["node", str(ROOT / "scripts" / "ts-surface.mjs")], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def compare(members, surface, rows):
    result = {"covered": [], "renamed": [], "missing": []}
    for py_class, names in members.items():
        ts_class = CLASSES.get(py_class, py_class)
        ts_members = set(surface.get(ts_class, []))
        for name in names:
            label = f"{py_class}.{name}"
            if camel(name) in ts_members or name in ts_members:
                result["covered"].append(label)
                continue
            target = RENAMES.get((py_class, name))
            if target:
                cls, _, member = target.rpartition(".")
                exists = member in set(surface.get(cls or ts_class, []))
                documented = any(name in py and member in ts for py, ts, _, _ in rows)
                if exists and documented:
                    result["renamed"].append(f"{label} -> {cls or ts_class}.{member}")
                    continue
                why = "no such TypeScript member" if not exists else "no README row names both"
                result["missing"].append(f"{label}  (rename to {target}: {why})")
                continue
            receivers = receiver_names(py_class)
            note = next((ts for _, _, ts, pairs in rows if any(r in receivers and m == name for r, m in pairs)), None)
            result["missing"].append(f"{label}  (README: {note})" if note else label)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=MIN_COVERED, help=f"fail below this many covered members (default {MIN_COVERED})")
    parser.add_argument("--surface", help="read the TypeScript surface from this JSON file instead of scripts/ts-surface.mjs")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()

    import wandb
    import wandb.apis.public as public

    if wandb.__version__ != WANDB_VERSION:
        print(f"note: the mapping describes wandb {WANDB_VERSION}; this is wandb {wandb.__version__}", file=sys.stderr)

    members = python_members(public, wandb.Artifact)
    result = compare(members, typescript_surface(args.surface), mapping_rows((ROOT / "README.md").read_text()))
    unclassified = unclassified_classes(public)
    total = sum(len(names) for names in members.values())
    covered = len(result["covered"]) + len(result["renamed"])

    if args.json:
        print(json.dumps({"total": total, "coveredCount": covered, **result, "unclassified": unclassified}, indent=2))
    else:
        print(f"Python Public API parity (wandb {wandb.__version__}): {covered}/{total} members have a TypeScript counterpart")
        print(f"  same name: {len(result['covered'])}, documented rename: {len(result['renamed'])}, missing: {len(result['missing'])}")
        for line in result["renamed"]:
            print(f"  renamed  {line}")
        for line in result["missing"]:
            print(f"  MISSING  {line}")
        for name in unclassified:
            print(f"  UNCLASSIFIED  wandb.apis.public.{name}: add it to CLASSES or NOT_COMPARED")

    if unclassified:
        return 1
    if covered < args.min:
        print(f"parity: {covered} covered, below the minimum of {args.min}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
