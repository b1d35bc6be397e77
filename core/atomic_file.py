"""Files written so that a crash, a full disk or Ctrl+C leaves the old content or the new one,
never half of each: profiles, the price cache, settings, recovery copies and exports all go
through write_atomic."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class NotARegularFileError(OSError):
    """The path names a folder, a device or a pipe: writing a file there would replace it."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in the target's folder, flush and fsync it, then move
    it over the target with os.replace (atomic on NTFS, APFS and ext4). On any failure the
    temporary file is removed and the error raised; `path` is untouched.

    The target is what `path` leads to: a symbolic link stays a link and its file gets the new
    content (replacing the link would cut it from the file it named). An existing file keeps
    its permissions; a new one gets the ones any program's new file gets (0666 less the
    umask), not the temporary file's owner-only 0600. A folder, device or pipe is refused
    (replacing /dev/full with a CSV file, as root, is possible and wrong)."""
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():  # name the folder, not the temporary file mkstemp tried
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    mode = _mode_for(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX only)
        dir_fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _mode_for(target: Path) -> int:
    """The permission bits the written file should have; raises NotARegularFileError where
    `target` exists and is not a regular file."""
    try:
        st = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    if not stat.S_ISREG(st.st_mode):
        raise NotARegularFileError(
            errno.EINVAL, "not a regular file (a folder, device or pipe); choose a file name",
            str(target))
    return stat.S_IMODE(st.st_mode)


def _umask() -> int:
    """This process's umask, read without setting it (os.umask can only be read by changing
    it, which would race with other threads creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022  # the usual default (macOS and Linux without /proc)


def save_file(path: Path, data: bytes | str, failure: str) -> None:
    """`data` (text as UTF-8) written atomically to `path`; an OSError is raised again as one
    sentence, `failure` and then its cause ("could not write the CSV file /x.csv: No space left
    on device"): the atomic write's own names the hidden temporary file, not `path`."""
    try:
        if isinstance(data, str):
            write_text_atomic(path, data)
        else:
            write_atomic(path, data)
    except OSError as exc:
        raise OSError(f"{failure}: {exc.strerror or exc}") from exc


def write_text_atomic(path: Path, text: str) -> None:
    """`text` as UTF-8, written as it is ("\\n" stays "\\n" on every OS), atomically."""
    write_atomic(path, text.encode("utf-8"))


__all__ = ["NotARegularFileError", "save_file", "write_atomic", "write_text_atomic"]
