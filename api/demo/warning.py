"""The demo's account warning: a restaurant chain that orders through the app for its branches
orders half as much as it did, and its CS manager has a case for it (a case with an account and a
reason, and no response), as the early-warning rules open one."""

from __future__ import annotations

from datetime import datetime, timedelta

from accounts.service import AccountRow, upsert_accounts
from actions.account_cases import open_account_case
from actions.models import Case
from core.models import Organization, User

ACCOUNT = "chain-xianweifang"
NAME = "鲜味坊餐饮连锁"
DETAIL = {"metric": "weekly_orders", "before": 1240, "now": 610, "change": -0.51}


async def warn(organization: Organization, owner: User, now: datetime) -> Case:
    await upsert_accounts(organization=organization, rows=[AccountRow(
        external_id=ACCOUNT, name=NAME, attributes={"plan": "企业版", "branches": 12, "city": "上海"},
        renewal_at=now + timedelta(days=45), owner_id=owner.id)])
    opened = now - timedelta(hours=5)
    case, _ = await open_account_case(organization=organization, account_external_id=ACCOUNT, reason="usage_drop",
                                      detail=DETAIL, window_key=opened.date().isoformat(), owner_id=owner.id,
                                      account_name=NAME, now=opened)
    return case
