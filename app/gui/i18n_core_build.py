"""Keep assets/translations/core_zh_CN.ts in step with core's sentence templates, then compile it.

The planner's sentences are `str.format` templates in core/plan/wording.py (unit words included)
and the CLI's headings are in app/plan_text.py (`TEXTS`); both are translated in the context
"core". The GUI renders them through QCoreApplication.translate("core", template) (the compiled
.qm), `rigsizer plan --lang zh_CN` reads the .ts itself (app.plan_text.load_translations), so
the command line needs no Qt.

Run `python -m app.gui.i18n_core_build` after changing a template: new ones are added as
unfinished, vanished ones are dropped, existing translations are kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.gui.i18n_build import Message, compile_qm, read_ts, write_ts

ROOT = Path(__file__).resolve().parents[2]
CONTEXT = "core"
TS_FILE = ROOT / "assets" / "translations" / "core_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


def templates() -> list[Message]:
    """Every template core and the CLI text say, in source order, each once."""
    from app import plan_text
    from core.plan import wording

    seen: dict[str, Message] = {}
    for module, table in ((wording, wording.TEMPLATES), (plan_text, plan_text.TEXTS)):
        path = Path(module.__file__ or "").resolve()
        lines = path.read_text(encoding="utf-8").splitlines()
        for name, text in table.items():
            line = next((i for i, ln in enumerate(lines, 1) if ln.startswith(f"{name} =")), 0)
            rel = path.relative_to(ROOT).as_posix()
            seen.setdefault(text, Message(CONTEXT, text, rel, line))
    return list(seen.values())


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
