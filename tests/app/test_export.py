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
    assert doc["schema_version"] == 2
    assert doc["recommendation"] == result.recommendation
    assert doc["best_plan_id"] == result.best.id
    assert doc["provenance"]["price_snapshot_date"] == date
    assert len(doc["plans"]) == len(result.plans)
    assert len(doc["plans"][0]["workloads"]) == len(result.best.workloads)
    assert doc["machine"]["gpus"][0]["gpu_id"] == "nvidia-rtx-3060-12gb"

    page.export_to("csv", tmp_path / "r.csv")
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel on Chinese Windows reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(result.plans) + len(result.rejected)  # one row per plan
    best = result.best
    first = rows[0]
    assert first["rank"] == "1" and first["plan_id"] == best.id
    assert float(first["monthly_p50"]) == pytest.approx(best.monthly_cost_p50, abs=0.005)
    assert first["price_snapshot"] == date

    page.export_to("html", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert result.recommendation.split(":")[0] in html
    assert html.count("data:image/png;base64,") == 3  # cost, time and break-even plots
    assert date in html
    assert result.provenance.tariff_source in html
    # the tariff is older than 90 days: its date carries its age, as in the plan text
    assert f"({result.provenance.tariff_date}, " in html and " days old)" in html

    page.export_to("pdf", tmp_path / "r.pdf")
    pdf = (tmp_path / "r.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) > 20_000  # text plus three embedded plot images
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temporary files


def test_the_command_line_and_the_window_export_the_same_json_and_csv(
        results_window, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    """One result, one output pipeline (#16 point 5): `rigsizer plan --json --csv` on the
    window's profile, machine, samples and seed writes what File > Export writes."""
    from app.cli import main

    session = results_window.session
    page = results_window.results_page
    page.export_to("json", tmp_path / "window.json")
    page.export_to("csv", tmp_path / "window.csv")
    code = main(["plan", "ai_video_blogger", "--gpu", "nvidia-rtx-3060-12gb", "--ram-gib", "32",
                 "--samples", str(session.samples), "--seed", str(session.seed),
                 "--json", "--csv", str(tmp_path / "cli.csv")])
    out, err = capsys.readouterr()
    assert code == 0, err
    cli = json.loads(out)
    window = json.loads((tmp_path / "window.json").read_text(encoding="utf-8"))
    assert cli.pop("generated_at") and window.pop("generated_at")  # the one difference: when
    assert cli["plans"] and cli["machine"]["gpus"]
    assert cli == window
    assert (tmp_path / "cli.csv").read_bytes() == (tmp_path / "window.csv").read_bytes()


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
