"""How well topics stay put across refits (``voc eval stability``).

A product manager's topics are identities: actions, root causes and filters point at them. A refit
of the same comments with another random seed, or of the same comments and 10 % more, should keep
most of them under the same id and the same label. The figure is measured with the production
pieces: the refits start from the first fit's topics as a refit in the service starts from the
previous version's (`analysis.topics.anchor`), and `analysis.topic_identity.match` decides which
new topic continues which old one exactly as the service does (`analysis.topic_versions`).

stability of a refit = the share of the first fit's topic comments (outliers left out) whose topic
is continued by a new topic with the same label. ``stability`` is the lower of the two refits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from analysis.topic_identity import NewTopic, OldTopic, match
from analysis.topics.analyzer import TokenizerLike
from analysis.topics.label_continuity import LabelContinuity
from analysis.topics.pipeline import TopicFit, fit_topics

EXTRA_SHARE = 0.1  # "with 10 % more comments"


@dataclass(frozen=True)
class Refit:
    """One perturbation's outcome against the first fit."""

    kept: float  # share of topic comments whose topic kept its id and label
    kept_id: float  # ... whose topic kept its id (the label may have changed)
    topics_before: int
    topics_after: int
    relabelled: list[tuple[str, str]]  # (old label, new label) of continued topics whose label changed


def members(topics: Sequence[int], ids: Sequence[int]) -> dict[int, frozenset[int]]:
    """Topic → the ids of its comments (``ids[i]`` is comment i's), unassigned comments left out."""
    grouped: dict[int, set[int]] = {}
    for doc, topic in zip(ids, topics, strict=True):
        if topic >= 0:
            grouped.setdefault(topic, set()).add(doc)
    return {t: frozenset(m) for t, m in grouped.items()}


def _keywords(fit: TopicFit, topic: int) -> list[str]:
    return [str(w) for w, _ in fit.model.get_topic(topic) or []]


def previous_topics(fit: TopicFit, ids: Sequence[int]) -> list[OldTopic]:
    """`fit`'s topics as a refit sees the previous version's (members by comment id)."""
    return [OldTopic(id=t, members=m, keywords=_keywords(fit, t)) for t, m in sorted(members(fit.topics, ids).items())]


def compare(before: TopicFit, before_ids: Sequence[int], after: TopicFit, after_ids: Sequence[int]) -> Refit:
    """Match `after`'s topics to `before`'s as the service's refit does and score what was kept.
    ``*_ids`` name each fit's comments (one per comment, in fit order), so the two fits may cover
    different comments."""
    old_members, new_members = members(before.topics, before_ids), members(after.topics, after_ids)
    old = previous_topics(before, before_ids)
    new = [NewTopic(index=t, members=m, keywords=_keywords(after, t)) for t, m in sorted(new_members.items())]
    lineage = match(old, new, frozenset(after_ids))
    total = sum(len(m) for m in old_members.values())
    kept = kept_id = 0
    relabelled: list[tuple[str, str]] = []
    for new_index, old_id in lineage.continues.items():
        size = len(old_members[old_id])
        kept_id += size
        if before.labels[old_id] == after.labels[new_index]:
            kept += size
        else:
            relabelled.append((before.labels[old_id], after.labels[new_index]))
    return Refit(kept=kept / total if total else 0.0, kept_id=kept_id / total if total else 0.0,
                 topics_before=len(old_members), topics_after=len(new_members), relabelled=relabelled)


def evaluate_stability(texts: Sequence[str], tokenizer: TokenizerLike, *, seed: int = 42,
                       keep_labels: bool = True) -> dict[str, Any]:
    """Fit `texts` less a random tenth, then refit those comments with another seed and refit them
    with the tenth added back (10 % more comments, as a survey that kept collecting). The refits
    start from the first fit's topics and settle their labels against its labels as the service
    does (``keep_labels=False``: fresh refits, to see what that step is worth)."""
    docs = list(texts)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(docs))
    base_ids = sorted(order[: round(len(docs) / (1 + EXTRA_SHARE))].tolist())
    all_ids = list(range(len(docs)))
    base_docs = [docs[i] for i in base_ids]
    first = fit_topics(base_docs, tokenizer, seed=seed)
    old = previous_topics(first, base_ids)
    reseeded = fit_topics(base_docs, tokenizer, seed=seed + 1,
                          continuity=LabelContinuity(old, first.labels, base_ids) if keep_labels else None)
    grown = fit_topics(docs, tokenizer, seed=seed,
                       continuity=LabelContinuity(old, first.labels, all_ids) if keep_labels else None)
    by_seed = compare(first, base_ids, reseeded, base_ids)
    by_growth = compare(first, base_ids, grown, all_ids)
    return {
        "stability": min(by_seed.kept, by_growth.kept),
        "reseed_kept": by_seed.kept,
        "reseed_kept_id": by_seed.kept_id,
        "grow_kept": by_growth.kept,
        "grow_kept_id": by_growth.kept_id,
        "topics": first.n_topics,
        "reseed_topics": reseeded.n_topics,
        "grow_topics": grown.n_topics,
        "comments": len(base_docs),
        "grown_comments": len(docs),
        "seconds": first.seconds + reseeded.seconds + grown.seconds,
        "relabelled": by_seed.relabelled + by_growth.relabelled,
    }
