"""Unsaved work survives a crash: autosave after edits, an offer to restore at the next start."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.gui.recovery import read_recovery, recovery_path, write_recovery
from core.catalogs.profiles import load_profile, load_profiles


def _answer_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press `button` in the next message box that opens (as a user would)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, poll)


def _edited(profile):  # type: ignore[no-untyped-def]
    first = dataclasses.replace(profile.workloads[0], jobs_per_week=123.0)
    return dataclasses.replace(profile, name="Crash test",
                               workloads=(first, *profile.workloads[1:]))


def test_the_recovery_folder_follows_the_config_override(tmp_path: Path) -> None:
    assert recovery_path() == Path(os.environ["RIGSIZER_CONFIG_DIR"]) / "recovery.toml"


def test_an_edit_is_autosaved_and_a_save_removes_the_copy(
        qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.project._autosave.setInterval(50)  # the product waits 1.5 s after the last edit
    assert not recovery_path().exists()
    window.edit_profile(_edited(window.session.profile), "edit")
    qtbot.waitUntil(recovery_path().exists, timeout=5000)  # a moment after the edit
    assert load_profile(recovery_path()).workloads[0].jobs_per_week == 123.0
    assert window.save_to(tmp_path / "mine.toml")
    assert not recovery_path().exists()
    # Undoing back to the saved state leaves nothing to recover either.
    window.edit_profile(dataclasses.replace(window.session.profile, horizon_months=7), "edit")
    qtbot.waitUntil(recovery_path().exists, timeout=5000)
    window.undo_stack.undo()
    assert not recovery_path().exists()


def test_after_a_crash_the_next_start_offers_the_unsaved_work(
        qtbot, make_window, tmp_path: Path, in_shanghai) -> None:  # type: ignore[no-untyped-def]
    # The crash: the last run autosaved its edits to a project file and never exited cleanly.
    shipped = load_profiles()["vtuber"]
    lost = _edited(shipped)
    project = tmp_path / "studio.toml"
    write_recovery(lost, project, "2026-01-02T03:04:05+00:00")

    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Yes, seen)
    window = make_window(creator="ai_video_blogger", wait=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0] == ("RigSizer closed without saving the project studio.toml (autosaved "
                       "1/2/26 11:04\u202fAM). Restore it?")  # local time (UTC+8)
    assert window.session.profile == lost
    assert window.path == project
    assert window.is_dirty() and window.windowTitle().startswith("studio.toml*")
    assert window.current_page() == "work"
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=120_000)
    assert window.session.result.profile.workloads[0].jobs_per_week == 123.0
    assert read_recovery() is not None  # kept until the restored work is saved


def test_declining_the_offer_discards_the_copy(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    write_recovery(_edited(load_profiles()["vtuber"]), None, "2026-01-02T03:04:05+00:00")
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Discard, seen)
    window = make_window()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "without saving a new project" in seen[0]
    assert window.session.profile.name != "Crash test"
    assert not recovery_path().exists()
    assert not window.is_dirty()


def test_a_broken_recovery_file_is_ignored(qtbot) -> None:  # type: ignore[no-untyped-def]
    recovery_path().write_text("this is [not a profile", encoding="utf-8")
    assert read_recovery() is None
    assert not recovery_path().exists()


def test_recovered_work_is_checked_against_the_sessions_catalogs() -> None:
    from dataclasses import replace

    from tests.shipped import catalogs

    shipped = catalogs()
    profile = load_profiles()["ai_video_blogger"]
    write_recovery(profile, None, "2026-12-04T22:00:00")
    assert read_recovery(shipped) is not None
    # catalogs without the models the project names (as a session's own could be): the
    # autosave is read against them, cannot be used, and is cleared rather than half-opened
    used = {w.model for w in profile.workloads if w.model}
    fewer = replace(shipped, models={k: m for k, m in shipped.models.items() if k not in used})
    assert read_recovery(fewer) is None
    assert not recovery_path().exists()


def test_clearing_a_copy_whose_folder_became_a_file_does_not_fail(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the window clears the copy; a config folder replaced by a file while it was
    open made that raise NotADirectoryError in the close event."""
    from app.gui.recovery import clear_recovery

    blocked = tmp_path / "RigSizer"
    blocked.write_text("a file where the config folder should be")
    monkeypatch.setenv("RIGSIZER_CONFIG_DIR", str(blocked))
    clear_recovery(0)
    assert blocked.read_text() == "a file where the config folder should be"
