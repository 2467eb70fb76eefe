#!/usr/bin/env python3
"""Probe (not shipped): does self-training on a new domain's own, unlabelled comments carry the
sentiment model further than leave-one-domain-out training alone?

Usage: python scripts/probe_self_training.py [--domains 书籍,外卖,...] [--schedule 0.3,0.5,0.7]
                                            [--from-weights [--c 1.0] | --fisher]

For each held-out domain: train the linear model as ``train_sentiment.py --no-cnn`` does on the
other five, score the held-out comments, take the most confident ``share`` of each predicted side
as pseudo-labels (their true labels are only used to report accuracy), retrain with them as a
sixth domain, and repeat once per ``--schedule`` entry. Prints the accuracy after each round.

Product shape, if it is kept: the adaptation would run per organisation beside the topic fit,
on its own comments, starting from the shipped weights (the training reviews are not shipped).
``--from-weights`` measures that shape: each round fits a logistic regression on the pseudo-labelled
comments alone, over the model's own TF-IDF n-gram values plus the five-domain model's logit as one
more feature, so the n-gram weights learnt are corrections to the model (L2 keeps them small).
``--fisher`` stands in for the training reviews with a quadratic around the model's weights: the
training objective's diagonal Hessian (C x sum of weight x p(1 - p) x value^2 over the training
reviews, + 1 for the L2 term; one number per bucket, ~2 MB as float16), so a weight the training
reviews pinned down moves little and one they never saw moves freely; the pseudo-labelled comments
are then fitted as one more domain (their total weight that of one training domain).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from scipy.optimize import minimize  # type: ignore[import-untyped]
from scipy.special import expit  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_sentiment as trainer  # noqa: E402

from analysis.sentiment.features import batch_counts, tfidf_values  # noqa: E402
from analysis.sentiment.model import SentimentModel  # noqa: E402


def confident(logits: np.ndarray, share: float) -> np.ndarray:
    """Indices of the most confident ``share`` of each predicted side."""
    pos, neg = np.flatnonzero(logits > 0), np.flatnonzero(logits <= 0)
    return np.concatenate([
        pos[np.argsort(-logits[pos])[: int(len(pos) * share)]],
        neg[np.argsort(logits[neg])[: int(len(neg) * share)]],
    ])


def ngram_matrix(model: SentimentModel, texts: list[str]) -> sp.csr_matrix:
    """The model's own TF-IDF n-gram values of ``texts`` as a sparse matrix."""
    params = model.linear_params
    bc = batch_counts(texts, params.max_n, params.buckets)
    values = tfidf_values(bc, params)
    return sp.csr_matrix((values, (bc.rows, bc.ids)), shape=(bc.n, params.buckets))


def fisher_diagonal(model: SentimentModel, texts: list[str], labels: np.ndarray, domains: np.ndarray,
                    c: float) -> tuple[np.ndarray, float]:
    """Diagonal of the training objective's Hessian at the model's weights (buckets, bias)."""
    x = ngram_matrix(model, texts)
    p = expit(model.linear_logits(texts).astype(np.float64))
    lengths = np.array([len(t) for t in texts])
    s = trainer.length_balanced_weights(labels, domains, lengths) * p * (1.0 - p)
    return c * np.asarray(x.multiply(x).T @ s).ravel() + 1.0, c * float(s.sum())


def fisher_adapt(model: SentimentModel, x: sp.csr_matrix, offset: np.ndarray, pseudo: np.ndarray,
                 row_weight: float, hessian: tuple[np.ndarray, float], c: float) -> tuple[np.ndarray, float]:
    """Bucket weights and bias after fitting ``pseudo`` on rows ``x`` (+ ``offset``, the lexicon
    part) under the quadratic penalty."""
    w0 = model._lin_w.astype(np.float64)
    b0 = float(model._lin_b)
    h_w, h_b = hessian
    cols = np.unique(np.concatenate([x.indices, np.flatnonzero(h_w > 1.0 + 1e-9)]))
    xs = x[:, cols]
    hw, w0s = h_w[cols], w0[cols]
    y = pseudo.astype(np.float64)

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = xs @ w + b + offset
        loss = c * row_weight * float(np.sum(np.logaddexp(0.0, z) - y * z))
        r = c * row_weight * (expit(z) - y)
        dw, db = w - w0s, b - b0
        loss += 0.5 * float(np.sum(hw * dw * dw)) + 0.5 * h_b * db * db
        grad = np.concatenate([xs.T @ r + hw * dw, [float(r.sum()) + h_b * db]])
        return loss, grad

    theta0 = np.concatenate([w0s, [b0]])
    theta = minimize(objective, theta0, jac=True, method="L-BFGS-B", options={"maxiter": 500}).x
    w = w0.copy()
    w[cols] = theta[:-1]
    return w, float(theta[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--domains", default="", help="comma-separated held-out domains (default: all)")
    ap.add_argument("--schedule", default="0.3,0.5,0.7", help="pseudo-labelled share per round")
    ap.add_argument("--from-weights", action="store_true", help="adapt the model's logit, not retrain")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of --from-weights corrections")
    ap.add_argument("--fisher", action="store_true", help="adapt under the training reviews' quadratic penalty")
    args = ap.parse_args()
    settings = argparse.Namespace(c=10.0, norm_power=0.5, lexicon=True, train_cnn=False, weight_cnn=0.0, epochs=2)
    schedule = [float(s) for s in args.schedule.split(",")]
    corpus = trainer.load(args.data_dir)
    names = sorted(set(corpus.domains.tolist()))
    held_out = [d for d in names if not args.domains or d in args.domains.split(",")]
    rows = []
    print("held-out  before  " + "  ".join(f"share {s:.1f}" for s in schedule), flush=True)
    for domain in held_out:
        train_idx = np.flatnonzero(corpus.domains != domain)
        test_idx = np.flatnonzero(corpus.domains == domain)
        texts = [corpus.texts[i] for i in test_idx]
        truth = corpus.labels[test_idx]
        model = trainer.fit_and_export(corpus, train_idx, settings, Path("/tmp/voc_probe_a"), loo=True)
        logits = model.linear_logits(texts)
        accuracy = [float(((logits > 0) == truth).mean())]
        base = logits.copy()
        if args.fisher:
            src = [corpus.texts[i] for i in train_idx]
            hessian = fisher_diagonal(model, src, corpus.labels[train_idx], corpus.domains[train_idx], settings.c)
            x_target = ngram_matrix(model, texts)
            offset = base - (x_target @ model._lin_w.astype(np.float64) + float(model._lin_b))  # lexicon part
            per_domain = len(train_idx) / len(set(corpus.domains[train_idx].tolist()))
        features = sp.hstack([ngram_matrix(model, texts), sp.csr_matrix(base[:, None] / 4.0)]).tocsr()
        for share in schedule:
            pick = confident(logits, share)
            pseudo = (logits[pick] > 0).astype(np.int64)
            if args.fisher:
                row_weight = per_domain / len(pick)
                w, b = fisher_adapt(model, x_target[pick], offset[pick], pseudo, row_weight, hessian, settings.c)
                logits = x_target @ w + b + offset
                accuracy.append(float(((logits > 0) == truth).mean()))
                continue
            if args.from_weights:
                adapted = LogisticRegression(C=args.c, max_iter=1000).fit(features[pick], pseudo)
                logits = adapted.decision_function(features)
                accuracy.append(float(((logits > 0) == truth).mean()))
                continue
            widened = trainer.Corpus(
                corpus.texts + [texts[i] for i in pick],
                np.concatenate([corpus.labels, pseudo]),
                np.concatenate([corpus.domains, np.array(["pseudo"] * len(pick))]),
            )
            idx = np.concatenate([train_idx, len(corpus.texts) + np.arange(len(pick))])
            model = trainer.fit_and_export(widened, idx, settings, Path("/tmp/voc_probe_b"), loo=True)
            logits = model.linear_logits(texts)
            accuracy.append(float(((logits > 0) == truth).mean()))
        rows.append(accuracy)
        print(f"{domain:<8}  " + "  ".join(f"{a:.4f}" for a in accuracy), flush=True)
    table = np.asarray(rows)
    print("mean      " + "  ".join(f"{a:.4f}" for a in table.mean(axis=0)))
    print("min       " + "  ".join(f"{a:.4f}" for a in table.min(axis=0)))


if __name__ == "__main__":
    main()
