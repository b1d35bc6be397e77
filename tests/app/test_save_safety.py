"""No save, export or second window loses the user's files or unsaved work.

Save As and the exports add the file type's suffix to the name typed, after the dialog asked
about replacing that name; a second RigSizer shares the data folder with the first; a recovery
copy or a project can hold a number no estimate survives; an atomic write fails on a hidden
temporary name. The file dialog and the message boxes are the user's answers: they are
replaced here, as in the other GUI tests, and everything else runs for real.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.gui.export import confirmed_save_path
from app.gui.recovery import read_recovery, recovery_path, write_recovery
from core.catalogs.profiles import load_profile, load_profiles

ROOT = Path(__file__).resolve().parents[2]
INFINITE_MODEL = ('name = "x"\ncreator_type = "custom"\n[[workload]]\nid = "a"\nkind = "image"\n'
                  'label = "L"\nmodel = "my"\njobs_per_week = 1\n[[model]]\nid = "my"\n'
                  'like = "flux1-dev"\nparams_b = inf\n')


def _questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.question with `answer`; the texts asked, in order."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _boxes(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.exec (the recovery offer) with `answer`; the texts shown."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: shown.append(text)))
    return shown


def _typed(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The save dialog returns `path`, as typed (it asked only about that name)."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(path), "")))


# ---- Save As and exports add a suffix: the file that names is not replaced unasked --------
def test_save_as_asks_before_the_added_suffix_replaces_a_file(
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    client = tmp_path / "client.toml"
    client.write_text("the client's project\n", encoding="utf-8")
    _typed(monkeypatch, tmp_path / "client")

    asked = _questions(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.save_as()
    assert len(asked) == 1 and "client.toml" in asked[0]
    assert client.read_text(encoding="utf-8") == "the client's project\n"
    assert window.path is None

    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.save_as()
    assert len(asked) == 1
    assert window.path == client and load_profile(client) == window.session.profile


def test_save_as_keeps_a_dotted_name_and_asks_nothing_for_a_new_file(
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    client = tmp_path / "client.toml"
    client.write_text("the client's project\n", encoding="utf-8")
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    _typed(monkeypatch, tmp_path / "client.v2")
    assert window.save_as()
    assert window.path == tmp_path / "client.v2.toml"  # not client.toml
    assert client.read_text(encoding="utf-8") == "the client's project\n"
    # the dialog returned the full name: it asked about that file itself
    _typed(monkeypatch, client)
    assert window.save_as()
    assert asked == [] and window.path == client


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".csv", ".json"])
def test_an_export_asks_before_the_added_suffix_replaces_a_file(
        tmp_path: Path, monkeypatch, suffix: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / f"report{suffix}").write_text("last week's\n", encoding="utf-8")
    asked = _questions(monkeypatch, QMessageBox.StandardButton.No)
    assert confirmed_save_path(None, str(tmp_path / "report"), suffix) is None
    assert len(asked) == 1 and f"report{suffix}" in asked[0]
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert confirmed_save_path(None, str(tmp_path / "report"), suffix) == \
        tmp_path / f"report{suffix}"
    assert confirmed_save_path(None, str(tmp_path / "new"), suffix) == tmp_path / f"new{suffix}"
    assert len(asked) == 1


def test_an_export_error_names_the_file_chosen(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.results_page
    images = page.plot_images()
    page.plot_images = lambda *a, **k: images
    for kind in ("pdf", "html", "csv", "json"):
        chosen = tmp_path / "no such folder" / f"report.{kind}"
        with pytest.raises(OSError) as raised:
            page.export_to(kind, chosen)
        message = str(raised.value)
        # not the hidden temporary file the atomic write goes through
        assert str(chosen) in message and ".tmp" not in message, message


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_export_that_cannot_be_written_says_why_in_the_windows_language(
        make_window, tmp_path: Path, monkeypatch, language: str) -> None:  # type: ignore[no-untyped-def]
    """The dialog names the file chosen and the reason in the window's language (the atomic
    write's own sentence had been shown in English, naming its wrapper's words)."""
    window = make_window(language=language)
    chosen = tmp_path / "no such folder" / "report.csv"
    _typed(monkeypatch, chosen)
    warned = _warnings(monkeypatch)
    window.results_page.export_dialog("csv")
    assert warned == [{"en": f"Could not save {chosen}: the folder does not exist",
                       "zh_CN": f"无法保存 {chosen}：文件夹不存在"}[language]], warned


# ---- a second instance leaves the first one's recovery copy alone -------------------------
def _edited(window):  # type: ignore[no-untyped-def]
    return dataclasses.replace(window.session.profile, name="Unsaved in the first window")


def test_a_second_window_neither_offers_nor_deletes_the_firsts_copy(
        qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    first.project._autosave.setInterval(50)
    first.edit_profile(_edited(first), "edit")
    qtbot.waitUntil(recovery_path().exists, timeout=5000)

    offered = _boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    second = make_window()  # its offer runs before its first plan arrives
    assert offered == []
    assert second.session.profile.name != "Unsaved in the first window"
    # its own edits are autosaved beside the first window's copy, not over it
    second.project._autosave.setInterval(50)
    second.edit_profile(dataclasses.replace(second.session.profile, horizon_months=7), "edit")
    qtbot.waitUntil(recovery_path(1).exists, timeout=5000)
    assert load_profile(recovery_path()).name == "Unsaved in the first window"

    second.undo_stack.setClean()
    second.close()
    assert not recovery_path(1).exists()
    assert load_profile(recovery_path()).name == "Unsaved in the first window"
    assert first.is_dirty()


def _child(code: str, **kwargs):  # type: ignore[no-untyped-def]
    """Another RigSizer process on the same data folder (this test's)."""
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=dict(os.environ),
                            text=True, **kwargs)


HOLD = """
import sys
from PySide6.QtCore import QCoreApplication
from app.gui.recovery import claim_slot, write_recovery
from core.catalogs.profiles import load_profiles
from dataclasses import replace
app = QCoreApplication([])
slot = claim_slot()
write_recovery(replace(load_profiles()["vtuber"], name="Open elsewhere"), None, "2026-01-02",
               slot.index)
print(slot.index, flush=True)
sys.stdin.read()  # runs until the test is done with it
"""


def test_a_copy_another_running_instance_owns_is_not_offered(
        qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    other = _child(HOLD, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "0"
        offered = _boxes(monkeypatch, QMessageBox.StandardButton.Discard)
        window = make_window()
        assert offered == [] and window.project.recovery.index == 1
        window.close()
        assert load_profile(recovery_path()).name == "Open elsewhere"
    finally:
        other.communicate("", timeout=60)


def test_a_crashed_instances_copy_is_offered_at_the_next_start(
        qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lost = dataclasses.replace(load_profiles()["vtuber"], name="Lost in a crash")
    write_recovery(lost, None, "2026-01-02T03:04:05+00:00")
    crash = ("import os\nfrom PySide6.QtCore import QCoreApplication\n"
             "from app.gui.recovery import claim_slot\napp = QCoreApplication([])\n"
             "slot = claim_slot()\nassert slot.index == 0\n"
             "os._exit(0)  # no clean-up: its lock stays\n")
    assert _child(crash).wait(timeout=60) == 0
    assert (recovery_path().parent / "recovery.lock").exists()

    offered = _boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert "Restore it?" in offered[0]
    assert window.session.profile == lost and window.is_dirty()


# ---- a copy or project no estimate survives is refused, never raised ------------------------
def test_an_unreadable_recovery_copy_is_set_aside_and_reported(tmp_path: Path) -> None:
    recovery_path().write_text(INFINITE_MODEL, encoding="utf-8")
    told: list[tuple[Path, str]] = []
    assert read_recovery(on_unreadable=lambda kept, why: told.append((kept, why))) is None
    assert not recovery_path().exists()  # not offered again at every start
    [(kept, why)] = told
    assert kept.read_text(encoding="utf-8") == INFINITE_MODEL  # kept, not deleted
    assert "params_b" in why


def test_the_window_says_where_an_unreadable_copy_was_kept(
        qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    recovery_path().write_text(INFINITE_MODEL, encoding="utf-8")
    warned = _warnings(monkeypatch)
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    [kept] = [p for p in recovery_path().parent.glob("recovery-unreadable-*.toml")]
    assert str(kept) in warned[0] and "params_b" in warned[0]
    assert not window.is_dirty()


def test_opening_a_project_with_an_infinite_model_says_why(
        qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    before = window.session.profile
    project = tmp_path / "model_inf.toml"
    project.write_text(INFINITE_MODEL, encoding="utf-8")
    warned = _warnings(monkeypatch)
    assert not window.open_path(project, ask=False)
    assert len(warned) == 1 and "params_b" in warned[0] and "model_inf.toml" in warned[0]
    assert window.session.profile is before


def test_a_folders_name_is_refused_with_a_reason_not_a_replace_question(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "reports.pdf").mkdir()
    asked = _questions(monkeypatch, QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *_a: warned.append(text)))
    for typed in ("reports", "reports.pdf"):
        assert confirmed_save_path(None, str(tmp_path / typed), ".pdf") is None
    assert asked == [] and len(warned) == 2 and "is a folder" in warned[0]


def test_a_file_in_a_folder_that_is_gone_names_the_folder(tmp_path: Path) -> None:
    from core.atomic_file import write_text_atomic

    with pytest.raises(FileNotFoundError) as info:
        write_text_atomic(tmp_path / "gone" / "x.toml", "x")
    assert info.value.filename == str(tmp_path / "gone") and ".tmp" not in str(info.value)
