"""How the demo's CS managers work the cases the early-warning rules open for their accounts
(api/demo/accounts.py scores the accounts on the demo's timeline; after each scoring this plans each
new case's work on the same timeline, through the case service as scenario.Crew does for the
detractors' cases; work planned after `now` never happens).

A warning is picked up within the day (or the next morning: every step is in office hours,
api/demo/office.py): its manager calls the account (IN_PROGRESS, with what they did), sometimes
waits on the customer (a renewal offer, a training date: the SLA clocks stand still), and resolves
it two to six days later with what came of it; the SLA scan closes resolved
cases once their reopen window has passed. So the older warnings are resolved or closed with a
note, the last days' are open with their managers, and at most NEGLECTED of the older ones were
never picked up: overdue and escalated, so the inbox shows that state without it being the norm.
Without this, nobody would work them and nearly every warning would be overdue by the time the
demo is opened. Deterministic: a seeded RNG of its own.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from actions import cases
from actions.account_cases import SOURCE
from actions.audit import Actor
from actions.models import Case, CaseStatus
from api.demo.office import next_open

Work = Callable[[datetime], Awaitable[None]]
SEED = 7
NEGLECTED = 2  # at most this many warnings nobody picked up (they are overdue)
NEGLECT_SHARE = 0.2  # of the warnings old enough to show it, the share that may be among them
NEGLECT_AGE = (timedelta(days=2), timedelta(days=12))  # old enough to be visibly late, young enough to be noticed
WAITING_SHARE = 0.25
LONGER_SHARE = 0.5

CONTACT = ("已电话联系客户负责人，了解近期门店使用情况。", "已微信联系客户运营负责人，约了线上沟通。",
           "已上门拜访客户总部，了解使用情况。")
WAITING = ("已发送续约方案，等待客户确认。", "已约门店培训时间，等待客户回复。", "已发送近期使用报告，等待客户反馈。")
PROGRESS = ("客户反馈几家门店换了店长，正在安排重新培训。", "客户在评估明年预算，约了下周再沟通。",
            "已拉产品经理一起看客户反馈的问题。")
RESOLVED: dict[str, tuple[str, ...]] = {
    "band_drop": ("已电话回访，客户确认下月续约。", "已安排门店店长培训。", "客户反馈出餐看板卡顿，已升级给产品。"),
    "score_fall": ("已电话回访，客户确认下月续约。", "已安排门店店长培训。", "客户反馈报表导出太慢，已升级给产品。"),
    "usage_drop": ("已安排培训，新店长已开通账号。", "季节性淡季，客户确认无流失风险。", "已安排门店培训。"),
    "no_login": ("客户门店装修暂停营业，确认下月恢复使用。", "客户管理员离职，已协助更换管理员账号。"),
    "renewal_risk": ("已电话回访，客户确认下月续约。", "已申请续约折扣，客户同意续约一年。",
                     "已升级给销售负责人跟进续约。"),
    "complaints": ("已逐条回复门店投诉，问题已升级给产品。", "已安排专人对接门店，投诉已处理。"),
    "churn_intent": ("已电话回访，客户确认继续使用。", "已升级给客户成功负责人，安排上门拜访。"),
}
GENERAL = ("已电话回访，客户确认下月续约。", "已安排培训。", "已升级给产品。")
# Accounts that stopped using the app (api/demo/accounts.py "stopped"): no renewal came of it, and each
# warning of theirs takes the story one step on (the last step repeats).
LOST = ("客户反馈部分门店在试用其他系统，已安排演示新功能。", "已升级给销售负责人，提供续约折扣尝试挽回。",
        "客户已改用其他点餐系统，已记录流失原因。")


@dataclass
class Managers:
    """The accounts' CS managers, working their warnings on the timeline (`at(when, work)`)."""

    organization_id: int
    now: datetime
    at: Callable[[datetime, Work], None]
    zone: ZoneInfo  # the organisation's: its managers work in office hours there
    lost: Collection[str] = ()  # external ids of the accounts that stopped using the app
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    neglected: set[str] = field(default_factory=set)  # the accounts of the warnings nobody picked up
    seen: int = 0  # the newest warning case already planned
    steps: dict[str, int] = field(default_factory=dict)  # of the lost accounts: warnings planned so far

    async def take_up(self) -> None:
        """Plan the work of the warnings opened since the last call (after a scoring)."""
        new = await Case.filter(organization_id=self.organization_id, source=SOURCE, id__gt=self.seen).order_by("id")
        per_account = Counter(c.account_external_id for c in new)
        for case in new:
            self.seen = case.id
            self._plan(case, alone=per_account[case.account_external_id] == 1)

    def _plan(self, case: Case, *, alone: bool) -> None:
        """`alone`: the account's only new warning (one the manager calls about with another is not forgotten)."""
        if case.assignee_id is None:
            return
        opened, rng = case.created_at, self.rng
        account = case.account_external_id or ""
        left = rng.random() < NEGLECT_SHARE and alone and account not in self.neglected
        if left and len(self.neglected) < NEGLECTED and NEGLECT_AGE[0] <= self.now - opened <= NEGLECT_AGE[1]:
            self.neglected.add(account)
            return
        def later(after: datetime, delta: timedelta) -> datetime:
            return next_open(after + delta, self.zone)

        contact = later(opened, timedelta(hours=rng.uniform(2, 18)))
        self.at(contact, self._move(case, CaseStatus.IN_PROGRESS, rng.choice(CONTACT)))
        if rng.random() < WAITING_SHARE:
            asked = later(contact, timedelta(hours=rng.uniform(6, 30)))
            self.at(asked, self._move(case, CaseStatus.WAITING_CUSTOMER, rng.choice(WAITING)))
            done = later(asked, timedelta(days=rng.uniform(2, 6)))
        elif rng.random() < LONGER_SHARE:  # more to do: a note on the way, resolved before the 7-day clock runs out
            self.at(later(contact, timedelta(hours=rng.uniform(12, 36))), self._note(case, rng.choice(PROGRESS)))
            done = later(contact, timedelta(days=rng.uniform(4, 6)))
        else:
            done = later(contact, timedelta(days=rng.uniform(2, 4)))
        self.at(done, self._move(case, CaseStatus.RESOLVED, self._outcome(case)))

    def _outcome(self, case: Case) -> str:
        account = case.account_external_id or ""
        if account in self.lost:
            step = self.steps[account] = self.steps.get(account, -1) + 1
            return LOST[min(step, len(LOST) - 1)]
        return self.rng.choice(RESOLVED.get(case.reason or "", GENERAL))

    def _move(self, case: Case, to: CaseStatus, note: str) -> Work:
        async def move(at: datetime) -> None:
            await cases.transition(organization_id=self.organization_id, case_id=case.id, to=to, note=note,
                                   actor=Actor.user(case.assignee_id or 0), now=at)

        return move

    def _note(self, case: Case, note: str) -> Work:
        async def add(at: datetime) -> None:
            await cases.add_note(organization_id=self.organization_id, case_id=case.id, note=note,
                                 actor=Actor.user(case.assignee_id or 0), now=at)

        return add
