"""An unusable config folder never keeps the window from opening (issue 17, item 5).

The folder is blocked by a plain file of the same name (what a read-only parent does too, and
it holds when the tests run as root): mkdir raised FileExistsError before the window existed,
and the windowed build, having no console, showed nothing at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.gui.settings import AppSettings, load_app_settings, save_app_settings, user_folder

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def blocked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "RigSizer"
    folder.write_text("a file where the config folder should be")
    monkeypatch.setenv("RIGSIZER_CONFIG_DIR", str(folder))
    return folder


def test_settings_fall_back_and_saving_says_why(blocked: Path) -> None:
    assert user_folder("config") == blocked  # no exception
    assert load_app_settings() == AppSettings()
    failed = save_app_settings(AppSettings(theme="dark"))
    why = str(failed)
    assert failed is not None and why.startswith("could not save the settings to ")
    assert str(blocked) in why
    assert blocked.read_text() == "a file where the config folder should be"  # untouched


def test_the_window_opens(blocked: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "RIGSIZER_STARTUP_PROBE": "window"}
    done = subprocess.run([sys.executable, "-m", "app.cli"], env=env, capture_output=True,
                          text=True, timeout=100)
    assert "RIGSIZER_PROBE window" in done.stdout, (done.stdout, done.stderr)
    assert done.returncode == 0

