"""What the health model measures, for all (or some) accounts of an organisation at once: a few
aggregate queries grouped by account (signals, answers, comments, cases, displays), never a query
per account. The same SQL runs on SQLite and PostgreSQL (plain CASE / SUM / MAX, bound times).

An account's people are its respondents (respondents.account_external_id = the account's external
id, in the same organisation). Each measured value is None where there is nothing to measure.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from accounts.models import Account
from core.sql import fetch
from surveys.models import DISPLAY_CHANNELS, NpsCategory, SurveyKind

VOICE_DAYS = 90  # answers, comments and displays count this far back
RECENT_DAYS = 30  # answers this recent weigh double; cases count this far back
USAGE_DAYS = 7  # active users: the mean over the last week ...
TREND_BACK_DAYS = 30  # ... against the week that ended this many days earlier
ACTIVITY_DAYS = 365  # a login further back counts as none
USAGE_METRIC = "active_users"
ACTIVITY_METRICS = ("active_users", "logins")
SEATS_ATTRIBUTE = "seats"  # the plan's seats, an account attribute (a number)
CSAT_SATISFIED = 4  # as surveys.metrics counts CSAT's satisfied answers

PEOPLE = ("JOIN respondents p ON p.organization_id = a.organization_id AND p.account_external_id = a.external_id")


@dataclass(frozen=True)
class Window:
    now: datetime
    today: date  # in the organisation's time zone

    @property
    def voice_since(self) -> datetime:
        return self.now - timedelta(days=VOICE_DAYS)

    @property
    def recent_since(self) -> datetime:
        return self.now - timedelta(days=RECENT_DAYS)


def _scope(account_ids: Collection[int] | None) -> tuple[str, list[Any]]:
    if account_ids is None:
        return "", []
    return f" AND a.id IN ({', '.join(['%s'] * len(account_ids))})", list(account_ids)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])  # SQLite returns the stored text


async def _by_account(sql: str, head: list[Any], organization_id: int,
                      account_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
    scope, ids = _scope(account_ids)
    rows = await fetch(sql.format(scope=scope), [*head, organization_id, *ids])
    return {int(row["account_id"]): row for row in rows}


async def measure(*, organization_id: int, window: Window,
                  account_ids: Collection[int] | None = None) -> dict[int, dict[str, float | None]]:
    """Every component's measured value (accounts.health_model.COMPONENTS) for each account in scope,
    by account id."""
    query = Account.filter(organization_id=organization_id)
    if account_ids is not None:
        query = query.filter(id__in=list(account_ids))
    accounts = await query.values_list("id", "attributes")
    signals = await _signals(organization_id, window, account_ids)
    answers = await _answers(organization_id, window, account_ids)
    sentiment = await _sentiment(organization_id, window, account_ids)
    cases = await _cases(organization_id, window, account_ids)
    people = await _people(organization_id, account_ids)
    displays = await _displays(organization_id, window, account_ids)
    out: dict[int, dict[str, float | None]] = {}
    for account_id, attributes in accounts:
        s, a, c, d = (signals.get(account_id, {}), answers.get(account_id, {}), cases.get(account_id, {}),
                      displays.get(account_id, {}))
        out[account_id] = {
            "usage": _usage(s, attributes),
            "usage_trend": _trend(s),
            "activity": _activity(s, window),
            "nps": _share(a, "nps_promoters", "nps_weight", minus="nps_detractors", scale=100.0),
            "csat": _share(a, "csat_satisfied", "csat_weight", scale=100.0),
            "sentiment": _ratio(sentiment.get(account_id, {}), "sentiment_sum", "sentiment_weight"),
            # No people known: nothing says whether they complain. People without cases: zero complaints.
            "complaints": float((c.get("cases") or 0) + (c.get("breached") or 0)) if account_id in people else None,
            "responsiveness": min(1.0, v) if (v := _ratio(d, "answered", "displays")) is not None else None,
            # What the voice components rest on (accounts.health_model.EVIDENCE): their weight follows it.
            "nps_answers": float(a.get("nps_answers") or 0),
            "csat_answers": float(a.get("csat_answers") or 0),
            "sentiment_comments": float(sentiment.get(account_id, {}).get("sentiment_comments") or 0),
        }
    return out


def _ratio(row: dict[str, Any], top: str, bottom: str) -> float | None:
    below = float(row.get(bottom) or 0)
    return float(row.get(top) or 0) / below if below else None


def _share(row: dict[str, Any], top: str, bottom: str, *, minus: str | None = None, scale: float) -> float | None:
    below = float(row.get(bottom) or 0)
    if not below:
        return None
    above = float(row.get(top) or 0) - (float(row.get(minus) or 0) if minus else 0.0)
    return round(scale * above / below, 4)


def _usage(row: dict[str, Any], attributes: dict[str, Any] | None) -> float | None:
    seats = (attributes or {}).get(SEATS_ATTRIBUTE)
    if isinstance(seats, bool) or not isinstance(seats, int | float) or seats <= 0:
        return None
    active = _ratio(row, "recent_sum", "recent_n")
    return None if active is None else round(active / float(seats), 4)


def _trend(row: dict[str, Any]) -> float | None:
    recent, earlier = _ratio(row, "recent_sum", "recent_n"), _ratio(row, "earlier_sum", "earlier_n")
    if recent is None or not earlier:
        return None
    return round(recent / earlier - 1.0, 4)


def _activity(row: dict[str, Any], window: Window) -> float | None:
    last = _day(row.get("last_active"))
    return None if last is None else float(max(0, (window.today - last).days))


async def _signals(organization_id: int, window: Window,
                   account_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
    recent = window.today - timedelta(days=USAGE_DAYS - 1)
    earlier_end = window.today - timedelta(days=TREND_BACK_DAYS)
    earlier = earlier_end - timedelta(days=USAGE_DAYS - 1)
    usage = "s.metric = %s AND s.day >= %s"
    before = "s.metric = %s AND s.day BETWEEN %s AND %s"
    metrics = ", ".join(["%s"] * len(ACTIVITY_METRICS))
    sql = (
        f"SELECT s.account_id AS account_id, "
        f"SUM(CASE WHEN {usage} THEN s.value ELSE 0 END) AS recent_sum, "
        f"SUM(CASE WHEN {usage} THEN 1 ELSE 0 END) AS recent_n, "
        f"SUM(CASE WHEN {before} THEN s.value ELSE 0 END) AS earlier_sum, "
        f"SUM(CASE WHEN {before} THEN 1 ELSE 0 END) AS earlier_n, "
        f"MAX(CASE WHEN s.value > 0 THEN s.day END) AS last_active "
        f"FROM account_signals s JOIN accounts a ON a.id = s.account_id "
        f"WHERE s.metric IN ({metrics}) AND s.day >= %s AND s.day <= %s "
        "AND s.organization_id = %s{scope} GROUP BY s.account_id")
    head = [USAGE_METRIC, recent, USAGE_METRIC, recent, USAGE_METRIC, earlier, earlier_end,
            USAGE_METRIC, earlier, earlier_end, *ACTIVITY_METRICS, window.today - timedelta(days=ACTIVITY_DAYS),
            window.today]
    return await _by_account(sql, head, organization_id, account_ids)


async def _answers(organization_id: int, window: Window,
                   account_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
    weight = "(CASE WHEN r.submitted_at >= %s THEN 2 ELSE 1 END)"
    sql = (
        f"SELECT a.id AS account_id, "
        f"SUM(CASE WHEN r.nps_category IS NOT NULL THEN {weight} ELSE 0 END) AS nps_weight, "
        f"SUM(CASE WHEN r.nps_category = %s THEN {weight} ELSE 0 END) AS nps_promoters, "
        f"SUM(CASE WHEN r.nps_category = %s THEN {weight} ELSE 0 END) AS nps_detractors, "
        f"SUM(CASE WHEN s.kind = %s THEN {weight} ELSE 0 END) AS csat_weight, "
        f"SUM(CASE WHEN s.kind = %s AND r.score >= %s THEN {weight} ELSE 0 END) AS csat_satisfied, "
        "SUM(CASE WHEN r.nps_category IS NOT NULL THEN 1 ELSE 0 END) AS nps_answers, "
        "SUM(CASE WHEN s.kind = %s THEN 1 ELSE 0 END) AS csat_answers "
        f"FROM accounts a {PEOPLE} JOIN responses r ON r.respondent_id = p.id JOIN surveys s ON s.id = r.survey_id "
        "WHERE r.score IS NOT NULL AND r.submitted_at >= %s AND a.organization_id = %s{scope} GROUP BY a.id")
    since = window.recent_since
    head = [since, NpsCategory.PROMOTER.value, since, NpsCategory.DETRACTOR.value, since,
            SurveyKind.CSAT.value, since, SurveyKind.CSAT.value, CSAT_SATISFIED, since, SurveyKind.CSAT.value,
            window.voice_since]
    return await _by_account(sql, head, organization_id, account_ids)


async def _sentiment(organization_id: int, window: Window,
                     account_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
    weight = "(CASE WHEN r.submitted_at >= %s THEN 2 ELSE 1 END)"
    sql = (
        f"SELECT a.id AS account_id, SUM({weight} * c.sentiment) AS sentiment_sum, SUM({weight}) AS sentiment_weight, "
        "COUNT(*) AS sentiment_comments "
        f"FROM accounts a {PEOPLE} JOIN responses r ON r.respondent_id = p.id "
        "JOIN comment_analyses c ON c.response_id = r.id "
        "WHERE c.sentiment IS NOT NULL AND r.submitted_at >= %s AND a.organization_id = %s{scope} GROUP BY a.id")
    head = [window.recent_since, window.recent_since, window.voice_since]
    return await _by_account(sql, head, organization_id, account_ids)


async def _cases(organization_id: int, window: Window,
                 account_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
    sql = (
        f"SELECT a.id AS account_id, COUNT(*) AS cases, SUM(CASE WHEN c.breached THEN 1 ELSE 0 END) AS breached "
        f"FROM accounts a {PEOPLE} JOIN cases c ON c.respondent_id = p.id "
        "WHERE c.status <> 'cancelled' AND c.created_at >= %s AND a.organization_id = %s{scope} GROUP BY a.id")
    return await _by_account(sql, [window.recent_since], organization_id, account_ids)


async def _people(organization_id: int, account_ids: Collection[int] | None) -> set[int]:
    sql = f"SELECT DISTINCT a.id AS account_id FROM accounts a {PEOPLE} WHERE a.organization_id = %s{{scope}}"
    return set(await _by_account(sql, [], organization_id, account_ids))


async def _displays(organization_id: int, window: Window,
                    account_ids: Collection[int] | None) -> dict[int, dict[str, Any]]:
    channels = ", ".join(["%s"] * len(DISPLAY_CHANNELS))
    shown = await _by_account(
        f"SELECT a.id AS account_id, COUNT(*) AS displays FROM accounts a {PEOPLE} "
        f"JOIN displays d ON d.respondent_id = p.id "
        f"WHERE d.channel IN ({channels}) AND d.created_at >= %s AND a.organization_id = %s{{scope}} GROUP BY a.id",
        [*(c.value for c in DISPLAY_CHANNELS), window.voice_since], organization_id, account_ids)
    answered = await _by_account(
        f"SELECT a.id AS account_id, COUNT(*) AS answered FROM accounts a {PEOPLE} "
        f"JOIN responses r ON r.respondent_id = p.id "
        f"WHERE r.channel IN ({channels}) AND r.submitted_at >= %s AND a.organization_id = %s{{scope}} GROUP BY a.id",
        [*(c.value for c in DISPLAY_CHANNELS), window.voice_since], organization_id, account_ids)
    return {k: {"displays": v["displays"], "answered": (answered.get(k) or {}).get("answered", 0)}
            for k, v in shown.items()}
