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


def on_screen(plot) -> QRectF:  # type: ignore[no-untyped-def]
    """What the plot widget shows, in scene coordinates (its items can be laid out wider)."""
    widget = plot.widget
    return QRectF(widget.mapToScene(widget.viewport().rect()).boundingRect())


def assert_workload_ticks_fit(plot, workloads: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Every workload's label drawn, side by side without touching, inside the plot."""
    item = plot.widget.getPlotItem()
    ticks = sorted(drawn_ticks(item.getAxis("bottom")), key=lambda tick: tick[0].left())
    assert len(ticks) == workloads, [text for _r, text in ticks]
    bounds = on_screen(plot)
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


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_time_plot_axis_title_leaves_room_for_the_widest_tick_label(
        qtbot, make_window, language, size) -> None:  # type: ignore[no-untyped-def]
    # "单次耗时（对数刻度）" ran into "10 分钟": pyqtgraph leaves 0.8 of the title's height beside
    # the labels, too little for a CJK font's taller line
    window = make_window(creator="vtuber", language=language)
    window.go_to("results")
    page = window.results_page
    page.view.tabs.setCurrentIndex(1)
    window.resize(*size)
    qtbot.wait(100)
    item = page.time_plot.widget.getPlotItem()
    axis = item.getAxis("left")
    label = axis.label
    margin = label.document().documentMargin()  # the text's own box, inside the item's
    title = label.mapRectToScene(label.boundingRect().adjusted(margin, margin, -margin, -margin))
    ticks = drawn_ticks(axis)
    low, high = item.getViewBox().viewRange()[1]
    shown = [v for v, _text in axis._tickLevels[0] if low <= v <= high]
    assert len(ticks) == len(shown)  # none left out for want of width
    bounds = on_screen(page.time_plot)
    assert bounds.left() <= title.left()
    for rect, text in ticks:
        assert title.right() <= rect.left(), (text, title, rect)


def cut_from(shown: str, name: str) -> bool:
    """`shown` is `name`, or its start cut with an ellipsis."""
    return shown == name or (shown.endswith("…") and name.startswith(shown[:-1].rstrip()))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_break_even_title_and_key_fit_over_the_map(qtbot, make_window, language) -> None:  # type: ignore[no-untyped-def]
    # In Chinese the key's line was cut at its lower edge by the map (pyqtgraph gives a title
    # 30 px) and the title was cut mid-name at 26 characters, in English too where it fit.
    from app.gui.i18n import core_text
    from app.gui.plots.breakeven_plot import t

    window = make_window(creator="game_modder", language=language)
    window.go_to("results")
    page = window.results_page
    page.view.tabs.setCurrentIndex(2)
    plot = page.breakeven_plot
    result = window.session.result
    buy, rent = (core_text(result.plan(p).label)
                 for p in (result.breakeven.buy_plan_id, result.breakeven.rent_plan_id))
    # compared without spaces: the window drops a space between Chinese words around a name
    # (core.schema.message.insert_spaced), which depends on the name's own first characters
    before, rest = t("Months until %1 beats %2").replace(" ", "").split("%1")
    between, after = rest.split("%2")
    buy, rent = buy.replace(" ", ""), rent.replace(" ", "")
    you = plot.current.data["data"][0]
    item = plot.widget.getPlotItem()
    label = item.titleLabel
    for size in ((1280, 800), (900, 600), (760, 540)):  # the last: the window's smallest
        window.resize(*size)
        qtbot.wait(100)
        margin = label.item.document().documentMargin()
        text = label.item.mapRectToScene(
            label.item.boundingRect().adjusted(margin, margin, -margin, -margin))
        view = item.getViewBox().sceneBoundingRect()
        bounds = on_screen(plot)
        # above the map, not under it, and no wider than it
        assert bounds.top() <= text.top() and text.bottom() <= view.top(), (size, text, view)
        assert view.left() - 1 <= text.left() and text.right() <= view.right() + 1, (size, text)
        # the colour bar stays in view when the window is made narrower
        assert bounds.contains(plot.colorbar.sceneBoundingRect()), size
        title, *key = label.item.toPlainText().splitlines()
        assert you in "".join(key)  # the key whole, on one line or two
        title = title.replace(" ", "")
        # the names are cut, never the sentence around them, and only where they must be
        assert title.startswith(before) and title.endswith(after), title
        first, second = title[len(before):len(title) - len(after)].split(between)
        assert cut_from(first, buy) and cut_from(second, rent), (size, title)
        if size == (1280, 800):
            assert (first, second) == (buy, rent), title


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_legend_entries_stay_inside_the_plot(qtbot, make_window, language) -> None:  # type: ignore[no-untyped-def]
    # Entries were cut at 56 characters whatever their width: at a 760-pixel window the time
    # plot's Chinese plan names ran past the plot's right edge.
    from app.gui.i18n import core_text
    from app.gui.plots.cost_plot import CostPlot

    window = make_window(creator="vtuber", language=language)
    window.go_to("results")
    page = window.results_page
    names = [core_text(p.label) for p in CostPlot.pick(window.session.result)]
    for index, plot in ((1, page.time_plot), (0, page.cost_plot)):
        page.view.tabs.setCurrentIndex(index)
        for size in ((760, 540), (1280, 800)):
            window.resize(*size)
            qtbot.wait(100)
            view = plot.widget.getPlotItem().getViewBox().sceneBoundingRect()
            entries = zip(plot.legend.items, names, strict=False)  # the legend keeps spares
            shown = [(label, text) for (_s, label), text in entries if label.isVisible()]
            assert shown
            legend = plot.legend.sceneBoundingRect()
            assert legend.right() <= view.right() + 1, (size, legend, view)
            for label, name in shown:
                text = label.text
                assert text == name or (text.endswith("…") and name.startswith(
                    text[:-1].rstrip())), (text, name)
