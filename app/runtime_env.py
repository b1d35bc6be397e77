"""Process set-up that must happen before numba (or Qt) is imported.

numba reads NUMBA_CACHE_DIR once, when it is first imported; after that the cache location is
fixed for the process. So every entry point — the `rigsizer` console script (app.cli.main), the
frozen bundle's entry script and the launcher — calls `prepare()` first thing. This module must
stay cheap: it never imports numba, numpy or core, and imports Qt only for the start-up probe
that bench/startup.py turns on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "RigSizer"
APP_AUTHOR = "RigSizer"


def default_numba_cache_dir() -> Path:
    """The per-user folder for compiled kernels: <user cache dir>/RigSizer/numba.

    Per user, because numba keys cache entries on the exact CPU, so a cache is never shipped; and
    outside the install folder, because a per-machine install (or a read-only .app bundle) cannot
    be written to, which would make numba recompile every kernel on every launch.
    """
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR)) / "numba"


def configure_numba_cache() -> str:
    """Set NUMBA_CACHE_DIR to the per-user folder unless the user or a test already set it.

    Returns the folder in effect. Creating it is left to numba, which does so on first write; a
    folder that cannot be created only costs a recompile, never a failed start.
    """
    current = os.environ.get("NUMBA_CACHE_DIR")
    if current:
        return current
    if "numba" in sys.modules:
        # Too late to change where this process caches; say nothing and keep numba's choice so
        # the env var does not claim a location numba is not using.
        return ""
    folder = str(default_numba_cache_dir())
    os.environ["NUMBA_CACHE_DIR"] = folder
    return folder


def ensure_std_streams() -> None:
    """Give a windowed (console-less) frozen process somewhere to print.

    A PyInstaller build made with console=False starts with sys.stdout and sys.stderr set to None
    on Windows; any print() — ours or a library's warning — would then raise and kill the app.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


PROBE_ENV = "RIGSIZER_STARTUP_PROBE"
PROBE_MARK = "RIGSIZER_PROBE"
PROBE_TIMEOUT_MS = 300_000
_probe_installed = False


def _probe_say(what: str) -> None:
    sys.stdout.write(f"{PROBE_MARK} {what}\n")
    sys.stdout.flush()


def install_startup_probe(mode: str) -> None:
    """Report start-up milestones on stdout for bench/startup.py, then end the process.

    Active only when $RIGSIZER_STARTUP_PROBE is "window" or "results", so the benchmark can time
    the real program — source checkout or frozen bundle alike — as a whole process. It prints
    "RIGSIZER_PROBE window" at the first paint of a top-level window and, in "results" mode,
    "RIGSIZER_PROBE results" when the window's session delivers its first plan; the benchmark
    timestamps the lines as they arrive. The process then exits at once (os._exit): background
    workers may still be running and a measurement run has nothing to save.

    Importing Qt here, before the app does, moves that cost earlier without adding to it.
    """
    if mode not in ("window", "results"):
        _probe_say(f"error unknown mode {mode!r} (use window or results)")
        os._exit(2)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    original_exec = QApplication.exec

    class Watcher(QObject):
        painted = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's method name
            if (not self.painted and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QWidget) and obj.window().isVisible()):
                self.painted = True
                _probe_say("window")
                if mode == "window":
                    os._exit(0)
            return False

    def on_results(*_: object) -> None:
        _probe_say("results")
        os._exit(0)

    def on_failed(text: object = "") -> None:
        _probe_say(f"failed {' '.join(str(text).split())}")
        os._exit(1)

    def on_timeout() -> None:
        _probe_say(f"timeout after {PROBE_TIMEOUT_MS // 1000} s")
        os._exit(1)

    def probed_exec(*_args: object) -> int:
        app = QApplication.instance()
        assert app is not None  # exec() is only ever called on an existing application
        watcher = Watcher(app)
        app.installEventFilter(watcher)
        if mode == "results":
            sessions = [s for w in QApplication.topLevelWidgets()
                        if (s := getattr(w, "session", None)) is not None
                        and hasattr(s, "plan_ready")]
            if not sessions:
                _probe_say("error no window with a session (plan_ready) to watch")
                os._exit(2)
            for session in sessions:
                session.plan_ready.connect(on_results)
                if hasattr(session, "plan_failed"):
                    session.plan_failed.connect(on_failed)
        QTimer.singleShot(PROBE_TIMEOUT_MS, on_timeout)
        return int(original_exec())

    QApplication.exec = probed_exec  # type: ignore[method-assign,assignment]


def prepare() -> None:
    """Everything an entry point needs before it imports the rest of the app."""
    ensure_std_streams()
    configure_numba_cache()
    probe = os.environ.get(PROBE_ENV)
    global _probe_installed
    if probe and not _probe_installed:
        # Entry points may call prepare() more than once (cli.main, then the launcher);
        # a second probe would wrap the first and report every milestone twice.
        _probe_installed = True
        install_startup_probe(probe)
