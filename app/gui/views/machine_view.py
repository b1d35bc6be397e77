"""My machine page: what detection found, and the hand editor for when it is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from app.gui.views.common import Page, ReadableColumns, WheelToPage, card, label, scrolled
from app.gui.views.work_view import FieldRow


class MachineView(Page):
    """The page scrolls: its cards keep their natural heights, so in a short window (760×540,
    or 1280×720 in Chinese) nothing is squeezed into unreadable buttons or drawn over the
    table. `body` is the scrolled column; the page's controller adds My measurements to it."""

    def __init__(self) -> None:
        super().__init__()
        scroll, content = scrolled(self)
        self.page_scroll = scroll
        self.wheel = WheelToPage(scroll)  # scrolling the page never stops at a table
        outer = QVBoxLayout(content)
        self.body = outer
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        self.title = label("h1")
        self.subtitle = label("muted", wrap=True)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)

        found, found_layout = card()
        head = QHBoxLayout()
        self.found_title = label("h2")
        self.detecting = label("muted")
        self.detect_button = QPushButton()
        self.copy_button = QPushButton()
        head.addWidget(self.found_title)
        head.addWidget(self.detecting)
        head.addStretch(1)
        head.addWidget(self.detect_button)
        head.addWidget(self.copy_button)
        found_layout.addLayout(head)
        self.facts = QFormLayout()
        self.cpu_caption, self.cpu = QLabel(), QLabel()
        self.ram_caption, self.ram = QLabel(), QLabel()
        self.os_caption, self.os = QLabel(), QLabel()
        for cap, val in ((self.cpu_caption, self.cpu), (self.ram_caption, self.ram),
                         (self.os_caption, self.os)):
            val.setWordWrap(True)
            self.facts.addRow(cap, val)
        found_layout.addLayout(self.facts)
        self.gpu_table = QTableWidget(0, 5)
        self.gpu_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gpu_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gpu_table.verticalHeader().hide()
        self.gpu_table.setMinimumHeight(110)
        self.gpu_columns = ReadableColumns(self.gpu_table, stretch=(0,))
        found_layout.addWidget(self.gpu_table)
        self.wheel.watch(self.gpu_table)
        table_row = QHBoxLayout()
        self.remove_button = QPushButton()
        self.remove_button.setEnabled(False)  # until a GPU row is selected
        table_row.addStretch(1)
        table_row.addWidget(self.remove_button)
        found_layout.addLayout(table_row)
        self.reason = label("note", wrap=True)
        found_layout.addWidget(self.reason)
        outer.addWidget(found)

        edit, edit_layout = card()
        self.edit_title = label("h2")
        self.edit_hint = label("muted", wrap=True)
        edit_layout.addWidget(self.edit_title)
        edit_layout.addWidget(self.edit_hint)
        row = QHBoxLayout()
        self.gpu_choice = QComboBox()
        self.gpu_choice.setEditable(True)
        self.gpu_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # narrow enough for both buttons beside it at the 760 px window (names show in the list)
        self.gpu_choice.setMinimumWidth(180)
        self.replace_button = QPushButton()
        self.replace_button.setObjectName("primary")
        self.add_button = QPushButton()
        row.addWidget(self.gpu_choice, 1)
        row.addWidget(self.replace_button)
        row.addWidget(self.add_button)
        edit_layout.addLayout(row)
        self.edit_error = label("error", wrap=True)
        self.edit_error.hide()
        edit_layout.addWidget(self.edit_error)
        ram_form = QFormLayout()
        self.ram_caption_edit = QLabel()
        self.ram_field = FieldRow("number")
        ram_form.addRow(self.ram_caption_edit, self.ram_field)
        edit_layout.addLayout(ram_form)
        outer.addWidget(edit)
        outer.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("My machine"))
        self.subtitle.setText(self.tr(
            "RigSizer looked for your GPUs, CPU and memory. The Keep plan and every comparison "
            "start from this machine."))
        self.found_title.setText(self.tr("What RigSizer found"))
        self.detecting.setText(self.tr("Detecting…"))
        self.detect_button.setText(self.tr("Detect again"))
        self.detect_button.setToolTip(self.tr("Run hardware detection again"))
        self.copy_button.setText(self.tr("Copy diagnostics"))
        self.copy_button.setToolTip(self.tr(
            "Copy what every detection probe saw to the clipboard, for a bug report"))
        self.cpu_caption.setText(self.tr("CPU"))
        self.ram_caption.setText(self.tr("Memory"))
        self.os_caption.setText(self.tr("System"))
        self.gpu_table.setHorizontalHeaderLabels([
            self.tr("GPU"), self.tr("VRAM"), self.tr("Driver"), self.tr("Matched to"),
            self.tr("How it matched")])
        self.edit_title.setText(self.tr("Is this wrong? Set your GPU by hand"))
        self.edit_hint.setText(self.tr(
            "Pick a card from the catalog to replace the first GPU found, or add another one "
            "(for a second card, or for a GPU detection cannot see)."))
        self.gpu_choice.setToolTip(self.tr("Type to search the GPU catalog"))
        line = self.gpu_choice.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Search the GPU catalog…"))
        self.replace_button.setText(self.tr("Use this GPU"))
        self.replace_button.setToolTip(self.tr("Replace the detected GPU with this one"))
        self.add_button.setText(self.tr("Add as another GPU"))
        self.add_button.setToolTip(self.tr("Keep the GPUs found and add this one"))
        self.remove_button.setText(self.tr("Remove selected GPU"))
        self.remove_button.setToolTip(self.tr(
            "Leave the selected GPU out of the plans (for example a card you are selling)"))
        self.ram_caption_edit.setText(self.tr("System memory (GiB)"))
        ram_tip = self.tr("Your PC's RAM in GiB. Models that do not fit in VRAM spill into it; "
                          "on a Mac it is also the GPU's memory")
        self.ram_caption_edit.setToolTip(ram_tip)
        self.ram_field.edit.setToolTip(ram_tip)
        self.ram_field.edit.setPlaceholderText(self.tr("e.g. 32"))  # type: ignore[union-attr]
