"""The window at the sizes creators use: 1200×800, and 1920×1080 at 150 % scaling (1280×720
logical pixels, the layout Qt computes there), in English and Chinese.

Every table header must show its whole text (at 1200×800 the My work table once showed
"orklo" and "etting"); a table too narrow for its columns scrolls sideways instead. The pages
are saved to tests/artifacts/ to be looked at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from app.gui.main_window import PAGES
from core.hardware.detect import detect_machine  # noqa: F401 - the machine page imports it

SIZES = ((1200, 800), (1280, 720))


def cut_headers(table: QTableView) -> list[str]:
    """Headers of `table` narrower than their text, or out of reach (no scroll bar)."""
    header = table.horizontalHeader()
    model = table.model()
    metrics = QFontMetrics(header.font())
    bold = header.font()
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)  # the style sheet draws headers in semi-bold
    cut = []
    reachable = table.viewport().width()
    scrolls = table.horizontalScrollBar().isVisible()
    for c in range(model.columnCount(QModelIndex())):
        if table.isColumnHidden(c):
            continue
        text = str(model.headerData(c, Qt.Orientation.Horizontal))
        need = max(metrics.horizontalAdvance(text), bold_metrics.horizontalAdvance(text))
        if header.sectionSize(c) < need + 8:
            cut.append(f"{text!r}: {header.sectionSize(c)} px for {need} px of text")
        elif not scrolls and header.sectionViewportPosition(c) + header.sectionSize(c) > \
                reachable + 1:
            cut.append(f"{text!r}: past the table's right edge with no scroll bar")
    return cut


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_table_header_is_cut_at_either_size(make_window, artifacts: Path,
                                               language: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language=language)
    problems = []
    for width, height in SIZES:
        window.resize(width, height)
        for key in PAGES:
            window.go_to(key)
            for _ in range(3):  # layout, then the columns' queued fit
                QCoreApplication.processEvents()
            page = window.pages[key].view
            image = window.grab().toImage()
            assert image.save(str(artifacts / f"size_{width}x{height}_{key}_{language}.png"))
            for table in page.findChildren(QTableView):
                if table.isVisible() and table.model() is not None:
                    problems += [f"{width}x{height} {key}: {p}" for p in cut_headers(table)]
    assert not problems, "\n".join(problems)
