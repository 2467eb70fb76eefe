"""Merge topics that are about the same subject, after the word refinement.

Clustering and the word refinement split a subject whenever its comments say it in different
words: on the demo's 1,000 take-away reviews "电话不通", "点才送到", "送餐慢" and "时间长" were
separate topics about late delivery, "小哥快", "小哥辛苦" and "速度快" about the rider. A product
manager wants one topic per thing customers talk about, so topics whose words are alike are merged
(and the refinement's word distributions refitted on the merged topics).

Each topic is a c-TF-IDF vector (BERTopic's weighting: a word's share of the topic's words times
log(1 + average words per topic / the word's count in all topics)) over the words that name an
aspect (``phrases.NOT_ASPECTS`` left out: praise and fillers occur in every topic and make any two
alike). Topics are joined by average linkage (the mean similarity of their original topics, so a
merged topic does not become a generic centre that attracts everything) while the closest pair's
cosine exceeds the threshold, the merged topic stays within ``max_share`` of the comments and at
least ``min_topics`` remain.

The threshold is not one number: cosines between topic vectors grow with topic size (a topic of
thousands of comments uses most common aspect words, one of 30 a handful; the median pair was 0.06
on the demo, 0.19 on 12,000 take-away reviews), so a value that joins duplicates of 30 comments
joins different subjects on a larger corpus. It is Tukey's outlier fence of the corpus' own
pairwise similarities, third quartile + 1.5 × interquartile range: two topics are merged when they
are far more alike than this corpus' topics usually are (and share a fair part of their words:
``MIN_SIMILARITY``).

A join is also refused when it would lose too much of what the topics say about words
(``MAX_LOSS``): the information lost by joining two topics is the entropy of their pooled word
counts minus that of each (the agglomerative information bottleneck, Slonim & Tishby 1999), and it
grows with both their size and how different their words are. Cosine alone joined big topics
about different products that shared a few common words: phones (功能 · 铃声) with tablets
(平板 · 华为), both saying 手机 and 屏幕; fresh fruit (苹果 · 新鲜) with delivery (快递 · 物流),
both saying 京东 and 快. Those joins cost 0.01-0.05 of homogeneity each and were the main reason
the fit fell below k-means on 1,000 and 3,000 development reviews (before the merge it was above
k-means in 11 of those 12 draws); a duplicate topic loses far less.

``TopicParams.merge_alike`` applies it only where the whole corpus is clustered (up to 5,000
comments): on the 36k development reviews, whose topics hold thousands of comments, the fence let
shampoo promotions join delivery praise and homogeneity fell below k-means' (BENCHMARKS.md, Topic
fit: small organisations).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

from analysis.topics.params import TopicParams
from analysis.topics.refine import TopicRefiner, WordTopics

# Tukey's fence: interquartile ranges above the third quartile.
FENCE = 1.5
# Never below this cosine: where topics have few words, most pairs share none, the quartiles sit
# near 0 and one shared word would stand out. Below every fence measured on real corpora (0.146 on
# the demo, 0.17-0.27 on 300-3,000 development reviews), so it only guards such corpora.
MIN_SIMILARITY = 0.1
# A join may lose at most this share of the word information an average topic holds (the
# information the topics hold about their words, divided by their number). On 300-3,000
# development reviews, draws 1-12, it refused the joins across products and kept the rest (one
# or two topics more per fit): homogeneity at least k-means' in 29 of 36 draws instead of 22
# (with ``distinctive``, BENCHMARKS.md, Topic fit: small organisations); the demo's 1,000
# take-away reviews keep all nine joins (22 topics). 0.5 refused three of them (late delivery in
# two topics again). The bound alone, without ``distinctive``: 29, 28 and 25 of 36 draws at 0.5,
# 0.75 and 1.0.
MAX_LOSS = 0.75


def topic_words(counts: sp.csr_matrix, topics: np.ndarray, ignore: np.ndarray | None = None) -> np.ndarray:
    """Word counts per topic id 0..max (-1 left out), the ``ignore`` columns zeroed."""
    x = sp.csr_matrix(counts, dtype=np.float64)
    assigned = np.flatnonzero(topics >= 0)
    k = int(topics.max()) + 1 if assigned.size else 0
    member = sp.csr_matrix((np.ones(assigned.size), (topics[assigned], assigned)), shape=(k, x.shape[0]))
    words = np.asarray((member @ x).todense())
    if ignore is not None and ignore.size:
        words[:, ignore] = 0.0
    return words


def topic_vectors(counts: sp.csr_matrix, topics: np.ndarray, ignore: np.ndarray | None = None) -> np.ndarray:
    """Unit c-TF-IDF vector per topic id 0..max (-1 left out), the ``ignore`` columns left out."""
    words = topic_words(counts, topics, ignore)
    totals = words.sum(axis=1, keepdims=True)
    idf = np.log(1.0 + totals.mean() / np.maximum(words.sum(axis=0), 1.0))
    vectors = words / np.maximum(totals, 1.0) * idf
    return np.asarray(vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12))


def merge_threshold(similarity: np.ndarray, fence: float = FENCE) -> float:
    """Third quartile + ``fence`` × interquartile range of the pairwise similarities, at least
    ``MIN_SIMILARITY``."""
    pairs = similarity[np.triu_indices(similarity.shape[0], 1)]
    if pairs.size < 4:  # too few pairs to tell what usual is
        return float("inf")
    q1, q3 = np.quantile(pairs, [0.25, 0.75])
    return max(float(q3 + fence * (q3 - q1)), MIN_SIMILARITY)


def _spread(words: np.ndarray) -> float:
    """Entropy of a word distribution times its size, in nats: n·log n − Σ c·log c."""
    c = words[words > 0]
    n = c.sum()
    return float(n * np.log(n) - (c * np.log(c)).sum()) if n > 0 else 0.0


class _Information:
    """The word information lost by joining groups of topics, and what a join may lose."""

    def __init__(self, counts: sp.csr_matrix, topics: np.ndarray, present: np.ndarray,
                 ignore: np.ndarray | None, max_loss: float) -> None:
        words = topic_words(counts, topics, ignore)[present]
        # Words of one comment say which topic that comment is in and nothing more (as in the
        # refinement, which leaves them out).
        words[:, np.asarray((sp.csr_matrix(counts) > 0).sum(axis=0)).ravel() < 2] = 0.0
        self.words = words
        held = _spread(words.sum(axis=0)) - sum(_spread(row) for row in words)
        self.allowed = max_loss * held / max(present.size, 1)

    def loss(self, a: list[int], b: list[int]) -> float:
        wa, wb = self.words[a].sum(axis=0), self.words[b].sum(axis=0)
        return _spread(wa + wb) - _spread(wa) - _spread(wb)


def merge_topics(
    counts: sp.csr_matrix,
    topics: np.ndarray,
    *,
    ignore: np.ndarray | None = None,
    min_topics: int = 2,
    max_share: float = 0.4,
    fence: float = FENCE,
    max_loss: float | None = MAX_LOSS,
) -> np.ndarray:
    """``topics`` (ids 0..k-1, -1 unassigned) with same-subject topics merged and renumbered 0..m-1
    in the order of their smallest former id; the same array when nothing is alike enough.
    ``max_loss=None``: no bound on the word information a join loses (the fence alone)."""
    topics = np.asarray(topics, dtype=np.int64)
    if not (topics >= 0).any():
        return topics
    vectors = topic_vectors(counts, topics, ignore)
    sizes = np.bincount(topics[topics >= 0], minlength=vectors.shape[0])
    present = np.flatnonzero(sizes)
    similarity = vectors[present] @ vectors[present].T
    threshold = merge_threshold(similarity, fence)
    limit = max_share * topics.size
    information = None if max_loss is None else _Information(counts, topics, present, ignore, max_loss)
    groups = [[i] for i in range(present.size)]
    while len(groups) > min_topics:
        candidates = []
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                if sizes[present[groups[a] + groups[b]]].sum() > limit:
                    continue
                mean = float(similarity[np.ix_(groups[a], groups[b])].mean())
                if mean > threshold:  # above the fence, not on it (most pairs share no word)
                    candidates.append((mean, a, b))
        # The most alike pair whose join loses no more than allowed.
        pair = next(((a, b) for _, a, b in sorted(candidates, reverse=True)
                     if information is None or information.loss(groups[a], groups[b]) <= information.allowed), None)
        if pair is None:
            break
        groups[pair[0]] += groups.pop(pair[1])
    if len(groups) == present.size:
        return topics
    new_id = np.full(vectors.shape[0], -1, dtype=np.int64)
    for number, group in enumerate(sorted(groups, key=min)):
        new_id[present[group]] = number
    return np.where(topics >= 0, new_id[np.maximum(topics, 0)], -1)


def merge_alike(
    refiner: TopicRefiner,
    counts: sp.csr_matrix,
    topics: np.ndarray,
    word_topics: WordTopics | None,
    params: TopicParams,
    *,
    not_aspects: np.ndarray,
) -> tuple[np.ndarray, WordTopics | None]:
    """``topics`` (as the refinement left them) with same-subject topics merged, and the word model
    of the merged topics, on the refinement's columns. ``counts``: the word counts the refinement
    was given, ``not_aspects`` its NOT_ASPECTS columns (`phrases.not_aspect_columns`). No EM round
    follows: run from the merged topics it moved comments between products' topics and raised the
    mixed share on 1,000 development reviews (22 % → 32 % in one draw, where merging alone lowered
    it to 18 %). Not called in an anchored refit (`pipeline.fit_topics`)."""
    merged = merge_topics(counts, topics, ignore=not_aspects, min_topics=params.min_topics,
                          max_share=params.max_topic_share)
    if _count(merged) == _count(topics):  # nothing was alike enough: the refinement's model stands
        return topics, word_topics
    return merged, refiner.word_model(counts, merged, not_aspects if params.aspect_words_only else None)


def _count(topics: np.ndarray) -> int:
    return int(np.unique(topics[topics >= 0]).size)
