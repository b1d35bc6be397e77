"""A figure RigSizer uses that is not a catalog fact, with where it comes from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Assumption:
    """A figure RigSizer uses that is not a catalog fact, with where it comes from."""

    name: str
    value: float
    unit: str
    source: str


__all__ = ["Assumption"]
