"""Where things are: the checkout's root and the test data files."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANALYSIS_FIXTURES = ROOT / "tests" / "fixtures" / "analysis"
REVIEWS = ANALYSIS_FIXTURES / "reviews.csv"  # short product reviews with a sentiment label (0 or 1)
TOPICS_SMALL = ANALYSIS_FIXTURES / "topics_small.csv"  # product reviews in a few categories (the topics a fit should find)
CRM_EXPORT = ROOT / "tests" / "fixtures" / "accounts" / "crm_export.csv"  # accounts with good and bad rows
