"""Precision and recall of the churn-intent detector on labelled comments (backs ``voc eval churn``)."""

from __future__ import annotations

import csv
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.churn import ChurnSignal, detect
from analysis.text.normalize import normalize

LABELS = Path(__file__).parent / "data" / "churn_labels.csv"


def read_labelled(path: Path = LABELS, split: str | None = None) -> tuple[list[str], list[ChurnSignal]]:
    """Comments and their labels (none / conditional / stated), of one split or all."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if split in (None, row.get("split"))]
    return [row["review"] for row in rows], [ChurnSignal(row["label"]) for row in rows]


def evaluate(texts: Sequence[str], labels: Sequence[ChurnSignal], runs: int = 5) -> dict[str, Any]:
    """The boolean `churnIntent` (STATED) against the labels' STATED; the strengths counted both ways.

    Throughput is of `detect` alone on normalised text, one core, the median of `runs` passes over
    the comments (normalisation is shared with the rest of the analysis and not counted)."""
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    normalized = [normalize(t) for t in texts]
    predicted = [detect(n) for n in normalized]
    gold = [y is ChurnSignal.STATED for y in labels]
    said = [p is ChurnSignal.STATED for p in predicted]
    tp = sum(1 for p, y in zip(said, gold, strict=True) if p and y)
    fp = sum(1 for p, y in zip(said, gold, strict=True) if p and not y)
    fn = sum(1 for p, y in zip(said, gold, strict=True) if y and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(gold), "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "tp": tp, "fp": fp, "fn": fn,
        "labelled": {s.value: c for s, c in sorted(Counter(labels).items())},
        "predicted": {s.value: c for s, c in sorted(Counter(predicted).items())},
        "conditional_agreement": sum(1 for p, y in zip(predicted, labels, strict=True)
                                     if p is y is ChurnSignal.CONDITIONAL),
        "per_second": throughput(normalized, runs),
    }


def throughput(normalized: Sequence[str], runs: int = 5) -> float:
    """Comments per second of `detect` over normalised comments: the median of `runs` passes."""
    seconds = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        for text in normalized:
            detect(text)
        seconds.append(time.perf_counter() - start)
    elapsed = statistics.median(seconds)
    return round(len(normalized) / elapsed, 1) if elapsed > 0 else 0.0
