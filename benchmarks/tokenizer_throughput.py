#!/usr/bin/env python3
"""Throughput of the batch tokenizer against plain ``jieba.lcut`` on the same texts.

Usage: python benchmarks/tokenizer_throughput.py [CSV] [--limit N]

Reads the ``review`` column of ../shared/data/online_shopping_5cats_dev.csv when present, else
the small test fixture. Both sides segment the same normalised texts with the same jieba
dictionary (the product dictionary included); the segmentation outputs are checked to be
identical. The fast side starts with an empty block cache, so it is not timed on warm data. The
last line of output is one JSON object for machines.
"""

from __future__ import annotations

import os
import sys

# Running a script puts benchmarks/ first on sys.path: use the repository root instead, so the
# project's packages import from this checkout.
ROOT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[0] = ROOT_DIR

import argparse
import csv
import json
import time
from pathlib import Path

ROOT = Path(ROOT_DIR)

from analysis.text.normalize import normalize
from analysis.text.tokenize import Tokenizer

DEFAULT = ROOT.parent / "shared" / "data" / "online_shopping_5cats_dev.csv"
FIXTURE = ROOT / "tests" / "fixtures" / "analysis" / "reviews.csv"


def read_texts(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        texts = [row["review"] for row in csv.DictReader(fh) if row.get("review")]
    return texts[:limit] if limit else texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FIXTURE)
    texts = [normalize(t) for t in read_texts(path, args.limit)]

    tok = Tokenizer()
    jb = tok.jieba_tokenizer()
    jb.lcut("预热")  # build the prefix dictionary outside the timings

    t0 = time.perf_counter()
    plain = [jb.lcut(t) for t in texts]
    t_plain = time.perf_counter() - t0

    t0 = time.perf_counter()
    fast = [tok.segment(t) for t in texts]
    t_fast = time.perf_counter() - t0

    t0 = time.perf_counter()
    tok.tokens_many(texts)  # full pipeline (normalise + segment + filter), warm block cache
    t_tokens = time.perf_counter() - t0

    identical = plain == fast
    n = len(texts)
    result = {
        "file": str(path),
        "texts": n,
        "jieba_lcut_texts_per_s": round(n / t_plain),
        "segment_texts_per_s": round(n / t_fast),
        "ratio": round(t_plain / t_fast, 2),
        "tokens_many_warm_texts_per_s": round(n / t_tokens),
        "identical_segmentation": identical,
    }
    print(f"texts: {n} from {path}")
    print(f"jieba.lcut:          {result['jieba_lcut_texts_per_s']:>8} texts/s")
    print(f"Tokenizer.segment:   {result['segment_texts_per_s']:>8} texts/s (cold block cache)")
    print(f"ratio:               {result['ratio']:>8}x  identical={identical}")
    print(f"tokens_many (warm):  {result['tokens_many_warm_texts_per_s']:>8} texts/s")
    print(json.dumps(result, ensure_ascii=False))
    if not identical:
        sys.exit(1)


if __name__ == "__main__":
    main()
