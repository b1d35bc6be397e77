"""Small things a creator notices in the first minute: popups show the current item, provider
ticks mean what they say, and My machine speaks plainly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from core.hardware import wording as hw_say
from core.schema.hardware import LocalMachine
from core.schema.message import Message
from core.units import GIB


def test_a_combo_popup_draws_its_current_item(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    window.go_to("settings")
    combo = window.settings_page.view.currency
    combo.setCurrentIndex(1)
    combo.showPopup()
    QCoreApplication.processEvents()
    try:
        view = combo.view()
        assert isinstance(combo.itemDelegate(), QStyledItemDelegate)
        rect = view.visualRect(view.model().index(1, 0))
        image = view.viewport().grab(rect).toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 2)
                   for y in range(image.height())}
        assert len(colours) > 4, "the current item is drawn without its text"
    finally:
        combo.hidePopup()


def test_provider_ticks_are_what_is_compared(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.settings_page
    items = [page.view.providers.item(i) for i in range(page.view.providers.count())]
    assert items and all(i.checkState() == Qt.CheckState.Checked for i in items)  # all: ()
    assert window.session.profile.providers == ()
    names = {i.data(Qt.ItemDataRole.UserRole): i.text() for i in items}
    if "gcp" in names:
        assert names["gcp"] == "Google Cloud"  # the provider's own name, not its id
    items[0].setCheckState(Qt.CheckState.Unchecked)
    rest = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items[1:])
    assert window.session.profile.providers == rest
    for item in items[1:]:
        item.setCheckState(Qt.CheckState.Unchecked)
    # the last tick stays: no provider at all cannot be said here (Private does that)
    assert items[-1].checkState() == Qt.CheckState.Checked
    assert window.session.profile.providers == (items[-1].data(Qt.ItemDataRole.UserRole),)
    window.undo_stack.undo()


def test_my_machine_says_no_gpu_plainly_and_rounds_the_memory(
        make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    why = ("NVML could not start: NVMLError_LibraryNotFound: NVML Shared Library Not Found; "
           "nvidia-smi is not installed")
    machine = LocalMachine(ram_bytes=23.5403 * GIB,
                           reason=Message(hw_say.NO_DISCRETE_GPU, why=why))
    window.session.set_machine(machine)
    view = window.machine_page.view
    assert "NVML" not in view.reason.text() and "graphics card" in view.reason.text()
    assert "NVMLError_LibraryNotFound" in view.reason.toolTip()  # kept for bug reports
    assert view.reason.objectName() != "warn"  # not bold orange
    assert window.machine_page.ram_edit.text() == "23.5"
