"""My machine editor: remove a GPU, set the RAM (validated beside the field), Macs re-sized."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.hardware.machine import machine_from_gpu_ids
from core.units import GIB
from tests.app.conftest import TEST_GPU, type_into, wait_for_plan


def test_remove_the_selected_gpu(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("machine")
    s = window.session
    s.set_machine(machine_from_gpu_ids([TEST_GPU, "nvidia-rtx-4090"], ram_gib=64))
    page, view = window.machine_page, window.machine_page.view
    assert view.gpu_table.rowCount() == 2
    assert not view.remove_button.isEnabled()  # nothing selected yet
    view.gpu_table.selectRow(1)
    assert view.remove_button.isEnabled()
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert [g.gpu_id for g in s.machine.gpus] == [TEST_GPU]
    assert s.machine.hand_edited and s.machine.ram_bytes == 64 * GIB
    assert view.gpu_table.rowCount() == 1
    view.gpu_table.selectRow(0)
    assert page.remove_selected_gpu()
    assert s.machine.gpus == ()
    assert view.reason.text() == "All GPUs were removed by hand. Edited by hand."
    result = wait_for_plan(qtbot, window)
    assert result.machine is s.machine  # planned for the machine without a GPU


def test_ram_field_validates_inline_and_applies(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("machine")
    s = window.session
    page = window.machine_page
    ram = page.ram_edit
    assert ram.isVisible() and ram.text() == "32"  # the machine the fixture entered
    machine = s.machine
    for text, message in (("lots", "Enter a number"), ("0", "Must be above 0"),
                          ("-8", "Must be above 0"), ("99999", "Must be at most 8192"),
                          ("", "Enter your RAM in GiB")):
        type_into(qtbot, ram, text)
        assert page.ram_error_text() == message, text
        assert page.view.ram_field.error.isVisible()
        assert s.machine is machine  # a bad value changes nothing
    type_into(qtbot, ram, "96")
    assert page.ram_error_text() == ""
    assert s.machine.ram_bytes == 96 * GIB
    assert window.machine_page.view.ram.text().startswith("96")
    result = wait_for_plan(qtbot, window)
    assert result.machine.ram_bytes == 96 * GIB


def test_ram_resizes_a_macs_unified_memory(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    s = window.session
    s.set_machine(machine_from_gpu_ids(["apple-m2-pro-19c"], ram_gib=16))
    before = s.machine.gpus[0].spec.vram_bytes
    window.go_to("machine")
    type_into(qtbot, window.machine_page.ram_edit, "32")
    after = s.machine.gpus[0].spec.vram_bytes
    assert s.machine.ram_bytes == 32 * GIB
    assert after > before  # the GPU's share of unified memory grew with the RAM
    wait_for_plan(qtbot, window)
