"""Your own figures (on the Settings page): your electricity price, what you would pay for a
card, and models the catalog does not have.

Self-contained: `OwnDataBox(session, project, say)` is the widget and its logic. It changes the
profile only through `project.edit` (so Undo works and the project is marked changed); the profile
file keeps the same figures (`electricity_price_per_kwh`, `[gpu_prices]`, `[[model]]`, see
docs/examples/custom_model.toml). A model is checked by core.catalogs.custom_models, the same
code that reads profile files, so the window and the file accept the same models.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.views.common import label, one_line_text
from app.gui.views.settings_view import wrapping_form
from app.gui.views.work_view import kind_name
from core.catalogs import wording as say_file
from core.catalogs._validate import Key
from core.catalogs.profile_sections import MAX_GPU_PRICE_USD
from core.catalogs.text_fields import MAX_NAME_CHARS
from core.plan.options import unpriced_cards
from core.schema.message import Message

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.gui.project import Project
    from app.gui.session import Session
    from core.catalogs.value import Catalogs
    from core.schema import GpuSpec, Profile
    from core.schema.model import ModelSpec
    from core.schema.tariff import CurrencyRates

PRICE_KINDS = ("street", "used", "machine", "launch")
# A card price as a profile file's [gpu_prices] holds it (core.catalogs.profile_sections).
GPU_PRICE = Key("gpu_prices", "number", maximum=MAX_GPU_PRICE_USD)


def t(text: str) -> str:
    return QCoreApplication.translate("OwnData", text)


def kwh_currency(p: Profile, cats: Catalogs) -> str:
    """The currency the own kWh price is in, or a new one is read in, as the planner reads it
    (core.catalogs.tariffs.own_price_currency)."""
    from core.catalogs.tariffs import own_price_currency

    return own_price_currency(p.region, cats.tariffs, p.electricity_currency)


def kwh_following(p: Profile, currency: str, cats: Catalogs) -> dict[str, Any]:
    """The changes that carry the own kWh price into the results `currency` when it changes.

    The Currency row changes how money is shown, never what anything costs: an own price
    typed as 0.6 USD stays the same real price, now written in CNY, so no plan moves on a
    change of display. Keeping the number and changing its unit (0.6 CNY) would silently make
    electricity several times cheaper; keeping it in USD left a USD figure, with no unit shown,
    among CNY results. The new figure is shown beside the field with its unit, and the status
    bar says it was converted. No rate for either currency: nothing is changed."""
    own, was = p.electricity_price_per_kwh, kwh_currency(p, cats)
    rates = cats.rates
    if own is None or was == currency or rates is None:
        return {}
    if was not in rates.per_usd or currency not in rates.per_usd:
        return {}
    # four significant figures: finer than any tariff, and no 3.99215 in the field
    return {"electricity_price_per_kwh": float(f"{rates.convert(own, was, currency):.4g}"),
            "electricity_currency": currency}


def catalog_price_text(gpu: GpuSpec, currency: str = "USD",
                       rates: CurrencyRates | None = None) -> str:
    """'Catalog: $2,699 new, as of 2026-06-22' (in `currency` where `rates` know it) or why
    there is no catalog price."""
    price = gpu.purchase_price()
    if price is None and (gpu.form_factor == "laptop" or gpu.vendor == "apple"):
        # a laptop GPU or an Apple chip is bought as a whole computer, and costed as one
        return t("No dated price in the catalog: enter what you would pay for the whole "
                 "computer to plan buying it.")
    if price is None:
        return t("No dated price in the catalog: enter what you would pay to plan buying it.")
    kind = {"street": t("new"), "used": t("used"), "machine": t("whole computer"),
            "launch": t("launch price")}.get(price.kind, price.kind)
    return (t("Catalog: %1 %2, as of %3").replace("%1", fmt.usd_money(price.usd, currency, rates))
            .replace("%2", kind).replace("%3", price.date or "?"))


class ModelDialog(QDialog):
    """Describe a model: like a catalog model, with its own size and defaults."""

    def __init__(self, parent: QWidget | None, catalog: Catalogs, taken: set[str]) -> None:
        super().__init__(parent)
        self.catalog, self.taken = catalog, taken
        self.setWindowTitle(t("Describe a model"))
        form = QFormLayout(self)
        self.ident = QLineEdit()
        self.name = QLineEdit()
        for edit in (self.ident, self.name):  # what a profile file may hold
            edit.setMaxLength(MAX_NAME_CHARS)
            edit.setValidator(one_line_text(edit))
        self.like = QComboBox()
        for m in sorted(catalog.models.values(), key=lambda m: (m.kind, m.name)):
            if m.kind in ("image", "video", "llm"):  # its kind as My work names it
                self.like.addItem(t("%1 (%2)").replace("%2", kind_name(m.kind))
                                  .replace("%1", m.name), m.id)
        self.like.currentIndexChanged.connect(self._defaults)
        form.addRow(t("Short name (id)"), self.ident)
        form.addRow(t("Name"), self.name)
        form.addRow(t("Architecture like"), self.like)
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, str] = {}
        fields = (("params_b", t("Parameters (billions)")),
                  ("active_params_b", t("Active parameters (billions, mixture of experts)")),
                  ("default_width", t("Width (pixels)")),
                  ("default_height", t("Height (pixels)")),
                  ("default_frames", t("Frames (video)")), ("default_steps", t("Steps")))
        for key, caption in fields:
            self.edits[key] = QLineEdit()
            self.captions[key] = caption
            form.addRow(caption, self.edits[key])
        self.cfg = QCheckBox(t("Uses guidance (CFG): two passes per step"))
        form.addRow("", self.cfg)
        self.error = label("error", wrap=True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.model: ModelSpec | None = None
        self._defaults()

    def _defaults(self) -> None:
        """Fill the fields from the family, so only what differs needs typing."""
        base = self.catalog.models.get(self.like.currentData())
        if base is None:
            return
        values = {"params_b": base.params / 1e9,
                  "active_params_b": (base.active_params or 0) / 1e9,
                  "default_width": base.default_width, "default_height": base.default_height,
                  "default_frames": base.default_frames, "default_steps": base.default_steps}
        for key, value in values.items():
            self.edits[key].setText(f"{value:g}" if value else "")
        self.cfg.setChecked(base.default_cfg)

    def number_error(self) -> str:
        """"Parameters (billions): <why>" for the first number field that reads as no number
        (by the one reader every number field uses), else ""."""
        for key, edit in self.edits.items():
            _value, message = fmt.parse_number(edit.text())
            if message:
                return t("%1: %2").replace("%2", message).replace("%1", self.captions[key])
        return ""

    def raw(self) -> dict[str, Any]:
        """The profile's [[model]] table for what the dialog holds (its number fields read;
        `number_error` says which cannot be)."""
        raw: dict[str, Any] = {"id": self.ident.text().strip(), "like": self.like.currentData(),
                               "default_cfg": self.cfg.isChecked()}
        if self.name.text().strip():
            raw["name"] = self.name.text().strip()
        for key, edit in self.edits.items():
            value, _message = fmt.parse_number(edit.text())
            if value is None:
                continue
            whole = key.startswith("default_") and value.is_integer()
            raw[key] = int(value) if whole else value
        return raw

    def _accept(self) -> None:
        from core.catalogs._validate import CatalogError
        from core.catalogs.custom_models import custom_model

        if message := self.number_error():
            self._fail(message)
            return
        raw = self.raw()
        if raw["id"] in self.taken:
            self._fail(t("You already have a model with this short name."))
            return
        try:
            self.model = custom_model(raw, t("this model"), 0, self.catalog.models)
        except CatalogError as exc:
            self._fail(core_text(Message(say_file.KEY_ONLY, key=exc.key, problem=exc.problem)
                                 if exc.key else exc.problem))
            return
        self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def chosen(items: QListWidget) -> QListWidgetItem | None:
    """The row selected in `items`, if one is (the current row may be left unselected)."""
    selected = items.selectedItems()
    return selected[0] if selected else None


class OwnDataBox(QWidget):
    def __init__(self, session: Session, project: Project,
                 say: Callable[[str, int], None]) -> None:
        super().__init__()
        self.session = session
        self.project = project
        self.say = say  # a status-bar message, shown for so many ms
        self._loading = False
        self._picked = False  # the user chose a card in the price row: keep their choice
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = label("h2")
        self.hint = label("muted", wrap=True)
        lay.addWidget(self.title)
        lay.addWidget(self.hint)
        form = wrapping_form()  # in a narrow window a caption goes above its field
        # electricity
        self.kwh = QLineEdit()
        self.kwh.setMaximumWidth(self.kwh.fontMetrics().horizontalAdvance("8" * 16))
        self.kwh_unit = label("muted")  # "CNY/kWh": the currency the number is in
        self.kwh_error = label("error", wrap=True)
        self.kwh_error.hide()
        self.kwh_caption = label()
        kwh_row = QHBoxLayout()
        kwh_row.addWidget(self.kwh, 1)
        kwh_row.addWidget(self.kwh_unit)
        kwh_row.addStretch(1)
        form.addRow(self.kwh_caption, kwh_row)
        form.addRow("", self.kwh_error)
        # card prices
        self.gpu = QComboBox()
        # sized for a typical name, not the longest ("RTX PRO 6000 Blackwell Max-Q Workstation
        # Edition" pushed the page wider than the window and squeezed the price to "U...")
        self.gpu.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.gpu.setMinimumContentsLength(18)
        self.gpu_price = QLineEdit()
        self.gpu_price.setMinimumWidth(self.gpu_price.fontMetrics().horizontalAdvance("8" * 9))
        self.set_price = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.gpu, 3)
        row.addWidget(self.gpu_price, 1)
        row.addWidget(self.set_price)
        self.gpu_caption = label()
        form.addRow(self.gpu_caption, row)
        self.price_error = label("error", wrap=True)  # a refused price, until a good one
        self.price_error.hide()
        form.addRow("", self.price_error)
        self.gpu_note = label("muted", wrap=True)
        form.addRow("", self.gpu_note)
        self.prices = QListWidget()
        self.prices.setMaximumHeight(90)
        self.remove_price = QPushButton()
        form.addRow("", self.prices)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_price)
        remove_row.addStretch(1)
        form.addRow("", remove_row)
        # models
        self.models_caption = label()
        self.models = QListWidget()
        self.models.setMaximumHeight(90)
        self.add_model = QPushButton()
        self.remove_model = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_model)
        buttons.addWidget(self.remove_model)
        buttons.addStretch(1)
        form.addRow(self.models_caption, self.models)
        form.addRow("", buttons)
        lay.addLayout(form)
        self.kwh.editingFinished.connect(self.commit_kwh)
        self.gpu.currentIndexChanged.connect(self._show_catalog_price)
        self.gpu.activated.connect(self._user_picked)
        self.set_price.clicked.connect(self.commit_price)
        self.gpu_price.returnPressed.connect(self.commit_price)
        self.remove_price.clicked.connect(self.drop_price)
        self.add_model.clicked.connect(self.describe_model)
        self.remove_model.clicked.connect(self.drop_model)
        # a Remove button works on the row chosen in its list: without one it is off
        self.prices.itemSelectionChanged.connect(self._enable_removes)
        self.models.itemSelectionChanged.connect(self._enable_removes)
        self.retranslate()
        self._enable_removes()

    def retranslate(self) -> None:
        self.title.setText(t("Your own figures"))
        self.hint.setText(t("They replace the catalog's for this project and are saved in "
                            "the project file."))
        self.kwh_caption.setText(t("Electricity price per kWh"))
        self.kwh.setPlaceholderText(t("the region's tariff"))
        self._card_caption()
        self.set_price.setText(t("Set"))
        self.remove_price.setText(t("Remove price"))
        self.models_caption.setText(t("Your models"))
        self.add_model.setText(t("Describe a model…"))
        self.remove_model.setText(t("Remove model"))
        if self.session.profile is not None:
            self.show_profile(self.session.profile)

    # ---- showing ------------------------------------------------------------------------
    def set_catalogs(self, cats: Catalogs) -> None:
        self._loading = True
        current = self.gpu.currentData()
        self.gpu.clear()
        for g in sorted(cats.gpus, key=lambda g: g.name):
            if g.form_factor != "datacenter":
                self.gpu.addItem(g.name, g.id)
        self.gpu.setCurrentIndex(max(self.gpu.findData(current), 0))
        self._loading = False
        self._suggest_card()
        self._show_catalog_price()

    def _suggest_card(self) -> None:
        """Until the user picks a card, show the one the plans most likely miss: the fastest
        they could fit that has no dated price (as the plan's sentence names it), not the
        first name in the list ("Apple M1")."""
        p = self.session.profile
        if self._picked or p is None or not self.gpu.count():
            return
        missing = unpriced_cards(self.session.catalogs.gpus, p)
        at = self.gpu.findData(missing[0].id) if missing else -1
        if at >= 0:
            self.gpu.setCurrentIndex(at)  # its catalog note follows (currentIndexChanged)

    def show_profile(self, p: Profile) -> None:
        self._loading = True
        try:
            own = p.electricity_price_per_kwh
            ccy = kwh_currency(p, self.session.catalogs)
            self.kwh.setText("" if own is None else f"{own:g}")
            self.kwh_unit.setText(t("%1/kWh").replace("%1", ccy))
            self._card_caption()  # card prices follow the project's currency
            self.kwh.setToolTip(t("In %1; empty = the region's tariff").replace("%1", ccy))
            self.prices.clear()
            names = {g.id: g.name for g in self.session.catalogs.gpus}
            for gpu_id, usd in sorted(p.gpu_prices.items()):
                item = QListWidgetItem(t("%1: %2 (yours)").replace(
                    "%1", names.get(gpu_id, gpu_id)).replace("%2", self._card_money(usd)))
                item.setData(Qt.ItemDataRole.UserRole, gpu_id)
                self.prices.addItem(item)
            self.models.clear()
            for m in p.custom_models:
                item = QListWidgetItem(f"{m.name} ({m.id}, {m.params / 1e9:g} B)")
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                item.setToolTip(m.notes)
                self.models.addItem(item)
        finally:
            self._loading = False
        self._enable_removes()  # the lists were refilled with nothing chosen
        self._suggest_card()
        self._show_catalog_price()  # a price just entered or removed changes the note

    def _enable_removes(self) -> None:
        self.remove_price.setEnabled(chosen(self.prices) is not None)
        self.remove_model.setEnabled(chosen(self.models) is not None)

    def _user_picked(self) -> None:
        self._picked = True

    # ---- card prices in the project's currency (the file keeps US dollars) -----------------
    def _card_ccy(self) -> str:
        p = self.session.profile
        return fmt.entry_currency(p.currency if p is not None else "USD",
                                  self.session.catalogs.rates)

    def _card_caption(self) -> None:
        ccy = self._card_ccy()
        self.gpu_caption.setText(t("What you would pay for a card (%1)").replace("%1", ccy))
        self.gpu_price.setPlaceholderText(ccy)

    def _card_money(self, usd: float) -> str:
        return fmt.usd_money(usd, self._card_ccy(), self.session.catalogs.rates)

    def _show_catalog_price(self) -> None:
        g = self.session.catalogs.gpu(self.gpu.currentData()) if self.gpu.count() else None
        p = self.session.profile
        own = p.gpu_prices.get(g.id) if g is not None and p is not None else None
        if g is None:
            text = ""
        elif own is not None:
            # the price entered is the one weighed: "enter what you would pay" is done
            text = t("Your price, %1, is the one the plans weigh.").replace(
                "%1", self._card_money(own))
            if g.purchase_price() is not None:
                text += " " + catalog_price_text(g, self._card_ccy(), self.session.catalogs.rates)
        else:
            text = catalog_price_text(g, self._card_ccy(), self.session.catalogs.rates)
        self.gpu_note.setText(text)

    # ---- editing ------------------------------------------------------------------------
    def _edit(self, **changes: Any) -> None:
        p = self.session.profile
        if p is None or self._loading:
            return
        self.project.edit(dataclasses.replace(p, **changes), t("Change your own figures"))

    def commit_kwh(self) -> bool:
        """Apply the kWh price, read in the currency shown beside it; empty = the region's
        tariff. A bad value gets a message under the field and changes nothing."""
        from core.catalogs.profiles import PROFILE_KEY

        value, message = fmt.parse_number(self.kwh.text())
        if value is not None:
            message = fmt.limit_error(value, PROFILE_KEY["electricity_price_per_kwh"])
        if message:
            self.kwh_error.setText(message)
            self.kwh_error.show()
            return False
        self.kwh_error.hide()
        p = self.session.profile
        if p is None or p.electricity_price_per_kwh == value:
            return True
        currency = None if value is None else kwh_currency(p, self.session.catalogs)
        self._edit(electricity_price_per_kwh=value, electricity_currency=currency)
        return True

    def commit_price(self) -> bool:
        """Set the price typed (in the project's currency, kept in US dollars as the file's
        [gpu_prices]) for the chosen card; a bad one is said under the row."""
        p = self.session.profile
        gpu_id = self.gpu.currentData()
        ccy = self._card_ccy()
        typed, message = fmt.parse_number(self.gpu_price.text())
        rates = self.session.catalogs.rates
        usd = None if typed is None else fmt.to_usd(typed, ccy, rates)
        if typed is not None:
            # the limit in the currency typed (the file's is in dollars)
            message = fmt.limit_error(typed, dataclasses.replace(
                GPU_PRICE, maximum=fmt.convert(MAX_GPU_PRICE_USD, ccy, rates)))
        elif not message:
            message = t("Enter a price above 0 in %1").replace("%1", ccy)
        self.price_error.setText(message)
        self.price_error.setVisible(bool(message))
        if message or usd is None or p is None or gpu_id is None:
            return False
        self._picked = True  # the card stays shown with its new price
        self._edit(gpu_prices={**p.gpu_prices, gpu_id: usd})
        self.gpu_price.clear()
        return True

    def drop_price(self) -> None:
        p, item = self.session.profile, chosen(self.prices)
        if p is None or item is None:
            return
        gpu_id = item.data(Qt.ItemDataRole.UserRole)
        self._edit(gpu_prices={k: v for k, v in p.gpu_prices.items() if k != gpu_id})

    def describe_model(self) -> bool:
        p = self.session.profile
        if p is None:
            return False
        dialog = ModelDialog(self, self.session.catalogs, {m.id for m in p.custom_models})
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.model is None:
            return False
        self._edit(custom_models=(*p.custom_models, dialog.model))
        return True

    def drop_model(self) -> None:
        p, item = self.session.profile, chosen(self.models)
        if p is None or item is None:
            return
        ident = item.data(Qt.ItemDataRole.UserRole)
        if any(w.model == ident for w in p.workloads):
            self.say(t("A workload uses this model: give it another model first."), 8000)
            return
        self._edit(custom_models=tuple(m for m in p.custom_models if m.id != ident))


__all__ = ["ModelDialog", "OwnDataBox", "catalog_price_text"]
