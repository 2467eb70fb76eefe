"""The demo's business customers: restaurant chains and retailers that order through the app for
their branches, with their CS managers, a hundred days of usage and the health the product scored
them each day of the last two months.

Each account follows a health trajectory (the share of its seats active each day): a few stay
healthy, some were always lukewarm, some decline over the last weeks, one's use halves (鲜味坊,
whose usage_drop warning the cases e2e spec opens) and two stop using the app. Some of the live
respondents work for these accounts (their answers and comments count toward satisfaction and
sentiment): the ones who praise for the healthy accounts, the ones who complain for the failing.

The scoring is replayed on the demo's timeline: one `score_and_warn` a day over the last
SCORED_DAYS days (each account's trend has its points). The admin switched the early-warning rules
on WARNED_DAYS days ago; from then on the real rules fire on the day a band drops and open their
cases for the owners, who work them (api/demo/warning_work.py); then today's, after the comments
are analysed.
The scores go back further than the warnings because score_fall compares the mean of two weeks with
the two weeks around 30 days before: with only a month of scores it could first look on one day near
the end, and then fired for every declining account at once. Deterministic: seeded RNGs.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from accounts import warning_rules, warnings
from accounts.health_schedule import score_and_warn
from accounts.service import AccountRow, SignalRow, record_signals, upsert_accounts
from api.demo.warning_work import Managers
from core.models import Organization, User

WARNED_DAYS = 28  # the warning rules were switched on four weeks before today (less than the rules' 30 quiet days:
# a warning of the first day is not repeated today at a time of day that depends on when the demo is built)
# Days before today scored (today's comes after them): the first warned day's score_fall has its
# earlier two weeks (accounts.warnings.MEAN_DAYS around 30 days before) all scored.
SCORED_DAYS = WARNED_DAYS + 37
SIGNAL_DAYS = SCORED_DAYS + 37  # usage: the usage trend of the first scored day compares weeks a month apart
SCORED_AT_HOUR = 7  # the daily pass's hour (UTC)
SIGNALS_PER_CALL = 1_000  # accounts.service.MAX_SIGNALS_PER_CALL
HALVED = "chain-xianweifang"  # the account whose usage halves (its usage_drop warning is the one e2e opens)


@dataclass(frozen=True)
class Customer:
    external_id: str
    name: str
    industry: str
    plan: str
    seats: int
    mrr: int
    region: str
    renewal_days: int  # from now
    owner: str  # one of the demo's CS agents (scenario.PEOPLE)
    shape: str  # a key of SHAPES


def _steady(level: float) -> Callable[[int], float]:
    return lambda ago: level


def _decline(start: float, end: float, since: int, until: int = 0) -> Callable[[int], float]:
    """`start` until `since` days ago, then straight down to `end` by `until` days ago."""
    def share(ago: int) -> float:
        if ago >= since:
            return start
        if ago <= until:
            return end
        return end + (start - end) * (ago - until) / (since - until)
    return share


# Share of seats active on a weekday, by days ago (0: nobody logged in). The health model's usage
# scale runs from 20 % to 60 % of seats (a week's mean, weekends included) and its usage_trend from
# -60 % to +10 % a month, so: the healthy are above 60 % (full points), the lukewarm near 40 % (关注),
# the slipping, the sliding and the declining lose about half their use over three to five weeks and
# cross into 风险 (the slipping in the last week, the sliding in the last days, the declining two weeks
# ago, their use then more than halved: usage_drop too), 鲜味坊's halves within two weeks (usage_drop
# five days ago), and two stop (no_login a few days ago). Usage alone takes them there: their people's
# few answers count a fraction of their weight (accounts.health_model.EVIDENCE), and there are none
# before the live answers (scenario.LIVE_DAYS). The warnings so spread over the four weeks give the
# managers (api/demo/warning_work.py) old ones to have resolved and fresh ones still open.
SHAPES: dict[str, Callable[[int], float]] = {
    "healthy": _steady(0.8),
    "lukewarm": _steady(0.4),
    "slipping": _decline(0.66, 0.35, since=28, until=4),
    "sliding": _decline(0.66, 0.34, since=24, until=0),
    "declining": _decline(0.7, 0.28, since=34, until=10),
    "halved": _decline(0.7, 0.32, since=22, until=8),
    "stopped": _decline(0.7, 0.0, since=40, until=16),
}
HEALTHY_SHAPES = ("healthy",)
# Complaints come from the accounts whose use is sliding while their people still use the app (where
# the survey is shown); those that stopped have nobody left to answer in it.
FAILING_SHAPES = ("slipping", "sliding", "declining")

CUSTOMERS = (
    Customer("chain-laoxiangji", "老乡鸡快餐连锁", "快餐", "企业版", 120, 36000, "华东", 150, "张伟", "healthy"),
    Customer("chain-xibei", "西贝莜面村", "中式正餐", "企业版", 90, 28000, "华北", 170, "李娜", "healthy"),
    Customer("retail-bianlifeng", "便利蜂便利店", "便利零售", "企业版", 150, 42000, "华北", 60, "王芳", "healthy"),
    Customer("chain-shaoxiang", "绍兴小笼馆", "小吃", "专业版", 30, 6800, "华东", 110, "张伟", "healthy"),
    Customer("chain-chabaidao", "茶百道饮品", "茶饮", "专业版", 60, 15000, "西南", 130, "王芳", "healthy"),
    Customer("retail-wumart", "物美生鲜超市", "生鲜零售", "企业版", 100, 30000, "华北", 95, "李娜", "lukewarm"),
    Customer("chain-yonghe", "永和豆浆", "早餐", "专业版", 40, 9000, "华东", 75, "张伟", "lukewarm"),
    Customer("chain-hunanwei", "湘味小厨", "湘菜", "标准版", 20, 3600, "华中", 140, "王芳", "lukewarm"),
    Customer("chain-malatang", "杨记麻辣烫", "小吃", "专业版", 50, 11000, "东北", 50, "李娜", "slipping"),
    Customer("chain-pizza", "好伦哥披萨", "西式快餐", "专业版", 45, 10500, "华北", 165, "张伟", "sliding"),
    Customer("retail-fruitday", "果多美水果", "生鲜零售", "标准版", 25, 4800, "华北", 85, "王芳", "declining"),
    Customer("chain-dumpling", "喜家德水饺", "中式快餐", "企业版", 80, 24000, "东北", 40, "李娜", "declining"),
    Customer(HALVED, "鲜味坊餐饮连锁", "中式正餐", "企业版", 60, 18000, "华东", 45, "李娜", "halved"),
    Customer("chain-bbq", "木屋烧烤", "烧烤", "专业版", 35, 8000, "华南", 25, "张伟", "stopped"),
    Customer("retail-bakery", "面包新语烘焙", "烘焙", "标准版", 15, 2900, "华南", 20, "王芳", "stopped"),
    Customer("chain-noodle", "和府捞面", "面馆", "专业版", 55, 13000, "华东", 120, "李娜", "healthy"),
)
# Of the live respondents, one in three who praise and one in six who complain work for one of these
# accounts (more complaints would make every failing account's complaints rule fire each week).
LINKED_EVERY = {True: 3, False: 6}


def account_of(n: int, positive: bool) -> str | None:
    """The account (external id) of the n-th answer's respondent, if any: praise comes from the
    healthy accounts' people, complaints from the failing ones'."""
    every = LINKED_EVERY[positive]
    if n % every:
        return None
    pool = [c.external_id for c in CUSTOMERS if c.shape in (HEALTHY_SHAPES if positive else FAILING_SHAPES)]
    return pool[(n // every) % len(pool)]


async def seed(organization: Organization, people: dict[str, User], now: datetime,
               at: Callable[[datetime, Callable[[datetime], Awaitable[None]]], None]) -> None:
    """Create the accounts and their usage, and put the daily scoring of the last SCORED_DAYS days on
    the timeline (`at(when, work)`); today's scoring comes once the timeline has run."""
    rng = random.Random(25)
    await upsert_accounts(organization=organization, rows=[AccountRow(
        external_id=c.external_id, name=c.name, renewal_at=now + timedelta(days=c.renewal_days),
        owner_id=people[c.owner].id,
        attributes={"plan": c.plan, "industry": c.industry, "seats": c.seats, "mrr": c.mrr, "region": c.region},
    ) for c in CUSTOMERS])
    signals = [row for c in CUSTOMERS for row in _usage(c, now, rng)]
    for start in range(0, len(signals), SIGNALS_PER_CALL):
        report = await record_signals(organization=organization, rows=signals[start:start + SIGNALS_PER_CALL], now=now)
        if report.errors:  # the demo's own rows: a refusal is a bug here
            raise RuntimeError(f"demo signals refused: {report.errors[0]}")

    managers = Managers(organization_id=organization.id, now=now, at=at, zone=ZoneInfo(organization.timezone),
                        lost={c.external_id for c in CUSTOMERS if c.shape == "stopped"})

    async def score(when: datetime) -> None:
        await score_and_warn(organization=organization, now=when)
        await managers.take_up()

    async def switch_on(when: datetime) -> None:
        await warnings.set_rules(organization=organization, rules={})  # the defaults, all on

    await warnings.set_rules(organization=organization,
                             rules={code: {"enabled": False} for code in warning_rules.RULES})
    today = now.replace(hour=SCORED_AT_HOUR, minute=0, second=0, microsecond=0)
    at(today - timedelta(days=WARNED_DAYS, hours=1), switch_on)
    for ago in range(SCORED_DAYS, 0, -1):
        at(today - timedelta(days=ago), score)


def _usage(customer: Customer, now: datetime, rng: random.Random) -> list[SignalRow]:
    """Daily active users and logins (measured at noon UTC, Beijing's evening) from the account's trajectory, with
    some noise; weekends are quieter."""
    rows = []
    shape = SHAPES[customer.shape]
    for ago in range(SIGNAL_DAYS, 0, -1):
        at = (now - timedelta(days=ago)).replace(hour=12, minute=0, second=0, microsecond=0)
        share = shape(ago)
        weekend = 0.8 if at.weekday() >= 5 else 1.0
        active = round(customer.seats * share * weekend * rng.uniform(0.97, 1.03)) if share > 0 else 0
        logins = round(active * rng.uniform(1.5, 2.5))
        rows += [SignalRow(account=customer.external_id, metric="active_users", value=active, at=at),
                 SignalRow(account=customer.external_id, metric="logins", value=logins, at=at)]
    return rows
