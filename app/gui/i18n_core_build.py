"""Keep assets/translations/core_zh_CN.ts in step with core's sentence templates, then compile it.

The planner's sentences are `str.format` templates in core/plan/wording.py (unit words
included), hardware detection's in core/hardware/wording.py, a price refresh's in
core/prices/wording.py, the measurement readers' in core/measure/wording.py, what is wrong
with a file in core/catalogs/wording.py, what is wrong with a workload the performance model
is asked to time in core/perf/wording.py, and the CLI's headings are in
app/report/text.py (`TEXTS`); all are translated in the context "core". The GUI renders them
through QCoreApplication.translate("core", template) (the compiled .qm), `rigsizer plan --lang
zh_CN` reads the .ts itself (app.report.text.load_translations), so the command line needs no Qt.

The names the shipped creator profiles give themselves and their workloads
(assets/profiles/*.toml: `name`, `label`) are in the same context, read from the files here so
none can be missed: core passes a workload's name as a `Label` parameter, which renders through
the same lookup, and the GUI looks names up the same way (app.gui.i18n.label_text). A name the
user typed has no entry and stays as typed. One catalogue rather than a context of their own,
so the command line and every sentence need only the one translate function.

Run `python -m app.gui.i18n_core_build` after changing a template: new ones are added as
unfinished, vanished ones are dropped, existing translations are kept.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from app.gui.i18n_build import Message, compile_qm, read_ts, write_ts

ROOT = Path(__file__).resolve().parents[2]
CONTEXT = "core"
TS_FILE = ROOT / "assets" / "translations" / "core_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def templates() -> list[Message]:
    """Every template core and the CLI text say, then every shipped profile's names, in
    source order, each once."""
    from app.report import text as plan_text
    from core.catalogs import wording as file_wording
    from core.hardware import wording as hardware_wording
    from core.measure import wording as measure_wording
    from core.perf import wording as perf_wording
    from core.plan import wording
    from core.prices import wording as price_wording

    seen: dict[str, Message] = {}
    for module, table in ((wording, wording.TEMPLATES),
                          (hardware_wording, hardware_wording.TEMPLATES),
                          (price_wording, price_wording.TEMPLATES),
                          (measure_wording, measure_wording.TEMPLATES),
                          (file_wording, file_wording.TEMPLATES),
                          (perf_wording, perf_wording.TEMPLATES),
                          (plan_text, plan_text.TEXTS)):
        path = Path(module.__file__ or "").resolve()
        lines = path.read_text(encoding="utf-8").splitlines()
        for name, text in table.items():
            line = next((i for i, ln in enumerate(lines, 1) if ln.startswith(f"{name} =")), 0)
            rel = path.relative_to(ROOT).as_posix()
            seen.setdefault(text, Message(CONTEXT, text, rel, line))
    for m in [*profile_names(), *tariff_regions(), *assumption_texts()]:
        seen.setdefault(m.source, m)
    return list(seen.values())


def assumption_texts() -> list[Message]:
    """The name, unit and source of every Assumption the planner reports (they render as
    Labels, looked up whole like a profile's name)."""
    import inspect

    from core.cost import local, rental
    from core.cost.local import Assumption
    from core.measure import adjust
    from core.perf import assumptions, cardclass, fit_software, fit_spread, stated
    from core.plan import costing, feasibility

    out: list[Message] = []
    for module in (local, rental, costing, feasibility, adjust, assumptions, cardclass,
                   fit_software, fit_spread, stated):
        path = Path(module.__file__ or "").resolve()
        rel = path.relative_to(ROOT).as_posix()
        source_lines = inspect.getsource(module).splitlines()
        for var, value in vars(module).items():
            # an Assumption, or a table of them (the fitted host costs' texts, per host)
            found = list(value.values()) if isinstance(value, dict) else [value]
            found = [a for a in found if isinstance(a, Assumption)]
            if not found:
                continue
            line = next((i for i, ln in enumerate(source_lines, 1)
                         if ln.startswith(f"{var} =")), 0)
            out.extend(Message(CONTEXT, text, rel, line)
                       for a in found for text in (a.name, a.unit, a.source))
    return out


def profile_names(folder: Path | None = None) -> list[Message]:
    """The shipped creator profiles' own names and their workloads' labels, file by file."""
    if folder is None:
        from core.paths import assets_dir

        folder = assets_dir() / "profiles"
    out: list[Message] = []
    for path in sorted(folder.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
        names = [data.get("name")] + [w.get("label") for w in data.get("workload", ())]
        lines = text.splitlines()
        rel = path.resolve().relative_to(ROOT).as_posix()
        for name in names:
            if not isinstance(name, str) or not name:
                continue
            line = next((i for i, ln in enumerate(lines, 1) if _assigns(ln, name)), 0)
            out.append(Message(CONTEXT, name, rel, line))
    return out


def tariff_regions(path: Path | None = None) -> list[Message]:
    """The shipped tariffs' region names ("United States", "China - Beijing"): shown as Labels
    in Settings, the text plan and reports, so a Chinese reader gets them in Chinese."""
    if path is None:
        from core.paths import assets_dir

        path = assets_dir() / "catalogs" / "tariffs.toml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    rel = path.resolve().relative_to(ROOT).as_posix()
    out: list[Message] = []
    for entry in tomllib.loads(text).get("tariff", ()):
        name = entry.get("region")
        if isinstance(name, str) and name:
            line = next((i for i, ln in enumerate(lines, 1)
                         if ln.split("=", 1)[0].strip() == "region"
                         and tomllib.loads(ln).get("region") == name), 0)
            out.append(Message(CONTEXT, name, rel, line))
    return out


def _assigns(line: str, value: str) -> bool:
    """Whether this TOML line is `name = "<value>"` or `label = "<value>"` (for the .ts
    location: a translator sees which file and line a name comes from)."""
    key = line.split("=", 1)[0].strip()
    if key not in ("name", "label"):
        return False
    try:
        return tomllib.loads(line).get(key) == value
    except tomllib.TOMLDecodeError:
        return False


def translations(path: Path = TS_FILE) -> dict[str, str]:
    """Template -> finished translation, from the .ts."""
    return {source: text for (ctx, source), text in read_ts(path).items() if ctx == CONTEXT}


def main() -> int:
    messages = templates()
    missing = write_ts(messages, read_ts(TS_FILE), TS_FILE)
    compile_qm(TS_FILE, QM_FILE)
    sys.stdout.write(f"{len(messages)} core templates, {missing} without a translation\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
