"""Comment sentiment in [-1, 1] from a model trained by scripts/train_sentiment.py (numpy inference)."""

from __future__ import annotations

from analysis.sentiment.evaluate import evaluate
from analysis.sentiment.model import SentimentModel, get_model

__all__ = ["SentimentModel", "evaluate", "get_model"]
