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
