"""Results page: shows the Session's plan result, drives the plots, exports reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.gui import export
from app.gui import format as fmt
from app.gui.i18n import core_text, core_translate
from app.gui.theme import Palette
from app.gui.views.common import has_cjk, set_cjk
from app.gui.views.results_view import PLAN_COLUMNS, ResultsView
from app.report.document import write_json
from app.report.table import write_csv
from app.report.text import slowest_against_limit
from core.plan import wording

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.gui.appearance import Appearance
    from app.gui.plots.breakeven_plot import BreakevenPlot
    from app.gui.plots.cost_plot import CostPlot
    from app.gui.plots.time_plot import TimePlot
    from app.gui.project import Project
    from app.gui.session import Session
    from core.schema.plan import Plan, PlanResult


SENSITIVITY_LINES = 2


def t(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


class Plot(Protocol):
    """What the page asks of each plot (app.gui.plots)."""

    widget: QWidget

    def apply_palette(self, p: Palette) -> None: ...
    def retranslate(self) -> None: ...
    def update(self, result: PlanResult | None) -> None: ...


class PlansModel(QAbstractTableModel):
    """Feasible plans, then rejected ones (greyed, with why). A model rather than a table of
    items: a result can hold hundreds of plans, and filling item by item re-measured every
    column on each cell (seconds per result). A row's texts are written the first time the
    view asks for them: rendering every plan's sentences up front took ~20 ms of each update,
    for the few dozen rows a screen shows."""

    def __init__(self, view: ResultsView) -> None:
        super().__init__()
        self.view = view
        self.rows: list[tuple[Plan, str]] = []  # a plan, and why it was ruled out
        self._cells: dict[int, list[str]] = {}
        self._tips: dict[int, list[str]] = {}
        self._date = ""
        self.muted = QColor("#888888")

    def set_result(self, result: PlanResult | None, muted: str) -> None:
        self.beginResetModel()
        self.muted = QColor(muted)
        self.rows = [] if result is None else (
            [(p, "") for p in result.plans] + [(r.plan, r.why) for r in result.rejected])
        self._cells = {}
        self._tips = {}
        # a range of dates is a Message ("2025-01 to 2026-11-16"): said in the UI's language
        self._date = "" if result is None else core_text(result.provenance.price_snapshot_date)
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        hit = self._cells.get(row)
        if hit is None:
            hit = self._cells[row] = self._write_cells(*self.rows[row])
        return hit[column]

    def tip(self, row: int, column: int) -> str:
        """Tooltips are written only when one is asked for (the plan's reasons are the
        costliest text in a row)."""
        hit = self._tips.get(row)
        if hit is None:
            hit = self._tips[row] = self._write_tips(row)
        return hit[column]

    def _write_cells(self, plan: Plan, why: str) -> list[str]:
        be = plan.breakeven_month
        # ◆: the user's own measurements moved this plan's estimates (its reasons say how)
        measured = plan.moved_by_user
        return [
            core_text(plan.label) + (" ◆" if measured else ""),
            fmt.money(plan.monthly_cost_p50, plan.currency),
            fmt.money_range(plan.monthly_cost_p10, plan.monthly_cost_p90, plan.currency),
            fmt.money(plan.upfront_cost, plan.currency) if plan.upfront_cost else "—",
            slowest_against_limit(plan, core_translate),
            core_text(why) or fmt.limits_met(plan),
            fmt.months(be) if be is not None else "—",
        ]

    def _write_tips(self, row: int) -> list[str]:
        plan, why = self.rows[row]
        cells = [self.cell(row, c) for c in range(PLAN_COLUMNS)]
        tips = list(cells)
        for c in (1, 2, 3):
            tips[c] = t("%1; prices as of %2").replace("%1", cells[c]).replace("%2", self._date)
        tips[0] = "\n".join((cells[0], *(core_text(r) for r in plan.reasons)))
        tips[5] = "\n".join([core_text(why)] if why else
                            [("✓ " if g.passed else "✗ ") + core_text(g.detail)
                             for g in plan.gates])
        return tips

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PLAN_COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(r, c)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(r, c)
        if role == Qt.ItemDataRole.ForegroundRole and self.rows[r][1]:
            return self.muted
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (1, 2, 3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= PLAN_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.view.plan_headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.view.plan_header_tips[section]
        return None


class ResultsPage:
    """Shows `session`'s result in `appearance`'s palette; exports are named after `project`'s
    file. `say(text, ms)` shows a status-bar message; `refresh_prices()` runs the Refresh
    prices action and `open_settings()` shows the Settings page (the footer's links)."""

    def __init__(self, session: Session, project: Project, appearance: Appearance,
                 say: Callable[[str, int], None], refresh_prices: Callable[[], object],
                 open_settings: Callable[[], object] = lambda: None) -> None:
        self.session = session
        self.project = project
        self.say = say
        self.view = ResultsView()
        self.plans_model = PlansModel(self.view)
        self.view.plans.setModel(self.plans_model)
        self.view.configure_plan_columns()
        # NOTE: the plots (and pyqtgraph, ~0.6 s to import) are built when the first result
        # arrives, not here: importing them before the first paint kept the window from
        # appearing within DESIGN.md's 1.5 s start-up budget.
        self._plots: dict[str, Plot] | None = None
        self._plot_stale: dict[str, bool] = {}
        self.shown: PlanResult | None = None  # the result on the page (plots are drawn from it)
        for name, btn in self.view.export_buttons.items():
            btn.clicked.connect(lambda _=False, f=name: self.export_dialog(f))
        # the footer's links: refresh the cloud prices, or go where your own kWh price goes
        self.view.prices.linkActivated.connect(
            lambda href: open_settings() if href == "settings" else refresh_prices())
        self.session.plan_ready.connect(self.show_result)
        self.session.plan_failed.connect(self.show_failure)
        self.session.warming_changed.connect(lambda _w: self._status())
        self.session.plan_started.connect(self._status)
        appearance.theme_changed.connect(self.apply_palette)
        self.view.retranslated.connect(self._retranslate)
        self.apply_palette(appearance.palette)
        self.show_result(None)

    @property
    def plots(self) -> dict[str, Plot]:
        if self._plots is None:
            import pyqtgraph as pg

            from app.gui.plots.breakeven_plot import BreakevenPlot
            from app.gui.plots.cost_plot import CostPlot
            from app.gui.plots.time_plot import TimePlot

            pg.setConfigOptions(antialias=True)
            self._plots = {"cost": CostPlot(), "time": TimePlot(), "breakeven": BreakevenPlot()}
            for plot in self._plots.values():
                self.view.add_plot_tab(plot.widget)
                plot.apply_palette(self.palette)
            self.view.tabs.currentChanged.connect(lambda _i: self._refresh_plot_on_screen())
        return self._plots

    def _plot(self, name: str) -> Plot:
        """A plot brought up to date with the shown result (only the plot on screen is redrawn
        with each result; the others catch up when they are looked at)."""
        plot = self.plots[name]
        if self._plot_stale.get(name, True):
            plot.update(self.shown)
            self._plot_stale[name] = False
        return plot

    def _refresh_plot_on_screen(self) -> None:
        if self._plots is None or self.shown is None:
            return
        current = self.view.tabs.currentWidget()
        for name, plot in self._plots.items():
            if plot.widget is current:
                self._plot(name)

    @property
    def cost_plot(self) -> CostPlot:
        return cast("CostPlot", self._plot("cost"))

    @property
    def time_plot(self) -> TimePlot:
        return cast("TimePlot", self._plot("time"))

    @property
    def breakeven_plot(self) -> BreakevenPlot:
        return cast("BreakevenPlot", self._plot("breakeven"))

    def _built_plots(self) -> list[Plot]:
        return list(self._plots.values()) if self._plots is not None else []

    @property
    def result(self) -> PlanResult | None:
        return self.session.result

    def apply_palette(self, p: Palette) -> None:
        self.palette = p
        for plot in self._built_plots():
            plot.apply_palette(p)
        self.view.stale_banner.setStyleSheet(_banner_style(p))
        self.show_result(self.shown)  # after a failed plan, the page keeps the last result

    def _retranslate(self) -> None:
        for plot in self._built_plots():
            plot.retranslate()
        self.show_result(self.shown)

    @property
    def stale(self) -> bool:
        """Whether the result on the page is out of date: the plan of the newest input failed
        (the session keeps no result then; the page keeps the last one, marked)."""
        return self.shown is not None and self.session.plan_error is not None

    def _status(self) -> None:
        self._show_stale()
        v = self.view
        if self.session.warming and self.result is None:
            v.status.setText(t("Preparing the estimator. The first start compiles the model "
                               "and can take a minute; later starts are quick."))
        elif self.session.profile is None:
            v.status.setText(t("Choose a creator type on the Start page to see results."))
        elif self.session.plan_error and not self.stale:  # else the banner says it
            v.status.setText(t("Could not plan: %1").replace(
                "%1", core_text(self.session.plan_error)))
        else:
            v.status.setText("")
        v.status.setVisible(bool(v.status.text()))

    def _show_stale(self) -> None:
        """Out-of-date results are dimmed under a banner naming the error, and cannot be
        exported (a report must be of the input the user has now)."""
        error = self.session.plan_error if self.stale else None
        self.view.show_stale("" if error is None else (
            "<b>" + _html(t("These results are out of date: they are from before your last "
                            "change, which could not be planned.")) + "</b><br>"
            + _html(t("Why: %1").replace("%1", core_text(error))) + "<br>"
            + _html(t("Correct or undo that change to update them. Export is off until "
                      "then."))), self.palette.window)
        for btn in self.view.export_buttons.values():
            btn.setEnabled(self.exportable)

    @property
    def exportable(self) -> bool:
        """Whether there is a result of the input the user has now to export (the page's
        buttons and the File > Export menu both ask)."""
        return self.shown is not None and not self.stale

    def show_failure(self, text: str) -> None:
        self._status()

    def show_result(self, result: PlanResult | None) -> None:
        v = self.view
        self.shown = result
        self._status()
        has = result is not None
        v.rec_card.setVisible(has)
        v.plans.setVisible(has)
        v.plans_caption.setVisible(has)
        v.tabs.setVisible(has)
        # Only the plot on screen is redrawn now (the three took ~15 ms of every update); the
        # others are redrawn when their tab is opened.
        plots = self.plots if has else (self._plots or {})
        self._plot_stale = {name: True for name in plots}
        if has:
            self._refresh_plot_on_screen()
        else:
            for plot in plots.values():
                plot.update(None)
        if result is None:
            self.plans_model.set_result(None, self.palette.muted)
            return
        # core's sentences, in the language now installed (they re-render on LanguageChange)
        headline = core_text(result.recommendation)
        v.headline.setText(headline)
        set_cjk(v.headline, has_cjk(headline))
        v.reasons.setText("<ul style='margin-left:-20px'>" + "".join(
            f"<li>{_html(core_text(r))}</li>" for r in result.top_reasons) + "</ul>")
        v.reasons.setVisible(bool(result.top_reasons))
        if result.alternatives:
            v.alternatives.setText(t("Why not the others:") + "<ul style='margin-left:-20px'>"
                                   + "".join(f"<li>{_html(core_text(a))}</li>"
                                             for a in result.alternatives)
                                   + "</ul>")
        v.alternatives.setVisible(bool(result.alternatives))
        # The two inputs that move the decision most; the heading is one of core's templates
        # (app.report.text.MOVES_HEAD), translated with them in core_zh_CN.ts.
        moves = result.sensitivity[:SENSITIVITY_LINES]
        v.sensitivity.setText(_html(core_translate("What moves the decision most"))
                              + "<ul style='margin-left:-20px'>"
                              + "".join(f"<li>{_html(core_text(s.detail))}</li>" for s in moves)
                              + "</ul>")
        v.sensitivity.setVisible(bool(moves))
        prov = result.provenance
        dated = fmt.prices_as_of(self.session.catalogs.offers,
                                 self.session.catalogs.provider_names)
        dated = dated or t("Prices as of %1").replace("%1", core_text(prov.price_snapshot_date))
        warnings = getattr(result, "price_warnings", ())
        if warnings:
            # a price the plan uses is older than 90 days: say so, and offer what mends it (the
            # refresh for a cloud price; Settings for the electricity price, which no refresh
            # fetches)
            kinds = {getattr(w, "template", "") for w in warnings}
            links = []
            if kinds - {wording.STALE_TARIFF}:
                links.append(f"<a href='refresh'>{_html(t('Refresh prices now'))}</a>")
            if wording.STALE_TARIFF in kinds:
                links.append(f"<a href='settings'>{_html(t('Enter your electricity price'))}</a>")
            v.prices.setText("".join(f"<p><b>{_html(core_text(w))}</b></p>" for w in warnings)
                             + f"<p>{' · '.join(links)}</p><p>{_html(dated)}</p>")
        else:
            v.prices.setText(_html(dated))
        self._fill_plans(result)

    def _fill_plans(self, result: PlanResult) -> None:
        self.plans_model.set_result(result, self.palette.muted)

    # ---- export -----------------------------------------------------------------------------
    def plot_images(self, width: int = 1440) -> dict[str, QImage]:
        """Each plot as a PNG-ready image in the light theme (reports are printed on white)."""
        from app.gui.plots.images import report_images

        return report_images(self.result, width) if self.result is not None else {}

    def export_to(self, kind: str, path: Path) -> None:
        result = self.result
        if result is None:
            raise ValueError("there are no results to export yet")
        if kind == "json":
            write_json(result, path)
        elif kind == "csv":
            write_csv(result, path)
        elif kind == "html":
            export.export_html(path, result, self.plot_images(), self.session.catalogs)
        elif kind == "pdf":
            export.export_pdf(path, result, self.plot_images(), self._report_font(),
                              self.session.catalogs)
        else:
            raise ValueError(f"unknown export format '{kind}'")

    @staticmethod
    def _report_font() -> str:
        from app.gui.i18n import preferred_cjk_family

        return preferred_cjk_family()

    def export_dialog(self, kind: str) -> None:
        if self.result is None:  # the menu's exports come here too: say why there is none
            self.say(t("The results are out of date: correct or undo the last change to "
                       "export them") if self.stale else t("No results to export yet"), 5000)
            return
        filters = {"pdf": t("PDF report (*.pdf)"), "html": t("HTML report (*.html)"),
                   "csv": t("CSV table (*.csv)"), "json": t("JSON data (*.json)")}
        base = self.project.path.stem if self.project.path else "rigsizer-report"
        name, _ = QFileDialog.getSaveFileName(self.view, t("Export"),
                                              str(Path.home() / f"{base}.{kind}"), filters[kind])
        if not name:
            return
        # the suffix added to the name typed; a file already under that name is replaced only
        # when the user says so (the dialog checked just the name typed)
        confirmed = export.confirmed_save_path(self.view, name, f".{kind}")
        if confirmed is None:
            return
        path = confirmed
        try:
            self.export_to(kind, path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self.view, t("Export failed"), fmt.failure_text(exc, path))
            return
        self.say(t("Saved %1").replace("%1", str(path)), 5000)


def _banner_style(p: Palette) -> str:
    """The out-of-date banner: the theme's warning colour, as a tinted box with a bar."""
    tint = QColor(p.warn)
    tint.setAlphaF(0.14)
    return (f"QLabel {{ color: {p.text}; background: {tint.name(QColor.NameFormat.HexArgb)}; "
            f"border: 1px solid {p.warn}; border-left: 5px solid {p.warn}; "
            "border-radius: 6px; padding: 8px 12px; }")


def _html(text: str) -> str:
    import html

    return html.escape(text)
