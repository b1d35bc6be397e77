"""The main window's project-file actions: new, open, save, recent files, the unsaved-changes
prompt and the offer to restore autosaved work. A base class of MainWindow (kept apart so each
file stays readable, issue #16 point 4); the project's state itself is app.gui.project.Project.
Texts keep the main window's translation context, where they were written first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from app.gui import format as fmt
from app.gui.format import failure_text
from app.gui.project import Project
from app.gui.session import Session
from app.gui.settings import add_recent_file, recent_files

if TYPE_CHECKING:
    from core.schema import Profile


def t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ProjectFileActions(QMainWindow):
    """Dialogs around app.gui.project.Project; MainWindow provides the members below."""

    project: Project
    session: Session
    recent_menu: QMenu

    def start_project(self, profile: Profile, path: Path | None = None) -> None:
        raise NotImplementedError

    def go_to(self, key: str) -> None:
        raise NotImplementedError

    def _update_title(self, *_: object) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return self.project.is_dirty()

    def offer_recovery(self) -> bool:
        """When the last run ended with unsaved work, offer to restore it; True if restored.
        Only this instance's slot is looked at: another window's copy is not ours to offer."""
        slot = self.project.recovery
        found = slot.read(self.session.loaded_catalogs, self._recovery_unreadable)
        if found is None:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(t("Recover unsaved work"))
        where = (t("the project %1").replace("%1", found.project_path.name)
                 if found.project_path else t("a new project"))
        box.setText(t("RigSizer closed without saving %1 (autosaved %2). Restore it?")
                    .replace("%1", where).replace("%2", fmt.local_time(found.saved_at)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes
                               | QMessageBox.StandardButton.Discard)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            slot.clear()
            return False
        self.start_project(found.profile, found.project_path)
        # not in any saved file yet: saving and the prompt still apply
        self.project.recovered = True
        self.project.autosave()  # start_project cleared the file; keep it until this work is saved
        self._update_title()
        self.go_to("work")
        return True

    def _recovery_unreadable(self, kept: Path, why: str) -> None:
        """Say so when the autosaved work could not be read, and where it was kept: it is set
        aside, not deleted, so a later version or a text editor can still get it back."""
        QMessageBox.warning(self, t("Recover unsaved work"), t(
            "RigSizer closed without saving, but the autosaved copy cannot be read: %1. It was "
            "kept as %2.").replace("%1", why).replace("%2", str(kept)))

    def maybe_save(self) -> bool:
        """True when it is fine to discard the current project (saved, discarded, or clean)."""
        if not self.is_dirty():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(t("Unsaved changes"))
        box.setText(t("Save the changes to this project first?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, t("Open project"), str(self._last_dir()),
            t("RigSizer projects (*.toml)"))
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        from core.catalogs.profiles import load_profile

        try:
            profile = load_profile(path, self.session.loaded_catalogs)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, t("Cannot open project"),
                                failure_text(exc, path, saving=False))
            return False
        self.start_project(profile, path)
        add_recent_file(str(path))
        self._rebuild_recent_menu()
        self.go_to("work")
        return True

    def save(self) -> bool:
        if self.project.path is None:
            return self.save_as()
        return self.save_to(self.project.path)

    def save_as(self) -> bool:
        suggested = self.project.path or self._last_dir() / "project.toml"
        name, _ = QFileDialog.getSaveFileName(
            self, t("Save project"), str(suggested), t("RigSizer projects (*.toml)"))
        if not name:
            return False
        from app.gui.export import confirmed_save_path

        path = confirmed_save_path(self, name, ".toml")
        return path is not None and self.save_to(path)

    def save_to(self, path: Path) -> bool:
        from core.catalogs.profiles import save_profile

        if self.session.profile is None:
            return False
        try:
            save_profile(self.session.profile, path)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, t("Cannot save project"), failure_text(exc, path))
            return False
        self.project.mark_saved(path)
        add_recent_file(str(path))
        self._rebuild_recent_menu()
        self._update_title()
        self.statusBar().showMessage(t("Saved %1").replace("%1", str(path)), 5000)
        return True

    def _last_dir(self) -> Path:
        files = recent_files()
        return Path(files[0]).parent if files else Path.home()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for f in files:
            act = self.recent_menu.addAction(f)
            act.triggered.connect(lambda _=False, p=f: self.open_path(Path(p)))
        if not files:
            empty = self.recent_menu.addAction(t("No recent projects"))
            empty.setEnabled(False)

