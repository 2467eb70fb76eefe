"""Aspect and opinion phrases in comments: the candidates a topic label is chosen from.

A phrase is an aspect (a noun-like word: 配送, 电池, 客服) followed, within the same clause, by an
opinion (an adjective or a verb: 慢, 短, 破损), written as the comment wrote them: "配送慢",
"包装破损". A negation just before the opinion stays with it ("不新鲜"), so "配送不快" never reads
as "配送快"; degree adverbs do not (the tokenizer already reads "很快" as "快"), so variants count once.

Part of speech comes from jieba's dictionary tags (``analysis.text.pos``), looked up per content
word the fit has already tokenised (where "很快" already reads as "快"). Clause boundaries and
negations are read from the comment's text around each word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from analysis.text.pos import ADJECTIVE_TAGS, VERB_TAGS, word_tags


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Generic judgements: an opinion about an aspect ("质量好"), never a label on their own.
PRAISE = _words(
    "不错 喜欢 很好 满意 好 棒 挺好 推荐 好评 赞 给力 值得 一般 差 差评 失望 完美 还行 还好 垃圾 "
    "太差 好用 满分 五星 支持 感谢 谢谢 无语 郁闷 后悔 开心 高兴 放心 超值 失败 可以 很棒 非常好 "
    "好好 一般般 不好 不满意 不喜欢 不值 不推荐 很差 太好了 满意度 好吃 难吃 好喝 大赞 点赞 真心 好看"
)
# Words that survive stop-word lists but name no aspect: the act of buying, the shop, fillers.
GENERIC = _words(
    "购买 收到 买 东西 商品 宝贝 卖家 本来 以为 觉得 感觉 真的 比较 有点 一个 一下 一次 一点 就是 "
    "还是 已经 一直 时候 问题 知道 以后 之前 还有 不是 这样 特别 其实 这个 那个 这么 什么 怎么 非常 "
    "而且 但是 不过 没有 评价 朋友 下次 第一次 希望 需要 发现 使用 用 看 说 想 里面 出来 起来 "
    "实在 确实 肯定 应该 当然 一样 总体 总的来说 总之 不错的 产品 客户 店家 一直在 全是 说好 送来 "
    # Clock words: a wait's length, not what waited ("小时" is no label; "送餐慢" is).
    "小时 分钟 半天 今天 昨天 中午 晚上 下午 早上 以前 本来 两个 一份 一个多"
)
NOT_ASPECTS = PRAISE | GENERIC


def not_aspect_columns(vocabulary: Mapping[str, int]) -> np.ndarray:
    """The columns of a word vocabulary (word → column) that hold NOT_ASPECTS words."""
    return np.array(sorted(i for w, i in vocabulary.items() if w in NOT_ASPECTS), dtype=np.int64)

# jieba tags of words that can name what customers talk about (配送 and 包装 are tagged verbs,
# 续航 a person's name: the dictionary's tags are rough, the lift against other topics decides).
_ASPECT_TAGS = _words("n nr ns nt nz ng nrt nrfg vn v vd j l eng x")
# Nouns name an aspect better than verbs (下单, 联系) or words jieba only guessed (HMM: 全是, 点才).
_NOUN_TAGS = _words("n nr ns nt nz ng nrt nrfg vn j eng")
WEAK_ASPECT = 0.5
_NEGATIONS = ("不", "没", "无")
# After a negation, these make no opinion: 没有, 不是, 不会 ... say nothing about an aspect.
_AUXILIARIES = _words("有 是 会 能 要 到 在 过 了 用 行 得 想 让 给 太 一 大")
# Clause boundaries: punctuation, whitespace and the conjunctions that start a new clause.
_CLAUSE_BREAK = re.compile(r"[，。！？；：、,.!?;:~～\s…]|但是|不过|而且|就是|可是")
_CJK_OR_LATIN = re.compile(r"[A-Za-z\u3400-\u9fff]")
# An opinion this many content words after its aspect, at most (same clause).
WINDOW = 2
MAX_PHRASE_CHARS = 8


@dataclass(frozen=True)
class Phrase:
    """A label candidate: ``text`` as shown, and the content words it is made of."""

    text: str
    aspect: str
    opinion: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return (self.aspect, self.opinion) if self.opinion else (self.aspect,)


class PhraseFinder:
    """Aspects and aspect + opinion phrases of a comment, from its content words (in order)."""

    def __init__(self, tags: dict[str, str] | None = None, stop_words: frozenset[str] = frozenset(),
                 product_terms: frozenset[str] = frozenset()) -> None:
        self.tags = word_tags() if tags is None else tags
        # An organisation's product terms (会员卡, its app's name) are what its customers talk about:
        # nouns, whatever jieba's dictionary says (most are not in it).
        self.product_terms = product_terms
        self.stop_words = stop_words
        self._roles: dict[str, tuple[bool, str]] = {}

    def _tag(self, word: str) -> str | None:
        return "nz" if word in self.product_terms else self.tags.get(word)

    def role(self, word: str) -> tuple[bool, str]:
        """(may be an aspect, the opinion it expresses or "") of a content word; memoised."""
        found = self._roles.get(word)
        if found is None:
            found = self._roles[word] = self._role(word)
        return found

    def _role(self, word: str) -> tuple[bool, str]:
        if word in self.stop_words or not _CJK_OR_LATIN.search(word):
            return False, ""
        tag = self._tag(word)
        if word.startswith(_NEGATIONS) and len(word) >= 2:
            rest = word[1:]  # 不快, 不新鲜: a negated opinion, kept as written; 没有, 不是: nothing
            negated = rest not in _AUXILIARIES and self._tag(rest) in ADJECTIVE_TAGS | VERB_TAGS
            return False, word if negated else ""
        if tag in ADJECTIVE_TAGS:
            return False, word
        # One character names an aspect only as a plain noun (书, 货, 膜), never as a verb (买, 用).
        aspect = word not in NOT_ASPECTS and (tag == "n" or (len(word) >= 2 and (tag is None or tag in _ASPECT_TAGS)))
        opinion = word if tag in VERB_TAGS and len(word) >= 2 and word not in GENERIC else ""
        return aspect, opinion

    def judges(self, opinion: str) -> bool:
        """Whether an opinion is a judgement ("慢", "不新鲜", "不错") rather than a verb ("自营")."""
        core = opinion[1:] if opinion.startswith(_NEGATIONS) and len(opinion) >= 2 else opinion
        return opinion in PRAISE or self._tag(core) in ADJECTIVE_TAGS

    def aspect_weight(self, word: str) -> float:
        """1 for a noun, WEAK_ASPECT for a verb or a word outside jieba's dictionary."""
        return 1.0 if self._tag(word) in _NOUN_TAGS else WEAK_ASPECT

    def phrases(self, text: str, tokens: Sequence[str]) -> set[Phrase]:
        """Every aspect of the comment, and every aspect followed by an opinion in its clause."""
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
        found: set[Phrase] = set()
        placed: list[tuple[str, int, int]] = []  # (word, start, clause)
        position = 0
        for word in tokens:
            start = text.find(word, position)
            if start < 0:  # a case-folded Latin word: its place is unknown, its clause too
                continue
            placed.append((word, start, bisect.bisect_right(breaks, start)))
            position = start + len(word)
        for i, (word, start, clause) in enumerate(placed):
            is_aspect, _ = self.role(word)
            if not is_aspect:
                continue
            found.add(Phrase(word, word))
            end = start + len(word)
            for other, other_start, other_clause in placed[i + 1 : i + 1 + WINDOW]:
                if other_clause != clause:
                    break
                _, opinion = self.role(other)
                if not opinion or opinion == word:
                    continue
                negation = _negation(text[end:other_start]) if not opinion.startswith(_NEGATIONS) else ""
                phrase = word + negation + opinion
                if len(phrase) <= MAX_PHRASE_CHARS:
                    found.add(Phrase(phrase, word, negation + opinion))
                break  # the nearest opinion only: "配送慢 包装差" is two phrases, not four
        return found


def _negation(between: str) -> str:
    """不 or 没 when the text between an aspect and its opinion negates it ("配送不是很快")."""
    for negation in ("不", "没"):
        if negation in between:
            return negation
    return ""
