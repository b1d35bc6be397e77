"""Tuning switches for the numeric core, in one place.

Kernels read their jit options from here (through `core.kernels._jit`), never hard-code them.
"""

from __future__ import annotations

import os
from typing import Literal

# NOTE: cache=True writes compiled kernels to NUMBA_CACHE_DIR (set per user by the app before
# numba is imported) so later launches skip the multi-second compile.
JIT_CACHE = os.environ.get("RIGSIZER_JIT_CACHE", "1") != "0"
# fastmath lets LLVM reorder float sums; Monte Carlo statistics do not depend on summation order,
# but NaN checks would be optimised away, so it stays off: the kernels must report NaN honestly.
JIT_FASTMATH = False
# error_model="numpy" makes x/0 give inf instead of raising inside nopython code; the Python API
# validates inputs first, so a division by zero in a kernel is a bug the twin tests will catch.
JIT_ERROR_MODEL: Literal["python", "numpy"] = "numpy"
# Default Monte Carlo sample count for p10/p50/p90 (DESIGN.md budget is stated at 10,000).
MC_SAMPLES = 10_000
# The most a user may ask for (the GUI's setting allows 100..200,000): memory grows with it, and
# --samples 100000000 ended in MemoryError.
MAX_MC_SAMPLES = 200_000
# The most workloads one profile may hold: time and memory grow with them (10,000 workloads took
# 128 s and 7 GB); a real creator's profile has a handful.
MAX_WORKLOADS = 100
MC_SEED = 20251122
