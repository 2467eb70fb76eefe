"""Topic labellers: the swappable sub-model that names each topic (wired by ``factory.build_labeller``).

``PhraseLabeller`` (the default) names a topic the way a product manager would: an aspect with the
opinion its comments agree on ("配送慢", "电池续航短"), or the aspect alone ("配送") when the
topic's comments are of mixed polarity, made of the comments' own words (``analysis.topics.phrases``).

A label is read by its words: it reaches a comment that has any of them ("配送慢" reaches
"配送太慢了" and "送得慢"), as ``label_quality`` measures it. Each candidate is scored by the share
of the topic's comments it reaches times ``log2(min(lift, LIFT_CAP))``, lift being how many times
likelier its best word is in the topic than in the others; with the cap at 3, any candidate
specific enough for a label (a word at least 3× likelier in the topic) is judged by reach alone,
so a common aspect (头发, 物流) beats a rare exact one (头皮屑). The first part must be that
specific; further parts (a second, and a third when every part is at most four characters, "平板 ·
屏幕清晰 · 速度快") are added while the label reaches under ``join_below`` of the comments and each
adds ``join_gain`` of them. A topic mostly of one polarity gets a label with an opinion that
agrees, its main aspect first when that reaches more; opinions never follow a bare aspect
("送餐慢 · 鸡腿" would read as if 鸡腿 were slow). Labels are unique; the largest topics choose first.

On the shopping dev set (36k reviews) this reaches about half of a topic's comments (size-weighted);
two arbitrary content words per label would reach 0.46, three 0.54 (BENCHMARKS.md, "Topic labels").

The counts come from a seeded sample of at most ``per_topic`` comments per topic (weighted back
to the topic's size for the lift): label quality does not need every comment, and a fit of 36k
comments must not wait for them. ``KeywordLabeller`` is the previous labeller (the two best
c-TF-IDF words, "苹果 · 不错"), kept for comparison.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from analysis.topics.labels import SEPARATOR, topic_label
from analysis.topics.phrases import NOT_ASPECTS, Phrase, PhraseFinder

OUTLIER_LABEL = "未归类"
# analysis.insights' thresholds: a comment above POSITIVE is positive, below NEGATIVE negative.
POSITIVE, NEGATIVE = 0.2, -0.2
LIFT_CAP = 3.0


@dataclass(frozen=True)
class LabelTerm:
    """Why a label reads as it does: a candidate phrase or aspect of the topic."""

    term: str
    coverage: float  # share of the topic's comments that contain it
    lift: float  # how many times more often it occurs in the topic than in the other comments
    in_label: bool


@dataclass(frozen=True)
class TopicLabel:
    label: str
    terms: tuple[LabelTerm, ...] = ()


@dataclass
class LabelInput:
    """What a labeller may read: every comment, its topic (-1: none), its content words (the fit's
    memoised tokens), each topic's c-TF-IDF words, and the comments' sentiment in [-1, 1] if known."""

    texts: Sequence[str]
    topics: np.ndarray
    tokens: Callable[[str], list[str]]
    keywords: dict[int, list[str]]
    sentiments: Sequence[float] | None = None


class TopicLabeller(Protocol):
    def label_topics(self, data: LabelInput) -> dict[int, TopicLabel]: ...


class KeywordLabeller:
    """The two best c-TF-IDF words of each topic ("屏幕 · 清晰"): the labels before phrases."""

    def label_topics(self, data: LabelInput) -> dict[int, TopicLabel]:
        return {t: TopicLabel(OUTLIER_LABEL if t < 0 else topic_label(words)) for t, words in data.keywords.items()}


@dataclass
class _Scored:
    phrase: Phrase
    coverage: float
    lift: float
    score: float
    tone: float  # (positive - negative) / polar comments among those containing it; 0 when unknown
    weight: float = 1.0  # the aspect's: 1 for a noun, less for a verb or a guessed word
    words: frozenset[str] = frozenset()  # its content words a reader matches ("质量不错" → 质量)
    reach: float = 0.0  # share of the topic's comments with any of its words
    word_lift: float = 0.0  # the best lift of its words, in the topic against the other comments


@dataclass
class PhraseLabeller:
    per_topic: int = 300  # comments sampled per topic
    mostly: float = 0.75  # share of a topic's polar comments that makes it "mostly" one polarity
    min_coverage: float = 0.03  # of the topic's comments, for any candidate
    min_lift: float = 2.5
    head_lift: float = 3.0  # a label's first part: a word of it this many times likelier in the topic
    join_below: float = 0.75  # a further part is added while the label reaches fewer comments ...
    join_gain: float = 0.05  # ... and the part reaches at least this many more of them
    max_parts: int = 3  # parts of a label; the third only when every part is short
    short_part: int = 4  # characters
    max_terms: int = 8
    main_aspects: int = 4  # a phrase must be about one of the topic's best aspects
    seed: int = 42
    stop_words: frozenset[str] = frozenset()
    product_terms: frozenset[str] = frozenset()  # the organisation's: always nouns
    # Scores comments when the caller has no sentiment for them (the service passes the stored one).
    sentiment: Callable[[list[str]], list[float]] | None = None
    _finder: PhraseFinder | None = field(default=None, repr=False)

    def label_topics(self, data: LabelInput) -> dict[int, TopicLabel]:
        topics = np.asarray(data.topics)
        ids, sizes = np.unique(topics, return_counts=True)
        finder = self._finder = self._finder or PhraseFinder(stop_words=self.stop_words,
                                                                 product_terms=self.product_terms)
        rng = np.random.default_rng(self.seed)
        samples = {int(t): np.sort(rng.choice(np.flatnonzero(topics == t), min(int(n), self.per_topic),
                                              replace=False)) for t, n in zip(ids, sizes, strict=True)}
        size = {int(t): int(n) for t, n in zip(ids, sizes, strict=True)}
        terms: dict[int, list[set[Phrase]]] = {}
        # Each sampled comment's content words, as a reader of the label matches them: a label
        # reaches a comment that has any word of it ("配送慢" reaches "配送太慢了" and "送得慢").
        words: dict[int, list[frozenset[str]]] = {}
        for t, rows in samples.items():
            tokens = [data.tokens(data.texts[i]) for i in rows]
            terms[t] = [finder.phrases(data.texts[i], found) for i, found in zip(rows, tokens, strict=True)]
            words[t] = [frozenset(found) - NOT_ASPECTS - self.stop_words for found in tokens]
        tones = self._tones(data, samples)
        counts = {t: Counter(p for found in docs for p in found) for t, docs in terms.items()}
        word_counts = {t: Counter(w for found in docs for w in found) for t, docs in words.items()}
        everywhere: Counter[Phrase] = Counter()
        every_word: Counter[str] = Counter()
        for t in counts:
            weight = size[t] / max(1, len(samples[t]))
            everywhere.update({p: n * weight for p, n in counts[t].items()})
            every_word.update({w: n * weight for w, n in word_counts[t].items()})
        total = int(topics.size)
        ranked: dict[int, list[_Scored]] = {}
        polarity: dict[int, int] = {}
        for t in (t for t in size if t >= 0):
            weight = size[t] / max(1, len(samples[t]))
            sampled, outside = len(samples[t]), total - size[t]
            word_lift = {w: _lift(n, sampled, every_word[w] - n * weight, outside)
                         for w, n in word_counts[t].items()}
            ranked[t] = self._rank(counts[t], terms[t], words[t], tones[t], everywhere, word_lift, weight,
                                   sampled, outside, finder, data.tokens)
            polarity[t] = self._polarity(tones[t])
        labels = self._unique(ranked, polarity, words, size, data.keywords)
        if -1 in size:
            labels[-1] = TopicLabel(OUTLIER_LABEL)
        return labels

    # -- scoring --------------------------------------------------------------------------------

    def _tones(self, data: LabelInput, samples: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
        """-1, 0 or 1 per sampled comment (negative, neutral, positive)."""
        if data.sentiments is not None:
            given = data.sentiments
            scores = {t: np.asarray([given[i] for i in rows], dtype=np.float64) for t, rows in samples.items()}
        else:
            score = self.sentiment or _shipped_sentiment
            order = [(t, i) for t, rows in samples.items() for i in rows]
            flat = np.asarray(score([data.texts[i] for _, i in order]) if order else [], dtype=np.float64)
            scores, start = {}, 0
            for t, rows in samples.items():
                scores[t], start = flat[start:start + len(rows)], start + len(rows)
        return {t: np.where(s > POSITIVE, 1, np.where(s < NEGATIVE, -1, 0)) for t, s in scores.items()}

    def _polarity(self, tones: np.ndarray) -> int:
        """1 or -1 when the topic's polar comments are mostly of that polarity, 0 when mixed."""
        positive, negative = int((tones > 0).sum()), int((tones < 0).sum())
        polar = positive + negative
        if polar == 0 or polar < 0.3 * tones.size:  # mostly neutral comments: say nothing about a tone
            return 0
        if positive >= self.mostly * polar:
            return 1
        return -1 if negative >= self.mostly * polar else 0

    def _rank(self, counts: Counter[Phrase], docs: list[set[Phrase]], words: list[frozenset[str]],
              tones: np.ndarray, everywhere: Counter[Phrase], word_lift: dict[str, float], weight: float,
              sampled: int, outside: int, finder: PhraseFinder,
              tokens: Callable[[str], list[str]]) -> list[_Scored]:
        out: list[_Scored] = []
        for phrase, n in counts.items():
            coverage = n / max(1, sampled)
            if coverage < self.min_coverage or n < 2:
                continue
            lift = _lift(n, sampled, max(0.0, everywhere[phrase] - n * weight), outside)
            if lift < self.min_lift:
                continue
            # The words a reader (and ``label_quality``) finds in the label's text: "量少" may be
            # one word there, not 量 and 少.
            own = frozenset(tokens(phrase.text)) - NOT_ASPECTS - self.stop_words
            if not own:
                continue
            reach = sum(1 for found in words if not found.isdisjoint(own)) / max(1, sampled)
            best = max(word_lift.get(w, 0.0) for w in own)
            weight_of_aspect = finder.aspect_weight(phrase.aspect)
            # Beyond LIFT_CAP a word is as specific as a label needs: how many comments the label
            # reaches decides, so a common aspect (配送, 头发) beats a rare exact one (头皮屑).
            score = reach * math.log2(min(best, LIFT_CAP)) * weight_of_aspect if best > 1 else 0.0
            out.append(_Scored(phrase, coverage, lift, score, 0.0, weight_of_aspect, own, reach, best))
        wanted = {s.phrase for s in out if s.phrase.opinion}
        sums: dict[Phrase, list[int]] = {p: [0, 0] for p in wanted}
        for found, tone in zip(docs, tones, strict=True):
            if tone:
                for phrase in found & wanted:
                    sums[phrase][0 if tone > 0 else 1] += 1
        for s in out:
            if s.phrase in sums:
                pos, neg = sums[s.phrase]
                s.tone = (pos - neg) / (pos + neg) if pos + neg else 0.0
        # Of phrases reaching as many comments, the one more of them say as it is ("续航短", not "电池短").
        return sorted(out, key=lambda s: (-round(s.score, 6), -s.coverage, s.phrase.text))

    # -- choosing -------------------------------------------------------------------------------

    def _options(self, ranked: list[_Scored], polarity: int, docs: list[frozenset[str]]) -> list[list[_Scored]]:
        """Labels for one topic, best first, each a list of one to three parts. When a larger topic
        took the best one, the best with the next best phrase added comes next ("包装破损 · 盖子")."""
        aspects = [s for s in ranked if not s.phrase.opinion]
        # A phrase carries the topic's polarity: its own comments must lean the same way. It is
        # about one of the topic's main aspects, so the label names what most comments talk about
        # ("包装差", not "盖子松", in a packaging topic), or is one of the topic's best candidates
        # itself, with a judgement: 送餐 is in every take-away topic, so an aspect of none, but
        # "送餐慢" is what a slow-delivery topic says.
        main = {s.phrase.aspect for s in aspects[:self.main_aspects]}
        best = ranked[:self.main_aspects]
        judges = self._finder.judges if self._finder else (lambda _: False)
        phrases = [s for s in ranked if s.phrase.opinion and polarity and s.tone * polarity > 0
                   and (s.phrase.aspect in main or (s in best and judges(s.phrase.opinion)))]
        # The first part makes the label specific (the metric's lift is its best word's), the
        # others make it reach the comments the first one missed.
        heads = [s for s in ([*phrases, *aspects] if polarity else aspects) if s.word_lift >= self.head_lift]
        grown: list[tuple[bool, float, list[_Scored]]] = []
        for head in heads[:6]:
            # Further parts of the same kind ("送餐慢 · 鸡腿" would read as if 鸡腿 were slow too),
            # save the topic's main aspect, which goes first and says what the opinions are about
            # ("平板 · 屏幕清晰 · 速度快").
            said = head.phrase.opinion or (phrases and head is aspects[0])
            option = self._grow([head], [*phrases, *aspects[:1]] if said else aspects, docs)
            option.sort(key=lambda s: bool(s.phrase.opinion))
            grown.append((any(s.phrase.opinion for s in option), _covered(docs, option) * head.weight, option))
        # The label that reaches the most comments first (grown from a noun: "再也不会" reaches many
        # comments of a topic about 凉皮 but names nothing), one that says the topic's polarity
        # before one that does not; each followed by what tells it apart when a larger topic took it.
        grown.sort(key=lambda g: (not g[0], -g[1]))
        options: list[list[_Scored]] = []
        for said, _, option in grown:
            head = option[0]
            options.append(option)
            options.extend(option[:n] for n in range(len(option) - 1, 0, -1)
                           if not said or any(s.phrase.opinion for s in option[:n]))
            options.extend([head, extra] for extra in [*phrases, *aspects][:self.max_terms]
                           if _apart([head], extra))
        return options

    def _grow(self, option: list[_Scored], same_kind: list[_Scored], docs: list[frozenset[str]]) -> list[_Scored]:
        """Add the part that reaches the most comments the label missed, nouns first, while the
        label reaches fewer than ``join_below`` of them and the part adds ``join_gain``; a third
        part only when every part is short, so the label stays a phrase a person reads at a glance."""
        covered = _covered(docs, option)
        while covered < self.join_below and len(option) < self.max_parts:
            short = all(len(s.phrase.text) <= self.short_part for s in option)
            gains = [(_covered(docs, [*option, extra]) - covered, -i, extra)
                     for i, extra in enumerate(same_kind[:self.max_terms]) if _apart(option, extra)
                     # An added part names a thing or says an opinion: a verb or a word jieba does
                     # not know ("我要", "送过来") reads as noise after the first part.
                     and (extra.phrase.opinion or extra.weight >= 1.0)
                     and (len(option) < 2 or (short and len(extra.phrase.text) <= self.short_part))]
            gain, _, extra = max(gains, key=lambda g: (g[0] * g[2].weight, g[1]), default=(0.0, 0, option[0]))
            if gain < self.join_gain:
                break
            option, covered = [*option, extra], covered + gain
        return option

    def _unique(self, ranked: dict[int, list[_Scored]], polarity: dict[int, int],
                words: dict[int, list[frozenset[str]]], size: dict[int, int],
                keywords: dict[int, list[str]]) -> dict[int, TopicLabel]:
        """The best label of each topic that no larger topic took; the largest topics choose first.
        A label is taken by its parts in any order ("物流 · 包装" and "包装 · 物流" say one thing)."""
        taken: set[frozenset[str]] = set()
        labels: dict[int, TopicLabel] = {}
        for t in sorted(ranked, key=lambda t: (-size[t], t)):
            chosen: list[_Scored] | None = None
            for option in self._options(ranked[t], polarity[t], words[t]):
                if frozenset(s.phrase.text for s in option) not in taken:
                    chosen = option
                    break
            if chosen is None:  # nothing specific enough: the c-TF-IDF words, made unique
                text = topic_label(keywords.get(t, []), stop_words=NOT_ASPECTS)
                text = text if frozenset(text.split(SEPARATOR)) not in taken else f"{text} {t}"
                taken.add(frozenset(text.split(SEPARATOR)))
                labels[t] = TopicLabel(text, self._terms(ranked[t], []))
                continue
            text = SEPARATOR.join(s.phrase.text for s in chosen)
            taken.add(frozenset(s.phrase.text for s in chosen))
            labels[t] = TopicLabel(text, self._terms(ranked[t], chosen))
        return labels

    def _terms(self, ranked: list[_Scored], chosen: list[_Scored]) -> tuple[LabelTerm, ...]:
        rest = [s for s in ranked if s not in chosen][: max(0, self.max_terms - len(chosen))]
        return tuple(LabelTerm(s.phrase.text, round(s.coverage, 4), round(s.lift, 2), s in chosen)
                     for s in [*chosen, *rest])


def _lift(n: int, sampled: int, elsewhere: float, outside: int) -> float:
    """How many times likelier in the topic (n of its ``sampled`` comments) than in the
    ``outside`` others (``elsewhere`` of them, weighted back from samples); add-one smoothed."""
    return (n / max(1, sampled)) / ((max(0.0, elsewhere) + 1.0) / (outside + 2.0))


def _apart(option: list[_Scored], extra: _Scored) -> bool:
    """The parts of one label share no word ("包装破损 · 破损", "服务 · 服务态度" say a thing twice)."""
    b = extra.phrase.text
    return all(not set(head.phrase.words) & set(extra.phrase.words) and head.phrase.text not in b
               and b not in head.phrase.text for head in option)


def _covered(docs: list[frozenset[str]], parts: list[_Scored]) -> float:
    """Share of the sampled comments (each its content words) with any word of the parts."""
    words = frozenset().union(*(s.words for s in parts))
    return sum(1 for found in docs if not found.isdisjoint(words)) / max(1, len(docs))


def _shipped_sentiment(texts: list[str]) -> list[float]:
    from analysis.sentiment import get_model

    return get_model().score_many(texts)
