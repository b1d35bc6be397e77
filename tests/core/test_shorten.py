"""The one rule for cutting text (core.shorten)."""

from __future__ import annotations

import pytest

from core.shorten import shorten


def test_text_that_fits_is_left_whole() -> None:
    assert shorten("RTX 4090", 8) == "RTX 4090"
    assert shorten("", 0) == ""


@pytest.mark.parametrize("width", [1, 2, 5, 30])
def test_a_cut_keeps_the_width_with_the_ellipsis_in_it(width: int) -> None:
    out = shorten("x" * 100, width)
    assert len(out) == width and out.endswith("…")
    assert out[:-1] == "x" * (width - 1)


def test_no_space_dangles_before_the_ellipsis() -> None:
    assert shorten("Wan 2.1 14B clip", 9) == "Wan 2.1…"  # not "Wan 2.1 …"
