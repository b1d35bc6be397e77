"""Values derived from a GPU catalog (name indexes), computed once per catalog object.

GpuSpec is not hashable (its `sources` is a dict), so a catalog cannot key a dict or an
functools cache: these caches key on the catalog object's identity and keep the catalog
alongside, so that its id cannot be reused by another object while the entry lives. A catalog
is a tuple in practice (Catalogs.gpus, load_gpus()); a list changed after its first use would
keep its old index.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TypeVar

from core.schema.gpu import GpuSpec

T = TypeVar("T")

# A process sees one or two catalogs (the shipped one, one with a user's cards); tests build
# more. Past this many the cache starts over rather than growing.
MAX_CATALOGS = 8


def per_catalog(build: Callable[[Sequence[GpuSpec]], T]) -> Callable[[Sequence[GpuSpec]], T]:
    """`build(catalog)`, remembered for each catalog object."""
    cache: dict[int, tuple[Sequence[GpuSpec], T]] = {}

    @functools.wraps(build)
    def cached(catalog: Sequence[GpuSpec]) -> T:
        hit = cache.get(id(catalog))
        if hit is not None and hit[0] is catalog:
            return hit[1]
        if len(cache) >= MAX_CATALOGS:
            cache.clear()
        value = build(catalog)
        cache[id(catalog)] = (catalog, value)
        return value

    return cached
