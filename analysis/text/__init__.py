"""Chinese text pipeline: normalisation and jieba tokenisation (see DESIGN.md, "Chinese text")."""

from __future__ import annotations

from analysis.text.normalize import normalize
from analysis.text.tokenize import Tokenizer, get_tokenizer

__all__ = ["Tokenizer", "get_tokenizer", "normalize"]
