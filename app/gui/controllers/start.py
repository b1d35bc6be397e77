"""First-run page: choosing a creator type loads its shipped profile."""

from __future__ import annotations

from collections.abc import Callable

from app.gui import icons
from app.gui.appearance import Appearance
from app.gui.session import Session
from app.gui.theme import Palette
from app.gui.views.start_view import StartView
from core.schema import Profile


class StartPage:
    """`choose(creator_type)` starts a project from that creator's shipped profile."""

    def __init__(self, session: Session, appearance: Appearance,
                 choose: Callable[[str], None]) -> None:
        self.view = StartView()
        for key, btn in self.view.cards.items():
            btn.clicked.connect(lambda _=False, k=key: choose(k))
        appearance.theme_changed.connect(self._tint)
        session.profile_changed.connect(self._mark)
        self._tint(appearance.palette)

    def _tint(self, palette: Palette) -> None:
        for key, lab in self.view.card_icons.items():
            lab.setPixmap(icons.pixmap(key, 52, palette.accent, max(2.0, lab.devicePixelRatioF())))

    def _mark(self, profile: Profile) -> None:
        btn = self.view.cards.get(profile.creator_type)
        if btn is not None:
            btn.setChecked(True)
