"""Process set-up that must happen before numba (or Qt) is imported.

numba reads NUMBA_CACHE_DIR once, when it is first imported; after that the cache location is
fixed for the process. So every entry point — the `rigsizer` console script (app.cli.main), the
frozen bundle's entry script and the launcher — calls `prepare()` first thing. This module must
stay cheap and must never import numba, numpy, PySide6 or anything from core that does.
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


def prepare() -> None:
    """Everything an entry point needs before it imports the rest of the app."""
    ensure_std_streams()
    configure_numba_cache()
