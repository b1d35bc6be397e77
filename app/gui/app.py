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
    from app.gui.warmup import KernelWarmup

    # Compiling starts now, in its own process; until it is done the window plans with the
    # kernels' exact numpy twins, so the first results do not wait for the compiler.
    warmup = KernelWarmup(app)
    warmup.start()
    from app.gui.main_window import MainWindow

    window = MainWindow()
    warmup.finished.connect(window.session.use_compiled_kernels)
    if warmup.ok is not None:  # finished (or failed to start) before the window existed
        window.session.use_compiled_kernels(warmup.ok)
    window.show()
    try:
        return int(app.exec())
    finally:
        warmup.stop()
