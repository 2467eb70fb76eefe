"""Pages of accounts ordered by health score, its 30-day change or MRR (the `mrr` attribute), then
id; accounts without the value come last, by id. Keyset pages: the cursor is (key, id), the key
None past the accounts that have one. And the MRR of every account a filter matches, summed.

The key is read with one SQL expression per order, the same on SQLite and PostgreSQL except MRR,
read from the JSON attributes with each dialect's own function (a number only: text is no MRR).
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from tortoise.expressions import Q, RawSQL
from tortoise.queryset import QuerySet

from accounts.listing import AccountFilter, filtered
from accounts.models import Account
from core.db import dialect
from core.paging import Page

MRR_SQL = {
    "sqlite": "(CASE WHEN json_type(attributes, '$.mrr') IN ('integer', 'real') "
              "THEN json_extract(attributes, '$.mrr') END)",
    "postgres": "(CASE WHEN jsonb_typeof(attributes->'mrr') = 'number' THEN (attributes->>'mrr')::float8 END)",
}
# The sum of MRR_SQL over the rows, 0 without any. Neither refuses what checks.attributes lets in (finite
# floats, 64-bit integers): SQLite's SUM raises on an integer overflow where TOTAL adds as reals, and
# PostgreSQL's float8 addition raises on an overflow where numeric has room for any sum of them.
MRR_SUM_SQL = {
    "sqlite": f"TOTAL({MRR_SQL['sqlite']})",
    "postgres": "COALESCE(SUM(CASE WHEN jsonb_typeof(attributes->'mrr') = 'number' "
                "THEN (attributes->>'mrr')::numeric END), 0)",
}


class AccountOrder(StrEnum):
    NAME = "NAME"
    SCORE_ASC = "SCORE_ASC"
    SCORE_DESC = "SCORE_DESC"
    SCORE_CHANGE_ASC = "SCORE_CHANGE_ASC"
    SCORE_CHANGE_DESC = "SCORE_CHANGE_DESC"
    MRR_ASC = "MRR_ASC"
    MRR_DESC = "MRR_DESC"


@dataclass(frozen=True)
class Keyed:
    account: Account
    key: float | None


def _key_sql(order: AccountOrder) -> str:
    if order in (AccountOrder.SCORE_ASC, AccountOrder.SCORE_DESC):
        return "health_score"
    if order in (AccountOrder.SCORE_CHANGE_ASC, AccountOrder.SCORE_CHANGE_DESC):
        return "health_change_30d"
    return MRR_SQL[dialect()]


async def list_accounts_by(
    *, organization_id: int, flt: AccountFilter, order: AccountOrder, first: int,
    after: tuple[float | None, int] | None, now: datetime | None = None,
) -> Page[Keyed]:
    """One page in `order` (not NAME: accounts.listing.list_accounts), after the cursor (key, id)."""
    query: QuerySet[Account] = filtered(organization_id, flt, now or datetime.now(UTC)).annotate(
        sort_key=RawSQL(_key_sql(order)))
    descending = order.value.endswith("_DESC")
    rows: list[Account] = []
    if after is None or after[0] is not None:
        keyed = query.filter(sort_key__isnull=False)
        if after is not None:
            key, pk = after
            beyond = Q(sort_key__lt=key) if descending else Q(sort_key__gt=key)
            keyed = keyed.filter(beyond | Q(sort_key=key, id__gt=pk))
        rows = list(await keyed.order_by("-sort_key" if descending else "sort_key", "id").limit(first + 1))
    if len(rows) <= first:
        unkeyed = query.filter(sort_key__isnull=True)
        if after is not None and after[0] is None:
            unkeyed = unkeyed.filter(id__gt=after[1])
        rows += list(await unkeyed.order_by("id").limit(first + 1 - len(rows)))
    items = [Keyed(account=a, key=_number(getattr(a, "sort_key", None))) for a in rows[:first]]
    return Page(items=items, has_next=len(rows) > first, total=None)


async def sum_mrr(*, organization_id: int, flt: AccountFilter, now: datetime | None = None) -> float:
    """The `mrr` attribute summed over every account `flt` matches (a number only: text, other values
    and no `mrr` count 0), in one aggregate query. A sum past a float's range (only absurd values reach
    it) is the largest float of its sign, not an error."""
    rows = await filtered(organization_id, flt, now or datetime.now(UTC)).annotate(
        mrr_sum=RawSQL(MRR_SUM_SQL[dialect()])).values("mrr_sum")
    total = float(rows[0]["mrr_sum"] or 0) if rows else 0.0
    if math.isnan(total):
        return 0.0
    return max(-sys.float_info.max, min(sys.float_info.max, total))


def _number(value: object) -> float | None:
    return None if value is None else float(value)  # type: ignore[arg-type]


def band_clause(*, organization_id: int, band: str) -> tuple[str, tuple[object, ...]]:
    """A response filter condition (surveys.filters.ResponseFilter.extra): answers of respondents
    whose account's latest health is in `band` (respondent -> account external id -> band)."""
    return ("EXISTS (SELECT 1 FROM respondents hp JOIN accounts ha ON ha.organization_id = hp.organization_id "
            "AND ha.external_id = hp.account_external_id WHERE hp.id = {alias}.respondent_id "
            "AND ha.organization_id = %s AND ha.health_band = %s)", (organization_id, band))
