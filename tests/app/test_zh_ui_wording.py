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
    import dataclasses

    from tests.app.conftest import wait_for_plan

    window = make_window(creator="game_modder", language="zh_CN")
    profile = window.session.profile
    llm = next(w for w in profile.workloads if w.kind == "llm")
    bad = dataclasses.replace(llm, prompt_tokens=0, output_tokens=0)
    window.project.edit(dataclasses.replace(profile, workloads=tuple(
        bad if w.id == llm.id else w for w in profile.workloads)), "break")
    qtbot.waitUntil(lambda: window.session.plan_error is not None, timeout=120_000)
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
