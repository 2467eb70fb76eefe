"""What team alerts say: the events a channel may subscribe to, and each event's message (title,
lines, a respondent's comment, a link into the console) in zh-CN and en, rendered when the message
is written (`lines` with the comment: what every vendor shows). A summary
(actions/alerts.py folds bursts) says how many events of one kind it stands for.

Event names are the webhooks' where the project emits them already (actions/webhooks.py); the
two that only alerts have are defined here: an SLA escalation and an improvement action's verdict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from actions.account_cases import REASONS
from actions.cases import SENTIMENT_REASON
from actions.models import Action, ActionStatus, Case
from actions.wording import number
from analysis.models import Topic
from core import events as topics
from core.formats import json_int
from core.ids import encode_id
from core.models import User
from surveys.models import NpsCategory, Response

CASE_CREATED = "case.created"
CASE_SLA_BREACHED = "case.sla_breached"
CASE_ESCALATED = "case.escalated"  # new: the SLA scan escalated a case (a case.updated of change "sla")
CASE_ACCOUNT_WARNING = "case.account_warning"  # an account's early warning opened a case
TOPIC_EMERGING = "topic.emerging"
ACTION_SHIPPED = "action.shipped"
ACTION_VERDICT = "action.verdict"  # new: an action closed effective or ineffective
DIGEST = "digest"  # new: the day's loop in a few lines, once a day (actions/alert_digest.py)
TEST = "test"  # sendTestNotification; no channel subscribes to it
EVENTS = (CASE_CREATED, CASE_SLA_BREACHED, CASE_ESCALATED, CASE_ACCOUNT_WARNING, TOPIC_EMERGING, ACTION_SHIPPED,
          ACTION_VERDICT, DIGEST)
LOCALES = ("zh-CN", "en")
EXCERPT_CHARS = 140
VERDICTS = {ActionStatus.CLOSED_EFFECTIVE.value: ("有效", "effective"),
            ActionStatus.CLOSED_INEFFECTIVE.value: ("无效", "ineffective")}
CLOCKS = {"first_contact": ("首次联系", "first contact"), "resolution": ("解决", "resolution")}

# Per event: (zh-CN, en) of a summary's title, "{n}" the count; and the console page it links to.
SUMMARIES: dict[str, tuple[str, str, str]] = {
    CASE_CREATED: ("{n} 个新工单", "{n} new cases", "/app/cases"),
    CASE_SLA_BREACHED: ("{n} 个工单超出 SLA", "{n} cases breached their SLA", "/app/cases"),
    CASE_ESCALATED: ("{n} 个工单已升级", "{n} cases escalated", "/app/cases"),
    CASE_ACCOUNT_WARNING: ("{n} 个客户预警工单", "{n} account warning cases", "/app/cases"),
    TOPIC_EMERGING: ("{n} 个新兴话题", "{n} emerging topics", "/app/topics"),
    ACTION_SHIPPED: ("{n} 项改进已上线", "{n} improvement actions shipped", "/app/actions"),
    ACTION_VERDICT: ("{n} 项改进得出效果结论", "{n} improvement actions got a verdict", "/app/actions"),
    DIGEST: ("{n} 份日报", "{n} daily digests", "/app"),
    TEST: ("{n} 条测试消息", "{n} test messages", "/app"),
}
DETRACTOR_SUMMARY = ("{n} 个新的差评工单", "{n} new detractor cases")
MORE = ("……另有 {n} 条", "… and {n} more")
SUMMARY_LINES = 5


def alert_event(topic: str, payload: Mapping[str, Any]) -> str | None:
    """The alert an outbox event is, if any."""
    if topic == topics.CASE_CREATED:
        return CASE_CREATED
    if topic == topics.CASE_SLA_BREACHED:
        return CASE_SLA_BREACHED
    if topic == topics.CASE_ACCOUNT_WARNING:
        return CASE_ACCOUNT_WARNING
    if topic == topics.CASE_UPDATED and payload.get("change") == "sla":
        return CASE_ESCALATED
    if topic == topics.TOPIC_EMERGING:
        return TOPIC_EMERGING
    if topic == topics.ACTION_SHIPPED:
        return ACTION_SHIPPED
    if topic == topics.ACTION_STATUS_CHANGED and payload.get("to") in VERDICTS:
        return ACTION_VERDICT
    return None


def lines(message: Mapping[str, Any]) -> list[str]:
    """The message's lines as shown, the comment (unless erased) after the first (the score)."""
    shown = [str(line) for line in message.get("lines", [])]
    if message.get("comment"):
        shown.insert(1 if shown else 0, f"{message.get('comment_label', '评论')}: {message['comment']}")
    return shown


def _pick(locale: str, pair: tuple[str, str]) -> str:
    return pair[1] if locale == "en" else pair[0]


def reason_words(locale: str, reason: str) -> str:
    words = REASONS.get(reason)
    return _pick(locale, words) if words else as_text(reason)


# What people wrote (comments, names, titles, labels) is shown as text, never as markup: in the
# vendors' markdown "<@userid>" (WeCom) and "<at id=all></at>" (Feishu) would mention people and
# "[text](url)" would be a link. Their look-alikes (full-width) keep the words readable.
AS_TEXT = str.maketrans({"<": "＜", ">": "＞", "[": "［", "]": "］"})


def as_text(value: object) -> str:
    return str(value).translate(AS_TEXT)


def excerpt(text: str | None) -> str:
    flat = as_text(" ".join((text or "").split()))
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS - 1] + "…"


def _message(title: str, lines: list[str], link: str, button: str, **extra: Any) -> dict[str, Any]:
    return {"title": title, "lines": lines, "link": link, "button": button, **extra}


async def render(
    *, name: str, organization_id: int, payload: Mapping[str, Any], locales: set[str], base_url: str,
) -> dict[str, dict[str, Any]] | None:
    """The event's message in each of `locales`; None when its subject is gone."""
    base = base_url.rstrip("/")
    if name in (CASE_CREATED, CASE_SLA_BREACHED, CASE_ESCALATED, CASE_ACCOUNT_WARNING):
        return await _case(name, organization_id, payload, locales, base)
    if name == TOPIC_EMERGING:
        return await _topic(organization_id, payload, locales, base)
    if name in (ACTION_SHIPPED, ACTION_VERDICT):
        return await _action(name, organization_id, payload, locales, base)
    return None


async def _case(name: str, organization_id: int, payload: Mapping[str, Any], locales: set[str],
                base: str) -> dict[str, dict[str, Any]] | None:
    case = await Case.get_or_none(id=json_int(payload.get("case_id")) or 0, organization_id=organization_id)
    if case is None:
        return None
    response = await Response.get_or_none(id=case.response_id, organization_id=organization_id) \
        if case.response_id else None
    assignee = await User.get_or_none(id=case.assignee_id, organization_id=organization_id) \
        if case.assignee_id else None
    detractor = response is not None and response.nps_category == NpsCategory.DETRACTOR
    # The account's name as the warning gave it (actions does not read accounts), else its external id.
    account = as_text(payload.get("account_name") or case.account_external_id or "")
    link = f"{base}/app/cases/{encode_id('Case', case.id)}"
    out: dict[str, dict[str, Any]] = {}
    for loc in locales:
        en = loc == "en"
        if name == CASE_CREATED:
            title = _pick(loc, ("新的差评工单", "New detractor case") if detractor
                          else ("新的跟进工单", "New follow-up case"))
        elif name == CASE_ACCOUNT_WARNING:
            title = f"Account warning: {account}" if en else f"客户预警：{account}"
        elif name == CASE_SLA_BREACHED:
            title = _pick(loc, ("工单超出 SLA", "A case breached its SLA"))
        else:
            level = json_int(payload.get("escalation_level")) or case.escalation_level
            title = f"Case escalated to level {level}" if en else f"工单已升级至第 {level} 级"
        lines: list[str] = []
        if case.account_external_id is not None and case.reason is not None:  # an account's warning
            lines.append(f"{'Reason' if en else '原因'}: {reason_words(loc, case.reason)}")
            if name != CASE_ACCOUNT_WARNING:
                lines.append(f"{'Account' if en else '客户'}: {account}")
        if response is not None and response.score is not None:
            lines.append(f"{'Score' if en else '评分'}: {response.score}")
        if case.reason == SENTIMENT_REASON and case.reason_detail:  # opened for its comment, whatever the score
            said = number(case.reason_detail.get("sentiment"), 2)
            lines.append(f"{'Comment sentiment' if en else '评论情感'}: {said}")
        if name == CASE_SLA_BREACHED and (clock := CLOCKS.get(str(payload.get("clock")))):
            lines.append(f"{'Clock' if en else '时限'}: {_pick(loc, clock)}")
        who = as_text(assignee.name) if assignee else _pick(loc, ("未分配", "unassigned"))
        lines.append(f"{'Assignee' if en else '负责人'}: {who}")
        # The respondent's words under their own key, with the ids of what they are about: an
        # erasure of the respondent nulls them here as in webhook payloads (actions/erasure_db.py).
        words = excerpt(response.comment) if response is not None and response.comment else None
        out[loc] = _message(title, lines, link, _pick(loc, ("查看工单", "Open the case")), detractor=detractor,
                            urgent=name != CASE_CREATED or detractor, comment=words,
                            comment_label="Comment" if en else "评论", case_id=case.id,
                            response_id=case.response_id)
    return out


async def _topic(organization_id: int, payload: Mapping[str, Any], locales: set[str],
                 base: str) -> dict[str, dict[str, Any]] | None:
    topic = await Topic.get_or_none(id=json_int(payload.get("topic_id")) or 0, organization_id=organization_id)
    if topic is None:
        return None
    label = as_text(payload.get("label") or topic.display_label)
    size, share, before = payload.get("size"), payload.get("share"), payload.get("previous_share")
    out: dict[str, dict[str, Any]] = {}
    for loc in locales:
        en = loc == "en"
        lines = [f"{'Comments' if en else '提及'}: {size}"]
        if isinstance(share, int | float):
            growth = f"{before:.1%} → {share:.1%}" if isinstance(before, int | float) else f"{share:.1%}"
            lines.append(f"{'Share of comments' if en else '评论占比'}: {growth}")
        out[loc] = _message(f"Emerging topic: {label}" if en else f"新兴话题：{label}", lines,
                            f"{base}/app/topics/{encode_id('Topic', topic.id)}",
                            _pick(loc, ("查看话题", "Open the topic")), urgent=True)
    return out


async def _action(name: str, organization_id: int, payload: Mapping[str, Any], locales: set[str],
                  base: str) -> dict[str, dict[str, Any]] | None:
    action = await Action.get_or_none(id=json_int(payload.get("action_id")) or 0, organization_id=organization_id)
    if action is None:
        return None
    owner = await User.get_or_none(id=action.owner_id, organization_id=organization_id) if action.owner_id else None
    out: dict[str, dict[str, Any]] = {}
    title_text = as_text(action.title)
    for loc in locales:
        en = loc == "en"
        lines = [f"{'Owner' if en else '负责人'}: {as_text(owner.name) if owner else _pick(loc, ('未指定', 'none'))}"]
        if name == ACTION_SHIPPED:
            title = f"Shipped: {title_text}" if en else f"改进已上线：{title_text}"
            told = payload.get("respondents")
            if isinstance(told, list) and told:
                lines.append(f"Customers to tell: {len(told)}" if en else f"待告知客户：{len(told)} 位")
        else:
            verdict = _pick(loc, VERDICTS[str(payload.get("to"))])
            title = f"Verdict {verdict}: {title_text}" if en else f"改进效果{verdict}：{title_text}"
        out[loc] = _message(title, lines, f"{base}/app/actions/{encode_id('Action', action.id)}",
                            _pick(loc, ("查看改进", "Open the action")))
    return out


def test_message(*, channel_name: str, locale: str, base_url: str) -> dict[str, Any]:
    channel_name = as_text(channel_name)
    if locale == "en":
        return _message("VoC Loop test message", [f"The channel “{channel_name}” is connected."],
                        f"{base_url.rstrip('/')}/app", "Open VoC Loop")
    return _message("VoC Loop 测试消息", [f"渠道“{channel_name}”已连通。"], f"{base_url.rstrip('/')}/app",
                    "打开 VoC Loop")


# The digest's figures, in order: (key, zh-CN, en).
DIGEST_LINES = (("cases", "新工单", "New cases"), ("detractor_cases", "其中差评", "of them detractors"),
                ("breaches", "超出 SLA", "SLA breaches"), ("open_cases", "未关闭工单", "Open cases"),
                ("emerging_topics", "新兴话题", "Emerging topics"), ("actions_shipped", "改进上线", "Actions shipped"))


def digest(*, day: str, figures: Mapping[str, int], locale: str, base_url: str) -> dict[str, Any]:
    """The daily digest of `day` (local date, ISO): the last 24 hours' figures."""
    lines = [f"{_pick(locale, (zh, en))}: {figures.get(key, 0)}" for key, zh, en in DIGEST_LINES]
    title = f"VoC Loop daily digest {day}" if locale == "en" else f"VoC Loop 日报 {day}"
    return _message(title, lines, f"{base_url.rstrip('/')}/app", _pick(locale, ("打开控制台", "Open the console")))


def summary(*, event: str, locale: str, messages: Sequence[Mapping[str, Any]], count: int,
            base_url: str) -> dict[str, Any]:
    """One message for `count` events of one kind (`messages`: theirs, or earlier summaries')."""
    zh, en, page = SUMMARIES.get(event, SUMMARIES[TEST])
    if event == CASE_CREATED and messages and all(m.get("detractor") for m in messages):
        zh, en = DETRACTOR_SUMMARY
    titles = [str(m.get("title", "")) for m in messages if not m.get("summary")][:SUMMARY_LINES]
    lines = [f"· {t}" for t in titles]
    if count > len(titles):
        lines.append(_pick(locale, MORE).format(n=count - len(titles)))
    return _message(_pick(locale, (zh, en)).format(n=count), lines, f"{base_url.rstrip('/')}{page}",
                    _pick(locale, ("在控制台查看", "Open the console")), summary=True,
                    detractor=all(m.get("detractor") for m in messages), urgent=any(m.get("urgent") for m in messages))
