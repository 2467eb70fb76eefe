"""Customer health: score an organisation's accounts with its health model, set-based, and keep one
row per account and day.

`score_accounts(organization=..., now=None, account_ids=None)` is the one way to score: all the
organisation's accounts (None) or some. It measures every component for all of them in a few
aggregate queries (accounts.health_inputs), scores them in memory (accounts.health_model), and
writes, in one transaction:

- `account_health` (AccountHealth): one row per account and day (the organisation's time zone) with
  score (0-100), band (HEALTHY | WATCH | AT_RISK | CRITICAL), components (a list of
  {key, weight, effective, value, points, missing, evidence}: the model's weight, the share it
  counted with after missing components' weights were spread and voice components' weights scaled
  by their evidence (accounts.health_model), the measured value, the points it gave and the answers
  or comments a voice component rests on),
  previous_score / previous_band (the row of the day before, if any), score_30d_ago / band_30d_ago
  (the row of 30 days before, if any) and computed_at. Scoring again the same day replaces the
  row. An account without any data gets no row: it has no score.
- the account's latest score, band, 30-day change (score minus score_30d_ago) and time
  (accounts.health_*), for pages of accounts filtered by band and ordered by score; its dirty mark
  is cleared (unless set again while scoring ran).

It returns an AccountScore per account in scope (score None: no data), with the same previous
values, the account's band before this scoring and every measured value, so that a caller (early
warnings, accounts.warnings) sees a band drop without reading the table again.
When scoring runs (the daily pass, dirty accounts) is accounts.health_schedule's business.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from accounts import health_model
from accounts.health_inputs import Window, measure
from accounts.health_model import ComponentScore, HealthBand, HealthModel
from accounts.models import Account, AccountHealth, HealthModelRow
from core.models import Organization
from core.sql import execute

CHANGE_DAYS = 30
WRITE_BATCH = 500


@dataclass(frozen=True)
class AccountScore:
    account_id: int
    day: date
    score: float | None
    band: HealthBand | None
    components: tuple[ComponentScore, ...]
    computed_at: datetime
    previous_score: float | None = None  # the day before's
    previous_band: HealthBand | None = None
    score_30d_ago: float | None = None
    band_30d_ago: HealthBand | None = None
    # The account's latest band before this scoring, whatever its day (early warnings: a drop).
    band_before: HealthBand | None = None
    # Every component's measured value, in the model or not (early warnings read usage and logins).
    measured: Mapping[str, float | None] = field(default_factory=dict)

    @property
    def change_30d(self) -> float | None:
        if self.score is None or self.score_30d_ago is None:
            return None
        return round(self.score - self.score_30d_ago, 1)


def local_day(organization: Organization, now: datetime) -> date:
    return now.astimezone(ZoneInfo(organization.timezone)).date()


async def stored_model(*, organization_id: int) -> dict[str, Any]:
    """The organisation's health model as JSON (the default until an admin sets one)."""
    row = await HealthModelRow.get_or_none(organization_id=organization_id)
    return row.model if row is not None and row.model is not None else health_model.DEFAULT_MODEL


async def model_of(organization_id: int) -> HealthModel:
    raw = await stored_model(organization_id=organization_id)
    return health_model.DEFAULT if raw is health_model.DEFAULT_MODEL else health_model.parse(raw)


async def set_model(*, organization: Organization, model: Any) -> dict[str, Any]:
    """Check and store the organisation's health model (BadHealthModel names every problem and
    nothing changes). The day's pass is released, so the next tick rescores every account under it
    in one set-based pass (accounts.health_schedule)."""
    health_model.parse(model)
    async with in_transaction():
        row, created = await HealthModelRow.get_or_create(organization_id=organization.id,
                                                          defaults={"model": model})
        if not created:
            row.model, row.scored_on = model, None
            await row.save(update_fields=["model", "scored_on", "updated_at"])
    return dict(model)


async def score_accounts(*, organization: Organization, now: datetime | None = None,
                         account_ids: list[int] | None = None) -> list[AccountScore]:
    """Score the organisation's accounts (all, or those of `account_ids` that are its own) as of
    `now`, store each one's day (see the module docstring) and return their scores."""
    started = datetime.now(UTC)
    now = now or started
    today = local_day(organization, now)
    model = await model_of(organization.id)
    if account_ids is not None:  # another organisation's ids are not in scope: nothing of theirs is read
        account_ids = list(await Account.filter(organization_id=organization.id, id__in=account_ids)
                           .values_list("id", flat=True))  # type: ignore[arg-type]  # flat=True: ints
        if not account_ids:
            return []
    values = await measure(organization_id=organization.id, window=Window(now=now, today=today),
                           account_ids=account_ids)
    before = await _earlier(organization.id, today, account_ids)
    latest = await _latest_bands(organization.id, account_ids)
    scores: list[AccountScore] = []
    for account_id, measured in values.items():
        result, parts = health_model.score(model, measured)
        day_before = before.get((account_id, today - timedelta(days=1)))
        month_before = before.get((account_id, today - timedelta(days=CHANGE_DAYS)))
        scores.append(AccountScore(
            account_id=account_id, day=today, score=result,
            band=model.band_of(result) if result is not None else None, components=tuple(parts), computed_at=now,
            previous_score=day_before[0] if day_before else None, previous_band=day_before[1] if day_before else None,
            score_30d_ago=month_before[0] if month_before else None,
            band_30d_ago=month_before[1] if month_before else None, band_before=latest.get(account_id),
            measured=measured))
    if scores:
        await _store(organization.id, today, scores, started, whole=account_ids is None)
    return scores


async def _earlier(organization_id: int, today: date, account_ids: list[int] | None,
                   ) -> dict[tuple[int, date], tuple[float, HealthBand]]:
    query = AccountHealth.filter(organization_id=organization_id,
                                 day__in=[today - timedelta(days=1), today - timedelta(days=CHANGE_DAYS)])
    if account_ids is not None:
        query = query.filter(account_id__in=account_ids)
    rows = await query.values_list("account_id", "day", "score", "band")
    return {(a, d): (s, HealthBand(b)) for a, d, s, b in rows}


async def _latest_bands(organization_id: int, account_ids: list[int] | None) -> dict[int, HealthBand]:
    query = Account.filter(organization_id=organization_id, health_band__isnull=False)
    if account_ids is not None:
        query = query.filter(id__in=account_ids)
    return {a: HealthBand(b) for a, b in await query.values_list("id", "health_band") if b}


async def _store(organization_id: int, today: date, scores: list[AccountScore], started: datetime,
                 whole: bool) -> None:
    for attempt in range(2):
        try:
            async with in_transaction():
                await _write(organization_id, today, scores, started, whole)
            return
        except IntegrityError:
            if attempt:  # another scorer wrote the same day twice in a row: give up loudly
                raise


async def _write(organization_id: int, today: date, scores: list[AccountScore], started: datetime,
                 whole: bool) -> None:
    """Today's rows replaced, then copied onto the accounts by one UPDATE per chunk (or per
    organisation when all were scored): set-based, as the reading was."""
    ids = [s.account_id for s in scores]
    scopes: list[list[int] | None] = [None] if whole else list(_chunks(ids))
    for scope in scopes:
        rows = AccountHealth.filter(organization_id=organization_id, day=today)
        await (rows if scope is None else rows.filter(account_id__in=scope)).delete()
    columns = ("organization_id", "account_id", "day", "score", "band", "components", "previous_score",
               "previous_band", "score_30d_ago", "band_30d_ago", "computed_at")
    values = [(organization_id, s.account_id, today, s.score, s.band.value if s.band else "",
               json.dumps([c.as_json() for c in s.components], ensure_ascii=False), s.previous_score,
               s.previous_band, s.score_30d_ago, s.band_30d_ago, s.computed_at) for s in scores if s.score is not None]
    row = f"({', '.join(['%s'] * len(columns))})"
    for start in range(0, len(values), WRITE_BATCH):  # one statement per batch: an ORM object per row costs more
        batch = values[start:start + WRITE_BATCH]
        await execute(f"INSERT INTO account_health ({', '.join(columns)}) VALUES {', '.join([row] * len(batch))}",
                      [value for one in batch for value in one])
    # An account without a row today has no data: its latest score becomes null.
    latest = ("(SELECT h.{} FROM account_health h WHERE h.account_id = accounts.id AND h.day = %s)")
    for scope in scopes:
        marks = "" if scope is None else f" AND id IN ({', '.join(['%s'] * len(scope))})"
        await execute(
            f"UPDATE accounts SET health_score = {latest.format('score')}, "
            f"health_band = {latest.format('band')}, "
            f"health_change_30d = {latest.format('score - h.score_30d_ago')}, health_computed_at = %s, "
            # Marks set while this ran stay: their inputs changed after they were read.
            f"health_dirty_at = CASE WHEN health_dirty_at <= %s THEN NULL ELSE health_dirty_at END "
            f"WHERE organization_id = %s{marks}",
            [today, today, today, scores[0].computed_at, started, organization_id, *(scope or [])])


def _chunks(items: list[int]) -> list[list[int]]:
    return [items[i:i + WRITE_BATCH] for i in range(0, len(items), WRITE_BATCH)]


async def health_days(*, organization_id: int, account_ids: list[int], since: date) -> dict[int, list[AccountHealth]]:
    """The accounts' daily rows from `since`, oldest first (a page's trends in one query)."""
    out: dict[int, list[AccountHealth]] = {a: [] for a in account_ids}
    if not account_ids:
        return out
    rows = await AccountHealth.filter(organization_id=organization_id, account_id__in=account_ids,
                                      day__gte=since).order_by("account_id", "day")
    for row in rows:
        out[row.account_id].append(row)
    return out
