"""First-run page: one large card per creator type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.gui.views.common import Page, label

CREATORS = ("ai_video_blogger", "vtuber", "game_modder", "educator", "small_studio")


class StartView(Page):
    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(10)
        self.title = label("h1")
        self.subtitle = label("muted", wrap=True)
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)
        outer.addSpacing(12)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.group = QButtonGroup(self)
        self.cards: dict[str, QPushButton] = {}
        self.card_icons: dict[str, QLabel] = {}
        self.card_titles: dict[str, QLabel] = {}
        self.card_lines: dict[str, QLabel] = {}
        for i, key in enumerate(CREATORS):
            btn = QPushButton()
            btn.setObjectName("creatorCard")
            btn.setCheckable(True)
            btn.setMinimumHeight(104)
            btn.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row = QHBoxLayout(btn)
            row.setContentsMargins(18, 14, 18, 14)
            row.setSpacing(16)
            icon = QLabel()
            icon.setFixedSize(52, 52)
            text = QVBoxLayout()
            text.setSpacing(4)
            title = label("h2")
            line = label("cardLine", wrap=True)
            text.addStretch(1)
            text.addWidget(title)
            text.addWidget(line)
            text.addStretch(1)
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
            row.addLayout(text, 1)
            for child in (icon, title, line):
                # the whole card is one button: clicks on its labels must reach it
                child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.group.addButton(btn)
            self.cards[key] = btn
            self.card_icons[key] = icon
            self.card_titles[key] = title
            self.card_lines[key] = line
            grid.addWidget(btn, i // 2, i % 2)
        outer.addLayout(grid)
        self.hint = label("muted", wrap=True)
        outer.addSpacing(8)
        outer.addWidget(self.hint)
        outer.addStretch(1)
        self.retranslate_ui()

    def titles(self) -> dict[str, tuple[str, str]]:
        return {
            "ai_video_blogger": (self.tr("AI video blogger"),
                                 self.tr("AI video clips, thumbnails and script drafts")),
            "vtuber": (self.tr("VTuber"),
                       self.tr("A live avatar and stream encode, plus art between streams")),
            "game_modder": (self.tr("Game modder"),
                            self.tr(
                                "Texture upscales, concept art, NPC dialogue, showcase renders")),
            "educator": (self.tr("Educator"),
                         self.tr("3D and fluid animations for lessons, with narration")),
            "small_studio": (self.tr("Small studio"),
                             self.tr("A shared render and inference box for a team of creators")),
        }

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What do you create?"))
        self.subtitle.setText(self.tr(
            "Pick the closest match. RigSizer loads a typical week of work for it, which you "
            "can change on the My work page."))
        for key, (title, line) in self.titles().items():
            btn = self.cards[key]
            self.card_titles[key].setText(title)
            self.card_lines[key].setText(line)
            btn.setToolTip(line)
            btn.setAccessibleName(title)
            btn.setAccessibleDescription(line)
        self.hint.setText(self.tr("Tip: File → Open loads a project saved earlier, or one made "
                                  "with the rigsizer command line."))
