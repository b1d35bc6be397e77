"""The open project: its undo history, its file, whether it holds unsaved work, and the autosave
that keeps a recovery copy of that work (app.gui.recovery).

Kept apart from the main window (issue #16 point 4): the pages change the project only through
`edit`, and the window asks it what to show in the title and whether closing needs a prompt.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.gui.commands import SetProfile
from app.gui.recovery import RecoverySlot, claim_slot
from app.gui.session import Session

if TYPE_CHECKING:
    from core.schema import Profile

# How long after the last edit the project is autosaved for recovery: long enough that typing
# does not write a file per keystroke, short enough that a crash loses at most a few edits.
AUTOSAVE_MS = 1500
UNDO_LIMIT = 200


class Project(QObject):
    """Undo stack, path and dirty state of the session's profile."""

    autosave_failed = Signal(str)  # one sentence: why the recovery copy could not be written

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.path: Path | None = None
        self.recovered = False  # showing autosaved work that is not in any saved file yet
        # this instance's own recovery copy, locked while it runs (app.gui.recovery)
        self.recovery: RecoverySlot = claim_slot()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self.undo_stack.indexChanged.connect(lambda _i: self._schedule_autosave())

    def is_dirty(self) -> bool:
        return self.recovered or not self.undo_stack.isClean()

    def edit(self, new: Profile, text: str, merge: str | None = None) -> None:
        """Apply a profile change through the undo stack (the only way pages change it);
        consecutive edits with the same `merge` key are one undo step."""
        old = self.session.profile
        if old is None or new == old:
            return
        self.undo_stack.push(SetProfile(self.session, old, new, text, merge))

    def start(self, profile: Profile, path: Path | None = None) -> None:
        """A new, opened or recovered project: no history, nothing unsaved."""
        self.undo_stack.clear()
        self.recovered = False
        self.path = path
        self.session.set_profile(profile)

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.recovered = False
        self.undo_stack.setClean()
        self.clear_recovery()

    # ---- recovery of unsaved work -----------------------------------------------------------
    def _schedule_autosave(self) -> None:
        try:
            dirty = self.is_dirty()
        except RuntimeError:  # the undo stack is being destroyed with the window: not an edit
            return
        if dirty:
            self._autosave.start()
        else:  # undone back to the saved state: nothing to recover
            self._autosave.stop()
            self.recovery.clear()

    def autosave(self) -> bool:
        """Write the unsaved project to the recovery file (atomically); False when not needed
        or when it failed (then `autosave_failed` says why)."""
        if self.session.profile is None or not self.is_dirty():
            return False
        try:
            self.recovery.write(self.session.profile, self.path,
                                datetime.now(UTC).isoformat(timespec="seconds"))
        except (ValueError, OSError) as exc:
            self.autosave_failed.emit(str(exc))
            return False
        return True

    def clear_recovery(self) -> None:
        """Saved or discarded on purpose: nothing to recover next time."""
        self._autosave.stop()
        self.recovery.clear()
