"""My machine page: shows detection (run in the Session) and applies hand corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QTableWidgetItem,
)

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.views.common import fill_gpu_choice
from app.gui.views.machine_view import MachineView
from core.hardware import wording as hw_say
from core.hardware.machine import MAX_RAM_GIB
from core.units import GIB

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.gui.project import Project
    from app.gui.session import Session
    from core.catalogs.value import Catalogs
    from core.schema.gpu import GpuSpec
    from core.schema.hardware import LocalMachine


# The page shows RAM to a tenth of a GiB (the field, and "%1 GiB" in fmt.gib): core and
# `plan --ram-gib` take any amount above 0, but less than this would read "0.0 GiB".
RAM_STEP_GIB = 0.1


def t(text: str) -> str:
    return QCoreApplication.translate("MachinePage", text)


def diagnostics_text(machine: LocalMachine | None) -> str:
    """What detection saw, for a bug report (English on purpose: it is read by maintainers).

    The body is core's text, the same `rigsizer detect --diagnostics` prints; the GUI adds
    the version and whether the user edited the machine by hand.
    """
    from core.version import version

    head = f"RigSizer {version()}"
    if machine is None:
        return f"{head}\nDetection has not finished.\n"
    from core.hardware.machine import diagnostics_text as core_text

    edited = "yes" if machine.hand_edited else "no"
    return f"{head}\nHand edited: {edited}\n{core_text(machine)}"


# Reasons that quote the probes (driver library errors, missing tools): shown as one plain
# sentence, with the probes' own words in the tooltip.
PROBE_REASONS = (hw_say.NO_DISCRETE_GPU, hw_say.NO_GPU_WSL, hw_say.DETECTION_FAILED)


class MachinePage:
    """`say(text, ms)` shows a short message in the status bar."""

    def __init__(self, session: Session, project: Project,
                 say: Callable[[str, int], None]) -> None:
        self.session = session
        self.say = say
        self.view = MachineView()
        v = self.view
        v.detect_button.clicked.connect(self.session.detect)
        v.copy_button.clicked.connect(self.copy_diagnostics)
        v.replace_button.clicked.connect(lambda: self.apply_gpu(replace=True))
        v.add_button.clicked.connect(lambda: self.apply_gpu(replace=False))
        v.remove_button.clicked.connect(self.remove_selected_gpu)
        v.gpu_table.itemSelectionChanged.connect(self._on_selection)
        self.ram_edit.editingFinished.connect(self.commit_ram)
        self.session.machine_changed.connect(self.show_machine)
        self.session.detecting_changed.connect(self._on_detecting)
        self.session.catalogs_ready.connect(self._fill_catalog)
        v.retranslated.connect(lambda: self.show_machine(self.session.machine))
        from app.gui.measurements import MeasurementsPanel

        self.measurements = MeasurementsPanel(session, project)  # "My measurements" (#15)
        v.body.insertWidget(v.body.count() - 1, self.measurements)  # above the end stretch
        for inner in (self.measurements.table, self.measurements.paste):
            v.wheel.watch(inner)
        self._on_detecting(self.session.detecting)
        self.show_machine(None)

    @property
    def ram_edit(self) -> QLineEdit:
        edit = self.view.ram_field.edit
        assert isinstance(edit, QLineEdit)
        return edit

    def _on_selection(self) -> None:
        rows = self.view.gpu_table.selectionModel().selectedRows()
        self.view.remove_button.setEnabled(bool(rows) and self.session.machine is not None)

    def _on_detecting(self, busy: bool) -> None:
        self.view.detecting.setVisible(busy)
        self.view.detect_button.setEnabled(not busy)

    def _fill_catalog(self, cats: Catalogs) -> None:
        combo = self.view.gpu_choice
        fill_gpu_choice(combo, cats.gpus, lambda g: f"{g.name} · {fmt.gib(g.vram_bytes)}")
        combo.setCurrentIndex(-1)

    def show_machine(self, machine: LocalMachine | None) -> None:
        v = self.view
        unknown = t("unknown")
        if not self.ram_edit.hasFocus():  # never overwrite what the user is typing
            # "23.5", not "23.5403": what a person would type
            self.ram_edit.setText(f"{round(machine.ram_bytes / GIB, 1):g}"
                                  if machine is not None and machine.ram_bytes else "")
            self._ram_error("")
        if machine is None:
            v.cpu.setText(unknown)
            v.ram.setText(unknown)
            v.os.setText(unknown)
            v.gpu_table.setRowCount(0)
            v.reason.setVisible(False)
            self._on_selection()
            return
        threads = (t("%1 cores, %2 threads").replace("%1", str(machine.cpu_cores))
                   .replace("%2", str(machine.cpu_threads))
                   if machine.cpu_cores else "")
        v.cpu.setText(" · ".join(x for x in (machine.cpu_name or unknown, threads) if x))
        v.ram.setText(fmt.gib(machine.ram_bytes) if machine.ram_bytes else unknown)
        os_text = f"{machine.os_name} {machine.os_version}".strip() or unknown
        v.os.setText(os_text + (" (WSL)" if machine.is_wsl else ""))
        v.gpu_table.setRowCount(len(machine.gpus))
        for r, g in enumerate(machine.gpus):
            spec = g.spec
            matched = spec.name if spec is not None else t("not in the catalog")
            how = core_text(g.match_how) + ("" if g.match_exact or spec is None
                                            else t(" (best guess)"))
            cells = (g.name, fmt.gib(g.vram_total_bytes), g.driver_version or "—", matched, how)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and g.field_sources:
                    item.setToolTip(t("Found by: %1").replace(
                        "%1", fmt.found_by(g.field_sources.values())))
                v.gpu_table.setItem(r, c, item)
        reason = core_text(machine.reason)  # a core Message: said in the language now installed
        details = ""
        if not machine.gpus and getattr(machine.reason, "template", "") in PROBE_REASONS:
            # What each probe said (NVML's own error names, missing tools) helps a bug report,
            # not a creator: one plain sentence here, the probes' words in the tooltip and in
            # Copy diagnostics.
            details = reason
            reason = t("No graphics card was found. If this PC has one, choose it below.")
        elif not machine.gpus and not reason:
            reason = t("No GPU was found. Set yours by hand below.")
        if machine.hand_edited:
            reason = (reason + " " if reason else "") + t("Edited by hand.")
        v.reason.setText(reason)
        v.reason.setToolTip(t("What the checks said: %1").replace("%1", details)
                            if details else "")
        v.reason.setVisible(bool(reason))
        self._on_selection()

    def remove_selected_gpu(self) -> bool:
        rows = self.view.gpu_table.selectionModel().selectedRows()
        machine = self.session.machine
        if not rows or machine is None:
            return False
        from core.hardware.machine import remove_gpu

        try:
            new = remove_gpu(machine, rows[0].row())
        except ValueError as exc:
            self.view.edit_error.setText(str(exc))
            self.view.edit_error.show()
            return False
        self.view.edit_error.hide()  # an earlier "Choose a GPU from the list" is answered
        self.session.set_machine(new)
        return True

    def _ram_error(self, message: str) -> None:
        self.view.ram_field.error.setText(message)
        self.view.ram_field.error.setVisible(bool(message))

    def ram_error_text(self) -> str:
        return self.view.ram_field.error.text() if self.view.ram_field.error.isVisible() else ""

    def commit_ram(self) -> bool:
        """Apply the RAM field; a bad value gets a message beside it and changes nothing."""
        machine = self.session.machine
        value, message = fmt.parse_number(self.ram_edit.text())
        if value is None and not message and machine is not None and machine.ram_bytes:
            message = t("Enter your RAM in GiB")  # detection's figure is not thrown away
        elif value is not None and not value > 0:
            message = t("Must be above 0")
        elif value is not None and value < RAM_STEP_GIB:
            message = t("Must be at least %1").replace("%1", f"{RAM_STEP_GIB:g}")
        elif value is not None and value > MAX_RAM_GIB:
            message = t("Must be at most %1").replace("%1", f"{MAX_RAM_GIB:g}")
        self._ram_error(message)
        if message or value is None:
            return not message
        if machine is not None and machine.ram_bytes and abs(machine.ram_bytes - value * GIB) < 1:
            return True
        from core.hardware.machine import machine_from_gpu_ids, with_ram

        new = machine_from_gpu_ids([], ram_gib=value) if machine is None else with_ram(
            machine, value)
        self.session.set_machine(new)
        return True

    def copy_diagnostics(self) -> str:
        text = diagnostics_text(self.session.machine)
        QApplication.clipboard().setText(text)
        self.say(t("Diagnostics copied to the clipboard"), 5000)
        return text

    def _typed_gpu(self, text: str) -> GpuSpec | None:
        """The card typed text names, read as `rigsizer --gpu` reads it ("4090", "H100": a
        family's fastest variant, said in the status bar; "P40": TechPowerUp's Tesla P40);
        None where it names none."""
        from core.perf.resolve import resolution_note, resolve_gpu_name

        cats = self.session.loaded_catalogs
        if cats is None or not text.strip():
            return None
        gpu = resolve_gpu_name(text, cats)
        note = resolution_note(text, cats) if gpu is not None else None
        if note:
            self.say(core_text(note), 8000)
        return gpu

    def apply_gpu(self, *, replace: bool) -> bool:
        v = self.view
        gpu_id = v.gpu_choice.currentData()
        outside: tuple[GpuSpec, ...] = ()
        if gpu_id is None:  # typed text that matches no catalog entry exactly
            typed = self._typed_gpu(v.gpu_choice.currentText())
            if typed is not None:
                gpu_id = typed.id
                outside = () if typed.origin == "catalog" else (typed,)
            else:
                index = v.gpu_choice.findText(v.gpu_choice.currentText(),
                                              Qt.MatchFlag.MatchContains)
                gpu_id = v.gpu_choice.itemData(index) if index >= 0 else None
        if gpu_id is None:
            v.edit_error.setText(t("Choose a GPU from the list"))
            v.edit_error.show()
            return False
        v.edit_error.hide()
        from core.hardware.machine import add_gpu, machine_from_gpu_ids, with_gpu_override

        machine = self.session.machine
        # the cards the list offers: the session's catalogs once loaded
        loaded = self.session.loaded_catalogs
        cards = loaded.gpus if loaded is not None else None
        if outside and cards is not None:  # a card only TechPowerUp's data knows ("P40")
            cards = (*cards, *outside)
        try:
            if machine is None:
                new = machine_from_gpu_ids([gpu_id], catalog=cards)
            elif replace:
                new = with_gpu_override(machine, gpu_id, catalog=cards)
            else:
                new = add_gpu(machine, gpu_id, catalog=cards)
        except (ValueError, KeyError) as exc:
            v.edit_error.setText(str(exc))
            v.edit_error.show()
            return False
        self.session.set_machine(new)
        return True
