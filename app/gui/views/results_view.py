"""Results page: the recommendation card, the plans table and the plots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.views.common import Page, ReadableColumns, WheelToPage, card, label, scrolled

PLAN_COLUMNS = 7
# How much of the page's colour washes over results from before a failed plan (0-255): they
# stay readable, at about 40 % strength, and plainly not current.
STALE_WASH = 150


class Veil(QWidget):
    """A see-through wash of the page's colour over a widget (mouse events pass through:
    the table still scrolls and shows its tooltips). Painted over the widget rather than
    through a QGraphicsOpacityEffect, which drew the plots and the table header black."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.colour = QColor(255, 255, 255, STALE_WASH)
        target.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.resize(self.target.size())
        return False

    def cover(self, on: bool) -> None:
        self.setGeometry(self.target.rect())
        self.setVisible(on)
        self.raise_()  # above children added since (the plot tabs)

    def paintEvent(self, _event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), self.colour)


class ResultsView(Page):
    def __init__(self) -> None:
        super().__init__()
        scroll, body = scrolled(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 20, 24, 16)
        lay.setSpacing(12)

        head = QHBoxLayout()
        self.title = label("h1")
        head.addWidget(self.title)
        head.addStretch(1)
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt in ("pdf", "html", "csv", "json"):
            btn = QPushButton()
            self.export_buttons[fmt] = btn
            head.addWidget(btn)
        lay.addLayout(head)

        self.status = label("muted", wrap=True)
        lay.addWidget(self.status)
        # Shown over results that are out of date (the plan of the newest input failed).
        self.stale_banner = label("staleBanner", wrap=True)
        self.stale_banner.setTextFormat(Qt.TextFormat.RichText)
        self.stale_banner.hide()
        lay.addWidget(self.stale_banner)
        self.stale = False
        self.veils: list[Veil] = []  # made with the first out-of-date result

        rec, rl = card()
        self.rec_caption = label("muted")
        self.headline = label("headline", wrap=True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons = label(wrap=True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.alternatives = label("muted", wrap=True)
        self.alternatives.setTextFormat(Qt.TextFormat.RichText)
        # what moves the decision most (core's sensitivity sentences, filled by the controller)
        self.sensitivity = label("muted", wrap=True)
        self.sensitivity.setTextFormat(Qt.TextFormat.RichText)
        self.prices = label("muted", wrap=True)
        self.prices.setTextFormat(Qt.TextFormat.RichText)  # a stale-price warning has a link
        for w in (self.rec_caption, self.headline, self.reasons, self.alternatives,
                  self.sensitivity, self.prices):
            rl.addWidget(w)
        self.rec_card = rec
        lay.addWidget(rec)

        self.plans_caption = label("h2")
        lay.addWidget(self.plans_caption)
        self.plans = QTableView()
        self.plans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plans.setAlternatingRowColors(True)
        self.plans.verticalHeader().hide()
        self.plans.setMinimumHeight(220)
        self.plans.setTextElideMode(Qt.TextElideMode.ElideRight)
        lay.addWidget(self.plans)

        self.tabs = QTabWidget()
        self.tabs.setMinimumHeight(360)
        lay.addWidget(self.tabs, 1)
        self.columns: ReadableColumns | None = None
        self.wheel = WheelToPage(scroll)  # scrolling the page never stops at the table
        self.wheel.watch(self.plans)
        self.retranslate_ui()

    def configure_plan_columns(self) -> None:
        """Column sizing; call after the model is set. The plan names take the spare width
        (elided, the full name is in the tooltip), the numbers fit their text, and no header
        is cut: a narrow window scrolls sideways instead (ReadableColumns)."""
        hdr = self.plans.horizontalHeader()
        # A result can list hundreds of plans: size columns from the first rows only (the ones
        # on screen), or every result, restyle and relayout reads every cell. Measuring 40
        # rows read ~2,200 cells per update, a fifth of the time to show a result.
        hdr.setResizeContentsPrecision(16)
        if self.columns is None:
            # the plan's name first, then why it misses a limit (both elided, in full in
            # their tooltips)
            self.columns = ReadableColumns(self.plans, stretch=(0, 5), least_chars={0: 26},
                                           in_order=True)
        self.columns.schedule()

    def result_widgets(self) -> tuple[QWidget, ...]:
        """What shows a result: dimmed together when it is out of date."""
        return (self.rec_card, self.plans_caption, self.plans, self.tabs)

    def show_stale(self, banner_html: str, page_colour: str) -> None:
        """Mark the results shown as out of date, `banner_html` saying why ("": they are
        current). Washed over with `page_colour` rather than hidden: what the plan was before
        the change stays readable."""
        self.stale = bool(banner_html)
        self.stale_banner.setText(banner_html)
        self.stale_banner.setVisible(self.stale)
        if self.stale and not self.veils:
            self.veils = [Veil(w) for w in self.result_widgets()]
        for veil in self.veils:
            veil.colour = QColor(page_colour)
            veil.colour.setAlpha(STALE_WASH)
            veil.cover(self.stale)
        self._export_tips()

    def _export_tips(self) -> None:
        for fmt, tip in (("pdf", self.tr("Save a PDF report with plots and sources")),
                         ("html", self.tr("Save the report as one HTML file")),
                         ("csv", self.tr("Save every plan and workload as a table for Excel")),
                         ("json", self.tr("Save inputs, results and sources as JSON"))):
            self.export_buttons[fmt].setToolTip(tip if not self.stale else self.tr(
                "Export is off while the results are out of date: it comes back when the "
                "plan succeeds again"))

    def add_plot_tab(self, widget: QWidget) -> None:
        self.tabs.addTab(widget, "")
        if isinstance(widget, QAbstractScrollArea):
            self.wheel.watch(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Results"))
        self.export_buttons["pdf"].setText(self.tr("PDF"))
        self.export_buttons["html"].setText(self.tr("HTML"))
        self.export_buttons["csv"].setText(self.tr("CSV"))
        self.export_buttons["json"].setText(self.tr("JSON"))
        self._export_tips()
        self.rec_caption.setText(self.tr("Our recommendation"))
        self.plans_caption.setText(self.tr("Every option"))
        self.plan_headers = [
            self.tr("Plan"), self.tr("Monthly cost"), self.tr("p10–p90"), self.tr("Up front"),
            self.tr("Tightest job / limit"), self.tr("Meets your limits"), self.tr("Break-even")]
        self.plan_header_tips = [self.tr("Keep your card, buy one, rent in the cloud, or mix"),
                self.tr("Median cost per month over the horizon, purchase spread out and "
                        "resale deducted"),
                self.tr("8 in 10 outcomes fall in this range"),
                self.tr("Paid at the start (a card purchase)"),
                self.tr("The job closest to its deadline, at your deadline confidence, "
                        "and that deadline"),
                self.tr("Deadline, weekly hours and budget checks"),
                self.tr("When buying becomes cheaper than renting")]
        model = self.plans.model()
        if model is not None:  # the controller's model re-reads the header texts
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PLAN_COLUMNS - 1)
        names = (self.tr("Cost over time"), self.tr("Time per workload"),
                 self.tr("Break-even map"))
        for i in range(min(self.tabs.count(), len(names))):
            self.tabs.setTabText(i, names[i])
