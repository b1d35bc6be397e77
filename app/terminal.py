"""What the command line prints is safe for any terminal and any console encoding.

Text from outside (a profile's name, a GPU name a tool printed, an offer id from the price
cache) may hold escape sequences: printed raw, a profile could retitle and clear the terminal
and print fake lines. And a Windows console with redirected output encodes with cp1252 (or a
shell may say ASCII): one Chinese character then lost the whole output to a 'charmap' error.

`clean_output()` wraps sys.stdout and sys.stderr for the duration of one command: control
characters (C0 but newline and tab, DEL, C1) are dropped as they are written, and characters
the stream's encoding cannot hold become '?'.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

_KEEP = {"\n", "\t"}
_CONTROL = {cp: None for cp in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(cp) not in _KEEP}


def clean_terminal_text(text: str) -> str:
    """`text` without the control characters a terminal would act on."""
    return text.translate(_CONTROL)


class _CleanStream:
    """A text stream that cleans what is written to it; everything else is the wrapped one's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(clean_terminal_text(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _lenient(stream: TextIO) -> None:
    """Characters the stream's encoding lacks become '?' instead of raising."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding not in ("utf8", "utf8sig") and reconfigure is not None:
        with contextlib.suppress(Exception):  # a stream that cannot change keeps its settings
            reconfigure(errors="replace")


@contextlib.contextmanager
def clean_output() -> Iterator[None]:
    """sys.stdout and sys.stderr cleaned (see the module docstring) inside the block."""
    saved = sys.stdout, sys.stderr
    for stream in saved:
        if stream is not None:
            _lenient(stream)
    if saved[0] is not None:
        sys.stdout = _CleanStream(saved[0])  # type: ignore[assignment]
    if saved[1] is not None:
        sys.stderr = _CleanStream(saved[1])  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


__all__ = ["clean_output", "clean_terminal_text"]
