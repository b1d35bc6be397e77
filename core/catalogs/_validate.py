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

_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


def shown(text: str, limit: int = 80) -> str:
    """Text from a data file made safe for a one-line message: control characters escaped and
    long text cut, so a hostile key or id can neither break the line nor flood the screen."""
    safe = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return safe if len(safe) <= limit else safe[:limit] + "…"


def shown_value(value: Any, limit: int = 80) -> str:
    """repr() of a value from a data file, cut to `limit` characters (see `shown`)."""
    try:
        text = repr(value)
    except ValueError:  # an int past Python's 4300-digit str() limit
        return "a number too long to print"
    return text if len(text) <= limit else text[:limit] + "…"


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
        where = file
        if entry is not None:
            where += f": entry '{shown(entry)}'"
        if key is not None:
            where += f": key '{shown(key)}'"
        super().__init__(f"{where}: {shown(message, 300)}")


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
        raise CatalogError(name, f"cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(name, f"is not UTF-8 text (byte {exc.start})") from exc
    return parse_toml(text, name)


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """tomllib.loads with every failure as a one-line CatalogError about file `name`."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(name, f"is not valid TOML: {exc}") from exc
    except RecursionError as exc:  # tomllib recurses once per nested array or inline table
        raise CatalogError(name, "is not valid TOML: arrays or tables nest too deeply") from exc
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise CatalogError(name, f"is not valid TOML: {exc}") from exc


def _check_value(value: Any, key: Key, file: str, entry: str) -> Any:
    def fail(problem: str) -> CatalogError:
        return CatalogError(file, f"{problem}, got {shown_value(value)}", entry, key.name)

    if key.kind in ("str", "date"):
        if not isinstance(value, str) or not value.strip():
            raise fail("must be a non-empty string")
        if key.kind == "date" and not _is_date(value):
            raise fail("must be a date like 2025-07-13")
        if key.choices is not None and value not in key.choices:
            raise fail(f"must be one of {', '.join(key.choices)}")
        return value
    if key.kind in ("number", "int"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail("must be a number")
        if key.kind == "int" and not isinstance(value, int):
            raise fail("must be a whole number")
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an int too large for a float
            finite = False
        if not finite:
            raise fail("must be a finite number")
        if key.nonnegative and value < 0:
            raise fail("must not be negative")
        if key.positive and not key.nonnegative and value <= 0:
            raise fail("must be a positive number")
        if key.maximum is not None and value > key.maximum:
            raise fail(f"must be at most {key.maximum:g}")
        return value
    if key.kind == "bool":
        if not isinstance(value, bool):
            raise fail("must be true or false")
        return value
    if key.kind == "str_list":
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise fail("must be a list of non-empty strings")
        return tuple(value)
    if key.kind == "table":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
        ):
            raise fail("must be a table of text values")
        return dict(value)
    raise AssertionError(f"unknown key kind {key.kind}")


def check_entry(raw: Any, keys: Sequence[Key], file: str, entry_label: str) -> dict[str, Any]:
    """Validate one entry (a TOML table) against `keys`; returns the values that are present."""
    if not isinstance(raw, dict):
        raise CatalogError(file, f"must be a table, got {type(raw).__name__}", entry_label)
    entry: str = raw["id"] if isinstance(raw.get("id"), str) else entry_label
    allowed = {k.name: k for k in keys}
    for name in raw:
        if name not in allowed:
            raise CatalogError(file, "unknown key (typo?)", entry, name)
    out: dict[str, Any] = {}
    for key in keys:
        if key.name not in raw:
            if key.required:
                raise CatalogError(file, "is required but missing", entry, key.name)
            continue
        out[key.name] = _check_value(raw[key.name], key, file, entry)
    if "source" in allowed and not out.get("source"):
        raise CatalogError(file, "every entry needs a source", entry, "source")
    return out


def entries(doc: Mapping[str, Any], table: str, file: str) -> list[Any]:
    """The array of tables `[[table]]` in a parsed file (an error if it is missing or wrong)."""
    value = doc.get(table)
    if not isinstance(value, list) or not value:
        raise CatalogError(file, f"must contain at least one [[{table}]] entry")
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
