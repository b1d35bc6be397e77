"""zh_CN: every visible string has a translation, and switching language needs no restart."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QWidget,
)

from app.gui.i18n_build import QM_FILE, TS_FILE, extract, read_ts


def test_every_string_in_the_code_has_a_finished_translation() -> None:
    translations = read_ts()
    missing = [f"{m.file}:{m.line} [{m.context}] {m.source!r}" for m in extract()
               if (m.context, m.source) not in translations]
    assert not missing, "untranslated strings (run python -m app.gui.i18n_build):\n" + "\n".join(
        missing)


def test_placeholders_survive_translation() -> None:
    for (ctx, source), text in read_ts().items():
        wanted = sorted(re.findall(r"%\d", source))
        assert sorted(re.findall(r"%\d", text)) == wanted, f"[{ctx}] {source!r} -> {text!r}"


def test_chinese_addresses_the_user_one_way() -> None:
    """Both catalogues (the window's and core's sentences) say 你, never the formal 您: a
    page that mixes them reads as if two people wrote it (the price field said 您 while the
    sentence under it said 你)."""
    from app.gui.i18n_core_build import translations as core_translations

    texts = [*read_ts().values(), *core_translations().values()]
    formal = [t for t in texts if "您" in t]
    assert not formal, "formal address in: " + "; ".join(formal)
    assert sum("你" in t for t in texts) > 50  # the catalogues were read and do address the user


def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(exe), str(TS_FILE), "-qm", str(tmp_path / "x.qm")], check=True,
                   capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == QM_FILE.read_bytes()
    tr = QTranslator()
    assert tr.load(str(QM_FILE))
    assert tr.translate("MainWindow", "Results") == "结果"


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can see in `root` right now: labels, buttons, tabs, headers, boxes."""
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton) and not isinstance(w, QComboBox):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts.extend(str(model.headerData(c, Qt.Orientation.Horizontal))
                         for c in range(model.columnCount()))
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if w.toolTip():
            texts.append(w.toolTip())
    return texts


def test_switching_language_retranslates_every_page_live(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    english = {source for (_c, source), text in read_ts().items() if text != source}
    window.set_language("zh_CN")
    QCoreApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert window.nav.item(3).text() == "结果"
    assert window.file_menu.title() == "文件(&F)"
    for key in ("start", "machine", "work", "results", "settings"):
        window.go_to(key)
        QCoreApplication.processEvents()
        texts = visible_texts(window)
        assert any(re.search("[\u4e00-\u9fff]", t) for t in texts)  # the walk sees the page
        leftover = sorted({t for t in texts if t in english})
        assert not leftover, f"{key} page still shows English UI text: {leftover}"
    window.go_to("work")
    assert window.work_page.view.table.item(0, 2).text().startswith("每周")
    window.set_language("en")
    QCoreApplication.processEvents()
    assert window.nav.item(3).text() == "Results"
    assert window.work_page.view.table.item(0, 2).text().endswith("per week")


def test_a_passing_message_does_not_outlive_a_language_change(make_window) -> None:  # type: ignore[no-untyped-def]
    # The status bar shows its own labels again when the language changes; a message shown
    # then was drawn over "Results updated in … ms", and it was in the old language.
    window = make_window()
    bar = window.statusBar()
    bar.showMessage("Saved my_project.toml", 8000)
    QCoreApplication.processEvents()
    window.set_language("zh_CN")
    QCoreApplication.processEvents()
    assert bar.currentMessage() == ""
    window.set_language("en")
    QCoreApplication.processEvents()


def test_qt_own_dialogs_speak_chinese_and_english_again(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's file chooser and message boxes are in the language chosen: Qt's own catalogue
    (qtbase_zh_CN.qm from PySide6) is installed with RigSizer's and removed with it, and the
    texts that catalogue lacks ("&Look in:", "Files of &type:", a folder's kind) come from
    ours."""
    import pytest
    from PySide6.QtCore import QFileInfo, QLibraryInfo
    from PySide6.QtWidgets import QFileDialog, QFileIconProvider

    from app.gui import i18n

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_dir / "qtbase_zh_CN.qm").is_file():
        pytest.skip(f"this PySide6 ships no qtbase_zh_CN.qm in {qt_dir}")
    cjk = re.compile("[\u4e00-\u9fff]")
    try:
        i18n.install("zh_CN")
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
        assert cjk.search(QCoreApplication.translate("QPlatformTheme", "Discard"))
        dialog = QFileDialog(None, "x", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the one drawn offscreen
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        shown = [w.text() for kind in (QLabel, QAbstractButton)
                 for w in dialog.findChildren(kind) if w.text()]
        assert len(shown) >= 4  # look in, file name, files of type, save, cancel
        english = [text for text in shown if not cjk.search(text)]
        assert not english, f"the file dialog still says {english}"
        dialog.deleteLater()
        # the Type column of the dialog's list: a folder is 文件夹, not "Folder"
        assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    assert QCoreApplication.translate("QPlatformTheme", "Discard") == "Discard"
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Folder"
