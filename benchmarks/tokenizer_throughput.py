#!/usr/bin/env python3
"""Throughput of the batch tokenizer against plain ``jieba.lcut`` on the same texts.

Usage: python benchmarks/tokenizer_throughput.py [CSV] [--limit N] [--rounds R] [--workers W]

Reads the ``review`` column of ../shared/data/online_shopping_5cats_dev.csv when present, else
the small test fixture. Every round segments the same normalised texts three ways, with the same
jieba dictionary (the product dictionary included):

- ``jieba.lcut`` text by text (the baseline);
- ``Tokenizer.segment`` text by text, in this process (single core);
- ``Tokenizer.segment_many`` on the whole batch: this process plus ``workers - 1`` helper
  processes started for the batch (their start-up is inside the timing).

Both of ours start with empty caches in every round, and their outputs are checked to be
identical to jieba's. Ratios are jieba's wall time over ours, per round; CPU seconds (helpers
included) are printed beside them because on a shared machine wall time follows the neighbours.
With several rounds the summary gives medians. The last line of output is one JSON object.
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
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(ROOT_DIR)

from analysis.text.normalize import normalize
from analysis.text.pool import workers_for
from analysis.text.tokenize import Tokenizer
from core.settings import Settings

DEFAULT = ROOT.parent / "shared" / "data" / "online_shopping_5cats_dev.csv"
FIXTURE = ROOT / "tests" / "fixtures" / "analysis" / "reviews.csv"


def read_texts(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        texts = [row["review"] for row in csv.DictReader(fh) if row.get("review")]
    return texts[:limit] if limit else texts


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(fn: Callable[[], list[list[str]]]) -> tuple[list[list[str]], float, float]:
    wall, cpu = time.perf_counter(), _cpu()
    out = fn()
    return out, time.perf_counter() - wall, _cpu() - cpu


def one_round(tok: Tokenizer, texts: list[str], workers: int) -> dict[str, float | bool]:
    jb = tok.jieba_tokenizer()
    plain, t_plain, c_plain = timed(lambda: [jb.lcut(t) for t in texts])

    tok.clear_caches()
    single, t_single, c_single = timed(lambda: [tok.segment(t) for t in texts])

    tok.clear_caches()
    tok.workers, tok.pool_min = workers, 1
    pooled, t_pooled, c_pooled = timed(lambda: tok.segment_many(texts))

    n = len(texts)
    return {
        "jieba_lcut_texts_per_s": round(n / t_plain),
        "segment_texts_per_s": round(n / t_single),
        "segment_many_texts_per_s": round(n / t_pooled),
        "ratio_single": round(t_plain / t_single, 2),
        "ratio_pooled": round(t_plain / t_pooled, 2),
        "cpu_s_jieba": round(c_plain, 2),
        "cpu_s_single": round(c_single, 2),
        "cpu_s_pooled": round(c_pooled, 2),
        "identical": plain == single == pooled,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--workers", type=int, default=max(2, workers_for(Settings().tokenize_workers)),
                    help="processes for segment_many")
    args = ap.parse_args()
    path = args.csv or (DEFAULT if DEFAULT.exists() else FIXTURE)
    texts = [normalize(t) for t in read_texts(path, args.limit)]

    tok = Tokenizer()
    tok.jieba_tokenizer().lcut("预热")  # build the prefix dictionary outside the timings
    print(f"texts: {len(texts)} from {path}; segment_many on {args.workers} processes")
    rounds = []
    for i in range(args.rounds):
        r = one_round(tok, texts, args.workers)
        rounds.append(r)
        print(
            f"round {i + 1}: jieba.lcut {r['jieba_lcut_texts_per_s']}/s (CPU {r['cpu_s_jieba']} s) | "
            f"segment {r['segment_texts_per_s']}/s {r['ratio_single']}x (CPU {r['cpu_s_single']} s) | "
            f"segment_many {r['segment_many_texts_per_s']}/s {r['ratio_pooled']}x (CPU {r['cpu_s_pooled']} s) | "
            f"identical={r['identical']}"
        )

    tok.workers = 1
    t0 = time.perf_counter()
    tok.tokens_many(texts)  # full pipeline (normalise + segment + filter), warm caches, in-process
    t_tokens = time.perf_counter() - t0

    identical = all(r["identical"] for r in rounds)
    result = {
        "file": str(path),
        "texts": len(texts),
        "workers": args.workers,
        "load_average": os.getloadavg()[0],
        "rounds": rounds,
        "median_ratio_single": statistics.median(float(r["ratio_single"]) for r in rounds),
        "median_ratio_pooled": statistics.median(float(r["ratio_pooled"]) for r in rounds),
        "tokens_many_warm_texts_per_s": round(len(texts) / t_tokens),
        "identical_segmentation": identical,
    }
    print(
        f"median ratio over {len(rounds)} round(s): segment {result['median_ratio_single']}x, "
        f"segment_many {result['median_ratio_pooled']}x; identical={identical}"
    )
    print(f"tokens_many (warm, in-process): {result['tokens_many_warm_texts_per_s']} texts/s")
    print(json.dumps(result, ensure_ascii=False))
    if not identical:
        sys.exit(1)


if __name__ == "__main__":
    main()
