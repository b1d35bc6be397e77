"""How the window looks and speaks: theme, palette and language, applied to the whole
application and saved in the app settings (issue #16 point 4: not the main window's business)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.gui import i18n, theme
from app.gui.settings import AppSettings, save_app_settings, settings_path


class Appearance(QObject):
    """The theme and language in effect; `theme_changed(palette)` after a theme switch,
    `language_changed(choice)` after a language switch (Qt has then sent LanguageChange)."""

    theme_changed = Signal(object)  # theme.Palette
    language_changed = Signal(str)  # "en", "zh_CN" or "system"
    # the choice applies but could not be saved for the next start: why, in the window's words
    not_saved = Signal(str)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.palette = theme.LIGHT

    def apply(self) -> None:
        """Style the application and install the language chosen in the settings."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.palette = theme.apply(app, self.settings.theme)
            i18n.ensure_cjk_font()
            i18n.install(self.settings.language)

    def save(self) -> None:
        """Write the settings; a failure is said (`not_saved`), the choice still applies."""
        failed = save_app_settings(self.settings)
        if failed is not None:
            from app.gui.format import failure_text

            self.not_saved.emit(failure_text(failed, settings_path()))

    def set_theme(self, choice: str) -> None:
        self.settings.theme = choice
        self.save()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.palette = theme.apply(app, choice)
        self.theme_changed.emit(self.palette)

    def set_language(self, choice: str) -> None:
        self.settings.language = choice
        i18n.install(choice)  # Qt then sends LanguageChange to every widget
        self.save()  # (said in the language just chosen)
        self.language_changed.emit(choice)
