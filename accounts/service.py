"""Writing accounts and their usage signals. Every function takes the organisation explicitly.

Accounts arrive in batches from the host's CRM: a batch is all or nothing (a bad row refuses the
whole batch, naming every bad row), because half an import of one CRM export is harder to reason
about than none. Signals arrive from the product's telemetry: each row stands alone, so the good
rows are kept and the bad ones reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from accounts import checks
from accounts.errors import BadAccounts, BadSignal, UnknownAccount
from accounts.health_schedule import mark_dirty
from accounts.models import Account, AccountSignal, AccountStage
from core.errors import DomainError, ValidationFailed
from core.models import Organization, User

MAX_ACCOUNTS_PER_CALL = 500
MAX_SIGNALS_PER_CALL = 1_000
# Clocks of the host and of this server differ a little; a signal further ahead is a bug or a guess.
FUTURE_TOLERANCE = timedelta(minutes=5)


class Keep(Enum):
    """A field the caller left out: a stored account keeps its value (a new one gets the default)."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class AccountRow:
    external_id: str
    name: str
    attributes: dict[str, Any] | Keep | None = KEEP  # given: replaces the stored object; None clears it
    renewal_at: datetime | Keep | None = KEEP
    stage: AccountStage | Keep = KEEP
    owner_id: int | Keep | None = KEEP  # a user of the organisation (0: an id that names none)


@dataclass(frozen=True)
class SignalRow:
    account: str  # the account's external id
    metric: str
    value: float
    at: datetime


@dataclass
class SignalReport:
    accepted: int = 0
    errors: list[DomainError] = field(default_factory=list)


def _checked_row(row: AccountRow, at: str) -> AccountRow:
    return AccountRow(
        external_id=checks.external_id(row.external_id, f"{at}.externalId"),
        name=checks.name(row.name, f"{at}.name"),
        attributes=row.attributes if isinstance(row.attributes, Keep) else checks.attributes(
            row.attributes, f"{at}.attributes"),
        renewal_at=row.renewal_at if row.renewal_at in (KEEP, None) else checks.moment(
            row.renewal_at, f"{at}.renewalAt"),
        stage=row.stage, owner_id=row.owner_id,
    )


async def _checked_batch(organization: Organization, rows: Sequence[AccountRow], prefix: str) -> list[AccountRow]:
    """The rows, cleaned; BadAccounts naming every bad row (its index in the field) if any is bad."""
    if len(rows) > MAX_ACCOUNTS_PER_CALL:
        raise ValidationFailed(f"at most {MAX_ACCOUNTS_PER_CALL} accounts per call", field=prefix)
    errors: list[DomainError] = []
    clean: list[AccountRow] = []
    first_at: dict[str, int] = {}
    for index, row in enumerate(rows):
        at = f"{prefix}.{index}"
        try:
            checked = _checked_row(row, at)
        except DomainError as exc:
            errors.append(exc)
            continue
        if checked.external_id in first_at:  # which of two rows would win is anyone's guess
            errors.append(ValidationFailed(
                f"external id {checked.external_id!r} is also at {prefix}.{first_at[checked.external_id]}",
                field=f"{at}.externalId"))
            continue
        first_at[checked.external_id] = index
        clean.append(checked)
    owners = {r.owner_id for r in rows if isinstance(r.owner_id, int)}
    found = await User.filter(organization_id=organization.id, id__in=list(owners),
                              deactivated_at__isnull=True).values("id") if owners else []
    active = {int(row["id"]) for row in found}
    for index, row in enumerate(rows):
        if isinstance(row.owner_id, int) and row.owner_id not in active:
            errors.append(ValidationFailed("ownerId is not an active user of this organisation",
                                           field=f"{prefix}.{index}.ownerId"))
    if errors:
        errors.sort(key=lambda e: _index_of(e.field, prefix))
        raise BadAccounts(f"{len(errors)} bad account rows; nothing was changed", errors)
    return clean


def _index_of(at: str | None, prefix: str) -> int:
    head = (at or "").removeprefix(f"{prefix}.").partition(".")[0]
    return int(head) if head.isdigit() else -1


async def upsert_accounts(*, organization: Organization, rows: Sequence[AccountRow],
                          field_prefix: str = "input") -> list[Account]:
    """Create or update the organisation's accounts by external id, all or none; the accounts in the
    rows' order. The same batch twice leaves the same state (a row that changes nothing writes nothing)."""
    clean = await _checked_batch(organization, rows, field_prefix)
    if not clean:
        return []
    try:
        return await _write(organization, clean)
    except IntegrityError:
        # Another call created one of these accounts meanwhile; now it is there to update.
        return await _write(organization, clean)


async def _write(organization: Organization, rows: list[AccountRow]) -> list[Account]:
    async with in_transaction():
        stored = {a.external_id: a for a in await Account.filter(
            organization_id=organization.id, external_id__in=[r.external_id for r in rows])}
        done: list[Account] = []
        changed: list[int] = []
        for row in rows:
            account = stored.get(row.external_id)
            if account is None:
                account = await Account.create(
                    organization_id=organization.id, external_id=row.external_id, name=row.name,
                    attributes=_or(row.attributes, {}) or {}, renewal_at=_or(row.renewal_at, None),
                    stage=_or(row.stage, AccountStage.ACTIVE), owner_id=_or(row.owner_id, None))
                changed.append(account.id)
            elif await _update(account, row):
                changed.append(account.id)
            done.append(account)
        # A new account, or new attributes (the plan's seats), is scored soon.
        await mark_dirty(organization_id=organization.id, account_ids=changed)
        return done


def _or(value: Any, default: Any) -> Any:
    return default if isinstance(value, Keep) else value


async def _update(account: Account, row: AccountRow) -> bool:
    changes: dict[str, Any] = {"name": row.name}
    if not isinstance(row.attributes, Keep):
        changes["attributes"] = row.attributes or {}
    for name in ("renewal_at", "stage", "owner_id"):
        if not isinstance(getattr(row, name), Keep):
            changes[name] = getattr(row, name)
    changed = [name for name, value in changes.items() if getattr(account, name) != value]
    if changed:
        for name in changed:
            setattr(account, name, changes[name])
        await account.save(update_fields=[*changed, "updated_at"])
    return bool(changed)


async def record_signals(*, organization: Organization, rows: Sequence[SignalRow], now: datetime | None = None,
                         field_prefix: str = "input") -> SignalReport:
    """Store usage signals, one value per account, metric and day (the organisation's time zone):
    a later value of the same day replaces the earlier one. Bad rows and rows of accounts the
    organisation does not have are reported by index; the rest are kept."""
    if len(rows) > MAX_SIGNALS_PER_CALL:
        raise ValidationFailed(f"at most {MAX_SIGNALS_PER_CALL} signals per call", field=field_prefix)
    now = now or datetime.now(UTC)
    zone = ZoneInfo(organization.timezone)
    report = SignalReport()
    good: list[tuple[int, SignalRow]] = []
    for index, row in enumerate(rows):
        at = f"{field_prefix}.{index}"
        try:
            checks.external_id(row.account, f"{at}.account")
            clean = SignalRow(account=row.account, metric=checks.metric(row.metric, f"{at}.metric"),
                              value=checks.number(row.value, f"{at}.value"), at=checks.moment(row.at, f"{at}.at"))
        except DomainError as exc:
            report.errors.append(exc)
            continue
        if clean.at > now + FUTURE_TOLERANCE:
            report.errors.append(BadSignal("at is in the future: signals are recorded once measured", field=f"{at}.at"))
            continue
        good.append((index, clean))
    # Another organisation's account is looked up as none: it is unknown here, and says nothing more.
    known = {a.external_id: a.id for a in await Account.filter(
        organization_id=organization.id, external_id__in=list({r.account for _, r in good}))} if good else {}
    latest: dict[tuple[int, str, date], SignalRow] = {}
    for index, row in good:
        if row.account not in known:
            report.errors.append(UnknownAccount(f"no account with external id {row.account!r}: upsert it first",
                                                field=f"{field_prefix}.{index}.account"))
            continue
        report.accepted += 1
        latest[(known[row.account], row.metric, row.at.astimezone(zone).date())] = row  # the batch's last wins
    if latest:
        await _store_signals(organization, latest)
    report.errors.sort(key=lambda e: _index_of(e.field, field_prefix))
    return report


async def _store_signals(organization: Organization, latest: dict[tuple[int, str, date], SignalRow]) -> None:
    for attempt in range(2):
        try:
            async with in_transaction():
                await _replace_signals(organization, latest)
                await mark_dirty(organization_id=organization.id, account_ids={k[0] for k in latest})
            return
        except IntegrityError:
            if attempt:  # the same day's signal arrived concurrently twice in a row: give up loudly
                raise


async def _replace_signals(organization: Organization, latest: dict[tuple[int, str, date], SignalRow]) -> None:
    keys = list(latest)
    stored = {(s.account_id, s.metric, s.day): s for s in await AccountSignal.filter(
        organization_id=organization.id, account_id__in=list({k[0] for k in keys}),
        metric__in=list({k[1] for k in keys}), day__in=list({k[2] for k in keys}))}
    new: list[AccountSignal] = []
    for key, row in latest.items():
        signal = stored.get(key)
        if signal is None:
            new.append(AccountSignal(organization_id=organization.id, account_id=key[0], metric=key[1], day=key[2],
                                     value=row.value, at=row.at))
        elif signal.value != row.value or signal.at != row.at:
            signal.value, signal.at = row.value, row.at
            await signal.save(update_fields=["value", "at", "recorded_at"])
    if new:
        await AccountSignal.bulk_create(new)
