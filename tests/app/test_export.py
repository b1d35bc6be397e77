"""Reports in every format, from a real plan result."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest


@pytest.fixture
def results_window(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("results")
    return window


def test_every_format_is_written_with_provenance(results_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = results_window.results_page
    result = results_window.session.result
    date = result.provenance.price_snapshot_date

    page.export_to("json", tmp_path / "r.json")
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert doc["schema_version"] == 1
    assert doc["result"]["recommendation"] == result.recommendation
    assert doc["result"]["provenance"]["price_snapshot_date"] == date
    assert len(doc["result"]["plans"]) == len(result.plans)
    assert doc["result"]["machine"]["gpus"][0]["gpu_id"] == "nvidia-rtx-3060-12gb"

    page.export_to("csv", tmp_path / "r.csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Chinese Windows reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    plans = [*result.plans, *(r.plan for r in result.rejected)]
    assert len(rows) == sum(len(p.workloads) for p in plans)
    best = result.best
    first = rows[0]
    assert first["plan_id"] == best.id
    assert float(first["monthly_cost_p50"]) == pytest.approx(best.monthly_cost_p50, rel=1e-5)
    assert first["workload_id"] == best.workloads[0].workload_id
    assert first["price_snapshot_date"] == date

    page.export_to("html", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert result.recommendation.split(":")[0] in html
    assert html.count("data:image/png;base64,") == 3  # cost, time and break-even plots
    assert date in html
    assert result.provenance.tariff_source in html

    page.export_to("pdf", tmp_path / "r.pdf")
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 20_000  # text plus three embedded plot images
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_plot_images_are_rendered_light_even_in_dark_theme(results_window) -> None:  # type: ignore[no-untyped-def]
    from app.gui.theme import DARK, LIGHT

    results_window.set_theme("dark")
    images = results_window.results_page.plot_images(width=800)
    assert set(images) == {"cost", "time", "breakeven"}
    corner = images["cost"].pixelColor(2, 2).name()
    assert corner == LIGHT.surface
    # and the window's own plots are back in the dark theme afterwards
    plot = results_window.results_page.cost_plot.widget
    assert plot.backgroundBrush().color().name() == DARK.surface
    results_window.set_theme("light")


def test_export_without_results_is_refused(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(creator=None)
    with pytest.raises(ValueError, match="no results"):
        window.results_page.export_to("json", tmp_path / "x.json")
