"""A synthetic book of B2B accounts for benchmarks/health_replay.py: seeded, deterministic, no I/O.

Every account has a hidden health h in [0, 1] that nothing in the product sees; everything the
product does see (usage signals, survey answers and their comments, churn) is drawn from h with
noise. The assumptions, all of them (BENCHMARKS.md, "Health replay", repeats them):

Book
- Plans: basic 50 % (5-20 seats, ¥60 per seat a month), pro 35 % (20-100 seats, ¥120), enterprise
  15 % (100-400 seats, ¥200); MRR = seats × price. Annual contracts: the first renewal falls
  uniformly within the first 365 days, then every 365 days. Owners: OWNERS CS managers, round robin.
- People (respondents) per account: 1 + seats // 40, at most 4.

Hidden health (one step a day)
- Start: h ~ Beta(6, 2) (mean 0.75).
- Healthy accounts: h += 0.02 × (0.75 − h) + N(0, 0.012): a noisy random walk pulled back to 0.75.
- Decline: each day a healthy account enters decline with hazard DECLINE_HAZARD (0.0008: about
  25 % of accounts within a year); a declining account drifts by −U(0.003, 0.008) a day plus the same
  noise, and recovers (back to healthy) with hazard RECOVERY_HAZARD (0.004 a day).
- Churn: (a) at a renewal date, with probability 0.7 when h < 0.45; (b) any day, with probability
  0.08, once h has stayed below 0.25 for 21 days running; (c) suddenly (a budget cut, an
  acquisition) with hazard 0.00005 a day whatever h is: about 2 % a year, which nothing can
  foresee. A churned account sends nothing more.

Daily signals (every day, weekends at 40 % of the usage)
- active_users ≈ seats × (0.1 + 0.8 h) (normal approximation of the binomial, rounded, ≥ 0);
- logins ≈ active_users × (1 + 1.5 h) × U(0.8, 1.2);
- feature.reports (uses of the key feature) ≈ 7 × active_users × (0.1 + 0.6 h) × U(0.7, 1.3), once a
  week (Sundays) for the week: a third metric every day cost a third more replay time, and the
  health model reads only active_users and logins.
- complaints (support tickets that day) ~ Bernoulli(0.004 + 0.05 (1 − h)²), sent only when 1.

Survey answers
- Each person answers with probability 1 / ANSWER_EVERY_DAYS (90) a day; 25 % of answers are to
  the CSAT survey, the rest to NPS. NPS = round(2.5 + 8 h + N(0, 1.3)) in 0-10; CSAT =
  round(1 + 4.4 h + N(0, 0.6)) in 1-5.
- 60 % leave a comment, from templates by sentiment: positive (NPS ≥ 9 / CSAT 5), mixed (7-8 / 3-4)
  or negative (≤ 6 / ≤ 2). A negative comment of a declining account states an intent to churn
  ("准备换别家", "不续费了", ...) with probability 0.35; any mixed or negative comment is, with
  probability 0.08, a negated or hypothetical one that states none ("不会退订", "要是再这样就退订").
- Detractors' cases are whatever the product's case rules open on the real submission path.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

OWNERS = 8
PLANS = (("basic", 0.50, 5, 20, 60), ("pro", 0.35, 20, 100, 120), ("enterprise", 0.15, 100, 400, 200))
MAX_PEOPLE = 4
DECLINE_HAZARD = 0.0008
RECOVERY_HAZARD = 0.004
SUDDEN_CHURN_HAZARD = 0.00005
RENEWAL_CHURN_BELOW, RENEWAL_CHURN_P = 0.45, 0.7
LOW_HEALTH, LOW_DAYS, LOW_CHURN_P = 0.25, 21, 0.08
ANSWER_EVERY_DAYS = 90
CSAT_SHARE = 0.25
COMMENT_SHARE = 0.6
INTENT_SHARE = 0.35
NEGATED_SHARE = 0.08
WEEKEND_USAGE = 0.4

POSITIVE = ("系统很稳定，团队都在用", "报表功能很好用，节省了很多时间", "客服响应快，问题当天解决",
            "整体满意，会推荐给同行", "新版本的看板很方便", "上手简单，培训成本低", "数据准确，老板很满意")
MIXED = ("还行，就是导出有点慢", "功能够用，价格偏贵", "偶尔卡顿，希望优化一下", "界面可以再简洁一点",
         "一般般，没有特别惊喜", "部分报表加载慢", "权限设置有点复杂")
NEGATIVE = ("最近经常卡死，影响工作", "客服一直不回复，很失望", "数据同步总是出错", "价格涨了体验却变差了",
            "bug太多了，团队都在抱怨", "导出功能又坏了", "用起来越来越慢，很难用")
INTENT = ("准备换别家了", "明年不续费了", "打算退订，已经在试用别的产品", "合同到期就不续约了",
          "已经在找替代方案，准备换别家", "太差了，下个月就退订")
NEGATED = ("不会退订，但希望尽快修复", "要是再这样就退订", "暂时不会换别家，先观察", "如果下次还出错我们就不续费了",
           "没有打算换别家，只是提个建议")


@dataclass(frozen=True)
class BookAccount:
    external_id: str
    name: str
    plan: str
    seats: int
    mrr: int
    owner: int  # 0 .. OWNERS - 1
    first_renewal: date
    people: tuple[str, ...]  # the respondents' external ids


@dataclass(frozen=True)
class Signal:
    account: str
    metric: str
    value: float


@dataclass(frozen=True)
class Answer:
    account: str
    person: str
    survey: str  # "nps" or "csat"
    score: int
    comment: str | None
    intent: bool  # the comment states an intent to churn (ground truth of the wording)


@dataclass
class Day:
    day: date
    signals: list[Signal] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    churned: list[str] = field(default_factory=list)
    causes: dict[str, str] = field(default_factory=dict)  # churned account -> renewal, low_health or sudden
    renewed: dict[str, date] = field(default_factory=dict)  # account -> its next renewal date


@dataclass
class _State:
    health: float
    declining: bool = False
    drift: float = 0.0
    low_days: int = 0
    churned: bool = False
    renewal: date = date.min


def book_accounts(count: int, start: date, seed: int) -> list[BookAccount]:
    rng = random.Random(f"book:{seed}")
    accounts = []
    for i in range(count):
        name, _, low, high, price = rng.choices(PLANS, weights=[p[1] for p in PLANS])[0]
        seats = round(math.exp(rng.uniform(math.log(low), math.log(high))))
        external = f"acc-{i + 1:05d}"
        people = tuple(f"{external}-p{k + 1}" for k in range(min(1 + seats // 40, MAX_PEOPLE)))
        accounts.append(BookAccount(external_id=external, name=f"客户 {i + 1:05d}", plan=name, seats=seats,
                                    mrr=seats * price, owner=i % OWNERS,
                                    first_renewal=start + timedelta(days=rng.randrange(1, 366)), people=people))
    return accounts


def _comment(rng: random.Random, sentiment: str, declining: bool) -> tuple[str, bool]:
    if sentiment != "positive" and rng.random() < NEGATED_SHARE:
        return rng.choice(NEGATED), False
    if sentiment == "negative" and declining and rng.random() < INTENT_SHARE:
        return rng.choice(INTENT), True
    return rng.choice({"positive": POSITIVE, "mixed": MIXED, "negative": NEGATIVE}[sentiment]), False


def _answer(rng: random.Random, account: BookAccount, person: str, state: _State) -> Answer:
    h = state.health
    if rng.random() < CSAT_SHARE:
        survey, score = "csat", min(5, max(1, round(1 + 4.4 * h + rng.gauss(0, 0.6))))
        sentiment = "positive" if score == 5 else "mixed" if score >= 3 else "negative"
    else:
        survey, score = "nps", min(10, max(0, round(2.5 + 8 * h + rng.gauss(0, 1.3))))
        sentiment = "positive" if score >= 9 else "mixed" if score >= 7 else "negative"
    comment, intent = _comment(rng, sentiment, state.declining) if rng.random() < COMMENT_SHARE else (None, False)
    return Answer(account=account.external_id, person=person, survey=survey, score=score, comment=comment,
                  intent=intent)


def _signals(rng: random.Random, account: BookAccount, h: float, weekend: bool, sunday: bool) -> list[Signal]:
    p = (0.1 + 0.8 * h) * (WEEKEND_USAGE if weekend else 1.0)
    active = max(0, min(account.seats, round(account.seats * p + rng.gauss(0, math.sqrt(account.seats * p * (1 - p))))))
    logins = round(active * (1 + 1.5 * h) * rng.uniform(0.8, 1.2))
    reports = round(active * 7 * (0.1 + 0.6 * h) * rng.uniform(0.7, 1.3))  # the week's, sent on Sundays
    out = [Signal(account.external_id, "active_users", active), Signal(account.external_id, "logins", logins)]
    if sunday:
        out.append(Signal(account.external_id, "feature.reports", reports))
    if rng.random() < 0.004 + 0.05 * (1 - h) ** 2:
        out.append(Signal(account.external_id, "complaints", 1))
    return out


def _step(rng: random.Random, state: _State) -> None:
    if state.declining:
        if rng.random() < RECOVERY_HAZARD:
            state.declining = False
    elif rng.random() < DECLINE_HAZARD:
        state.declining, state.drift = True, -rng.uniform(0.003, 0.008)
    pull = state.drift if state.declining else 0.02 * (0.75 - state.health)
    state.health = min(1.0, max(0.0, state.health + pull + rng.gauss(0, 0.012)))
    state.low_days = state.low_days + 1 if state.health < LOW_HEALTH else 0


def _churns(rng: random.Random, state: _State, today: date) -> str | None:
    """Why the account churns today (renewal, low_health, sudden), or None."""
    if today == state.renewal and state.health < RENEWAL_CHURN_BELOW and rng.random() < RENEWAL_CHURN_P:
        return "renewal"
    if state.low_days >= LOW_DAYS and rng.random() < LOW_CHURN_P:
        return "low_health"
    return "sudden" if rng.random() < SUDDEN_CHURN_HAZARD else None


def days(accounts: list[BookAccount], start: date, count: int, seed: int) -> Iterator[Day]:
    """The book's days from `start`, one Day of events each; the same seed gives the same days."""
    rng = random.Random(f"days:{seed}")
    states = {a.external_id: _State(health=rng.betavariate(6, 2), renewal=a.first_renewal) for a in accounts}
    for offset in range(count):
        today = start + timedelta(days=offset)
        out = Day(day=today)
        weekend = today.weekday() >= 5
        for account in accounts:
            state = states[account.external_id]
            if state.churned:
                continue
            _step(rng, state)
            cause = _churns(rng, state, today)
            if cause:
                state.churned = True
                out.churned.append(account.external_id)
                out.causes[account.external_id] = cause
                continue
            if today == state.renewal:
                state.renewal = today + timedelta(days=365)
                out.renewed[account.external_id] = state.renewal
            out.signals.extend(_signals(rng, account, state.health, weekend, today.weekday() == 6))
            out.answers.extend(_answer(rng, account, person, state) for person in account.people
                               if rng.random() < 1 / ANSWER_EVERY_DAYS)
        yield out
