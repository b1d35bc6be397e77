"""The installed RigSizer version: one place for the command line, the window, reports and plan
provenance. Read once (the metadata lookup took 0.5 ms, once a plan when the planner asked)."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The installed distribution's version, "0+unknown" when RigSizer is not installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("rigsizer")
    except PackageNotFoundError:
        return "0+unknown"


__all__ = ["version"]
