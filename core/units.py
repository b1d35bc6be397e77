"""SI units and the conversions used at the edges (catalog loaders, display).

Core computes in bytes, FLOP/s, bytes/s, seconds, watts and joules. Catalog keys carry their unit
in the name (`vram_gib`, `mem_bandwidth_gb_s`, `fp16_tensor_tflops`); the loaders multiply by
the constants here and nothing else converts.
"""

from __future__ import annotations

GIB = 1024**3  # bytes in a GiB (VRAM is sold in binary units)
GB = 1e9  # bytes in a GB (bandwidth and model files use decimal units)
TFLOPS = 1e12  # FLOP/s in one TFLOP/s
MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0
WEEK = 7 * DAY
MONTH = 365.25 / 12 * DAY  # an average month, for spreading yearly or horizon costs
WEEKS_PER_MONTH = MONTH / WEEK  # weekly work to monthly cost
KWH = 3.6e6  # joules in a kWh
