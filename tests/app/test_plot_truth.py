"""The break-even map tells the truth: axes labelled by the grid's own values, the user's point
between the right cells, "never" in its own colour (also in the report's image)."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np

from app.gui.plots.breakeven_plot import BreakevenPlot


def test_the_marker_sits_between_the_cells_of_its_values(qapp) -> None:  # type: ignore[no-untyped-def]
    grid = SimpleNamespace(hours_per_week=(1.0, 2.0, 5.0, 10.0, 20.0),
                           tariff_per_kwh=(0.05, 0.1, 0.15, 0.25, 0.4),
                           current_hours_per_week=3.4, current_tariff_per_kwh=0.15)
    x, y = BreakevenPlot.marker_position(grid)
    assert x == 2.5  # the centre of the 0.15 column (cells are one unit wide)
    assert math.isclose(y, 1.5 + 1.4 / 3)  # 47% of the way from the 2 h row to the 5 h row
    # beyond the grid it stays in the outermost cell instead of leaving the map
    far = SimpleNamespace(**{**vars(grid), "current_hours_per_week": 400.0})
    assert BreakevenPlot.marker_position(far)[1] == 4.5


def test_axes_name_the_grid_values_and_never_has_its_own_colour(
        make_window) -> None:  # type: ignore[no-untyped-def]
    # a game modder: cards to buy within the limits (at p90 the default AI video blogger on a
    # 3060 has none, so no break-even map)
    window = make_window(creator="game_modder")
    result = window.session.result
    grid = result.breakeven
    assert grid is not None
    plot = window.results_page.breakeven_plot  # the window's own, as drawn
    item = plot.widget.getPlotItem()
    left = item.getAxis("left")._tickLevels[0]
    bottom = item.getAxis("bottom")._tickLevels[0]
    assert [float(text) for _pos, text in left] == list(grid.hours_per_week)
    assert [pos for pos, _text in left] == [i + 0.5 for i in range(len(grid.hours_per_week))]
    assert [float(text) for _pos, text in bottom] == [
        float(f"{v:.3g}") for v in grid.tariff_per_kwh]
    months = np.asarray(grid.months, dtype=float)
    layer = plot.never.image
    assert layer is not None
    np.testing.assert_array_equal(layer[..., 3] > 0, ~np.isfinite(months))
    finite_top = plot.image.image[np.isfinite(months)]
    assert (finite_top <= plot.colorbar.levels()[1]).all()
    if (~np.isfinite(months)).any():
        assert "never" in item.titleLabel.text


def test_without_a_map_the_plot_says_why_instead_of_drawing_empty_axes(
        make_window) -> None:  # type: ignore[no-untyped-def]
    # the default AI video blogger on a 3060: no card to buy meets the p90 limits, so no map
    window = make_window()
    assert window.session.result.breakeven is None
    plot = window.results_page.breakeven_plot
    item = plot.widget.getPlotItem()
    # said in the middle of the plot, not as a title over a blank panel
    assert "No break-even map" in plot.empty.toPlainText()
    assert "No break-even map" not in item.titleLabel.text
    assert not item.getAxis("left").isVisible() and not item.getAxis("bottom").isVisible()
    assert not plot.colorbar.isVisible()
    # a plan with a map brings the axes and the colour bar back
    modder = make_window(creator="game_modder")
    plot.update(modder.session.result)
    assert item.getAxis("left").isVisible() and plot.colorbar.isVisible()
    assert plot.empty.toPlainText() == ""
    # the key says what the ring is: the user's own hours and tariff
    grid = modder.session.result.breakeven
    assert f"{grid.current_hours_per_week:.3g} h/week" in item.titleLabel.text
