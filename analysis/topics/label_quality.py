"""How well topic labels say what a topic's comments are about (``voc eval topics``).

Definitions (``label_figures``; N comments in all, topic t has n_t of them, outliers are "not t"):

- the content words W_t of a label are its jieba content words (the tokenizer's: no stop words,
  punctuation or bare numbers) that are neither generic praise ("不错", "满意") nor generic filler
  ("东西", "购买"), ``phrases.PRAISE | phrases.GENERIC``: "配送慢 · 包装破损" → {配送, 慢, 包装, 破损};
- a comment contains a word when the word is one of its content words (token match, not substring);
- coverage_t = the share of t's comments that contain at least one word of W_t;
- lift_t = max over w in W_t of P(w | t) / P(w | not t), with P(w | t) = df_t(w) / n_t and
  P(w | not t) = (df_not_t(w) + 1) / (N - n_t + 1) (add-one, so a word found only in t has a
  finite lift); 0 when W_t is empty;
- ``label_coverage`` = sum_t n_t coverage_t / sum_t n_t and ``label_lift`` = sum_t n_t lift_t /
  sum_t n_t, over the topics (t >= 0): size-weighted means, as a reader meets topics by size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from analysis.topics.labels import SEPARATOR
from analysis.topics.phrases import NOT_ASPECTS


def label_content_words(label: str, tokens: Callable[[str], list[str]]) -> list[str]:
    """W_t: the label's content words, praise and filler left out, in order."""
    words: list[str] = []
    for part in label.split(SEPARATOR):
        for word in tokens(part.strip()):
            if word not in NOT_ASPECTS and word not in words:
                words.append(word)
    return words


def topic_label_figures(doc_tokens: Sequence[Sequence[str]], topics: Sequence[int] | np.ndarray, labels: dict[int, str],
                        tokens: Callable[[str], list[str]]) -> dict[int, tuple[int, float, float]]:
    """Per topic t >= 0 of ``labels`` (topic → label): (n_t, coverage_t, lift_t) as the module
    docstring defines them, over comments given as their content words, each with its topic."""
    assigned = np.asarray(topics, dtype=np.int64)
    total = int(assigned.size)
    words_of = {t: label_content_words(label, tokens) for t, label in labels.items() if t >= 0}
    wanted = {w for words in words_of.values() for w in words}
    present = [set(doc) & wanted for doc in doc_tokens]
    df_all: Counter[str] = Counter(w for found in present for w in found)
    figures: dict[int, tuple[int, float, float]] = {}
    for t, words in words_of.items():
        members = np.flatnonzero(assigned == t)
        n_t = int(members.size)
        if n_t == 0:
            continue
        df_t: Counter[str] = Counter(w for i in members for w in present[i])
        covered = sum(1 for i in members if present[i] & set(words)) / n_t
        lift = max(((df_t[w] / n_t) / ((df_all[w] - df_t[w] + 1) / (total - n_t + 1)) for w in words),
                   default=0.0)
        figures[t] = (n_t, covered, lift)
    return figures


def label_figures(doc_tokens: Sequence[Sequence[str]], topics: Sequence[int] | np.ndarray, labels: dict[int, str],
                  tokens: Callable[[str], list[str]]) -> dict[str, float]:
    """``label_coverage`` and ``label_lift`` (module docstring) of ``labels`` (topic → label) over
    comments given as their content words, each with its topic (-1: none)."""
    figures = topic_label_figures(doc_tokens, topics, labels, tokens).values()
    weight = sum(n for n, _, _ in figures)
    return {"label_coverage": sum(n * c for n, c, _ in figures) / weight if weight else 0.0,
            "label_lift": sum(n * lift for n, _, lift in figures) / weight if weight else 0.0}
