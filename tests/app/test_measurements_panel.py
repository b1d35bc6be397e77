"""My measurements on the My machine page: paste, live preview, add, edit, delete, undo."""

from __future__ import annotations

from tests.app.conftest import wait_for_plan

COMFY_LINE = "100%|██████████████████████████| 20/20 [00:13<00:00,  1.50it/s]"


def test_paste_previews_then_adds_edits_and_deletes(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("machine")
    panel = window.machine_page.measurements
    sdxl = panel.model_choice.findData("sdxl")
    assert sdxl > 0
    panel.model_choice.setCurrentIndex(sdxl)
    panel.paste.setPlainText(COMFY_LINE)
    found = panel.read_paste()  # what the 150 ms timer does
    assert len(found) == 1
    (m,) = found
    # the line names no GPU: it is read as this machine's card
    assert (m.gpu, m.model, m.value, m.steps) == ("nvidia-rtx-3060-12gb", "sdxl", 1.5, 20)
    assert "1.5 it/s" in panel.preview.text() and "RTX 3060" in panel.preview.text()
    assert panel.add_button.isEnabled()

    assert panel.add_pending()
    s = window.session
    assert s.profile.measurements == (m,)
    assert panel.table.rowCount() == 1 and panel.paste.toPlainText() == ""
    assert window.is_dirty()

    assert not panel.set_value(0, "fast")
    assert panel.table_error.isVisible()
    assert panel.set_value(0, "1.6")
    assert s.profile.measurements[0].value == 1.6
    assert "(edited)" in s.profile.measurements[0].source

    panel.table.selectRow(0)
    assert panel.delete_button.isEnabled()
    assert panel.delete_selected()
    assert s.profile.measurements == () and panel.table.rowCount() == 0
    window.undo_stack.undo()  # the delete
    assert s.profile.measurements[0].value == 1.6
    assert panel.table.rowCount() == 1
    wait_for_plan(qtbot, window)


def test_text_that_holds_nothing_says_why(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panel = window.machine_page.measurements
    panel.paste.setPlainText(COMFY_LINE)  # no model chosen and the line does not say it
    assert panel.read_paste() == ()
    assert not panel.add_button.isEnabled()
    assert "model" in panel.unread.text()


def test_an_added_measurement_moves_the_plan_and_marks_it(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # the AI video blogger: an 8B LLM writes the scripts
    before = window.session.result
    panel = window.machine_page.measurements
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("llama-3-8b"))
    panel.paste.setPlainText("eval rate:            45.3 tokens/s")
    assert len(panel.read_paste()) == 1
    assert panel.add_pending()
    result = wait_for_plan(qtbot, window)
    assert result is not before
    said = [str(r) for p in result.plans for r in p.reasons
            if str(r).startswith("Your measurement on the GeForce RTX 3060 12GB (45.3 tokens/s")]
    assert any("rescales Script drafts" in x for x in said)  # plans running it on this card
    assert any("part of the way" in x for x in said)  # plans running it on another one
    model = window.results_page.plans_model
    labels = [model.cell(r, 0) for r in range(model.rowCount())]
    assert any(label.endswith(" ◆") for label in labels)


def test_what_was_not_read_is_said_in_the_windows_words(make_window) -> None:  # type: ignore[no-untyped-def]
    """The readers' next steps name the dialog's fields, not the command line's options."""
    window = make_window()
    panel = window.machine_page.measurements
    panel.paste.setPlainText(COMFY_LINE)
    assert panel.read_paste() == ()
    shown = panel.unread.text()
    assert shown == ("sampler progress bar 20/20 at 1.5 it/s: the text does not name the model; "
                     "choose the model beside"), shown


def test_what_was_not_read_is_said_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="zh_CN")
    panel = window.machine_page.measurements
    panel.paste.setPlainText(COMFY_LINE)  # no model chosen
    assert panel.read_paste() == ()
    shown = panel.unread.text()
    assert shown == "采样器进度条 20/20，1.5 it/s：文本中没有写明模型；请在旁边选择模型", shown
    panel.paste.setPlainText("nothing a tool printed")
    assert panel.read_paste() == ()
    assert panel.unread.text().startswith("没有识别出任何测量结果：RigSizer 能读取")
    panel.paste.setPlainText("100%|█████| 20/20 [00:13<00:00,  1.2.3it/s]")
    panel.read_paste()
    assert "第 1 行" in panel.unread.text() and "速率“1.2.3”不是数字" in panel.unread.text(), (
        panel.unread.text())


def test_the_panel_in_chinese_looks_right(make_window, artifacts) -> None:  # type: ignore[no-untyped-def]
    """A screenshot to look at: what was not read, in Chinese, wrapped inside the panel."""
    window = make_window(language="zh_CN")
    window.go_to("machine")
    panel = window.machine_page.measurements
    panel.paste.setPlainText(COMFY_LINE + "\n100%|█████| 20/20 [00:13<00:00,  1.2.3it/s]")
    panel.read_paste()
    assert panel.unread.isVisible() and "第 2 行" in panel.unread.text()
    panel.grab().save(str(artifacts / "measurements_unread_zh_CN.png"))


def test_the_list_names_the_model_and_the_speeds_unit(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """My measurements names the work by the model's name (not its id, cut to "flux1-…") and
    gives the speed with its unit, in either language; the cell edits as a bare number."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLineEdit

    window = make_window()
    window.go_to("machine")
    panel = window.machine_page.measurements
    table = panel.table
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("flux1-dev"))
    panel.paste.setPlainText(COMFY_LINE)
    assert len(panel.read_paste()) == 1
    flux = window.session.catalogs.models["flux1-dev"].name
    assert panel.preview.text().startswith(f"Found: {flux} · ")
    assert panel.add_pending()
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("llama-3-8b"))
    panel.paste.setPlainText("eval rate:            45.3 tokens/s")
    assert len(panel.read_paste()) == 1
    assert panel.add_pending()
    llama = window.session.catalogs.models["llama-3-8b"].name
    assert table.item(0, 1).text().startswith(f"{flux} · "), table.item(0, 1).text()
    assert table.item(1, 1).text().startswith(llama), table.item(1, 1).text()
    assert "flux1-dev" not in table.item(0, 1).text()
    assert table.item(0, 2).text() == "1.5 it/s"
    assert table.item(1, 2).text() == "45.3 tokens/s"
    QCoreApplication.processEvents()  # the list's columns are laid out: the work reads whole
    for row in (0, 1):
        shown = table.item(row, 1).text()
        assert table.columnWidth(1) > table.fontMetrics().horizontalAdvance(shown), shown
    # a double-click edits the number alone; the unit comes back with the value kept
    def open_editor(row: int) -> QLineEdit:
        table.setCurrentCell(row, 2)
        table.editItem(table.item(row, 2))
        (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
        return editor

    editor = open_editor(0)
    assert editor.text() == "1.5"
    editor.setText("1.6")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: window.session.profile.measurements[0].value == 1.6)
    assert table.item(0, 2).text() == "1.6 it/s"
    kept = window.session.profile
    editor = open_editor(1)  # opened and closed on the same number: nothing is edited
    assert editor.text() == "45.3"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert window.session.profile is kept and table.item(1, 2).text() == "45.3 tokens/s"
    window.set_language("zh_CN")
    QCoreApplication.processEvents()
    assert table.item(0, 2).text() == "1.6 it/s"
    assert table.item(1, 2).text() == "45.3 token/秒"
    assert table.item(1, 1).text().startswith(llama)
    wait_for_plan(qtbot, window)


def test_a_reading_from_a_rented_pod_is_marked_as_one(qtbot, make_window, artifacts) -> None:  # type: ignore[no-untyped-def]
    """'On a rented server' ticked: a text that names no card is not taken for this PC's (the
    user chooses the card rented); the reading says host = server (compared with the card on
    a server), the preview says so, and the box is cleared for the next paste."""
    window = make_window()
    window.go_to("machine")
    panel = window.machine_page.measurements
    panel.model_choice.setCurrentIndex(panel.model_choice.findData("llama-3-8b"))
    panel.paste.setPlainText("eval rate:            45.3 tokens/s")
    (home,) = panel.read_paste()
    assert (home.gpu, home.host) == ("nvidia-rtx-3060-12gb", None)
    assert "rented" not in panel.preview.text()
    panel.rented.setChecked(True)
    assert panel.read_paste() == ()
    assert "choose the GPU beside" in panel.unread.text()
    # the card list is searched by any part of a name, as on the machine page
    completer = panel.gpu_choice.completer()
    completer.setCompletionPrefix("4090")
    found = {completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())}
    assert "GeForce RTX 4090" in found and all("4090" in name for name in found)
    panel.gpu_choice.setCurrentIndex(panel.gpu_choice.findData("nvidia-rtx-4090"))
    (pod,) = panel.read_paste()
    assert (pod.gpu, pod.host) == ("nvidia-rtx-4090", "server")
    assert "on a rented server" in panel.preview.text() and "4090" in panel.preview.text()
    panel.grab().save(str(artifacts / "measurements_rented.png"))
    assert panel.add_pending()
    assert window.session.profile.measurements == (pod,)
    assert not panel.rented.isChecked()
    wait_for_plan(qtbot, window)
