"""Nothing from a catalog, a profile or a price response is ever executed or used as a path
outside the app's folders (issue 8).

- The source of core/ and app/ calls no eval/exec/compile/pickle/marshal/yaml.load/shell, and
  imports modules only by fixed names (an AST scan, so comments and strings do not count).
- At run time an audit hook watches every file open, listing, rename, removal and process
  start while hostile ids ("../../", absolute paths) flow through the profile loader, the
  planner, the reports, the price refresh and cache, and `rigsizer predict`: none of those
  operations may name the hostile text.
- Exported CSV never hands a spreadsheet a formula taken from a profile (CSV injection).
"""

from __future__ import annotations

import ast
import csv
import io
import json
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from core.catalogs.profiles import ProfileError, load_profile
from core.prices import store
from core.prices.runpod import catalog_resolver, normalise
from tests.shipped import catalogs, evaluate

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
MARK = "RSZHOSTILE"
HOSTILE = [f"../../{MARK}/etc/passwd", f"/{MARK}/etc/passwd", f"C:\\{MARK}\\win.ini",
           f"..\\..\\{MARK}", f"~/{MARK}", f"file:///{MARK}", f"$(touch {MARK})",
           f"`{MARK}`", f"{MARK}\x00.toml"]

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile"}
FORBIDDEN_ATTRS = {("pickle", "load"), ("pickle", "loads"), ("marshal", "load"),
                   ("marshal", "loads"), ("yaml", "load"), ("yaml", "unsafe_load"),
                   ("shelve", "open"), ("os", "system"), ("os", "popen"),
                   ("dill", "loads"), ("jsonpickle", "decode")}
# Modules imported by a computed name, each with the reason it is safe.
IMPORT_BY_NAME_ALLOWED = {
    "app/cli.py": "subcommand modules from the fixed COMMANDS tuple",
    "app/commands/catalog.py": "loader modules from the fixed LOADERS table",
    "app/self_test.py": "the app's own modules, named in the self-test's code",
}


def _sources() -> Iterator[Path]:
    for top in ("core", "app"):
        yield from sorted((ROOT / top).rglob("*.py"))


def test_source_has_no_code_execution_on_data() -> None:
    problems = []
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            if isinstance(f, ast.Name) and f.id in FORBIDDEN_CALLS:
                problems.append(f"{rel}:{node.lineno}: {f.id}()")
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) \
                    and (f.value.id, f.attr) in FORBIDDEN_ATTRS:
                problems.append(f"{rel}:{node.lineno}: {f.value.id}.{f.attr}()")
            if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant)
                                             and k.value.value is False)
                   for k in node.keywords):
                problems.append(f"{rel}:{node.lineno}: shell=")
            if isinstance(f, ast.Attribute) and f.attr == "import_module" \
                    and rel not in IMPORT_BY_NAME_ALLOWED \
                    and not (node.args and isinstance(node.args[0], ast.Constant)):
                problems.append(f"{rel}:{node.lineno}: import_module(<computed name>)")
    assert problems == []


def test_the_scan_would_catch_them() -> None:
    # the scanner itself: each forbidden form in a snippet is found
    snippet = "eval(x)\nimport pickle\npickle.loads(b)\nsubprocess.run(c, shell=True)\n"
    tree = ast.parse(snippet)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    names = {getattr(c.func, "id", None) or getattr(c.func, "attr", None) for c in calls}
    assert {"eval", "loads", "run"} <= names


# ---- run time -----------------------------------------------------------------------------

WATCHED = ("open", "os.listdir", "os.scandir", "os.remove", "os.rename", "os.rmdir",
           "os.mkdir", "os.chmod", "os.symlink", "os.link", "os.truncate", "shutil.",
           "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.startfile",
           "compile", "exec", "pathlib.Path.glob", "glob.glob")
_seen: list[str] = []
_armed = [False]


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _armed[0] or not event.startswith(WATCHED):
        return
    try:
        text = " ".join(a if isinstance(a, str) else a.decode("utf-8", "replace")
                        if isinstance(a, bytes) else getattr(a, "co_filename", "") + " "
                        + " ".join(str(c) for c in getattr(a, "co_consts", ()))
                        if hasattr(a, "co_consts") else str(a) for a in args)
    except Exception:  # an argument without a safe str(): not ours
        return
    if MARK in text:
        _seen.append(f"{event}: {text[:200]}")


sys.addaudithook(_hook)  # hooks cannot be removed: it stays inert unless armed


@pytest.fixture
def watch() -> Iterator[list[str]]:
    _seen.clear()
    _armed[0] = True
    try:
        yield _seen
    finally:
        _armed[0] = False


def test_the_watch_sees_a_hostile_open(watch: list[str], tmp_path: Path) -> None:
    with pytest.raises(OSError):
        open(tmp_path / MARK / "x")  # noqa: SIM115 - the open itself is what is watched
    assert watch and watch[0].startswith("open")
    watch.clear()


PROFILE = """\
name = "{h}"
creator_type = "custom"
region = "us"
notes = "{h}"

[[workload]]
id = "{h}"
kind = "render"
label = "{h}"
frames = 100
scene = "typical"
jobs_per_week = 2

[[workload]]
id = "llm"
kind = "llm"
label = "chat"
model = "llama-3-8b"
output_tokens = 200
jobs_per_week = 10
"""


def _toml_str(text: str) -> str:
    return json.dumps(text)[1:-1]  # JSON escapes are valid TOML basic-string escapes


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_ids_in_a_profile_are_never_paths(hostile: str, tmp_path: Path,
                                                  watch: list[str]) -> None:
    from app.report.document import report_json
    from app.report.table import plan_csv
    from app.report.text import format_plan
    from core.hardware.machine import machine_from_gpu_ids
    from core.plan import recommend

    path = tmp_path / "p.toml"
    path.write_text(PROFILE.format(h=_toml_str(hostile)), encoding="utf-8")
    if any(unicodedata.category(c) == "Cc" for c in hostile):
        # control characters are refused by name where the profile is read, never used
        with pytest.raises(ProfileError, match="control characters") as info:
            load_profile(path)
        assert "\n" not in str(info.value) and watch == []
        return
    profile = load_profile(path)
    result = recommend(profile, machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32),
                       catalogs(), evaluate, samples=100, seed=1)
    format_plan(result)
    plan_csv(result)
    json.loads(report_json(result))
    # the same through the fields that name other catalog entries
    h = _toml_str(hostile)
    base = PROFILE.format(h="x")
    edits = {"region": ('region = "us"', f'region = "{h}"'),
             "model": ('model = "llama-3-8b"', f'model = "{h}"'),
             "quant": ('model = "llama-3-8b"', f'model = "llama-3-8b"\nquant = "{h}"'),
             "scene": ('scene = "typical"', f'scene = "{h}"'),
             "ref_gpu": ('scene = "typical"', f'ref_seconds_per_frame = 3\nref_gpu = "{h}"')}
    for field, (old, new) in edits.items():
        bad = tmp_path / f"{field}.toml"
        bad.write_text(base.replace(old, new), encoding="utf-8")
        try:
            recommend(load_profile(bad), None, catalogs(), evaluate, samples=100, seed=1)
        except ValueError as exc:  # refused by name is fine; used as a path is not
            assert field in str(exc) and "\n" not in str(exc), str(exc)
    assert watch == []


@pytest.mark.parametrize("provider", [*HOSTILE, "Runpod", "", "a" * 60, "runpod/../x"])
def test_price_cache_paths_refuse_hostile_provider_ids(provider: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       watch: list[str]) -> None:
    monkeypatch.setenv("RIGSIZER_CACHE_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="not a provider id"):
        store.cache_path(provider)
    with pytest.raises(ValueError):
        store.write_cache(provider, [], datetime.now(UTC), "https://example.invalid")
    assert list(tmp_path.iterdir()) == []
    assert watch == []


def test_hostile_price_rows_and_caches_never_become_paths(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          watch: list[str]) -> None:
    monkeypatch.setenv("RIGSIZER_CACHE_DIR", str(tmp_path))
    rows: list[Any] = [{"id": h, "displayName": h, "memoryInGb": 24, "securePrice": 0.5}
                       for h in HOSTILE]
    rows.append({"id": "NVIDIA GeForce RTX 4090", "displayName": f"RTX 4090 {HOSTILE[0]}",
                 "memoryInGb": 24, "securePrice": 0.59, "communityPrice": 0.31})
    offers, notes = normalise(rows, catalog_resolver, lambda tier: None, date(2025, 7, 13),
                              "https://rest.runpod.io/v1")
    assert offers and all(MARK not in o.id and MARK not in o.gpu_id for o in offers)
    path = store.write_cache("runpod", offers, datetime.now(UTC), "https://rest.runpod.io/v1",
                             notes)
    assert path.parent == tmp_path / "prices"
    cached = store.read_cache("runpod")
    assert cached is not None and len(cached.offers) == len(offers)
    # a cache file edited to carry hostile ids and an absolute path: read as data only
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["offers"][0]["id"] = HOSTILE[0]
    doc["offers"][0]["gpu_id"] = HOSTILE[1]
    doc["endpoint"] = HOSTILE[1]
    doc["notes"] = HOSTILE
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        store.read_cache("runpod", known_gpus={"nvidia-rtx-4090"})
    except store.CacheError as exc:
        assert "\n" not in str(exc)
    assert sorted(p.name for p in (tmp_path / "prices").iterdir()) == ["runpod.json"]
    assert watch == []


def test_hostile_names_in_predict_queries(tmp_path: Path, watch: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli

    queries = [{"id": h, "gpu": h, "task": "llm", "model": h, "quant": h, "test": "tg128",
                "backend": h} for h in HOSTILE]
    queries += [{"id": h, "gpu": "NVIDIA GeForce RTX 4090", "task": "image", "model": h,
                 "backend": h} for h in HOSTILE]
    path = tmp_path / "q.json"
    path.write_text(json.dumps(queries), encoding="utf-8")
    assert cli.main(["predict", str(path)]) == 0
    answers = json.loads(capsys.readouterr().out)
    assert len(answers) == len(queries)
    assert watch == []


def _cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


FORMULAS = ['=HYPERLINK("http://example.invalid","click")', "+1+1", "-2+3", "@SUM(A1:A2)",
            "=cmd|' /C calc'!A0", "\t=1+1"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_exports_never_start_a_cell_with_a_formula(formula: str, tmp_path: Path) -> None:
    # One writer for `rigsizer plan --csv` and the window's CSV export (app.report.table).
    from app.report.table import spreadsheet_safe, write_csv
    from core.plan import recommend

    path = tmp_path / "p.toml"
    path.write_text(PROFILE.format(h=_toml_str(formula)), encoding="utf-8")
    assert spreadsheet_safe(formula) == "'" + formula  # a text cell is kept, only defused
    if any(unicodedata.category(c) == "Cc" for c in formula):
        # a tab or a line break cannot even reach the file: the profile is refused
        with pytest.raises(ProfileError, match="control characters"):
            load_profile(path)
        return
    result = recommend(load_profile(path), None, catalogs(), evaluate, samples=100, seed=1)
    out = tmp_path / "plans.csv"
    write_csv(result, out)
    bad = [c for c in _cells(out.read_text(encoding="utf-8"))
           if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(c)]
    assert bad == [], bad[:3]
