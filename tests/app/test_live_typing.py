"""Results follow the typing: a field commits a moment after the last key, without Enter, and
one visit to a field is one undo step."""

from __future__ import annotations

from tests.app.conftest import wait_for_plan


def test_typing_replans_without_enter_and_undoes_in_one_step(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from app.gui.controllers.work import LIVE_MS

    window = make_window()
    window.go_to("work")
    page = window.work_page
    page.view.table.selectRow(0)
    original = window.session.profile
    edit = page.view.rows["jobs"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "3")
    qtbot.wait(LIVE_MS // 3)
    qtbot.keyClicks(edit, "7")  # within the pause: still one commit, of "37"
    assert window.session.profile == original  # nothing yet: the user is still typing
    qtbot.waitUntil(lambda: window.session.profile != original, timeout=5_000)
    assert window.session.profile.workloads[0].jobs_per_week == 37.0
    result = wait_for_plan(qtbot, window)
    assert result.profile.workloads[0].jobs_per_week == 37.0
    qtbot.keyClicks(edit, ".")  # "37." does not parse yet: no error while typing
    qtbot.wait(LIVE_MS * 2)
    assert not page.view.rows["jobs"].error.isVisible()
    qtbot.keyClicks(edit, "5")
    qtbot.waitUntil(lambda: window.session.profile.workloads[0].jobs_per_week == 37.5,
                    timeout=5_000)
    window.undo_stack.undo()  # the whole visit to the field is one step
    assert window.session.profile == original
