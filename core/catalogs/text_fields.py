"""What a text value in a user's file (a profile, a measurements file, a described model) may hold.

Profile text reaches the terminal, the CSV and PDF reports and the window: a name holding an
escape sequence, a carriage return or a text-direction override could rewrite what the user
sees (a fake line, a reversed price), so control characters (Unicode category Cc) and the bidi
override and isolate characters are refused where the file is read, naming the key. Only free
text (`notes`) may break lines or hold tabs.

Names, labels, ids and the names they refer to are one line a person reads: 200 characters is
several times the longest catalog name, and what a table column or a window title can show.
Free text (`notes`, `source`: a URL or a citation) is bounded only by the file's size cap.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Mapping
from typing import Any

from core.catalogs import wording as say
from core.catalogs._validate import CatalogError
from core.schema.message import Message

MAX_NAME_CHARS = 200
# keys whose value is free text rather than a one-line name
FREE_TEXT_KEYS = frozenset({"notes", "source"})
# embedding, override and isolate controls: they reorder the text around them when displayed
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
_FREE_TEXT_BREAKS = frozenset("\n\t")


def _forbidden(ch: str, free_text: bool) -> bool:
    if free_text and ch in _FREE_TEXT_BREAKS:
        return False
    return ch in BIDI_CONTROLS or unicodedata.category(ch) == "Cc"


def text_problem(value: str, key: str) -> str | None:
    """Why `value`, the text of key `key`, is refused (None: it is fine)."""
    free_text = key in FREE_TEXT_KEYS
    bad = next((ch for ch in value if _forbidden(ch, free_text)), None)
    if bad is not None:
        return Message(say.CONTROL_CHARACTERS, char=f"U+{ord(bad):04X}")
    if not free_text and len(value) > MAX_NAME_CHARS:
        return Message(say.TOO_LONG, most=MAX_NAME_CHARS, n=f"{len(value):,}")
    return None


def check_texts(table: Mapping[str, Any], file: str, entry: str | None) -> None:
    """Raise CatalogError for the first text value of `table` (or text in one of its lists)
    that `text_problem` refuses, naming `entry` and the key."""
    for key, value in table.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            problem = text_problem(item, str(key)) if isinstance(item, str) else None
            if problem is not None:
                raise CatalogError(file, problem, entry, str(key))


def toml_date_as_text(value: Any) -> Any:
    """A date written without quotes (`date = 2025-07-13`, which TOML reads as a date) as the
    ISO text the loaders check; a date-time keeps its day. Anything else is returned as is."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


__all__ = ["BIDI_CONTROLS", "FREE_TEXT_KEYS", "MAX_NAME_CHARS", "check_texts", "text_problem",
           "toml_date_as_text"]
