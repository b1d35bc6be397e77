"""One rule for cutting text to a length: what a table cell, a legend entry, a message quoting
untrusted input or a copied name may hold."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, width: int) -> str:
    """`text` in at most `width` characters: whole if it fits, else cut with an ellipsis that
    counts in the width (and no space left dangling before it)."""
    if len(text) <= width:
        return text
    return text[:max(width - 1, 0)].rstrip() + ELLIPSIS
