"""jieba tokenisation with a stop-word list and an organisation product dictionary.

One ``jieba.Tokenizer`` per process (``get_tokenizer()``): building its prefix dictionary costs
about a second and tens of MB, and a user dictionary added to it must apply to every caller.

Token rules (applied to normalised text, see ``analysis.text.normalize``):

- blank tokens and tokens without any letter, digit or CJK character (punctuation, symbols) are
  dropped;
- pure numbers ("3", "2.5", "100") are dropped unless they are product/retail codes: the
  built-in ``618``, ``315``, ``1111`` or a number added with ``add_words`` (a price or a count is
  not a topic, 618 is);
- Latin words and letter/digit mixes (APP, iOS, 5G, iPhone12) are kept; a single Latin letter is
  dropped as noise. Latin tokens are case-folded so APP/app/App count as one term, to a canonical
  spelling: the one given in the product dictionary or the built-in list (APP, iOS, 5G, WiFi,
  ...), otherwise lower case;
- stop words (shipped ``analysis/data/stopwords.txt``: the public cn_stopwords and HIT lists from
  the goto456/stopwords collection, merged, normalised and de-duplicated) plus organisation and
  per-call extra stop words are dropped by ``tokens``/``keywords``, never by ``segment``.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jieba

from analysis.text.normalize import normalize

# Product and service terms that must never be split, whatever jieba's dictionary says.
BUILTIN_WORDS: tuple[str, ...] = (
    "会员卡",
    "开发票",
    "闪退",
    "卡顿",
    "性价比",
    "好评",
    "差评",
    "客服",
    "退款",
    "售后",
)
# Canonical spelling of common Latin product terms (matched case-insensitively).
BUILTIN_LATIN: tuple[str, ...] = ("APP", "iOS", "Android", "WiFi", "5G", "4G", "iPhone", "iPad")
BUILTIN_CODES: tuple[str, ...] = ("618", "315", "1111")

# jieba's own block splitting (module constants in jieba 0.42): runs of CJK/alnum go through the
# DAG + HMM segmenter, the rest is split on whitespace.
_RE_HAN: re.Pattern[str] = jieba.re_han_default
_RE_SKIP: re.Pattern[str] = jieba.re_skip_default
_RE_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*%?")
_RE_LATIN = re.compile(r"[A-Za-z0-9+#&._%\-]+")
_CACHE_LIMIT = 200_000


def _is_content(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


@lru_cache(maxsize=1)
def shipped_stopwords() -> frozenset[str]:
    text = resources.files("analysis.data").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


class Tokenizer:
    """Segments normalised Chinese text into content words.

    ``user_words`` are organisation product terms (kept whole); ``stop_words`` extends the shipped
    list. Prefer ``get_tokenizer()`` so the process holds one jieba dictionary.
    """

    def __init__(self, user_words: Iterable[str] = (), stop_words: Iterable[str] = ()) -> None:
        self._jieba = jieba.Tokenizer()
        self._lock = threading.Lock()
        # Segmentation results per CJK/alnum block. Reviews repeat short clauses ("很好",
        # "送餐很快") a lot, and the DAG + HMM pass is the expensive part of jieba, so this
        # cache gives the same tokens as jieba for much less work. Cleared when words change.
        self._blocks: dict[str, tuple[str, ...]] = {}
        self._canonical: dict[str, str] = {w.lower(): w for w in BUILTIN_LATIN}
        self._codes: set[str] = set(BUILTIN_CODES)
        self._stop: set[str] = set(shipped_stopwords())
        self._idf: tuple[dict[str, float], float] | None = None
        # Log-probabilities and HMM results cached for _cut_block (rebuilt when words change).
        self._logp: dict[str, float] = {}
        self._hmm: dict[str, tuple[str, ...]] = {}
        self._logtotal = 0.0
        self.add_words(BUILTIN_WORDS + BUILTIN_LATIN + BUILTIN_CODES)
        self.add_words(user_words)
        self.add_stop_words(stop_words)

    # -- dictionaries -------------------------------------------------------------------------

    def add_words(self, words: Iterable[str]) -> None:
        """Add product terms (e.g. 会员卡, a product name) that must never be split."""
        with self._lock:
            for raw in words:
                word = normalize(raw)
                if not word:
                    continue
                if not word.isascii():
                    # freq=None lets jieba suggest a frequency high enough to keep it whole.
                    # ASCII terms are not added: jieba already keeps letter/digit runs together,
                    # and adding "iOS" would split "iOS14" into "iOS" + "14".
                    self._jieba.add_word(word)
                if _RE_NUMBER.fullmatch(word):
                    self._codes.add(word)
                elif _RE_LATIN.fullmatch(word):
                    self._canonical[word.lower()] = word
                self._stop.discard(self._canonical_form(word))
            self._blocks.clear()
            self._logp.clear()
            self._hmm.clear()

    def add_stop_words(self, words: Iterable[str]) -> None:
        """Add organisation stop words (normalised like the text they are compared with)."""
        self._stop.update(self._canonical_form(normalize(w)) for w in words if w.strip())

    def _canonical_form(self, token: str) -> str:
        if token.isascii():
            return self._canonical.get(token.lower(), token.lower())
        return token

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
        logtotal = self._logtotal
        n = len(sentence)
        # route[i] = (best log-probability of sentence[i:], end index of the first word)
        route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        for idx in range(n - 1, -1, -1):
            # Scan the dictionary words starting at idx (jieba's get_DAG) and score each one
            # right away (jieba's calc): one FREQ lookup and one slice per candidate.
            best: tuple[float, int] | None = None
            i = idx
            frag = sentence[idx]
            while i < n:
                f = freq.get(frag)
                if f is None:
                    break
                if f:
                    lp = logp.get(frag)
                    if lp is None:
                        lp = math.log(f) - logtotal
                        logp[frag] = lp
                    cand = (lp + route[i + 1][0], i)
                    if best is None or cand > best:
                        best = cand
                i += 1
                frag = sentence[idx : i + 1]
            if best is None:  # no dictionary word: the single character, log(1) - log(total)
                best = (math.log(freq.get(sentence[idx]) or 1) - logtotal + route[idx + 1][0], idx)
            route[idx] = best
        out: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = route[x][1] + 1
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
                words = tuple(jieba.finalseg.cut(buf))
                self._hmm[buf] = words
            out.extend(words)
        else:
            out.extend(buf)

    def jieba_tokenizer(self) -> Any:
        """The underlying ``jieba.Tokenizer`` (for code that needs jieba's own API)."""
        return self._jieba

    # -- content words ------------------------------------------------------------------------

    def _filter(self, words: Iterable[str], stop: set[str] | frozenset[str]) -> list[str]:
        out: list[str] = []
        for word in words:
            word = word.strip()
            if not word or not _is_content(word):
                continue
            if word.isascii():
                if _RE_NUMBER.fullmatch(word):
                    if word not in self._codes:
                        continue
                elif len(word) < 2:
                    continue
                word = self._canonical_form(word)
            if word in self._stop or word in stop:
                continue
            out.append(word)
        return out

    def tokens(self, text: str, extra_stop_words: Iterable[str] = ()) -> list[str]:
        """Content words of ``text`` (normalised here) for topic modelling: no stop words."""
        return self._filter(self.segment(normalize(text)), self._extra(extra_stop_words))

    def tokens_many(self, texts: Sequence[str], extra_stop_words: Iterable[str] = ()) -> list[list[str]]:
        """``tokens`` for a batch; identical texts are segmented once."""
        stop = self._extra(extra_stop_words)
        seen: dict[str, list[str]] = {}
        out: list[list[str]] = []
        for text in texts:
            toks = seen.get(text)
            if toks is None:
                toks = self._filter(self.segment(normalize(text)), stop)
                seen[text] = toks
            out.append(list(toks))
        return out

    def _extra(self, words: Iterable[str]) -> frozenset[str]:
        return frozenset(self._canonical_form(normalize(w)) for w in words if w.strip())

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


_instance: Tokenizer | None = None
_instance_lock = threading.Lock()


def get_tokenizer() -> Tokenizer:
    """The process-wide tokenizer (one jieba dictionary per process)."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Tokenizer()
    return _instance
