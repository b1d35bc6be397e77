"""Where a key of a profile file is: tomllib reports no positions for values, so the loader finds
the line in the text (the n-th `[[workload]]`, `[[model]]` or `[[measurement]]` section, a plain
`[gpu_prices]` or `[extra]` table, or the top level, then `key =` inside it), and
`ProfileError` puts "file:line:" in front of the message.
"""

from __future__ import annotations

import re

from core.catalogs._validate import CatalogError

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_KEYLINE = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")


class ProfileError(CatalogError):
    """A profile file is malformed; `line` is the 1-based line of the offending key (or None)."""

    def __init__(self, file: str, message: str, entry: str | None = None,
                 key: str | None = None, line: int | None = None) -> None:
        self.line = line
        super().__init__(file if line is None else f"{file}:{line}", message, entry, key)
        self.file = file


def _code(line: str) -> str:
    """The line without a trailing comment (a line with quotes is kept whole: '#' may be text)."""
    return line.split("#", 1)[0] if "\"" not in line else line


def find_line(text: str, key: str | None, workload_index: int | None,
              table: str = "workload") -> int | None:
    """1-based line of `key` at top level (workload_index None) or in the n-th [[workload]]
    (or the n-th [[`table`]]).

    A key that is itself a table header (`[extra]`, `[[workloads]]`) is found by its header.
    Returns the section's header line when the key is missing there, None when nothing matches.
    """
    section: int | None = None  # None = top level, else index of the current [[workload]]
    count = -1
    header_line: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = _code(line)
        head = _HEADER.match(stripped)
        if head:
            name = head.group(1)
            if name == table and stripped.lstrip().startswith("[["):
                count += 1
                section = count
                if section == workload_index:
                    header_line = number
            else:
                if workload_index is None and key is not None and name == key:
                    return number
                section = -2  # some other table: neither top level nor a workload
            continue
        m = _KEYLINE.match(stripped)
        if m and key is not None and m.group(1).strip("\"") == key and section == (
            workload_index if workload_index is not None else None
        ):
            return number
    return header_line


def find_table_key(text: str, table: str, key: str) -> int | None:
    """1-based line of `key` inside the plain table `[table]` (`[gpu_prices]`, `[extra]`); the
    table's own line when the key is not found there (an inline table, a dotted key)."""
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = _code(line)
        head = _HEADER.match(stripped)
        if head:
            inside = head.group(1) == table and not stripped.lstrip().startswith("[[")
            continue
        m = _KEYLINE.match(stripped)
        if inside and m and m.group(1).strip("\"") == key:
            return number
    return find_line(text, table, None)


def line_of(text: str, path: tuple[str | int, ...]) -> int | None:
    """The line of the value at `path` in the parsed document: ("name",), ("gpu_prices", id),
    ("workload", 2, "label"), ("model", 0, "aliases", 1) ..."""
    if len(path) >= 3 and isinstance(path[1], int):
        return find_line(text, str(path[2]), path[1], str(path[0]))
    if len(path) >= 2 and isinstance(path[1], str):
        return find_table_key(text, str(path[0]), path[1])
    return find_line(text, str(path[0]), None)


def fail_at(exc: CatalogError, text: str, index: int | None,
            table: str = "workload") -> ProfileError:
    """`exc` from the n-th [[`table`]] (the top level: None) with the line of its key."""
    line = find_line(text, exc.key, index, table)
    # keep only the problem itself: ProfileError puts "file:line: entry: key:" in front of it
    return ProfileError(exc.file, exc.problem, exc.entry, exc.key, line)


__all__ = ["ProfileError", "fail_at", "find_line", "find_table_key", "line_of"]
