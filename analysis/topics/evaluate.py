"""Score the production topic pipeline against known categories (``voc eval topics``).

Outliers (comments left without a topic) count as one more cluster, label -1: an unassigned
comment is information lost, and scoring only the assigned ones would reward leaving hard
comments out.

Baselines, fitted in the same run on the same jieba tokens and with the same number of topics:
LDA (scikit-learn, on word counts) and k-means on the default embedder's vectors.

Labels: ``label_coverage`` and ``label_lift`` (defined in ``analysis.topics.label_quality``) of the
fit's labels, and of the former labels (the two best c-TF-IDF words, ``KeywordLabeller``) on the
same topics as ``keyword_label_coverage`` / ``keyword_label_lift``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.metrics import (
    completeness_score,
    homogeneity_score,
    normalized_mutual_info_score,
)
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from analysis.topics.analyzer import JiebaAnalyzer, TokenizerLike
from analysis.topics.embedder import CorpusEmbedder
from analysis.topics.label_quality import label_figures
from analysis.topics.labeller import KeywordLabeller, LabelInput
from analysis.topics.pipeline import fit_topics


def _lda_labels(docs: Sequence[str], analyzer: JiebaAnalyzer, k: int, seed: int) -> np.ndarray:
    counts = CountVectorizer(analyzer=analyzer, min_df=2, max_df=0.5, max_features=20_000).fit_transform(docs)
    lda = LatentDirichletAllocation(
        n_components=k,
        learning_method="online",
        batch_size=2048,
        max_iter=5,
        random_state=seed,
        n_jobs=1,
    )
    return np.asarray(lda.fit_transform(counts).argmax(axis=1))


def evaluate_topics(
    texts: Sequence[str],
    labels: Sequence[Any],
    tokenizer: TokenizerLike | None = None,
    *,
    seed: int = 42,
    baselines: bool = True,
) -> dict[str, Any]:
    """NMI etc. of the production pipeline, plus LDA and k-means NMI with as many topics, and the
    label figures of its labels and of the former keyword labels (``labels``: topic → label)."""
    if len(texts) != len(labels):
        raise ValueError("texts and labels differ in length")
    if tokenizer is None:
        from analysis.text.tokenize import get_tokenizer

        tokenizer = get_tokenizer()
    docs = [t if isinstance(t, str) else "" for t in texts]
    truth = np.asarray([str(x) for x in labels])
    fit = fit_topics(docs, tokenizer, seed=seed)
    pred = np.asarray(fit.topics)
    k = max(fit.n_topics, 2)
    result: dict[str, Any] = {
        "assignment": fit.topics,
        "nmi": float(normalized_mutual_info_score(truth, pred)),
        "homogeneity": float(homogeneity_score(truth, pred)),
        "completeness": float(completeness_score(truth, pred)),
        "outlier_share": fit.outlier_share,
        "largest_share": fit.largest_share,
        "topics": fit.n_topics,
        "seconds": fit.seconds,
    }
    analyzer = JiebaAnalyzer(tokenizer)
    with analyzer.remembering(docs):
        doc_tokens = [analyzer(d) for d in docs]
        result.update(label_figures(doc_tokens, fit.topics, fit.labels, tokenizer.tokens))
        result["labels"] = {t: label for t, label in sorted(fit.labels.items()) if t >= 0}
        keywords = {t: [w for w, _ in fit.model.get_topic(t) or []] for t in fit.labels}
        former = KeywordLabeller().label_topics(LabelInput(docs, pred, analyzer, keywords))
        old = label_figures(doc_tokens, fit.topics, {t: f.label for t, f in former.items()}, tokenizer.tokens)
        result["keyword_label_coverage"], result["keyword_label_lift"] = old["label_coverage"], old["label_lift"]
        result["keyword_labels"] = {t: f.label for t, f in sorted(former.items()) if t >= 0}
    if baselines:
        with analyzer.remembering(docs), threadpool_limits(limits=1):
            lda = _lda_labels(docs, analyzer, k, seed)
            # The production embedder's vectors: fitted anew only if a custom one was used.
            emb = fit.model.embedding_model
            x = fit.embeddings if isinstance(emb, CorpusEmbedder) else CorpusEmbedder(analyzer).fit_embed(docs)
            km = KMeans(n_clusters=k, n_init=3, random_state=seed).fit_predict(x)
        result["lda_nmi"] = float(normalized_mutual_info_score(truth, lda))
        result["kmeans_nmi"] = float(normalized_mutual_info_score(truth, km))
        result["lda_homogeneity"] = float(homogeneity_score(truth, lda))
        result["kmeans_homogeneity"] = float(homogeneity_score(truth, km))
    return result


def _categories(truth: Sequence[Any], topics: Sequence[int]) -> dict[int, list[str]]:
    members: dict[int, list[str]] = {}
    for category, topic in zip(truth, topics, strict=True):
        if topic >= 0:
            members.setdefault(topic, []).append(str(category))
    return members


def mixed_topics(truth: Sequence[Any], topics: Sequence[int], majority: float = 0.5) -> dict[int, float]:
    """Topic → the share its largest category holds, for the topics where that is under `majority`."""
    shares = {t: max(m.count(c) for c in set(m)) / len(m) for t, m in _categories(truth, topics).items()}
    return {t: share for t, share in shares.items() if share < majority}


def mixed_share(truth: Sequence[Any], topics: Sequence[int], majority: float = 0.5) -> float:
    """The share of topic comments (outliers left out) in topics whose largest category holds less
    than `majority` of them: topics that mix categories the way "喜欢 · 朋友" mixed books, shampoo
    and phones."""
    members = _categories(truth, topics)
    total = sum(len(m) for m in members.values())
    mixed = sum(len(members[t]) for t in mixed_topics(truth, topics, majority))
    return mixed / total if total else 0.0


def evaluate_small(texts: Sequence[str], labels: Sequence[Any], tokenizer: TokenizerLike, *,
                   sizes: Sequence[int] = (300, 1000, 3000), draws: int = 2) -> list[dict[str, Any]]:
    """What a small organisation gets: for each size, `draws` seeded random samples of the labelled
    comments, each fitted and scored as `evaluate_topics` does (homogeneity beside k-means' with as
    many topics) plus the share of comments in topics that mix categories (`mixed_share`) and the
    label figures (``analysis.topics.label_quality``)."""
    import random

    rows = []
    for size in sizes:
        for draw in range(1, draws + 1):
            picked = random.Random(draw).sample(range(len(texts)), min(size, len(texts)))
            docs, truth = [texts[i] for i in picked], [labels[i] for i in picked]
            result = evaluate_topics(docs, truth, tokenizer)
            rows.append({"size": len(picked), "draw": draw, "homogeneity": result["homogeneity"],
                         "kmeans_homogeneity": result["kmeans_homogeneity"], "nmi": result["nmi"],
                         "kmeans_nmi": result["kmeans_nmi"], "topics": result["topics"],
                         "mixed_share": mixed_share(truth, result["assignment"]),
                         # What the mixed topics are about: a service aspect (物流, 客服) spans
                         # products by nature, praise or filler ("喜欢 · 朋友") does not.
                         "mixed_labels": [result["labels"][t] for t in mixed_topics(truth, result["assignment"])],
                         "label_coverage": result["label_coverage"], "label_lift": result["label_lift"],
                         "labels": list(result["labels"].values())})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.topics.evaluate --csv F --text-col C --label-col L`` (one JSON line)."""
    import argparse
    import json

    import pandas as pd

    ap = argparse.ArgumentParser(description="Evaluate topics against known categories")
    ap.add_argument("--csv", required=True)
    ap.add_argument("--text-col", required=True)
    ap.add_argument("--label-col", required=True)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args(argv)
    frame = pd.read_csv(args.csv).dropna(subset=[args.text_col, args.label_col])
    result = evaluate_topics(frame[args.text_col].astype(str).tolist(), frame[args.label_col].tolist(), seed=args.seed)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.items() if k != "assignment"},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
