"""Move a comment to the topic its distinctive words belong to, after the merge.

The word refinement places a comment where most of its words fit: "苹果很新鲜，京东物流快，快递
小哥服务好" has more delivery words than fruit words and goes to delivery, so every delivery topic
collects comments about every product, and the product topics lose the comments that also praise
the delivery. A word found almost only in one topic's comments (``DISTINCTIVE_SHARE`` of them, and
in at least ``DISTINCTIVE_MIN_COMMENTS`` comments, so that this is no accident of a few) says what
a comment is about more surely than the common words around it. A comment with such words of
exactly one other topic, and none of its own topic, moves there; a comment with distinctive words
of its own topic stays, so a delivery comment that says 快递 or 物流 (words of the delivery topic)
keeps its place, and so does every comment with none.

On 1,000 and 3,000 development reviews it moved 2-8 % of the comments (at 300 almost none: few
words reach 20 comments). Homogeneity at least k-means' in 300-3,000-comment draws 1-12: 22 of 36
before, 28 with the merge's ``MAX_LOSS`` alone, 29 with this step too: most of the gain is the
bound's, this step adds about one draw (within noise) and a little homogeneity (the step was
chosen on draws 1-8 with the bound in place; BENCHMARKS.md, Topic fit: small organisations). It leaves
alone the words that name no aspect (``phrases.NOT_ASPECTS``) and never empties a topic. New
comments are assigned by the word model refitted on the result (``pipeline.assign_topics``), not by
this rule.
``TopicParams.distinctive_words``: up to 5,000 comments, where the merge runs, and not in an
anchored refit (``pipeline.fit_topics``), where comments move only when their words fit another
topic better.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

from analysis.topics.params import TopicParams
from analysis.topics.refine import TopicRefiner, WordTopics

# The share of a word's comments that one topic must hold for the word to be that topic's, and the
# comments it must be in: 0.6 or 0.7 with 10 or 20 comments met k-means in 21-22 of draws 1-8's 24.
DISTINCTIVE_SHARE = 0.7
DISTINCTIVE_MIN_COMMENTS = 20


def distinctive_topics(counts: sp.csr_matrix, topics: np.ndarray, ignore: np.ndarray | None = None, *,
                       share: float = DISTINCTIVE_SHARE, min_comments: int = DISTINCTIVE_MIN_COMMENTS) -> np.ndarray:
    """The topic each column of ``counts`` is distinctive of, -1 where none (or in ``ignore``)."""
    present = sp.csr_matrix(counts) > 0
    assigned = np.flatnonzero(topics >= 0)
    k = int(topics.max()) + 1 if assigned.size else 0
    member = sp.csr_matrix((np.ones(assigned.size), (topics[assigned], assigned)), shape=(k, counts.shape[0]))
    per_topic = np.asarray((member @ present.astype(np.float64)).todense())  # topics x words: comments
    comments = per_topic.sum(axis=0)
    owner = per_topic.argmax(axis=0) if k else np.zeros(counts.shape[1], dtype=np.int64)
    held = per_topic.max(axis=0) / np.maximum(comments, 1) if k else np.zeros(counts.shape[1])
    distinctive = (comments >= min_comments) & (held >= share)
    if ignore is not None and ignore.size:
        distinctive[ignore] = False
    return np.where(distinctive, owner, -1).astype(np.int64)


def follow_distinctive_words(counts: sp.csr_matrix, topics: np.ndarray, ignore: np.ndarray | None = None, *,
                             share: float = DISTINCTIVE_SHARE,
                             min_comments: int = DISTINCTIVE_MIN_COMMENTS) -> np.ndarray:
    """``topics`` (ids 0..k-1, -1 unassigned, kept) with each comment moved to the one other topic
    whose distinctive words it uses, when it uses none of its own topic's (the module docstring)."""
    topics = np.asarray(topics, dtype=np.int64)
    owner = distinctive_topics(counts, topics, ignore, share=share, min_comments=min_comments)
    columns = np.flatnonzero(owner >= 0)
    if not columns.size:
        return topics
    k = int(topics.max()) + 1
    # Comments x topics: how many of each topic's distinctive words a comment uses.
    votes = (sp.csr_matrix(counts)[:, columns] > 0).astype(np.float64) @ sp.csr_matrix(
        (np.ones(columns.size), (np.arange(columns.size), owner[columns])), shape=(columns.size, k))
    votes = np.asarray(votes.todense())
    assigned = topics >= 0
    own = votes[np.arange(topics.size), np.maximum(topics, 0)] > 0
    moving = assigned & ~own & ((votes > 0).sum(axis=1) == 1)
    # Never the last comment of a topic: a topic emptied would leave a gap in the ids.
    left = np.bincount(topics[assigned & ~moving], minlength=k)
    moving &= left[np.maximum(topics, 0)] > 0
    return np.where(moving, votes.argmax(axis=1), topics)


def follow_distinctive(refiner: TopicRefiner, counts: sp.csr_matrix, topics: np.ndarray,
                       word_topics: WordTopics | None, params: TopicParams, *,
                       not_aspects: np.ndarray) -> tuple[np.ndarray, WordTopics | None]:
    """`follow_distinctive_words` as ``merge.merge_alike`` is called: on the refinement's counts,
    NOT_ASPECTS (``not_aspects``) never distinctive, and the word model refitted on the result as the
    refinement fits it when a comment moved (new comments are assigned by it,
    ``pipeline.assign_topics``)."""
    moved = follow_distinctive_words(counts, topics, not_aspects)
    if np.array_equal(moved, topics):
        return topics, word_topics
    return moved, refiner.word_model(counts, moved, not_aspects if params.aspect_words_only else None)
