"""流失意向 (churn intent): does a comment state that its author is leaving?

A lexicon of the ways Chinese comments say it, matched clause by clause on the normalised text
(`analysis.text.normalize`: Simplified, half-width punctuation), each match then weighed by its
context. No model and no tokenizer: a few compiled regular expressions, so thousands of comments a
second on one core, and a migration can fill stored analyses without loading anything.

What counts as intent (the labelling guideline of `analysis/data/churn_labels.csv` says the same):
- leaving: will not buy, order, use or come again (再也不买了, 不会再订, 最后一次, 以后不敢在京东买),
  has uninstalled, unsubscribed, will not renew, blacklists the shop, switches to a competitor
  (换别家, 转投, 改用别的);
- undoing a purchase: a refund, return or cancellation the author asks for, wants, did or could not
  get (退款, 要退货, 取消订单, 退不了). A question about it ("怎么退款?") is a request for it, so it
  counts: a support request to get one's money back is the step before leaving.

Strengths (`ChurnSignal`): STATED, the author says it; CONDITIONAL, only under a condition or as a
threat (要是再这样就退订, 如果还这么慢就不会再用, 要不是开了盖早就退货了): a warning, not a
decision; NONE otherwise, including negated intent (不会退订, 不想退款, 没有退款), an intent given up
(本想退货, 但还是留下了) and somebody else's doing (客服说你退货吧, 被拉黑, 给我退单了: the shop
cancelled). `churn_intent` is true only for STATED. Complaints (配送太慢), bad reviews (差评) and
complaints to a third party (投诉到...) are not churn intent; nor is advice to others (大家别买).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class ChurnSignal(StrEnum):
    NONE = "none"
    CONDITIONAL = "conditional"  # a threat or a hypothesis: 要是再这样就退订
    STATED = "stated"  # the author says it: 不续费了, 已经卸载


class _Rank(IntEnum):
    NONE = 0
    CONDITIONAL = 1
    STATED = 2


_RANK = {ChurnSignal.NONE: _Rank.NONE, ChurnSignal.CONDITIONAL: _Rank.CONDITIONAL, ChurnSignal.STATED: _Rank.STATED}


@dataclass(frozen=True)
class ChurnMatch:
    kind: str  # which family of expressions: never_again, last_time, refund, cancel, uninstall, renewal, switch
    text: str  # the matched words
    signal: ChurnSignal


# Clauses end at punctuation (half-width after normalisation, plus 。、 and ellipses) and at
# spaces, which reviews use as commas ("再也不买了 态度很不好").
_CLAUSE_END = r",.!?;:~。、…\s"
_GAP = rf"[^{_CLAUSE_END}]"
# Sentences end where a condition stops reaching: 如果慢,就退款 is one sentence, 如果慢。退款 two.
_SENTENCE_END = re.compile(r"[.!?;。…]+|\s{2,}")

# What a customer does again or never again: buy, order, come, use, eat ...
_PATRONAGE = (r"(?:买|购|回购|来|去|(?<![一快早时多少慢好有])点|订|定|叫|吃|喝|用|光顾|下单|选|考虑|碰|进"
              r"|支持|关注|入手|住|看|玩|充值)")
_NEVER = (r"(?:再也不会|再也不想|再也不敢|再也不要|再也不|再不|不会再|不想再|不敢再|不要再|不再|"
          r"绝不会?|决不会?|绝对不会|永远不会?|打死也不|打死都不|坚决不|这辈子不会?再?)")
_LATER = r"(?:以后|今后|下次|从此|往后|日后|之后)"

_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 再也不买了, 不会再在京东上买水果了, 以后我是不敢在京东买东西, 不买了, 不会再光顾
    ("never_again", re.compile(
        rf"{_NEVER}{_GAP}{{0,9}}?{_PATRONAGE}"
        rf"|{_LATER}{_GAP}{{0,4}}?(?:不会|不敢|不想|不要|不)(?!用再|用担心|用出门|错){_GAP}{{0,7}}?{_PATRONAGE}"
        rf"|不敢{_GAP}{{0,6}}?买"
        r"|不(?:买|点|订|定|来)了")),
    ("last_time", re.compile(r"最后一次|(?:不会|不会再|不)?(?:没有|有)下次了?|不会再有下一次|再也不见")),
    ("refund", re.compile(
        r"退(?:款|钱|货|费|回|掉|了(?![烧热]))|(?:想|要|申请|只能|准备|决定|必须)退(?!出|休|步|换|化|烧)"
        r"|退不了|拒收")),
    ("cancel", re.compile(r"取消(?:订单|订阅|会员|自动续费|续费|服务|账号|单子|了|吧)?|退(?:单|订)|注销|销户")),
    ("uninstall", re.compile(rf"卸载(?!重)|删(?:掉|除)了?{_GAP}{{0,4}}?(?:APP|软件|应用)"
                            rf"|(?:APP|软件|应用){_GAP}{{0,4}}?删(?:掉|除)?了", re.IGNORECASE)),
    ("renewal", re.compile(r"不(?:再|会|打算|想)?续(?:费|约|订|期|了)|停止续费")),
    ("switch", re.compile(
        r"(?:换|转|改|投|去)(?:到|用|投|向)?(?:别家|其他家|其它家|别的家|另一家|竞品|隔壁家?)|转投|改用别"
        r"|(?:准备|打算|决定|已经|还是|要)换(?:一家|平台|别的|家)|宁愿去?(?:换|买|用)")),
)

# Not churn although a family matches: an exchange (退换, 换货), reinstalling, being blacklisted,
# the shop or courier doing it (给我退单了, 店家取消).
_NOT = re.compile(r"退换|卸载重|被拉黑|被取消|取消了?再|取消了?重新"
                  r"|(?:店家|商家|卖家|他|她|它|你们?)(?:就|又|也|直接)?取消|(?<!不)给我(?:退|取消)")
# Negations of the intent itself, just before it: 不会退订, 没有退款, 不想退货, 别退款, 不用退.
# Negations of the ability (不能退货, 无法取消, 不让取消, 不给我退货) do not negate intent: the
# author wanted it. "不" alone counts only right before the verb (不退了).
_NEGATED = re.compile(r"(?:不会|不想|不打算|不准备|不要|不用|不需要|无需|不必|没有|没|未|别|不是|不)$")
_ABILITY = re.compile(r"(?:不能|不可以|不让|不给我?|无法|没法|没办法|不肯)$")
# 会不会再买?, 要不要退款?: undecided. Read up to the match's first character (会[不会再买]).
_A_NOT_A = re.compile(r"(?:会不会?|要不要?|想不想)$")
# Somebody else says it: 客服说你退货吧, 让我退货.
_REPORTED = re.compile(r"(?:他|她|客服|商家|店家|卖家|快递|骑手|小哥|送餐员|师傅)\S{0,3}(?:说|让|叫|建议)|让我|叫我")
# Advice to others is not the author's intent: 请大家不要再买了, 千万别买.
_ADVICE = re.compile(r"大家|各位|亲们|朋友们|劝|请勿|千万")
# An intent the author gave up: 本想退货, 差点卸载.
_GAVE_UP = re.compile(r"(?:本想|本来想|原本想|原想|差点|一度想|想过|本打算|本来打算)")
# A condition or a threat before the intent, in its clause or an earlier one of its sentence.
_CONDITION = re.compile(r"如果|要是|假如|若是|倘若|万一|否则|不然|除非|要不是|的话|再这样|再这么|再有|再出现"
                        r"|下次再(?!也)|再(?!也)[^也,!?;。]{0,6}就")
# One of the next two clauses takes it back, in the clause that turns: 想退货, 但是算了还是留着. (A turn
# that gives the reason first, 但是客服很耐心, 还是留着了, is not read as one: a known miss.)
_RETRACTED = re.compile(r"^(?:但是?|不过|可是|然而)\S*(?:还是|算了|继续|留着|会再|还会|不退)")


def explain(normalized: str) -> list[ChurnMatch]:
    """Every intent expression in the comment, each with the strength its context gives it."""
    found: list[ChurnMatch] = []
    for sentence in _SENTENCE_END.split(normalized):
        clauses = [c for c in re.split(rf"[{_CLAUSE_END}]+", sentence) if c]
        for index, clause in enumerate(clauses):
            for kind, pattern in _FAMILIES:
                for match in pattern.finditer(clause):
                    signal = _weigh(kind, clause, match, clauses[:index], clauses[index + 1:])
                    found.append(ChurnMatch(kind=kind, text=match.group(0), signal=signal))
    return found


def detect(normalized: str) -> ChurnSignal:
    """The comment's strongest churn signal."""
    best = ChurnSignal.NONE
    for match in explain(normalized):
        if _RANK[match.signal] > _RANK[best]:
            best = match.signal
            if best is ChurnSignal.STATED:
                break
    return best


def churn_intent(normalized: str) -> bool:
    """True only for stated intent; a conditional threat is a warning, not a decision."""
    return detect(normalized) is ChurnSignal.STATED


def _weigh(kind: str, clause: str, match: re.Match[str], before: list[str], after: list[str]) -> ChurnSignal:
    start, end = match.span()
    around = clause[max(0, start - 4):end + 2]
    if _NOT.search(around) or _NOT.search(clause[max(0, start - 8):end]):
        return ChurnSignal.NONE
    head = clause[:start]
    # A negated "never again" is not a plain negation (不会再买 is the intent): only A-not-A
    # questions undo it. Everything else is undone by a volitional negation just before it.
    if _A_NOT_A.search(clause[:start + 1]) or (kind not in ("never_again", "renewal") and _negated(head)):
        return ChurnSignal.NONE
    if _REPORTED.search(head) or _ADVICE.search(head) or _GAVE_UP.search(clause[max(0, start - 6):end]):
        return ChurnSignal.NONE
    if after and any(_RETRACTED.search(c) for c in after[:2]):
        return ChurnSignal.NONE
    if _CONDITION.search(head) or any(_CONDITION.search(c) for c in before[-2:]):
        return ChurnSignal.CONDITIONAL
    return ChurnSignal.STATED


def _negated(head: str) -> bool:
    tail = head[-4:]
    if _ABILITY.search(tail):
        return False
    return bool(_NEGATED.search(tail))
