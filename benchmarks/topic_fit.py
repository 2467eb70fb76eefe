#!/usr/bin/env python3
"""Wall time and peak memory of the production topic fit.

Usage: python3 benchmarks/topic_fit.py [--csv F] [--text-col C] [--resample N] [--only fit|memory]

Two runs, each in its own process so that peak RSS belongs to that run alone:
- ``fit``: the whole CSV (default: the 36k-review online_shopping_5cats_dev.csv), end to end
  (tokenise, embed, cluster, assign, label). Budget: 60 s.
- ``memory``: N comments (default 100,000) resampled with replacement from the same CSV.
  Budget: 2 GiB peak RSS.

Times include the process start-up only as "startup_s" (imports, jieba dictionary), not in
"fit_s". The last line of output is one JSON object for machines.
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
import resource
import subprocess
import time
from typing import Any

DEFAULT_CSV = Path("/work/shared/data/online_shopping_5cats_dev.csv")
FIT_BUDGET_S = 60.0
MEMORY_BUDGET_MB = 2048.0


def _child(csv_path: str, text_col: str, resample: int) -> None:
    started = time.perf_counter()
    import numpy as np
    import pandas as pd

    from analysis.text.tokenize import get_tokenizer
    from analysis.topics import fit_topics

    texts = [str(t) for t in pd.read_csv(csv_path)[text_col].dropna()]
    if resample:
        rng = np.random.default_rng(0)
        texts = [texts[i] for i in rng.integers(0, len(texts), resample)]
    tokenizer = get_tokenizer()
    tokenizer.tokens("预热")  # load the jieba dictionary outside the timed fit
    startup = time.perf_counter() - started
    fit = fit_topics(texts, tokenizer)
    # ru_maxrss is in KiB on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "docs": len(texts),
                "startup_s": round(startup, 1),
                "fit_s": round(fit.seconds, 1),
                "steps_s": {k: round(v, 1) for k, v in fit.timings.items()},
                "topics": fit.n_topics,
                "outlier_share": round(fit.outlier_share, 4),
                "largest_share": round(fit.largest_share, 4),
                "peak_rss_mb": round(peak_mb, 1),
                "labels": list(fit.labels.values())[:12],
            },
            ensure_ascii=False,
        )
    )


def _run(csv_path: str, text_col: str, resample: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--csv", csv_path, "--text-col", text_col, "--resample", str(resample)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--text-col", default="review")
    ap.add_argument("--resample", type=int, default=100_000)
    ap.add_argument("--only", choices=["fit", "memory"])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.csv, args.text_col, args.resample)
        return 0

    report: dict[str, Any] = {}
    ok = True
    if args.only in (None, "fit"):
        fit = _run(args.csv, args.text_col, 0)
        fit["within_budget"] = fit["fit_s"] <= FIT_BUDGET_S
        ok &= fit["within_budget"]
        print(
            f"fit {fit['docs']} comments: {fit['fit_s']} s (budget {FIT_BUDGET_S:.0f} s), "
            f"peak RSS {fit['peak_rss_mb']} MB, {fit['topics']} topics, "
            f"{fit['outlier_share']:.1%} unassigned, largest {fit['largest_share']:.1%}"
        )
        print(f"  steps: {fit['steps_s']}")
        report["fit"] = fit
    if args.only in (None, "memory"):
        mem = _run(args.csv, args.text_col, args.resample)
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
