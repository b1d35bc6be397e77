"""The Chinese window says its own wording in Chinese throughout: no English word, raw id or
ASCII punctuation left inside a Chinese sentence (tooltips, banners, reports, dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from core.schema.message import Message


def test_plan_cost_tooltips_say_the_price_date_range_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="zh_CN")
    result = window.session.result
    date = result.provenance.price_snapshot_date
    assert isinstance(date, Message) and " to " in date  # the shipped offers span several dates
    model = window.results_page.plans_model
    for column in (1, 2):
        tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
        assert "价格截至" in tip and " 至 " in tip and " to " not in tip, tip
    window.set_language("en")
    QCoreApplication.processEvents()  # Qt posts LanguageChange to every widget
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "prices as of" in tip and " to " in tip, tip


def test_an_untimable_workload_is_explained_in_chinese(make_window, qtbot, artifacts) -> None:  # type: ignore[no-untyped-def]
    from tests.app.conftest import fail_a_plan, wait_for_plan

    window = make_window(creator="game_modder", language="zh_CN")
    fail_a_plan(qtbot, window)
    wait_for_plan(qtbot, window)
    banner = window.results_page.view.stale_banner.text()
    assert "原因：工作负载" in banner and "必须大于 0" in banner, banner
    assert "must be" not in banner and "field" not in banner, banner
    status = window.plan_label.text()
    assert "必须大于 0" in status and "must be" not in status, status
    window.go_to("results")
    window.grab().save(str(artifacts / "stale_banner_zh_CN.png"))
    window.set_language("en")
    QCoreApplication.processEvents()
    assert "must be &gt; 0 (or prompt_tokens must be)" in (
        window.results_page.view.stale_banner.text())
    assert "must be > 0 (or prompt_tokens must be)" in window.plan_label.text()


def test_the_chinese_report_says_its_own_words_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    import re

    from app.gui.export import report_html

    window = make_window(language="zh_CN")
    result = window.session.result
    report = report_html(result, {}, catalogs=window.session.catalogs)
    text = re.sub(r"<[^>]+>", "\n", report)
    for english in ("chosen by hand", "entered by hand", "性能模型: model", "e+0"):
        assert english not in text, english
    # no ASCII colon or comma right after Chinese (the program's own labels)
    assert not re.search(r"[\u4e00-\u9fff][:,] ", text), re.findall(
        r".{12}[\u4e00-\u9fff][:,] .{12}", text)
    assert "RigSizer 报告：" in text and "性能模型：RigSizer 的估算" in text
    assert "手动输入" in text and "：手动选择" in text
    assert "Akash、AWS" in text  # the providers, listed the Chinese way
    # the work table names the cards, not their catalog ids
    work = report.split("推荐方案下的任务")[1].split("</table>")[0]
    assert "GeForce RTX 3060 12GB" in work
    assert not any(f"<td>{w.device_id}</td>" in work for w in result.best.workloads), work


BLENDER = ("Fra:1 Mem:512.00M (Peak 1024.00M) | Time:00:12.34 | Mem:0.00M, Peak:0.00M | Scene, "
           "ViewLayer | Finished\nTime: 00:12.34 (Saving: 00:00.05)")
LLAMA_BENCH = (
    "| model | size | params | backend | ngl | test | t/s |\n"
    "| --- | ---: | ---: | --- | --: | ---: | ---: |\n"
    "| llama 7B Q4_0 | 3.56 GiB | 6.74 B | CUDA | 99 | pp512 | 5000.00 ± 10.00 |\n"
    "| llama 7B Q4_0 | 3.56 GiB | 6.74 B | CUDA | 99 | tg128 | 120.00 ± 0.50 |")


def test_my_measurements_speak_chinese_with_plain_numbers(qtbot, make_window, artifacts) -> None:  # type: ignore[no-untyped-def]
    from tests.app.conftest import wait_for_plan

    window = make_window(language="zh_CN")
    window.go_to("machine")
    panel = window.machine_page.measurements
    panel.paste.setPlainText(LLAMA_BENCH)
    assert len(panel.read_paste()) == 2
    preview = panel.preview.text()
    assert "5,000 token/秒" in preview and "e+0" not in preview, preview
    assert "GeForce RTX 3060 12GB 上的 Llama 2 7B" in preview and "；" in preview, preview
    assert ": " not in preview and "; " not in preview, preview
    assert panel.add_pending()
    panel.paste.setPlainText(BLENDER)
    assert panel.read_paste() and panel.add_pending()
    wait_for_plan(qtbot, window)
    sources = [panel.table.item(r, 3).text() for r in range(panel.table.rowCount())]
    assert "Blender 渲染时间" in sources and "Blender render time" not in sources, sources
    row = sources.index("Blender 渲染时间")
    assert not panel.set_value(row, "abc")
    error = panel.table_error.text()
    assert "0.000001 到 1,000,000,000 秒之间" in error and "e-0" not in error, error
    assert panel.set_value(row, "13")
    wait_for_plan(qtbot, window)
    assert panel.table.item(row, 3).text() == "Blender 渲染时间（已修改）"
    assert window.session.profile.measurements[row].source == "Blender render time (edited)"
    panel.grab().save(str(artifacts / "measurements_zh_CN.png"))
    # the plan's reason for the LLM speed says the number and its unit in Chinese too
    reasons = window.results_page.view.reasons.text()
    assert "5,000 token/秒" in reasons or "120 token/秒" in reasons, reasons
    assert "e+0" not in reasons and "tokens/s" not in reasons, reasons


def test_measured_figures_are_written_without_e_notation() -> None:
    from core.schema.message import format_number

    assert [format_number(v) for v in (5000.0, 4987.6, 120.0, 1.5, 12.34, 1e-6, 0.0)] == [
        "5,000", "4,988", "120", "1.5", "12.3", "0.000001", "0"]


def test_edit_menu_says_undo_as_the_work_page_does(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from tests.app.conftest import type_into, wait_for_plan

    window = make_window(language="zh_CN")
    assert window.act_undo.text() == "撤销(&U)" and not window.act_undo.isEnabled()
    window.go_to("work")
    page = window.work_page
    page.view.table.selectRow(0)
    type_into(qtbot, page.view.rows["jobs"].edit, "17")
    wait_for_plan(qtbot, window)
    assert window.undo_stack.count() == 1
    step = window.undo_stack.undoText()
    assert step and window.act_undo.isEnabled()
    assert window.act_undo.text() == f"撤销{step}(&U)", window.act_undo.text()
    assert page.view.undo_button.text() == "撤销"
    window.act_undo.trigger()
    wait_for_plan(qtbot, window)
    assert window.act_redo.text() == f"重做{step}(&R)" and window.act_redo.isEnabled()
    assert window.act_undo.text() == "撤销(&U)"
    window.set_language("en")
    QCoreApplication.processEvents()
    assert window.act_redo.text() == f"&Redo {step}"


def test_the_recovery_offer_says_when_in_local_time_the_chinese_way(
        qtbot, make_window, in_shanghai) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from app.gui.recovery import write_recovery
    from core.catalogs.profiles import load_profiles
    from tests.app.test_recovery import _answer_box

    write_recovery(load_profiles()["vtuber"], None, "2026-12-05T09:05:29+00:00")
    seen: list[str] = []
    _answer_box(QMessageBox.StandardButton.Discard, seen)
    make_window(language="zh_CN", wait=False)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "2026/12/5 17:05" in seen[0] and "+00:00" not in seen[0], seen[0]


def test_where_a_gpu_was_found_is_said_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    from app.gui.export import report_html

    window = make_window(language="zh_CN")  # a machine entered by hand
    window.go_to("machine")
    tip = window.machine_page.view.gpu_table.item(0, 0).toolTip()
    assert tip == "检测来源：手动输入", tip
    report = report_html(window.session.result, {}, catalogs=window.session.catalogs)
    assert "（手动选择；检测来源：手动输入）" in report and "检测来源：user" not in report


def test_chinese_sentences_space_inserted_words_alike() -> None:
    """A space sets off an inserted Latin name or number; none sits between Chinese characters
    and an inserted Chinese word ("超过你的 30 分钟上限", "它比购买 Arc B570 花费更多")."""
    import re

    from app.gui.i18n_core_build import translations
    from app.report.text import translator
    from core.plan import wording
    from core.schema.message import Label, Seconds

    zh = translator("zh_CN")
    late = Message(wording.LATE, work=Label("SDXL thumbnails"), time=Seconds(2400, 1800),
                   gpu="Arc B570", typical=Seconds(1500), limit=Seconds(1800)).render(zh)
    assert "超过你的 30 分钟上限" in late and "在 Arc B570 上" in late, late
    worse = Message(wording.DOMINATED, other=Message(wording.BUY, item="Arc B580")).render(zh)
    assert worse.startswith("它比购买 Arc B580 花费更多"), worse
    assert Message(wording.DOMINATED, other="Mine").render(zh).startswith("它比 Mine 花费更多")
    # the templates themselves: a space on both sides of every inserted value next to Chinese,
    # and Chinese quotation marks, not ASCII ones, around a name
    for source, text in translations().items():
        assert not re.search(r"[\u4e00-\u9fff](\{[a-z_]+\})|\{[a-z_]+\}[\u4e00-\u9fff]", text), (
            source, text)
        assert not re.search(r"'\{[a-z_]+\}'", text), (source, text)


def test_plot_axis_and_model_dialog_use_chinese_punctuation(make_window) -> None:  # type: ignore[no-untyped-def]
    from app.gui.own_data import ModelDialog

    window = make_window(creator="vtuber", language="zh_CN")  # buying can pay off: a map
    window.go_to("results")
    page = window.results_page
    page.view.tabs.setCurrentWidget(page.plots["breakeven"].widget)
    plot = page.breakeven_plot
    axis = plot.widget.getPlotItem().getAxis("bottom").labelText
    assert axis == "每千瓦时电价（USD）", axis
    assert " 比 租用" not in plot.title and "比租用" in plot.title, plot.title
    dialog = ModelDialog(window, window.session.catalogs, set())
    dialog.edits["params_b"].setText("abc")
    assert dialog.number_error().startswith("参数量（十亿）：")
