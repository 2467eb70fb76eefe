"""Text normalisation applied before tokenisation, sentiment and topic modelling.

Callers keep the original text; this only produces the analysis form:

1. NFKC: full-width letters, digits and punctuation become half-width (ＡＢＣ１２３ → ABC123,
   ，→ , and ！→ !; 。 and 、 have no half-width form and stay), so one product name has one
   spelling.
2. Emoji (pictographs, dingbats, skin tones, ZWJ, variation selectors, flags) are mapped to a
   space: they are not words, and a space (rather than deletion) keeps the characters on either
   side from fusing into a spurious word ("好吃😋快" must not become "好吃快" at a word boundary).
   Sentiment from emoji is therefore not used; the original text still has them.
3. Traditional → Simplified with OpenCC "t2s" so that 這個產品 and 这个产品 count as one term.
4. Trim and collapse runs of whitespace to one space.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Protocol

# Ranges that hold emoji and pictographs. Kept explicit (not category "So") so that CJK symbols
# such as ㊣ or ℃ that carry meaning in reviews survive.
_EMOJI_RE = re.compile(
    "["
    "\U0001f000-\U0001faff"  # mahjong, cards, enclosed, pictographs, emoticons, transport, ...
    "\U00002600-\U000027bf"  # misc symbols and dingbats (☀ ★ ✔ ❤)
    "\U00002b00-\U00002bff"  # arrows and stars (⭐)
    "\U0000fe00-\U0000fe0f"  # variation selectors
    "\U0000200d"  # zero-width joiner
    "\U000e0020-\U000e007f"  # tag characters (subdivision flags)
    "\U00002300-\U000023ff"  # technical (⌚ ⏰)
    "]+"
)
_SPACE_RE = re.compile(r"\s+")


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


_lock = threading.Lock()
_converter: _Converter | None = None


def _t2s() -> _Converter:
    """One OpenCC converter per process, created on first use (loading its tables costs time)."""
    global _converter
    if _converter is None:
        with _lock:
            if _converter is None:
                import opencc  # local import: only pay for it when text is normalised

                _converter = opencc.OpenCC("t2s")
    return _converter


def normalize(text: str) -> str:
    """Return the analysis form of ``text`` (see the module docstring for the steps)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _EMOJI_RE.sub(" ", text)
    text = _t2s().convert(text)
    return _SPACE_RE.sub(" ", text).strip()
