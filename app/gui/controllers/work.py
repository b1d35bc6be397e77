"""My work page: edit workloads with per-field validation; every accepted edit is undoable."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMenu, QTableWidgetItem

from app.gui import format as fmt
from app.gui.i18n import label_text
from app.gui.views.work_view import (
    FIELDS,
    WorkView,
    copy_label,
    free_id,
    kind_name,
    template_name,
)
from core.catalogs._validate import Key
from core.config import MAX_WORKLOADS
from core.kinds import CODECS, KINDS

if TYPE_CHECKING:
    from app.gui.project import Project
    from app.gui.session import Session
    from core.schema import Profile, Workload

# The fields each kind shows and the model-catalog kinds it may pick from (core.kinds).
KIND_FIELDS: dict[str, tuple[str, ...]] = {k: spec.fields for k, spec in KINDS.items()}
MODEL_KINDS = {k: spec.model_kinds for k, spec in KINDS.items() if "model" in spec.fields}
LIVE_MS = 300  # pause in typing after which the field is committed and the results update
QUANTS = ("Q4_K_M", "Q4_0", "Q5_K_M", "Q6_K", "Q8_0", "F16")
# Template order in the "Add from template" menu.
TEMPLATE_KINDS = ("llm", "image", "video", "render", "realtime", "upscale", "encode", "tts", "cpu")


def t(text: str) -> str:
    return QCoreApplication.translate("WorkPage", text)


def _limits() -> dict[str, Key]:
    """The file format's limits per key: the form accepts what a profile file may hold."""
    from core.catalogs.profiles import WORKLOAD_KEYS

    return {k.name: k for k in WORKLOAD_KEYS}


# The form's fields that store under another key of the file (jobs are stored per week, the
# deadline is typed in minutes).
STORED_KEY = {"jobs": "jobs_per_week", "deadline": "deadline_min"}


def parse_field(name: str, kind: str, text: str,
                scale: float = 1.0) -> tuple[str | float | None, str]:
    """(value, "") for a valid entry, (None, message) otherwise. Messages are translated.
    `scale`: what the entry is multiplied by when stored (7 for jobs per day)."""
    if kind == "text":  # a name keeps its commas ("1-minute 4K animation, 1,800 frames")
        text = text.strip()
        return (text, "") if text else (None, t("A name is needed"))
    number, problem = fmt.parse_number(text)  # the one reader: "1,500" is 1500 everywhere
    if problem:
        return None, problem
    if number is None:
        return None, ("" if name == "deadline" else t("Enter a number"))
    if kind == "int" and number != int(number):
        return None, t("Enter a whole number")
    value: float = int(number) if kind == "int" else number
    stored = STORED_KEY.get(name, name)
    key = _limits().get(stored) or Key(stored, "number")
    if name in ("jobs", "hours_per_week", "cpu_seconds"):
        # a workload needs jobs or hours above 0 (the loader), and a cpu job's seconds too
        # (the planner, core.perf.validate; the form shows cpu_seconds for cpu jobs only)
        key = dataclasses.replace(key, nonnegative=False)
    if key.maximum is not None:  # the file's limit is of the stored value
        key = dataclasses.replace(key, maximum=key.maximum / scale)
    error = fmt.limit_error(value, key)  # the limits' one wording, as on Settings
    return (None, error) if error else (value, "")


def planner_problem(w: Workload, name: str) -> str:
    """Why the planner (core.perf.validate) would refuse `w` after its field `name` was set,
    though the field alone is within the file's limits ("": it would not)."""
    tokens = ("prompt_tokens", "output_tokens")
    if w.kind == "llm" and name in tokens and w.prompt_tokens + w.output_tokens <= 0:
        return t("Prompt and output tokens cannot both be 0")
    return ""


class WorkPage:
    """Every accepted edit goes through `project.edit` (undoable, marks the project changed)."""

    def __init__(self, session: Session, project: Project) -> None:
        self.session = session
        self.project = project
        self.view = WorkView()
        self._ids: list[str] = []
        self._selected: str | None = None
        self._committing = False
        # Results follow the typing: a field is committed LIVE_MS after the last keystroke
        # (a burst of keys is one plan, and one undo step per field visit).
        self._live = QTimer(self.view)
        self._live.setSingleShot(True)
        self._live.setInterval(LIVE_MS)
        self._live.timeout.connect(self._commit_typed)
        self._typed_field: str | None = None
        self._per_day = False  # the unit the jobs field's text is in
        self._has_templates = False
        self._visit = 0  # counts field visits: edits within one visit merge into one undo step
        self.template_menu = QMenu(self.view)
        self.view.add_button.setMenu(self.template_menu)
        self.view.table.itemSelectionChanged.connect(self._on_selection)
        self.view.duplicate_button.clicked.connect(self.duplicate)
        self.view.remove_button.clicked.connect(self.remove)
        undo_stack = project.undo_stack
        self.view.undo_button.clicked.connect(undo_stack.undo)
        self.view.redo_button.clicked.connect(undo_stack.redo)
        undo_stack.canUndoChanged.connect(self.view.undo_button.setEnabled)
        undo_stack.canRedoChanged.connect(self.view.redo_button.setEnabled)
        self.view.undo_button.setEnabled(False)
        self.view.redo_button.setEnabled(False)
        for name, _kind in FIELDS:
            row = self.view.rows[name]
            edit = row.edit
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _t, n=name: self._typed(n))
                edit.editingFinished.connect(lambda n=name: self._finished(n))
            elif isinstance(edit, QComboBox):
                edit.activated.connect(lambda _i, n=name: self.commit(n))
            elif isinstance(edit, QCheckBox):
                edit.clicked.connect(lambda _c, n=name: self.commit(n))
            if row.per is not None:  # the unit only changes how the amount reads
                row.per.currentIndexChanged.connect(self._per_changed)
        self.session.profile_changed.connect(self._on_profile)
        self.session.catalogs_ready.connect(lambda _c: self._rebuild_templates())
        self.view.retranslated.connect(self._retranslate)
        self._rebuild_templates()
        self._show_form(None)

    # ---- helpers ----------------------------------------------------------------------------
    @property
    def profile(self) -> Profile | None:
        return self.session.profile

    def workload(self, wid: str | None) -> Workload | None:
        if self.profile is None or wid is None:
            return None
        return next((w for w in self.profile.workloads if w.id == wid), None)

    def select(self, wid: str) -> None:
        if wid in self._ids:
            self.view.table.selectRow(self._ids.index(wid))

    def _retranslate(self) -> None:
        self._rebuild_templates()
        if self.profile is not None:
            self._fill_table(self.profile)
        self._show_form(self.workload(self._selected))

    def _rebuild_templates(self) -> None:
        self.template_menu.clear()
        templates = self.templates()
        for kind in TEMPLATE_KINDS:
            if kind in templates:
                act = self.template_menu.addAction(template_name(kind))
                act.triggered.connect(lambda _=False, k=kind: self.add_template(k))
        self._has_templates = bool(templates)
        self._update_buttons()

    def templates(self) -> dict[str, Workload]:
        """One example workload per kind, taken from the shipped creator profiles."""
        out: dict[str, Workload] = {}
        for profile in self.session.catalogs.profiles.values():
            for w in profile.workloads:
                out.setdefault(w.kind, w)
        return out

    # ---- table ------------------------------------------------------------------------------
    def _on_profile(self, profile: Profile) -> None:
        self._fill_table(profile)
        if self._selected not in self._ids:
            self._selected = self._ids[0] if self._ids else None
        if self._selected is not None:
            self.view.table.blockSignals(True)
            self.select(self._selected)
            self.view.table.blockSignals(False)
        if not self._committing:
            self._show_form(self.workload(self._selected))

    def _fill_table(self, profile: Profile) -> None:
        table = self.view.table
        table.blockSignals(True)
        self._ids = [w.id for w in profile.workloads]
        table.setRowCount(len(self._ids))
        for r, w in enumerate(profile.workloads):
            cells = (label_text(w.label), kind_name(w.kind), self.how_often(w), self.summary(w),
                     fmt.duration(w.deadline_s) if w.deadline_s else t("no limit"),
                     ", ".join(x for x, on in ((t("private"), w.private), (t("live"), w.live))
                               if on))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        if self._selected in self._ids:
            table.selectRow(self._ids.index(self._selected))
        table.blockSignals(False)

    @staticmethod
    def how_often(w: Workload) -> str:
        if w.hours_per_week > 0:
            return t("%1 h per week").replace("%1", f"{w.hours_per_week:g}")
        return t("%1 per week").replace("%1", f"{w.jobs_per_week:g}")

    def summary(self, w: Workload) -> str:
        parts: list[str] = []
        if w.model:
            spec = w.model_spec or self.session.catalogs.models.get(w.model)
            parts.append(getattr(spec, "name", w.model))
        if w.quant and w.kind == "llm":
            parts.append(w.quant)
        if w.width and w.height:
            parts.append(f"{w.width}×{w.height}")
        if w.frames and w.kind in ("video", "render", "upscale", "encode"):
            parts.append(t("%1 frames").replace("%1", f"{w.frames:,}"))
        if w.steps:
            parts.append(t("%1 steps").replace("%1", str(w.steps)))
        if w.fps and w.kind in ("realtime", "encode"):
            parts.append(f"{w.fps:g} fps")
        return " · ".join(parts)

    def _on_selection(self) -> None:
        # Typing was committed when the field lost focus (editingFinished); a timer still
        # running here would apply the old field's text to the newly selected workload.
        self._live.stop()
        self._typed_field = None
        rows = self.view.table.selectionModel().selectedRows()
        self._selected = self._ids[rows[0].row()] if rows else None
        self._show_form(self.workload(self._selected))

    # ---- form -------------------------------------------------------------------------------
    def visible_fields(self, w: Workload) -> set[str]:
        shown = {"label", "private", "live", *KIND_FIELDS.get(w.kind, ())}
        if w.kind == "realtime":
            shown.add("hours_per_week")
        else:
            shown.add("deadline")
            shown.add("hours_per_week" if w.hours_per_week > 0 else "jobs")
        return shown

    def _show_form(self, w: Workload | None) -> None:
        view = self.view
        view.form_title.setText(label_text(w.label) if w is not None
                                else t("Selected workload"))
        self._update_buttons()
        shown = self.visible_fields(w) if w is not None else set()
        for i, (name, _kind) in enumerate(FIELDS):
            view.form.setRowVisible(i, name in shown)
            self._set_error(name, "")
        if w is None:
            return
        for name in shown:
            self._load_field(name, w)

    def _distilled_hint(self, w: Workload) -> None:
        """The Steps field says what the model's distilled variant takes (4-8 steps, no CFG)."""
        spec = w.model_spec or self.session.catalogs.models.get(w.model or "")
        fast = getattr(spec, "distilled_steps", 0)
        steps = self.view.rows["steps"].edit
        hint = t("distilled: %1, no CFG").replace("%1", str(fast)) if fast else ""
        steps.setPlaceholderText(hint)  # type: ignore[union-attr]
        base = self.view.row_labels["steps"].toolTip()
        steps.setToolTip(f"{base} ({hint})" if hint else base)

    def _load_field(self, name: str, w: Workload) -> None:
        if name in ("steps", "model") and w.kind in ("image", "video"):
            self._distilled_hint(w)
        row = self.view.rows[name]
        edit = row.edit
        edit.blockSignals(True)
        if isinstance(edit, QCheckBox):
            edit.setChecked(bool(getattr(w, name)))
        elif isinstance(edit, QComboBox):
            self._fill_choices(name, w, edit)
        else:
            edit.setText(self._shown_text(name, w))
            edit.setCursorPosition(0)  # a long name shows its start, not "2.1 14B 5 s clip"
        edit.blockSignals(False)

    def _shown_text(self, name: str, w: Workload) -> str:
        """What text field `name` shows for `w`: "3" for 21 jobs a week shown per day."""
        if name == "jobs":
            return f"{w.jobs_per_week / 7 if self._per_day else w.jobs_per_week:g}"
        if name == "deadline":
            return "" if w.deadline_s is None else f"{w.deadline_s / 60:g}"
        if name == "label":
            return label_text(w.label)
        value = getattr(w, name)
        return "" if value is None else (f"{value:g}" if isinstance(value, float)
                                         else str(value))

    def _per_changed(self, index: int) -> None:
        """Per week / per day: the same amount, shown in the other unit (21 per week reads 3
        per day); the workload is not changed. Typing still waiting to be committed was in
        the old unit, so it is committed in that unit first."""
        if self._typed_field == "jobs":
            self._commit_typed()
        self._per_day = index == 1
        w = self.workload(self._selected)
        if w is not None:
            self._set_error("jobs", "")
            self._load_field("jobs", w)

    def _fill_choices(self, name: str, w: Workload, combo: QComboBox) -> None:
        combo.clear()
        current = getattr(w, name)
        options: list[tuple[str, str]] = []
        if name == "model":
            kinds = MODEL_KINDS.get(w.kind, ())
            options = [(m.id, m.name) for m in self.session.catalogs.models.values()
                       if m.kind in kinds]
            if self.profile is not None:  # the project's own models ([[model]])
                options += [(m.id, m.name) for m in self.profile.custom_models
                            if m.kind in kinds]
        elif name == "quant":
            options = [(q, q) for q in QUANTS]
        elif name == "codec":
            options = [(c, c.upper()) for c in CODECS]
        elif name == "ref_gpu":
            options = [(g.id, g.name) for g in self.session.catalogs.gpus]
        if current and current not in {o[0] for o in options}:
            options.insert(0, (current, current))  # keep what the file says, even if unknown
        for ident, text in options:
            combo.addItem(text, ident)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else -1)

    def _set_error(self, name: str, message: str) -> None:
        row = self.view.rows[name]
        row.error.setText(message)
        row.error.setVisible(bool(message))
        if bool(row.edit.property("invalid")) != bool(message):
            # re-style only on a change: polishing every field on every edit took ~10 ms
            row.edit.setProperty("invalid", bool(message))
            row.edit.style().unpolish(row.edit)
            row.edit.style().polish(row.edit)

    def error_text(self, name: str) -> str:
        return self.view.rows[name].error.text() if self.view.rows[name].error.isVisible() else ""

    def _typed(self, name: str) -> None:
        if self._typed_field not in (None, name):
            self._commit_typed()
        self._typed_field = name
        self._live.start()

    def _commit_typed(self) -> None:
        self._live.stop()
        name, self._typed_field = self._typed_field, None
        if name is not None:
            self.commit(name, live=True)

    def _finished(self, name: str) -> None:
        if self._typed_field == name:
            self._live.stop()
            self._typed_field = None
        self.commit(name)
        self._visit += 1

    def commit(self, name: str, *, live: bool = False) -> bool:
        """Validate field `name`; on success replace the workload through the undo stack.

        `live`: committed while the user is still typing; text that does not parse yet ("1.",
        an empty field) waits quietly for more keys instead of showing an error."""
        w = self.workload(self._selected)
        if w is None or self.profile is None:
            return False
        row = self.view.rows[name]
        edit = row.edit
        changes: dict[str, Any] = {}  # field name -> value: each field has its own type
        if isinstance(edit, QCheckBox):
            changes[name] = edit.isChecked()
        elif isinstance(edit, QComboBox):
            changes[name] = edit.currentData()
            if name == "model":  # one of the project's own models travels with the workload
                own = {m.id: m for m in getattr(self.profile, "custom_models", ())}
                changes["model_spec"] = own.get(edit.currentData())
        elif edit.text().strip() == self._shown_text(name, w):
            # the text left as shown changes nothing: a shipped name stays its source text
            # (files never get a translation), and 10 a week shown as 1.42857 a day stays 10
            self._set_error(name, "")
            return True
        else:
            scale = 7.0 if name == "jobs" and self._per_day else 1.0
            value, error = parse_field(name, row.kind, edit.text(), scale)
            if error and live:
                return False
            self._set_error(name, error)
            if error:
                return False
            if value is None:  # only an empty deadline parses to nothing: no limit
                changes["deadline_s"] = None
            elif isinstance(value, str):  # a name
                changes[name] = value
            elif name == "jobs":
                changes["jobs_per_week"] = float(value) * scale
            elif name == "deadline":
                changes["deadline_s"] = float(value) * 60.0
            elif row.kind == "number":
                changes[name] = float(value)
            else:
                changes[name] = value
        new = dataclasses.replace(w, **changes)
        if new == w:
            return True
        problem = planner_problem(new, name)
        if problem:  # refused here, by the field, rather than by a failed plan
            if not live:
                self._set_error(name, problem)
            return False
        if name == "model" and new.kind in ("image", "video"):
            self._distilled_hint(new)
        label = self.view.row_labels[name].text()
        self.replace(new, t("Edit %1").replace("%1", label),
                     merge=f"{w.id}:{name}:{self._visit}")
        return True

    def replace(self, new: Workload, text: str, merge: str | None = None) -> None:
        assert self.profile is not None
        workloads = tuple(new if w.id == new.id else w for w in self.profile.workloads)
        self._committing = True
        try:
            self.project.edit(dataclasses.replace(self.profile, workloads=workloads), text,
                              merge)
        finally:
            self._committing = False
        self.view.form_title.setText(label_text(new.label))

    # ---- add / duplicate / remove -----------------------------------------------------------
    def _full(self) -> bool:
        """A project file holds at most MAX_WORKLOADS workloads (the loader refuses more)."""
        return len(self._ids) >= MAX_WORKLOADS

    def _update_buttons(self) -> None:
        """Add and Duplicate stop at the file's workload limit, their tooltips saying why."""
        view, full = self.view, self._full()
        selected = self.workload(self._selected) is not None
        view.add_button.setEnabled(self._has_templates and not full)
        view.duplicate_button.setEnabled(selected and not full)
        view.remove_button.setEnabled(selected and len(self._ids) > 1)
        view.show_workload_limit(t("A project holds at most %1 workloads: remove one to add "
                                   "another").replace("%1", str(MAX_WORKLOADS)) if full else "")

    def _insert(self, w: Workload, text: str) -> None:
        if self.profile is None or self._full():
            return
        self._selected = w.id
        profile = dataclasses.replace(self.profile, workloads=(*self.profile.workloads, w))
        self.project.edit(profile, text)
        self.select(w.id)

    def add_template(self, kind: str) -> None:
        base = self.templates().get(kind)
        if base is None:
            return
        w = dataclasses.replace(base, id=free_id(kind, set(self._ids)))
        self._insert(w, t("Add %1").replace("%1", template_name(kind)))

    def duplicate(self) -> None:
        w = self.workload(self._selected)
        if w is None or self.profile is None:
            return
        # the copy is the user's own: named from what they see, in their language, and
        # unlike any other workload's name
        shown = label_text(w.label)
        names = {label_text(x.label) for x in self.profile.workloads}
        copy = dataclasses.replace(w, id=free_id(w.id, set(self._ids)),
                                   label=copy_label(shown, names))
        self._insert(copy, t("Duplicate %1").replace("%1", shown))

    def remove(self) -> None:
        w = self.workload(self._selected)
        if w is None or self.profile is None or len(self.profile.workloads) <= 1:
            return  # a profile needs at least one workload (the file format requires it)
        rest = tuple(x for x in self.profile.workloads if x.id != w.id)
        self.project.edit(dataclasses.replace(self.profile, workloads=rest),
                          t("Remove %1").replace("%1", label_text(w.label)))
