"""Hostile GPU names cost bounded time (issue 17, item 6): the matcher's regular expressions
took time quadratic in runs of spaces or digits (20,000 spaces: 5 s; 100,000: minutes),
outside any timeout, for a name typed by the user or printed by a broken tool."""

from __future__ import annotations

import pytest

from core.hardware.match import match_gpu, tokens

# Each of these took from seconds to minutes; the timeout fails the test long before that.
pytestmark = pytest.mark.timeout(20)

HOSTILE = {
    "spaces": " " * 100_000,
    "spaces then a word": " " * 100_000 + "x",
    "digits": "1" * 100_000 + "x",
    "digits and spaces": "1 " * 50_000 + "gb",
    "core counts": "(40-core " * 12_000,
    "gpu dashes": "(gpu - " * 15_000,
}


@pytest.mark.parametrize("what", list(HOSTILE))
def test_hostile_names_are_matched_quickly(what: str) -> None:
    result = match_gpu(HOSTILE[what])
    assert result.gpu is None  # and nothing is made of it
    assert len(tokens(HOSTILE[what])) <= 200


def test_a_real_name_in_padding_is_still_found() -> None:
    padded = " " * 100_000 + "NVIDIA GeForce RTX 4090" + "\t" * 100_000
    assert match_gpu(padded).gpu_id == match_gpu("NVIDIA GeForce RTX 4090").gpu_id
    assert match_gpu(padded).gpu_id == "nvidia-rtx-4090"
