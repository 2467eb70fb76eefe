"""Early warnings: right after accounts are scored, the organisation's warning rules
(accounts.warning_rules) look at the scores and a few more figures and open a case
(actions.account_cases) for each warning that fired.

`evaluate(organization=..., scores=...)` takes score_accounts' results and works set-based, per
chunk of accounts: the accounts' rows, then (only for the rules that are on) one grouped query for
complaints, one for comments with churn intent, one for scores `days` back when not 30, one for the
warnings that keep a rule quiet, and one for the cases already opened, never a query per account.
A case is opened only for a warning whose case does not exist yet; `open_account_case` makes the
same warning open one case however often (or by however many workers) the rules run.

Each case names its account, the rule's code (the reason), a window key (what makes "the same
warning": a day, a streak, a renewal date, a week, a comment; see accounts.warning_rules) and the
figures that made it fire (`detail`, e.g. {"from": "WATCH", "to": "AT_RISK", "score": 52.1}). It
goes to the account's CS manager, else the routing rules. Churned accounts get no warnings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from accounts import warning_rules
from accounts.health import AccountScore
from accounts.health_inputs import PEOPLE
from accounts.health_model import BAND_ORDER, HealthBand
from accounts.models import Account, AccountHealth, AccountStage, WarningRulesRow
from actions.account_cases import SOURCE, dedupe_key, open_account_case
from actions.models import Case
from analysis.churn import ChurnSignal, detect
from core.formats import utc_iso
from core.ids import encode_id
from core.models import Organization
from core.sql import fetch

BATCH = 500
QUIET_RULES = {"band_drop": "quietDays", "score_fall": "days", "usage_drop": "quietDays"}  # rule -> quiet days
# score_fall compares the mean of the last two weeks with that of the two weeks around `days` days
# before. Two weeks, not one: in the health replay a week's mean still moved 15 points by chance
# (small teams' usage, a single answer) and most falls were noise (precision 0.15, as a coin).
MEAN_DAYS = 14


@dataclass(frozen=True)
class Fired:
    account_id: int
    reason: str
    window_key: str
    detail: dict[str, Any]


async def stored_rules(*, organization_id: int) -> dict[str, dict[str, Any]]:
    """The organisation's whole rule set (the defaults until an admin sets them)."""
    row = await WarningRulesRow.get_or_none(organization_id=organization_id)
    return warning_rules.parse(row.rules) if row is not None else warning_rules.parse({})


async def set_rules(*, organization: Organization, rules: Any) -> dict[str, dict[str, Any]]:
    """Check and store the organisation's rules (BadWarningRules names every problem and nothing
    changes); the next scoring of an account runs them."""
    whole = warning_rules.parse(rules)
    async with in_transaction():
        row, created = await WarningRulesRow.get_or_create(organization_id=organization.id,
                                                           defaults={"rules": whole})
        if not created:
            row.rules = whole
            await row.save(update_fields=["rules", "updated_at"])
    return whole


async def evaluate(*, organization: Organization, scores: Sequence[AccountScore],
                   now: datetime | None = None) -> list[Case]:
    """Run the organisation's rules on the accounts just scored; the cases this run opened."""
    now = now or datetime.now(UTC)
    rules = {code: p for code, p in (await stored_rules(organization_id=organization.id)).items() if p["enabled"]}
    opened: list[Case] = []
    if not rules:
        return opened
    for start in range(0, len(scores), BATCH):
        opened += await _evaluate(organization, list(scores[start:start + BATCH]), rules, now)
    return opened


async def _evaluate(organization: Organization, scores: list[AccountScore], rules: dict[str, dict[str, Any]],
                    now: datetime) -> list[Case]:
    accounts = {a["id"]: a for a in await Account.filter(
        organization_id=organization.id, id__in=[s.account_id for s in scores]).exclude(
        stage=AccountStage.CHURNED).values("id", "external_id", "name", "owner_id", "attributes", "renewal_at")}
    scores = [s for s in scores if s.account_id in accounts]
    if not scores:
        return []
    ids = [s.account_id for s in scores]
    found: list[Fired] = []
    for s in scores:
        found += _from_scores(s, rules, accounts[s.account_id], organization, now)
    if "score_fall" in rules:
        found += await _score_falls(organization.id, scores, rules["score_fall"])
    if "complaints" in rules:
        found += await _complaints(organization.id, scores, rules["complaints"], now)
    if "churn_intent" in rules:
        found += await _churn_intent(organization.id, ids, rules["churn_intent"], now)
    externals = {a["id"]: a["external_id"].strip() for a in accounts.values()}
    found = await _not_quiet(organization.id, found, externals, rules, now)
    keys = {dedupe_key(externals[w.account_id], w.reason, w.window_key): w for w in found}
    if not keys:
        return []
    opened_before = {str(key) for key in await Case.filter(
        organization_id=organization.id, dedupe_key__in=list(keys)).values_list("dedupe_key", flat=True)}
    opened: list[Case] = []
    for key, w in keys.items():
        if key in opened_before:
            continue
        account = accounts[w.account_id]
        case, new = await open_account_case(
            organization=organization, account_external_id=account["external_id"], reason=w.reason,
            detail=w.detail, window_key=w.window_key, owner_id=account["owner_id"], account_name=account["name"],
            attributes=account["attributes"] or {}, now=now)
        if new:
            opened.append(case)
    return opened


def _worse(band: HealthBand, than: HealthBand) -> bool:
    return BAND_ORDER.index(band) > BAND_ORDER.index(than)


def _from_scores(s: AccountScore, rules: dict[str, dict[str, Any]], account: dict[str, Any],
                 organization: Organization, now: datetime) -> list[Fired]:
    """The rules that need nothing but the account's score, measured values and row."""
    out: list[Fired] = []
    day = s.day.isoformat()
    before = s.band_before or s.previous_band
    if (p := rules.get("band_drop")) and s.band and before and _worse(s.band, before) and s.band in p["into"]:
        out.append(Fired(s.account_id, "band_drop", f"{day} {s.band.value}",
                           {"from": before.value, "to": s.band.value, "score": s.score}))
    activity = s.measured.get("activity")
    if (p := rules.get("no_login")) and activity is not None and activity >= p["days"]:
        last = s.day - timedelta(days=int(activity))
        out.append(Fired(s.account_id, "no_login", f"last {last.isoformat()}",
                           {"last_login": last.isoformat(), "days_without": int(activity), "days": p["days"]}))
    trend = s.measured.get("usage_trend")
    if (p := rules.get("usage_drop")) and trend is not None and trend < -p["share"]:
        out.append(Fired(s.account_id, "usage_drop", day, {"change": trend, "share": p["share"]}))
    renewal = account["renewal_at"]
    if (p := rules.get("renewal_risk")) and renewal is not None and s.band is not None and s.band in p["bands"] \
            and now <= renewal <= now + timedelta(days=p["days"]):
        on = renewal.astimezone(ZoneInfo(organization.timezone)).date().isoformat()
        out.append(Fired(s.account_id, "renewal_risk", f"renewal {on}", {
            "renewal_at": utc_iso(renewal), "days_left": (renewal - now).days, "band": s.band.value,
            "score": s.score}))
    return out


async def _score_falls(organization_id: int, scores: list[AccountScore], p: dict[str, Any]) -> list[Fired]:
    """Means over MEAN_DAYS (or `days`, when shorter), read in one query: the last MEAN_DAYS days
    (today's new score included) and the MEAN_DAYS days centred on `days` days before (a day in
    both counts as recent)."""
    days, today = p["days"], scores[0].day
    span = min(MEAN_DAYS, days)  # a fall over a week is measured on week means
    # `span` days, both ends included: 14 -> days 37..24 back, 7 -> 33..27.
    then_from, then_to = today - timedelta(days=days + span // 2), today - timedelta(days=days - (span - 1) // 2)
    recent_from = today - timedelta(days=span - 1)
    rows = await AccountHealth.filter(organization_id=organization_id, account_id__in=[s.account_id for s in scores],
                                      day__gte=then_from, day__lt=today).values_list("account_id", "day", "score")
    recent: dict[int, list[float]] = {s.account_id: [s.score] for s in scores if s.score is not None}
    then: dict[int, list[float]] = {}
    for account_id, day, score in rows:
        if score is None:
            continue
        if day >= recent_from:
            recent.setdefault(int(account_id), []).append(float(score))
        elif day <= then_to:
            then.setdefault(int(account_id), []).append(float(score))
    out: list[Fired] = []
    for s in scores:
        now_scores, old_scores = recent.get(s.account_id), then.get(s.account_id)
        if s.score is None or s.band is None or s.band not in p["bands"] or not now_scores or not old_scores:
            continue
        now_mean, old_mean = sum(now_scores) / len(now_scores), sum(old_scores) / len(old_scores)
        if old_mean - now_mean >= p["points"]:
            out.append(Fired(s.account_id, "score_fall", s.day.isoformat(), {
                "score": round(now_mean, 1), "score_before": round(old_mean, 1), "fall": round(old_mean - now_mean, 1),
                "days": days, "points": p["points"], "band": s.band.value}))
    return out


def _scope(ids: list[int]) -> str:
    return f" AND a.id IN ({', '.join(['%s'] * len(ids))})"


async def _complaints(organization_id: int, scores: list[AccountScore], p: dict[str, Any],
                      now: datetime) -> list[Fired]:
    ids = [s.account_id for s in scores]
    rows = await fetch(
        f"SELECT a.id AS account_id, COUNT(*) AS complaints FROM accounts a {PEOPLE} "
        "JOIN cases c ON c.respondent_id = p.id WHERE c.status <> 'cancelled' AND c.created_at >= %s "
        f"AND a.organization_id = %s{_scope(ids)} GROUP BY a.id",
        [now - timedelta(days=p["days"]), organization_id, *ids])
    counted = {int(r["account_id"]): int(r["complaints"]) for r in rows}
    out: list[Fired] = []
    for s in scores:
        n = counted.get(s.account_id, 0)
        if n > p["count"]:
            year, week, _ = s.day.isocalendar()
            out.append(Fired(s.account_id, "complaints", f"{year}-W{week:02d}",
                               {"complaints": n, "days": p["days"], "count": p["count"]}))
    return out


async def _churn_intent(organization_id: int, ids: list[int], p: dict[str, Any], now: datetime) -> list[Fired]:
    """Stated intent is on the stored analysis; a threat is not, so "conditional" weighs each recent
    comment again (analysis.churn: regular expressions, thousands a second)."""
    stated_only = p["level"] == ChurnSignal.STATED.value
    rows = await fetch(
        f"SELECT a.id AS account_id, r.id AS response_id, c.churn_intent AS stated, c.normalized AS normalized "
        f"FROM accounts a {PEOPLE} JOIN responses r ON r.respondent_id = p.id "
        "JOIN comment_analyses c ON c.response_id = r.id "
        f"WHERE r.submitted_at >= %s{' AND c.churn_intent = %s' if stated_only else ''} "
        f"AND a.organization_id = %s{_scope(ids)} ORDER BY r.id",
        [now - timedelta(days=p["days"]), *([True] if stated_only else []), organization_id, *ids])
    out: list[Fired] = []
    for row in rows:
        signal = ChurnSignal.STATED if row["stated"] else detect(row["normalized"] or "")
        if signal == ChurnSignal.NONE:
            continue
        response = int(row["response_id"])
        out.append(Fired(int(row["account_id"]), "churn_intent", f"response {response}",
                           {"response_id": encode_id("Response", response), "signal": signal.value}))
    return out


async def _not_quiet(organization_id: int, found: list[Fired], externals: dict[int, str],
                     rules: dict[str, dict[str, Any]], now: datetime) -> list[Fired]:
    """Without the warnings of rules that stay quiet for a while after they fired for the account
    (a fall or a usage drop is measured again every day it lasts: it is one warning)."""
    quiet = {code: rules[code][days] for code, days in QUIET_RULES.items() if code in rules}
    if not any(w.reason in quiet for w in found):
        return found
    since = now - timedelta(days=max(quiet.values()))
    rows = await Case.filter(organization_id=organization_id, source=SOURCE, reason__in=list(quiet),
                             account_external_id__in=sorted({externals[w.account_id] for w in found}),
                             created_at__gte=since).values_list("account_external_id", "reason", "created_at",
                                                                "reason_detail")
    # A band drop is quiet per band reached: a drop on to a worse band is news at once.
    last: dict[tuple[str, str, str | None], datetime] = {}
    for external, reason, at, detail in rows:
        key = (str(external), str(reason), _band_reached(str(reason), detail))
        last[key] = max(at, last.get(key, at))
    out = []
    for w in found:
        at = last.get((externals[w.account_id], w.reason, _band_reached(w.reason, w.detail)))
        if w.reason in quiet and at is not None and at > now - timedelta(days=quiet[w.reason]):
            continue
        out.append(w)
    return out


def _band_reached(reason: str, detail: Any) -> str | None:
    return str(detail.get("to")) if reason == "band_drop" and isinstance(detail, dict) else None


async def warnings_of(*, organization_id: int, external_ids: list[str], limit: int = 50) -> dict[str, list[Case]]:
    """The cases warnings opened for these accounts (by external id), newest first, at most `limit`
    each (a page's in one query)."""
    out: dict[str, list[Case]] = {e: [] for e in external_ids}
    if not external_ids:
        return out
    for case in await Case.filter(organization_id=organization_id, source=SOURCE,
                                  account_external_id__in=external_ids).order_by("-created_at", "-id"):
        mine = out.get(case.account_external_id or "")
        if mine is not None and len(mine) < limit:
            mine.append(case)
    return out
