"""Large tokenisation batches spread over processes.

Batches (``Tokenizer.tokens_many``, ``segment_many``) of at least ``pool_min`` distinct texts are
spread over ``workers`` processes (VOC_TOKENIZE_WORKERS, see ``workers_for``): the calling process
works through the batch itself while ``workers - 1`` helper processes, started for that batch and
stopped after it, take chunks from the same queue. Helpers are fresh interpreters (``subprocess``,
never ``fork``: the caller may be a multi-threaded server) that rebuild the caller's tokenizer by
replaying its ``add_words``/``add_stop_words`` calls (``analysis.text.tokenize.helper_main``), so
the tokens are the same as in-process; one that fails or disagrees is dropped and its chunk is
done in-process. Smaller batches, and per-comment analysis, never leave the process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

# A helper process costs about a second of start-up (interpreter, jieba dictionary) and the
# in-process path does 3,000-6,000 texts/s, so below a couple of thousand texts it cannot pay off.
DEFAULT_POOL_MIN = 2000
_ROOT = str(Path(__file__).resolve().parents[2])  # the directory holding the ``analysis`` package
# This checkout first on the helper's path: it imports the same code as its caller.
HELPER_MAIN = (f"import sys; sys.path.insert(0, {_ROOT!r}); "
               "from analysis.text.tokenize import helper_main; helper_main()")

BatchKind = Literal["segment", "tokens"]
# (method, arguments) of every add_words/add_stop_words call, in order: a helper process replays
# them to get the same jieba frequencies (add_word's suggested frequency depends on what was
# added before), canonical spellings, codes and stop words.
History = tuple[tuple[str, tuple[str, ...]], ...]
Fingerprint = tuple[float, int, str]


@dataclass(frozen=True)
class BatchStats:
    """How the last ``tokens_many``/``segment_many`` batch was run (for tests and benchmarks)."""

    texts: int  # distinct texts
    chunks: int
    helper_chunks: int  # chunks returned by helper processes (the rest ran in this process)
    helper_pids: tuple[int, ...]  # helpers started for the batch, all ended when it returns


class Chunked(Protocol):
    """What a batch needs from the tokenizer whose chunks it spreads."""

    workers: int
    pool_caller_works: bool

    def history(self) -> History: ...

    def fingerprint(self) -> Fingerprint: ...

    def run_chunk(self, kind: BatchKind, texts: list[str], stop: frozenset[str]) -> list[list[str]]: ...


def usable_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def workers_for(setting: int | Literal["auto"] | None) -> int:
    """Processes a large batch may use: the setting VOC_TOKENIZE_WORKERS ("auto": the usable
    CPUs), else 1 on a machine with at most 2 usable CPUs and up to 4 above that.

    Measured on the 2-CPU development VM (BENCHMARKS.md, "Tokenisation"): a helper costs about
    2 s of CPU per batch (its start-up, and caches warmed twice), so with one spare core at best
    a 36k-comment batch was no faster than in-process. Each helper also holds a jieba dictionary
    and caches (about 100-220 MB).
    """
    if setting == "auto":
        return usable_cpus()
    if setting is not None:
        return max(1, setting)
    cpus = usable_cpus()
    return 1 if cpus <= 2 else min(cpus, 4)


class _Helper:
    """One helper process for one batch: pickled requests and replies over its stdin/stdout."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HELPER_MAIN],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
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

    def start(self, history: History, fingerprint: Fingerprint) -> None:
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


class BatchRun:
    """One large batch: this process and ``workers - 1`` helpers take chunks from one queue.

    The caller never waits for a helper to start: it works from the first chunk on, and a
    helper that is not busy when the chunks run out is stopped. A chunk a helper fails to
    return is done in-process at the end, so a helper can only cost time, never tokens.
    """

    def __init__(self, tok: Chunked, kind: BatchKind, texts: list[str], stop: frozenset[str]) -> None:
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

    def _feed(self, helper: _Helper, history: History, fingerprint: Fingerprint) -> None:
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
        history, fingerprint = tok.history(), tok.fingerprint()
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
                self.results[index] = tok.run_chunk(self.kind, self.chunks[index], self.stop)
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
            out.extend(done if done is not None else tok.run_chunk(self.kind, chunk, self.stop))
        return out
