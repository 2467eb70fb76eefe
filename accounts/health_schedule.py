"""When accounts are scored: once a day all of an organisation's accounts (the day's row for every
account, the trend's points), and soon after an account's inputs change.

A new health model releases the organisation's day: the next tick rescores all its accounts.
A change marks the account dirty (accounts.health_dirty_at, the first mark kept); a periodic job
(every DIRTY_EVERY seconds) rescores accounts whose mark is older than DEBOUNCE, so that a burst of
answers or signals costs one scoring, not one per event, and a change is scored within
DEBOUNCE + DIRTY_EVERY (45 s) of its first mark: a drop into 风险 opens its case within a minute.
Marks come from the accounts room itself (signals, the account's fields) and from the queue: a
response submitted or analysed, a case created, changed or breached (api/wiring.py routes those
events here; surveys and actions know nothing of accounts).

Every scoring runs the early-warning rules on the accounts it scored (accounts.warnings): scored
and warned together, by `score_and_warn`. Warnings that fail for one organisation are logged and
spare the others (its scores are stored; the next scoring runs its rules again).

Several tickers may run at once: the daily pass is claimed per organisation by moving
health_models.scored_on in one UPDATE; two tickers scoring the same dirty accounts only repeat
work (score_accounts replaces the day's row).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Collection
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError

from accounts import warnings
from accounts.health import AccountScore, local_day, score_accounts
from accounts.models import Account, HealthModelRow
from actions.models import Case
from core.models import Organization
from surveys.models import Respondent, Response

log = logging.getLogger("voc.accounts")

DEBOUNCE = timedelta(seconds=30)
DIRTY_EVERY = 15  # seconds between two looks for settled marks (api/wiring.py)
MAX_DIRTY_PER_RUN = 5_000
BATCH = 500
MARK_RESPONSE = "accounts.health_mark_response"
MARK_CASE = "accounts.health_mark_case"
RESCORE = "accounts.health_rescore"


async def mark_dirty(*, organization_id: int, account_ids: Collection[int] = (),
                     external_ids: Collection[str] = (), now: datetime | None = None) -> int:
    """Mark accounts (by id or external id, the organisation's own) to be rescored soon."""
    now = now or datetime.now(UTC)
    marked = 0
    base = Account.filter(organization_id=organization_id, health_dirty_at__isnull=True)
    if account_ids:
        marked += await base.filter(id__in=list(account_ids)).update(health_dirty_at=now)
    if external_ids:
        marked += await base.filter(external_id__in=list(external_ids)).update(health_dirty_at=now)
    return marked


async def _mark_respondent(organization_id: int, respondent_id: int | None) -> None:
    if respondent_id is None:
        return
    found = await Respondent.filter(id=respondent_id, organization_id=organization_id).values_list(
        "account_external_id", flat=True)
    external = [str(e) for e in found if e]
    if external:
        await mark_dirty(organization_id=organization_id, external_ids=external)


async def mark_from_response(*, response_id: int, **_: Any) -> None:
    """Queue task (response submitted or analysed): the respondent's account changed."""
    row = await Response.filter(id=response_id).values_list("organization_id", "respondent_id")
    if row:
        await _mark_respondent(*row[0])


async def mark_from_case(*, case_id: int, **_: Any) -> None:
    """Queue task (case created, changed or breached): the case's account changed."""
    row = await Case.filter(id=case_id).values_list("organization_id", "respondent_id")
    if row:
        await _mark_respondent(*row[0])


async def score_and_warn(*, organization: Organization, now: datetime,
                         account_ids: list[int] | None = None) -> list[AccountScore]:
    """Score the accounts (accounts.health.score_accounts) and run the warning rules on them."""
    scores = await score_accounts(organization=organization, now=now, account_ids=account_ids)
    try:
        await warnings.evaluate(organization=organization, scores=scores, now=now)
    except Exception:
        log.exception("early warnings of organisation %s failed; its next scoring runs them again", organization.id)
    return scores


async def rescore(*, now: datetime | None = None) -> int:
    """Each organisation's daily pass when its day has turned, then the dirty accounts whose mark has
    settled. The number of accounts scored."""
    now = now or datetime.now(UTC)
    return await rescore_daily(now=now) + await rescore_dirty(now=now)


async def rescore_daily(*, now: datetime | None = None) -> int:
    """Periodic job: each organisation's daily pass when its day has turned (all its accounts)."""
    now = now or datetime.now(UTC)
    scored = 0
    with_accounts = await Account.all().distinct().values_list("organization_id", flat=True)
    for organization in await Organization.filter(id__in=list(with_accounts)):
        if await _claim_day(organization, now):
            scored += len(await score_and_warn(organization=organization, now=now))
    return scored


async def rescore_dirty(*, now: datetime | None = None) -> int:
    """Periodic job: the accounts whose dirty mark has settled (older than DEBOUNCE)."""
    now = now or datetime.now(UTC)
    scored = 0
    dirty = await Account.filter(health_dirty_at__lte=now - DEBOUNCE).order_by("health_dirty_at").limit(
        MAX_DIRTY_PER_RUN).values_list("organization_id", "id")
    by_organization: dict[int, list[int]] = {}
    for organization_id, account_id in dirty:
        by_organization.setdefault(organization_id, []).append(account_id)
    for organization_id, ids in by_organization.items():
        organization = await Organization.get(id=organization_id)
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            scored += len(await score_and_warn(organization=organization, now=now, account_ids=chunk))
    return scored


async def _claim_day(organization: Organization, now: datetime) -> bool:
    """True for the one ticker that moves the organisation's scored_on to today."""
    today = local_day(organization, now)
    with contextlib.suppress(IntegrityError):  # another ticker made it meanwhile
        await HealthModelRow.get_or_create(organization_id=organization.id)
    claimed = await HealthModelRow.filter(organization_id=organization.id).filter(
        scored_on__isnull=True).update(scored_on=today)
    claimed += await HealthModelRow.filter(organization_id=organization.id, scored_on__lt=today).update(
        scored_on=today)
    return claimed > 0
