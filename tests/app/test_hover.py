"""Hovering a plot shows that point's numbers, as a user meets it: mouse events on the shown
window's plot viewport, then the tooltip Qt pops up there.

Offscreen Qt has no real cursor and QTest.mouseMove does not reach a QGraphicsView's viewport
there, so the test sends the same QMouseEvent (move, no button) and QHelpEvent (the tooltip
request Qt sends after the cursor rests) that the platform would deliver.
"""

from __future__ import annotations

import dataclasses
import math

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.plots.time_plot import workload_times
from tests.app.conftest import wait_for_plan


def _pixel(widget, x: float, y: float) -> QPoint:  # type: ignore[no-untyped-def]
    """Where data point (x, y) is drawn, in the plot's viewport coordinates."""
    vb = widget.getPlotItem().getViewBox()
    return widget.mapFromScene(vb.mapViewToScene(QPointF(x, y)))


def _move(widget, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    viewport = widget.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def hover(qtbot, widget, x: float, y: float) -> str:  # type: ignore[no-untyped-def]
    """Rest the mouse on data point (x, y) of `widget` and return the tooltip that appears."""
    viewport = widget.viewport()
    vb = widget.getPlotItem().getViewBox()
    # Start from the mouse in the plot's top-left corner (axes, no data): no hover text and
    # no tooltip on screen.
    QToolTip.hideText()

    def away() -> bool:
        _move(widget, QPoint(2, 2))
        return not vb.toolTip() and not QToolTip.isVisible()

    qtbot.waitUntil(away, timeout=5000)

    def hovered() -> bool:
        # Mapped afresh each time (the layout may still be settling); pyqtgraph drops moves
        # closer than 10 ms apart, so a dropped one is simply sent again on the next poll.
        _move(widget, _pixel(widget, x, y))
        return bool(vb.toolTip())

    qtbot.waitUntil(hovered, timeout=5000)

    def shown() -> bool:
        pos = _pixel(widget, x, y)
        QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                    viewport.mapToGlobal(pos)))
        return QToolTip.isVisible()

    qtbot.waitUntil(shown, timeout=5000)
    return QToolTip.text()


@pytest.fixture
def results(qtbot, make_window):  # type: ignore[no-untyped-def]
    # a game modder on a 3060: cards to buy within the limits, so the break-even map has cells
    # (the default AI video blogger can buy none that makes a Wan clip in 30 min at p90)
    window = make_window(creator="game_modder")
    qtbot.waitExposed(window)
    window.go_to("results")
    qtbot.waitUntil(lambda: window.current_page() == "results")
    yield window
    QToolTip.hideText()


def _show_tab(qtbot, window, name: str):  # type: ignore[no-untyped-def]
    page = window.results_page
    plot = page.plots[name]
    page.view.tabs.setCurrentWidget(plot.widget)
    qtbot.waitExposed(plot.widget)
    return plot


def test_hovering_a_month_on_the_cost_curve_shows_its_cost(qtbot, results) -> None:  # type: ignore[no-untyped-def]
    result = results.session.result
    cost = _show_tab(qtbot, results, "cost")
    best = result.best
    assert cost.pick(result)[0] is best  # the first curve is the recommended plan
    month = len(best.cumulative_cost) // 2
    spent = best.cumulative_cost[month]
    text = hover(qtbot, cost.widget, month, spent)
    assert f"month {month}:" in text
    assert fmt.money(spent, best.currency) in text
    assert core_text(best.label) in text
    # another month shows another sum: the tip follows the mouse
    last = len(best.cumulative_cost) - 1
    text = hover(qtbot, cost.widget, last, best.cumulative_cost[last])
    assert f"month {last}:" in text and f"month {month}:" not in text
    assert fmt.money(best.cumulative_cost[last], best.currency) in text


def test_hovering_the_break_even_star_names_the_plan_and_month(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    # With 2026 prices (a Vast.ai RTX 5090 at $0.32/h interruptible) the educator's cards pay
    # off in about six years: with a ten-year horizon the break-even star sits on a buy curve,
    # inside the plot.
    window = make_window(creator="educator")
    # (deadlines judged at the median, as before issue 14: at p90 the cheap cards that pay off
    # miss the 12 h render limit, and only dearer ones that never pay off remain)
    window.edit_profile(dataclasses.replace(window.session.profile, horizon_months=120,
                                            deadline_confidence=0.5), "horizon")
    result = wait_for_plan(qtbot, window)
    qtbot.waitExposed(window)
    window.go_to("results")
    cost = _show_tab(qtbot, window, "cost")
    marked = [p for p in cost.pick(result) if p.breakeven_month is not None
              and math.isfinite(p.breakeven_month)
              and p.breakeven_month < len(p.cumulative_cost) - 1]
    assert marked, "an educator's card pays off within ten years"
    plan = marked[0]
    m = float(plan.breakeven_month)
    # the star sits on the curve at the break-even month (between two monthly points)
    lo = math.floor(m)
    y = plan.cumulative_cost[lo] + (m - lo) * (plan.cumulative_cost[lo + 1]
                                               - plan.cumulative_cost[lo])
    text = hover(qtbot, cost.widget, m, y)
    # the star's text first, then the month points it sits on (both are under the mouse)
    assert text.startswith(f"{core_text(plan.label)} breaks even with renting after "
                           f"{fmt.months(m)}"), text
    QToolTip.hideText()


def test_hovering_a_workload_marker_shows_median_and_p10_p90(qtbot, results) -> None:  # type: ignore[no-untyped-def]
    result = results.session.result
    timep = _show_tab(qtbot, results, "time")
    best = result.best
    workloads = list(result.profile.workloads)
    timed = [(j, w, times) for j, w in enumerate(workloads)
             if (times := workload_times(best, w.id)) is not None and times[0] > 0]
    assert timed
    drawn = timep.points[0].data  # the best plan's markers: where they are drawn
    for j, w, (p10, p50, p90) in timed[:2]:
        # its marker sits left of the workload's tick at log10 of the median time
        x = next(float(d["x"]) for d in drawn if math.isclose(d["y"], math.log10(p50)))
        assert j - 0.5 < x < j
        numbers = (f"{fmt.duration(p50)} per job (p10 {fmt.duration(p10)}, "
                   f"p90 {fmt.duration(p90)})")
        text = hover(qtbot, timep.widget, x, math.log10(p50))
        assert f"{w.label} on {best.label}" in text
        assert numbers in text
        # the p10–p90 bar answers too, away from its marker: near its p90 end
        near_p90 = math.log10(p50) + 0.85 * (math.log10(p90) - math.log10(p50))
        text = hover(qtbot, timep.widget, x, near_p90)
        assert f"{w.label} on {best.label}" in text and numbers in text
        assert text.count(numbers) == 1  # said once, not once per item


def test_hovering_anywhere_in_a_heat_map_cell_shows_its_numbers(qtbot, results) -> None:  # type: ignore[no-untyped-def]
    result = results.session.result
    grid = result.breakeven
    assert grid is not None
    be = _show_tab(qtbot, results, "breakeven")
    hours, tariffs = list(grid.hours_per_week), list(grid.tariff_per_kwh)
    ny, nx = len(hours), len(tariffs)
    rect = be.image.mapRectToParent(be.image.boundingRect())  # the image in data coordinates
    dx, dy = rect.width() / nx, rect.height() / ny
    for i, j, fx, fy in ((0, 0, 0.5, 0.5), (ny - 1, nx - 1, 0.85, 0.2), (ny // 2, 1, 0.15, 0.85)):
        # not only the centre: a user hovers anywhere in the coloured cell
        x = rect.left() + (j + fx) * dx
        y = rect.top() + (i + fy) * dy
        text = hover(qtbot, be.widget, x, y)
        months = grid.months[i][j]
        when = fmt.months(months) if math.isfinite(months) else "never"
        assert text.startswith(f"{hours[i]:g} h/week at {tariffs[j]:.3g} {grid.currency}/kWh"), text
        assert f"buying pays off after: {when}" in text


def test_hovering_your_own_point_on_the_heat_map_says_so(qtbot, results) -> None:  # type: ignore[no-untyped-def]
    grid = results.session.result.breakeven
    assert grid is not None
    be = _show_tab(qtbot, results, "breakeven")
    px, py = (float(v) for v in (be.current.data["x"][0], be.current.data["y"][0]))
    text = hover(qtbot, be.widget, px, py)
    assert text.startswith(f"You: {grid.current_hours_per_week:.3g} h/week at "
                           f"{grid.current_tariff_per_kwh:.3g} {grid.currency}/kWh")
    assert "buying pays off after:" in text  # and the numbers of the cell it sits in
