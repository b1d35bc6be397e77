"""The Chinese report is Chinese throughout: the planner's assumptions too, and its headline in
one glyph weight."""

from __future__ import annotations

from app.gui.export import report_html


def test_chinese_report_states_the_assumptions_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="zh_CN")
    result = window.session.result
    html = report_html(result, {})
    assert result.provenance.assumptions
    assert "待机功耗" in html and "idle draw" not in html  # one of the assumptions, translated
    # the performance model's: what a diffusion job draws, what a rented pod's CPU adds
    assert "板卡功耗：图像与视频扩散" in html and "租用 Pod 上扩散模型每一步的内核启动" in html
    assert "lognormal sigma" not in html and "estimate:" not in html
    headline = html.split("</h2>", 2)[1].split("</p>")[0]
    assert "<b>" not in headline  # the CJK font has no bold: one weight for the whole line
    window.set_language("en")
    english = report_html(result, {})
    assert "idle draw: " in english and "<b>" in english.split("</h2>", 2)[1].split("</p>")[0]
