#!/usr/bin/env python3
"""Wall time and peak memory of the production topic fit.

Usage: python3 benchmarks/topic_fit.py [--csv F] [--text-col C] [--resample N] [--only fit|memory]
       [--stored-sentiment]

Two runs, each in its own process so that peak RSS belongs to that run alone:
- ``fit``: the whole CSV (default: the 36k-review online_shopping_5cats_dev.csv), end to end
  (tokenise, embed, cluster, assign, label). Budget: 60 s.
- ``memory``: N comments (default 100,000) resampled with replacement from the same CSV.
  Budget: 2 GiB peak RSS.

Times include the process start-up only as "startup_s" (imports, jieba dictionary), not in
"fit_s". "cpu_s" is CPU seconds per step (the fit process plus the tokenizer's helper
processes): on a shared machine it moves far less than wall time. "peak_rss_mb" is the fit
process alone (a tokenizer helper, alive only while the corpus is tokenised, holds a jieba
dictionary and its caches; the kernel's figure for children is useless here, as it counts the
parent's pages at the moment of the helper's exec).
"--stored-sentiment" scores the comments with the shipped sentiment model before the timed fit and
passes the scores to it, as the service passes the stored ones (the labeller's tone); without it the
labeller scores its sample of each topic itself, inside the "label" step.
UMAP's compiled code is cached under VOC_DATA_DIR/numba-cache (see analysis.topics.reduce): the
first fit on a machine compiles it; "--cold-numba" points the cache at an empty folder to measure
that first fit. The last line of output is one JSON object for machines.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Running a script puts its folder first on sys.path: use the repository root instead, so the
# project's packages import from this checkout.
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from typing import Any

DEFAULT_CSV = Path("/work/shared/data/online_shopping_5cats_dev.csv")
FIT_BUDGET_S = 60.0
MEMORY_BUDGET_MB = 2048.0


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _child(csv_path: str, text_col: str, resample: int, stored_sentiment: bool = False) -> None:
    started = time.perf_counter()
    import numpy as np
    import pandas as pd

    from analysis.text.tokenize import get_tokenizer
    from analysis.topics import fit_topics
    from analysis.topics.reduce import umap_cache_dir
    from core.settings import Settings

    texts = [str(t) for t in pd.read_csv(csv_path)[text_col].dropna()]
    if resample:
        rng = np.random.default_rng(0)
        texts = [texts[i] for i in rng.integers(0, len(texts), resample)]
    tokenizer = get_tokenizer()
    tokenizer.tokens("预热")  # load the jieba dictionary outside the timed fit
    umap_cache_dir(Settings().data_dir)  # as the service's fits do
    sentiments = None
    if stored_sentiment:
        from analysis.sentiment import get_model

        sentiments = get_model().score_many(texts)
    startup = time.perf_counter() - started
    cpu_before = _cpu()
    fit = fit_topics(texts, tokenizer, sentiments=sentiments) if stored_sentiment else fit_topics(texts, tokenizer)
    fit_cpu = _cpu() - cpu_before
    # ru_maxrss is in KiB on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "docs": len(texts),
                "startup_s": round(startup, 1),
                "fit_s": round(fit.seconds, 1),
                "steps_s": {k: round(v, 1) for k, v in fit.timings.items()},
                "fit_cpu_s": round(fit_cpu, 1),
                # getattr: the same script measures trees from before per-step CPU existed.
                "cpu_s": {k: round(v, 1) for k, v in getattr(fit, "cpu_timings", {}).items()},
                "topics": fit.n_topics,
                "outlier_share": round(fit.outlier_share, 4),
                "largest_share": round(fit.largest_share, 4),
                "peak_rss_mb": round(peak_mb, 1),
                "labels": list(fit.labels.values())[:12],
            },
            ensure_ascii=False,
        )
    )


def _run(csv_path: str, text_col: str, resample: int, cold_numba: bool,
         stored_sentiment: bool = False) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="numba-cold-") as empty:
        env = dict(os.environ, NUMBA_CACHE_DIR=empty) if cold_numba else None
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--csv", csv_path, "--text-col", text_col,
             "--resample", str(resample), *(["--stored-sentiment"] if stored_sentiment else [])],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--text-col", default="review")
    ap.add_argument("--resample", type=int, default=100_000)
    ap.add_argument("--only", choices=["fit", "memory"])
    ap.add_argument("--cold-numba", action="store_true", help="start with an empty numba cache")
    ap.add_argument("--stored-sentiment", action="store_true",
                    help="pass the comments' sentiment to the fit, as the service does (scored before timing)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.csv, args.text_col, args.resample, args.stored_sentiment)
        return 0

    report: dict[str, Any] = {}
    ok = True
    if args.only in (None, "fit"):
        fit = _run(args.csv, args.text_col, 0, args.cold_numba, args.stored_sentiment)
        fit["within_budget"] = fit["fit_s"] <= FIT_BUDGET_S
        ok &= fit["within_budget"]
        print(
            f"fit {fit['docs']} comments: {fit['fit_s']} s (budget {FIT_BUDGET_S:.0f} s; CPU {fit['fit_cpu_s']} s), "
            f"peak RSS {fit['peak_rss_mb']} MB, {fit['topics']} topics, "
            f"{fit['outlier_share']:.1%} unassigned, largest {fit['largest_share']:.1%}"
        )
        print(f"  steps: {fit['steps_s']}, CPU s: {fit['cpu_s']}")
        report["fit"] = fit
    if args.only in (None, "memory"):
        mem = _run(args.csv, args.text_col, args.resample, args.cold_numba, args.stored_sentiment)
        mem["within_budget"] = mem["peak_rss_mb"] <= MEMORY_BUDGET_MB
        ok &= mem["within_budget"]
        print(
            f"memory {mem['docs']} comments: peak RSS {mem['peak_rss_mb']} MB "
            f"(budget {MEMORY_BUDGET_MB:.0f} MB), fit {mem['fit_s']} s"
        )
        report["memory"] = mem
    print(json.dumps(report, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
