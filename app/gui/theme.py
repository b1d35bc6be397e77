"""Light and dark palettes, and the style sheet that gives cards, navigation and messages a look.

One `Palette` drives QPalette, the QSS and the plots, so a theme switch restyles everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QStyledItemDelegate

from core.paths import assets_dir

ThemeName = Literal["light", "dark"]
ThemeChoice = Literal["system", "light", "dark"]


@dataclass(frozen=True, slots=True)
class Palette:
    name: ThemeName
    window: str
    surface: str  # cards, tables, inputs
    surface_alt: str  # alternating rows, hovered nav items
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    good: str
    warn: str
    bad: str
    # Plot series colours: distinct in hue *and* lightness so they survive grey-scale printing.
    series: tuple[str, ...]


LIGHT = Palette(
    name="light", window="#f4f6f9", surface="#ffffff", surface_alt="#eef1f6", text="#1b2230",
    muted="#5a6475", border="#d5dae3", accent="#2f66d6", accent_text="#ffffff", good="#1c7f46",
    warn="#a86a12", bad="#c0322b",
    series=("#2f66d6", "#d9711c", "#1c7f46", "#8e44ad", "#c0322b", "#4a5568"),
)
DARK = Palette(
    name="dark", window="#171a20", surface="#21252d", surface_alt="#2a2f39", text="#e7eaf0",
    muted="#a0a9b8", border="#394150", accent="#6f9bff", accent_text="#0e1320", good="#4cc47f",
    warn="#f0b84a", bad="#ff7a70",
    series=("#6f9bff", "#ffa25a", "#4cc47f", "#c58cf0", "#ff7a70", "#c3cad6"),
)


def resolve(choice: str) -> Palette:
    """The palette for a settings choice; "system" follows the OS colour scheme if Qt knows it."""
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def qpalette(p: Palette) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.surface_alt,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.accent_text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Link: p.accent,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(p.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(p.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(p.muted))
    return pal


def stylesheet(p: Palette) -> str:
    # Style sheets take file paths with forward slashes on every OS.
    icon_dir = (assets_dir() / "icons").as_posix()
    # a disabled button says plainly that it is off (Qt's own look all but matched an enabled
    # one): faded text on no fill; a primary one loses its accent fill
    faded = QColor(p.muted)
    faded.setAlphaF(0.55)
    off = faded.name(QColor.NameFormat.HexArgb)
    return f"""
QWidget {{ font-size: 10pt; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; padding: 4px; }}
QListWidget#nav {{
    background: {p.surface}; border: none; border-right: 1px solid {p.border};
    padding: 8px 6px; outline: none; font-size: 11pt;
}}
QListWidget#nav::item {{ padding: 9px 10px; border-radius: 7px; margin: 1px 0; color: {p.text}; }}
QListWidget#nav::item:hover {{ background: {p.surface_alt}; }}
QListWidget#nav::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
QFrame#card, QPushButton#creatorCard {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px;
}}
QPushButton#creatorCard {{ text-align: left; padding: 14px; }}
QPushButton#creatorCard:hover {{ border: 1px solid {p.accent}; background: {p.surface_alt}; }}
QPushButton#creatorCard:focus {{ border: 2px solid {p.accent}; }}
QPushButton#creatorCard:checked {{ border: 2px solid {p.accent}; }}
QLabel#h1 {{ font-size: 18pt; font-weight: 600; }}
QLabel#h2 {{ font-size: 13pt; font-weight: 600; }}
QLabel#headline {{ font-size: 14pt; font-weight: 600; color: {p.text}; }}
QLabel#headline[cjk="true"] {{ font-size: 15pt; font-weight: 400; }}
QLabel#muted, QLabel#cardLine {{ color: {p.muted}; }}
QLabel#error {{ color: {p.bad}; }}
QLabel#good {{ color: {p.good}; font-weight: 600; }}
QLabel#warn {{ color: {p.warn}; font-weight: 600; }}
QLabel#note {{ color: {p.text}; }}
QLineEdit[invalid="true"] {{ border: 1px solid {p.bad}; }}
QPushButton {{
    padding: 5px 12px; border: 1px solid {p.border}; border-radius: 6px; background: {p.surface};
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:focus {{ border-color: {p.accent}; }}
QPushButton#primary, QToolButton#primary {{
    background: {p.accent}; color: {p.accent_text}; border: 1px solid {p.accent};
    border-radius: 6px; padding: 5px 12px;
}}
QPushButton:disabled {{ color: {off}; background: transparent; }}
QPushButton#primary:disabled, QToolButton#primary:disabled {{
    background: {p.surface}; color: {p.muted}; border: 1px solid {p.border};
}}
QToolButton#primary::menu-indicator {{ subcontrol-position: right center; right: 4px; }}
QToolButton#primary {{ padding-right: 22px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none;
}}
QComboBox::down-arrow, QSpinBox::down-arrow {{ image: url({icon_dir}/chevron_down_{p.name}.svg);
    width: 10px; height: 10px; }}
QSpinBox::up-arrow {{ image: url({icon_dir}/chevron_up_{p.name}.svg); width: 10px; height: 10px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: 18px; }}
QCheckBox::indicator, QListView::indicator {{
    width: 14px; height: 14px; border: 1px solid {p.muted}; border-radius: 3px;
    background: {p.surface};
}}
QCheckBox::indicator:checked, QListView::indicator:checked {{
    background: {p.accent}; border-color: {p.accent};
    image: url({icon_dir}/check_{p.name}.svg);
}}
QCheckBox::indicator:focus {{ border-color: {p.accent}; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{
    padding: 3px 6px; border: 1px solid {p.border}; border-radius: 5px; background: {p.surface};
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus {{
    border-color: {p.accent};
}}
QComboBox QAbstractItemView {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; outline: none;
    selection-background-color: {p.accent}; selection-color: {p.accent_text};
}}
QComboBox QAbstractItemView::item {{ padding: 4px 8px; min-height: 20px; color: {p.text}; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover {{
    background: {p.accent}; color: {p.accent_text};
}}
QTableView, QTreeView, QListWidget {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px;
    gridline-color: {p.border};
}}
QHeaderView::section {{
    background: {p.surface_alt}; color: {p.text}; border: none;
    border-bottom: 1px solid {p.border}; padding: 5px 6px; font-weight: 600;
}}
QTabWidget::pane {{ border: 1px solid {p.border}; border-radius: 6px; top: -1px; }}
QTabBar::tab {{ padding: 6px 14px; border: 1px solid transparent; }}
QTabBar::tab:selected {{ border-bottom: 2px solid {p.accent}; color: {p.accent}; }}
QStatusBar {{ border-top: 1px solid {p.border}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


class _ComboPopups(QObject):
    """Gives every combo box a plain item delegate when it is polished.

    The default one draws the popup's list like a menu, and under a style sheet that drew the
    current item as an empty input box (its text blank); the styled delegate honours the
    `QComboBox QAbstractItemView::item` rules above.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's method name
        if event.type() == QEvent.Type.Polish and isinstance(obj, QComboBox) and not \
                isinstance(obj.itemDelegate(), QStyledItemDelegate):
            obj.setItemDelegate(QStyledItemDelegate(obj))
        return False


def apply(app: QApplication, choice: str) -> Palette:
    """Restyle the whole application; returns the palette the plots should use."""
    p = resolve(choice)
    if app.findChild(_ComboPopups) is None:
        app.installEventFilter(_ComboPopups(app))
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # the one style that honours QPalette identically on every OS
    app.setPalette(qpalette(p))
    app.setStyleSheet(stylesheet(p))
    return p
