"""Results page: the recommendation card, the plans table and the plots."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.views.common import Page, ReadableColumns, WheelToPage, card, label

PLAN_COLUMNS = 7


class ResultsView(Page):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
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
            self.columns = ReadableColumns(self.plans, stretch=(0,))
        self.columns.schedule()

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
        for fmt, tip in (("pdf", self.tr("Save a PDF report with plots and sources")),
                         ("html", self.tr("Save the report as one HTML file")),
                         ("csv", self.tr("Save every plan and workload as a table for Excel")),
                         ("json", self.tr("Save inputs, results and sources as JSON"))):
            self.export_buttons[fmt].setToolTip(tip)
        self.rec_caption.setText(self.tr("Our recommendation"))
        self.plans_caption.setText(self.tr("Every option"))
        self.plan_headers = [
            self.tr("Plan"), self.tr("Monthly cost"), self.tr("p10–p90"), self.tr("Up front"),
            self.tr("Slowest / limit"), self.tr("Meets your limits"), self.tr("Break-even")]
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
