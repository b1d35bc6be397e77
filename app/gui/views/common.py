"""Small layout helpers shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page that re-sets its texts when the language changes (the retranslateUi pattern)."""

    retranslated = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.retranslated.emit()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def label(object_name: str = "", wrap: bool = False) -> QLabel:
    lab = QLabel()
    if object_name:
        lab.setObjectName(object_name)
    lab.setWordWrap(wrap)
    return lab
