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

Batches (``tokens_many``, ``segment_many``) of at least ``pool_min`` distinct texts are spread over
``workers`` processes (``VOC_TOKENIZE_WORKERS``, see ``default_workers``): the calling process
works through the batch itself while ``workers - 1`` helper processes, started for that batch and
stopped after it, take chunks from the same queue. Helpers are fresh interpreters (``subprocess``,
never ``fork``: the caller may be a multi-threaded server) that rebuild this tokenizer by replaying
its ``add_words``/``add_stop_words`` calls, so the tokens are the same as in-process; one that
fails or disagrees is dropped and its chunk is done in-process. Smaller
batches, and per-comment analysis, never leave the process.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import pickle
import re
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

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
# Markers in Tokenizer._logp beside real log-probabilities, which are never above 0.
_PREFIX = 1.0
_ABSENT = 2.0

WORKERS_ENV = "VOC_TOKENIZE_WORKERS"
POOL_MIN_ENV = "VOC_TOKENIZE_POOL_MIN"
# A helper process costs about a second of start-up (interpreter, jieba dictionary) and the
# in-process path does 3,000-6,000 texts/s, so below a couple of thousand texts it cannot pay off.
DEFAULT_POOL_MIN = 2000
_ROOT = str(Path(__file__).resolve().parents[2])  # the directory holding the ``analysis`` package

BatchKind = Literal["segment", "tokens"]
# (method, arguments) of every add_words/add_stop_words call, in order: a helper process replays
# them to get the same jieba frequencies (add_word's suggested frequency depends on what was
# added before), canonical spellings, codes and stop words.
History = tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class BatchStats:
    """How the last ``tokens_many``/``segment_many`` batch was run (for tests and benchmarks)."""

    texts: int  # distinct texts
    chunks: int
    helper_chunks: int  # chunks returned by helper processes (the rest ran in this process)
    helper_pids: tuple[int, ...]  # helpers started for the batch, all ended when it returns


def _viterbi_words(obs: str) -> list[str]:
    """``jieba.finalseg.__cut``: the HMM's (B, M, E, S) labelling of a run of CJK characters
    cut into words. The same floating-point sums in the same order as jieba's ``viterbi``, and
    its tie-breaking (``max`` over (probability, state): on equal probability the state that
    sorts last wins), but unrolled over the four states with back-pointers instead of copying a
    path list per state and character, which makes it several times faster.
    """
    fs = jieba.finalseg
    low: float = fs.MIN_FLOAT
    start, trans, emit = fs.start_P, fs.trans_P, fs.emit_P
    e_b, e_m, e_e, e_s = emit["B"], emit["M"], emit["E"], emit["S"]
    t_bm, t_be = trans["B"].get("M", low), trans["B"].get("E", low)
    t_mm, t_me = trans["M"].get("M", low), trans["M"].get("E", low)
    t_eb, t_es = trans["E"].get("B", low), trans["E"].get("S", low)
    t_sb, t_ss = trans["S"].get("B", low), trans["S"].get("S", low)
    c = obs[0]
    v_b, v_m = start["B"] + e_b.get(c, low), start["M"] + e_m.get(c, low)
    v_e, v_s = start["E"] + e_e.get(c, low), start["S"] + e_s.get(c, low)
    back: list[tuple[str, str, str, str]] = []  # per character: best previous state of B, M, E, S
    for c in obs[1:]:
        em = e_b.get(c, low)  # B after E or S
        a, b = v_e + t_eb + em, v_s + t_sb + em
        n_b, p_b = (a, "E") if a > b else (b, "S")
        em = e_m.get(c, low)  # M after M or B
        a, b = v_m + t_mm + em, v_b + t_bm + em
        n_m, p_m = (b, "B") if b > a else (a, "M")
        em = e_e.get(c, low)  # E after B or M
        a, b = v_b + t_be + em, v_m + t_me + em
        n_e, p_e = (a, "B") if a > b else (b, "M")
        em = e_s.get(c, low)  # S after S or E
        a, b = v_s + t_ss + em, v_e + t_es + em
        n_s, p_s = (b, "E") if b > a else (a, "S")
        back.append((p_b, p_m, p_e, p_s))
        v_b, v_m, v_e, v_s = n_b, n_m, n_e, n_s
    state = "E" if v_e > v_s else "S"
    states = [state]
    slot = {"B": 0, "M": 1, "E": 2, "S": 3}
    for prev in reversed(back):
        state = prev[slot[state]]
        states.append(state)
    states.reverse()
    words: list[str] = []
    begin = nexti = 0
    for i, pos in enumerate(states):
        if pos == "B":
            begin = i
        elif pos == "E":
            words.append(obs[begin : i + 1])
            nexti = i + 1
        elif pos == "S":
            words.append(obs[i])
            nexti = i + 1
    if nexti < len(obs):
        words.append(obs[nexti:])
    return words


def _hmm_cut(text: str) -> tuple[str, ...]:
    """``tuple(jieba.finalseg.cut(text))`` with ``_viterbi_words`` in place of jieba's HMM."""
    fs = jieba.finalseg
    out: list[str] = []
    for blk in fs.re_han.split(text):
        if fs.re_han.match(blk):
            for word in _viterbi_words(blk):
                if word in fs.Force_Split_Words:
                    out.extend(word)
                else:
                    out.append(word)
        else:
            out.extend(x for x in fs.re_skip.split(blk) if x)
    return tuple(out)


def usable_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_workers() -> int:
    """Processes a large batch may use: ``$VOC_TOKENIZE_WORKERS`` ("auto": the usable CPUs),
    else 1 on a machine with at most 2 usable CPUs and up to 4 above that.

    Measured on the 2-CPU development VM (BENCHMARKS.md, "Tokenisation"): a helper costs about
    2 s of CPU per batch (its start-up, and caches warmed twice), so with one spare core at best
    a 36k-comment batch was no faster than in-process. Each helper also holds a jieba dictionary
    and caches (about 100-220 MB).
    """
    raw = os.environ.get(WORKERS_ENV, "").strip().lower()
    if raw == "auto":
        return usable_cpus()
    if raw:
        return max(1, int(raw))
    cpus = usable_cpus()
    return 1 if cpus <= 2 else min(cpus, 4)


def default_pool_min() -> int:
    raw = os.environ.get(POOL_MIN_ENV, "").strip()
    return max(1, int(raw)) if raw else DEFAULT_POOL_MIN


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
        self._history: list[tuple[str, tuple[str, ...]]] = []
        # Batch spreading (see the module docstring); set per instance to override the defaults.
        self.workers = default_workers()
        self.pool_min = default_pool_min()
        # False: the caller only waits while helpers do the chunks (tests use it to make sure
        # the helpers' tokens are the ones returned).
        self.pool_caller_works = True
        self.last_batch: BatchStats | None = None
        # Segmentation results per CJK/alnum block. Reviews repeat short clauses ("很好",
        # "送餐很快") a lot, and the DAG + HMM pass is the expensive part of jieba, so this
        # cache gives the same tokens as jieba for much less work. Cleared when words change.
        self._blocks: dict[str, tuple[str, ...]] = {}
        self._canonical: dict[str, str] = {w.lower(): w for w in BUILTIN_LATIN}
        self._codes: set[str] = set(BUILTIN_CODES)
        self._stop: set[str] = set(shipped_stopwords())
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
                if _RE_NUMBER.fullmatch(word):
                    self._codes.add(word)
                elif _RE_LATIN.fullmatch(word):
                    self._canonical[word.lower()] = word
                self._stop.discard(self._canonical_form(word))
            self._blocks.clear()
            self._logp.clear()
            self._hmm.clear()
            self._kept.clear()

    def add_stop_words(self, words: Iterable[str]) -> None:
        """Add organisation stop words (normalised like the text they are compared with)."""
        words = tuple(words)
        with self._lock:
            self._history.append(("add_stop_words", words))
            self._stop.update(self._canonical_form(normalize(w)) for w in words if w.strip())
            self._kept.clear()

    def clear_caches(self) -> None:
        """Forget cached segmentations (benchmarks start cold with this); the words stay."""
        with self._lock:
            self._blocks.clear()
            self._logp.clear()
            self._hmm.clear()
            self._kept.clear()

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
                words = _hmm_cut(buf)
                self._hmm[buf] = words
            out.extend(words)
        else:
            out.extend(buf)

    def jieba_tokenizer(self) -> Any:
        """The underlying ``jieba.Tokenizer`` (for code that needs jieba's own API)."""
        return self._jieba

    # -- content words ------------------------------------------------------------------------

    def _content_form(self, word: str) -> str:
        """What ``word`` counts as under the token rules and stop words; "" when dropped."""
        word = word.strip()
        if not word or not _is_content(word):
            return ""
        if word.isascii():
            if _RE_NUMBER.fullmatch(word):
                if word not in self._codes:
                    return ""
            elif len(word) < 2:
                return ""
            word = self._canonical_form(word)
        return "" if word in self._stop else word

    def _filter(self, words: Iterable[str], stop: set[str] | frozenset[str]) -> list[str]:
        kept = self._kept
        out: list[str] = []
        for word in words:
            form = kept.get(word)
            if form is None:
                form = self._content_form(word)
                if len(kept) >= _CACHE_LIMIT:
                    kept.clear()
                kept[word] = form
            if form and form not in stop:
                out.append(form)
        return out

    def tokens(self, text: str, extra_stop_words: Iterable[str] = ()) -> list[str]:
        """Content words of ``text`` (normalised here) for topic modelling: no stop words."""
        return self._filter(self.segment(normalize(text)), self._extra(extra_stop_words))

    def tokens_many(self, texts: Sequence[str], extra_stop_words: Iterable[str] = ()) -> list[list[str]]:
        """``tokens`` for a batch; identical texts are done once, large batches on several cores."""
        return self._batch("tokens", texts, self._extra(extra_stop_words))

    def segment_many(self, texts: Sequence[str]) -> list[list[str]]:
        """``segment`` for a batch of normalised texts, large batches on several cores."""
        return self._batch("segment", texts, frozenset())

    def _batch(self, kind: BatchKind, texts: Sequence[str], stop: frozenset[str]) -> list[list[str]]:
        unique = list(dict.fromkeys(texts))
        if self.workers > 1 and len(unique) >= self.pool_min:
            batch = _BatchRun(self, kind, unique, stop)
            done = batch.run()
            self.last_batch = batch.stats()
        else:
            done = self._run(kind, unique, stop)
            self.last_batch = BatchStats(len(unique), 1 if unique else 0, 0, ())
        by_text = dict(zip(unique, done, strict=True))
        return [list(by_text[t]) for t in texts]

    def _run(self, kind: BatchKind, texts: Sequence[str], stop: frozenset[str]) -> list[list[str]]:
        """One chunk of a batch, in this process (helpers run this too)."""
        if kind == "segment":
            return [self.segment(t) for t in texts]
        return [self._filter(self.segment(normalize(t)), stop) for t in texts]

    # -- helper processes ---------------------------------------------------------------------

    def _state(self) -> History:
        with self._lock:
            return tuple(self._history)

    @classmethod
    def _replay(cls, history: History) -> Tokenizer:
        """A tokenizer built by the same calls as the one whose ``_state()`` this is."""
        tok = cls()
        # The first entry is the constructor's own built-in words, which ``cls()`` just added.
        for method, args in history[1:]:
            getattr(tok, method)(args)
        return tok

    def _fingerprint(self) -> tuple[float, int, str]:
        """Checks that a helper rebuilt the same dictionaries (jieba's FREQ, stop words, codes)."""
        jb = self._jieba
        jb.check_initialized()
        digest = hashlib.sha256()
        for group in (sorted(self._stop), sorted(self._codes), sorted(self._canonical.values())):
            digest.update("\x1f".join(group).encode())
            digest.update(b"\x1e")
        return (float(jb.total), len(jb.FREQ), digest.hexdigest())

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


class _Helper:
    """One helper process for one batch: pickled requests and replies over its stdin/stdout."""

    def __init__(self) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_ROOT, env.get("PYTHONPATH", "")) if p)
        env[WORKERS_ENV] = "1"  # a helper never spreads its own chunks
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from analysis.text.tokenize import _helper_main; _helper_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            # Its own session: a terminal's Ctrl-C reaches only the caller, which ends its helpers
            # (EOF, or kill), and the kernel's per-session CPU grouping (autogroup) does not make
            # the helper share one CPU slice with its caller, which would defeat the point.
            start_new_session=True,
        )
        self.busy = False  # holds a chunk (guarded by the batch's lock)

    def _send(self, obj: object) -> None:
        assert self.proc.stdin is not None
        pickle.dump(obj, self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        self.proc.stdin.flush()

    def _receive(self) -> Any:
        assert self.proc.stdout is not None
        return pickle.load(self.proc.stdout)

    def start(self, history: History, fingerprint: tuple[float, int, str]) -> None:
        """Send the tokenizer's history; wait until the helper has rebuilt the same tokenizer."""
        self._send(history)
        if self._receive() != fingerprint:
            raise RuntimeError("tokenizer helper built different dictionaries")

    def call(self, kind: BatchKind, texts: list[str], stop: frozenset[str]) -> list[list[str]]:
        self._send((kind, texts, stop))
        result: list[list[str]] = self._receive()
        return result

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()

    def close(self) -> None:
        """End the helper: EOF on its stdin (it exits), killed if it does not within 10 s."""
        if self.proc.stdin is not None:
            with contextlib.suppress(OSError):  # gone, with the last request unflushed
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()


class _BatchRun:
    """One large batch: this process and ``workers - 1`` helpers take chunks from one queue.

    The caller never waits for a helper to start: it works from the first chunk on, and a
    helper that is not busy when the chunks run out is stopped. A chunk a helper fails to
    return is done in-process at the end, so a helper can only cost time, never tokens.
    """

    def __init__(self, tok: Tokenizer, kind: BatchKind, texts: list[str], stop: frozenset[str]) -> None:
        self.tok, self.kind, self.stop = tok, kind, stop
        size = max(100, min(1000, len(texts) // (tok.workers * 8)))
        self.chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        self.results: list[list[list[str]] | None] = [None] * len(self.chunks)
        self.helper_chunks = 0
        self.helper_pids: list[int] = []
        self._shared: dict[str, str] = {}
        self._next = 0
        self._lock = threading.Lock()

    def stats(self) -> BatchStats:
        texts = sum(len(c) for c in self.chunks)
        return BatchStats(texts, len(self.chunks), self.helper_chunks, tuple(self.helper_pids))

    def _take(self, helper: _Helper | None) -> int | None:
        with self._lock:
            if self._next >= len(self.chunks):
                if helper is not None:
                    helper.busy = False
                return None
            index = self._next
            self._next += 1
            if helper is not None:
                helper.busy = True
            return index

    def _feed(self, helper: _Helper, history: History, fingerprint: tuple[float, int, str]) -> None:
        try:
            helper.start(history, fingerprint)
            while (index := self._take(helper)) is not None:
                done = helper.call(self.kind, self.chunks[index], self.stop)
                # Unpickled strings are new objects per chunk: share one per distinct token, as
                # the in-process caches do (a 100k-comment corpus holds millions of tokens).
                shared = self._shared
                self.results[index] = [[shared.setdefault(w, w) for w in words] for words in done]
                with self._lock:
                    self.helper_chunks += 1
        except (OSError, EOFError, ValueError, pickle.UnpicklingError, RuntimeError):
            # Stopped, crashed or built different dictionaries: its chunk is redone in-process.
            with self._lock:
                helper.busy = False
            helper.kill()

    def run(self) -> list[list[str]]:
        tok = self.tok
        history, fingerprint = tok._state(), tok._fingerprint()
        helpers: list[_Helper] = []
        threads: list[threading.Thread] = []
        try:
            for _ in range(tok.workers - 1):
                try:
                    helper = _Helper()
                except OSError:  # no process to be had (limits): fewer helpers, same tokens
                    break
                helpers.append(helper)
                self.helper_pids.append(helper.proc.pid)
                thread = threading.Thread(target=self._feed, args=(helper, history, fingerprint), daemon=True)
                threads.append(thread)
                thread.start()
            while tok.pool_caller_works and (index := self._take(None)) is not None:
                self.results[index] = tok._run(self.kind, self.chunks[index], self.stop)
            if not tok.pool_caller_works:
                for thread in threads:
                    thread.join()
            with self._lock:
                idle = [h for h in helpers if not h.busy]
            for helper in idle:  # still starting, or done: not worth waiting for
                helper.kill()
            for thread in threads:
                thread.join()
        finally:
            for helper in helpers:
                helper.close()
        out: list[list[str]] = []
        for index, chunk in enumerate(self.chunks):
            done = self.results[index]
            out.extend(done if done is not None else tok._run(self.kind, chunk, self.stop))
        return out


def _helper_main() -> None:
    """Entry point of a helper process (see ``_Helper``): replay, report, then serve chunks."""
    import logging

    jieba.setLogLevel(logging.WARNING)
    stdin: IO[bytes] = sys.stdin.buffer
    stdout: IO[bytes] = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the reply stream
    tok = Tokenizer._replay(pickle.load(stdin))
    pickle.dump(tok._fingerprint(), stdout)
    stdout.flush()
    while True:
        try:
            kind, texts, stop = pickle.load(stdin)
        except EOFError:
            return
        pickle.dump(tok._run(kind, texts, stop), stdout, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.flush()


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
