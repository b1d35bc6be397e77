"""Settings page: the project's decision limits, and the app's look and language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gui.views.common import Page, card, label
from app.gui.views.work_view import FieldRow


def wrapping_form() -> QFormLayout:
    """A form whose long rows put the caption above the field in a narrow window, rather than
    keep both on one line wider than the page."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SettingsView(Page):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        self.title = label("h1")
        outer.addWidget(self.title)
        body = QWidget()
        # side by side when both cards fit, one above the other in a narrow window (760 px)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(14)

        project, pl = card()
        self.project_card = project
        self.project_title = label("h2")
        self.project_hint = label("muted", wrap=True)
        pl.addWidget(self.project_title)
        pl.addWidget(self.project_hint)
        self.project_form = wrapping_form()
        self.region = QComboBox()
        self.tariff_note = label("muted", wrap=True)
        self.currency = QComboBox()
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 120)
        self.budget = FieldRow("number")
        self.psu = FieldRow("number")
        self.form_factor = QComboBox()
        self.hours_online = FieldRow("number")
        self.confidence = QSpinBox()  # the profile's deadline_confidence, in percent
        self.confidence.setRange(50, 99)
        self.providers = QListWidget()
        self.providers.setMinimumHeight(120)
        self.providers_note = label("muted", wrap=True)
        # the currency the budget is typed in: the project's (the file keeps US dollars)
        self.budget_currency = "USD"
        self.captions = {k: label() for k in (
            "region", "currency", "horizon", "budget", "psu", "form_factor", "hours_online",
            "confidence", "providers")}
        for key, widget in (("region", self.region), ("currency", self.currency),
                            ("horizon", self.horizon), ("budget", self.budget),
                            ("psu", self.psu), ("form_factor", self.form_factor),
                            ("hours_online", self.hours_online),
                            ("confidence", self.confidence),
                            ("providers", self.providers)):
            notes = {"region": self.tariff_note, "providers": self.providers_note}
            if key in notes:
                # the note under its field in one box: as a form row of its own, a wrapped
                # label kept the height of a narrower layout (a blank band above and below)
                stack = QVBoxLayout()
                stack.setContentsMargins(0, 0, 0, 0)
                stack.addWidget(widget)
                stack.addWidget(notes[key])
                self.project_form.addRow(self.captions[key], stack)
            else:
                self.project_form.addRow(self.captions[key], widget)
        pl.addLayout(self.project_form)
        pl.addStretch(1)
        columns.addWidget(project, 3)

        app_card, al = card()
        self.app_card = app_card
        self.app_title = label("h2")
        al.addWidget(self.app_title)
        self.app_form = wrapping_form()
        self.theme = QComboBox()
        self.language = QComboBox()
        self.theme_caption = label()
        self.language_caption = label()
        self.app_form.addRow(self.theme_caption, self.theme)
        self.app_form.addRow(self.language_caption, self.language)
        al.addLayout(self.app_form)

        # Live prices: which snapshot is in use, how old, and the refresh button.
        self.prices_title = label("h2")
        self.prices_info = label("muted", wrap=True)
        prices_row = QHBoxLayout()
        self.refresh_button = QPushButton()
        self.refresh_progress = QProgressBar()
        self.refresh_progress.setRange(0, 0)
        self.refresh_progress.setTextVisible(False)
        self.refresh_progress.setMaximumHeight(10)
        self.refresh_progress.hide()
        prices_row.addWidget(self.refresh_button)
        prices_row.addWidget(self.refresh_progress, 1)
        prices_row.addStretch(1)  # the button keeps its own width while no progress shows
        self.refresh_result = label("muted", wrap=True)
        self.refresh_result.hide()
        al.addSpacing(12)
        al.addWidget(self.prices_title)
        al.addWidget(self.prices_info)
        al.addLayout(prices_row)
        al.addWidget(self.refresh_result)
        al.addStretch(1)
        columns.addWidget(app_card, 2)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.page_scroll = scroll
        scroll.viewport().installEventFilter(self)  # its width picks the columns' direction
        self.retranslate_ui()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's method name
        if obj is self.page_scroll.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Cards side by side only when both fit the visible width: wider than the window,
        the page scrolled sideways and cut the tariff note off on the right (at 760×540)."""
        need = (self.project_card.minimumSizeHint().width()
                + self.app_card.minimumSizeHint().width() + self.columns.spacing())
        wide = self.page_scroll.viewport().width() >= need
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def set_budget_currency(self, code: str) -> None:
        self.budget_currency = code
        self.captions["budget"].setText(self._budget_caption())

    def _budget_caption(self) -> str:
        return self.tr("Card budget (%1)").replace("%1", self.budget_currency)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.project_title.setText(self.tr("This project"))
        self.project_hint.setText(self.tr("Saved in the project file, like the workloads."))
        self.app_title.setText(self.tr("Application"))
        captions = {
            "region": (self.tr("Electricity region"),
                       self.tr("Where you live: sets the electricity price for local plans")),
            "currency": (self.tr("Currency"), self.tr("The currency results are shown in")),
            "horizon": (self.tr("Horizon"), self.tr(
                "How many months to compare costs over (a bought card is resold after it)")),
            "budget": (self._budget_caption(), self.tr(
                "The most you would spend on a new card; empty = no limit")),
            "psu": (self.tr("Power supply (W)"), self.tr(
                "Your power supply's rating: cards it cannot feed are left out; empty = no limit")),
            "form_factor": (self.tr("Computer"), self.tr("Desktop cards or laptops")),
            "hours_online": (self.tr("PC on per day (h)"), self.tr(
                "Hours a day your PC is switched on (idle power counts too)")),
            "confidence": (self.tr("Deadlines met by"), self.tr(
                "The share of jobs that must finish within their deadline for a plan to meet it "
                "(90% by default)")),
            "providers": (self.tr("Compare offers from"), self.tr(
                "Ticked providers' rental offers are compared; untick one to leave it out")),
        }
        for key, (text, tip) in captions.items():
            self.captions[key].setText(text)
            self.captions[key].setToolTip(tip)
        self.region.setToolTip(captions["region"][1])
        self.currency.setToolTip(captions["currency"][1])
        self.horizon.setToolTip(captions["horizon"][1])
        self.horizon.setSuffix(self.tr(" months"))
        self.confidence.setToolTip(captions["confidence"][1])
        self.confidence.setSuffix(self.tr("% of jobs"))
        for row, key in ((self.budget, "budget"), (self.psu, "psu"),
                         (self.hours_online, "hours_online")):
            row.edit.setToolTip(captions[key][1])
        self.budget.edit.setPlaceholderText(self.tr("no limit"))  # type: ignore[union-attr]
        self.psu.edit.setPlaceholderText(self.tr("no limit"))  # type: ignore[union-attr]
        self.providers.setToolTip(captions["providers"][1])
        self.prices_title.setText(self.tr("Cloud prices"))
        self.refresh_button.setText(self.tr("Refresh prices"))
        self.refresh_button.setToolTip(self.tr(
            "Fetch current Runpod GPU prices with your Runpod API key; the other providers keep "
            "their shipped snapshot"))
        self.theme_caption.setText(self.tr("Theme"))
        self.language_caption.setText(self.tr("Language"))
        self.theme.setToolTip(self.tr("Light, dark, or follow the system"))
        self.language.setToolTip(self.tr("Switches immediately, no restart needed"))
        self._set_items(self.theme, [("system", self.tr("Follow the system")),
                                     ("light", self.tr("Light")), ("dark", self.tr("Dark"))])
        self._set_items(self.form_factor, [("desktop", self.tr("Desktop")),
                                           ("laptop", self.tr("Laptop")),
                                           ("any", self.tr("Either"))])

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)


__all__ = ["QLineEdit", "SettingsView"]
