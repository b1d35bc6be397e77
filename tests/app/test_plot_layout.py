"""Plot text laid out by its pixels, in English and in Chinese (whose characters are about twice
as wide): tick labels that do not run into each other, and none dropped off the axis."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPicture


def drawn_ticks(axis) -> list[tuple[QRectF, str]]:  # type: ignore[no-untyped-def]
    """The tick labels `axis` draws, with their rectangles in scene coordinates, measured as
    pyqtgraph measures them when it paints (labels crossing the axis' ends are left out)."""
    picture = QPicture()
    painter = QPainter(picture)
    if axis.style["tickFont"]:
        painter.setFont(axis.style["tickFont"])
    specs = axis.generateDrawSpecs(painter)
    painter.end()
    return [(axis.mapRectToScene(rect), text) for rect, _flags, text in specs[2]]


def assert_workload_ticks_fit(plot, workloads: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Every workload's label drawn, side by side without touching, inside the plot."""
    item = plot.widget.getPlotItem()
    ticks = sorted(drawn_ticks(item.getAxis("bottom")), key=lambda tick: tick[0].left())
    assert len(ticks) == workloads, [text for _r, text in ticks]
    bounds = item.sceneBoundingRect()
    for (rect, text), (after, text2) in itertools.pairwise(ticks):
        assert rect.right() <= after.left(), (text, text2, rect, after)
    for rect, text in ticks:
        assert bounds.left() <= rect.left() and rect.right() <= bounds.right(), (text, rect)
    return [text for _r, text in ticks]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_time_plot_workload_labels_are_cut_to_the_pixels_they_have(
        qtbot, make_window, language) -> None:  # type: ignore[no-untyped-def]
    # The labels had been cut at 22 characters whatever their width: in Chinese at 900 × 600
    # "1080p60 直播编码（H.26本地私密 TTS 台词…" ran together and the outer two vanished.
    from app.gui.i18n import label_text

    window = make_window(creator="vtuber", language=language)
    window.go_to("results")
    page = window.results_page
    page.view.tabs.setCurrentIndex(1)
    plot = page.time_plot
    names = [label_text(w.label) for w in window.session.result.profile.workloads]
    window.resize(900, 600)
    qtbot.wait(100)
    small = assert_workload_ticks_fit(plot, len(names))
    assert any(text.endswith("…") for text in small)  # there was something to cut
    for text, name in zip(small, names, strict=True):
        assert name.startswith(text.removesuffix("…"))
    # the plot grows: the labels are measured again, and more of each shows
    window.resize(1280, 800)
    qtbot.wait(100)
    wide = assert_workload_ticks_fit(plot, len(names))
    assert all(len(w) >= len(s) for w, s in zip(wide, small, strict=True))
    assert sum(map(len, wide)) > sum(map(len, small))
    if language == "zh_CN":
        assert wide[:3] == names[:3]  # what the audit saw cut at 1280 px fits whole now


def test_time_plot_labels_fit_in_the_report_image(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from app.gui.plots.images import report_plot
    from app.gui.plots.time_plot import TimePlot

    window = make_window(creator="vtuber", language="zh_CN")
    result = window.session.result
    plot = report_plot(TimePlot, result)
    try:
        assert_workload_ticks_fit(plot, len(result.profile.workloads))
    finally:
        plot.widget.close()
        plot.widget.deleteLater()
