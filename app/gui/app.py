"""Create the QApplication, apply theme and language, show the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("RigSizer")
    QCoreApplication.setApplicationName("RigSizer")
    app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setApplicationDisplayName("RigSizer")
    return app


def run_gui(argv: Sequence[str] | None = None) -> int:
    app = make_application(argv)
    from app.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return int(app.exec())
