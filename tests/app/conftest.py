"""GUI test fixtures: offscreen Qt, a throw-away config folder, and a ready main window."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before any Qt import: no display is ever needed, screenshots come from QWidget.grab().
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
# Fewer Monte Carlo samples than the product's 10,000 keep the suite fast; the GUI only shows
# what core returns, so the sample count changes no behaviour the app tests check.
TEST_SAMPLES = 1000
TEST_GPU = "nvidia-rtx-3060-12gb"


@pytest.fixture(autouse=True)
def _config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Window state, recent files and settings.json go to a temporary folder, never $HOME."""
    monkeypatch.setenv("RIGSIZER_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Build a MainWindow with a hand-entered machine and wait for its first plan."""
    from app.gui import i18n

    made = []

    def make(*, creator: str | None = "ai_video_blogger", language: str = "en",
             theme: str = "light", wait: bool = True):  # type: ignore[no-untyped-def]
        from app.gui.main_window import MainWindow
        from app.gui.settings import AppSettings
        from core.hardware.machine import machine_from_gpu_ids

        settings = AppSettings(theme=theme, language=language, creator_type=creator,
                               samples=TEST_SAMPLES)
        window = MainWindow(app_settings=settings, detect=False, restore_state=False)
        # pytest-qt closes widgets before fixture finalizers run: mark the project saved first,
        # or closeEvent would open the (modal) unsaved-changes prompt and wait forever.
        # Restored unsaved work (test_recovery) counts as unsaved too.
        qtbot.addWidget(window, before_close_func=lambda w: (
            w.undo_stack.setClean(), setattr(w, "_recovered", False)))
        made.append(window)
        window.resize(1280, 860)
        window.show()
        window.session.set_machine(machine_from_gpu_ids([TEST_GPU], ram_gib=32))
        if wait and creator is not None:
            qtbot.waitUntil(lambda: window.session.result is not None, timeout=180_000)
        return window

    yield make
    for window in made:
        window.session.wait_idle(60_000)
    i18n.install("en")  # translators are application-wide: leave English for the next test


def fail_a_plan(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    """An edit the planner refuses (an LLM request that reads and writes nothing; the form
    refuses it, a file does not): any failed plan does."""
    profile = window.session.profile
    llm = next(w for w in profile.workloads if w.kind == "llm")
    bad = dataclasses.replace(llm, prompt_tokens=0, output_tokens=0)
    window.project.edit(dataclasses.replace(profile, workloads=tuple(
        bad if w.id == llm.id else w for w in profile.workloads)), "break")
    qtbot.waitUntil(lambda: window.session.plan_error is not None, timeout=120_000)
    return str(window.session.plan_error)


def wait_for_plan(qtbot, window) -> object:  # type: ignore[no-untyped-def]
    """Wait until the newest input has been planned; returns the result."""
    s = window.session
    qtbot.waitUntil(lambda: not s._plan_running and not s._plan_stale, timeout=120_000)
    return s.result


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into a line edit as a person does (its old text replaced, then Return:
    editingFinished, the field commits)."""
    from PySide6.QtCore import Qt

    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.fixture
def in_shanghai() -> Iterator[None]:
    """This computer's time zone is Asia/Shanghai (UTC+8, no daylight saving) for the test."""
    import time

    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()
