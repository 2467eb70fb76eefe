"""Fixtures the analysis tests share: the process's tokenizer and the small labelled review corpus."""

from __future__ import annotations

import pytest

from analysis.text.tokenize import Tokenizer, get_tokenizer
from tests.support.corpus import topics_small


@pytest.fixture(scope="session")
def tok() -> Tokenizer:
    return get_tokenizer()


@pytest.fixture(scope="session")
def corpus() -> tuple[list[str], list[str]]:
    """``topics_small.csv``: the reviews and their categories, in file order."""
    reviews, categories = topics_small()
    return list(reviews), list(categories)
