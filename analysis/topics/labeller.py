"""Topic labellers: the swappable sub-model that names each topic (wired by ``factory.build_labeller``).

``PhraseLabeller`` (the default) names a topic the way a product manager would: an aspect with the
opinion its comments agree on ("配送慢", "电池续航短"), or the aspect alone ("配送") when the
topic's comments are of mixed polarity, made of the comments' own words (``analysis.topics.phrases``).
Each candidate is scored by how many of the topic's comments contain it (coverage) and how much
more often it occurs in the topic than in the other topics (lift): ``coverage × log2(lift)``, a
c-TF-IDF-like weight that a word common to every topic ("质量") or a rare one cannot win.

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
LIFT_CAP = 10.0


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


@dataclass
class PhraseLabeller:
    per_topic: int = 300  # comments sampled per topic
    mostly: float = 0.65  # share of a topic's polar comments that makes it "mostly" one polarity
    min_coverage: float = 0.03  # of the topic's comments, for any candidate
    min_lift: float = 2.5
    join_below: float = 0.6  # a second phrase is added when the first covers less than this ...
    join_gain: float = 0.08  # ... and the second adds at least this much coverage
    max_terms: int = 8
    main_aspects: int = 3  # a phrase must be about one of the topic's best aspects
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
        terms = {t: [finder.phrases(data.texts[i], data.tokens(data.texts[i])) for i in rows]
                 for t, rows in samples.items()}
        tones = self._tones(data, samples)
        counts = {t: Counter(p for found in docs for p in found) for t, docs in terms.items()}
        everywhere: Counter[Phrase] = Counter()
        for t, found in counts.items():
            weight = size[t] / max(1, len(samples[t]))
            everywhere.update({p: n * weight for p, n in found.items()})
        total = int(topics.size)
        ranked: dict[int, list[_Scored]] = {}
        polarity: dict[int, int] = {}
        for t in (t for t in size if t >= 0):
            weight = size[t] / max(1, len(samples[t]))
            ranked[t] = self._rank(counts[t], terms[t], tones[t], everywhere, weight, len(samples[t]),
                                   total - size[t], finder)
            polarity[t] = self._polarity(tones[t])
        labels = self._unique(ranked, polarity, terms, size, data.keywords)
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

    def _rank(self, counts: Counter[Phrase], docs: list[set[Phrase]], tones: np.ndarray,
              everywhere: Counter[Phrase], weight: float, sampled: int, outside: int,
              finder: PhraseFinder) -> list[_Scored]:
        out: list[_Scored] = []
        for phrase, n in counts.items():
            coverage = n / max(1, sampled)
            if coverage < self.min_coverage or n < 2:
                continue
            elsewhere = max(0.0, everywhere[phrase] - n * weight)
            lift = coverage / ((elsewhere + 1.0) / (outside + 2.0))
            if lift < self.min_lift:
                continue
            weight_of_aspect = finder.aspect_weight(phrase.aspect)
            # Beyond LIFT_CAP a word is as specific as a label needs: coverage decides.
            score = coverage * math.log2(min(lift, LIFT_CAP)) * weight_of_aspect
            out.append(_Scored(phrase, coverage, lift, score, 0.0, weight_of_aspect))
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
        return sorted(out, key=lambda s: (-s.score, s.phrase.text))

    # -- choosing -------------------------------------------------------------------------------

    def _options(self, ranked: list[_Scored], polarity: int, docs: list[set[str]]) -> list[list[_Scored]]:
        """Labels for one topic, best first, each a list of one or two parts. When a larger topic
        took the best one, the best with the next best phrase added comes next ("包装破损 · 盖子")."""
        aspects = [s for s in ranked if not s.phrase.opinion]
        # A phrase carries the topic's polarity: its own comments must lean the same way. Phrases
        # on the topic's main aspects come first ("包装差" before "盖子松" in a packaging topic),
        # so the label names what most comments talk about.
        place = {s.phrase.aspect: i for i, s in enumerate(aspects[:self.main_aspects])}
        phrases = sorted((s for s in ranked if s.phrase.opinion and polarity and s.tone * polarity > 0
                          and s.phrase.aspect in place), key=lambda s: place[s.phrase.aspect])
        heads = [*phrases, *aspects] if polarity else aspects
        options: list[list[_Scored]] = []
        for head in heads[:6]:
            covered = _covered(docs, [head])
            option = [head]
            if covered < self.join_below:
                # The second part that reaches the most comments the first one missed, nouns first,
                # of the same kind: "送餐慢 · 鸡腿" would read as if 鸡腿 were slow too.
                same_kind = phrases if head.phrase.opinion else aspects
                gains = [(_covered(docs, [head, extra]) - covered, -i, extra)
                         for i, extra in enumerate(same_kind[:self.max_terms])
                         if _apart(head, extra)]
                gain, _, extra = max(gains, key=lambda g: (g[0] * g[2].weight, g[1]), default=(0.0, 0, head))
                if gain >= self.join_gain:
                    option.append(extra)
            options.append(option)
            options.extend([[head]] if len(option) > 1 else [])
            if len(option) == 1:
                options.extend([head, extra] for extra in [*phrases, *aspects][:self.max_terms]
                               if _apart(head, extra))
        return options

    def _unique(self, ranked: dict[int, list[_Scored]], polarity: dict[int, int],
                terms: dict[int, list[set[Phrase]]], size: dict[int, int],
                keywords: dict[int, list[str]]) -> dict[int, TopicLabel]:
        """The best label of each topic that no larger topic took; the largest topics choose first."""
        taken: set[str] = set()
        labels: dict[int, TopicLabel] = {}
        for t in sorted(ranked, key=lambda t: (-size[t], t)):
            chosen: list[_Scored] | None = None
            words = [{w for p in found for w in p.words} for found in terms[t]]
            for option in self._options(ranked[t], polarity[t], words):
                if SEPARATOR.join(s.phrase.text for s in option) not in taken:
                    chosen = option
                    break
            if chosen is None:  # nothing specific enough: the c-TF-IDF words, made unique
                text = topic_label(keywords.get(t, []), stop_words=NOT_ASPECTS)
                text = text if text not in taken else f"{text} {t}"
                taken.add(text)
                labels[t] = TopicLabel(text, self._terms(ranked[t], []))
                continue
            text = SEPARATOR.join(s.phrase.text for s in chosen)
            taken.add(text)
            labels[t] = TopicLabel(text, self._terms(ranked[t], chosen))
        return labels

    def _terms(self, ranked: list[_Scored], chosen: list[_Scored]) -> tuple[LabelTerm, ...]:
        rest = [s for s in ranked if s not in chosen][: max(0, self.max_terms - len(chosen))]
        return tuple(LabelTerm(s.phrase.text, round(s.coverage, 4), round(s.lift, 2), s in chosen)
                     for s in [*chosen, *rest])


def _apart(head: _Scored, extra: _Scored) -> bool:
    """Two parts of one label share no word ("包装破损 · 破损", "服务 · 服务态度" say a thing twice)."""
    a, b = head.phrase.text, extra.phrase.text
    return not set(head.phrase.words) & set(extra.phrase.words) and a not in b and b not in a


def _covered(docs: list[set[str]], parts: list[_Scored]) -> float:
    """Share of the sampled comments (each the words of its phrases) with any word of the parts."""
    words = {w for s in parts for w in s.phrase.words}
    return sum(1 for found in docs if not found.isdisjoint(words)) / max(1, len(docs))


def _shipped_sentiment(texts: list[str]) -> list[float]:
    from analysis.sentiment import get_model

    return get_model().score_many(texts)
