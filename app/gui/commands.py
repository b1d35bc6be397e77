"""Undoable edits of the project. Every change to the profile goes through one command type."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from app.gui.session import Session


class SetProfile(QUndoCommand):
    """Replace the session's profile; undo puts the previous one back (profiles are immutable)."""

    def __init__(self, session: Session, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.session.set_profile(self.new)

    def undo(self) -> None:
        self.session.set_profile(self.old)
