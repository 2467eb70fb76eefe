"""Sentiment of one comment in [-1, 1], inference in numpy only (no torch at run time).

The shipped model (``analysis/data/sentiment.safetensors`` + ``sentiment.json``, trained by
``scripts/train_sentiment.py``) adds the logits of up to two parts, weighted as in its metadata:

- linear: logistic regression over TF-IDF of hashed character 1-3-grams plus "negated" n-grams
  inside the scope of a negator (不/没/没有/别/...; see ``features.negated_spans``), the verdict
  clause around a contrast word (但是/可是/然而, 就是/只是) counted twice (``features.contrast_spans``,
  where the metadata's ``contrast`` is true), with rows
  scaled by a power of their norm (``features.LinearParams``), plus two lexicon features: the
  evidence of n-grams whose polarity agrees across all training domains
  (``features.lexicon_features``), and, in a model adapted to an organisation's comments only, a
  weight per length class (``features.length_classes``);
- CNN (optional): character + hashed character-bigram embeddings, convolutions of width 1-3,
  max-pooled over time. The training script picks its weight by leave-one-domain-out accuracy;
  where it does not help on unseen domains the weight is 0 and no CNN arrays are shipped.

score = tanh(logit / 2) = 2 * P(positive) - 1; blank text scores 0.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from safetensors.numpy import load_file, save_file

from analysis.sentiment.features import (
    LENGTH_CLASSES,
    BatchCounts,
    LinearParams,
    batch_counts,
    bigram_ids,
    char_ids,
    length_classes,
    lexicon_features,
    prepare,
    tfidf_values,
)

F32 = NDArray[np.float32]
_BATCH = 256


class SentimentModel:
    """Loaded model; use ``get_model()`` to share the shipped one per process.

    Its arrays and metadata are kept as loaded, so that ``with_arrays`` can derive an adapted
    model (``analysis.sentiment.adapt``) and ``save`` can write it in the shipped format.
    """

    _float: dict[str, F32]
    linear_params: LinearParams

    def __init__(self, weights: Path, meta: Path) -> None:
        self._load(load_file(str(weights)), json.loads(meta.read_text("utf-8")))

    @classmethod
    def from_arrays(
        cls, arrays: dict[str, NDArray[Any]], info: dict[str, Any], base: SentimentModel | None = None,
    ) -> SentimentModel:
        """A model from its arrays; those it shares with ``base`` (the same objects) share base's
        float32 copies too, so an adapted model costs only its own weights in memory."""
        model = cls.__new__(cls)
        model._load(arrays, info, base)
        return model

    def _load(self, arrays: dict[str, NDArray[Any]], info: dict[str, Any], base: SentimentModel | None = None) -> None:
        def shared(key: str) -> bool:
            return base is not None and key in base._arrays and arrays.get(key) is base._arrays[key]

        self._arrays, self.meta = arrays, info
        self.version: str = str(info["version"])
        self._vocab: dict[str, int] = {ch: i + 2 for i, ch in enumerate(info["chars"])}
        self._bigram_buckets = int(info["bigram_buckets"])
        self._ngram_n = int(info["ngram_n"])
        self._ngram_buckets = int(info["ngram_buckets"])
        self._kernels: list[int] = [int(k) for k in info["kernels"]]
        self._w_cnn = float(info["weight_cnn"])
        self._w_lin = float(info["weight_linear"])
        # float16 on disk to keep the committed file small; float32 for arithmetic. (The curvature
        # is only read when the model is adapted.)
        f = {k: base._float[k] if base is not None and shared(k) else v.astype(np.float32)
             for k, v in arrays.items() if "curvature" not in k}
        self._float = f
        # The CNN part is optional: a linear-only model ships no CNN arrays (weight_cnn 0).
        self._has_cnn = self._w_cnn != 0.0 and "cnn.out.weight" in f
        if self._has_cnn:
            self._char_emb = f["cnn.char_emb"]
            self._bigram_emb = f["cnn.bigram_emb"]
            # conv weight (C, E, k) → per tap k an (E, C) matrix, so a conv is k matmuls.
            self._conv = [
                ([f[f"cnn.conv{k}.weight"][:, :, j].T.copy() for j in range(k)], f[f"cnn.conv{k}.bias"])
                for k in self._kernels
            ]
            self._out_w = f["cnn.out.weight"].reshape(-1)
            self._out_b = float(f["cnn.out.bias"].reshape(-1)[0])
        self._lin_w = f["linear.weight"].reshape(-1)
        self._lin_b = float(f["linear.bias"].reshape(-1)[0])
        # Only an adapted model has length weights (features.length_classes): its own domain's
        # relation of length to sentiment, which the shipped model is trained not to have.
        self._len_w: F32 | None = f["linear.length_weight"].reshape(-1) if "linear.length_weight" in f else None
        # Optional parts (older files have neither): row scaling by a power of the norm, and the
        # lexicon, stored sparse (bucket ids + scores) with its two feature weights.
        lexicon: F32 | None = None
        self._lex_w: F32 | None = None
        if base is not None and shared("linear.lexicon_ids") and shared("linear.lexicon_scores"):
            lexicon, self._lex_w = base.linear_params.lexicon, base._lex_w
        elif "linear.lexicon_ids" in arrays:
            lexicon = np.zeros(self._ngram_buckets, dtype=np.float32)
            lexicon[arrays["linear.lexicon_ids"].astype(np.int64)] = f["linear.lexicon_scores"]
            self._lex_w = f["linear.lexicon_weight"].reshape(-1)
        self.linear_params = LinearParams(
            max_n=self._ngram_n,
            buckets=self._ngram_buckets,
            idf=f["linear.idf"].reshape(-1),
            norm_power=float(info.get("norm_power", 1.0)),
            norm_scale=float(info.get("norm_scale", 1.0)),
            lexicon=lexicon,
            contrast=bool(info.get("contrast", False)),
        )

    # -- public API ---------------------------------------------------------------------------

    @property
    def linear_weights(self) -> tuple[F32, float]:
        """The n-gram bucket weights and the bias of the linear part."""
        return self._lin_w, self._lin_b

    @property
    def length_weights(self) -> F32:
        """Weight of each length class (features.LENGTH_CLASSES); zeros unless adapted."""
        return self._len_w if self._len_w is not None else np.zeros(LENGTH_CLASSES, dtype=np.float32)

    @property
    def curvature(self) -> tuple[F32, float] | None:
        """Diagonal of the training objective's Hessian at the weights, data term only (buckets,
        bias), as ``analysis.sentiment.adapt`` needs it; None for a model trained without it."""
        if "linear.curvature" not in self._arrays:
            return None
        return (self._arrays["linear.curvature"].astype(np.float32),
                float(self._arrays["linear.bias_curvature"].reshape(-1)[0]))

    def with_arrays(self, arrays: dict[str, NDArray[Any]], **meta: Any) -> SentimentModel:
        """A copy with some arrays replaced or added and some metadata changed."""
        return SentimentModel.from_arrays(self._arrays | arrays, self.meta | meta, base=self)

    def save(self, directory: Path, only: Sequence[str] | None = None) -> None:
        """Write ``sentiment.safetensors`` + ``sentiment.json`` (plain arrays, no pickle): all
        arrays, or ``only`` those named (an adapted model's own, see ``adapt.save_adapted``)."""
        directory.mkdir(parents=True, exist_ok=True)
        arrays = self._arrays if only is None else {k: self._arrays[k] for k in only}
        save_file(arrays, str(directory / "sentiment.safetensors"))
        (directory / "sentiment.json").write_text(json.dumps(self.meta, ensure_ascii=False) + "\n", "utf-8")

    @classmethod
    def load(cls, directory: Path) -> SentimentModel:
        return cls(directory / "sentiment.safetensors", directory / "sentiment.json")

    def score(self, text: str) -> float:
        return self.score_many([text])[0]

    def score_many(self, texts: Sequence[str]) -> list[float]:
        logits = self.logits([prepare(t) for t in texts])
        return [float(x) for x in np.tanh(logits / 2.0)]

    # -- internals ----------------------------------------------------------------------------

    def logits(self, prepared: Sequence[str]) -> F32:
        """Ensemble logit per prepared text (see ``features.prepare``)."""
        out = self._w_lin * self.linear_logits(prepared)
        if self._has_cnn:
            out = out + self._w_cnn * self.cnn_logits(prepared)
        out = out.astype(np.float32)
        # Nothing left after normalisation (blank, emoji only): neutral, not the model's bias.
        out[[i for i, t in enumerate(prepared) if not t]] = 0.0
        return out

    def linear_logits(self, prepared: Sequence[str]) -> F32:
        # Whole batch at once with the training code's own feature functions: Python only hashes
        # the n-grams; counting, TF-IDF and the dot products are a few numpy calls.
        p = self.linear_params
        bc = batch_counts(prepared, p.max_n, p.buckets, p.contrast)
        x = tfidf_values(bc, p)
        out = self._lin_b + np.bincount(bc.rows, weights=x * self._lin_w[bc.ids], minlength=bc.n)
        if self._len_w is not None:
            out += self._len_w[length_classes(prepared)]
        return (out + self.lexicon_logits(bc)).astype(np.float32)

    def lexicon_logits(self, bc: BatchCounts) -> NDArray[np.float64]:
        """The lexicon features' part of the linear logit (0 for a model without a lexicon)."""
        p = self.linear_params
        if p.lexicon is None or self._lex_w is None:
            return np.zeros(bc.n)
        out: NDArray[np.float64] = (lexicon_features(bc, p.lexicon) @ self._lex_w).astype(np.float64)
        return out

    def cnn_logits(self, prepared: Sequence[str]) -> F32:
        out = np.zeros(len(prepared), dtype=np.float32)
        if not self._has_cnn:
            return out
        # Length-sorted batches: little padding, few large matmuls.
        order = sorted(range(len(prepared)), key=lambda i: len(prepared[i]))
        for start in range(0, len(order), _BATCH):
            idx = order[start : start + _BATCH]
            out[idx] = self._cnn_batch([prepared[i] for i in idx])
        return out

    def _cnn_batch(self, texts: list[str]) -> F32:
        n = len(texts)
        length = max(1, max(len(t) for t in texts))
        chars = np.zeros((n, length), dtype=np.int64)
        bigrams = np.zeros((n, length), dtype=np.int64)
        lens = np.empty(n, dtype=np.int64)
        for i, t in enumerate(texts):
            lens[i] = len(t)
            chars[i, : len(t)] = char_ids(t, self._vocab)
            bigrams[i, : len(t)] = bigram_ids(t, self._bigram_buckets)
        z = self._char_emb[chars] + self._bigram_emb[bigrams]  # (n, L, E); padding rows are 0
        # One zero position each side covers the "same" padding of widths 1-3 in training.
        zp = np.pad(z, ((0, 0), (1, 1), (0, 0)))
        # Empty texts have no valid position; their max would be -1e4 (logits() zeroes them).
        valid = np.arange(length)[None, :] < lens[:, None]
        pooled = []
        for (taps, bias), k in zip(self._conv, self._kernels, strict=True):
            first = 1 - k // 2  # torch Conv1d(padding=k//2), output cut to L
            h = bias + sum(zp[:, first + j : first + j + length] @ taps[j] for j in range(k))
            h = np.maximum(h, 0.0)
            h = np.where(valid[:, :, None], h, -1e4)
            pooled.append(h.max(axis=1))
        feats = np.concatenate(pooled, axis=1)
        return (feats @ self._out_w + self._out_b).astype(np.float32)


def data_dir() -> Path:
    return Path(str(resources.files("analysis.data")))


_model: SentimentModel | None = None
_lock = threading.Lock()


def get_model() -> SentimentModel:
    """The shipped model, loaded once per process."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                d = data_dir()
                _model = SentimentModel(d / "sentiment.safetensors", d / "sentiment.json")
    return _model
