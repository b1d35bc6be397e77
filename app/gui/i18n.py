"""Language switching: the compiled .qm for RigSizer plus Qt's own, installed and swapped live.

Widgets re-set their texts in `changeEvent(LanguageChange)` (the retranslateUi pattern), which
Qt sends to every widget when a translator is installed or removed, so no restart is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from core.paths import assets_dir
from core.schema.message import Label, render

# Language code -> its own name, shown in the settings combo box untranslated on purpose: a user
# who cannot read the current language must still find theirs.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return assets_dir() / "translations"


def resolve(choice: str) -> str:
    """A settings choice ("system", "en", "zh_CN") as a language code we ship."""
    if choice in LANGUAGES:
        return choice
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install(choice: str) -> str:
    """Swap the application's translators to `choice`; returns the language now in effect."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs a QApplication")
    lang = resolve(choice)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return lang
    ours = QTranslator(app)
    qm = translations_dir() / f"rigsizer_{lang}.qm"
    if not ours.load(str(qm)):
        raise FileNotFoundError(f"translation file missing or unreadable: {qm}")
    qt_own = QTranslator(app)
    # Qt's standard dialogs (file chooser, message box buttons) come with their own catalogue.
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)  # asked before Qt's: it also fills qt_catalogue_gaps()
    _installed.append(ours)
    # core's own sentences (reasons, plan labels, gates), context "core": core_text() below
    core = QTranslator(app)
    qm = translations_dir() / f"core_{lang}.qm"
    if not core.load(str(qm)):
        raise FileNotFoundError(f"translation file missing or unreadable: {qm}")
    app.installTranslator(core)
    _installed.append(core)
    QLocale.setDefault(QLocale(lang))
    return lang


def qt_catalogue_gaps() -> tuple[str, ...]:
    """Texts of Qt's own file dialog that Qt's qtbase_zh_CN.qm lacks, so they stayed English
    beside a Chinese "文件名称(&N)：": Qt 6 gave two labels mnemonics ("&Look in:", "Files of
    &type:") and moved a file's kind ("Folder", "Drive") to QAbstractFileIconProvider, while
    the catalogue kept the old texts and context. Written here as translate calls in Qt's own
    contexts so app.gui.i18n_build puts them in rigsizer_zh_CN.ts; RigSizer's translator,
    installed after Qt's, is asked first and answers for them."""
    return (QCoreApplication.translate("QFileDialog", "&Look in:"),
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder"),
            QCoreApplication.translate("QAbstractFileIconProvider", "File Folder"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Alias"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Shortcut"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Unknown"))


def core_translate(template: str) -> str:
    return QCoreApplication.translate("core", template)


def core_text(text: str) -> str:
    """A sentence from core (a core.schema.message.Message: reason, plan label, gate text) in
    the language now installed; other text (names) unchanged."""
    return render(text, core_translate)


def label_text(label: str) -> str:
    """A workload or profile name as shown: a shipped profile's name in the language now
    installed (its translation is in the core catalogue, extracted from assets/profiles/ by
    app.gui.i18n_core_build), a name the user typed exactly as typed (it has no entry).
    Only for display: the profile keeps, and files get, the name itself."""
    return render(Label(label), core_translate) if label else label


_bundled_family = ""  # the family ensure_cjk_font() registered from assets/fonts, if it did


def preferred_cjk_family() -> str:
    """A Simplified Chinese font family ("" if none): SC/CN families before HK/TC/JP/KR ones,
    whose glyph sets differ for simplified characters."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families and _bundled_family:
        # Qt files an application font under the writing systems its OS/2 code-page bits
        # claim; the bundled subset claims none, so on a machine without a system CJK font
        # (a fresh Linux install) it is found only by the family it was registered under.
        return _bundled_family
    for marker in (" SC", " CN", "YaHei", "PingFang SC", "Hei", "Song"):
        for family in families:
            if marker in family and "Serif" not in family and "Mono" not in family:
                return family
    return families[0] if families else ""


def ensure_cjk_font() -> str | None:
    """Register the bundled CJK font when the system has none; returns the family used, if any.

    Without a Simplified Chinese font Qt draws tofu boxes for Chinese text in the window and in
    PDF reports, so a font under assets/fonts/ is registered as the fallback.
    """
    have = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if have:
        return None
    fonts = assets_dir() / "fonts"
    if not fonts.is_dir():
        return None
    for path in sorted(fonts.iterdir()):
        if path.suffix.lower() in {".ttf", ".otf", ".ttc"}:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                global _bundled_family
                _bundled_family = families[0]
                return families[0]
    return None
