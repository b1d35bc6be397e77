"""Where a card is sold (tools/build_gpu_catalog.py writes these into the GPU catalog): the
China-market variants that US export rules made, and the cards they stand in for."""

from __future__ import annotations

SOLD_IN = {
    "nvidia-rtx-4090-d": (["cn"], "the China-market cut-down RTX 4090 (US export rules), sold in "
                          "mainland China only (shared/reference/2026-12/README)"),
    "nvidia-rtx-5090-d": (["cn"], "the China-market RTX 5090 variant (US export rules), sold in "
                          "mainland China only"),
}
# The cards those variants stand in for, not sold there under the same rules
NOT_SOLD_IN = {gid: (["cn"], "not sold in mainland China under US export rules; its China-market "
                     f"variant ({variant}) is (shared/reference/2026-12/README)")
               for gid, variant in (("nvidia-rtx-4090", "RTX 4090 D"),
                                    ("nvidia-rtx-5090", "RTX 5090 D"))}
