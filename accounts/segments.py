"""NPS, CSAT and CES per account plan, industry or health band, side by side, over the matching
answers of respondents with an account (respondent -> account external id -> account).

One grouped query over the answers' rows: the account is joined per answer, so the figures are of
the account as it is now (its plan and band today, not when the customer answered). Answers of
respondents without an account are in no group; accounts without the attribute form the null group.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from accounts.health_model import BAND_ORDER
from core.errors import ValidationFailed
from core.sql import fetch
from surveys import metrics
from surveys.filters import ResponseFilter, attribute_text
from surveys.metrics import Ces, Csat, Nps

MAX_ACCOUNT_SEGMENTS = 50
BAND_VALUES = [band.value for band in BAND_ORDER]
MAX_ATTRIBUTE_VALUE = 256  # a plan or industry asked for (a filter's value), in characters
# The account of an answer's respondent, within the answer's organisation.
ACCOUNT_JOIN = ("JOIN respondents ap ON ap.id = r.respondent_id JOIN accounts ac "
                "ON ac.organization_id = r.organization_id AND ac.external_id = ap.account_external_id")


class AccountDimension(StrEnum):
    PLAN = "plan"  # the account's `plan` attribute
    INDUSTRY = "industry"  # the account's `industry` attribute
    BAND = "band"  # the account's latest health band


@dataclass(frozen=True)
class AccountSegmentFigures:
    value: str | None  # None: accounts without the attribute (or not scored yet, for the band)
    responses: int
    nps: Nps | None
    csat: Csat | None
    ces: Ces | None


async def account_segment_figures(
    *, organization_id: int, flt: ResponseFilter, by: AccountDimension, limit: int,
) -> list[AccountSegmentFigures]:
    """The figures per value of `by` among the matching answers, most answers first (then by value,
    the null group last among equals); by band, in band order (healthy first), the null group last."""
    if not 1 <= limit <= MAX_ACCOUNT_SEGMENTS:
        raise ValidationFailed(f"first must be between 1 and {MAX_ACCOUNT_SEGMENTS}", field="first")
    value_sql, value_params = _value_sql(by)
    source, params = metrics.rows_source(organization_id, flt, ACCOUNT_JOIN)
    # GROUP BY 1: the value's expression carries parameters, written once in the select list.
    rows = await fetch(f"SELECT {value_sql} AS value, {metrics.AGGREGATES} {source} GROUP BY 1",
                       [*value_params, *params])
    counts = [(row["value"], {key: int(row[key] or 0) for key in metrics.COUNT_KEYS}) for row in rows]
    ranked = sorted((item for item in counts if item[1]["responses"]), key=_band_rank if by is AccountDimension.BAND
                    else lambda item: (-item[1]["responses"], item[0] is None, item[0] or ""))
    return [AccountSegmentFigures(value=value, responses=c["responses"], nps=metrics.nps_of(c),
                                  csat=metrics.csat_of(c), ces=metrics.ces_of(c)) for value, c in ranked[:limit]]


def _band_rank(item: tuple[str | None, dict[str, int]]) -> tuple[int, str]:
    """Bands read as a scale (BAND_ORDER, healthy to critical), so they keep its order whatever their
    counts (a CS manager scans down it; by count CRITICAL would jump around); a value outside it (none is
    stored today) after them by name, accounts not scored yet last."""
    value = item[0]
    if value in BAND_VALUES:
        return BAND_VALUES.index(value), ""
    return len(BAND_VALUES) + (1 if value is None else 0), value or ""


def _value_sql(by: AccountDimension) -> tuple[str, list[Any]]:
    if by is AccountDimension.BAND:
        return "ac.health_band", []
    return attribute_text("ac", by.value)


def attribute_sql(alias: str, key: str) -> str:
    """`attribute_text` with its parameters written in, for an ORM annotation (which takes none): only
    for this module's constant keys (plan, industry), never for a caller's text."""
    text, params = attribute_text(alias, key)
    for param in params:
        text = text.replace("%s", "'" + str(param).replace("'", "''") + "'", 1)
    return text


def check_attribute_value(value: str | None, field: str) -> str | None:
    if value is not None and len(value) > MAX_ATTRIBUTE_VALUE:
        raise ValidationFailed(f"{field} is longer than {MAX_ATTRIBUTE_VALUE} characters", field=field)
    return value


def attribute_clause(*, organization_id: int, by: AccountDimension, value: str,
                     field: str) -> tuple[str, tuple[object, ...]]:
    """A response filter condition (surveys.filters.ResponseFilter.extra): answers of respondents whose
    account's `plan` or `industry` attribute is `value` (respondent -> account external id ->
    attributes), one EXISTS as accounts.health_listing.band_clause does for bands."""
    if by is AccountDimension.BAND:
        raise ValueError("bands are accounts.health_listing.band_clause's")
    check_attribute_value(value, field)
    text, params = attribute_text("pa", by.value)
    return ("EXISTS (SELECT 1 FROM respondents pp JOIN accounts pa ON pa.organization_id = pp.organization_id "
            "AND pa.external_id = pp.account_external_id WHERE pp.id = {alias}.respondent_id "
            f"AND pa.organization_id = %s AND {text} = %s)", (organization_id, *params, value))
