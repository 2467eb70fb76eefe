"""`voc demo`: an organisation that shows the whole loop, built by replaying ten weeks of a
food-delivery app's feedback through the product's own services at the times things happened
(every service takes `now`; nothing is edited afterwards).

- History: imported answers from ten to two weeks ago (real waimai reviews, `reviews.csv`);
  imported history opens no cases, as with `voc import`.
- The last LIVE_DAYS days: widget answers with their displays. The default case rule opens a case
  for each detractor as the answer arrives (round robin over the CS team under each agent's cap);
  the agents contact, resolve, wait on customers or do not get to a case in time, the SLA scan runs
  every few hours, and resolved cases get their re-survey answers. People's steps are in office
  hours (api/demo/office.py); when respondents answer does not depend on the hour of the build.
- Before them, from eight weeks ago, widget answers with a score alone (no comment, so the topics
  are fitted on the same comments): their detractors' cases were contacted and resolved, so the
  Loop page's eight-week first-contact trend has every week.
- Topics fitted on every comment, then three improvement actions: one shipped four weeks ago and
  measured (complaints about slow delivery really are rarer in the answers after it), one planned
  with its baseline, one proposed from recent cases.
- Sixteen business accounts (api/demo/accounts.py) with their usage, scored each day of the last
  month; the early-warning rules open cases for their CS managers as their health drops.
"""

from __future__ import annotations

import csv
import heapq
import itertools
import random
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from accounts.health_schedule import score_and_warn
from actions import action_flows, cases, improvements, resurvey, rules, sla
from actions.audit import Actor
from actions.effect import Verdict
from actions.models import Action, ActionStatus, Case, CaseStatus
from analysis.models import ModelStatus, Topic, TopicModelVersion
from api.demo import accounts
from api.demo.office import days_in_order, next_open, on_day
from core.models import Organization, Role, User
from core.service import create_api_key, create_user, get_or_create_organization
from core.sessions import SessionLifetimes, end_session, start_session
from surveys.importer import store_displays
from surveys.models import Channel, Response, Survey, SurveyKind, SurveyPurpose, SurveyStatus
from surveys.respondents import RespondentData
from surveys.service import Submission, SurveyChanges, create_survey, store_response, transition_survey

ORGANIZATION = "Demo 外卖"
SURVEY_NAME = "外卖 App NPS"
REVIEWS = Path(__file__).parent / "reviews.csv"
HISTORY_DAYS = (70, 13)  # imported answers: from 70 to 13 days ago as planned (close_gap: to LIVE_DAYS)
LIVE_DAYS = 12  # widget answers of the last 12 days open cases
LIVE_ANSWERS = 150
# Before them, widget answers with a score alone (the weeks of the Loop page's first-contact trend): their
# detractors' cases were worked to the end. No comment: the comments the topics are fitted on stay the plan's.
EARLY_DAYS, EARLY_ANSWERS, EARLY_SEED = (56, LIVE_DAYS), 110, 17
EXTRA_DISPLAYS = 2  # widget displays without an answer, per answer (a response rate near one in three)
SCAN_EVERY = timedelta(hours=6)
# The outer loop's story: an action against slow delivery shipped SHIPPED_AGO days ago; after it, most
# of the slow-delivery complaints that would have come did not (FIXED_SHARE of them are left out).
SLOW = re.compile(r"慢|小时|超时|等了|迟到|晚了|太久|半天")
# What the other two actions are about: spills (not packaging praise, "包装很好"), and the rider.
SPILLS = re.compile(r"洒|漏|撒|溢|汤.{0,4}出来|(盒|包装).{0,3}(破|烂|坏|压)|压扁|变形")
RIDER = re.compile(r"态度|骑手|骑士|送餐员|小哥|外卖员|配送员|师傅")
SHIPPED_AGO, PLANNED_AGO, VERIFICATION_DAYS = 26, 40, 14
FIXED_SHARE = 0.85
PEOPLE = (  # name, e-mail, role, cap of open cases (agents)
    ("刘洋", "liu.yang@demo.voc", Role.ADMIN, None),
    ("陈静", "chen.jing@demo.voc", Role.ANALYST, None),
    ("张伟", "zhang.wei@demo.voc", Role.AGENT, 8),
    ("李娜", "li.na@demo.voc", Role.AGENT, 8),
    ("王芳", "wang.fang@demo.voc", Role.AGENT, 5),
)
ADMIN = PEOPLE[0]  # who the demo's sign-in link signs in
WORKDAY = SessionLifetimes(idle=timedelta(hours=2), absolute=timedelta(hours=10))  # the first day's sign-ins
REASONS = ("已为用户退款并致歉。", "已补发餐品。", "已反馈商家改进出餐速度。", "已向骑手站点反馈。")
PLANS, CITIES = ("免费版", "会员", "超级会员"), ("上海", "北京", "杭州", "成都", "深圳")

Observer = Callable[[str, float], None]


@dataclass
class Demo:
    organization: Organization
    survey: Survey
    api_key: str
    created: bool  # False: the demo existed already and only a new key was made
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    at: datetime
    text: str | None
    positive: bool
    live: bool


def plan_answers(rows: list[tuple[bool, str]], now: datetime, rng: random.Random) -> list[Answer]:
    """When each review arrives: the first LIVE_ANSWERS in the last LIVE_DAYS days, the rest as
    history; slow-delivery complaints after the shipped fix mostly moved to before it."""
    shipped = now - timedelta(days=SHIPPED_AGO)
    earliest, latest = (now - timedelta(days=d) for d in HISTORY_DAYS)
    planned = []
    for i, (positive, text) in enumerate(rows):
        live = i < LIVE_ANSWERS
        start = now - timedelta(days=LIVE_DAYS) if live else earliest
        end = now - timedelta(minutes=20) if live else latest
        at = start + (end - start) * rng.random()
        if at > shipped and not positive and SLOW.search(text) and rng.random() < FIXED_SHARE:
            at = earliest + (shipped - earliest) * rng.random()
            live = False
        planned.append(Answer(at=at, text=text, positive=positive, live=live))
    return sorted(planned, key=lambda a: a.at)


def close_gap(answers: list[Answer], now: datetime) -> list[Answer]:
    """plan_answers' imported answers end a day before the widget's begin (HISTORY_DAYS, LIVE_DAYS): a
    hole in every trend. Those after the fix shipped are spread over the whole stretch from it to where
    the widget's begin, each a little later. The plan is kept as it is (which slow-delivery complaints
    moved before the fix, and so the answers' order, the order of the comments the topics are fitted
    on): none crosses the fix or another answer."""
    shipped = now - timedelta(days=SHIPPED_AGO)
    had, has = SHIPPED_AGO - HISTORY_DAYS[1], SHIPPED_AGO - LIVE_DAYS
    return [replace(a, at=shipped + (a.at - shipped) * has / had) if not a.live and a.at > shipped else a
            for a in answers]


def plan_early(now: datetime, rng: random.Random) -> list[Answer]:
    """The widget answers without a comment before the live ones (EARLY_DAYS)."""
    start, end = (now - timedelta(days=d) for d in EARLY_DAYS)
    early = [Answer(at=start + (end - start) * rng.random(), text=None, positive=rng.random() < 0.55, live=True)
             for _ in range(EARLY_ANSWERS)]
    return sorted(early, key=lambda a: a.at)


def score_of(answer: Answer, rng: random.Random) -> int:
    if answer.positive:
        return rng.choice((10, 10, 9, 9, 9, 8, 7))
    return rng.choice((0, 1, 2, 3, 3, 4, 5, 6)) if answer.live else rng.choice((0, 2, 3, 4, 5, 6, 6, 7))


class Timeline:
    """Things that happen at a time, run in time order (work scheduled while running included)."""

    def __init__(self, until: datetime) -> None:
        self.until, self._order = until, itertools.count()
        self._queue: list[tuple[datetime, int, Callable[[datetime], Awaitable[None]]]] = []

    def at(self, when: datetime, work: Callable[[datetime], Awaitable[None]]) -> None:
        if when < self.until:
            heapq.heappush(self._queue, (when, next(self._order), work))

    async def run(self) -> None:
        while self._queue:
            when, _, work = heapq.heappop(self._queue)
            await work(when)


async def build(*, now: datetime | None = None, fit: Callable[[Organization], Awaitable[None]],
                drain: Callable[[], Awaitable[None]], on_progress: Observer | None = None) -> Demo:
    """The demo organisation (built once; later runs only make a new admin key)."""
    now = now or datetime.now(UTC)
    progress = on_progress or (lambda stage, fraction: None)
    organization = await get_or_create_organization(name=ORGANIZATION)
    _, raw = await create_api_key(organization=organization, role=Role.ADMIN, name="demo")
    existing = await Survey.get_or_none(organization=organization, name=SURVEY_NAME)
    if existing is not None:
        return Demo(organization, existing, raw, created=False, counts=await _counts(organization))
    rng = random.Random(42)
    people = await _people(organization, now)
    # Asked after an order: the journey's everyday use.
    survey = await create_survey(organization=organization, name=SURVEY_NAME, kind=SurveyKind.NPS, locale="zh-CN",
                                 changes=SurveyChanges(touchpoint="usage"))
    survey = await transition_survey(organization=organization, survey_id=survey.id, to=SurveyStatus.ACTIVE)
    await survey.fetch_related("organization")
    with REVIEWS.open(encoding="utf-8") as handle:
        rows = [(row["label"] == "1", row["review"]) for row in csv.DictReader(handle)]
    answers = close_gap(plan_answers(rows, now, rng), now)
    progress("replaying answers and cases", 0.0)
    timeline = Timeline(until=now)
    crew = Crew(organization=organization, survey=survey, people=people, timeline=timeline, rng=rng)
    for n, answer in enumerate(answers):
        timeline.at(answer.at, crew.arrival(n, answer))
    # With a generator of their own: the demo's other draws are as they were.
    early = Crew(organization=organization, survey=survey, people=people, timeline=timeline,
                 rng=random.Random(EARLY_SEED), early=True)
    for n, answer in enumerate(plan_early(now, early.rng), start=len(answers)):
        timeline.at(answer.at, early.arrival(n, answer))
    scan_from = now - timedelta(days=EARLY_DAYS[0])
    for tick in range(int(timedelta(days=EARLY_DAYS[0]) / SCAN_EVERY) + 1):
        timeline.at(scan_from + tick * SCAN_EVERY, _scan)
    await accounts.seed(organization, people, now, timeline.at)
    await timeline.run()
    await sla.scan(now=now)
    progress("analysing comments", 0.6)
    await drain()
    progress("fitting topics", 0.7)
    await fit(organization)
    await _actions(organization, people, crew.opened, now)
    progress("scoring accounts", 0.9)
    await score_and_warn(organization=organization, now=now)
    await drain()
    progress("done", 1.0)
    return Demo(organization, survey, raw, created=True, counts=await _counts(organization))


async def demo_survey() -> Survey | None:
    """The demo's own survey while it is active (what /demo shows)."""
    return await Survey.get_or_none(organization__name=ORGANIZATION, name=SURVEY_NAME, purpose=SurveyPurpose.ORDINARY,
                                    status=SurveyStatus.ACTIVE)


async def _scan(at: datetime) -> None:
    await sla.scan(now=at)


async def _people(organization: Organization, now: datetime) -> dict[str, User]:
    people = {name: await create_user(organization=organization, name=name, email=email, role=role)
              for name, email, role, _ in PEOPLE}
    # Everyone signed in (and out) on the first day, as the people who work the loop would have: the
    # users page shows them active, not invited (the demo signs in by links, so nobody has a password).
    first_day = on_day(now, HISTORY_DAYS[0], ZoneInfo(organization.timezone))
    for user in people.values():
        started = await start_session(user=user, lifetimes=WORKDAY, now=first_day)
        await end_session(session=started.session, now=first_day + timedelta(hours=8))
    team = await rules.create_team(organization=organization, name="客户成功组", lead_id=people["刘洋"].id,
                                   fallback_owner_id=people["张伟"].id, is_default=True)
    for name, _, role, cap in PEOPLE:
        if role == Role.AGENT:
            await rules.add_team_member(organization=organization, team_id=team.id, user_id=people[name].id,
                                        max_open_cases=cap)
    return people


@dataclass
class Crew:
    """The respondents who answer and the agents who work the cases their answers open."""

    organization: Organization
    survey: Survey
    people: dict[str, User]
    timeline: Timeline
    rng: random.Random
    early: bool = False  # the answers before the live ones: no accounts' people, every case worked to the end
    opened: list[Case] = field(default_factory=list)

    def arrival(self, n: int, answer: Answer) -> Callable[[datetime], Awaitable[None]]:
        async def arrive(at: datetime) -> None:
            score = score_of(answer, self.rng)
            if not answer.live:
                await store_response(survey=self.survey, submission=Submission(
                    token=self.survey.token, idempotency_key=f"demo:{n:06d}", score=score, comment=answer.text,
                    channel=Channel.IMPORT, submitted_at=at))
                return
            person = RespondentData(external_id=f"u{10000 + n}", attributes={
                "plan": self.rng.choice(PLANS), "city": self.rng.choice(CITIES)},
                account=None if self.early else accounts.account_of(n, answer.positive))
            shown = [(at - timedelta(seconds=40), person)] + [
                (at - timedelta(hours=self.rng.uniform(0.5, 30)), None) for _ in range(EXTRA_DISPLAYS)]
            await store_displays(survey=self.survey, shown=shown)
            response = await store_response(survey=self.survey, submission=Submission(
                token=self.survey.token, idempotency_key=f"demo:{n:06d}", score=score, comment=answer.text,
                channel=Channel.WIDGET, submitted_at=at, respondent=person))
            case = await cases.evaluate_response(response_id=response.id, now=at)
            if case is not None:
                self.opened.append(case)
                self._plan(case, at)

        return arrive

    def _plan(self, case: Case, opened: datetime) -> None:
        """What the case's agent does, and when: in office hours (api/demo/office.py; the respondent's
        re-survey answer whenever they give it), and work after `now` never happens."""
        if case.assignee_id is None:
            return
        zone = ZoneInfo(self.organization.timezone)
        draw = 1.0 if self.early else self.rng.random()
        if draw < 0.15:
            return  # nobody gets to it in time: the SLA scan records the breach and escalates
        contact = next_open(opened + timedelta(hours=self.rng.uniform(1, 20)), zone)
        due = case.first_contact_due_at
        if due is not None and contact > due:  # the night would make them miss it: they call first thing
            contact = next_open(opened + timedelta(hours=1), zone)
        self.timeline.at(contact, self._move(case, CaseStatus.IN_PROGRESS, "已电话联系用户，了解情况。"))
        if draw < 0.25:
            self.timeline.at(next_open(contact + timedelta(hours=1), zone), self._move(
                case, CaseStatus.WAITING_CUSTOMER, "已补发优惠券，等待用户确认。"))
            return
        resolved = next_open(contact + timedelta(hours=self.rng.uniform(4, 50)), zone)
        reason = self.rng.choice(REASONS)
        self.timeline.at(resolved, self._move(case, CaseStatus.RESOLVED, reason))
        if self.rng.random() < 0.6:
            self.timeline.at(resolved + timedelta(hours=self.rng.uniform(1, 30)), self._resurvey(case))

    def _move(self, case: Case, to: CaseStatus, note: str) -> Callable[[datetime], Awaitable[None]]:
        async def move(at: datetime) -> None:
            await cases.transition(organization_id=self.organization.id, case_id=case.id, to=to, note=note,
                                   actor=Actor.user(case.assignee_id or 0), now=at)

        return move

    def _resurvey(self, case: Case) -> Callable[[datetime], Awaitable[None]]:
        async def answer(at: datetime) -> None:
            fresh = await Case.get(id=case.id)
            if fresh.resurvey_key is None:
                return
            survey = await Survey.get(organization_id=self.organization.id, purpose=SurveyPurpose.RESURVEY)
            await survey.fetch_related("organization")
            await store_displays(survey=survey, shown=[(at - timedelta(minutes=1), None)], channel=Channel.LINK)
            await store_response(survey=survey, submission=Submission(
                token=survey.token, idempotency_key=f"demo-resurvey:{case.id:06d}",
                score=self.rng.choice((5, 5, 4, 4, 4, 3, 2)), channel=Channel.LINK, submitted_at=at,
                page_url="http://demo.invalid" + resurvey.link(survey.token, fresh.resurvey_key)))

        return answer


async def _actions(organization: Organization, people: dict[str, User], opened: list[Case], now: datetime) -> None:
    """The outer loop: a shipped and measured action, a planned one, a proposed one."""
    version = await TopicModelVersion.get(organization=organization, survey_id=None, status=ModelStatus.ACTIVE)
    topics = await Topic.filter(model_id=version.id, merged_into_id=None)
    comments: dict[int, list[str]] = {t.id: [] for t in topics}
    for row in await Response.filter(analysis__topic_id__in=list(comments)).values("analysis__topic_id", "comment"):
        comments[int(row["analysis__topic_id"])].append(row["comment"] or "")
    slow, packaging, rider = [_topics_about(topics, comments, pattern) for pattern in (SLOW, SPILLS, RIDER)]
    pm = Actor.user(people["陈静"].id)
    day = timedelta(days=1)
    zone = ZoneInfo(organization.timezone)

    async def walk(title: str, linked: list[Topic], created_ago: int, steps: list[tuple[ActionStatus, int]],
                   **extra: Any) -> int:
        """The PM's steps on their days (days ago), each in office hours (api/demo/office.py)."""
        created_at, *stamps = days_in_order(now, [created_ago, *(ago for _, ago in steps)], zone)
        created = await improvements.create_action(
            organization_id=organization.id, actor=pm, title=title, owner_id=people["陈静"].id,
            links=improvements.Links(topic_ids=[t.id for t in linked], case_ids=extra.pop("case_ids", ())),
            now=created_at, **extra)
        for (status, _), at in zip(steps, stamps, strict=True):
            await improvements.transition_action(organization_id=organization.id, action_id=created.id, to=status,
                                                 actor=pm, now=at)
        return created.id

    shipped = await walk("缩短高峰期配送时长", slow, PLANNED_AGO + 4, [
        (ActionStatus.UNDER_REVIEW, PLANNED_AGO + 2), (ActionStatus.PLANNED, PLANNED_AGO),
        (ActionStatus.IN_PROGRESS, PLANNED_AGO - 1), (ActionStatus.SHIPPED, SHIPPED_AGO)],
        description="高峰期增派骑手，商家出餐超时提醒。", verification_days=VERIFICATION_DAYS)
    # Measured by the system's ticker once its window is over; the PM closes it the day after.
    shipped_at = (await improvements.get_action(organization_id=organization.id, action_id=shipped)).shipped_at
    assert shipped_at is not None
    await action_flows.verify_due_actions(now=shipped_at + timedelta(days=VERIFICATION_DAYS, minutes=7))
    action = await improvements.get_action(organization_id=organization.id, action_id=shipped)
    verdict = (action.effect or {}).get("verdict")
    if action.status == ActionStatus.VERIFYING and verdict in (Verdict.EFFECTIVE, Verdict.INEFFECTIVE):
        to = ActionStatus.CLOSED_EFFECTIVE if verdict == Verdict.EFFECTIVE else ActionStatus.CLOSED_INEFFECTIVE
        await improvements.transition_action(organization_id=organization.id, action_id=shipped, to=to, actor=pm,
                                             note="按测得的效果关闭。",
                                             now=on_day(now, SHIPPED_AGO - VERIFICATION_DAYS - 1, zone))
    await walk("外卖包装防洒漏", packaging, 5, [(ActionStatus.UNDER_REVIEW, 4), (ActionStatus.PLANNED, 2)],
               description="汤类加封口膜，换用卡扣餐盒。", due_at=now + 21 * day)
    # Proposed today, with the latest cases whose comments are about the rider (before it, so linkable).
    said = {int(r["id"]): r["comment"] or "" for r in await Response.filter(
        id__in=[c.response_id for c in opened if c.response_id is not None]).values("id", "comment")}
    about_rider = [c for c in opened if c.response_id is not None and RIDER.search(said[c.response_id])]
    proposed = on_day(now, 0, zone)
    await walk("骑手服务态度培训", rider, 0, [], case_ids=[c.id for c in about_rider if c.created_at <= proposed][-3:],
               due_at=now + 30 * day)


def _topics_about(topics: list[Topic], comments: dict[int, list[str]], pattern: re.Pattern[str]) -> list[Topic]:
    """The topics a PM would link for a problem: the one about it most, by the comments that mention it
    times the share of the topic's comments they are (a large topic where the problem is one comment
    in ten, or a small one that mentions it in passing, is not it), and any other at least half as
    much about it where at least one comment in six mentions it (spills, a rare problem, are spread
    over topics of 20-30 comments: the half alone linked one where they were 4 in 29). Where some topic
    has the problem in one comment in six, the first is the best of those: a larger topic where it is
    one comment in seven scored higher, yet a PM reading it would not call it that topic's problem."""
    scored: list[tuple[float, int, Topic, bool]] = []
    for topic in topics:
        texts = comments[topic.id]
        hits = sum(1 for text in texts if pattern.search(text))
        if hits:
            scored.append((hits * hits / len(texts), topic.id, topic, hits * 6 >= len(texts)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    scored = [s for s in scored if s[3]] or scored[:1]
    return [t for i, (score, _, t, often) in enumerate(scored) if i == 0 or score >= scored[0][0] / 2]


async def _counts(organization: Organization) -> dict[str, int]:
    open_statuses = [s for s in CaseStatus if s not in (CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.CANCELLED)]
    return {
        "responses": await Response.filter(organization_id=organization.id).count(),
        "open_cases": await Case.filter(organization_id=organization.id, status__in=open_statuses).count(),
        "breached_cases": await Case.filter(organization_id=organization.id, breached=True,
                                            status__in=open_statuses).count(),
        "cases": await Case.filter(organization_id=organization.id).count(),
        "actions": await Action.filter(organization_id=organization.id).count(),
    }
