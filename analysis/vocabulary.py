"""Organisation vocabularies: their stop words and product terms applied to tokenisation.

The jieba dictionary is one per process, so product terms of every organisation are added to it
(a term only keeps itself whole; it changes no other organisation's data). Stop words apply per
organisation, per call.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from analysis.models import Vocabulary
from core.errors import ValidationFailed

MAX_WORDS = 2000
MAX_WORD_CHARS = 32
CACHE_SECONDS = 5.0
_cache: dict[int, tuple[float, OrganisationWords]] = {}
_added_terms: set[str] = set()


@dataclass(frozen=True)
class OrganisationWords:
    stop_words: tuple[str, ...] = ()
    product_terms: tuple[str, ...] = ()


def _clean(words: list[str], field: str) -> list[str]:
    if len(words) > MAX_WORDS:
        raise ValidationFailed(f"at most {MAX_WORDS} words", field=field)
    clean: list[str] = []
    for word in words:
        word = word.strip()
        if not 0 < len(word) <= MAX_WORD_CHARS:
            raise ValidationFailed(f"words must be 1-{MAX_WORD_CHARS} characters", field=field)
        if word not in clean:
            clean.append(word)
    return clean


async def set_vocabulary(
    *, organization_id: int, stop_words: list[str] | None, product_terms: list[str] | None
) -> Vocabulary:
    row = await Vocabulary.get_or_none(organization_id=organization_id)
    if row is None:
        row = Vocabulary(organization_id=organization_id, stop_words=[], product_terms=[])
    if stop_words is not None:
        row.stop_words = _clean(stop_words, "stopWords")
    if product_terms is not None:
        row.product_terms = _clean(product_terms, "productTerms")
    await row.save()
    _cache.pop(organization_id, None)
    return row


async def get_vocabulary(*, organization_id: int) -> Vocabulary | None:
    return await Vocabulary.get_or_none(organization_id=organization_id)


async def words_for(organization_id: int) -> OrganisationWords:
    """The organisation's words, with its product terms added to this process's tokenizer."""
    now = time.monotonic()
    cached = _cache.get(organization_id)
    if cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    row = await Vocabulary.get_or_none(organization_id=organization_id)
    words = OrganisationWords(tuple(row.stop_words), tuple(row.product_terms)) if row else OrganisationWords()
    new_terms = [t for t in words.product_terms if t not in _added_terms]
    if new_terms:  # adding words resets the tokenizer's caches: only when there is something new
        from analysis.text.tokenize import get_tokenizer

        get_tokenizer().add_words(new_terms)
        _added_terms.update(new_terms)
    _cache[organization_id] = (now, words)
    return words
