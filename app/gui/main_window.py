"""The main window: navigation, pages, File/Edit/View menus, status bar and project files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from app.gui import i18n, icons, theme
from app.gui.commands import SetProfile
from app.gui.controllers.machine import MachinePage
from app.gui.controllers.results import ResultsPage
from app.gui.controllers.settings_page import SettingsPage
from app.gui.controllers.start import StartPage
from app.gui.controllers.work import WorkPage
from app.gui.session import Session
from app.gui.settings import (
    AppSettings,
    add_recent_file,
    load_app_settings,
    recent_files,
    save_app_settings,
    window_settings,
)
from core.catalogs.bundle import Catalogs

PAGES = ("start", "machine", "work", "results", "settings")
# How long after the last edit the project is autosaved for recovery: long enough that typing
# does not write a file per keystroke, short enough that a crash loses at most a few edits.
AUTOSAVE_MS = 1500


def keyring_available() -> bool:
    """Whether an API key would go to a system keyring (else it stays in memory this run)."""
    import keyring
    import keyring.backends.fail

    try:
        return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
    except Exception:  # a broken keyring configuration counts as none
        return False


def _action(parent: QMainWindow, key: QKeySequence.StandardKey) -> QAction:
    action = QAction(parent)
    action.setShortcut(key)
    return action


class MainWindow(QMainWindow):
    """Assembles the pages around one Session and owns the project file and undo history."""

    theme_changed = Signal(object)  # theme.Palette

    def __init__(self, session: Session | None = None, app_settings: AppSettings | None = None,
                 *, detect: bool = True, restore_state: bool = True) -> None:
        super().__init__()
        self.app_settings = app_settings if app_settings is not None else load_app_settings()
        self.session = session if session is not None else Session(
            self, samples=self.app_settings.samples)
        self.undo_stack = QUndoStack(self)
        self.path: Path | None = None
        self.palette_ = theme.LIGHT
        self._recovered = False  # showing autosaved work that is not in any saved file yet
        self._ask_key = False  # the stored API key was refused: ask for a new one next time
        self._new_key: str | None = None  # typed for the running refresh; stored if it works
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        # The price snapshot's age ("refreshed 5 minutes ago") is kept current while open.
        self._price_age_timer = QTimer(self)
        self._price_age_timer.setInterval(60_000)
        self._price_age_timer.timeout.connect(self._update_prices_label)
        self._price_age_timer.start()
        self._apply_theme_and_language()

        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(QSize(760, 540))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(icons.ICON_SIZE)
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName("Pages")
        self.stack = QStackedWidget()
        self.start_page = StartPage(self)
        self.machine_page = MachinePage(self)
        self.work_page = WorkPage(self)
        self.results_page = ResultsPage(self)
        self.settings_page = SettingsPage(self)
        self.pages: dict[str, Any] = {
            "start": self.start_page, "machine": self.machine_page, "work": self.work_page,
            "results": self.results_page, "settings": self.settings_page,
        }
        for key in PAGES:
            self.stack.addWidget(self.pages[key].view)
            QListWidgetItem(self.nav)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_status_bar()
        self._build_menus()
        self._connect_session()
        self.retranslate_ui()
        self._refresh_nav_icons()
        if restore_state:
            self._restore_window_state()
        self.go_to("start" if self.app_settings.creator_type is None else "results")
        self.session.load_catalogs()
        if detect:
            self.session.detect()
        # After the window is shown: the question is about this window's project.
        QTimer.singleShot(0, self.offer_recovery)

    # ---- set-up -----------------------------------------------------------------------------
    def _apply_theme_and_language(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.palette_ = theme.apply(app, self.app_settings.theme)
            i18n.ensure_cjk_font()
            i18n.install(self.app_settings.language)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.warm_label = QLabel()
        self.warm_progress = QProgressBar()
        self.warm_progress.setRange(0, 0)  # busy indicator: compile time is not predictable
        self.warm_progress.setMaximumWidth(120)
        self.warm_progress.setMaximumHeight(12)
        self.warm_progress.setTextVisible(False)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("muted")
        self.prices_label = QLabel()
        self.prices_label.setObjectName("muted")
        self.refresh_progress = QProgressBar()
        self.refresh_progress.setRange(0, 0)  # busy: a refresh has no measurable progress
        self.refresh_progress.setMaximumWidth(90)
        self.refresh_progress.setMaximumHeight(12)
        self.refresh_progress.setTextVisible(False)
        self.refresh_progress.hide()
        bar.addWidget(self.warm_progress)
        bar.addWidget(self.warm_label)
        bar.addWidget(self.plan_label, 1)
        bar.addPermanentWidget(self.refresh_progress)
        bar.addPermanentWidget(self.prices_label)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.act_new = _action(self, QKeySequence.StandardKey.New)
        self.act_open = _action(self, QKeySequence.StandardKey.Open)
        self.act_save = _action(self, QKeySequence.StandardKey.Save)
        self.act_save_as = _action(self, QKeySequence.StandardKey.SaveAs)
        self.recent_menu = QMenu(self)
        self.export_menu = QMenu(self)
        self.act_export = {fmt: QAction(self) for fmt in ("pdf", "html", "csv", "json")}
        for fmt, act in self.act_export.items():
            act.triggered.connect(lambda _=False, f=fmt: self.results_page.export_dialog(f))
            self.export_menu.addAction(act)
        self.act_refresh_prices = QAction(self)
        self.act_refresh_prices.triggered.connect(self.refresh_prices)
        self.act_quit = _action(self, QKeySequence.StandardKey.Quit)
        self.act_new.triggered.connect(lambda: self.go_to("start"))
        self.act_open.triggered.connect(self.open_dialog)
        self.act_save.triggered.connect(self.save)
        self.act_save_as.triggered.connect(self.save_as)
        self.act_quit.triggered.connect(self.close)
        for a in (self.act_new, self.act_open):
            self.file_menu.addAction(a)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_save)
        self.file_menu.addAction(self.act_save_as)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_refresh_prices)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.edit_menu = mb.addMenu("")
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)

        self.view_menu = mb.addMenu("")
        self.act_pages: list[QAction] = []
        for i, key in enumerate(PAGES):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=key: self.go_to(k))
            self.view_menu.addAction(act)
            self.act_pages.append(act)
        self.help_menu = mb.addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about)
        self.help_menu.addAction(self.act_about)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.undo_stack.indexChanged.connect(lambda _i: self._schedule_autosave())
        self._rebuild_recent_menu()

    def _connect_session(self) -> None:
        s = self.session
        s.catalogs_ready.connect(self._on_catalogs)
        s.warming_changed.connect(self._on_warming)
        s.plan_started.connect(lambda: self.plan_label.setText(self.tr("Updating results…")))
        s.plan_ready.connect(self._on_plan_ready)
        s.plan_failed.connect(lambda text: self.plan_label.setText(
            self.tr("Could not plan: %1").replace("%1", text)))
        s.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.refreshing_changed.connect(self._on_refreshing)
        s.prices_refreshed.connect(self._on_prices_refreshed)
        s.prices_failed.connect(self._on_prices_failed)
        s.profile_changed.connect(lambda _p: self._update_title())
        self._on_warming(s.warming)

    # ---- language and theme -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = [self.tr("Start"), self.tr("My machine"), self.tr("My work"), self.tr("Results"),
                 self.tr("Settings")]
        tips = [self.tr("Choose what kind of creator you are"),
                self.tr("The GPU, CPU and memory RigSizer found, and how to correct them"),
                self.tr("The jobs you plan to run each week"),
                self.tr("Keep, buy or rent: the recommendation and its numbers"),
                self.tr("Region, currency, budget, providers, theme and language")]
        for i, (name, tip) in enumerate(zip(names, tips, strict=True)):
            item = self.nav.item(i)
            item.setText(name)
            item.setToolTip(tip)
            self.act_pages[i].setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New project…"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_save.setText(self.tr("&Save"))
        self.act_save_as.setText(self.tr("Save &as…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.export_menu.setTitle(self.tr("&Export report"))
        self.act_export["pdf"].setText(self.tr("PDF report…"))
        self.act_export["html"].setText(self.tr("HTML report…"))
        self.act_export["csv"].setText(self.tr("Plans as CSV…"))
        self.act_export["json"].setText(self.tr("Everything as JSON…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_refresh_prices.setText(self.tr("Refresh cloud &prices…"))
        self.act_refresh_prices.setToolTip(self.tr(
            "Fetch current Runpod GPU prices with your Runpod API key"))
        self.act_about.setText(self.tr("&About RigSizer"))
        self.undo_stack.setUndoLimit(200)
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.warm_label.setText(self.tr("Preparing the estimator (first start compiles, "
                                        "the window is usable meanwhile)…"))
        self._rebuild_recent_menu()
        self._update_title()
        self._update_prices_label()
        if self.session.result is not None:
            self._on_plan_ready()

    def _refresh_nav_icons(self) -> None:
        names = ("nav_start", "nav_machine", "nav_work", "nav_results", "nav_settings")
        for i, name in enumerate(names):
            self.nav.item(i).setIcon(
                icons.icon(name, self.palette_.muted, self.palette_.accent_text))

    def set_theme(self, choice: str) -> None:
        self.app_settings.theme = choice
        save_app_settings(self.app_settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.palette_ = theme.apply(app, choice)
        self._refresh_nav_icons()
        self.settings_page.sync_app_settings()
        self.theme_changed.emit(self.palette_)

    def set_language(self, choice: str) -> None:
        self.app_settings.language = choice
        save_app_settings(self.app_settings)
        i18n.install(choice)  # Qt then sends LanguageChange to every widget
        self.settings_page.sync_app_settings()
        self._update_title()  # a shipped profile's name is translated too

    # ---- navigation -------------------------------------------------------------------------
    def go_to(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    # ---- session events ---------------------------------------------------------------------
    def _on_catalogs(self, cats: Catalogs) -> None:
        self._update_prices_label()
        if self.session.profile is None and self.app_settings.creator_type is not None:
            profile = self.profile_for_creator(self.app_settings.creator_type)
            if profile is not None:
                self.session.set_profile(profile)

    def _on_warming(self, warming: bool) -> None:
        self.warm_label.setVisible(warming)
        self.warm_progress.setVisible(warming)

    def _on_plan_ready(self, result: Any = None) -> None:
        took = self.session.last_plan_seconds
        if took is None:
            return
        ms = f"{took * 1000:.0f}"
        if self.session.preliminary:
            self.plan_label.setText(self.tr(
                "Preliminary results (%1 samples) in %2 ms, refining…")
                .replace("%1", f"{self.session.quick_samples:,}").replace("%2", ms))
        else:
            self.plan_label.setText(self.tr("Results updated in %1 ms").replace("%1", ms))

    def _update_prices_label(self) -> None:
        from app.gui.format import price_source_lines, price_status

        cats = self.session.catalogs
        since = cats.price_info_age_s()
        self.prices_label.setText(price_status(cats.price_info, cats.offers, since))
        self.prices_label.setToolTip("\n".join(price_source_lines(cats.price_info, since)))
        self.settings_page.show_prices()

    # ---- live prices ------------------------------------------------------------------------
    def ask_api_key(self) -> str | None:
        """Ask for the Runpod API key (hidden input); None when cancelled or left empty."""
        where = (self.tr("It will be kept in the system keyring.") if keyring_available() else
                 self.tr("This computer has no system keyring: the key is kept in memory "
                         "until RigSizer closes, never in a file."))
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Runpod API key"))
        dialog.setLabelText(self.tr(
            "RigSizer reads current GPU prices with your Runpod API key (runpod.io → Settings "
            "→ API Keys; read access is enough). %1").replace("%1", where))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        key = dialog.textValue().strip()
        return key or None

    def refresh_prices(self) -> bool:
        """The Refresh prices action: find or ask for the key, then refresh off the UI thread."""
        from core.prices import get_api_key
        from core.prices.keys import check_api_key

        if self.session.refreshing:
            return False
        key = None if self._ask_key else get_api_key("runpod")
        self._new_key = None
        if key is None:
            typed = self.ask_api_key()
            if typed is None:
                return False
            try:
                key = check_api_key(typed)
            except ValueError as exc:
                self._on_prices_failed(str(exc))
                return False
            self._new_key = key
        return self.session.refresh_prices(key)

    def _on_refreshing(self, busy: bool) -> None:
        self.refresh_progress.setVisible(busy)
        self.act_refresh_prices.setEnabled(not busy)
        if busy:
            self.statusBar().showMessage(self.tr("Fetching current cloud prices…"))
        self.settings_page.show_refreshing(busy)

    def _on_prices_refreshed(self, text: str) -> None:
        from core.prices import store_api_key

        self._ask_key = False
        stored = ""
        new_key, self._new_key = self._new_key, None
        if new_key is not None:
            where = store_api_key("runpod", new_key)
            stored = " " + (self.tr("The key is saved in the system keyring.") if where ==
                            "keyring" else
                            self.tr("No system keyring: the key is kept for this session only."))
        self._update_prices_label()
        message = self.tr("Prices refreshed: %1").replace("%1", text) + stored
        self.settings_page.show_refresh_result(message, ok=True)
        self.statusBar().showMessage(message, 10_000)

    def _on_prices_failed(self, text: str) -> None:
        # A refused key is asked for again next time instead of failing the same way forever.
        if self.session.refresh_error_kind == "auth":
            self._ask_key = True
        self._new_key = None
        message = self.tr("%1 The previous prices are kept.").replace(
            "%1", text.rstrip(".") + ".")
        self.settings_page.show_refresh_result(message, ok=False)
        self.statusBar().showMessage(message, 15_000)

    # ---- project files ----------------------------------------------------------------------
    def profile_for_creator(self, creator_type: str) -> Any | None:
        profiles = self.session.catalogs.profiles
        if creator_type in profiles:
            return profiles[creator_type]
        for p in profiles.values():
            if p.creator_type == creator_type:
                return p
        return None

    def is_dirty(self) -> bool:
        return self._recovered or not self.undo_stack.isClean()

    # ---- recovery of unsaved work -----------------------------------------------------------
    def _schedule_autosave(self) -> None:
        try:
            dirty = self.is_dirty()
        except RuntimeError:  # the undo stack is being destroyed with the window: not an edit
            return
        if dirty:
            self._autosave.start()
        else:  # undone back to the saved state: nothing to recover
            self._autosave.stop()
            from app.gui.recovery import clear_recovery

            clear_recovery()

    def autosave(self) -> bool:
        """Write the unsaved project to the recovery file (atomically); False when not needed."""
        from app.gui.recovery import write_recovery

        if self.session.profile is None or not self.is_dirty():
            return False
        try:
            write_recovery(self.session.profile, self.path,
                           datetime.now(UTC).isoformat(timespec="seconds"))
        except (ValueError, OSError) as exc:
            self.statusBar().showMessage(
                self.tr("Could not autosave: %1").replace("%1", str(exc)), 8000)
            return False
        return True

    def offer_recovery(self) -> bool:
        """When the last run ended with unsaved work, offer to restore it; True if restored."""
        from app.gui.recovery import clear_recovery, read_recovery

        found = read_recovery()
        if found is None:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Recover unsaved work"))
        where = (self.tr("the project %1").replace("%1", found.project_path.name)
                 if found.project_path else self.tr("a new project"))
        box.setText(self.tr("RigSizer closed without saving %1 (autosaved %2). Restore it?")
                    .replace("%1", where).replace("%2", found.saved_at.replace("T", " ")))
        box.setStandardButtons(QMessageBox.StandardButton.Yes
                               | QMessageBox.StandardButton.Discard)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            clear_recovery()
            return False
        self.start_project(found.profile, found.project_path)
        self._recovered = True  # not in any saved file yet: saving and the prompt still apply
        self.autosave()  # start_project cleared the file; keep it until this work is saved
        self._update_title()
        self.go_to("work")
        return True

    def _update_title(self, *_: object) -> None:
        p = self.session.profile
        name = self.path.name if self.path else (i18n.label_text(p.name) if p is not None
                                                  else "")
        mark = "*" if self.is_dirty() else ""
        self.setWindowTitle(f"{name}{mark} — RigSizer" if name else "RigSizer")

    def edit_profile(self, new: Any, text: str, merge: str | None = None) -> None:
        """Apply a profile change through the undo stack (the only way pages change it);
        consecutive edits with the same `merge` key are one undo step."""
        old = self.session.profile
        if old is None or new == old:
            return
        self.undo_stack.push(SetProfile(self.session, old, new, text, merge))

    def start_project(self, profile: Any, path: Path | None = None) -> None:
        self.undo_stack.clear()
        self._recovered = False
        self.path = path
        self.session.set_profile(profile)
        self._update_title()

    def maybe_save(self) -> bool:
        """True when it is fine to discard the current project (saved, discarded, or clean)."""
        if not self.is_dirty():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to this project first?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def choose_creator(self, creator_type: str) -> None:
        profile = self.profile_for_creator(creator_type)
        if profile is None:
            self.statusBar().showMessage(
                self.tr("No shipped profile for this creator type."), 8000)
            return
        if not self.maybe_save():
            return
        self.app_settings.creator_type = creator_type
        save_app_settings(self.app_settings)
        self.start_project(profile)
        self.go_to("machine")

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(self._last_dir()),
            self.tr("RigSizer projects (*.toml)"))
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        from core.catalogs.profiles import load_profile

        try:
            profile = load_profile(path)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(exc))
            return False
        self.start_project(profile, path)
        add_recent_file(str(path))
        self._rebuild_recent_menu()
        self.go_to("work")
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        suggested = self.path or self._last_dir() / "project.toml"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save project"), str(suggested), self.tr("RigSizer projects (*.toml)"))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".toml":
            path = path.with_suffix(".toml")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        from core.catalogs.profiles import save_profile

        if self.session.profile is None:
            return False
        try:
            save_profile(self.session.profile, path)
        except (ValueError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save project"), str(exc))
            return False
        self.path = path
        self._recovered = False
        self.undo_stack.setClean()
        self._clear_recovery()
        add_recent_file(str(path))
        self._rebuild_recent_menu()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
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
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)

    def about(self) -> None:
        from core.version import version

        QMessageBox.about(self, self.tr("About RigSizer"), self.tr(
            "RigSizer %1: keep your GPU, buy one, or rent cloud GPUs, sized for your own work."
        ).replace("%1", version()))

    # ---- window state -----------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        qs = window_settings()
        geometry = qs.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        state = qs.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        qs = window_settings()
        qs.setValue("window/geometry", self.saveGeometry())
        qs.setValue("window/state", self.saveState())
        qs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        self._clear_recovery()  # saved or discarded on purpose: nothing to recover next time
        self.session.wait_idle(10_000)
        event.accept()

    def _clear_recovery(self) -> None:
        from app.gui.recovery import clear_recovery

        self._autosave.stop()
        clear_recovery()

    def defer(self, fn: Any) -> None:
        QTimer.singleShot(0, fn)


__all__ = ["PAGES", "MainWindow", "Qt"]
