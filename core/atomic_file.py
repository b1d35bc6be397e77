"""Files written so that a crash, a full disk or Ctrl+C leaves the old content or the new one,
never half of each: profiles, the price cache, settings, recovery copies and exports all go
through write_atomic."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in `path`'s folder, flush and fsync it, then move it
    over `path` with os.replace (atomic on NTFS, APFS and ext4). On any failure the temporary
    file is removed and the error raised; `path` is untouched."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX only)
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_text_atomic(path: Path, text: str) -> None:
    """`text` as UTF-8, written as it is ("\\n" stays "\\n" on every OS), atomically."""
    write_atomic(path, text.encode("utf-8"))


__all__ = ["write_atomic", "write_text_atomic"]
