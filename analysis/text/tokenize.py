"""jieba tokenisation with a stop-word list and an organisation product dictionary.

One ``jieba.Tokenizer`` per process (``get_tokenizer()``): building its prefix dictionary costs
about a second and tens of MB, and a user dictionary added to it must apply to every caller.
Which words count as tokens: ``analysis.text.token_rules`` (``tokens``/``keywords`` apply them,
``segment`` does not). Unknown runs of characters go through jieba's HMM (``analysis.text.hmm``);
large batches are spread over processes (``analysis.text.pool``, VOC_TOKENIZE_WORKERS and
VOC_TOKENIZE_POOL_MIN, applied to the process's tokenizer at start-up: ``configure_pool``).
"""

from __future__ import annotations

import hashlib
import math
import pickle
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import jieba

from analysis.text.hmm import hmm_cut
from analysis.text.normalize import normalize
from analysis.text.pool import DEFAULT_POOL_MIN, BatchKind, BatchRun, BatchStats, Fingerprint, History, workers_for
from analysis.text.token_rules import BUILTIN_CODES, BUILTIN_LATIN, BUILTIN_WORDS, TokenRules

# jieba's own block splitting (module constants in jieba 0.42): runs of CJK/alnum go through the
# DAG + HMM segmenter, the rest is split on whitespace.
_RE_HAN = jieba.re_han_default
_RE_SKIP = jieba.re_skip_default
_CACHE_LIMIT = 200_000
# Markers in Tokenizer._logp beside real log-probabilities, which are never above 0.
_PREFIX = 1.0
_ABSENT = 2.0


class Tokenizer:
    """Segments normalised Chinese text into content words.

    ``user_words`` are organisation product terms (kept whole); ``stop_words`` extends the shipped
    list. Prefer ``get_tokenizer()`` so the process holds one jieba dictionary.
    """

    def __init__(self, user_words: Iterable[str] = (), stop_words: Iterable[str] = (), *,
                 workers: int | None = None, pool_min: int = DEFAULT_POOL_MIN) -> None:
        self._jieba = jieba.Tokenizer()
        self._lock = threading.Lock()
        self._history: list[tuple[str, tuple[str, ...]]] = []
        # Batch spreading (analysis.text.pool): processes per large batch (None: the machine's
        # default), and the distinct texts a batch needs to be spread.
        self.workers = workers_for(None) if workers is None else workers
        self.pool_min = pool_min
        # False: the caller only waits while helpers do the chunks (tests use it to make sure
        # the helpers' tokens are the ones returned).
        self.pool_caller_works = True
        self.last_batch: BatchStats | None = None
        # Segmentation results per CJK/alnum block. Reviews repeat short clauses ("很好",
        # "送餐很快") a lot, and the DAG + HMM pass is the expensive part of jieba, so this
        # cache gives the same tokens as jieba for much less work. Cleared when words change.
        self._blocks: dict[str, tuple[str, ...]] = {}
        self._rules = TokenRules()
        self._idf: tuple[dict[str, float], float] | None = None
        # Log-probabilities and HMM results cached for _cut_block (rebuilt when words change).
        self._logp: dict[str, float] = {}  # fragment -> log-probability, _PREFIX or _ABSENT
        self._hmm: dict[str, tuple[str, ...]] = {}
        self._logtotal = 0.0
        # Content form of each segmented word ("" when dropped) under the token rules and this
        # tokenizer's stop words: ``_filter`` runs per word, and words repeat far more than blocks.
        self._kept: dict[str, str] = {}
        self.add_words(BUILTIN_WORDS + BUILTIN_LATIN + BUILTIN_CODES)
        self.add_words(user_words)
        self.add_stop_words(stop_words)

    # -- dictionaries -------------------------------------------------------------------------

    def add_words(self, words: Iterable[str]) -> None:
        """Add product terms (e.g. 会员卡, a product name) that must never be split."""
        words = tuple(words)
        with self._lock:
            self._history.append(("add_words", words))
            for raw in words:
                word = normalize(raw)
                if not word:
                    continue
                if not word.isascii():
                    # freq=None lets jieba suggest a frequency high enough to keep it whole.
                    # ASCII terms are not added: jieba already keeps letter/digit runs together,
                    # and adding "iOS" would split "iOS14" into "iOS" + "14".
                    self._jieba.add_word(word)
                self._rules.add_term(word)
            self._blocks.clear()
            self._logp.clear()
            self._hmm.clear()
            self._kept.clear()

    def add_stop_words(self, words: Iterable[str]) -> None:
        """Add organisation stop words (normalised like the text they are compared with)."""
        words = tuple(words)
        with self._lock:
            self._history.append(("add_stop_words", words))
            self._rules.add_stop_words(words)
            self._kept.clear()

    def clear_caches(self) -> None:
        """Forget cached segmentations (benchmarks start cold with this); the words stay."""
        with self._lock:
            self._blocks.clear()
            self._logp.clear()
            self._hmm.clear()
            self._kept.clear()

    # -- segmentation -------------------------------------------------------------------------

    def segment(self, text: str) -> list[str]:
        """Raw jieba segmentation of already normalised text (same tokens as ``jieba.lcut``)."""
        out: list[str] = []
        blocks = self._blocks
        for blk in _RE_HAN.split(text):
            if not blk:
                continue
            if _RE_HAN.match(blk):
                words = blocks.get(blk)
                if words is None:
                    words = self._cut_block(blk)
                    if len(blocks) >= _CACHE_LIMIT:
                        blocks.clear()
                    blocks[blk] = words
                out.extend(words)
            else:
                for x in _RE_SKIP.split(blk):
                    if _RE_SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    def _cut_block(self, sentence: str) -> tuple[str, ...]:
        """jieba's ``Tokenizer.__cut_DAG`` (DAG + max-probability route + HMM for unknown runs),
        re-implemented with the per-call costs taken out: FREQ and the log-probabilities live in
        locals and a dict (jieba recomputes ``log(freq) - log(total)`` per candidate), and HMM
        results for a run of unknown characters are cached. The float operations and the
        tie-breaking of ``max`` are jieba's, so the words are the same (the benchmark and a test
        check this against ``jieba.lcut``).
        """
        jb = self._jieba
        jb.check_initialized()
        freq: dict[str, int] = jb.FREQ
        logp = self._logp
        if not logp:  # first call, or the dictionary changed
            self._logtotal = math.log(jb.total)
        elif len(logp) >= 4 * _CACHE_LIMIT:
            logp.clear()
        logtotal = self._logtotal
        n = len(sentence)
        # score[i]: best log-probability of sentence[i:]; last[i]: end index of its first word.
        score = [0.0] * (n + 1)
        last = list(range(n + 1))
        for idx in range(n - 1, -1, -1):
            # Scan the dictionary words starting at idx (jieba's get_DAG) and score each one
            # right away (jieba's calc). ``logp`` answers both questions of the scan in one
            # lookup: a word's log-probability (<= 0), _PREFIX (a prefix of longer words only,
            # freq 0) or _ABSENT (not in FREQ: the scan stops).
            best = 0.0
            found = False
            i = idx
            frag = sentence[idx]
            while True:
                v = logp.get(frag)
                if v is None:
                    f = freq.get(frag)
                    v = _ABSENT if f is None else (math.log(f) - logtotal if f else _PREFIX)
                    logp[frag] = v
                if v == _ABSENT:
                    break
                if v != _PREFIX:
                    cand = v + score[i + 1]
                    # ">=": on a tie the longer word wins, as in jieba's max() over (p, end).
                    if not found or cand >= best:
                        best = cand
                        last[idx] = i
                        found = True
                i += 1
                if i >= n:
                    break
                frag = sentence[idx : i + 1]
            if not found:  # no dictionary word: the single character, log(freq or 1) - log(total)
                best = math.log(freq.get(sentence[idx]) or 1) - logtotal + score[idx + 1]
                last[idx] = idx
            score[idx] = best
        out: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = last[x] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    self._flush(buf, out)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            self._flush(buf, out)
        return tuple(out)

    def _flush(self, buf: str, out: list[str]) -> None:
        if len(buf) == 1:
            out.append(buf)
        elif not self._jieba.FREQ.get(buf):
            words = self._hmm.get(buf)
            if words is None:
                words = hmm_cut(buf)
                self._hmm[buf] = words
            out.extend(words)
        else:
            out.extend(buf)

    def jieba_tokenizer(self) -> Any:
        """The underlying ``jieba.Tokenizer`` (for code that needs jieba's own API)."""
        return self._jieba

    # -- content words ------------------------------------------------------------------------

    def _filter(self, words: Iterable[str], stop: set[str] | frozenset[str]) -> list[str]:
        kept = self._kept
        out: list[str] = []
        for word in words:
            form = kept.get(word)
            if form is None:
                form = self._rules.content_form(word)
                if len(kept) >= _CACHE_LIMIT:
                    kept.clear()
                kept[word] = form
            if form and form not in stop:
                out.append(form)
        return out

    def tokens(self, text: str, extra_stop_words: Iterable[str] = ()) -> list[str]:
        """Content words of ``text`` (normalised here) for topic modelling: no stop words."""
        return self._filter(self.segment(normalize(text)), self._rules.stop_forms(extra_stop_words))

    def tokens_many(self, texts: Sequence[str], extra_stop_words: Iterable[str] = ()) -> list[list[str]]:
        """``tokens`` for a batch; identical texts are done once, large batches on several cores."""
        return self._batch("tokens", texts, self._rules.stop_forms(extra_stop_words))

    def segment_many(self, texts: Sequence[str]) -> list[list[str]]:
        """``segment`` for a batch of normalised texts, large batches on several cores."""
        return self._batch("segment", texts, frozenset())

    def _batch(self, kind: BatchKind, texts: Sequence[str], stop: frozenset[str]) -> list[list[str]]:
        unique = list(dict.fromkeys(texts))
        if self.workers > 1 and len(unique) >= self.pool_min:
            batch = BatchRun(self, kind, unique, stop)
            done = batch.run()
            self.last_batch = batch.stats()
        else:
            done = self.run_chunk(kind, unique, stop)
            self.last_batch = BatchStats(len(unique), 1 if unique else 0, 0, ())
        by_text = dict(zip(unique, done, strict=True))
        return [list(by_text[t]) for t in texts]

    def run_chunk(self, kind: BatchKind, texts: Sequence[str], stop: frozenset[str]) -> list[list[str]]:
        """One chunk of a batch, in this process (helpers run this too)."""
        if kind == "segment":
            return [self.segment(t) for t in texts]
        return [self._filter(self.segment(normalize(t)), stop) for t in texts]

    # -- helper processes ---------------------------------------------------------------------

    def history(self) -> History:
        with self._lock:
            return tuple(self._history)

    @classmethod
    def replay(cls, history: History) -> Tokenizer:
        """A tokenizer built by the same calls as the one whose ``history()`` this is."""
        tok = cls(workers=1)  # a helper never spreads its own chunks
        # The first entry is the constructor's own built-in words, which ``cls()`` just added.
        for method, args in history[1:]:
            getattr(tok, method)(args)
        return tok

    def fingerprint(self) -> Fingerprint:
        """Checks that a helper rebuilt the same dictionaries (jieba's FREQ, stop words, codes)."""
        jb = self._jieba
        jb.check_initialized()
        digest = hashlib.sha256()
        for group in self._rules.digest_parts():
            digest.update("\x1f".join(group).encode())
            digest.update(b"\x1e")
        return (float(jb.total), len(jb.FREQ), digest.hexdigest())

    def keywords(self, text: str, k: int = 5, extra_stop_words: Iterable[str] = ()) -> list[str]:
        """Top ``k`` keywords by TF-IDF (jieba's IDF table) over this tokenizer's content words.

        Implemented here rather than with ``jieba.analyse.extract_tags`` because that uses the
        global default jieba tokenizer, so the product dictionary and token rules would not apply.
        Single-character words are skipped (as jieba.analyse does): they are rarely keywords.
        """
        idf, median = self._idf_table()
        counts: dict[str, int] = {}
        for tok in self.tokens(text, extra_stop_words):
            if len(tok) >= 2:
                counts[tok] = counts.get(tok, 0) + 1
        # Ties keep first-occurrence order (dicts are ordered, sorted() is stable).
        ranked = sorted(counts, key=lambda w: -counts[w] * idf.get(w, median))
        return ranked[:k]

    def _idf_table(self) -> tuple[dict[str, float], float]:
        if self._idf is None:
            # Read jieba's IDF table directly: jieba's IDFLoader leaves the file open.
            path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
            idf: dict[str, float] = {}
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    word, _, value = line.strip().rpartition(" ")
                    if word:
                        idf[word] = float(value)
            values = sorted(idf.values())
            self._idf = (idf, values[len(values) // 2])
        return self._idf


def helper_main() -> None:
    """Entry point of a helper process (analysis.text.pool): replay, report, then serve chunks."""
    import logging

    jieba.setLogLevel(logging.WARNING)
    stdin: IO[bytes] = sys.stdin.buffer
    stdout: IO[bytes] = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the reply stream
    tok = Tokenizer.replay(pickle.load(stdin))
    pickle.dump(tok.fingerprint(), stdout)
    stdout.flush()
    while True:
        try:
            kind, texts, stop = pickle.load(stdin)
        except EOFError:
            return
        pickle.dump(tok.run_chunk(kind, texts, stop), stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()


_instance: Tokenizer | None = None
_instance_lock = threading.Lock()
_pool: tuple[int | None, int] = (None, DEFAULT_POOL_MIN)  # (workers, pool_min) of the process's tokenizer


def get_tokenizer() -> Tokenizer:
    """The process-wide tokenizer (one jieba dictionary per process)."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Tokenizer(workers=_pool[0], pool_min=_pool[1])
    return _instance


def configure_pool(*, workers: int, pool_min: int) -> None:
    """Set how the process's tokenizer spreads large batches (VOC_TOKENIZE_WORKERS and
    VOC_TOKENIZE_POOL_MIN, applied at start-up), now or when it is built."""
    global _pool
    with _instance_lock:
        _pool = (workers, pool_min)
        if _instance is not None:
            _instance.workers, _instance.pool_min = workers, pool_min
