"""Reports: PDF and HTML (recommendation, reasons, tables, plots, provenance), CSV and JSON.

PDF goes through QTextDocument + QPdfWriter, so no extra dependency and Qt embeds the fonts
(Chinese included, from the system or the bundled CJK font). Plots arrive as PNG images rendered
in the light theme. CSV is utf-8-sig so Excel on Chinese Windows reads it as UTF-8.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import datetime as _dt
import html
import io
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.gui import format as fmt
from app.gui.i18n import core_text, label_text
from app.gui.settings import atomic_write_text

JSON_SCHEMA_VERSION = 1


def t(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def jsonable(obj: Any) -> Any:
    """Dataclasses, mappings and tuples as plain JSON values; inf/NaN become null."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Mapping):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple | set | frozenset):
        return [jsonable(v) for v in obj]
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, str | int | bool) or obj is None:
        return obj
    if hasattr(obj, "tolist"):  # numpy scalars and arrays
        return jsonable(obj.tolist())
    return str(obj)


def _version() -> str:
    from app.cli import version

    return version()


def export_json(path: Path, result: Any) -> None:
    doc = {
        "schema_version": JSON_SCHEMA_VERSION,
        "rigsizer_version": _version(),
        "generated_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "result": jsonable(result),
    }
    atomic_write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


CSV_COLUMNS = (
    "plan_id", "plan_kind", "plan_label", "plan_feasible", "gpu_id", "n_gpus", "currency",
    "monthly_cost_p10", "monthly_cost_p50", "monthly_cost_p90", "upfront_cost",
    "breakeven_month", "workload_id", "workload_label", "where", "device_id",
    "workload_feasible", "seconds_p50", "seconds_p90", "device_hours_per_week",
    "price_snapshot_date",
)


def csv_rows(result: Any) -> list[dict[str, Any]]:
    """One row per plan × workload (long format), feasible plans first, then rejected ones."""
    rows: list[dict[str, Any]] = []
    plans = [*result.plans, *(r.plan for r in result.rejected)]
    for plan in plans:
        for w in plan.workloads:
            rows.append({
                "plan_id": plan.id, "plan_kind": plan.kind, "plan_label": plan.label,
                "plan_feasible": plan.feasible, "gpu_id": plan.gpu_id or "",
                "n_gpus": plan.n_gpus, "currency": plan.currency,
                "monthly_cost_p10": plan.monthly_cost_p10,
                "monthly_cost_p50": plan.monthly_cost_p50,
                "monthly_cost_p90": plan.monthly_cost_p90,
                "upfront_cost": plan.upfront_cost,
                "breakeven_month": "" if plan.breakeven_month is None else plan.breakeven_month,
                "workload_id": w.workload_id, "workload_label": w.label, "where": w.where,
                "device_id": w.device_id, "workload_feasible": w.feasible,
                "seconds_p50": w.seconds_p50, "seconds_p90": w.seconds_p90,
                "device_hours_per_week": w.hours_per_week,
                "price_snapshot_date": result.provenance.price_snapshot_date,
            })
    return rows


def export_csv(path: Path, result: Any) -> None:
    # Imported here: app.plan_text pulls in core.plan (and numba), which must not load on the
    # GUI thread at start-up.
    from app.plan_text import spreadsheet_safe

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in csv_rows(result):
        writer.writerow({k: (f"{v:.6g}" if isinstance(v, float) and math.isfinite(v)
                             else spreadsheet_safe(v)) for k, v in row.items()})
    # "\ufeff" is the UTF-8 byte-order mark Excel looks for (what encoding="utf-8-sig" writes).
    atomic_write_text(path, "\ufeff" + buf.getvalue())


def _esc(text: Any) -> str:
    return html.escape(str(text))


def report_html(result: Any, images: Mapping[str, str], *, font_family: str = "") -> str:
    """The report as HTML; `images` maps plot name -> image src (file name or data: URI)."""
    p = result.profile
    prov = result.provenance
    best = result.best
    css = ("body{font-family:%s;color:#1b2230;} h1{font-size:20pt;} h2{font-size:14pt;"
           "margin-top:16px;} table{border-collapse:collapse;} td,th{border:1px solid #c8ced8;"
           "padding:4px 6px;} th{background:#eef1f6;text-align:left;} .muted{color:#5a6475;}"
           ) % (f"'{font_family}', sans-serif" if font_family else "sans-serif")
    out = [f"<html><head><meta charset='utf-8'><title>{_esc(t('RigSizer report'))}</title>",
           f"<style>{css}</style></head><body>",
           f"<h1>{_esc(t('RigSizer report'))}: {_esc(label_text(p.name))}</h1>",
           f"<p class='muted'>{_esc(t('Generated %1 by RigSizer %2').replace('%1', _dt.date.today().isoformat()).replace('%2', _version()))}</p>",  # noqa: E501
           f"<h2>{_esc(t('Recommendation'))}</h2><p><b>{_esc(core_text(result.recommendation))}</b></p>"]
    if result.top_reasons:
        out.append("<ul>" + "".join(f"<li>{_esc(core_text(r))}</li>" for r in result.top_reasons)
                   + "</ul>")
    if result.alternatives:
        out.append(f"<p>{_esc(t('Why not the others:'))}</p><ul>"
                   + "".join(f"<li>{_esc(core_text(a))}</li>" for a in result.alternatives)
                   + "</ul>")
    out.append(f"<p class='muted'>{_esc(t('Prices as of %1 (%2)').replace('%1', prov.price_snapshot_date).replace('%2', prov.price_source))}</p>")  # noqa: E501
    out.append(f"<h2>{_esc(t('Plans'))}</h2><table><tr>")
    heads = (t("Plan"), t("Monthly cost (median)"), t("Monthly cost p10–p90"), t("Up front"),
             t("Break-even"), t("Meets your limits"))
    out.append("".join(f"<th>{_esc(h)}</th>" for h in heads) + "</tr>")
    for plan in result.plans:
        be = fmt.months(plan.breakeven_month) if plan.breakeven_month is not None else "—"
        gates = ", ".join(("✓ " if g.passed else "✗ ") + g.name for g in plan.gates)
        cells = (core_text(plan.label), fmt.money(plan.monthly_cost_p50, plan.currency),
                 fmt.money_range(plan.monthly_cost_p10, plan.monthly_cost_p90, plan.currency),
                 fmt.money(plan.upfront_cost, plan.currency), be, gates)
        out.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    if result.rejected:
        out.append(f"<p>{_esc(t('Ruled out:'))}</p><ul>" + "".join(
            f"<li>{_esc(core_text(r.plan.label))}: {_esc(core_text(r.why))}</li>"
            for r in result.rejected) + "</ul>")
    if best is not None:
        out.append(f"<h2>{_esc(t('Your work on the recommended plan'))}</h2><table><tr>")
        out.append("".join(f"<th>{_esc(h)}</th>" for h in (
            t("Workload"), t("Runs on"), t("Time per job (median)"), t("p90"), t("Note"))))
        out.append("</tr>")
        for w in best.workloads:
            cells = (label_text(w.label), w.device_id or "—", fmt.duration(w.seconds_p50),
                     fmt.duration(w.seconds_p90), core_text(w.reason))
            out.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
        out.append("</table>")
    titles = {"cost": t("Cumulative cost"), "time": t("Time per workload"),
              "breakeven": t("Break-even map")}
    for name, src in images.items():
        out.append(f"<h2>{_esc(titles.get(name, name))}</h2>"
                   f"<p><img src='{src}' width='640'></p>")
    out.append(f"<h2>{_esc(t('Hardware'))}</h2>")
    machine = result.machine
    if machine is None:
        out.append(f"<p>{_esc(t('No machine was detected or entered.'))}</p>")
    else:
        out.append("<ul>")
        for g in machine.gpus:
            src = ", ".join(sorted(set(g.field_sources.values()))) or "—"
            out.append(f"<li>{_esc(g.name)} → {_esc(g.gpu_id or t('not in the catalog'))} "
                       f"({_esc(core_text(g.match_how))}; {_esc(t('found by'))} {_esc(src)})</li>")
        out.append(f"<li>{_esc(machine.cpu_name)}, {_esc(fmt.gib(machine.ram_bytes))}</li></ul>")
    out.append(f"<h2>{_esc(t('Sources'))}</h2><ul>")
    for text in (prov.gpu_catalog,
                 f"{t('Prices')}: {prov.price_source} ({prov.price_snapshot_date})",
                 f"{t('Electricity')}: {prov.tariff_id}, {prov.tariff_source} ({prov.tariff_date})",
                 f"{t('Currency')}: {prov.currency}, {prov.rate_source} ({prov.rate_date})",
                 f"{t('Performance model')}: {prov.perf_basis}",
                 *prov.hardware_sources, *prov.assumptions):
        out.append(f"<li>{_esc(text)}</li>")
    out.append("</ul>")
    out.append(f"<p class='muted'>{_esc(t('Monte Carlo samples: %1').replace('%1', str(result.samples)))}</p>")  # noqa: E501
    out.append("</body></html>")
    return "\n".join(out)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def export_html(path: Path, result: Any, images: Mapping[str, QImage]) -> None:
    """A single self-contained file: the plot PNGs are embedded as data: URIs."""
    srcs = {name: "data:image/png;base64," + base64.b64encode(png_bytes(img)).decode("ascii")
            for name, img in images.items()}
    atomic_write_text(path, report_html(result, srcs))


def export_pdf(path: Path, result: Any, images: Mapping[str, QImage],
               font_family: str = "") -> None:
    doc = QTextDocument()
    for name, img in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{name}.png"), img)
    doc.setHtml(report_html(result, {name: f"{name}.png" for name in images},
                            font_family=font_family))
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(t("RigSizer report"))
    writer.setCreator("RigSizer")
    doc.print_(writer)
    del writer  # closes the file
    tmp.replace(path)
