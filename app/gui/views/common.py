"""Small layout helpers shared by the views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QElapsedTimer,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QCompleter,
    QFrame,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from core.schema import GpuSpec


class Page(QWidget):
    """A page that re-sets its texts when the language changes (the retranslateUi pattern)."""

    retranslated = Signal()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.retranslated.emit()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def label(object_name: str = "", wrap: bool = False) -> QLabel:
    lab = QLabel()
    if object_name:
        lab.setObjectName(object_name)
    lab.setWordWrap(wrap)
    return lab


class ReadableColumns(QObject):
    """Sizes a table's columns so no header is ever cut ("orklo" for "Workload").

    Short columns fit their contents (header included); the `stretch` columns share what is
    left by the width each wants, or, `in_order`, take it in the order given, each up to its
    contents, the last one the rest (a plan's name first, then the long reasons it misses a
    limit: shared by width wanted, the reasons took it all and the names read "Add…"); none is
    narrower than its header's text. When the table is too narrow for that, a horizontal scroll
    bar appears instead of clipped headers.
    """

    def __init__(self, table: QTableView, stretch: tuple[int, ...],
                 least_chars: dict[int, int] | None = None, in_order: bool = False) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.in_order = in_order
        # columns that stay this many characters wide however narrow the table (a name cut to
        # "Add …" tells no row from another; the table scrolls sideways instead)
        self.least_chars = dict(least_chars or {})
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.viewport().installEventFilter(self)
        # owned by this object (a child of the table), so it dies with the table
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header.sectionCountChanged.connect(lambda *_: self.schedule())
        header.geometriesChanged.connect(self.schedule)
        self.schedule()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's method name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def header_width(self, column: int) -> int:
        """The width a column needs to show its header text in full (and its least_chars)."""
        header = self.table.horizontalHeader()
        least = self.table.fontMetrics().averageCharWidth() * self.least_chars.get(column, 0)
        return max(header.sectionSizeFromContents(column).width(), 24, least)

    def fit(self) -> None:
        table = self.table
        model = table.model()
        if model is None:
            return
        header = table.horizontalHeader()
        count = model.columnCount()
        widths: dict[int, int] = {}
        for c in range(count):
            if table.isColumnHidden(c):
                continue
            need = self.header_width(c)
            if c not in self.stretch:
                need = max(need, table.sizeHintForColumn(c))
            widths[c] = need
        spare = table.viewport().width() - sum(widths.values())
        stretch = [c for c in self.stretch if c in widths]
        if spare > 0 and stretch:
            wanted = {c: max(table.sizeHintForColumn(c) - widths[c], 0) for c in stretch}
            if self.in_order:
                for c in stretch:
                    give = min(spare, wanted[c])
                    widths[c] += give
                    spare -= give
            else:
                total = sum(wanted.values())
                for c in stretch:
                    share = wanted[c] / total if total else 1 / len(stretch)
                    widths[c] += int(spare * share)
            widths[stretch[-1]] += table.viewport().width() - sum(widths.values())
        # a scroll bar only when the headers do not fit (a stray one for a rounding pixel
        # covered the last row)
        fits = sum(widths.values()) <= table.viewport().width()
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                           else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header.blockSignals(True)
        try:
            for c, w in widths.items():
                if header.sectionSize(c) != w:
                    header.resizeSection(c, w)
        finally:
            header.blockSignals(False)
        header.viewport().update()


class WheelToPage(QObject):
    """Routes the mouse wheel to the page while the page is being scrolled.

    A table inside a scrolling page grabbed the wheel as soon as it slid under the pointer, so
    scrolling the page stopped halfway and the table scrolled instead. Now the table scrolls only
    when the wheel starts over it (no page scroll in the last LATCH_MS), and it hands the wheel to
    the page at either end of its own range.
    """

    LATCH_MS = 600

    def __init__(self, page: QScrollArea) -> None:
        super().__init__(page)
        self.page = page
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last_page_wheel = -10 * self.LATCH_MS
        page.viewport().installEventFilter(self)

    def watch(self, inner: QAbstractScrollArea) -> None:
        inner.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's method name
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        if obj is self.page.viewport():
            self.last_page_wheel = self.clock.elapsed()
            return False
        inner = obj.parent() if isinstance(obj, QWidget) else None
        if not isinstance(inner, QAbstractScrollArea):
            return False
        bar = inner.verticalScrollBar()
        dy = event.angleDelta().y()
        latched = self.clock.elapsed() - self.last_page_wheel < self.LATCH_MS
        if not isinstance(inner, QGraphicsView):  # a plot zooms; a list hands over at its ends
            latched = latched or not bar.isVisible() or (
                dy > 0 and bar.value() <= bar.minimum()) or (
                dy < 0 and bar.value() >= bar.maximum())
        if latched:
            self.last_page_wheel = self.clock.elapsed()
            page_bar = self.page.verticalScrollBar()
            page_bar.setValue(page_bar.value() - int(dy / 120 * page_bar.singleStep() * 3))
            return True
        return False


def has_cjk(text: str) -> bool:
    """Whether `text` has Chinese, Japanese or Korean characters."""
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
               or "\uff00" <= ch <= "\uffef" for ch in text)


def set_cjk(widget: QWidget, cjk: bool) -> None:
    """Mark a label whose text mixes Chinese with Latin names. Its bold style then becomes
    regular weight: the Chinese fonts (the bundled one above all) have no bold face, so bold
    drew the Latin words heavy and the Chinese light, one line in two weights."""
    if widget.property("cjk") != cjk:
        widget.setProperty("cjk", cjk)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


# control characters and text-direction overrides: a profile refuses them in a name or label
# (core.catalogs.text_fields), so the window never takes them in (a pasted tab included)
_ONE_LINE = QRegularExpression(
    "[^\\x00-\\x1f\\x7f-\\x9f\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]*")


def one_line_text(parent: QObject) -> QRegularExpressionValidator:
    """A validator that takes one line of readable text, as a profile's names hold."""
    return QRegularExpressionValidator(_ONE_LINE, parent)


def scrolled(page: QWidget) -> tuple[QScrollArea, QWidget]:
    """Lay `page` out as one column that scrolls as a whole (so nothing is squeezed or
    overlaps at small window sizes): the scroll area and the widget to fill."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    body = QWidget()
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return scroll, body


def fill_gpu_choice(combo: QComboBox, gpus: Iterable[GpuSpec],
                    text: Callable[[GpuSpec], str] = lambda g: g.name,
                    first: str | None = None) -> None:
    """`combo` lists the GPU catalog by name (after `first`, an entry for no card, where given),
    each card's id its data, and an editable combo finds a card by any part of its name typed
    (the machine page's picker and the measurements' card choice)."""
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for g in sorted(gpus, key=lambda g: g.name.lower()):
        combo.addItem(text(g), g.id)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
