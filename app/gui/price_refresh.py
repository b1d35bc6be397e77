"""Refreshing the cloud prices from the window: the API key (asked for, checked, stored once a
refresh with it worked) and what the window says while and after the refresh runs.

Kept apart from the main window (issue #16 point 4); its texts keep the main window's
translation context, where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMainWindow, QProgressBar

from app.gui.i18n import core_text
from app.gui.session import Session
from core.schema.message import said


def t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def sentence(text: str) -> str:
    """`text` ending as a sentence: a full stop added unless it ends in its own mark ("is it a
    key?" stays a question, not "key?."; Chinese marks count too)."""
    text = text.strip()
    return text if not text or text[-1] in ".?!。？！" else text + "."


def keyring_available() -> bool:
    """Whether an API key would go to a system keyring (else it stays in memory this run)."""
    import keyring
    import keyring.backends.fail

    try:
        return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
    except Exception:  # a broken keyring configuration counts as none
        return False


class PriceRefresh(QObject):
    """The Refresh prices action and its results, shown in `window`'s status bar, its
    progress bar and the Settings page (`show_refreshing`, `show_refresh_result`)."""

    def __init__(self, window: QMainWindow, session: Session, settings_page: object,
                 action: QAction, progress: QProgressBar,
                 prices_changed: Callable[[], None]) -> None:
        super().__init__(window)
        self.window_ = window
        self.session = session
        self.settings_page = settings_page
        self.action = action
        self.progress = progress
        self.prices_changed = prices_changed
        self.ask_key = False  # the stored API key was refused: ask for a new one next time
        self.new_key: str | None = None  # typed for the running refresh; stored if it works
        session.refreshing_changed.connect(self._on_refreshing)
        session.prices_refreshed.connect(self._on_refreshed)
        session.prices_failed.connect(self._on_failed)

    def ask_api_key(self) -> str | None:
        """Ask for the Runpod API key (hidden input); None when cancelled or left empty."""
        where = (t("It will be kept in the system keyring.") if keyring_available() else
                 t("This computer has no system keyring: the key is kept in memory "
                   "until RigSizer closes, never in a file."))
        dialog = QInputDialog(self.window_)
        dialog.setWindowTitle(t("Runpod API key"))
        dialog.setLabelText(t(
            "RigSizer reads current GPU prices with your Runpod API key (runpod.io → Settings "
            "→ API Keys; read access is enough). %1").replace("%1", where))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        # the explanation wraps: on one line it made the dialog 1,450 px wide
        for text in dialog.findChildren(QLabel):
            text.setWordWrap(True)
            text.setMinimumWidth(440)  # the dialog's layout fixes its size to its contents'
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        key = dialog.textValue().strip()
        return key or None

    def refresh(self) -> bool:
        """Find or ask for the key, then refresh off the UI thread; False when not started."""
        from core.prices import get_api_key
        from core.prices.keys import check_api_key

        if self.session.refreshing:
            return False
        key = None if self.ask_key else get_api_key("runpod")
        self.new_key = None
        if key is None:
            typed = self.ask_api_key()
            if typed is None:
                return False
            try:
                key = check_api_key(typed)
            except ValueError as exc:
                self._on_failed(said(exc))
                return False
            self.new_key = key
        return self.session.refresh_prices(key)

    def _on_refreshing(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.action.setEnabled(not busy)
        if busy:
            self.window_.statusBar().showMessage(t("Fetching current cloud prices…"))
        self.settings_page.show_refreshing(busy)  # type: ignore[attr-defined]

    def _on_refreshed(self, text: str) -> None:
        from core.prices import store_api_key

        self.ask_key = False
        stored = ""
        new_key, self.new_key = self.new_key, None
        if new_key is not None:
            where = store_api_key("runpod", new_key)
            stored = " " + (t("The key is saved in the system keyring.") if where ==
                            "keyring" else
                            t("No system keyring: the key is kept for this session only."))
        self.prices_changed()
        message = t("Prices refreshed: %1").replace("%1", core_text(text)) + stored
        self.settings_page.show_refresh_result(message, ok=True)  # type: ignore[attr-defined]
        self.window_.statusBar().showMessage(message, 10_000)

    def _on_failed(self, text: str) -> None:
        # A refused key is asked for again next time instead of failing the same way forever.
        if self.session.refresh_error_kind == "auth":
            self.ask_key = True
        self.new_key = None
        message = t("%1 The previous prices are kept.").replace("%1", sentence(core_text(text)))
        self.settings_page.show_refresh_result(message, ok=False)  # type: ignore[attr-defined]
        self.window_.statusBar().showMessage(message, 15_000)
