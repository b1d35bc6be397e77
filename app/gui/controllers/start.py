"""First-run page: choosing a creator type loads its shipped profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.gui import icons
from app.gui.views.start_view import StartView

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow


class StartPage:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view = StartView()
        for key, btn in self.view.cards.items():
            btn.clicked.connect(lambda _=False, k=key: self.window.choose_creator(k))
        window.theme_changed.connect(self._tint)
        window.session.profile_changed.connect(self._mark)
        self._tint(window.palette_)

    def _tint(self, palette: Any) -> None:
        for key, lab in self.view.card_icons.items():
            lab.setPixmap(icons.pixmap(key, 52, palette.accent, max(2.0, lab.devicePixelRatioF())))

    def _mark(self, profile: Any) -> None:
        btn = self.view.cards.get(getattr(profile, "creator_type", ""))
        if btn is not None:
            btn.setChecked(True)
