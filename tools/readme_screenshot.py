"""Take the README's screenshot (docs/screenshot.png) from the real window.

    xvfb-run -s "-screen 0 1280x900x24" .venv/bin/python tools/readme_screenshot.py

The window plans the AI video blogger profile on a hand-entered PC (RTX 3060 12 GB, 32 GB RAM:
a common creator desktop, so the picture does not depend on the machine it is taken on), in
English and the light theme, waits for the full 10,000-sample result and grabs the window.
Without a display it falls back to Qt's offscreen platform (same pixels, no window frame).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# a throw-away settings folder: no recent files, window state or recovery copy of the user's
os.environ["RIGSIZER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="rigsizer-shot-")


def main() -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from app.gui.settings import AppSettings
    from core.hardware.machine import machine_from_gpu_ids

    app = QApplication.instance() or QApplication([])  # kept alive until the end
    settings = AppSettings(theme="light", language="en", creator_type="ai_video_blogger")
    window = MainWindow(app_settings=settings, detect=False, restore_state=False)
    window.resize(1280, 860)
    window.show()
    session = window.session
    session.set_machine(machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32))
    deadline = time.monotonic() + 300
    while (session.result is None or session.preliminary or session._plan_running
           or session._plan_stale):
        if time.monotonic() > deadline:
            print("no result within 5 minutes", file=sys.stderr)
            return 1
        QCoreApplication.processEvents()
        time.sleep(0.01)
    window.go_to("results")
    for _ in range(50):  # let layout and paint settle
        QCoreApplication.processEvents()
        time.sleep(0.01)
    out = ROOT / "docs" / "screenshot.png"
    if not window.grab().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({session.result.best.label})")
    window.undo_stack.setClean()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
