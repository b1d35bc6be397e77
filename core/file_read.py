"""Reading a user's file with a size cap, refusing what is not a regular file.

A FIFO given as a profile made the read wait forever for a writer, /dev/zero read until
MemoryError, and a huge file was read whole before anything looked at it. `read_capped` opens
without blocking, checks that it is a regular file, and reads at most `limit` bytes.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


class FileReadError(OSError):
    """Why a file was not read: `str()` is the reason, e.g. "is not a regular file"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.strerror = reason  # what callers quote after the file's name


def megabytes(limit: int) -> str:
    return f"{limit / 2**20:g} MB"


def read_capped(path: Path | str, limit: int) -> bytes:
    """The bytes of `path`; FileReadError when it is not a regular file (a FIFO, a device, a
    folder) or is larger than `limit` bytes; other OSErrors (missing, no permission) as raised.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # a FIFO opens at once instead of waiting for a writer
    except IsADirectoryError:
        raise FileReadError("is a folder, not a file") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileReadError("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError("is not a regular file: a pipe or a device")
        if info.st_size > limit:
            raise FileReadError(f"is larger than {megabytes(limit)}")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise FileReadError(f"is larger than {megabytes(limit)}")
        return b"".join(chunks)
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


__all__ = ["FileReadError", "megabytes", "read_capped"]
