"""What the window takes is what the files hold: the My work form and the measurement list keep
to the loaders' limits at entry, so a plan never fails and a save is never refused because of
something the form let through; and the jobs unit only changes how the amount reads."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from core.catalogs.profiles import load_profile, save_profile
from core.catalogs.text_fields import MAX_NAME_CHARS
from core.config import MAX_WORKLOADS
from tests.app.conftest import type_into, wait_for_plan


def _work_page(qtbot, make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("work")
    page = window.work_page
    page.view.table.selectRow(0)
    return window, page


def test_per_day_shows_the_same_amount_and_changes_nothing(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    row = page.view.rows["jobs"]
    type_into(qtbot, row.edit, "21")
    wait_for_plan(qtbot, window)
    profile, result = window.session.profile, window.session.result
    steps = window.undo_stack.count()
    row.per.setFocus()
    qtbot.keyClick(row.per, Qt.Key.Key_Down)  # the user picks "per day"
    assert row.per.currentText() == "per day"
    assert row.edit.text() == "3"  # 21 a week, shown per day
    assert window.session.profile is profile and window.undo_stack.count() == steps
    assert window.session.result is result and not window.session._plan_stale  # no replan
    qtbot.keyClick(row.per, Qt.Key.Key_Up)
    assert row.edit.text() == "21" and window.session.profile is profile

    # 10 a week reads 1.42857 a day: leaving that text as it is keeps 10, not 9.99999
    type_into(qtbot, row.edit, "10")
    row.per.setCurrentIndex(1)
    assert row.edit.text() == "1.42857"
    edited = window.session.profile
    type_into(qtbot, row.edit, row.edit.text())
    assert window.session.profile is edited
    assert edited.workloads[0].jobs_per_week == 10.0
    type_into(qtbot, row.edit, "2")  # typed per day, stored per week
    assert window.session.profile.workloads[0].jobs_per_week == 14.0
    wait_for_plan(qtbot, window)


def test_per_day_keeps_to_the_files_weekly_limit(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    row = page.view.rows["jobs"]
    row.per.setCurrentIndex(1)
    before = window.session.profile
    type_into(qtbot, row.edit, "200000")  # 1.4 million a week: the file holds at most 1 million
    assert page.error_text("jobs") == "Must be at most 142,857"
    assert window.session.profile is before
    type_into(qtbot, row.edit, "100000")
    assert page.error_text("jobs") == ""
    assert window.session.profile.workloads[0].jobs_per_week == 700_000
    wait_for_plan(qtbot, window)


def test_llm_tokens_cannot_both_be_zero(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    actions = {a.text(): a for a in page.template_menu.actions()}
    actions["LLM chat"].trigger()
    added = window.session.profile.workloads[-1]
    assert added.kind == "llm" and added.prompt_tokens > 0
    output, prompt = page.view.rows["output_tokens"].edit, page.view.rows["prompt_tokens"].edit
    type_into(qtbot, output, "0")  # reading a prompt and writing nothing is a job the planner takes
    assert page.error_text("output_tokens") == ""
    assert window.session.profile.workloads[-1].output_tokens == 0
    edited = window.session.profile
    type_into(qtbot, prompt, "0")  # but a request that neither reads nor writes is not
    assert page.error_text("prompt_tokens") == "Prompt and output tokens cannot both be 0"
    assert page.view.rows["prompt_tokens"].error.isVisible()
    assert window.session.profile is edited
    wait_for_plan(qtbot, window)
    assert window.session.plan_error is None
    assert window.session.result.profile == edited


def test_cpu_seconds_must_be_above_zero(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    actions = {a.text(): a for a in page.template_menu.actions()}
    actions["CPU-only job (simulation bake)"].trigger()
    before = window.session.profile
    type_into(qtbot, page.view.rows["cpu_seconds"].edit, "0")  # the planner refuses a 0 s cpu job
    assert page.error_text("cpu_seconds") == "Must be above 0"
    assert window.session.profile is before
    wait_for_plan(qtbot, window)
    assert window.session.plan_error is None


def test_a_duplicate_keeps_to_the_files_name_limits(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    label = page.view.rows["label"].edit
    type_into(qtbot, label, "z" * 195)
    page.duplicate()
    copy = window.session.profile.workloads[-1]
    assert len(copy.label) <= MAX_NAME_CHARS and copy.label.endswith(" (copy)")
    save_profile(window.session.profile, tmp_path / "long.toml")  # the file takes it

    # copies of copies number on: no "(copy) (copy)" and no "x-1-1-1" ids
    first = window.session.profile.workloads[0]
    page.select(first.id)
    type_into(qtbot, label, "Thumbnail")
    for _ in range(3):
        page.duplicate()  # each time the newest copy (a duplicate is selected once made)
    copies = window.session.profile.workloads[-3:]
    assert [c.label for c in copies] == ["Thumbnail (copy)", "Thumbnail (copy 2)",
                                        "Thumbnail (copy 3)"]
    assert [c.id for c in copies] == [f"{first.id}-2", f"{first.id}-3", f"{first.id}-4"]
    save_profile(window.session.profile, tmp_path / "copies.toml")
    wait_for_plan(qtbot, window)


def test_a_long_id_is_cut_to_fit_its_copy_number(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    profile = window.session.profile
    long = dataclasses.replace(profile.workloads[0], id="w" * MAX_NAME_CHARS)
    window.project.edit(dataclasses.replace(profile, workloads=(long, *profile.workloads[1:])),
                        "long id")
    page.select(long.id)
    page.duplicate()
    copy = window.session.profile.workloads[-1]
    assert copy.id == "w" * (MAX_NAME_CHARS - 2) + "-1"
    save_profile(window.session.profile, tmp_path / "ids.toml")
    assert load_profile(tmp_path / "ids.toml").workloads[-1].id == copy.id
    wait_for_plan(qtbot, window)


def test_add_and_duplicate_stop_at_the_files_workload_limit(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    view = page.view
    profile = window.session.profile
    first = profile.workloads[0]
    more = tuple(dataclasses.replace(first, id=f"extra-{i}", label=f"Extra {i}")
                 for i in range(MAX_WORKLOADS - len(profile.workloads)))
    assert view.add_button.isEnabled() and view.duplicate_button.isEnabled()
    window.project.edit(dataclasses.replace(profile, workloads=profile.workloads + more),
                        "fill")
    assert len(window.session.profile.workloads) == MAX_WORKLOADS
    assert not view.add_button.isEnabled() and not view.duplicate_button.isEnabled()
    assert f"at most {MAX_WORKLOADS} workloads" in view.add_button.toolTip()
    assert f"at most {MAX_WORKLOADS} workloads" in view.duplicate_button.toolTip()
    assert view.remove_button.isEnabled()
    full = window.session.profile
    page.duplicate()  # a shortcut or a script gets no further than the button
    page.add_template("llm")
    assert window.session.profile is full
    window.undo_stack.undo()
    assert view.add_button.isEnabled() and view.duplicate_button.isEnabled()
    assert view.add_button.toolTip() == "Add a workload, starting from a typical example"
    wait_for_plan(qtbot, window)


def test_a_measured_value_keeps_to_the_measurement_files_limits(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("machine")
    panel = window.machine_page.measurements
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("sdxl"))
    panel.paste.setPlainText("100%|██████████| 20/20 [00:13<00:00,  1.50it/s]")
    panel.read_paste()
    assert panel.add_pending()
    added = window.session.profile
    item = panel.table.item(0, 2)
    item.setText("1e308")  # what a double-click and typing do to the cell
    assert window.session.profile is added  # refused: the file holds at most 1e9
    assert panel.table_error.isVisible()
    assert "from 0.000001 to 1,000,000,000 it/s" in panel.table_error.text()
    assert "1e308" in panel.table_error.text()
    assert panel.table.item(0, 2).text() == "1.5 it/s"  # the cell shows what is kept
    item = panel.table.item(0, 2)
    item.setText("1e-300")  # too small for any tool to print: refused as the file refuses it
    assert window.session.profile is added and panel.table.item(0, 2).text() == "1.5 it/s"
    item = panel.table.item(0, 2)
    item.setText("1000000000")  # the limit itself is a speed the file takes
    assert window.session.profile.measurements[0].value == 1e9
    wait_for_plan(qtbot, window)


def test_a_comma_groups_thousands_here_as_in_settings(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window, page = _work_page(qtbot, make_window)
    row = page.view.rows["jobs"]
    type_into(qtbot, row.edit, "1,500")
    assert window.session.profile.workloads[0].jobs_per_week == 1500.0
    before = window.session.profile
    type_into(qtbot, row.edit, "1,5")  # a decimal comma is ambiguous: asked for a point
    assert window.session.profile is before
    assert "comma may only group thousands" in row.error.text()
