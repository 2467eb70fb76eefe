"""Fixtures the analysis tests share: the process's tokenizer and the small labelled review corpus."""

from __future__ import annotations

import csv

import pytest

from analysis.text.tokenize import Tokenizer, get_tokenizer
from tests.support.paths import TOPICS_SMALL


@pytest.fixture(scope="session")
def tok() -> Tokenizer:
    return get_tokenizer()


@pytest.fixture(scope="session")
def corpus() -> tuple[list[str], list[str]]:
    """``topics_small.csv``: the reviews and their categories, in file order."""
    with TOPICS_SMALL.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["review"] for r in rows], [r["cat"] for r in rows]
