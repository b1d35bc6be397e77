"""The one jit decorator every kernel uses (`@kernel()`), so cache/fastmath/error-model live in
one place; it is the only place that calls numba.njit.

The on-disk kernel cache is a speed-up only, so it must never be able to break a run. numba's
own cache raises on a damaged entry (a zero-length `.nbc` left by a crash or a full disk gives
EOFError, a garbage `.nbi` gives UnpicklingError) and refuses to decorate a function at all when
no cache folder is writable ("cannot cache function ...: no locator available"). `_SafeCache`
turns the first into a cache miss (the damaged entry is deleted and the kernel recompiled and
saved again), a failed save into "not cached", and a cache that cannot be set up into running
without one.
"""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Callable
from typing import Any, TypeVar

import numba
from numba.core.caching import FunctionCache

from core import config

F = TypeVar("F", bound=Callable[..., Any])


class _SafeCache(FunctionCache):  # type: ignore[misc]  # numba ships no type hints
    """numba's per-function cache, except that a damaged entry is dropped instead of raised."""

    def load_overload(self, sig: Any, target_context: Any) -> Any:
        try:
            return super().load_overload(sig, target_context)  # type: ignore[no-untyped-call]
        except Exception:  # any damage to the files: drop them, compile afresh
            self.drop_files()
            return None

    def save_overload(self, sig: Any, data: Any) -> None:
        try:
            super().save_overload(sig, data)  # type: ignore[no-untyped-call]
        except Exception:  # a full disk or a vanished folder costs a recompile next time
            self.drop_files()

    def drop_files(self) -> None:
        """Delete this function's index and data files (all signatures, all versions of it)."""
        base = os.path.join(self.cache_path, glob.escape(self._impl.filename_base))
        for path in glob.glob(base + ".nbi") + glob.glob(base + ".*.nbc"):
            with contextlib.suppress(OSError):
                os.remove(path)


def _use_safe_cache(dispatcher: Any) -> None:
    # No writable cache folder anywhere (a read-only install and an unwritable user cache)
    # raises here: the kernels then still run, compiled once per process.
    with contextlib.suppress(RuntimeError, OSError):
        dispatcher._cache = _SafeCache(dispatcher.py_func)  # type: ignore[no-untyped-call]


def kernel(*, parallel: bool = False) -> Callable[[F], F]:
    """Compile a kernel in nopython mode with the project's settings.

    `nogil=True` lets the GUI thread keep running while a worker thread is inside a kernel.
    `parallel=True` is opt-in per kernel: it pays only for loops over thousands of items, and
    parallel kernels must never be entered from two threads at once (numba's workqueue layer
    aborts), which the app's single compute worker guarantees.
    """

    def wrap(func: F) -> F:
        compiled = numba.njit(
            cache=False,  # the cache is attached below, in a form that cannot break a run
            fastmath=config.JIT_FASTMATH,
            error_model=config.JIT_ERROR_MODEL,
            nogil=True,
            parallel=parallel,
        )(func)
        if config.JIT_CACHE:
            _use_safe_cache(compiled)
        return compiled  # type: ignore[return-value]  # a Dispatcher calls like F

    return wrap
