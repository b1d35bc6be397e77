"""Undoable edits of the project. Every change to the profile goes through one command type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from app.gui.session import Session

if TYPE_CHECKING:
    from core.schema import Profile


class SetProfile(QUndoCommand):
    """Replace the session's profile; undo puts the previous one back (profiles are immutable).

    Edits with the same `merge` key in a row (the live updates while one field is typed into)
    become one undo step."""

    MERGE_ID = 1

    def __init__(self, session: Session, old: Profile, new: Profile, text: str,
                 merge: str | None = None) -> None:
        super().__init__(text)
        self.session = session
        self.old = old
        self.new = new
        self.merge = merge

    def id(self) -> int:
        return self.MERGE_ID if self.merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt's method name
        if not isinstance(other, SetProfile) or other.merge is None or other.merge != self.merge:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.session.set_profile(self.new)

    def undo(self) -> None:
        self.session.set_profile(self.old)
