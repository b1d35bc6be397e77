"""The PDF report rendered to images and read back, in English and Chinese.

pypdfium2 (dev dependency) draws each page and extracts its text layer. The PNGs land in
tests/artifacts/ (ignored by git) for people to look at: report_<lang>_p<N>.png.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PySide6.QtGui import QImage, QRawFont

from app.gui.export import MARGIN_MM
from app.gui.export import _more as more
from app.gui.export import t as report_t
from app.gui.i18n import core_text
from app.report import TOP_PLANS
from core.paths import assets_dir
from tests.app.conftest import wait_for_plan

SCALE = 1.5  # 108 dpi: enough to read in the PNGs, quick to draw
A4_POINTS = (595, 842)


def _squash(text: str) -> str:
    """Text without whitespace: the text layer breaks lines where the layout wrapped them.
    PDFium reads a hyphen that ends a line ("on-|demand") as U+FFFE (\\x02 from a region of
    the page): it is a hyphen here."""
    return re.sub(r"\s+", "", text).replace("\ufffe", "-").replace("\x02", "-")


def _pixels(page: pdfium.PdfPage) -> np.ndarray:
    bitmap = page.render(scale=SCALE, rev_byteorder=True)  # RGB(A) byte order
    return np.ascontiguousarray(bitmap.to_numpy()[:, :, :3])


def _save_png(pixels: np.ndarray, path: Path) -> None:
    h, w, _ = pixels.shape
    image = QImage(pixels.data, w, h, pixels.strides[0], QImage.Format.Format_RGB888)
    assert image.copy().save(str(path))


def _ink(pixels: np.ndarray) -> float:
    """Share of the page that is not (near) white."""
    return float((pixels.min(axis=2) < 200).mean())


def _images(page: pdfium.PdfPage) -> list[tuple[int, int, float]]:
    """(pixel width, pixel height, drawn width in points) of each image on the page."""
    out = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        w, h = obj.get_px_size()
        left, _bottom, right, _top = obj.get_bounds()
        out.append((w, h, right - left))
    return out


def _fonts(page: pdfium.PdfPage) -> set[tuple[str, bool]]:
    """(base font name, embedded?) of every text object on the page."""
    out = set()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
        size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buf = (pdfium_c.c_char * size)()
        pdfium_c.FPDFFont_GetBaseFontName(font, buf, size)
        name = bytes(buf).rstrip(b"\0").decode("utf-8", "replace")
        out.add((name, bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return out


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_pdf_report_reads_right_on_paper(qtbot, make_window, artifacts: Path,  # type: ignore[no-untyped-def]
                                             tmp_path: Path, language: str) -> None:
    window = make_window()
    window.go_to("results")
    window.set_language(language)
    # the quick first result is followed by the full pass: report the settled one
    result = wait_for_plan(qtbot, window)
    path = tmp_path / f"report_{language}.pdf"
    window.results_page.export_to("pdf", path)

    pdf = pdfium.PdfDocument(str(path))
    pages = [pdf[i] for i in range(len(pdf))]
    texts = [p.get_textpage().get_text_range() for p in pages]
    for old in artifacts.glob(f"report_{language}_p*.png"):
        old.unlink()
    pixels = [_pixels(p) for p in pages]
    for i, px in enumerate(pixels):
        _save_png(px, artifacts / f"report_{language}_p{i + 1}.png")

    # A4, a handful of pages (the report lists the top plans, not all ~180 of them)
    assert all(tuple(round(v) for v in p.get_size()) == A4_POINTS for p in pages)
    assert 2 <= len(pages) <= 6, len(pages)
    # no blank page: each carries text or a plot
    assert all(_ink(px) > 0.003 for px in pixels), [round(_ink(px), 4) for px in pixels]

    # Page 1's text layer holds the recommendation sentence, as the window shows it.
    sentence = core_text(result.recommendation)
    assert _squash(sentence) in _squash(texts[0])
    assert _squash(core_text(result.top_reasons[0])) in _squash(texts[0])
    whole = "\n".join(texts)
    if language == "zh_CN":
        assert re.search(r"[\u4e00-\u9fff]", sentence)  # the sentence is Chinese
    # The text layer gives back the characters that were written: no tofu or replacement
    # characters, and no Kangxi radicals standing in for ideographs (⽉ for 月: a full CJK font
    # maps both to one glyph, and the PDF can name only one of them).
    assert not {"□", "\ufffd"} & set(whole)
    assert not re.search(r"[\u2e80-\u2fdf]", whole)

    # Every font is embedded, and the bundled CJK font covers every CJK character of the report.
    fonts = set().union(*(_fonts(p) for p in pages))
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    if language == "zh_CN":
        assert any("RigSizerSansCJKsc" in name for name, _e in fonts), fonts
    raw = QRawFont(str(assets_dir() / "fonts" / "NotoSansCJKsc-Regular-subset.otf"), 12)
    cjk = {ch for ch in whole if 0x2E80 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFFEF}
    missing = sorted(ch for ch in cjk if not raw.supportsCharacter(ord(ch)))
    assert not missing, f"regenerate the subset (assets/fonts/README.md): {''.join(missing)}"

    # The three plots: images of print resolution, drawn across most of the text width, each
    # on the same page as its heading.
    headings = [_squash(report_t(h)) for h in
                ("Cumulative cost", "Time per workload", "Break-even map")]
    with_images = [(i, img) for i, p in enumerate(pages) for img in _images(p)]
    assert len(with_images) == 3, with_images
    for i, (w, h, drawn) in with_images:
        assert w >= 1200 and h >= 600, (w, h)
        text_width = A4_POINTS[0] - 2 * MARGIN_MM * 72 / 25.4
        assert drawn > 0.9 * text_width, drawn
        on_page = sum(head in _squash(texts[i]) for head in headings)
        assert on_page == sum(1 for j, _img in with_images if j == i), (i, texts[i][:200])

    # The plans table: the top plans, each row whole on one page. The text layer reads a
    # table line by line across its cells, so each page's plan column (the table's first 38%)
    # is read on its own: a row split at a page break would split its name across two pages.
    columns = []
    for page in pages:
        textpage = page.get_textpage()
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
        left = min(b[0] for b in boxes)
        right = left + 0.37 * (page.get_width() - 2 * left)
        columns.append(_squash(textpage.get_text_bounded(left=left - 1, bottom=0, right=right,
                                                         top=page.get_height())))
    for plan in result.plans[:TOP_PLANS]:
        name = _squash(core_text(plan.label))
        assert any(name in column for column in columns), plan.label
    assert len(result.plans) > TOP_PLANS  # the default profile has ~180: the rest are counted
    assert _squash(more(len(result.plans) - TOP_PLANS)) in _squash(whole)
    window.set_language("en")
