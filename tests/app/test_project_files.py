"""Projects are the CLI's TOML profile files: save, reopen, recent files, unsaved-changes prompt."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.gui.settings import recent_files
from core.catalogs.profiles import load_profile, load_profiles
from tests.app.conftest import wait_for_plan


def test_save_and_reopen_round_trips_the_project(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    first = window.session.profile.workloads[0]
    edited = dataclasses.replace(first, jobs_per_week=3.0, deadline_s=600.0, private=True)
    window.edit_profile(dataclasses.replace(
        window.session.profile, workloads=(edited, *window.session.profile.workloads[1:])),
        "edit")
    assert window.is_dirty()
    path = tmp_path / "my project.toml"
    assert window.save_to(path)
    assert not window.is_dirty()
    assert window.windowTitle() == "my project.toml — RigSizer"
    # The file is a profile the command line reads back to the very same object.
    assert load_profile(path) == window.session.profile
    assert recent_files()[0] == str(path)
    assert window.recent_menu.actions()[0].text() == str(path)

    other = make_window(creator="vtuber", wait=False)
    assert other.open_path(path)
    assert other.session.profile == load_profile(path)
    assert other.session.profile.workloads[0].private is True
    assert other.current_page() == "work"
    assert not other.is_dirty()
    wait_for_plan(qtbot, other)
    wait_for_plan(qtbot, window)


def test_opening_a_broken_file_says_why_and_keeps_the_project(
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.session.profile is not None, timeout=60_000)
    before = window.session.profile
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\ncreator_type = "vtuber"\n[[workload]]\nid = "a"\nkind = "llm"\n'
                   'label = "a"\njobs_per_week = -1\n', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    assert not window.open_path(bad)
    assert len(shown) == 1 and "bad.toml" in shown[0] and "jobs_per_week" in shown[0]
    assert window.session.profile is before
    wait_for_plan(qtbot, window)


def test_unsaved_changes_prompt_can_cancel_or_discard(
        qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.session.profile is not None, timeout=60_000)
    p = window.session.profile
    window.edit_profile(dataclasses.replace(p, horizon_months=12), "edit")
    edited = window.session.profile
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: answers.pop(0))
    window.choose_creator("vtuber")
    assert window.session.profile is edited  # cancelled: nothing lost
    answers.append(QMessageBox.StandardButton.Discard)
    window.choose_creator("vtuber")
    assert window.session.profile == load_profiles()["vtuber"]
    assert not window.is_dirty()
    wait_for_plan(qtbot, window)


def test_window_geometry_persists(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from app.gui.main_window import MainWindow

    window = make_window(wait=False)
    # the offscreen screen is 800×800: a size inside it is restored exactly
    window.resize(790, 700)
    window.save_window_state()
    again = MainWindow(app_settings=window.app_settings, detect=False)
    qtbot.addWidget(again, before_close_func=lambda w: w.undo_stack.setClean())
    assert (again.width(), again.height()) == (790, 700)
    again.session.wait_idle()
    window.session.wait_idle()


def test_a_broken_file_is_explained_in_chinese(
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What is wrong is said in the window's language; the file, line, entry and key stay as
    written (they are what the user looks for in the file)."""
    window = make_window(wait=False, language="zh_CN")
    qtbot.waitUntil(lambda: window.session.profile is not None, timeout=60_000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\ncreator_type = "vtuber"\n[[workload]]\nid = "a"\nkind = "llm"\n'
                   'label = "a"\njobs_per_week = -1\n', encoding="utf-8")
    missing = tmp_path / "none.toml"
    nothing = tmp_path / "empty.toml"
    nothing.write_text('name = "x"\ncreator_type = "vtuber"\n', encoding="utf-8")
    for path in (bad, nothing):
        assert not window.open_path(path)
    assert not window.open_path(missing)
    assert shown[0] == "bad.toml:7：条目“a”：键“jobs_per_week”：不能为负数，实际为 -1", shown
    assert shown[1] == "empty.toml：必须至少包含一个 [[workload]] 表", shown
    assert shown[2].startswith("none.toml：无法读取（"), shown
    wait_for_plan(qtbot, window)
