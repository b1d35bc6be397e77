"""Keep assets/translations/rigsizer_zh_CN.ts in step with the code, then compile the .qm.

pyside6-lupdate only sees `self.tr(...)` and literal `QCoreApplication.translate(...)` calls;
the controllers use small module-level wrappers (`t("...")`) that pass a fixed context, so this
extractor reads the AST itself: `self.tr("x")` takes the enclosing class name as context (what
PySide uses at run time), and `t("x")`/`tr("x")` take the context their wrapper passes.

Run `python -m app.gui.i18n_build` after changing visible strings: new strings are added as
unfinished, vanished ones are dropped, existing translations are kept.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "app" / "gui"
TS_FILE = ROOT / "assets" / "translations" / "rigsizer_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    file: str
    line: int


def _wrapper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level functions whose body is `return QCoreApplication.translate("Ctx", text)`."""
    out: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for sub in ast.walk(node):
            if (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute)
                    and sub.func.attr == "translate" and sub.args
                    and isinstance(sub.args[0], ast.Constant)
                    and isinstance(sub.args[0].value, str)):
                out[node.name] = sub.args[0].value
    return out


def extract_file(path: Path) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = _wrapper_contexts(tree)
    rel = path.relative_to(ROOT).as_posix()
    found: list[Message] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                first = child.args[0]
                text = first.value if isinstance(first, ast.Constant) else None
                func = child.func
                ctx: str | None = None
                if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(
                        func.value, ast.Name) and func.value.id == "self":
                    ctx = cls
                elif isinstance(func, ast.Name) and func.id in wrappers:
                    ctx = wrappers[func.id]
                elif (isinstance(func, ast.Attribute) and func.attr == "translate"
                      and len(child.args) >= 2 and isinstance(first, ast.Constant)
                      and isinstance(child.args[1], ast.Constant)):
                    ctx, text = str(first.value), child.args[1].value
                if ctx and isinstance(text, str):
                    found.append(Message(ctx, text, rel, child.lineno))
            visit(child, cls)

    visit(tree, None)
    return found


def extract(root: Path = SOURCES) -> list[Message]:
    """Every translatable string under `root`, first occurrence per (context, source)."""
    seen: dict[tuple[str, str], Message] = {}
    for path in sorted(root.rglob("*.py")):
        for m in extract_file(path):
            seen.setdefault((m.context, m.source), m)
    return list(seen.values())


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation (unfinished or empty ones are left out)."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr.text:
                out[(name, source)] = tr.text
    return out


def write_ts(messages: list[Message], translations: dict[tuple[str, str], str],
             path: Path = TS_FILE) -> int:
    """Write the .ts; returns how many messages still lack a translation."""
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    missing = 0
    by_ctx: dict[str, list[Message]] = {}
    for m in messages:
        by_ctx.setdefault(m.context, []).append(m)
    for name in sorted(by_ctx):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in by_ctx[name]:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "location", filename=f"../../{m.file}", line=str(m.line))
            ET.SubElement(msg, "source").text = m.source
            tr = ET.SubElement(msg, "translation")
            text = translations.get((m.context, m.source))
            if text:
                tr.text = text
            else:
                tr.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(exe) if exe.exists() else "pyside6-lrelease", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def main() -> int:
    messages = extract()
    missing = write_ts(messages, read_ts())
    compile_qm()
    sys.stdout.write(f"{len(messages)} strings, {missing} without a translation\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
