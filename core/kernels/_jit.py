"""The one jit decorator every kernel uses (`@kernel()`), so cache/fastmath/error-model live in
one place; it is the only place that calls numba.njit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import numba

from core import config

F = TypeVar("F", bound=Callable[..., Any])


def kernel(*, parallel: bool = False) -> Callable[[F], F]:
    """Compile a kernel in nopython mode with the project's settings.

    `nogil=True` lets the GUI thread keep running while a worker thread is inside a kernel.
    `parallel=True` is opt-in per kernel: it pays only for loops over thousands of items, and
    parallel kernels must never be entered from two threads at once (numba's workqueue layer
    aborts), which the app's single compute worker guarantees.
    """

    def wrap(func: F) -> F:
        compiled = numba.njit(
            cache=config.JIT_CACHE,
            fastmath=config.JIT_FASTMATH,
            error_model=config.JIT_ERROR_MODEL,
            nogil=True,
            parallel=parallel,
        )(func)
        return compiled  # type: ignore[return-value]  # a Dispatcher calls like F

    return wrap
