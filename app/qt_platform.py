"""Can Qt open a window here? Checked before any QApplication exists, so the answer is a
sentence with the fix instead of Qt's abort ("Reinstalling the application may fix this
problem", then a core dump).

On Linux with X11, Qt's xcb platform plugin needs a dozen small X libraries that fresh installs
often lack (libxcb-cursor0 above all), and a DISPLAY that answers: over SSH it often names a
display that is gone. Both are checked with the C libraries themselves (dlopen, xcb_connect),
which takes a few milliseconds; Qt is not loaded for it.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

# The X libraries Qt's xcb plugin loads, and the package that ships each: (soname, Debian and
# Ubuntu package, Fedora package). Qt 6.5+ (PySide6's wheels) needs all of them.
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
)
CONNECT_TIMEOUT_S = 3.0
# The probe's X connection stays open until the process exits. An X server resets itself when
# its last client disconnects (Xvfb under xvfb-run, a bare X server over SSH), and a connection
# made during that reset is refused: closing the probe's connection right before Qt opened its
# own made Qt abort ("could not connect to display") in about one start in three there.
_held_connections: list[int] = []


def _qt_folder() -> Path | None:
    """PySide6's Qt folder (lib/, plugins/), found without importing PySide6's Qt modules."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_xcb_libraries(libraries: tuple[tuple[str, str, str], ...] = XCB_LIBRARIES,
                          ) -> list[tuple[str, str, str]]:
    """The X libraries Qt's xcb plugin needs that cannot be loaded here (a bundle's own copies
    next to Qt's libraries count as present)."""
    qt = _qt_folder()
    shipped = qt / "lib" if qt is not None else None
    missing = []
    for entry in libraries:
        soname = entry[0]
        if shipped is not None and (shipped / soname).is_file() and _loads(str(shipped / soname)):
            continue
        if not _loads(soname):
            missing.append(entry)
    return missing


def install_hint(missing: list[tuple[str, str, str]]) -> str:
    debian = " ".join(dict.fromkeys(m[1] for m in missing))
    fedora = " ".join(dict.fromkeys(m[2] for m in missing))
    return f"`sudo apt install {debian}` (Fedora: `sudo dnf install {fedora}`)"


def x_display_answers(display: str, timeout_s: float = CONNECT_TIMEOUT_S) -> bool | None:
    """Whether the X server named by `display` accepts a connection (None: cannot tell, no
    libxcb). Runs in a thread with a deadline: a remote display that is gone can hang."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    answer: list[bool] = []

    def connect() -> None:
        conn = xcb.xcb_connect(display.encode(), None)
        ok = bool(conn) and xcb.xcb_connection_has_error(conn) == 0
        answer.append(ok)
        if ok:
            _held_connections.append(conn)  # kept: see _held_connections
        elif conn:
            xcb.xcb_disconnect(conn)

    worker = threading.Thread(target=connect, daemon=True)
    worker.start()
    worker.join(timeout_s)
    return answer[0] if answer else False


def uses_xcb(env: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will open its window through X11 here."""
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].strip().startswith("xcb")
    # Qt prefers Wayland in a Wayland session and falls back to X11 (XWayland) otherwise.
    return not env.get("WAYLAND_DISPLAY")


def window_problem(env: Mapping[str, str] = os.environ) -> str | None:
    """One sentence saying why no window can open here and how to fix it, or None."""
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc")):
        return None  # explicitly asked for a display-less Qt platform (tests, screenshots)
    if not sys.platform.startswith("linux"):
        return None
    display = env.get("DISPLAY", "")
    if not (display or env.get("WAYLAND_DISPLAY")):
        return "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    if not uses_xcb(env):
        return None
    missing = missing_xcb_libraries()
    if missing:
        names = ", ".join(m[0] for m in missing)
        return (f"the window needs X11 libraries this system lacks ({names}); install them "
                f"with {install_hint(missing)}")
    if not display:
        return "no X display (DISPLAY is not set and Qt was asked for X11)"
    if x_display_answers(display) is False:
        return (f"the display DISPLAY={display} does not answer (an SSH session without X "
                "forwarding, or an X server that has stopped); use `ssh -X`, or unset DISPLAY "
                "to get the text plan straight away")
    return None
