"""Accounts whose score is what the test says (a usage-only health model: score = active users of
the day against 100 seats), and early-warning rules switched on one at a time (the warnings tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from accounts import warnings
from accounts.health import score_accounts, set_model
from accounts.health_model import DEFAULT_MODEL
from accounts.models import Account
from accounts.service import AccountRow, upsert_accounts
from accounts.warning_rules import RULES
from actions.models import Case
from core.models import Organization, User
from tests.support.health import signal

NOW = datetime(2026, 12, 6, 4, tzinfo=UTC)  # 12:00 in Shanghai, the organisation's zone
TODAY = date(2026, 12, 6)
ONLY_USAGE = {"components": [{"key": "usage", "weight": 100, "scale": {"type": "linear", "from": 0, "to": 1}}],
              "bands": DEFAULT_MODEL["bands"]}


async def customer(org: Organization, external_id: str, *, owner: User | None = None, seats: int | None = 100,
                   renewal_at: datetime | None = None, **fields: Any) -> Account:
    await set_model(organization=org, model=ONLY_USAGE)
    attributes = {"seats": seats} if seats is not None else {}
    row = AccountRow(external_id=external_id, name=f"{external_id} 公司", attributes=attributes,
                     renewal_at=renewal_at, owner_id=owner.id if owner else None, **fields)
    return (await upsert_accounts(organization=org, rows=[row]))[0]


async def usage(org: Organization, of: Account, value: float, day: date = TODAY) -> None:
    """The day's active users: the account's score when it is the week's only day with a value."""
    await signal(org, of, "active_users", day, value)


async def only(org: Organization, rule: str | None, **params: Any) -> None:
    """Every rule off but `rule` (with `params`)."""
    await warnings.set_rules(organization=org, rules={
        code: {"enabled": code == rule} | (params if code == rule else {}) for code in RULES})


async def run(org: Organization, at: datetime = NOW) -> list[tuple[str, str, str]]:
    """Score every account as of `at` and run the rules: (account, reason, window) of each case opened."""
    scores = await score_accounts(organization=org, now=at)
    opened = await warnings.evaluate(organization=org, scores=scores, now=at)
    return sorted((c.account_external_id or "", c.reason or "", window(c)) for c in opened)


def window(case: Case) -> str:
    return (case.dedupe_key or "").rpartition(f":{case.reason}:")[2]
