"""Plots show the result's own numbers, and keep their items (setData, never re-create)."""

from __future__ import annotations

import math

import numpy as np

from app.gui.plots.time_plot import workload_times


def test_plots_follow_the_result_with_the_same_items(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    page = window.results_page
    result = window.session.result
    cost, timep, be = page.cost_plot, page.time_plot, page.breakeven_plot
    curves_before = list(cost.curves)
    points_before = list(timep.points)

    # Cost: the first curve is the recommended plan's cumulative p50 cost, month by month.
    x, y = cost.curves[0].getData()
    assert np.allclose(y, result.best.cumulative_cost)
    assert np.allclose(x, np.arange(len(result.best.cumulative_cost)))
    shown = [label.text for _s, label in cost.legend.items if label.isVisible()]
    assert shown[0].startswith(result.best.label[:20])
    # the best plan of each kind gets a curve (keep/buy/rent/hybrid side by side)
    picked = cost.pick(result)
    assert picked[0] is result.best
    all_kinds = {p.kind for p in result.plans}
    assert len({p.kind for p in picked}) == min(len(all_kinds), len(picked))

    # Time: markers sit at log10 of each workload's median time on the best plan.
    data = timep.points[0].data
    ys = [math.log10(t[1]) for w in result.profile.workloads
          if (t := workload_times(result.best, w.id)) is not None and t[1] > 0]
    assert np.allclose(sorted(data["y"]), sorted(ys))
    assert all("p10" in tip for tip in data["data"])  # hover text carries the numbers

    # Break-even heat map: one cell per grid point, the user's point marked.
    grid = result.breakeven
    if grid is not None:
        assert be.image.image.shape == (len(grid.hours_per_week), len(grid.tariff_per_kwh))
        assert [len(row) for row in be.tips] == [len(grid.tariff_per_kwh)] * len(
            grid.hours_per_week)  # hover text for every cell (tests/app/test_hover.py hovers)
        assert len(be.current.data) == 1

    # An edit re-plans; the plots update in place.
    import dataclasses

    p = window.session.profile
    window.edit_profile(dataclasses.replace(p, horizon_months=12), "horizon")
    from tests.app.conftest import wait_for_plan

    new = wait_for_plan(qtbot, window)
    assert len(new.best.cumulative_cost) != len(result.best.cumulative_cost)
    assert np.allclose(cost.curves[0].getData()[1], new.best.cumulative_cost)
    assert cost.curves == curves_before and timep.points == points_before


def test_a_plot_on_a_hidden_tab_shows_the_newest_result_when_opened(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from tests.app.conftest import wait_for_plan

    window = make_window()
    page = window.results_page
    window.go_to("results")
    page.view.tabs.setCurrentIndex(0)  # the cost plot on screen, the time plot hidden
    timep = page.time_plot  # built and drawn for the first result
    before = sorted(timep.points[0].data["y"])
    # twice the steps for every workload that has them: every job takes longer
    p = window.session.profile
    slower = tuple(dataclasses.replace(w, steps=w.steps * 2) if w.steps else w
                   for w in p.workloads)
    window.edit_profile(dataclasses.replace(p, workloads=slower), "steps")
    new = wait_for_plan(qtbot, window)
    page.view.tabs.setCurrentIndex(1)  # the user opens the time tab
    shown = sorted(page.plots["time"].points[0].data["y"])  # as drawn, not redrawn on read
    ys = [math.log10(t[1]) for w in new.profile.workloads
          if (t := workload_times(new.best, w.id)) is not None and t[1] > 0]
    assert np.allclose(shown, sorted(ys))
    assert not np.allclose(shown, before)  # it did change: the check above can fail


def test_break_even_stars_sit_on_their_curves_within_the_horizon(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    window = make_window()
    page = window.results_page
    result = window.session.result
    cost = page.cost_plot
    picked = cost.pick(result)
    assert len(picked) >= 2
    horizon = len(picked[0].cumulative_cost) - 1
    inside = dataclasses.replace(picked[0], breakeven_month=horizon / 2 + 0.25)
    beyond = dataclasses.replace(picked[1], breakeven_month=horizon + 0.2)  # after the horizon
    plans = (inside, beyond, *[p for p in result.plans if p not in picked[:2]])
    cost.update(dataclasses.replace(result, plans=plans))
    xs, ys = cost.breakeven.getData()
    assert list(xs) == [horizon / 2 + 0.25]  # only the one on its curve
    assert ys[0] == np.interp(xs[0], np.arange(horizon + 1), inside.cumulative_cost)


def test_the_legend_sits_above_the_highest_data_on_both_plots(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    # Educator's 4K render takes hours and its TTS a second: five decades on the time plot's
    # axis. A fixed headroom per legend entry left the legend over the render's markers.
    # It stays so when the plot is resized after drawing: the legend keeps its pixels, the data
    # gets fewer of them.
    window = make_window(creator="educator")
    window.go_to("results")
    page = window.results_page
    for index, plot in ((1, page.time_plot), (0, page.cost_plot)):
        page.view.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        plot.widget.setFixedHeight(300)
        qtbot.wait(50)
        view = plot.widget.getPlotItem().getViewBox()
        # the legend's lower edge in data coordinates
        below_legend = view.mapSceneToView(
            plot.legend.mapToScene(0, plot.legend.boundingRect().height())).y()
        if index == 1:
            highs = [float(np.max(b.opts["y"] + b.opts["top"])) for b in plot.bars
                     if b.opts.get("y") is not None and len(b.opts["y"])]
        else:
            highs = [float(np.max(c.getData()[1])) for c in plot.curves
                     if c.isVisible() and c.getData()[1] is not None and len(c.getData()[1])]
        assert highs and max(highs) < below_legend, (index, max(highs), below_legend)


class _Wheel:
    """What pyqtgraph's ViewBox.wheelEvent reads of a scene wheel event: one notch in."""

    def __init__(self, at: object) -> None:
        self.at = at

    def delta(self) -> int:
        return 120

    def pos(self) -> object:
        return self.at

    def accept(self) -> None:
        pass


def test_a_resize_keeps_the_users_zoom_and_a_new_result_redraws(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("results")
    page = window.results_page
    page.view.tabs.setCurrentIndex(0)
    plot = page.cost_plot
    qtbot.wait(50)
    view = plot.widget.getPlotItem().getViewBox()
    drawn = view.viewRange()[1]
    view.wheelEvent(_Wheel(view.boundingRect().center()))  # the user zooms in
    zoomed = view.viewRange()[1]
    assert zoomed[1] - zoomed[0] < 0.99 * (drawn[1] - drawn[0])
    plot.widget.setFixedHeight(plot.widget.height() - 80)
    qtbot.wait(50)
    assert np.allclose(view.viewRange()[1], zoomed)  # the resize kept the zoom
    # the next result is drawn whole again, with room for its legend
    plot.update(window.session.result)
    qtbot.wait(50)
    again = view.viewRange()[1]
    assert again[1] - again[0] > zoomed[1] - zoomed[0]
