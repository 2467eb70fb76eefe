"""Input types of the accounts room and their translation to domain values."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

import api.scalars  # noqa: F401  (registers the enums with Strawberry)
from accounts.health_model import HealthBand
from accounts.listing import MAX_RENEWAL_DAYS, AccountFilter
from accounts.models import AccountStage
from accounts.service import KEEP, AccountRow, Keep, SignalRow
from api.ids import decode_any, decode_id


@strawberry.input(description=(
    "One account, by its external id. A field left out keeps what is stored (a new account: empty attributes, no "
    "renewal date, no owner, stage ACTIVE); null clears it (stage: null keeps it, an account always has one). "
    "attributes replaces the stored object as a whole."))
class AccountInput:
    external_id: str = strawberry.field(description="The host's own id of the account, 1-256 characters.")
    name: str
    attributes: JSON | None = strawberry.UNSET
    renewal_at: datetime | None = strawberry.UNSET
    owner_id: strawberry.ID | None = strawberry.field(default=strawberry.UNSET,
                                                      description="An active user of the organisation.")
    stage: AccountStage | None = strawberry.UNSET

    def to_domain(self) -> AccountRow:
        attributes: Any = self.attributes  # checked by the domain: must be an object
        return AccountRow(external_id=self.external_id, name=self.name, attributes=_kept(attributes),
                          renewal_at=_kept(self.renewal_at), stage=_kept(self.stage) or KEEP,
                          owner_id=_owner(self.owner_id))


def _kept(value: Any) -> Any:
    return KEEP if value is strawberry.UNSET else value


def _owner(value: Any) -> int | Keep | None:
    if value is strawberry.UNSET:
        return KEEP
    if value is None:
        return None
    decoded = decode_any(value)
    # An id that is no user's is refused with the batch's other bad rows (the domain finds no user 0).
    return decoded[1] if decoded is not None and decoded[0] == "User" and 0 < decoded[1] < 2**63 else 0


@strawberry.input(description="One usage measurement of an account on a day.")
class AccountSignalInput:
    account: str = strawberry.field(description="The account's external id.")
    metric: str = strawberry.field(description="1-64 characters of a-z, 0-9, '_' and '.', e.g. active_users.")
    value: float
    at: datetime = strawberry.field(description=(
        "When it was measured (with an offset). Its day in the organisation's time zone is the period: a value "
        "recorded again for the same account, metric and day replaces the earlier one."))

    def to_domain(self) -> SignalRow:
        return SignalRow(account=self.account, metric=self.metric, value=self.value, at=self.at)


@strawberry.input(name="AccountFilter")
class AccountFilterInput:
    band: HealthBand | None = strawberry.field(default=None, description="Accounts whose latest health is in it.")
    owner_id: strawberry.ID | None = None
    renewal_within_days: int | None = strawberry.field(default=None, description=(
        f"Accounts whose renewal date is from now to this many days ahead (0-{MAX_RENEWAL_DAYS})."))
    plan: str | None = strawberry.field(default=None, description=(
        "Accounts whose `plan` attribute is this, compared as text (`true`/`false` for a boolean)."))
    industry: str | None = strawberry.field(default=None, description="Accounts whose `industry` attribute is this.")

    def to_domain(self) -> AccountFilter:
        owner = decode_id(self.owner_id, "User", field="filter.ownerId") if self.owner_id is not None else None
        return AccountFilter(owner_id=owner, renewal_within_days=self.renewal_within_days,
                             band=self.band.value if self.band is not None else None,
                             plan=self.plan, industry=self.industry)
