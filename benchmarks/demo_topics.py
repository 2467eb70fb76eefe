#!/usr/bin/env python3
"""The topics a new user sees first: fit the demo organisation's 1,000 take-away reviews
(``api/demo/reviews.csv``, label 1 positive / 0 negative) and print each topic's id, size, share of
negative reviews, label and two examples, largest first.

Usage: PYTHONPATH=$PWD .venv/bin/python benchmarks/demo_topics.py [seed]   (default seed 42)
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from analysis.text.tokenize import get_tokenizer
from analysis.topics.pipeline import fit_topics

REVIEWS = Path(__file__).resolve().parent.parent / "api" / "demo" / "reviews.csv"


def main() -> None:
    with REVIEWS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["review"] for r in rows]
    fit = fit_topics(texts, get_tokenizer(), seed=int(sys.argv[1]) if len(sys.argv) > 1 else 42)
    for topic, size in Counter(fit.topics).most_common():
        members = [i for i, t in enumerate(fit.topics) if t == topic]
        negative = sum(rows[i]["label"] == "0" for i in members) / size
        examples = [texts[i][:30] for i in members[:2]]
        print(f"{topic:3d} {size:4d} neg={negative:.2f} {fit.labels.get(topic)!s:24s} {examples}")
    print(f"{fit.n_topics} topics in {fit.seconds:.1f} s")


if __name__ == "__main__":
    main()
