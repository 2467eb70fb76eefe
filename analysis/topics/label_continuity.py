"""A refit keeps the labels people have learned, while they still say what the topic is about.

A product manager reads "配送慢" on Monday and expects it on Tuesday: a refit that renames a topic
it continues (`analysis.topic_identity`) to "时间 · 送到" because a sibling phrase now scores a
little higher makes every chart, action and bookmark read differently for no reason. So the labeller
proposes, and this step settles: a topic that continues a previous one keeps that one's label
when, measured on the new topic's own comments (`label_quality.topic_label_figures`),

- the old label still covers at least KEEP_SHARE (half) as many of its comments as the proposed one,
- its words are still at least MIN_LIFT (twice) as frequent inside the topic as outside, and
- no other topic of the new fit is labelled the same (labels stay unique).

Otherwise the proposed label wins: a topic that changed is renamed. A product manager's own name
(`Topic.custom_label`) is never touched by a refit either way.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from analysis.topic_identity import NewTopic, OldTopic, match
from analysis.topics.label_quality import label_content_words, topic_label_figures
from analysis.topics.labeller import LabelInput, LabelTerm, TopicLabel

KEEP_SHARE = 0.5
MIN_LIFT = 2.0


class LabelContinuity:
    """The previous version's live topics (members as comment ids), their labels, and the ids of
    the comments being fitted (one per text, in fit order)."""

    def __init__(self, previous: Sequence[OldTopic], labels: dict[int, str], ids: Sequence[int]) -> None:
        self.previous, self.labels, self.ids = list(previous), labels, list(ids)

    def continued(self, topics: np.ndarray, keywords: dict[int, list[str]]) -> dict[int, int]:
        """New topic index → the previous topic it continues, as activation will decide it."""
        members: dict[int, set[int]] = {}
        for comment_id, topic in zip(self.ids, topics.tolist(), strict=True):
            if topic >= 0:
                members.setdefault(topic, set()).add(comment_id)
        new = [NewTopic(index=t, members=frozenset(m), keywords=keywords.get(t, []))
               for t, m in sorted(members.items())]
        return match(self.previous, new, frozenset(self.ids)).continues

    def settle(self, data: LabelInput, named: dict[int, TopicLabel]) -> dict[int, TopicLabel]:
        """``named`` with each continued topic's previous label kept where it still fits."""
        preferred = {t: self.labels[old] for t, old in self.continued(data.topics, data.keywords).items()
                     if old in self.labels and t in named and self.labels[old] != named[t].label}
        if not preferred:
            return named
        doc_tokens = [data.tokens(text) for text in data.texts]
        proposed = topic_label_figures(doc_tokens, data.topics, {t: named[t].label for t in preferred}, data.tokens)
        kept = topic_label_figures(doc_tokens, data.topics, preferred, data.tokens)
        settled = dict(named)
        taken = {found.label for t, found in named.items() if t not in preferred}
        # Largest topics first: they are the ones people know by name.
        for t in sorted(preferred, key=lambda t: -kept.get(t, (0, 0.0, 0.0))[0]):
            label = preferred[t]
            _, coverage, lift = kept.get(t, (0, 0.0, 0.0))
            _, new_coverage, _ = proposed.get(t, (0, 0.0, 0.0))
            if label in taken or coverage < KEEP_SHARE * new_coverage or lift < MIN_LIFT:
                taken.add(named[t].label)
                continue
            taken.add(label)
            settled[t] = TopicLabel(label, _terms(label, named[t], doc_tokens, data, t))
        return settled


def _terms(label: str, proposed: TopicLabel, doc_tokens: list[list[str]], data: LabelInput,
           topic: int) -> tuple[LabelTerm, ...]:
    """Why the kept label reads as it does: its words' figures in this topic, then the labeller's
    candidates (none of them in the label now)."""
    own = []
    for word in label_content_words(label, data.tokens):
        figures = topic_label_figures(doc_tokens, data.topics, {topic: word}, data.tokens).get(topic)
        if figures is not None:
            own.append(LabelTerm(word, round(figures[1], 4), round(figures[2], 4), True))
    return tuple(own) + tuple(LabelTerm(term.term, term.coverage, term.lift, False) for term in proposed.terms)
