"""Every page in both languages and both themes, saved to tests/artifacts/ for people to look at.

The checks are about what breaks visibly: a blank page, text drawn as tofu boxes (no CJK font),
or a page the window cannot show at its usual size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics, QImage

from app.gui.main_window import PAGES


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_pages_in_both_languages_and_themes(make_window, artifacts: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1280, 860)
    for language in ("en", "zh_CN"):
        window.set_language(language)
        for theme in ("light", "dark"):
            window.set_theme(theme)
            QCoreApplication.processEvents()
            for key in PAGES:
                window.go_to(key)
                QCoreApplication.processEvents()
                image = window.grab().toImage()
                path = artifacts / f"{key}_{language}_{theme}.png"
                assert image.save(str(path))
                assert image.width() >= 760 and image.height() >= 540
                assert distinct_colours(image) > 20, f"{path.name} looks blank"
            tabs = window.results_page.view.tabs
            window.go_to("results")
            for i, name in enumerate(("cost", "time", "breakeven")):
                tabs.setCurrentIndex(i)
                QCoreApplication.processEvents()
                image = tabs.grab().toImage()
                assert image.save(str(artifacts / f"plot_{name}_{language}_{theme}.png"))
                assert distinct_colours(image, step=3) > 20, f"{name} plot looks blank"
            tabs.setCurrentIndex(0)
    window.set_language("en")
    window.set_theme("light")


def test_chinese_text_has_a_font_with_its_glyphs(qapp) -> None:  # type: ignore[no-untyped-def]
    """No tofu: some installed or bundled font covers the UI's Chinese text."""
    from PySide6.QtGui import QFont

    from app.gui.i18n import ensure_cjk_font, preferred_cjk_family
    from app.gui.i18n_build import read_ts

    ensure_cjk_font()
    family = preferred_cjk_family()
    assert family, "no Simplified Chinese font: install fonts-noto-cjk or bundle one"
    metrics = QFontMetrics(QFont(family))
    chars = {ch for text in read_ts().values() for ch in text if "\u4e00" <= ch <= "\u9fff"}
    missing = sorted(ch for ch in chars if not metrics.inFontUcs4(ord(ch)))
    assert not missing, f"{family} lacks {''.join(missing[:20])}"


def test_bundled_cjk_font_covers_the_translations(qapp) -> None:  # type: ignore[no-untyped-def]
    """The font registered on systems without one has every character the UI shows."""
    from PySide6.QtGui import QRawFont

    from app.gui.i18n_build import TS_FILE, read_ts
    from core.paths import assets_dir

    path = assets_dir() / "fonts" / "NotoSansCJKsc-Regular-subset.otf"
    raw = QRawFont(str(path), 12)
    assert raw.isValid()
    core_ts = assets_dir() / "translations" / "core_zh_CN.ts"  # core's sentences are shown too
    chars = {ch for ts in (TS_FILE, core_ts) for text in read_ts(ts).values()
             for ch in text if ord(ch) > 0x2000}
    missing = sorted(ch for ch in chars if not raw.supportsCharacter(ord(ch)))
    assert not missing, f"regenerate the subset (assets/fonts/README.md): {''.join(missing)}"
    assert raw.supportsCharacter(ord("张"))  # common characters users type are kept too
