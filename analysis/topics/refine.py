"""Refine topic assignments by the words of the comments (naive Bayes EM over jieba words).

HDBSCAN on UMAP coordinates finds where topics are dense; the embedder's 96 dimensions lose the
rare words that say what a comment is about, so comments at a topic's border often sit in the
wrong one. ``TopicRefiner`` treats each topic as a word distribution (multinomial naive Bayes,
Laplace smoothing) learnt from its current comments, moves every comment to the topic whose
words explain it best, and repeats until assignments settle (Nigam et al., "Text classification
from labeled and unlabeled documents using EM", 2000: here every label comes from the
clustering). On the 36k development reviews this lifted NMI from 0.34-0.39 to 0.48-0.49 with
18-20 topics (BENCHMARKS.md, Topic fit).

Guards: a round that would push one topic past ``max_share`` or leave fewer than
``min_topics`` is not taken (EM makes big topics bigger); a comment without any known word keeps
its earlier topic. Words seen in a single comment are left out: such a word votes for the topic
its one comment is already in and slows every move.

EM also drains topics: a cluster of odd comments (classical verse, English, a recipe) can end
with one to twenty comments, which a product manager would read as noise. A topic left with
fewer than ``min_size`` comments is dissolved: the word distributions of the remaining topics
take its comments (those without a known word become unassigned).

Words that name no aspect (``phrases.NOT_ASPECTS``: praise and blame such as 喜欢, 不错, 差评;
fillers such as 朋友, 东西, 觉得) can be left out of the distributions (``ignore``; ``fit_topics``
does so up to 5,000 comments, ``TopicParams.aspect_words_only``): they occur with every product,
so on a small corpus, where each topic has few words, a topic's share of them decided where a
comment went and whole topics were made of them ("喜欢 · 朋友": books, shampoo and phones). On
300-3,000 development reviews, three draws each, leaving them out raised homogeneity in every
draw (BENCHMARKS.md, Topic fit: small organisations). A comment with no other known word keeps
its earlier topic.

The fitted ``WordTopics`` (one row of word log-probabilities per topic) is kept with the model
and assigns new comments the same way (``analysis.topics.pipeline.assign_topics``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]


@dataclass(frozen=True)
class WordTopics:
    """Multinomial naive Bayes over a vocabulary's ``columns``, one row per topic id."""

    columns: np.ndarray  # int64 indices into the vectorizer's vocabulary
    log_prob: np.ndarray  # float32, topics x columns
    log_prior: np.ndarray  # float32, topics
    topic_ids: np.ndarray  # int64, the topic of each row

    def predict(self, counts: sp.csr_matrix) -> np.ndarray:
        """Topic id per row of ``counts`` (full vocabulary); -1 where no known word occurs."""
        x = sp.csr_matrix(counts)[:, self.columns]
        if x.shape[0] == 0 or self.topic_ids.size == 0:
            return np.full(x.shape[0], -1, dtype=np.int64)
        return np.where(np.asarray(x.sum(axis=1)).ravel() > 0, self.best(x), -1)

    def best(self, x: sp.csr_matrix) -> np.ndarray:
        """Most likely topic id per row of ``x``, already restricted to ``columns``."""
        scores = np.asarray(x @ self.log_prob.T) + self.log_prior
        return np.asarray(self.topic_ids[scores.argmax(axis=1)], dtype=np.int64)

    def on_vocabulary(self, fitted_on: Mapping[str, int], vocabulary: Mapping[str, int]) -> WordTopics:
        """The same model with ``columns`` indexing ``vocabulary`` (the topic model's vectorizer,
        which is saved with it) instead of the one it was fitted on; absent words are dropped."""
        words = np.empty(len(fitted_on), dtype=object)
        for word, index in fitted_on.items():
            words[index] = word
        new = np.array([vocabulary.get(str(w), -1) for w in words[self.columns]], dtype=np.int64)
        keep = new >= 0
        # Contiguous: column selection may return a Fortran-ordered array, which safetensors
        # would store in the wrong order.
        return WordTopics(new[keep], np.ascontiguousarray(self.log_prob[:, keep]), self.log_prior, self.topic_ids)


@dataclass(frozen=True)
class TopicRefiner:
    """Settings of the refinement; ``max_rounds=0`` switches it off."""

    alpha: float = 1.0  # Laplace smoothing; at 3.0 topics merged until one held 60 %
    max_rounds: int = 10
    settled: float = 0.01  # stop when fewer comments than this share move in a round
    min_df: int = 2
    # Weight of log(topic share) in a comment's score. 1.0 is naive Bayes' own prior, and with it
    # EM is rich-get-richer: on the development reviews 18-27 clustered topics drained to 8-9
    # (delivery, packaging, price-drop complaints swallowed by the product topics). -1.0 divides
    # by the share instead: a comment whose words fit two topics as well goes to the smaller, and
    # 18-20 topics remain (BENCHMARKS.md, Topic fit).
    prior_weight: float = -1.0

    def fit(
        self,
        counts: sp.csr_matrix,
        topics: np.ndarray,
        *,
        max_share: float = 0.4,
        min_topics: int = 2,
        min_size: int = 1,
        ignore: np.ndarray | None = None,
    ) -> tuple[np.ndarray, WordTopics | None, int]:
        """Refined topics (ids 0..k-1 in their earlier order, -1 kept), the model, rounds taken.
        ``ignore``: columns of ``counts`` left out of the word distributions (words that name no
        aspect, see the module docstring)."""
        x, columns = self._words(counts, ignore)
        has_words = np.asarray(x.sum(axis=1)).ravel() > 0
        current = np.asarray(topics, dtype=np.int64)
        # A start with fewer topics than min_topics (a small clustering, a refit of a version a
        # product manager merged down) is refined all the same: the bound keeps what is there.
        min_topics = min(min_topics, len(np.unique(current[current >= 0])))
        rounds = 0
        for _ in range(self.max_rounds):
            candidate = self._fit_once(x, current, columns)
            if candidate is None:
                break
            moved = np.where(has_words, candidate.best(x), current)
            moved = _renumber(moved)
            assigned = moved[moved >= 0]
            if not assigned.size:
                break
            if largest_share(moved) > max(max_share, largest_share(current)) or (
                len(np.unique(assigned)) < min_topics
            ):
                break
            share_moved = float(np.mean(moved != current))
            current, rounds = moved, rounds + 1
            if share_moved < self.settled:
                break
        if not rounds:  # nothing to keep: new comments are assigned as the clustering did
            return current, None, 0
        current = self._dissolve_small(x, current, columns, has_words, min_size=min_size, min_topics=min_topics)
        # Refitted on the final assignment so that its rows are the final topic ids.
        return current, self._fit_once(x, current, columns), rounds

    def word_model(
        self, counts: sp.csr_matrix, topics: np.ndarray, ignore: np.ndarray | None = None
    ) -> WordTopics | None:
        """The word distributions of ``topics`` as they are (no EM round), on the columns ``fit``
        would use."""
        x, columns = self._words(counts, ignore)
        return self._fit_once(x, np.asarray(topics, dtype=np.int64), columns)

    def _words(self, counts: sp.csr_matrix, ignore: np.ndarray | None) -> tuple[sp.csr_matrix, np.ndarray]:
        x = sp.csr_matrix(counts, dtype=np.float32)
        columns = np.flatnonzero(np.asarray((x > 0).sum(axis=0)).ravel() >= self.min_df)
        if ignore is not None:
            columns = np.setdiff1d(columns, ignore)
        return x[:, columns], columns

    def _dissolve_small(
        self,
        x: sp.csr_matrix,
        topics: np.ndarray,
        columns: np.ndarray,
        has_words: np.ndarray,
        *,
        min_size: int,
        min_topics: int,
    ) -> np.ndarray:
        ids, sizes = np.unique(topics[topics >= 0], return_counts=True)
        # Smallest first, never below min_topics (the largest topics are kept whatever their size).
        order = np.argsort(sizes, kind="stable")
        n_drop = min(int((sizes < min_size).sum()), max(ids.size - min_topics, 0))
        small = ids[order[:n_drop]]
        if not small.size:
            return topics
        members = np.isin(topics, small)
        kept = np.where(members, -1, topics)
        model = self._fit_once(x, kept, columns)
        if model is None:
            return topics
        movable = members & has_words
        if movable.any():
            kept[movable] = model.best(x[movable])
        return _renumber(kept)

    def _fit_once(self, x: sp.csr_matrix, topics: np.ndarray, columns: np.ndarray) -> WordTopics | None:
        ids = np.unique(topics[topics >= 0])
        if ids.size == 0 or x.shape[1] == 0:
            return None
        rows = np.flatnonzero(topics >= 0)
        member = sp.csr_matrix(
            (np.ones(rows.size, dtype=np.float32), (np.searchsorted(ids, topics[rows]), rows)),
            shape=(ids.size, x.shape[0]),
        )
        word_counts = np.asarray((member @ x).todense(), dtype=np.float64) + self.alpha
        log_prob = np.log(word_counts) - np.log(word_counts.sum(axis=1, keepdims=True))
        sizes = np.asarray(member.sum(axis=1)).ravel()
        log_prior = self.prior_weight * np.log(sizes / sizes.sum())
        return WordTopics(columns.astype(np.int64), log_prob.astype(np.float32), log_prior.astype(np.float32),
                          ids.astype(np.int64))


def largest_share(topics: np.ndarray) -> float:
    """Share of all comments (unassigned included) in the largest topic."""
    assigned = topics[topics >= 0]
    return float(np.bincount(assigned).max() / len(topics)) if assigned.size else 0.0


def _renumber(topics: np.ndarray) -> np.ndarray:
    """Ids 0..k-1 in the order of the old ids (a topic that lost every comment leaves no gap)."""
    out = np.full(topics.shape, -1, dtype=np.int64)
    keep = topics >= 0
    out[keep] = np.unique(topics[keep], return_inverse=True)[1]
    return out
