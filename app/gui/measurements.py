"""My measurements (on the My machine page): paste what a tool printed, see what RigSizer read in
it as you type, add it to the project, and edit or delete what is there.

Self-contained: `MeasurementsPanel(session, project)` is the widget and its logic. It reads and
writes `profile.measurements` only through `project.edit` (so Undo works and the project is
marked changed), and the plan that follows says in its reasons which estimates they moved.
The text is read by core.measure.parse; a text that does not name its GPU is read as the
first GPU of this machine.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.gui import format as fmt
from app.gui.i18n import core_translate
from app.gui.views.common import card, fill_gpu_choice, label
from core.measure.wording import WINDOW_ASKS
from core.schema.message import format_number, render

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

    from app.gui.project import Project
    from app.gui.session import Session
    from core.catalogs.value import Catalogs
    from core.schema.measurement import Measurement

VALUE_COLUMN = 2


def window_words(template: str) -> str:
    """A reader's template in the window's language, its command-line options swapped for the
    dialog's own fields ("give it with --gpu" -> "set your GPU above")."""
    return core_translate(WINDOW_ASKS.get(template, template))


def t(text: str) -> str:
    return QCoreApplication.translate("Measurements", text)


def unit_text(metric: str) -> str:
    """A measurement's unit (core.schema.measurement.TASK_METRIC) in the window's language."""
    return {"it_per_s": t("it/s"), "tokens_per_s": t("tokens/s"), "seconds": t("s"),
            "opendata_score": t("samples/min")}.get(metric, metric)


def describe(m: Measurement, model: str | None = None) -> str:
    """'Stable Diffusion XL 1.0 · 1024×1024 · sampling loop' — the work a measurement is of,
    in a few words; `model`: its model's name (else its id)."""
    parts: list[str] = [model or m.model or {"cycles": "Blender Open Data",
                                             "render": t("Blender render")}.get(m.task, m.task)]
    if m.quant:
        parts.append(m.quant)
    if m.test:
        parts.append(m.test)
    if m.width and m.height:
        parts.append(f"{m.width}×{m.height}")
    if m.batch and m.batch > 1:
        parts.append(t("batch %1").replace("%1", str(m.batch)))
    if m.timing == "denoiser":
        parts.append(t("sampling loop"))
    elif m.timing == "job":
        parts.append(t("whole job"))
    if m.backend:
        parts.append(m.backend)
    if m.host == "server":
        parts.append(t("on a rented server"))
    return " · ".join(parts)


def min_value() -> float:
    """The smallest speed a measurements file may hold (core.measure.tables.MIN_VALUE)."""
    from core.measure.tables import MIN_VALUE

    return MIN_VALUE


def max_value() -> float:
    """The largest speed a measurements file may hold (the loader's limit, which also wants it
    above 0): an edited value keeps to it, or the project could not be saved. Read when needed:
    the loader's module is not needed to show the window."""
    from core.measure.tables import MEASUREMENT_KEYS

    return next(k.maximum for k in MEASUREMENT_KEYS if k.name == "value") or math.inf


def value_text(m: Measurement) -> str:
    """The speed in a sentence: three digits and the unit ("1.5 it/s", "5,000 tokens/s")."""
    return f"{format_number(m.value)} {unit_text(m.metric)}"


def every_digit(value: float, group: bool = True) -> str:
    """A number as kept, every digit and never in e-notation ("1,234,567", "0.000001");
    `group`: with thousands separators (not in the editor)."""
    text = f"{Decimal(repr(float(value))):{',' if group else ''}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def speed_text(m: Measurement) -> str:
    """The speed in the list: the value kept, every digit, and the unit ("1.5 it/s")."""
    return f"{every_digit(m.value)} {unit_text(m.metric)}"


# The sources the readers (core.measure.read_*) write into a measurement, in the window's
# language; the file keeps them in English, as written.
_EDITED = " (edited)"
_MEDIAN = re.compile(r"^(?P<source>.*) \(median of (?P<n>\d+)\)$")
_PROGRESS_BAR = re.compile(r"^(?P<ui>\S+) progress bar$")


def source_text(source: str) -> str:
    """A measurement's source as the list shows it ("Blender render time (edited)" ->
    "Blender 渲染时间（已修改）"); a source the readers do not write stays as it is."""
    edited = source.endswith(_EDITED)
    text = source.removesuffix(_EDITED)
    median = _MEDIAN.match(text)
    if median:
        text = median.group("source")
    bar = _PROGRESS_BAR.match(text)
    known = {"Blender render time": t("Blender render time"),
             "Blender Benchmark launcher JSON": t("Blender Benchmark launcher JSON"),
             "ComfyUI 'Prompt executed in'": t("ComfyUI “Prompt executed in”"),
             "llama.cpp timings": t("llama.cpp timings")}
    text = (t("%1 progress bar").replace("%1", bar.group("ui")) if bar
            else known.get(text, text))
    if median:
        text = t("%1 (median of %2)").replace("%2", median.group("n")).replace("%1", text)
    return t("%1 (edited)").replace("%1", text) if edited else text


class NumberEditor(QStyledItemDelegate):
    """The speed cell shows "1.5 it/s" but edits the bare number the cell's UserRole holds:
    what is typed is read as a number (MeasurementsPanel.set_value), so the unit stays out
    of the editor."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(editor, QLineEdit) and isinstance(value, float):
            editor.setText(every_digit(value, group=False))
        else:
            super().setEditorData(editor, index)


class MeasurementsPanel(QWidget):
    """The "My measurements" box."""

    def __init__(self, session: Session, project: Project) -> None:
        super().__init__()
        self.session = session
        self.project = project
        self.pending: tuple[Measurement, ...] = ()
        frame, box = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.title = label("h2")
        self.hint = label("muted", wrap=True)
        box.addWidget(self.title)
        box.addWidget(self.hint)
        # the paste and its preview above the list, which has the card's whole width: beside
        # them its five columns left the work a few letters ("F…")
        self.paste = QPlainTextEdit()
        self.paste.setMinimumHeight(60)
        self.paste.setMaximumHeight(90)
        box.addWidget(self.paste)
        row = QHBoxLayout()
        # the card it ran on, where the text does not name it: this machine's by default; a
        # reading from a rented pod names the card rented
        self.gpu_choice = QComboBox()
        self.gpu_choice.setEditable(True)  # type to search, as on the machine page
        self.gpu_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.gpu_choice.setMinimumWidth(160)
        row.addWidget(self.gpu_choice, 1)
        self.model_choice = QComboBox()
        self.model_choice.setMinimumWidth(160)
        row.addWidget(self.model_choice, 1)
        # a reading from a rented pod is compared with that card on a server (its CPU launches
        # the kernels and does a token's host work more slowly than a desktop's)
        self.rented = QCheckBox()
        row.addWidget(self.rented)
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.add_button.setEnabled(False)
        row.addWidget(self.add_button)
        box.addLayout(row)
        self.preview = label("muted", wrap=True)
        box.addWidget(self.preview)
        self.unread = label("warn", wrap=True)
        self.unread.hide()
        box.addWidget(self.unread)
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(100)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 160)  # the source can be long: its tooltip has it all
        self.table.setItemDelegateForColumn(VALUE_COLUMN, NumberEditor(self.table))
        box.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.table_error = label("error", wrap=True)
        self.table_error.hide()
        bottom.addWidget(self.table_error, 1)
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(False)
        bottom.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.read_paste)
        self.paste.textChanged.connect(self._timer.start)
        self.model_choice.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.rented.toggled.connect(lambda _on: self._timer.start())
        self.gpu_choice.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.add_button.clicked.connect(self.add_pending)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemChanged.connect(self._on_item_changed)
        self.session.profile_changed.connect(lambda _p: self.show_list())
        self.session.catalogs_ready.connect(self._fill_models)
        self.session.catalogs_ready.connect(self._fill_gpus)
        # the list names each card, and a paste is read, as the loaded catalogs say
        self.session.catalogs_ready.connect(lambda _c: self.show_list())
        self.session.catalogs_ready.connect(lambda _c: self._timer.start())
        self.retranslate_ui()
        self.show_list()

    # -- texts ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(t("My measurements"))
        self.hint.setText(t(
            "Paste what a tool printed: a ComfyUI, A1111 or Forge progress bar, Ollama's eval "
            "rate, a llama-bench table, a Blender render time or Blender Benchmark JSON. Your "
            "own speed makes the estimates for this card, and in part for other cards, better."))
        self.paste.setPlaceholderText(t(
            "e.g. 100%|##########| 20/20 [00:13<00:00,  1.50it/s]"))
        self.add_button.setText(t("Add to my measurements"))
        self.delete_button.setText(t("Delete selected"))
        self.table.setHorizontalHeaderLabels([t("GPU"), t("Work"), t("Speed"), t("Source"),
                                              t("Date")])
        if self.model_choice.count():
            self.model_choice.setItemText(0, t("Model: as the text says"))
        if self.gpu_choice.count():
            self.gpu_choice.setItemText(0, t("GPU: as the text says, else this PC's"))
        self.gpu_choice.setToolTip(t("The card that ran (a rented one, say): it replaces any "
                                     "card the pasted text names"))
        self.model_choice.setToolTip(t("The model that ran, when the pasted text does not "
                                       "say it"))
        self.rented.setText(t("On a rented server"))
        self.rented.setToolTip(t("Tick when this ran on a rented cloud pod: it is then compared "
                                 "with that card on a server, and moves the estimates for "
                                 "renting it more than those for owning one"))
        self.read_paste()
        self.show_list()  # the units are words of the language shown

    def changeEvent(self, event: QEvent) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_gpus(self, cats: Catalogs) -> None:
        self.gpu_choice.blockSignals(True)
        fill_gpu_choice(self.gpu_choice, getattr(cats, "gpus", ()) or (),
                        first=t("GPU: as the text says, else this PC's"))
        self.gpu_choice.blockSignals(False)

    def _fill_models(self, cats: Catalogs) -> None:
        combo = self.model_choice
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(t("Model: as the text says"), None)
        models = getattr(cats, "models", {})
        for m in sorted(models.values() if isinstance(models, Mapping) else models,
                        key=lambda m: (m.kind, m.name.lower())):
            if m.kind in ("image", "video", "llm"):
                combo.addItem(m.name, m.id)
        combo.blockSignals(False)

    # -- the paste box ------------------------------------------------------------------------
    def own_gpu(self) -> str | None:
        machine = self.session.machine
        for g in getattr(machine, "gpus", ()) or ():
            if g.spec is not None:
                return str(g.spec.id)
        return None

    def read_paste(self) -> tuple[Measurement, ...]:
        """Read the pasted text (live); returns the measurements found."""
        from datetime import date

        from core.measure.parse import Context, read_text

        text = self.paste.toPlainText()
        self.pending = ()
        if not text.strip():
            self.preview.setText("")
            self.unread.hide()
            self.add_button.setEnabled(False)
            return ()
        model = self.model_choice.currentData()
        chosen = self.gpu_choice.currentData()
        today = date.today().isoformat()
        host = "server" if self.rented.isChecked() else None
        reading = read_text(text, Context(gpu=chosen, model=model, date=today, host=host),
                            self.session.catalogs)
        # a text that names no card ran on this PC's, unless it ran on a rented one
        own = None if chosen or host else self.own_gpu()
        if own and not reading.measurements:
            reading = read_text(text, Context(gpu=own, model=model, date=today, host=host),
                                self.session.catalogs)
        self.pending = reading.measurements
        if self.pending:
            self.preview.setText(t("Found: %1").replace("%1", t("; ").join(
                t("%1 on %2: %3").replace("%3", value_text(m))
                .replace("%2", self._gpu_name(m.gpu))
                .replace("%1", describe(m, self._model_name(m.model)))
                for m in self.pending)))
        else:
            self.preview.setText(t("Nothing to add yet."))
        self.unread.setText("\n".join(render(u, window_words) for u in reading.unread))
        self.unread.setVisible(bool(reading.unread))
        self.add_button.setEnabled(bool(self.pending) and self.session.profile is not None)
        return self.pending

    def add_pending(self) -> bool:
        profile = self.session.profile
        if not self.pending or profile is None:
            return False
        new = dataclasses.replace(profile, measurements=profile.measurements + self.pending)
        self.project.edit(new, t("Add measurements"))
        self.paste.clear()
        self.rented.setChecked(False)  # the next paste is of another run
        return True

    # -- the list -----------------------------------------------------------------------------
    def _gpu_name(self, name: str) -> str:
        from core.perf.resolve import resolve_gpu_name

        gpu = resolve_gpu_name(name, self.session.catalogs)
        return gpu.name if gpu is not None else name

    def _model_name(self, ident: str | None) -> str | None:
        """A model's name for its id: one the user described in this project, else the
        catalog's; None for no model, the id itself for one neither knows."""
        if not ident:
            return None
        profile = self.session.profile
        for m in getattr(profile, "custom_models", ()) or ():
            if m.id == ident:
                return str(m.name)
        models = getattr(self.session.catalogs, "models", {})
        spec = models.get(ident) if isinstance(models, Mapping) else None
        return str(spec.name) if spec is not None else ident

    def show_list(self) -> None:
        profile = self.session.profile
        ms = profile.measurements if profile is not None else ()
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(ms))
        for r, m in enumerate(ms):
            cells = (self._gpu_name(m.gpu), describe(m, self._model_name(m.model)),
                     speed_text(m), source_text(m.source), m.date or "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (1, 3):
                    item.setToolTip(text)
                if c != VALUE_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setData(Qt.ItemDataRole.UserRole, float(m.value))  # what edits
                    item.setToolTip(t("Double-click to correct the value (%1)").replace(
                        "%1", unit_text(m.metric)))
                table.setItem(r, c, item)
        table.blockSignals(False)
        self.table_error.hide()
        self._on_selection()

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.delete_button.setEnabled(bool(rows))

    def delete_selected(self) -> bool:
        profile = self.session.profile
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if profile is None or not rows:
            return False
        kept = tuple(m for i, m in enumerate(profile.measurements) if i not in rows)
        self.project.edit(dataclasses.replace(profile, measurements=kept),
                          t("Delete measurements"))
        return True

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == VALUE_COLUMN:
            self.set_value(item.row(), item.text())

    def set_value(self, row: int, text: str) -> bool:
        """Correct one measurement's value; a value the measurement loader would refuse is
        refused at the cell (it shows the kept value again) and said beside the list."""
        profile = self.session.profile
        if profile is None or not 0 <= row < len(profile.measurements):
            return False
        number, _ = fmt.parse_number(text)  # the one reader: a comma groups thousands
        value = math.nan if number is None else number
        if not (math.isfinite(value) and min_value() <= value <= max_value()):
            self._refuse(row, text, profile.measurements[row])
            return False
        if value == profile.measurements[row].value:  # the editor closed on the same number
            self._show_value(row, profile.measurements[row])
            self.table_error.hide()
            return True
        ms = list(profile.measurements)
        ms[row] = dataclasses.replace(ms[row], value=value, source=ms[row].source
                                      if _EDITED.strip() in ms[row].source
                                      else ms[row].source + _EDITED)
        self.project.edit(dataclasses.replace(profile, measurements=tuple(ms)),
                          t("Edit measurement"))
        return True

    def _refuse(self, row: int, text: str, kept: Measurement) -> None:
        """Say why `text` is not a speed, and put the kept value back in its cell (the table
        shows what the project holds)."""
        # the typed text goes in last: a "%2" in it stays as typed
        self.table_error.setText(t("Not accepted: “%1”. The speed must be a number from %4 "
                                   "to %2 %3.").replace("%2", every_digit(max_value()))
                                 .replace("%4", every_digit(min_value()))
                                 .replace("%3", unit_text(kept.metric))
                                 .replace("%1", text.strip()[:40]))
        self.table_error.show()
        self._show_value(row, kept)

    def _show_value(self, row: int, kept: Measurement) -> None:
        """The speed cell shows the value kept, with its unit, again."""
        item = self.table.item(row, VALUE_COLUMN)
        if item is not None:
            self.table.blockSignals(True)
            item.setText(speed_text(kept))
            self.table.blockSignals(False)
