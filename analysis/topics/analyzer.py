"""The jieba analyzer that every vectorizer of the topic pipeline uses.

One fit tokenises the corpus several times over: the embedder's word TF-IDF, BERTopic's
``CountVectorizer`` on the per-topic documents (BERTopic joins a topic's comments with spaces
before vectorising) and the c-TF-IDF outlier pass. jieba is a slow step (about 9 s of CPU for
36k reviews), so the analyzer tokenises a corpus once per fit, as one batch (``remembering``:
``tokens_many``, which spreads a large batch over the CPUs), remembers the tokens for the
duration of the fit and otherwise tokenises on the fly. The memo is per thread: analysis threads
that assign new comments with one loaded model each remember their own batch.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Protocol


class TokenizerLike(Protocol):
    """What the topic pipeline needs from ``analysis.text.tokenize.Tokenizer``."""

    def tokens(self, text: str) -> list[str]: ...

    def tokens_many(self, texts: Sequence[str]) -> list[list[str]]: ...


class JiebaAnalyzer:
    """``CountVectorizer(analyzer=...)`` callable: content words of a text, no stop words.

    Whitespace is a block boundary for jieba (and ``normalize`` only collapses it), so the
    tokens of ``"a b"`` are the tokens of ``"a"`` followed by those of ``"b"``. The memo is
    therefore keyed by whitespace-separated pieces, which lets the space-joined per-topic
    documents that BERTopic builds reuse the tokens of their comments.
    """

    def __init__(self, tokenizer: TokenizerLike) -> None:
        self.tokenizer = tokenizer
        self._local = threading.local()

    # A copy (scikit-learn's clone, deepcopy, pickle) takes the tokenizer, not the memo.
    def __getstate__(self) -> dict[str, object]:
        return {"tokenizer": self.tokenizer}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.tokenizer = state["tokenizer"]  # type: ignore[assignment]
        self._local = threading.local()

    @property
    def _memo(self) -> dict[str, list[str]]:
        memo: dict[str, list[str]] = getattr(self._local, "memo", {})
        return memo

    def __call__(self, doc: str) -> list[str]:
        memo = self._memo
        if not memo:
            return self.tokenizer.tokens(doc)
        out: list[str] = []
        for piece in doc.split():
            toks = memo.get(piece)
            out.extend(toks if toks is not None else self.tokenizer.tokens(piece))
        return out

    # The TokenizerLike protocol, so an analyzer can stand wherever a tokenizer is expected.
    def tokens(self, text: str) -> list[str]:
        return self(text)

    def tokens_many(self, texts: Sequence[str]) -> list[list[str]]:
        return [self(t) for t in texts]

    @contextmanager
    def remembering(self, docs: Sequence[str]) -> Iterator[None]:
        """Tokenise ``docs`` once (batch API, duplicates segmented once) for the block's duration.

        The memo is dropped afterwards: it is as large as the corpus and only useful during a fit.
        """
        pieces = list(dict.fromkeys(p for doc in docs for p in doc.split()))
        self._local.memo = dict(zip(pieces, self.tokenizer.tokens_many(pieces), strict=True))
        try:
            yield
        finally:
            self._local.memo = {}
