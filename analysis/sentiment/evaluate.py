"""Accuracy of the sentiment model on labelled comments (backs ``voc eval sentiment``)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TypedDict

from analysis.sentiment.model import SentimentModel, get_model


class Evaluation(TypedDict):
    n: int
    accuracy: float
    f1: float  # of the positive class
    per_second: float  # comments scored per second (one process, numpy)


def evaluate(texts: Sequence[str], labels: Sequence[int], model: SentimentModel | None = None) -> Evaluation:
    """Score ``texts`` and compare with ``labels`` (1 positive, 0 negative; score > 0 is positive)."""
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    m = model or get_model()
    start = time.perf_counter()
    scores = m.score_many(texts)
    elapsed = time.perf_counter() - start
    predicted = [1 if s > 0 else 0 for s in scores]
    gold = [1 if int(y) == 1 else 0 for y in labels]
    tp = sum(1 for p, y in zip(predicted, gold, strict=True) if p == 1 and y == 1)
    fp = sum(1 for p, y in zip(predicted, gold, strict=True) if p == 1 and y == 0)
    fn = sum(1 for p, y in zip(predicted, gold, strict=True) if p == 0 and y == 1)
    correct = sum(1 for p, y in zip(predicted, gold, strict=True) if p == y)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {
        "n": len(gold),
        "accuracy": correct / len(gold) if gold else 0.0,
        "f1": f1,
        "per_second": len(gold) / elapsed if elapsed > 0 else 0.0,
    }
