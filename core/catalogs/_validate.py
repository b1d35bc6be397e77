"""Shared checks for every file in assets/: one mechanism, messages that name file, entry and key.

Each loader declares its keys as `Key`s; `check_entry` rejects unknown keys, missing required
keys, wrong types, non-finite or non-positive numbers and entries without a source, and raises
`CatalogError` whose message reads "gpus/nvidia-rtx-40.toml: entry 'nvidia-rtx-4090': key
'tdp_w': must be a positive number, got -450".
"""

from __future__ import annotations

import datetime
import math
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.catalogs import wording as say
from core.schema.message import Message
from core.shorten import shorten

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def shown(text: str, limit: int = 80) -> str:
    """Text from a data file made safe for a one-line message: control characters escaped and
    long text cut, so a hostile key or id can neither break the line nor flood the screen."""
    safe = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return shorten(safe, limit)


def shown_value(value: Any, limit: int = 80) -> str:
    """repr() of a value from a data file, cut to `limit` characters (see `shown`)."""
    try:
        text = repr(value)
    except ValueError:  # an int past Python's 4300-digit str() limit
        return "a number too long to print"
    return shorten(text, limit)


def shown_number(value: float) -> str:
    """A number as a message quotes it: 10,000 for a whole one, 0.5, 1e+20, nan or inf
    otherwise."""
    try:
        if float(value).is_integer() and abs(value) < 1e15:
            return f"{int(value):,}"
        return f"{value:g}"
    except (OverflowError, ValueError):  # an int too large for a float, or to print
        return "a number too long to print"


class CatalogError(ValueError):
    """A data file is malformed. `str()` is one line naming file, entry and key."""

    def __init__(self, file: str, message: str, entry: str | None = None,
                 key: str | None = None) -> None:
        self.file = file
        self.entry = entry
        self.key = key
        self.problem = message
        # a Message (core.catalogs.wording) is said in the window's language; other text (an
        # exception's, a sentence not yet in the wording) is made safe for one line here
        problem = message if isinstance(message, Message) else shown(message, 300)
        where = {"file": file, "problem": problem}
        if entry is not None and key is not None:
            said = Message(say.AT_ENTRY_KEY, entry=shown(entry), key=shown(key), **where)
        elif entry is not None:
            said = Message(say.AT_ENTRY, entry=shown(entry), **where)
        elif key is not None:
            said = Message(say.AT_KEY, key=shown(key), **where)
        else:
            said = Message(say.AT_FILE, **where)
        self.message = said
        super().__init__(str(said))


@dataclass(frozen=True, slots=True)
class Key:
    """One allowed key of an entry.

    kind: "str", "date" (YYYY-MM or YYYY-MM-DD), "number" (finite float), "int", "bool",
    "str_list", "table" (a mapping of str to str).
    positive: numbers must be > 0 (else >= 0 when `nonnegative`).
    """

    name: str
    kind: str = "str"
    required: bool = True
    positive: bool = True
    nonnegative: bool = False
    choices: tuple[str, ...] | None = None
    maximum: float | None = None


def _is_date(text: str) -> bool:
    """YYYY-MM or YYYY-MM-DD naming a real month/day (the shape alone would let 2025-13-45 in)."""
    if not _DATE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text if len(text) == 10 else text + "-01")
    except ValueError:
        return False
    return True


def display_name(path: Path) -> str:
    """The path relative to the catalogs folder when possible, for short messages."""
    parts = path.parts
    if "catalogs" in parts:
        return "/".join(parts[len(parts) - parts[::-1].index("catalogs"):])
    return path.name


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, turning every failure into a one-line CatalogError."""
    name = display_name(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise CatalogError(name, Message(say.CANNOT_READ, error=str(exc.strerror or exc))) from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(name, Message(say.NOT_UTF8, byte=exc.start)) from exc
    return parse_toml(text, name)


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """tomllib.loads with every failure as a one-line CatalogError about file `name`."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(name, Message(say.NOT_TOML, error=shown(str(exc), 200))) from exc
    except RecursionError as exc:  # tomllib recurses once per nested array or inline table
        raise CatalogError(name, Message(say.TOO_DEEP)) from exc
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise CatalogError(name, Message(say.NOT_TOML, error=shown(str(exc), 200))) from exc


def _check_value(value: Any, key: Key, file: str, entry: str) -> Any:
    def fail(template: str, **params: str) -> CatalogError:
        return CatalogError(file, Message(say.GOT, problem=Message(template, **params),
                                          value=shown_value(value)), entry, key.name)

    if key.kind in ("str", "date"):
        if not isinstance(value, str) or not value.strip():
            raise fail(say.NON_EMPTY_TEXT)
        if key.kind == "date" and not _is_date(value):
            raise fail(say.A_DATE)
        if key.choices is not None and value not in key.choices:
            raise fail(say.ONE_OF, choices=", ".join(key.choices))
        return value
    if key.kind in ("number", "int"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail(say.A_NUMBER)
        if key.kind == "int" and not isinstance(value, int):
            raise fail(say.A_WHOLE_NUMBER)
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int too large for a float
            finite = False
        if not finite:
            raise fail(say.A_FINITE_NUMBER)
        if key.nonnegative and value < 0:
            raise fail(say.NOT_NEGATIVE)
        if key.positive and not key.nonnegative and value <= 0:
            raise fail(say.POSITIVE)
        if key.maximum is not None and value > key.maximum:
            raise fail(say.AT_MOST, maximum=f"{key.maximum:g}")
        return value
    if key.kind == "bool":
        if not isinstance(value, bool):
            raise fail(say.TRUE_OR_FALSE)
        return value
    if key.kind == "str_list":
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise fail(say.TEXT_LIST)
        return tuple(value)
    if key.kind == "table":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
        ):
            raise fail(say.TEXT_TABLE)
        return dict(value)
    raise AssertionError(f"unknown key kind {key.kind}")


def check_entry(raw: Any, keys: Sequence[Key], file: str, entry_label: str) -> dict[str, Any]:
    """Validate one entry (a TOML table) against `keys`; returns the values that are present."""
    if not isinstance(raw, dict):
        raise CatalogError(file, Message(say.A_TABLE, type=type(raw).__name__), entry_label)
    entry: str = raw["id"] if isinstance(raw.get("id"), str) else entry_label
    allowed = {k.name: k for k in keys}
    for name in raw:
        if name not in allowed:
            raise CatalogError(file, Message(say.UNKNOWN_KEY), entry, name)
    out: dict[str, Any] = {}
    for key in keys:
        if key.name not in raw:
            if key.required:
                raise CatalogError(file, Message(say.REQUIRED), entry, key.name)
            continue
        out[key.name] = _check_value(raw[key.name], key, file, entry)
    if "source" in allowed and not out.get("source"):
        raise CatalogError(file, Message(say.NEEDS_SOURCE), entry, "source")
    return out


def entries(doc: Mapping[str, Any], table: str, file: str) -> list[Any]:
    """The array of tables `[[table]]` in a parsed file (an error if it is missing or wrong)."""
    value = doc.get(table)
    if not isinstance(value, list) or not value:
        raise CatalogError(file, Message(say.AT_LEAST_ONE, table=table))
    return value


def check_unique(ids: Iterable[tuple[str, str]], what: str) -> None:
    """Raise on a duplicate id; `ids` yields (id, file) pairs across all files of a catalog."""
    seen: dict[str, str] = {}
    for ident, file in ids:
        if ident in seen:
            raise CatalogError(file, f"duplicate {what} id (also in {seen[ident]})", ident, "id")
        seen[ident] = file


def toml_files(folder: Path) -> list[Path]:
    """The catalog files in `folder`, sorted for reproducible order and error messages."""
    if not folder.is_dir():
        raise CatalogError(display_name(folder), "catalog folder is missing")
    files = sorted(p for p in folder.glob("*.toml") if p.is_file())
    if not files:
        # An empty catalog would make every GPU "unknown" or every model missing far from here.
        raise CatalogError(display_name(folder), "catalog folder has no .toml files")
    return files
