"""My machine at the sizes people use, and its small edits.

At 1200×800 in Chinese and 1280×720 in English the CPU, Memory and System lines were squeezed
and cut and "Remove selected GPU" was drawn over the GPU table; at the 760×540 minimum the
buttons were 11-16 px tall. The page scrolls now: every widget keeps its natural height and
none covers another. Settings, at 760×540, wraps its tariff note inside the window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from core.hardware.machine import machine_from_gpu_ids
from core.units import GIB
from tests.app.conftest import TEST_GPU, type_into

SIZES = ((760, 540), (1200, 800), (1280, 720))
LEAVES = (QAbstractButton, QLabel, QLineEdit, QComboBox, QAbstractScrollArea)


def _settle() -> None:
    for _ in range(4):  # layout, then the tables' queued column fit
        QCoreApplication.processEvents()


def _inside_a_control(w: QWidget, page: QWidget, scrollers: set[QWidget]) -> bool:
    """Whether `w` is a part of a table, list, text box or combo box (not a control itself)."""
    parent = w.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QComboBox) or (
                isinstance(parent, QAbstractScrollArea) and parent not in scrollers):
            return True
        parent = parent.parentWidget()
    return False


def _shown_leaves(page: QWidget) -> list[QWidget]:
    """The visible controls and texts of `page`: not the page's own scroll area, nor the parts
    inside a table or a box."""
    scrollers: set[QWidget] = {a for a in page.findChildren(QScrollArea) if a.widget() is not None}
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, LEAVES) and w not in scrollers and w.isVisible()
            and not _inside_a_control(w, page, scrollers)]


def _rect(w: QWidget, page: QWidget) -> QRect:
    return QRect(w.mapTo(page, QPoint(0, 0)), w.size())


def layout_problems(page: QWidget) -> list[str]:
    """Controls squeezed below their natural height, and controls drawn over one another."""
    leaves = _shown_leaves(page)
    problems = []
    for w in leaves:
        natural = w.minimumSizeHint().height()
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox) and w.height() < natural:
            problems.append(f"{type(w).__name__} {getattr(w, 'text', str)()!r}: "
                            f"{w.height()} px tall, needs {natural}")
        if isinstance(w, QLabel) and w.text() and w.wordWrap() and \
                w.height() < w.heightForWidth(w.width()):
            problems.append(f"label {w.text()[:30]!r} cut: {w.height()} px of "
                            f"{w.heightForWidth(w.width())}")
    for i, a in enumerate(leaves):
        for b in leaves[i + 1:]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            overlap = _rect(a, page).intersected(_rect(b, page))
            if overlap.width() > 1 and overlap.height() > 1:
                problems.append(f"{type(a).__name__} {getattr(a, 'text', str)()!r:.30} overlaps "
                                f"{type(b).__name__} {getattr(b, 'text', str)()!r:.30}")
    return problems


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_my_machine_scrolls_instead_of_squeezing(make_window, artifacts: Path,
                                                 language: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language=language)
    window.session.set_machine(machine_from_gpu_ids([TEST_GPU, "nvidia-rtx-4090"], ram_gib=32))
    window.go_to("machine")
    page = window.machine_page.view
    problems = []
    for width, height in SIZES:
        window.resize(width, height)
        _settle()
        assert window.grab().save(str(artifacts / f"machine_{width}x{height}_{language}.png"))
        problems += [f"{width}x{height}: {p}" for p in layout_problems(page)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_settings_wraps_the_tariff_note_at_the_smallest_window(
        make_window, artifacts: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language=language)
    window.go_to("settings")
    window.resize(760, 540)
    _settle()
    view = window.settings_page.view
    note = view.tariff_note
    assert window.grab().save(str(artifacts / f"settings_760x540_{language}.png"))
    scroll = note.parentWidget()
    while scroll is not None and not isinstance(scroll, QAbstractScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    viewport = scroll.viewport()
    right = note.mapTo(viewport, QPoint(note.width(), 0)).x()
    assert right <= viewport.width(), f"the note ends at {right} px of {viewport.width()}"
    assert note.height() >= note.heightForWidth(note.width())  # every wrapped line shows
    assert not scroll.horizontalScrollBar().isVisible()




def test_ram_takes_no_vanishing_amounts_and_reads_commas_as_settings_does(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("machine")
    page, s = window.machine_page, window.session
    machine = s.machine
    for text, message in (
            ("1e-9", "Must be at least 0.1"),  # once shown as "0.0 GiB"
            ("0.05", "Must be at least 0.1"),
            ("1,5", "Use a point for decimals (1.5); a comma may only group thousands (1,500)"),
            ("1_6", "Enter the number without underscores"), ("nan", "Enter a number")):
        type_into(qtbot, page.ram_edit, text)
        assert page.ram_error_text() == message, text
        assert s.machine is machine
    type_into(qtbot, page.ram_edit, "1,000")  # a thousands comma, as in every other field
    assert page.ram_error_text() == ""
    assert s.machine.ram_bytes == 1000 * GIB


def test_a_gpu_message_goes_once_a_gpu_is_removed(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("machine")
    s = window.session
    s.set_machine(machine_from_gpu_ids([TEST_GPU, "nvidia-rtx-4090"], ram_gib=64))
    page, view = window.machine_page, window.machine_page.view
    view.gpu_choice.setEditText("no such card at all")
    assert not page.apply_gpu(replace=False)
    assert view.edit_error.isVisible() and view.edit_error.text() == "Choose a GPU from the list"
    view.gpu_table.selectRow(1)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert [g.gpu_id for g in s.machine.gpus] == [TEST_GPU]
    assert not view.edit_error.isVisible()
