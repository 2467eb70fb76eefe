"""Self-training of the sentiment model on one organisation's own comments (no labels needed).

Why: a model trained on six review domains meets a seventh, the organisation's, where words
carry other weight (in book reviews 内容 and 故事 say a lot; in take-away reviews 小时 is a
complaint). Trained on five domains and measured on the sixth, the shipped recipe scores mean
0.889 and worst 0.792; after this adaptation on the sixth domain's unlabelled comments, 0.924
and 0.890 (``scripts/train_sentiment.py`` prints both tables; BENCHMARKS.md, Sentiment).

How: the linear part's weights w0 minimise C·Σ loss + ½‖w‖² over the training reviews. Those
reviews are not shipped, but the objective's curvature at w0 is: the diagonal of its Hessian,
``linear.curvature`` (C·Σ weight·p(1−p)·x² per n-gram bucket, ~2 MB as float16). So a weight
that the training reviews pinned down moves little, and one they barely saw moves freely. Each
round takes the most confident ``share`` of each predicted side of the comments as pseudo-labels
and minimises

    C·ρ·Σ loss(pseudo-labels) + ½ Σ (h_j + 1)(w_j − w0_j)² + ½ h_b (b − b0)²

with ρ such that the pseudo-labelled comments together weigh as much as ``PSEUDO_DOMAINS``
training domains (``domain_weight`` in the model's metadata is one domain's). Four rounds, 30 → 90 %
of the comments: every held-out domain improved in every round. Only buckets the model knows
(idf > 0) can move; the lexicon part is kept as shipped. Last, the adapted logits are scaled to
be as sure, on average over the comments, as the shipped model's (``confidence_scale``).

The rounds also fit one weight per length class of comment (``features.length_classes``), under
½ ``LENGTH_CURVATURE`` v². The shipped model has none: its training reviews are weighted so that
length says nothing about the label, because domains disagree (book praise is long, take-away
complaints are). An organisation's comments have one relation, and their pseudo-labels show it:
with these weights books, the worst held-out domain before, goes from 0.872 to 0.909, the mean
from 0.919 to 0.924 (the others within ±0.6 points).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from numpy.typing import NDArray
from safetensors.numpy import load_file
from scipy.optimize import minimize  # type: ignore[import-untyped]
from scipy.special import expit  # type: ignore[import-untyped]

from analysis.sentiment.features import (
    LENGTH_CLASSES,
    BatchCounts,
    batch_counts,
    length_classes,
    prepare,
    tfidf_values,
)
from analysis.sentiment.model import SentimentModel

F64 = NDArray[np.float64]
SCHEDULE = (0.3, 0.5, 0.7, 0.9)
# Picked by the leave-one-domain-out table's mean (BENCHMARKS.md, Sentiment): 1 → 0.915, 4 → 0.918,
# 16 → 0.919 (worst domain 0.856 → 0.872), flat beyond; more weight lets the comments pull further
# from the training reviews' optimum.
PSEUDO_DOMAINS = 16.0
# Fewer comments are too few to learn from. On random samples of each held-out domain (BENCHMARKS.md,
# Sentiment) adaptation gains on average at every size from 100 comments, but at 100 and 200 a
# quarter to a third of the samples lose (up to 5 points); at 300, 7 % lose, by at most 2.7 points,
# and the mean gains 2.1.
MIN_COMMENTS = 300
# The length weights' only anchor (no training review informs them). Picked by the table's mean
# (BENCHMARKS.md, Sentiment): 1 → 0.898 (手机 collapsed to 0.798: pseudo-labels and length fed each
# other), 10 → 0.912, 30 → 0.920, 100 → 0.924, 300 → 0.922, 1000 → 0.920, 3000 → 0.919.
LENGTH_CURVATURE = 100.0
MAX_ITERATIONS = 500
# Stop a round when a step lowers the objective by less than this (relative): same table to the
# third decimal as scipy's default (2.2e-9), a third less time.
FTOL = 1e-6


class CannotAdapt(ValueError):
    """The model has no curvature, or there are too few comments."""


@dataclass(frozen=True)
class Adaptation:
    model: SentimentModel
    comments: int  # comments with text the rounds were fitted on
    seconds: float


def curvature(model: SentimentModel, prepared: Sequence[str], sample_weight: F64, *, c: float) -> tuple[F64, float]:
    """Data term of the training objective's Hessian diagonal at the model's weights (buckets,
    bias): what ``scripts/train_sentiment.py`` ships as ``linear.curvature``."""
    x = design(model, prepared)
    p = expit(model.linear_logits(prepared).astype(np.float64))
    s = np.asarray(sample_weight, dtype=np.float64) * p * (1.0 - p)
    return c * np.asarray(x.multiply(x).T @ s).ravel(), c * float(s.sum())


def design(model: SentimentModel, prepared: Sequence[str], bc: BatchCounts | None = None) -> sp.csr_matrix:
    """The model's own TF-IDF n-gram values of prepared texts, one row each (n-grams the model
    does not know, idf 0, left out)."""
    params = model.linear_params
    bc = bc or batch_counts(prepared, params.max_n, params.buckets, params.contrast)
    x = sp.csr_matrix((tfidf_values(bc, params), (bc.rows, bc.ids)), shape=(bc.n, params.buckets))
    x.eliminate_zeros()
    return x


def confident(logits: F64, share: float) -> NDArray[np.int64]:
    """Indices of the most confident ``share`` of each predicted side."""
    pos, neg = np.flatnonzero(logits > 0), np.flatnonzero(logits <= 0)
    return np.concatenate([
        pos[np.argsort(-logits[pos], kind="stable")[: int(len(pos) * share)]],
        neg[np.argsort(logits[neg], kind="stable")[: int(len(neg) * share)]],
    ])


def adapt(
    model: SentimentModel, texts: Sequence[str], *, version: str, schedule: Sequence[float] = SCHEDULE,
    min_comments: int = MIN_COMMENTS,
) -> Adaptation:
    """The model with its linear weights fitted to ``texts`` (raw or normalised comments)."""
    start = time.perf_counter()
    found = model.curvature
    if found is None or "domain_weight" not in model.meta or "c" not in model.meta:
        raise CannotAdapt(
            f"sentiment model {model.version} has no curvature; retrain it with scripts/train_sentiment.py")
    prepared = [t for t in (prepare(text) for text in texts) if t]
    if len(prepared) < min_comments:
        raise CannotAdapt(f"adapting sentiment needs at least {min_comments} comments; found {len(prepared)}")
    h_w, h_b = found
    c, domain_weight = float(model.meta["c"]), float(model.meta["domain_weight"])
    w0, b0 = (np.asarray(v, dtype=np.float64) for v in model.linear_weights)
    p = model.linear_params
    bc = batch_counts(prepared, p.max_n, p.buckets, p.contrast)
    offset = model.lexicon_logits(bc)
    x = design(model, prepared, bc)
    # Only buckets that occur in the comments feel the data term; every other weight stays at w0.
    cols = np.unique(x.indices)
    # One indicator column per length class after the n-grams the comments use.
    n = len(prepared)
    lengths = sp.csr_matrix((np.ones(n, dtype=np.float32), (np.arange(n), length_classes(prepared))),
                            shape=(n, LENGTH_CLASSES))
    # float32: the two sparse products per step are most of the time, and half the bytes to read.
    xs = sp.hstack([x[:, cols], lengths]).tocsr().astype(np.float32)
    hs = np.concatenate([h_w[cols].astype(np.float64) + 1.0,  # + 1: the L2 term
                         np.full(LENGTH_CLASSES, LENGTH_CURVATURE)])
    w0s = np.concatenate([w0[cols], model.length_weights.astype(np.float64)])
    w, b = w0s.copy(), float(b0)
    shipped_logits = xs @ w.astype(np.float32) + b + offset
    logits = shipped_logits
    for share in schedule:
        pick = confident(logits, share)
        w, b = _fit_round(xs[pick], offset[pick], (logits[pick] > 0).astype(np.float64),
                          c * PSEUDO_DOMAINS * domain_weight / len(pick), (w0s, float(b0)), (hs, h_b), (w, b))
        logits = xs @ w.astype(np.float32) + b + offset
    weight = w0.copy()
    weight[cols] = w[: len(cols)]
    scale = confidence_scale(shipped_logits, logits)
    adapted = model.with_arrays(
        {"linear.weight": weight.astype(np.float16), "linear.bias": np.array([b], dtype=np.float32),
         "linear.length_weight": w[len(cols):].astype(np.float32)},
        version=version, adapted_from=model.version, adapted_on=len(prepared),
        weight_linear=float(model.meta["weight_linear"]) * scale, confidence_scale=scale,
    )
    return Adaptation(adapted, len(prepared), time.perf_counter() - start)


def confidence_scale(shipped: F64, adapted: F64) -> float:
    """The factor that makes the adapted logits, on average over the organisation's comments, as far
    from 0 as the shipped model's on the same comments.

    Why: trained on its own most confident guesses, the model grows surer of every comment (on the
    held-out domains 86-90 % of the scores end beyond ±0.95, against 27-34 % before), and a score
    of ±0.99 on "味道不错，就是量挺少的" says nothing about strength, and pushes comments past the
    loop's sentiment threshold. Adaptation should change which way a comment leans, not how sure
    the model is overall. Measured on the six held-out domains, this label-free factor lands near
    the temperature that the labels would choose (BENCHMARKS.md, Sentiment); signs, and so
    accuracy, are unchanged."""
    spread = float(np.mean(np.abs(adapted)))
    return float(np.mean(np.abs(shipped))) / spread if spread > 0 else 1.0


def _fit_round(
    x: sp.csr_matrix, offset: F64, y: F64, row_weight: float, anchor: tuple[F64, float],
    hessian: tuple[F64, float], start: tuple[F64, float],
) -> tuple[F64, float]:
    (w0, b0), (h_w, h_b) = anchor, hessian
    # L-BFGS works on each weight's step from the anchor in units of its own curvature (at p = ½):
    # a length class counts thousands of comments, an n-gram a handful, and unscaled, that spread
    # cost it half again as many iterations.
    scale = 1.0 / np.sqrt(h_w + 0.25 * row_weight * np.asarray(x.multiply(x).sum(axis=0)).ravel())
    scale_b = 1.0 / np.sqrt(h_b + 0.25 * row_weight * x.shape[0])

    def objective(theta: F64) -> tuple[float, F64]:
        dw, db = scale * theta[:-1], scale_b * theta[-1]
        z = x @ (w0 + dw).astype(np.float32) + (b0 + db) + offset
        r = row_weight * (expit(z) - y)
        loss = row_weight * float(np.sum(np.logaddexp(0.0, z) - y * z))
        loss += 0.5 * float(np.sum(h_w * dw * dw)) + 0.5 * h_b * db * db
        grad_w = scale * (x.T @ r.astype(np.float32) + h_w * dw)
        return loss, np.concatenate([grad_w, [scale_b * (float(r.sum()) + h_b * db)]])

    theta0 = np.concatenate([(start[0] - w0) / scale, [(start[1] - b0) / scale_b]])
    theta = minimize(objective, theta0, jac=True, method="L-BFGS-B",
                     options={"maxiter": MAX_ITERATIONS, "ftol": FTOL}).x
    return w0 + scale * theta[:-1], float(b0 + scale_b * theta[-1])


# An adapted model differs from its base only in these; the rest is shared with the shipped model.
# (Models adapted before length weights existed have only the first two, and still load.)
OWN_ARRAYS = ("linear.weight", "linear.bias", "linear.length_weight")
REQUIRED_ARRAYS = OWN_ARRAYS[:2]


def save_adapted(model: SentimentModel, directory: Path) -> None:
    """Write an adapted model's own arrays (~2 MB) and its metadata."""
    model.save(directory, only=OWN_ARRAYS)


def load_adapted(base: SentimentModel, directory: Path) -> SentimentModel:
    """An adapted model written by ``save_adapted``, on the model it was adapted from."""
    meta: dict[str, Any] = json.loads((directory / "sentiment.json").read_text("utf-8"))
    if meta.get("adapted_from") != base.version:
        raise CannotAdapt(f"adapted from sentiment model {meta.get('adapted_from')!r}, not {base.version!r}")
    arrays = load_file(str(directory / "sentiment.safetensors"))
    if not set(REQUIRED_ARRAYS) <= set(arrays) <= set(OWN_ARRAYS):
        raise CannotAdapt(f"unexpected arrays in {directory}: {sorted(arrays)}")
    if "linear.length_weight" in arrays and arrays["linear.length_weight"].shape != (LENGTH_CLASSES,):
        raise CannotAdapt(f"length weights in {directory} have shape {arrays['linear.length_weight'].shape}")
    return base.with_arrays(arrays, **meta)
