"""Reports: PDF and HTML (recommendation, reasons, tables, plots, provenance). The CSV and JSON
exports are app.report's, the very ones `rigsizer plan --csv/--json` writes.

PDF goes through QTextDocument + QPdfWriter, so no extra dependency and Qt embeds the fonts:
the bundled CJK font first (see report_fonts), then the system's. Plots arrive as PNG images
rendered in the light theme. CSV is utf-8-sig so Excel on Chinese Windows reads it as UTF-8.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as _dt
import html
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QFontInfo,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui import format as fmt
from app.gui.i18n import core_text, core_translate, label_text
from app.report import TOP_PLANS, TOP_REJECTED
from app.report.text import tariff_date_text
from core.atomic_file import save_file
from core.plan import wording
from core.plan.options import offer_gpu
from core.schema.message import LIST_SEPARATOR, Message
from core.version import version

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs
    from core.schema.plan import PlanResult

BUNDLED_FONT = "RigSizer Sans CJK SC"  # assets/fonts/NotoSansCJKsc-Regular-subset.otf
PLOT_WIDTH = 720  # the plots' logical width (app.gui.plots.images.WIDTH): the full text width


def t(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def _esc(text: object) -> str:
    return html.escape(str(text))


def _more(n: int) -> str:
    return t("… and %1 more: every plan is in the CSV and JSON exports.").replace("%1", str(n))


def _table(heads: tuple[str, ...], rows: Sequence[tuple[str, ...]], widths: tuple[int, ...],
           breaks: frozenset[int] = frozenset()) -> str:
    """An HTML table; before each row index in `breaks` a new table starts on a new page,
    with the header again (the PDF moves a row that a page break would split)."""
    head = "<thead><tr>" + "".join(f"<th width='{w}%'>{_esc(h)}</th>"
                                   for h, w in zip(heads, widths, strict=True)) + "</tr></thead>"
    out = []
    for i, cells in enumerate(rows):
        if i == 0 or i in breaks:
            if i:
                out.append("</table>")
            # <thead>: a table that runs onto the next page repeats its header row there
            brk = " style='page-break-before:always'" if i else ""
            out.append(f"<table width='100%'{brk}>{head}")
        out.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in cells) + "</tr>")
    if rows:
        out.append("</table>")
    return "".join(out)


@dataclasses.dataclass
class Breaks:
    """Page breaks the PDF adds so that no table row or heading is split from its content:
    row indices (per table) before which a new page starts, and headings (by their order in
    the report) that start a new page."""

    plans: set[int] = dataclasses.field(default_factory=set)
    work: set[int] = dataclasses.field(default_factory=set)
    headings: set[int] = dataclasses.field(default_factory=set)


def _headline(text: str) -> str:
    """The recommendation in bold; in regular weight where it has Chinese: the CJK font has no
    bold face, so bold mixed heavy Latin names with light Chinese."""
    from app.gui.views.common import has_cjk

    if has_cjk(text):
        return f"<p>{_esc(text)}</p>"
    return f"<p><b>{_esc(text)}</b></p>"


def _basis(basis: str) -> str:
    """Where the job times come from (Provenance.perf_basis, an Estimate's basis), in words."""
    words = {"model": t("RigSizer's estimates, fitted to published benchmarks"),
             "measured": t("published benchmark measurements"),
             "user-measured": t("your own measurements"),
             "user-adjusted": t("RigSizer's estimates, adjusted by your measurements")}
    return words.get(basis, basis)


def device_name(device_id: str, catalogs: Catalogs | None) -> str:
    """Where a workload runs (WorkloadFit.device_id), as the window names it: the card's name
    for a GPU id, "RTX 4090 (Runpod Community)" for a cloud offer's id, "CPU"; the id itself
    where `catalogs` do not know it."""
    if not device_id:
        return "—"
    if device_id == "cpu":
        return t("CPU")
    if catalogs is None:
        return device_id
    gpu = catalogs.gpu(device_id)
    if gpu is not None:
        return gpu.name
    offer = next((o for o in catalogs.offers if o.id == device_id), None)
    if offer is None:
        return device_id
    card = catalogs.gpu(offer.gpu_id)
    name = card.name if card is not None else offer.gpu_id
    name = offer_gpu(offer, name)  # as plan labels say
    return t("%1 (%2 %3)").replace("%1", name).replace(
        "%2", wording.provider_name(offer.provider, catalogs.provider_names)).replace(
        "%3", core_text(wording.tier(offer.tier)))


def report_html(result: PlanResult, images: Mapping[str, str], *, font_family: str = "",
                plot_width: int = PLOT_WIDTH, breaks: Breaks | None = None,
                catalogs: Catalogs | None = None) -> str:
    """The report as HTML; `images` maps plot name -> image src (file name or data: URI).

    `font_family` is a CSS font-family list (the PDF puts the bundled CJK font first);
    `catalogs` (the session's) name the cards and offers the work runs on."""
    brk = breaks or Breaks()
    n_heads = [0]

    def h2(text: str) -> str:
        n_heads[0] += 1
        style = " style='page-break-before:always'" if n_heads[0] in brk.headings else ""
        return f"<h2{style}>{_esc(text)}</h2>"

    p = result.profile
    prov = result.provenance
    best = result.best
    css = ("body{font-family:%s;color:#1b2230;} h1{font-size:20pt;} h2{font-size:14pt;"
           "margin-top:16px;} table{border-collapse:collapse;} td,th{border:1px solid #c8ced8;"
           "padding:4px 6px;} th{background:#eef1f6;text-align:left;} .muted{color:#5a6475;}"
           ".small{font-size:8pt;}"
           ) % (f"{font_family}, sans-serif" if font_family else "sans-serif")
    out = [f"<html><head><meta charset='utf-8'><title>{_esc(t('RigSizer report'))}</title>",
           f"<style>{css}</style></head><body>",
           f"<h1>{_esc(t('RigSizer report: %1').replace('%1', label_text(p.name)))}</h1>",
           f"<p class='muted'>{_esc(t('Generated %1 by RigSizer %2').replace('%1', _dt.date.today().isoformat()).replace('%2', version()))}</p>",  # noqa: E501
           f"{h2(t('Recommendation'))}{_headline(core_text(result.recommendation))}"]
    if result.top_reasons:
        out.append("<ul>" + "".join(f"<li>{_esc(core_text(r))}</li>" for r in result.top_reasons)
                   + "</ul>")
    if result.alternatives:
        out.append(f"<p>{_esc(t('Why not the others:'))}</p><ul>"
                   + "".join(f"<li>{_esc(core_text(a))}</li>" for a in result.alternatives)
                   + "</ul>")
    out.append(f"<p class='muted'>{_esc(t('Prices as of %1 (%2)').replace('%1', core_text(prov.price_snapshot_date)).replace('%2', core_text(prov.price_source)))}</p>")  # noqa: E501
    heads: tuple[str, ...] = (
        t("Plan"), t("Monthly cost (median)"), t("Monthly cost p10–p90"), t("Up front"),
        t("Break-even"), t("Meets your limits"))
    rows: list[tuple[str, ...]] = []
    for plan in result.plans[:TOP_PLANS]:
        be = fmt.months(plan.breakeven_month) if plan.breakeven_month is not None else "—"
        rows.append((core_text(plan.label), fmt.money(plan.monthly_cost_p50, plan.currency),
                     fmt.money_range(plan.monthly_cost_p10, plan.monthly_cost_p90,
                                     plan.currency),
                     (fmt.money(plan.upfront_cost, plan.currency) if plan.upfront_cost else "—"),
                     be, fmt.limits_met(plan)))
    # the plan's name gets the room: hybrid names run to a hundred characters
    out.append(h2(t("Plans")) + _table(heads, rows, (38, 12, 15, 10, 11, 14),
                                       frozenset(brk.plans)))
    if len(result.plans) > TOP_PLANS:
        out.append(f"<p class='muted'>{_esc(_more(len(result.plans) - TOP_PLANS))}</p>")
    if result.rejected:
        out.append(f"<p>{_esc(t('Ruled out:'))}</p><ul>" + "".join(
            "<li>" + _esc(core_text(Message(wording.RULED_OUT, plan=r.plan.label, why=r.why)))
            + "</li>"
            for r in result.rejected[:TOP_REJECTED]) + "</ul>")
        if len(result.rejected) > TOP_REJECTED:
            out.append(f"<p class='muted'>"
                       f"{_esc(_more(len(result.rejected) - TOP_REJECTED))}</p>")
    if best is not None:
        heads = (t("Workload"), t("Runs on"), t("Time per job (median)"), t("p90"), t("Note"))
        rows = [(label_text(w.label), device_name(w.device_id, catalogs),
                 fmt.duration(w.seconds_p50),
                 fmt.duration(w.seconds_p90), core_text(w.reason)) for w in best.workloads]
        out.append(h2(t("Your work on the recommended plan"))
                   + _table(heads, rows, (30, 26, 16, 10, 18), frozenset(brk.work)))
    titles = {"cost": t("Cumulative cost"), "time": t("Time per workload"),
              "breakeven": t("Break-even map")}
    for name, src in images.items():
        out.append(h2(titles.get(name, name)) + f"<p><img src='{src}' width='{plot_width}'></p>")
    out.append(h2(t("Hardware")))
    machine = result.machine
    if machine is None:
        out.append(f"<p>{_esc(t('No machine was detected or entered.'))}</p>")
    else:
        out.append("<ul>")
        sep = core_translate(LIST_SEPARATOR)
        for g in machine.gpus:
            src = fmt.found_by(g.field_sources.values())
            out.append("<li>" + _esc(t("%1 → %2 (%3; found by %4)").replace(
                "%1", g.name).replace("%2", g.gpu_id or t("not in the catalog")).replace(
                "%3", core_text(g.match_how)).replace("%4", src)) + "</li>")
        cpu_ram = sep.join(x for x in (machine.cpu_name, fmt.gib(machine.ram_bytes)) if x)
        out.append(f"<li>{_esc(cpu_ram)}</li></ul>")
    out.append(h2(t("Sources")) + "<ul>")
    for text in (core_text(prov.gpu_catalog),
                 t("Prices: %1 (%2)").replace("%1", core_text(prov.price_source))
                 .replace("%2", core_text(prov.price_snapshot_date)),
                 t("Electricity: %1, %2 (%3)")
                 .replace("%1", label_text(prov.tariff_region) or prov.tariff_id)
                 .replace("%2", prov.tariff_source)
                 .replace("%3", tariff_date_text(prov.tariff_date, core_translate)),
                 t("Currency: %1, %2 (%3)").replace("%1", prov.currency)
                 .replace("%2", prov.rate_source).replace("%3", prov.rate_date),
                 t("Performance model: %1").replace("%1", _basis(prov.perf_basis)),
                 *(core_text(h) for h in prov.hardware_sources),
                 t("Monte Carlo samples: %1").replace("%1", str(result.samples))):
        out.append(f"<li>{_esc(text)}</li>")
    out.append("</ul>")
    if prov.assumptions:
        # the figures the estimates rest on that are not catalog facts, with where each comes
        # from: forty-odd lines, an appendix in small type
        out.append(h2(t("Assumptions")) + "<ul class='small'>"
                   + "".join(f"<li>{_esc(core_text(a))}</li>" for a in prov.assumptions)
                   + "</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs omit QIODevice
    buf.close()
    return bytes(data.data())


def export_html(path: Path, result: PlanResult, images: Mapping[str, QImage],
                catalogs: Catalogs | None = None) -> None:
    """A single self-contained file: the plot PNGs are embedded as data: URIs."""
    srcs = {name: "data:image/png;base64," + base64.b64encode(png_bytes(img)).decode("ascii")
            for name, img in images.items()}
    save_file(path, report_html(result, srcs, catalogs=catalogs),
              f"could not save the HTML report to {path}")


def confirmed_save_path(parent: QWidget | None, name: str, suffix: str) -> Path | None:
    """The file a save dialog's answer `name` means: `suffix` (".toml", ".pdf" ...) is added
    when the name lacks it, so "client.v2" saves as "client.v2.toml". None when the user would
    rather not replace the file that names.

    The dialog asked about replacing only the name as typed: "client" did not exist, so it
    asked nothing, and the added suffix then replaced "client.toml" without a word."""
    chosen = Path(name)
    path = chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
    if path.is_dir():  # nothing can be written there: say so, rather than ask to replace it
        QMessageBox.warning(parent, t("Replace file"),
                            t("%1 is a folder: choose a file name.").replace("%1", path.name))
        return None
    if path == chosen or not path.exists():
        return path
    answer = QMessageBox.question(
        parent, t("Replace file"),
        t("%1 already exists. Do you want to replace it?").replace("%1", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return path if answer == QMessageBox.StandardButton.Yes else None


def report_fonts(font_family: str = "") -> str:
    """CSS font-family list for the PDF in the language now installed.

    Chinese reports put the bundled CJK font first even where the system has one: the PDF's
    text layer maps each glyph back to one character (the lowest code point the font maps to
    it), and a full CJK font maps many ideographs' glyphs to Kangxi radicals too, so copying or
    searching "每月" in a report found "每⽉". The bundled subset has no radicals. English
    reports put the system's own sans-serif first: Latin text set in a CJK font under an
    English locale lost its digits from the text layer ("2026" read back as control codes).
    Characters a font lacks fall through the list, then to the system's fonts.
    """
    if BUNDLED_FONT not in QFontDatabase.families():
        from core.paths import assets_dir

        QFontDatabase.addApplicationFont(
            str(assets_dir() / "fonts" / "NotoSansCJKsc-Regular-subset.otf"))
    if QLocale().language() == QLocale.Language.Chinese:
        order = [BUNDLED_FONT, font_family]
    else:
        # the family the system's font resolves to ("Sans Serif" is an alias, not a family)
        latin = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()
        order = [latin, BUNDLED_FONT, font_family]
    known = set(QFontDatabase.families())
    return ", ".join(f"'{f}'" for f in dict.fromkeys(f for f in order if f and f in known))


MARGIN_MM = 20  # page margin on every side; the page number sits in the bottom one


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _first_spoiled(doc: QTextDocument, breaks: Breaks) -> bool:
    """Add to `breaks` the first table row or heading that a page break spoils; False if none.

    QTextDocument splits a table row between its lines when the row's first line still fits
    (half a plan's name on one page, the rest on the next), and leaves a heading at the foot of
    a page when the image after it moves on. Measured on the laid-out pages.
    """
    layout = doc.documentLayout()
    height = doc.pageSize().height()

    def page(y: float) -> int:
        return int(y // height)

    # The document's tables in order: the chunks of the plans table, then the work table's.
    chunks = [("plans", start) for start in [0, *sorted(breaks.plans)]]
    chunks += [("work", start) for start in [0, *sorted(breaks.work)]]
    for table, (key, start) in zip(_tables(doc), chunks, strict=False):
        for row in range(1, table.rows()):  # row 0 is the header
            cells = [table.cellAt(row, c) for c in range(table.columns())]
            top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top()
                      for c in cells)
            bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                         for c in cells)
            if page(top) != page(bottom - 1) and row > 1:
                getattr(breaks, key).add(start + row - 1)
                return True
    n = 0
    block = doc.begin()
    while block.isValid():
        after = block.next()
        if block.blockFormat().headingLevel() == 2:
            n += 1
            top = layout.blockBoundingRect(block).top()
            bottom = layout.blockBoundingRect(after).bottom() if after.isValid() else top
            # past the page's bottom margin counts as the next page: the layout lets a tall
            # image run into the margin, and on paper it then lands on the next page
            usable = (page(top) + 1) * height - doc.rootFrame().frameFormat().bottomMargin()
            if (after.isValid() and n not in breaks.headings
                    and (page(top) != page(bottom - 1) or bottom > usable)):
                breaks.headings.add(n)
                return True
        block = after
    return False


def export_pdf(path: Path, result: PlanResult, images: Mapping[str, QImage],
               font_family: str = "", catalogs: Catalogs | None = None) -> None:
    # Laid out as A4 pages in the document's own units (pixels at the screen's dpi, which its
    # point sizes are converted with), checked for spoiled page breaks, then painted page by
    # page scaled to the PDF. (QTextDocument.print_ lays out a copy with its own margins, so
    # the pages it prints are not the ones that could be checked.)
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    mm = dpi / 25.4
    size = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)
    width, height, margin = size.width() * mm, size.height() * mm, MARGIN_MM * mm
    fonts = report_fonts(font_family)
    srcs = {name: f"{name}.png" for name in images}
    breaks = Breaks()
    for _ in range(50):  # one break per pass; a report has a few dozen rows and headings
        doc = QTextDocument()
        for name, img in images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(srcs[name]), img)
        doc.setHtml(report_html(result, srcs, font_family=fonts, breaks=breaks,
                                plot_width=int(width - 2 * margin - 4), catalogs=catalogs))
        frame = doc.rootFrame().frameFormat()
        frame.setMargin(margin)
        doc.rootFrame().setFrameFormat(frame)
        doc.setPageSize(QSizeF(width, height))
        if not _first_spoiled(doc, breaks):
            break

    # Rendered into memory, checked, and only then written through the atomic writer: a full
    # disk or an unwritable folder raises and leaves any previous report as it was. (QPdfWriter
    # writing its own file reported nothing when the disk filled up, and the truncated file
    # replaced the old report.)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(t("RigSizer report"))
    writer.setCreator("RigSizer")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not start the PDF report for {path}")
    pages_ok = True
    try:
        scale = writer.width() / width
        painter.scale(scale, scale)
        font = doc.defaultFont()
        font.setPixelSize(round(3.2 * mm))  # about 9 pt
        painter.setFont(font)
        for i in range(doc.pageCount()):
            if i:
                pages_ok = writer.newPage() and pages_ok
            painter.save()
            painter.translate(0, -i * height)
            doc.drawContents(painter, QRectF(0, i * height, width, height))
            painter.restore()
            # the page number, right-aligned with the text, in the bottom margin
            painter.setPen(QColor("#5a6475"))
            painter.drawText(QRectF(margin, height - margin * 0.8, width - 2 * margin, margin / 2),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             str(i + 1))
    finally:
        ended = painter.end()
    del writer
    buffer.close()
    data = bytes(buffer.data().data())
    if not (pages_ok and ended and data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]):
        raise OSError(f"could not render the PDF report for {path}")
    save_file(path, data, f"could not save the PDF report to {path}")
