"""Input types of the analysis domain."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry

from core.errors import ValidationFailed


@strawberry.input
class FitTopicsInput:
    survey_id: strawberry.ID | None = strawberry.field(default=None, description="Only this survey's comments.")
    from_: Annotated[datetime | None, strawberry.argument(name="from")] = strawberry.field(
        default=None, name="from")
    to: datetime | None = None
    fresh: bool = strawberry.field(
        default=False, description="Cluster afresh instead of starting from the current topics; topics that come "
                                   "back still keep their ids, names and actions.")


def check_window(from_: datetime | None, to: datetime | None) -> None:
    """A topic window's bounds are instants (the order of from and to is the domain's to check)."""
    for name, value in (("from", from_), ("to", to)):
        if value is not None and value.tzinfo is None:
            raise ValidationFailed(f"{name} needs a time zone offset", field=name)
