"""Which segmented words count as tokens, applied to normalised text (``analysis.text.normalize``):

- blank tokens and tokens without any letter, digit or CJK character (punctuation, symbols) are
  dropped;
- pure numbers ("3", "2.5", "100") are dropped unless they are product/retail codes: the
  built-in ``618``, ``315``, ``1111`` or a number added as a product term (a price or a count is
  not a topic, 618 is);
- Latin words and letter/digit mixes (APP, iOS, 5G, iPhone12) are kept; a single Latin letter is
  dropped as noise. Latin tokens are case-folded so APP/app/App count as one term, to a canonical
  spelling: the one given as a product term or the built-in list (APP, iOS, 5G, WiFi, ...),
  otherwise lower case;
- a degree adverb fused to an opinion by jieba counts as the opinion ("太慢" → "慢", "挺好吃" →
  "好吃": ``analysis.text.pos.without_degree``), so the ways of saying one thing share a word;
  product terms are never read this way;
- stop words (shipped ``analysis/data/stopwords.txt``: the public cn_stopwords and HIT lists from
  the goto456/stopwords collection, merged, normalised and de-duplicated) plus organisation and
  per-call extra stop words are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from analysis.text.normalize import normalize
from analysis.text.pos import without_degree

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

RE_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*%?")
RE_LATIN = re.compile(r"[A-Za-z0-9+#&._%\-]+")


@lru_cache(maxsize=1)
def shipped_stopwords() -> frozenset[str]:
    text = resources.files("analysis.data").joinpath("stopwords.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def _is_content(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


class TokenRules:
    """The rules above with one tokenizer's product terms and stop words (not thread-safe: the
    tokenizer changes them under its lock)."""

    def __init__(self) -> None:
        self.canonical: dict[str, str] = {w.lower(): w for w in BUILTIN_LATIN}
        self.codes: set[str] = set(BUILTIN_CODES)
        self.stop: set[str] = set(shipped_stopwords())
        self.terms: set[str] = set()

    def add_term(self, word: str) -> None:
        """A normalised product term: a number becomes a code, a Latin word a canonical spelling,
        and neither is a stop word any more."""
        if RE_NUMBER.fullmatch(word):
            self.codes.add(word)
        elif RE_LATIN.fullmatch(word):
            self.canonical[word.lower()] = word
        self.terms.add(word)
        self.stop.discard(self.canonical_form(word))

    def add_stop_words(self, words: Iterable[str]) -> None:
        self.stop.update(self.stop_forms(words))

    def stop_forms(self, words: Iterable[str]) -> frozenset[str]:
        """Stop words as the tokens they would match (normalised, canonical spelling)."""
        return frozenset(self.canonical_form(normalize(w)) for w in words if w.strip())

    def canonical_form(self, token: str) -> str:
        if token.isascii():
            return self.canonical.get(token.lower(), token.lower())
        return token

    def content_form(self, word: str) -> str:
        """What a segmented word counts as under the rules and stop words; "" when dropped."""
        word = word.strip()
        if not word or not _is_content(word):
            return ""
        if word.isascii():
            if RE_NUMBER.fullmatch(word):
                if word not in self.codes:
                    return ""
            elif len(word) < 2:
                return ""
            word = self.canonical_form(word)
        elif word not in self.terms:
            word = without_degree(word)
        return "" if word in self.stop else word

    def digest_parts(self) -> tuple[list[str], ...]:
        """What two tokenizers must share to give the same tokens (a helper process checks it)."""
        return sorted(self.stop), sorted(self.codes), sorted(self.canonical.values()), sorted(self.terms)
