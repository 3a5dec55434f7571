"""Mappings from sitrep's PLOVER events to other event codebooks (ACLED)."""

from sitrep.mapping.acled import (
    ACLED_2016_TYPES,
    ACLED_TYPES,
    acled_event_type,
    actor_role,
    in_acled_scope,
    report_event,
)

__all__ = [
    "ACLED_2016_TYPES", "ACLED_TYPES", "acled_event_type", "actor_role", "in_acled_scope", "report_event",
]
