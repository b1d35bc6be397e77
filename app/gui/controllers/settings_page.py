"""Settings page: project limits go into the profile (undoable); look and language apply at once."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidgetItem

from app.gui import format as fmt
from app.gui.i18n import LANGUAGES, label_text
from app.gui.views.settings_view import SettingsView
from app.gui.views.work_view import FieldRow
from core.prices.store import stale_age
from core.schema.workload import PROFILE_RANGES

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.gui.appearance import Appearance
    from app.gui.project import Project
    from app.gui.session import Session
    from core.catalogs.value import Catalogs
    from core.schema import Profile

CURRENCIES = ("USD", "CNY", "EUR")
# The planner refuses a power supply under 1 W, which a profile file's key alone (above 0)
# would let through.
PSU_MIN_W = PROFILE_RANGES["psu_w"][0]


def t(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def number_of(text: str, key: str) -> tuple[float | None, str]:
    """(value, "") for what a limit field holds, None for empty (no limit); (None, message)
    when the text is no number or breaks the limits of the profile file's `key`."""
    from core.catalogs.profiles import PROFILE_KEY

    limits = PROFILE_KEY[key]
    value, message = fmt.parse_number(text)
    if message:
        return None, message
    if value is None:  # empty: no limit, except the hours, which always have a value
        return None, t("Enter a number") if key == "hours_per_day_online" else ""
    if key == "budget_usd":
        # A file may say 0; here empty is "no limit", and a typed 0 is read by many as the same
        # thing, so the window asks for a budget above 0.
        limits = dataclasses.replace(limits, nonnegative=False)
    error = fmt.limit_error(value, limits, low=PSU_MIN_W if key == "psu_w" else None)
    return (None, error) if error else (value, "")


class SettingsPage:
    """Project limits go through `project.edit`; theme and language through `appearance`.
    `say(text, ms)` shows a status-bar message; `refresh_prices()` runs the Refresh prices
    action, whose progress and result the window shows here (show_refreshing, ...)."""

    def __init__(self, session: Session, project: Project, appearance: Appearance,
                 say: Callable[[str, int], None], refresh_prices: Callable[[], object]) -> None:
        self.session = session
        self.project = project
        self.appearance = appearance
        self.say = say
        self.view = SettingsView()
        v = self.view
        self._loading = False
        for code in CURRENCIES:
            v.currency.addItem(code, code)
        v.language.addItem(t("Follow the system"), "system")
        for code, name in LANGUAGES.items():
            v.language.addItem(name, code)
        v.theme.activated.connect(lambda _i: appearance.set_theme(v.theme.currentData()))
        v.language.activated.connect(
            lambda _i: appearance.set_language(v.language.currentData()))
        # the look can change from outside this page too (the window's own calls)
        appearance.theme_changed.connect(lambda _p: self.sync_app_settings())
        appearance.language_changed.connect(lambda _c: self.sync_app_settings())
        self.sync_app_settings()
        v.region.activated.connect(lambda _i: self.commit("region", v.region.currentData()))
        v.currency.activated.connect(lambda _i: self.commit("currency", v.currency.currentData()))
        v.form_factor.activated.connect(
            lambda _i: self.commit("form_factor", v.form_factor.currentData()))
        v.horizon.editingFinished.connect(lambda: self.commit("horizon_months", v.horizon.value()))
        v.confidence.editingFinished.connect(self.commit_confidence)
        for row, key in ((v.budget, "budget_usd"), (v.psu, "psu_w"),
                         (v.hours_online, "hours_per_day_online")):
            edit = row.edit
            assert isinstance(edit, QLineEdit)
            edit.editingFinished.connect(lambda r=row, k=key: self.commit_number(r, k))
        v.providers.itemChanged.connect(self.commit_providers)
        v.refresh_button.clicked.connect(lambda: refresh_prices())
        from app.gui.own_data import OwnDataBox  # core.plan (numpy) only once the page is built

        self.own = OwnDataBox(session, project, say)  # your kWh price, card prices, models
        v.project_form.addRow(self.own)
        self.session.catalogs_ready.connect(self._fill_catalogs)
        self.session.profile_changed.connect(self.show_profile)
        v.retranslated.connect(self._retranslate)

    def sync_app_settings(self) -> None:
        """Show the theme and language in effect (they can change from outside this page)."""
        v = self.view
        settings = self.appearance.settings
        for combo, value in ((v.theme, settings.theme), (v.language, settings.language)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    # ---- live prices (the window runs the refresh; this page shows where it stands) --------
    def show_prices(self) -> None:
        from app.gui.format import price_source_lines

        cats = self.session.catalogs
        lines = price_source_lines(cats.price_info, cats.price_info_age_s())
        self.view.prices_info.setText("\n".join(lines) if lines else t("No cloud prices loaded."))

    def show_refreshing(self, busy: bool) -> None:
        v = self.view
        v.refresh_button.setEnabled(not busy)
        v.refresh_progress.setVisible(busy)
        if busy:
            self.show_refresh_result(t("Fetching current prices…"), ok=True)

    def show_refresh_result(self, message: str, *, ok: bool) -> None:
        v = self.view
        v.refresh_result.setObjectName("muted" if ok else "error")
        v.refresh_result.setText(message)
        v.refresh_result.show()
        # The style sheet picks colours by object name: polish again after changing it.
        v.refresh_result.style().unpolish(v.refresh_result)
        v.refresh_result.style().polish(v.refresh_result)

    def _retranslate(self) -> None:
        v = self.view
        v.language.setItemText(0, t("Follow the system"))
        self.own.retranslate()
        self.show_prices()
        self._fill_catalogs(self.session.catalogs)
        if self.session.profile is not None:
            self.show_profile(self.session.profile)

    def _fill_catalogs(self, cats: Catalogs) -> None:
        v = self.view
        self._loading = True
        v.region.clear()
        names = [cats.tariffs[key].region for key in cats.tariffs]
        for key in sorted(cats.tariffs, key=lambda k: (cats.tariffs[k].region, k)):
            region = cats.tariffs[key].region
            # the region's name (in the reader's language); its code only where two tariffs
            # share a name
            shown = label_text(region)
            v.region.addItem(shown if names.count(region) == 1 else f"{shown} ({key})", key)
        v.providers.clear()
        for provider in cats.provider_ids:
            # the provider's own name ("Google Cloud", "Vast.ai"); its id is the item's data
            item = QListWidgetItem(cats.provider_names.get(provider, provider))
            item.setData(Qt.ItemDataRole.UserRole, provider)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            v.providers.addItem(item)
        self._loading = False
        from app.gui.format import prices_as_of

        v.providers_note.setText(prices_as_of(cats.offers, cats.provider_names))
        self.own.set_catalogs(cats)
        if self.session.profile is not None:
            self.show_profile(self.session.profile)

    def show_profile(self, p: Profile) -> None:
        v = self.view
        self._loading = True
        try:
            self._select(v.region, p.region)
            self._select(v.currency, p.currency)
            self._select(v.form_factor, p.form_factor)
            v.horizon.setValue(p.horizon_months)
            v.confidence.setValue(round(p.deadline_confidence * 100))
            ccy = self._budget_currency(p)
            v.set_budget_currency(ccy)
            budget = self._from_usd(p.budget_usd, ccy)
            for row, value in ((v.budget, budget), (v.psu, p.psu_w),
                               (v.hours_online, p.hours_per_day_online)):
                edit = row.edit
                assert isinstance(edit, QLineEdit)
                # to the cent, never in e-notation ("{:g}" showed 13305.8 for ¥13,305.82, which
                # read back as another budget, and 1.33058e+06)
                edit.setText("" if value is None else f"{value:.2f}".rstrip("0").rstrip("."))
                self._error(row, "")
            # ticked = compared; a profile with no list compares every provider (all ticked)
            chosen = set(p.providers)
            for i in range(v.providers.count()):
                item = v.providers.item(i)
                ticked = not chosen or item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.own.show_profile(p)
            from app.gui.own_data import kwh_currency

            tariff = self.session.catalogs.tariffs.get(p.region)
            if p.electricity_price_per_kwh is not None:
                v.tariff_note.setText(t("Your own price: %1 %2 per kWh").replace(
                    "%1", f"{p.electricity_price_per_kwh:g}").replace(
                    "%2", kwh_currency(p, self.session.catalogs)))
            elif tariff is not None:
                age = stale_age(tariff.date) if tariff.date else None
                # older than the 90 days a price is trusted for: its age, and what to do
                text = (t("%1 %2 per kWh, as of %3 (%4)") if age is None else
                        t("%1 %2 per kWh, as of %3, %5 days ago: enter your own price below if "
                          "yours differs (%4)"))
                v.tariff_note.setText(text.replace("%1", f"{tariff.flat_price_per_kwh:.3f}")
                                      .replace("%2", tariff.currency)
                                      .replace("%3", tariff.date)
                                      .replace("%4", tariff.source)
                                      .replace("%5", str(int(age or 0))))
            else:
                v.tariff_note.setText(t("No tariff known for region '%1'").replace(
                    "%1", p.region))
        finally:
            self._loading = False

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index < 0 and data is not None:
            combo.addItem(str(data), data)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    @staticmethod
    def _error(row: FieldRow, message: str) -> None:
        row.error.setText(message)
        row.error.setVisible(bool(message))

    def commit(self, key: str, value: Any) -> None:
        p = self.session.profile
        if self._loading or p is None or value is None or getattr(p, key) == value:
            return
        caption = {"region": "region", "currency": "currency", "form_factor": "form_factor",
                   "horizon_months": "horizon", "providers": "providers",
                   "deadline_confidence": "confidence"}[key]
        changes: dict[str, Any] = {key: value}
        from app.gui.own_data import kwh_currency, kwh_following

        if key == "currency":  # the own kWh price keeps its meaning, in one undo step
            changes.update(kwh_following(p, value, self.session.catalogs))
        self.project.edit(dataclasses.replace(p, **changes),
                          t("Change %1").replace("%1", self.view.captions[caption].text()))
        if "electricity_price_per_kwh" in changes:
            self.say(t("Your electricity price %1 %2 per kWh is now %3 %4 per kWh (the same "
                       "price, converted)").replace("%1", f"{p.electricity_price_per_kwh:g}")
                     .replace("%2", kwh_currency(p, self.session.catalogs))
                     .replace("%3", f"{changes['electricity_price_per_kwh']:g}")
                     .replace("%4", value), 10_000)

    def commit_confidence(self) -> None:
        """The spin box shows whole percent: leaving it unchanged keeps a finer saved value
        (0.925 from a hand-written file) rather than rounding it."""
        p = self.session.profile
        percent = self.view.confidence.value()
        if p is not None and round(p.deadline_confidence * 100) != percent:
            self.commit("deadline_confidence", percent / 100)

    def commit_number(self, row: FieldRow, key: str) -> bool:
        """Apply a number field; a value a profile file or the planner would refuse gets its
        message beside the field and changes nothing (as the My work fields do)."""
        edit = row.edit
        assert isinstance(edit, QLineEdit)
        value, message = number_of(edit.text(), key)
        self._error(row, message)
        if message:
            return False
        p = self.session.profile
        if key == "budget_usd" and p is not None and value is not None:
            # typed in the project's currency; kept in US dollars, as the file writes it
            ccy = self._budget_currency(p)
            if self._from_usd(p.budget_usd, ccy) == value:
                return True  # the same budget, not a conversion's rounding of it
            value = fmt.to_usd(value, ccy, self.session.catalogs.rates)
        if self._loading or p is None or getattr(p, key) == value:
            return True
        caption = {"budget_usd": "budget", "psu_w": "psu",
                   "hours_per_day_online": "hours_online"}[key]
        changes: dict[str, Any] = {key: value}
        self.project.edit(dataclasses.replace(p, **changes),
                          t("Change %1").replace("%1", self.view.captions[caption].text()))
        return True

    # ---- the budget in the project's currency (the file keeps US dollars) -----------------
    def _budget_currency(self, p: Profile) -> str:
        return fmt.entry_currency(p.currency, self.session.catalogs.rates)

    def _from_usd(self, usd: float | None, ccy: str) -> float | None:
        """A budget in US dollars as shown in `ccy`: to the cent, so it reads back the same."""
        shown = None if usd is None else fmt.convert(usd, ccy, self.session.catalogs.rates)
        return None if shown is None else round(shown, 2)

    def commit_providers(self, changed: QListWidgetItem | None = None) -> None:
        """Ticked providers are compared. All ticked is saved as no list (every provider,
        including ones a later price update adds); the last tick cannot be removed (no cloud
        at all is said per workload, with Private)."""
        v = self.view
        if self._loading:
            return
        items = [v.providers.item(i) for i in range(v.providers.count())]
        chosen = tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                       if item.checkState() == Qt.CheckState.Checked)
        if not chosen and changed is not None:
            self._loading = True
            changed.setCheckState(Qt.CheckState.Checked)
            self._loading = False
            self.say(t(
                "At least one cloud provider stays ticked; to keep a job off the cloud, mark "
                "it Private on My work."), 8000)
            return
        self.commit("providers", () if len(chosen) == len(items) else chosen)
