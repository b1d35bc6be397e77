"""First-run page: one large card per creator type."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QVBoxLayout

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
        for i, key in enumerate(CREATORS):
            btn = QPushButton(objectName="creatorCard")
            btn.setCheckable(True)
            btn.setIconSize(QSize(48, 48))
            btn.setMinimumHeight(96)
            btn.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(btn)
            self.cards[key] = btn
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
            btn.setText(f"{title}\n{line}")
            btn.setToolTip(line)
            btn.setAccessibleName(title)
        self.hint.setText(self.tr("Tip: File ▸ Open loads a project saved earlier, or one made "
                                  "with the rigsizer command line."))
