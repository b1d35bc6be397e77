"""After a failed plan the Results page keeps the last result but marks it out of date: washed
out under a banner naming the error, its exports off, until a plan succeeds again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.app.conftest import fail_a_plan, wait_for_plan


def test_a_failed_plan_marks_the_last_result_out_of_date(
        qtbot, make_window, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("results")
    page = window.results_page
    view = page.view
    headline = view.headline.text()
    assert all(b.isEnabled() for b in view.export_buttons.values())
    assert not view.stale_banner.isVisible()

    error = fail_a_plan(qtbot, window)
    assert "output_tokens" in error
    # the last result stays readable, washed out under a banner that names the error
    assert view.stale_banner.isVisible()
    assert "out of date" in view.stale_banner.text()
    assert "output_tokens" in view.stale_banner.text()
    assert not view.status.isVisible()  # the banner says it once
    assert view.rec_card.isVisible() and view.headline.text() == headline
    assert all(veil.isVisible() and veil.geometry() == veil.target.rect()
               for veil in view.veils)
    assert {veil.target for veil in view.veils} == {view.rec_card, view.plans_caption,
                                                     view.plans, view.tabs}
    # a report must be of the input the user has now
    assert not any(b.isEnabled() for b in view.export_buttons.values())
    assert "out of date" in view.export_buttons["pdf"].toolTip()
    page.export_dialog("pdf")  # the File menu's exports come here
    assert "out of date" in window.statusBar().currentMessage()
    assert window.grab().save(str(artifacts / "results_out_of_date.png"))

    # a theme change redraws the page: it still shows the old result, still marked
    window.set_theme("dark")
    assert view.rec_card.isVisible() and view.stale_banner.isVisible()
    assert all(veil.isVisible() for veil in view.veils)
    assert window.grab().save(str(artifacts / "results_out_of_date_dark.png"))

    window.undo_stack.undo()  # the plan succeeds again: the page is current
    wait_for_plan(qtbot, window)
    assert window.session.plan_error is None
    assert not view.stale_banner.isVisible()
    assert not any(veil.isVisible() for veil in view.veils)
    assert all(b.isEnabled() for b in view.export_buttons.values())
    assert "out of date" not in view.export_buttons["pdf"].toolTip()


def test_a_first_plan_that_fails_says_so_without_a_banner(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(creator=None)  # the Start page: no project, no result yet
    qtbot.waitUntil(lambda: window.session.loaded_catalogs is not None, timeout=60_000)
    profile = window.profile_for_creator("ai_video_blogger")
    llm = next(w for w in profile.workloads if w.kind == "llm")
    bad = dataclasses.replace(llm, prompt_tokens=0, output_tokens=0)
    window.start_project(dataclasses.replace(profile, workloads=tuple(
        bad if w.id == llm.id else w for w in profile.workloads)))  # as a file may hold it
    qtbot.waitUntil(lambda: window.session.plan_error is not None, timeout=120_000)
    window.go_to("results")
    view = window.results_page.view
    assert not view.stale_banner.isVisible()  # nothing is out of date: there is nothing
    assert view.status.isVisible() and view.status.text().startswith("Could not plan:")
    assert not view.rec_card.isVisible()
    assert not any(b.isEnabled() for b in view.export_buttons.values())


def test_another_projects_results_are_never_shown_as_this_ones(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("results")
    page = window.results_page
    assert page.shown is not None
    old = window.session.profile
    llm = next(w for w in old.workloads if w.kind == "llm")
    # a project (built in code: a file with it is refused at load) whose plan fails
    other = dataclasses.replace(old, name="Another", workloads=(
        dataclasses.replace(llm, prompt_tokens=0, output_tokens=0),))
    window.start_project(other)
    qtbot.waitUntil(lambda: window.session.plan_error is not None, timeout=120_000)
    assert page.shown is None and not page.view.stale_banner.isVisible()
    assert not page.view.rec_card.isVisible()
    assert "output_tokens" in page.view.status.text()


def test_the_file_menus_exports_grey_out_with_the_pages_buttons(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("results")
    window.export_menu.aboutToShow.emit()  # File > Export opening
    assert all(a.isEnabled() for a in window.act_export.values())
    fail_a_plan(qtbot, window)
    window.export_menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in window.act_export.values())


def test_an_llm_request_its_context_cannot_hold_is_refused_by_name(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """The window plans with the same checks as the command line (core.perf.validate): a
    10-token window for a 100,000-token prompt was planned silently."""
    window = make_window()
    old = window.session.profile
    llm = next(w for w in old.workloads if w.kind == "llm")
    bad = dataclasses.replace(llm, model="llama-3-8b", model_spec=None, prompt_tokens=100_000,
                              output_tokens=200, context_tokens=10)
    window.start_project(dataclasses.replace(old, name="Context", workloads=(bad,)))
    qtbot.waitUntil(lambda: window.session.plan_error is not None, timeout=120_000)
    window.go_to("results")
    text = window.results_page.view.status.text()
    assert f"workload '{llm.id}': field 'context_tokens' (10 tokens) cannot hold" in text, text
