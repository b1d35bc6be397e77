"""My work page: the workload table on the left, the selected workload's fields on the right;
and the names the page gives (kinds, templates, copies)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.views.common import Page, ReadableColumns, card, label, one_line_text
from core.catalogs.text_fields import MAX_NAME_CHARS
from core.shorten import shorten

# Editable fields: (attribute, widget type). The controller decides which rows a kind shows.
FIELDS: tuple[tuple[str, str], ...] = (
    ("label", "text"),
    ("jobs", "jobs"),
    ("hours_per_week", "number"),
    ("model", "choice"),
    ("quant", "choice"),
    ("width", "int"),
    ("height", "int"),
    ("frames", "int"),
    ("steps", "int"),
    ("cfg", "bool"),
    ("batch", "int"),
    ("prompt_tokens", "int"),
    ("output_tokens", "int"),
    ("context_tokens", "int"),
    ("fps", "number"),
    ("codec", "choice"),
    ("ref_seconds_per_frame", "number"),
    ("ref_gpu", "choice"),
    ("cpu_seconds", "number"),
    ("deadline", "number"),
    ("private", "bool"),
    ("live", "bool"),
)

COLUMNS = 6


def t(text: str) -> str:
    """The names the My work page gives (its controller's context, "WorkPage")."""
    return QCoreApplication.translate("WorkPage", text)


def kind_name(kind: str) -> str:
    return {
        "llm": t("LLM chat"), "image": t("Image generation"), "video": t("AI video clip"),
        "render": t("3D render"), "realtime": t("Live session"), "encode": t("Encode"),
        "upscale": t("Upscale"), "tts": t("Text to speech"), "cpu": t("CPU-only job"),
    }.get(kind, kind)


def template_name(kind: str) -> str:
    return {
        "llm": t("LLM chat"), "image": t("Image generation"), "video": t("AI video clip"),
        "render": t("Blender animation"), "realtime": t("VTuber live session"),
        "upscale": t("Upscale"), "encode": t("Encode"), "tts": t("Text to speech"),
        "cpu": t("CPU-only job (simulation bake)"),
    }.get(kind, kind)


def _copy_base(name: str) -> str:
    """The name a copy was made from: X for "X (copy)" or "X (copy 3)", in the language shown
    (a copy of a copy numbers on instead of growing "(copy) (copy)")."""
    for template in (t("%1 (copy)"), t("%1 (copy %2)")):
        pattern = re.escape(template).replace("%1", "(.+)").replace("%2", r"[0-9]+")
        found = re.fullmatch(pattern, name)
        if found:
            return found.group(1)
    return name


def copy_label(shown: str, taken: set[str]) -> str:
    """A name for a copy of the workload named `shown` that no other in `taken` has, within
    what a profile file holds (MAX_NAME_CHARS): a long name is cut, not the "(copy)"."""
    base = _copy_base(shown)
    n = 1
    while True:
        template = t("%1 (copy)") if n == 1 else t("%1 (copy %2)").replace("%2", str(n))
        room = MAX_NAME_CHARS - (len(template) - len("%1"))
        cut = shorten(base, room)
        label = template.replace("%1", cut)
        if label not in taken:
            return label
        n += 1


def free_id(ident: str, taken: set[str]) -> str:
    """An id not in `taken` for a workload made from `ident` (a template's kind, or the
    workload copied), within MAX_NAME_CHARS: a copy of "x-1" is "x-2" while "x" is there (not
    "x-1-1"); an id that merely ends in a number ("render-2024") keeps it."""
    stem, _, number = ident.rpartition("-")
    base = stem if number.isdigit() and stem in taken else ident
    n = 1
    while True:
        suffix = f"-{n}"
        candidate = base[:MAX_NAME_CHARS - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1


class FieldRow(QWidget):
    """An input with its validation message right beside it."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.kind = kind
        self.per: QComboBox | None = None
        self.edit: QLineEdit | QComboBox | QCheckBox
        if kind == "bool":
            self.edit = QCheckBox()
        elif kind == "choice":
            self.edit = QComboBox()
            self.edit.setMinimumWidth(160)
        else:
            self.edit = QLineEdit()
            if kind == "text":  # a label: what a profile file may hold (core.catalogs.text_fields)
                self.edit.setMaxLength(MAX_NAME_CHARS)
                self.edit.setValidator(one_line_text(self.edit))
            self.edit.setMinimumWidth(120 if kind != "text" else 160)
            if kind != "text":
                self.edit.setMaximumWidth(140)
        row.addWidget(self.edit)
        if kind == "jobs":
            self.per = QComboBox()
            row.addWidget(self.per)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        row.addWidget(self.error, 1)
        if kind != "text":
            row.addStretch(0)


class WorkView(Page):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        self.title = label("h1")
        self.subtitle = label("muted", wrap=True)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)

        bar = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setObjectName("primary")
        self.duplicate_button = QPushButton()
        self.remove_button = QPushButton()
        self.undo_button = QPushButton()
        self.redo_button = QPushButton()
        for w in (self.add_button, self.duplicate_button, self.remove_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Name and settings share the spare width; the short columns fit their text; no
        # header is ever cut (a narrow table scrolls sideways instead).
        self.columns = ReadableColumns(self.table, stretch=(0, 3))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        split.addWidget(self.table)

        form_card, form_layout = card()
        self.form_title = label("h2", wrap=True)
        # A workload's name (up to 200 characters, maybe one long word) wraps or is cut: as
        # the form's minimum width it pushed the fields and their messages out of sight.
        self.form_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        form_layout.addWidget(self.form_title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow window a long label goes above its field instead of squeezing it.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rows: dict[str, FieldRow] = {}
        self.row_labels: dict[str, QLabel] = {}
        for name, kind in FIELDS:
            row = FieldRow(kind)
            lab = QLabel()
            lab.setBuddy(row.edit)
            self.rows[name] = row
            self.row_labels[name] = lab
            self.form.addRow(lab, row)
        form_layout.addLayout(self.form)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_card)
        scroll.setMinimumWidth(330)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 360])  # the table's columns need more room than the form
        outer.addWidget(split, 1)
        self._limit_reason = ""
        self.retranslate_ui()

    def show_workload_limit(self, reason: str) -> None:
        """`reason`: why no workload can be added now (the project is full), shown as the Add
        and Duplicate buttons' tooltip; "" gives them back their usual tips."""
        self._limit_reason = reason
        self.add_button.setToolTip(reason or self.tr(
            "Add a workload, starting from a typical example"))
        self.duplicate_button.setToolTip(reason or self.tr("Copy the selected workload"))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My work"))
        self.subtitle.setText(self.tr(
            "What you plan to run in a typical week. Select a row to edit it; results update as "
            "you type. Ctrl+Z undoes an edit."))
        self.add_button.setText(self.tr("Add from template"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.show_workload_limit(self._limit_reason)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete the selected workload"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Workload"), self.tr("Kind"), self.tr("How often"), self.tr("Settings"),
            self.tr("Willing to wait"), self.tr("Private / live")])
        self.form_title.setText(self.tr("Selected workload"))
        texts = {
            "label": (self.tr("Name"), self.tr("Your name for this job")),
            "jobs": (self.tr("How many"), self.tr("How many jobs you run, per day or per week")),
            "hours_per_week": (self.tr("Hours per week"),
                               self.tr("Hours per week this live work runs")),
            "model": (self.tr("Model"), self.tr("The AI model this job runs")),
            "quant": (self.tr("Weight format"), self.tr(
                "How the LLM's weights are stored: Q4_K_M is small and fast, F16 is full size")),
            "width": (self.tr("Width (px)"), self.tr("Output width in pixels")),
            "height": (self.tr("Height (px)"), self.tr("Output height in pixels")),
            "frames": (self.tr("Frames"), self.tr(
                "Frames per job (video, render, upscale, encode); seconds of audio for speech")),
            "steps": (self.tr("Steps"), self.tr("Diffusion sampling steps per image or clip")),
            "cfg": (self.tr("Guidance (CFG)"), self.tr(
                "Two passes per step; off for distilled 4-8-step variants (Lightning LoRAs, "
                "turbo and distilled checkpoints)")),
            "batch": (self.tr("Batch"), self.tr("Images generated together per job")),
            "prompt_tokens": (self.tr("Prompt tokens"), self.tr(
                "Tokens the model reads per request (your text plus the chat so far)")),
            "output_tokens": (self.tr("Output tokens"), self.tr("Tokens it writes per request")),
            "context_tokens": (self.tr("Context tokens"), self.tr(
                "Context window to reserve memory for")),
            "fps": (self.tr("Frames per second"), self.tr("Target frame rate")),
            "codec": (self.tr("Codec"), self.tr("Video codec of the encode")),
            "ref_seconds_per_frame": (self.tr("Seconds per frame"), self.tr(
                "How long one frame took on your reference GPU (from your own render)")),
            "ref_gpu": (self.tr("Reference GPU"), self.tr(
                "The GPU that rendered one frame in the time above")),
            "cpu_seconds": (self.tr("CPU seconds"), self.tr(
                "Seconds one job takes on your CPU (no GPU speeds it up)")),
            "deadline": (self.tr("Willing to wait (min)"), self.tr(
                "The longest you are willing to wait for one job, in minutes; empty = no limit")),
            "private": (self.tr("Private"), self.tr(
                "Must stay on your own hardware: no cloud plan may run it")),
            "live": (self.tr("Live"), self.tr(
                "Happens in real time in front of an audience: runs on your PC only")),
        }
        for name, (text, tip) in texts.items():
            self.row_labels[name].setText(text)
            self.row_labels[name].setToolTip(tip)
            self.rows[name].edit.setToolTip(tip)
        per = self.rows["jobs"].per
        if per is not None:
            index = max(per.currentIndex(), 0)
            per.blockSignals(True)
            per.clear()
            per.addItems([self.tr("per week"), self.tr("per day")])
            per.setCurrentIndex(index)
            per.blockSignals(False)
        self.rows["deadline"].edit.setPlaceholderText(self.tr("no limit"))  # type: ignore[union-attr]
