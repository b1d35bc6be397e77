"""The main window: navigation, pages, File/Edit/View menus, status bar and project files."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
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
from app.gui.appearance import Appearance
from app.gui.controllers.machine import MachinePage
from app.gui.controllers.results import ResultsPage
from app.gui.controllers.settings_page import SettingsPage
from app.gui.controllers.start import StartPage
from app.gui.controllers.work import WorkPage
from app.gui.price_refresh import PriceRefresh
from app.gui.project import Project
from app.gui.project_files import ProjectFileActions
from app.gui.session import Session
from app.gui.settings import (
    AppSettings,
    load_app_settings,
    window_settings,
)
from core.catalogs.value import Catalogs
from core.schema import Profile
from core.schema.plan import PlanResult

PAGES = ("start", "machine", "work", "results", "settings")


class Page(Protocol):
    """A page's controller, as the window holds it: the view it shows in the stack."""

    @property
    def view(self) -> QWidget: ...


def _action(parent: QMainWindow, key: QKeySequence.StandardKey) -> QAction:
    action = QAction(parent)
    action.setShortcut(key)
    return action


class MainWindow(ProjectFileActions):
    """Assembles the pages around one Session, its Project and the Appearance."""

    def __init__(self, session: Session | None = None, app_settings: AppSettings | None = None,
                 *, detect: bool = True, restore_state: bool = True) -> None:
        super().__init__()
        self.app_settings = app_settings if app_settings is not None else load_app_settings()
        self.session = session if session is not None else Session(
            self, samples=self.app_settings.samples)
        # the project (undo history, file, unsaved work) and the look (theme, language) have
        # objects of their own; the window shows them
        self.project = Project(self.session, self)
        self.project.autosave_failed.connect(lambda text: self.statusBar().showMessage(
            self.tr("Could not autosave: %1").replace("%1", text), 8000))
        self.appearance = Appearance(self.app_settings, self)
        self.appearance.theme_changed.connect(lambda _p: self._refresh_nav_icons())
        self.appearance.language_changed.connect(lambda _c: self._update_title())
        self.appearance.not_saved.connect(lambda why: self._say(self.tr(
            "%1 The setting applies until RigSizer closes.").replace("%1", why), 15_000))
        # The price snapshot's age ("refreshed 5 minutes ago") is kept current while open.
        self._price_age_timer = QTimer(self)
        self._price_age_timer.setInterval(60_000)
        self._price_age_timer.timeout.connect(self._update_prices_label)
        self._price_age_timer.start()
        self.appearance.apply()

        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(QSize(760, 540))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(icons.ICON_SIZE)
        self.nav.setFixedWidth(200)
        self.nav.setAccessibleName("Pages")
        self.stack = QStackedWidget()
        # Each page gets what it uses: the session, the project it edits, the look, and a
        # status-bar line (`say(text, ms)`); none of them knows the window.
        s, project, look, say = self.session, self.project, self.appearance, self._say
        self.start_page = StartPage(s, look, self.choose_creator)
        self.machine_page = MachinePage(s, project, say)
        self.work_page = WorkPage(s, project)
        self.results_page = ResultsPage(s, project, look, say, self.refresh_prices,
                                        lambda: self.go_to("settings"))
        self.settings_page = SettingsPage(s, project, look, say, self.refresh_prices)
        self.pages: dict[str, Page] = {
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
        self.prices = PriceRefresh(self, self.session, self.settings_page,
                                   self.act_refresh_prices, self.refresh_progress,
                                   self._update_prices_label)
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

    # ---- what the project and appearance objects hold ---------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        return self.project.undo_stack

    @property
    def path(self) -> Path | None:
        return self.project.path

    @path.setter
    def path(self, value: Path | None) -> None:
        self.project.path = value

    @property
    def _recovered(self) -> bool:
        return self.project.recovered

    @_recovered.setter
    def _recovered(self, value: bool) -> None:
        self.project.recovered = value

    @property
    def palette_(self) -> theme.Palette:
        return self.appearance.palette

    # ---- set-up -----------------------------------------------------------------------------
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
        self.export_menu.aboutToShow.connect(self._sync_export_actions)
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
        # Our own actions, not QUndoStack.createUndoAction's: those write Qt's "Undo %1", which
        # Qt's catalogue says as "撤消 %1" (not the 撤销 of the Undo button) and without the
        # mnemonic. The texts say what would be undone (_undo_texts).
        stack = self.undo_stack
        self.act_undo = QAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.triggered.connect(stack.undo)
        self.act_undo.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.act_redo = QAction(self)
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.act_redo.triggered.connect(stack.redo)
        self.act_redo.setEnabled(stack.canRedo())
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
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
        self._rebuild_recent_menu()

    def _connect_session(self) -> None:
        s = self.session
        s.catalogs_ready.connect(self._on_catalogs)
        s.warming_changed.connect(self._on_warming)
        s.plan_started.connect(lambda: self.plan_label.setText(self.tr("Updating results…")))
        s.plan_ready.connect(self._on_plan_ready)
        s.plan_failed.connect(self._on_plan_failed)
        s.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        s.profile_changed.connect(lambda _p: self._update_title())
        self._on_warming(s.warming)

    # ---- language and theme -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # a passing message was said in the old language, and the status bar shows its
            # own labels again on a language change: drawn over the message, the two were
            # unreadable
            self.statusBar().clearMessage()
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
        self._undo_texts()
        self.warm_label.setText(self.tr("Preparing the estimator (first start compiles, "
                                        "the window is usable meanwhile)…"))
        self._rebuild_recent_menu()
        session = getattr(self, "session", None)
        if session is not None and session.plan_error and not session.planning:
            self._on_plan_failed(session.plan_error)  # said again in the new language
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
        self.appearance.set_theme(choice)  # the pages and the nav icons follow its signal

    def set_language(self, choice: str) -> None:
        # Qt sends LanguageChange to every widget; the title follows the language_changed
        # signal (a shipped profile's name is translated too)
        self.appearance.set_language(choice)

    def _say(self, text: str, msecs: int) -> None:
        """A short message in the status bar (the pages' `say`)."""
        self.statusBar().showMessage(text, msecs)

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

    def _on_plan_ready(self, result: PlanResult | None = None) -> None:
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

    def _undo_texts(self) -> None:
        self._undo_text(self.undo_stack.undoText())
        self._redo_text(self.undo_stack.redoText())

    def _undo_text(self, step: str) -> None:
        """Edit > Undo names the step it would undo ("&Undo Edit output tokens")."""
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", step) if step
                              else self.tr("&Undo"))

    def _redo_text(self, step: str) -> None:
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", step) if step
                              else self.tr("&Redo"))

    def _on_plan_failed(self, text: str) -> None:
        # core's sentence (a Message where core said it) in the language now installed
        self.plan_label.setText(self.tr("Could not plan: %1").replace("%1", i18n.core_text(text)))

    def _update_prices_label(self) -> None:
        from app.gui.format import price_source_lines, price_status

        cats = self.session.catalogs
        since = cats.price_info_age_s()
        self.prices_label.setText(price_status(cats.price_info, cats.offers, since))
        self.prices_label.setToolTip("\n".join(price_source_lines(cats.price_info, since)))
        self.settings_page.show_prices()

    # ---- live prices ------------------------------------------------------------------------
    def refresh_prices(self) -> bool:
        """The Refresh prices action (app.gui.price_refresh)."""
        return self.prices.refresh()

    # ---- project files ----------------------------------------------------------------------
    def profile_for_creator(self, creator_type: str) -> Profile | None:
        profiles = self.session.catalogs.profiles
        if creator_type in profiles:
            return profiles[creator_type]
        for p in profiles.values():
            if p.creator_type == creator_type:
                return p
        return None

    # ---- recovery of unsaved work -----------------------------------------------------------
    def autosave(self) -> bool:
        """Write the unsaved project to the recovery file (atomically); False when not needed."""
        return self.project.autosave()

    def _update_title(self, *_: object) -> None:
        p = self.session.profile
        name = self.path.name if self.path else (i18n.label_text(p.name) if p is not None
                                                  else "")
        mark = "*" if self.is_dirty() else ""
        self.setWindowTitle(f"{name}{mark} — RigSizer" if name else "RigSizer")

    def edit_profile(self, new: Profile, text: str, merge: str | None = None) -> None:
        """Apply a profile change through the undo stack (the only way pages change it)."""
        self.project.edit(new, text, merge)

    def _sync_export_actions(self) -> None:
        """Greyed out, as the Results page's buttons are, while nothing current can be
        exported (no plan yet, or results out of date)."""
        for act in self.act_export.values():
            act.setEnabled(self.results_page.exportable)

    def start_project(self, profile: Profile, path: Path | None = None) -> None:
        # another project's results are not this one's, out of date or not: the page is
        # empty until this project's plan arrives (or says why it cannot)
        self.results_page.show_result(None)
        self.project.start(profile, path)
        self._update_title()

    def choose_creator(self, creator_type: str) -> None:
        profile = self.profile_for_creator(creator_type)
        if profile is None:
            self.statusBar().showMessage(
                self.tr("No shipped profile for this creator type."), 8000)
            return
        if not self.maybe_save():
            return
        self.app_settings.creator_type = creator_type
        self.appearance.save()
        self.start_project(profile)
        self.go_to("machine")

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
        self.project.clear_recovery()


__all__ = ["PAGES", "MainWindow", "Qt"]
