"""Money: owning a card (core.cost.local) and renting one (core.cost.rental), in USD.

Figures here are per month; conversion to the profile's currency happens once, in core.plan,
with the dated rates from core.catalogs.tariffs. Every assumption that is not a catalog fact is
a named constant with an "estimate: ..." source, listed in the plan's provenance.
"""
