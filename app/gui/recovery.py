"""Unsaved-work recovery: the project is autosaved a moment after each edit, removed on save/exit.

The recovery copy is a normal profile TOML (written atomically by core's save_profile) plus a
small JSON note naming the project file it belongs to. Both live in the user data folder
(`RIGSIZER_CONFIG_DIR` when set, for tests and portable installs). A clean exit or a save
deletes them, so finding them at start means the last run ended without saving.

Each running instance owns one slot, locked with a QLockFile for as long as it runs: the first
instance has recovery.toml, a second one started meanwhile recovery-1.toml, and so on. A second
window therefore never offers, nor deletes, the copy of a project the first is still editing
(they once shared one file). A crashed instance leaves its lock stale (its process is gone), so
the next start takes that slot over and offers its copy.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from app.gui.settings import user_folder
from core.atomic_file import write_text_atomic

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs
    from core.schema import Profile

RECOVERY_NAME = "recovery.toml"
NOTE_NAME = "recovery.json"
# Instances running at once; far more than anyone opens, it only bounds the search for a slot.
MAX_SLOTS = 100
_SLOT_FILE = re.compile(r"recovery(?:-([1-9][0-9]*))?\.toml")


def recovery_dir() -> Path:
    return user_folder("data")


def _name(slot: int, suffix: str) -> str:
    return f"recovery{suffix}" if slot == 0 else f"recovery-{slot}{suffix}"


def recovery_path(slot: int = 0) -> Path:
    """Slot 0 (recovery.toml) is a single instance's; slot n another instance's meanwhile."""
    return recovery_dir() / _name(slot, ".toml")


def _note_path(slot: int) -> Path:
    return recovery_dir() / _name(slot, ".json")


def _lock_path(slot: int) -> Path:
    return recovery_dir() / _name(slot, ".lock")


@dataclass(frozen=True, slots=True)
class Recovered:
    profile: Profile
    project_path: Path | None  # the file the unsaved work belongs to, None for a new project
    saved_at: str  # ISO time of the autosave, for the question shown to the user


def write_recovery(profile: Profile, project_path: Path | None, saved_at: str,
                   slot: int = 0) -> Path:
    """Autosave `profile`; raises ValueError/OSError like save_profile (the caller reports)."""
    from core.catalogs.profiles import save_profile

    path = recovery_path(slot)
    save_profile(profile, path)
    note = {"project_path": None if project_path is None else str(project_path),
            "saved_at": saved_at}
    write_text_atomic(_note_path(slot), json.dumps(note) + "\n")
    return path


# Told where an unreadable recovery copy was kept and why it could not be read.
Unreadable = Callable[[Path, str], None]


def read_recovery(catalogs: Catalogs | None = None, slot: int = 0,
                  on_unreadable: Unreadable | None = None) -> Recovered | None:
    """The autosaved project, or None when there is none or it cannot be read; checked against
    `catalogs`, the session's once loaded. Never raises: this runs as the window opens.

    A copy that cannot be read is set aside (so that it does not ask again at every start, yet
    the work in it is not lost: a newer RigSizer, or a person, may read it) and `on_unreadable`
    is told where it went."""
    path = recovery_path(slot)
    if not path.is_file():
        return None
    from core.catalogs.profiles import load_profile

    try:
        profile = load_profile(path, catalogs)
    except Exception as exc:  # anything a damaged file makes the reader raise
        kept = _set_aside(slot)
        if on_unreadable is not None:
            on_unreadable(kept, str(exc) or type(exc).__name__)
        return None
    project, saved_at = _read_note(slot)
    return Recovered(profile, project, saved_at)


def _read_note(slot: int) -> tuple[Path | None, str]:
    """The project file and autosave time from the note; nothing when it is damaged (the copy
    itself is still worth offering)."""
    try:
        note = json.loads(_note_path(slot).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None, ""
    if not isinstance(note, dict):
        return None, ""
    where = note.get("project_path")
    saved_at = note.get("saved_at")
    project = Path(where) if isinstance(where, str) and where and "\0" not in where else None
    return project, saved_at if isinstance(saved_at, str) else ""


def _set_aside(slot: int) -> Path:
    """Rename an unreadable copy (and its note) to recovery-unreadable-<time>.toml; where the
    copy is now (still its own name when even renaming failed)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = recovery_path(slot)
    kept = path.with_name(f"recovery-unreadable-{stamp}.toml")
    n = 1
    while kept.exists():  # never over an earlier unreadable copy
        n += 1
        kept = path.with_name(f"recovery-unreadable-{stamp}-{n}.toml")
    try:
        path.replace(kept)
    except OSError:
        return path
    with contextlib.suppress(OSError):  # no note, or one that stays: the copy is what matters
        _note_path(slot).replace(kept.with_suffix(".json"))
    return kept


def clear_recovery(slot: int = 0) -> None:
    """Remove the slot's copy and note. One that cannot be removed (its folder became a file,
    or read-only, while the window was open) is left: closing the window must not fail on it,
    and a stale copy is only offered back, never applied unasked."""
    for path in (recovery_path(slot), _note_path(slot)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


class RecoverySlot:
    """The recovery copy of one running instance, locked while the instance runs.

    `index` is None when no lock could be taken (an unwritable data folder): the instance then
    neither offers nor deletes any copy, as it cannot tell whose they are, and autosaving
    raises OSError saying so."""

    def __init__(self, index: int | None, lock: QLockFile | None, problem: str = "") -> None:
        self.index = index
        self._lock = lock  # held for as long as this object lives
        self._problem = problem

    def write(self, profile: Profile, project_path: Path | None, saved_at: str) -> Path:
        if self.index is None:
            raise OSError(self._problem)
        return write_recovery(profile, project_path, saved_at, self.index)

    def read(self, catalogs: Catalogs | None,
             on_unreadable: Unreadable | None = None) -> Recovered | None:
        if self.index is None:
            return None
        return read_recovery(catalogs, self.index, on_unreadable)

    def clear(self) -> None:
        if self.index is not None:
            clear_recovery(self.index)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _try_lock(slot: int) -> tuple[QLockFile | None, QLockFile.LockError]:
    lock = QLockFile(str(_lock_path(slot)))
    # Never stale by age: only a lock whose process is gone (a crash) is taken over. (Qt's
    # default takes over any lock older than 30 s, a running instance's included.)
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock, QLockFile.LockError.NoError
    return None, lock.error()


def _orphans() -> list[int]:
    """Slots that hold a recovery copy, in order; whether their owner still runs is unknown."""
    found = (_SLOT_FILE.fullmatch(p.name) for p in recovery_dir().glob("recovery*.toml"))
    return sorted(int(m.group(1) or 0) for m in found if m is not None)


def claim_slot() -> RecoverySlot:
    """Lock a slot for this instance: one with a copy whose owner is gone, so that it is
    offered (one per start), else the first free one."""
    for index in dict.fromkeys([*_orphans(), *range(MAX_SLOTS)]):
        lock, error = _try_lock(index)
        if lock is not None:
            return RecoverySlot(index, lock)
        if error != QLockFile.LockError.LockFailedError:  # not held by another: cannot lock
            break
    return RecoverySlot(None, None, f"could not lock a recovery file in {recovery_dir()}")


__all__ = ["Recovered", "RecoverySlot", "claim_slot", "clear_recovery", "read_recovery",
           "recovery_path", "write_recovery"]
