"""Start the window, or print the default plan as text where there is no display.

Environment comes first: NUMBA_CACHE_DIR must point at a per-user folder before numba is
imported (an install folder may be read-only), and pyqtgraph must bind to PySide6 even if
another Qt binding is installed.
"""

from __future__ import annotations

import os
import sys

DEFAULT_CREATOR = "ai_video_blogger"


def _prepare_environment() -> None:
    try:
        from app.runtime_env import prepare
    except ImportError:  # the shared helper is optional; do its essential part here
        if "NUMBA_CACHE_DIR" not in os.environ and "numba" not in sys.modules:
            from platformdirs import user_cache_dir

            os.environ["NUMBA_CACHE_DIR"] = os.path.join(
                user_cache_dir("RigSizer", "RigSizer"), "numba")
    else:
        prepare()
    os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"


def display_problem() -> str | None:
    """Why no window can open here, with the fix, or None when one can (app.qt_platform:
    missing X11 libraries, a DISPLAY that does not answer, no display at all)."""
    from app.qt_platform import window_problem

    return window_problem(os.environ)


def default_profile_key(profiles: dict[str, object], preferred: str | None) -> str:
    for key in (preferred, DEFAULT_CREATOR):
        if key and key in profiles:
            return key
    return next(iter(profiles))


def print_default_plan(why: str) -> int:
    """The text the `plan` command prints, for the profile the window would have opened with."""
    from app.report.text import format_plan, text_language
    from core.catalogs.bundle import load_catalogs
    from core.hardware.detect import detect_machine
    from core.perf import PerfModel
    from core.plan import recommend

    preferred = None
    language = "system"
    try:
        from app.gui.settings import load_app_settings

        saved = load_app_settings()
        preferred, language = saved.creator_type, saved.language
    except ImportError:  # PySide6 missing entirely: still answer in text
        pass
    cats = load_catalogs()
    profiles = dict(cats.profiles)
    key = default_profile_key(profiles, preferred)  # type: ignore[arg-type]
    sys.stdout.write(f"RigSizer: {why}; showing the plan for the '{key}' profile as text.\n"
                     "Run `rigsizer plan --help` for more options.\n\n")
    result = recommend(profiles[key], detect_machine(timeout_s=5.0), cats,
                       PerfModel.from_catalogs(cats).evaluate)
    sys.stdout.write(format_plan(result, lang=text_language(language)).rstrip("\n") + "\n")
    return 0


def launch_gui_or_text() -> int:
    _prepare_environment()
    why = display_problem()
    if why is None:
        try:
            import PySide6.QtWidgets  # noqa: F401 - only checks that Qt can load at all
        except ImportError as exc:
            why = f"the Qt libraries could not be loaded ({exc})"
    if why is not None:
        return print_default_plan(why)
    from app.gui.app import run_gui

    return run_gui(sys.argv[:1])
