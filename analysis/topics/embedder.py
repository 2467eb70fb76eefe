"""Document embedders for the topic model (BERTopic ``BaseEmbedder`` backends).

Default: ``CorpusEmbedder``, fitted on the corpus itself, so nothing is downloaded. Two sparse
TF-IDF blocks, jieba content words and character n-grams (the n-grams survive segmentation
mistakes and catch words jieba does not know, such as new product names), are stacked, reduced
with a truncated SVD (LSA) and L2-normalised so that cosine and Euclidean geometry agree. Its
whole state is plain arrays plus a vocabulary: saved as safetensors + JSON, never pickled.

Optional: a local sentence-transformers directory (``VOC_EMBEDDING_MODEL``), see
``load_embedder``. Nothing is ever fetched from a model hub.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from bertopic.backend import BaseEmbedder
from safetensors.numpy import load_file, save_file
from sklearn.feature_extraction.text import CountVectorizer
from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

from analysis.text.normalize import normalize
from analysis.topics.analyzer import JiebaAnalyzer, TokenizerLike

EMBEDDING_MODEL_SETTING = "VOC_EMBEDDING_MODEL"  # named in messages
_STATE_FILE = "embedder.safetensors"
_VOCAB_FILE = "embedder.json"
# Module-level, not an attribute: the embedder stays copyable (a lock cannot be copied or pickled).
_VECTORIZERS_LOCK = threading.Lock()


@dataclass(frozen=True)
class EmbedderConfig:
    dims: int = 96
    char_ngrams: tuple[int, int] = (2, 2)
    # A term must occur in a few comments to carry signal; cap the vocabularies so that memory
    # and the SVD stay bounded on 100k+ comments.
    min_df: int = 2
    max_df: float = 0.5
    max_word_features: int = 60_000
    max_char_features: int = 100_000
    # Relative weight of the character block after each block is L2-normalised per row.
    char_weight: float = 0.7
    # The SVD basis is learnt from at most this many comments (then applied to all): the basis
    # stabilises long before 100k rows, and the cost of the randomized SVD grows with the rows.
    svd_sample: int = 15_000
    svd_iter: int = 2
    # Each term's vector in the SVD basis (a column of ``components``) is rescaled to
    # norm ** term_norm_power; None: by corpus size, see ``term_norm_power_for``.
    term_norm_power: float | None = None
    seed: int = 42


def term_norm_power_for(n_docs: int) -> float:
    """How much of plain LSA's term lengths to keep, from the corpus size.

    Plain LSA (1.0) gives a term a length that grows with the variance it explains, so the
    frequent, generic review words ("物流", "满意", "好评") outweigh the specific ones ("屏幕",
    "头发", "宝洁") that say what a comment is about. Shrinking the lengths (0.25) lets the
    specific words count once the corpus is large enough for their directions to be learnt; on a
    few hundred comments (a handful per SVD dimension) those directions are noise and plain LSA
    is better. Measured on the 36k-review benchmark and its subsamples (BENCHMARKS.md "Topic
    fit"): 3 seeds on the full file, topic NMI median 0.36 -> 0.42 and 9-12 topics instead of
    12-32; at 3,000 comments 0.29 -> 0.38; at 1,000 about even; at 300 worse (0.22 -> 0.20).
    """
    low, high = 500, 2000
    if n_docs <= low:
        return 1.0
    if n_docs >= high:
        return 0.25
    # Log-linear in between: 1.0 at 500 comments, 0.25 at 2,000.
    return 1.0 - 0.75 * math.log(n_docs / low) / math.log(high / low)


def _sublinear_tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    x = counts.astype(np.float32).tocsr()
    np.log1p(x.data, out=x.data)  # 1 + log(tf) flattened to log1p: damp repeated words
    # On the stored entries only (the same float32 products as x.multiply(idf)): scipy's broadcasting
    # multiply by a dense row touches every vocabulary column, O(vocabulary) for one comment.
    x.data *= idf.astype(np.float32, copy=False)[x.indices]
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ x, dtype=np.float32)


def _idf(counts: sp.csr_matrix) -> np.ndarray:
    n = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf: np.ndarray = (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)
    return idf


def _svd_components(x: sp.csr_matrix, k: int, n_iter: int, seed: int) -> np.ndarray:
    """Top-``k`` right singular vectors of ``x`` (randomized range finder, Halko et al.).

    Written out instead of ``sklearn.utils.extmath.randomized_svd``: that one finishes with a
    dense SVD of a (k+p) x n_features matrix (over 100k columns here), which costs seconds; the
    eigendecomposition of the small Gram matrix below gives the same vectors in milliseconds.
    """
    rng = np.random.default_rng(seed)
    p = min(10, x.shape[1] - k)
    omega = rng.standard_normal((x.shape[1], k + p)).astype(np.float32)
    q, _ = np.linalg.qr(x @ omega)
    for _ in range(n_iter):
        # Re-orthonormalise on the short side only (rows ≤ svd_sample): a QR of the
        # n_features-long block costs seconds and changes little for a couple of iterations.
        q, _ = np.linalg.qr(x @ (x.T @ q))
    b = np.asarray((x.T @ q).T, dtype=np.float64)  # (k+p) x n_features
    evals, evecs = np.linalg.eigh(b @ b.T)
    order = np.argsort(evals)[::-1][:k]
    sing = np.sqrt(np.maximum(evals[order], 1e-12))
    vt: np.ndarray = ((evecs[:, order].T @ b) / sing[:, None]).astype(np.float32)
    return vt


def _rescale_terms(components: np.ndarray, power: float) -> np.ndarray:
    """``components`` with each column (one term) rescaled to its norm ** ``power``."""
    if power == 1.0:
        return components
    norms = np.linalg.norm(components, axis=0, keepdims=True)
    scale = np.where(norms > 0, np.maximum(norms, 1e-12) ** (power - 1.0), 0.0).astype(np.float32)
    # In place: the basis is dims x vocabulary (about 60 MB at 100k comments), no second copy.
    components *= scale
    return components


class CorpusEmbedder(BaseEmbedder):  # type: ignore[misc]
    """TF-IDF (jieba words + character n-grams) → TruncatedSVD → L2, fitted on the corpus."""

    def __init__(self, tokenizer: TokenizerLike, config: EmbedderConfig | None = None) -> None:
        super().__init__()
        self.config = config or EmbedderConfig()
        self.analyzer = tokenizer if isinstance(tokenizer, JiebaAnalyzer) else JiebaAnalyzer(tokenizer)
        self.word_vocab: dict[str, int] = {}
        self.char_vocab: dict[str, int] = {}
        self.word_idf = np.zeros(0, dtype=np.float32)
        self.char_idf = np.zeros(0, dtype=np.float32)
        self.components = np.zeros((0, 0), dtype=np.float32)
        # The vectorizers of `embed`, built once per vocabulary: scikit-learn validates a given
        # vocabulary on a vectorizer's first transform, O(vocabulary) per new instance.
        self._vectorizers: tuple[dict[str, int], dict[str, int], CountVectorizer, CountVectorizer] | None = None
        self._projection: tuple[np.ndarray, np.ndarray] | None = None

    @property
    def fitted(self) -> bool:
        return self.components.size > 0

    # -- fitting --------------------------------------------------------------------------------

    def fit(self, documents: Sequence[str]) -> CorpusEmbedder:
        self.fit_embed(documents)
        return self

    def fit_embed(self, documents: Sequence[str]) -> np.ndarray:
        """Fit on ``documents`` and return their embeddings (one pass over the text)."""
        cfg = self.config
        n = len(documents)
        # On tiny corpora min_df=2 / max_df=0.5 would leave almost nothing.
        min_df = cfg.min_df if n >= 50 else 1
        max_df = cfg.max_df if n >= 50 else 1.0
        word_cv = CountVectorizer(
            analyzer=self.analyzer,
            min_df=min_df,
            max_df=max_df,
            max_features=cfg.max_word_features,
        )
        word_counts = word_cv.fit_transform(documents)
        char_cv = CountVectorizer(
            analyzer="char",
            ngram_range=cfg.char_ngrams,
            min_df=min_df,
            max_df=max_df,
            max_features=cfg.max_char_features,
            preprocessor=_char_text,
        )
        char_counts = char_cv.fit_transform(documents)
        self.word_vocab = {str(k): int(v) for k, v in word_cv.vocabulary_.items()}
        self.char_vocab = {str(k): int(v) for k, v in char_cv.vocabulary_.items()}
        self.word_idf = _idf(word_counts)
        self.char_idf = _idf(char_counts)
        x = self._stack(word_counts, char_counts)

        rows = np.arange(n)
        if n > cfg.svd_sample:
            rows = np.random.default_rng(cfg.seed).choice(n, cfg.svd_sample, replace=False)
        dims = max(2, min(cfg.dims, x.shape[1] - 1, len(rows) - 1))
        # One BLAS thread: these dense products are small, and on shared cores OpenBLAS threads
        # spin against other processes (a 15k x 106 QR took 2.4 s with 2 threads, 0.3 s with 1).
        with threadpool_limits(limits=1):
            components = _svd_components(x[rows], dims, cfg.svd_iter, cfg.seed)
        # Stored rescaled: embedding stays one product with ``components`` (and a saved model
        # needs no extra state).
        power = cfg.term_norm_power if cfg.term_norm_power is not None else term_norm_power_for(n)
        self.components = _rescale_terms(components, power)
        return self._project(x)

    # -- embedding ------------------------------------------------------------------------------

    def embed(self, documents: list[str], verbose: bool = False) -> np.ndarray:
        if not self.fitted:
            raise RuntimeError("CorpusEmbedder is not fitted: call fit(corpus) first")
        word_cv, char_cv = self._embed_vectorizers()
        return self._project(self._stack(word_cv.transform(documents), char_cv.transform(documents)))

    def _embed_vectorizers(self) -> tuple[CountVectorizer, CountVectorizer]:
        cached = self._vectorizers
        # Keyed on the vocabulary objects: fit and load assign new ones, which retires the cache.
        if cached is None or cached[0] is not self.word_vocab or cached[1] is not self.char_vocab:
            with _VECTORIZERS_LOCK:  # several analysis threads may embed with one model
                cached = self._vectorizers
                if cached is None or cached[0] is not self.word_vocab or cached[1] is not self.char_vocab:
                    word_cv = CountVectorizer(analyzer=self.analyzer, vocabulary=self.word_vocab)
                    char_cv = CountVectorizer(analyzer="char", ngram_range=self.config.char_ngrams,
                                              vocabulary=self.char_vocab, preprocessor=_char_text)
                    word_cv.transform([""])  # validates the vocabulary now, once, under the lock
                    char_cv.transform([""])
                    cached = (self.word_vocab, self.char_vocab, word_cv, char_cv)
                    self._vectorizers = cached
        return cached[2], cached[3]

    def _stack(self, word_counts: sp.csr_matrix, char_counts: sp.csr_matrix) -> sp.csr_matrix:
        w = _sublinear_tfidf(word_counts, self.word_idf)
        c = _sublinear_tfidf(char_counts, self.char_idf) * np.float32(self.config.char_weight)
        return sp.hstack([w, c], format="csr", dtype=np.float32)

    def _project(self, x: sp.csr_matrix) -> np.ndarray:
        # A C-contiguous copy of components.T, made once: scipy would copy the transposed view on every
        # product (dims x vocabulary floats per call, the largest cost of embedding one comment).
        cached = self._projection
        if cached is None or cached[0] is not self.components:
            cached = (self.components, np.ascontiguousarray(self.components.T))
            self._projection = cached
        z = np.asarray(x @ cached[1], dtype=np.float32)
        norms = np.linalg.norm(z, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        out: np.ndarray = z / norms
        return out

    # -- state ----------------------------------------------------------------------------------

    def save(self, directory: str | Path) -> None:
        """Write the fitted state as safetensors arrays + a JSON vocabulary (no pickle)."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        save_file(
            {
                "word_idf": self.word_idf,
                "char_idf": self.char_idf,
                "components": np.ascontiguousarray(self.components),
            },
            str(d / _STATE_FILE),
        )
        meta: dict[str, Any] = {
            "kind": "corpus-lsa",
            "config": asdict(self.config),
            # Terms listed in column order: smaller than a term → index map.
            "word_vocab": sorted(self.word_vocab, key=self.word_vocab.__getitem__),
            "char_vocab": sorted(self.char_vocab, key=self.char_vocab.__getitem__),
        }
        (d / _VOCAB_FILE).write_text(json.dumps(meta, ensure_ascii=False), "utf-8")

    @classmethod
    def load(cls, directory: str | Path, tokenizer: TokenizerLike) -> CorpusEmbedder:
        d = Path(directory)
        meta = json.loads((d / _VOCAB_FILE).read_text("utf-8"))
        raw = dict(meta["config"])
        raw["char_ngrams"] = tuple(raw["char_ngrams"])
        # Saved before the field existed: those components are plain LSA.
        raw.setdefault("term_norm_power", 1.0)
        emb = cls(tokenizer, EmbedderConfig(**raw))
        arrays = load_file(str(d / _STATE_FILE))
        emb.word_idf = arrays["word_idf"]
        emb.char_idf = arrays["char_idf"]
        emb.components = arrays["components"]
        emb.word_vocab = {t: i for i, t in enumerate(meta["word_vocab"])}
        emb.char_vocab = {t: i for i, t in enumerate(meta["char_vocab"])}
        return emb


def _char_text(text: str) -> str:
    # Same normalisation as the tokenizer (full-width, Traditional → Simplified), and no
    # whitespace so that n-grams do not straddle a space.
    return "".join(normalize(text).split()).lower()


class LocalSentenceTransformerEmbedder(BaseEmbedder):  # type: ignore[misc]
    """A sentence-transformers model loaded from a local directory (``VOC_EMBEDDING_MODEL``)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        directory = Path(path)
        if not directory.is_dir():
            # A hub id would trigger a download: refuse rather than reach the network.
            raise ValueError(f"{EMBEDDING_MODEL_SETTING} must be a local model directory: {path}")
        from sentence_transformers import SentenceTransformer  # heavy: import only when used

        self.path = directory
        self.embedding_model = SentenceTransformer(str(directory), device="cpu", local_files_only=True)

    def embed(self, documents: list[str], verbose: bool = False) -> np.ndarray:
        vectors = self.embedding_model.encode(
            list(documents),
            show_progress_bar=verbose,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)

    def save(self, directory: str | Path) -> None:
        # A pointer only: the model directory is managed by whoever configured it.
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        meta = {"kind": "sentence-transformers", "path": str(self.path.resolve())}
        (d / _VOCAB_FILE).write_text(json.dumps(meta), "utf-8")


def load_embedder(path: str | None = None, tokenizer: TokenizerLike | None = None) -> BaseEmbedder:
    """The embedder to fit topics with.

    ``path`` (the setting VOC_EMBEDDING_MODEL) names a local sentence-transformers directory; when
    it is None, an unfitted ``CorpusEmbedder`` over ``tokenizer`` (default: the process tokenizer)
    is returned, to be fitted on the corpus by ``fit_topics``.
    """
    if path:
        return LocalSentenceTransformerEmbedder(path)
    if tokenizer is None:
        from analysis.text.tokenize import get_tokenizer

        tokenizer = get_tokenizer()
    return CorpusEmbedder(tokenizer)


def load_saved_embedder(directory: str | Path, tokenizer: TokenizerLike) -> BaseEmbedder:
    """Re-create the embedder saved next to a topic model by ``CorpusEmbedder.save``."""
    meta = json.loads((Path(directory) / _VOCAB_FILE).read_text("utf-8"))
    if meta["kind"] == "sentence-transformers":
        return LocalSentenceTransformerEmbedder(meta["path"])
    return CorpusEmbedder.load(directory, tokenizer)
