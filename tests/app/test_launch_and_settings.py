"""Start-up without a display, and the settings file that survives bad edits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.gui.settings import AppSettings, load_app_settings, save_app_settings, settings_path
from app.launch import display_problem


def test_display_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert "no display" in (display_problem() or "")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display_problem() is None
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display_problem() is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display rules are Linux's")
def test_without_a_display_the_default_plan_is_printed(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RIGSIZER_CONFIG_DIR"] = str(tmp_path)
    proc = subprocess.run([sys.executable, "-c", "from app.launch import launch_gui_or_text as f;"
                           "raise SystemExit(f())"], capture_output=True, text=True, env=env,
                          timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert "no display" in first and "ai_video_blogger" in first
    from app.report.text import format_plan  # noqa: F401 - the text comes from the shared formatter

    assert len(proc.stdout.splitlines()) > 5


def test_app_settings_round_trip_and_bad_values_fall_back() -> None:
    s = AppSettings(theme="dark", language="zh_CN", creator_type="vtuber", samples=5000)
    save_app_settings(s)
    again = load_app_settings()
    assert (again.theme, again.language, again.creator_type, again.samples) == (
        "dark", "zh_CN", "vtuber", 5000)
    assert not list(settings_path().parent.glob(".settings.json.*"))  # no temp file left
    settings_path().write_text(json.dumps({"theme": "neon", "samples": -4, "language": 7,
                                           "future_key": 1}), encoding="utf-8")
    bad = load_app_settings()
    assert (bad.theme, bad.language, bad.samples) == ("system", "system", 10_000)
    save_app_settings(bad)  # keys from newer versions are kept, not dropped
    assert json.loads(settings_path().read_text(encoding="utf-8"))["future_key"] == 1
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_app_settings() == AppSettings()


def test_building_the_window_loads_no_numba() -> None:
    """numba (and the core that compiles with it) loads in the worker, not before the window."""
    code = ("import sys\nfrom app.gui.app import make_application\napp = make_application()\n"
            "from app.gui.main_window import MainWindow\n"
            "w = MainWindow(detect=False, restore_state=False)\n"
            "print('numba' in sys.modules)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize(("language", "said"), [
    ("en", "Could not save {path}: {reason} The setting applies until RigSizer closes."),
    ("zh_CN", "无法保存 {path}：{reason}该设置在关闭 RigSizer 之前有效。"),
])
def test_a_setting_that_cannot_be_saved_is_said_and_still_applies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_window, language: str,
        said: str) -> None:  # type: ignore[no-untyped-def]
    """The theme switches, and the status bar says it will not survive a restart (the failure
    had been returned and dropped)."""
    window = make_window(language=language)
    blocked = tmp_path / "RigSizer"
    blocked.write_text("a file where the config folder should be")
    monkeypatch.setenv("RIGSIZER_CONFIG_DIR", str(blocked))
    window.appearance.set_theme("dark")
    assert window.appearance.settings.theme == "dark"
    shown = window.statusBar().currentMessage()
    head, tail = said.split("{reason}")
    assert shown.startswith(head.format(path=settings_path())) and shown.endswith(tail), shown

