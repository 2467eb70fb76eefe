"""Text normalisation applied before tokenisation, sentiment and topic modelling.

Callers keep the original text; this only produces the analysis form:

1. NFKC: full-width letters, digits and punctuation become half-width (ＡＢＣ１２３ → ABC123,
   ，→ , and ！→ !; 。 and 、 have no half-width form and stay), so one product name has one
   spelling.
2. Emoji (pictographs, dingbats, skin tones, ZWJ, variation selectors, flags) are mapped to a
   space: they are not words, and a space (rather than deletion) keeps the characters on either
   side from fusing into a spurious word ("好吃😋快" must not become "好吃快" at a word boundary).
   Sentiment from emoji is therefore not used; the original text still has them.
3. Traditional → Simplified with OpenCC, so that 這個產品 and 这个产品 count as one term. Text
   written mostly in Traditional characters is converted phrase by phrase, with Taiwan's and Hong
   Kong's vocabulary (軟體 → 软件, 滑鼠 → 鼠标, 印表機 → 打印机, 硬碟 → 硬盘; OpenCC's tw2sp and
   hk2sp tables in one pass, plus `opencc_phrases.txt` for what they lack: 當機 → 死机). Simplified
   text, with or without a stray Traditional character, is converted character by character
   only (OpenCC "t2s"): the regional tables rewrite mainland words made of shared characters
   (智慧 → 智能, 影片 → 视频, 怎么 → 怎幺), which changed 652 of 36,174 mainland shopping reviews.
4. Trim and collapse runs of whitespace to one space.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

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


@dataclass(frozen=True)
class _Converters:
    characters: _Converter  # Traditional → Simplified, character by character (t2s)
    to_traditional: _Converter  # Simplified → Traditional (s2t): tells which characters are Simplified-only
    phrases: _Converter  # Taiwan and Hong Kong Traditional → mainland Simplified, phrase by phrase


# The regional dictionaries of OpenCC's tw2sp and hk2sp configurations, in one group: at each
# position the first dictionary with a match wins, so phrases come before single characters.
_REGIONAL = ("TWPhrasesRev", "HKPhrasesRev", "TWVariantsRevPhrases", "HKVariantsRevPhrases",
             "TWVariantsRev", "HKVariantsRev")
# Phrases that OpenCC's tables lack, in its text format: each is checked before the regional
# tables (with identity entries guarding idioms such as 當機立斷).
_OWN_PHRASES = Path(__file__).with_name("opencc_phrases.txt")
_lock = threading.Lock()
_converters: _Converters | None = None


def _group(dicts: list[dict[str, Any]]) -> dict[str, Any]:
    return {"dict": {"type": "group", "match_policy": "short_circuit", "dicts": dicts}}


def _phrase_config(share: Path) -> dict[str, Any]:
    """tw2sp and hk2sp's conversion in one configuration (OpenCC finds dictionaries only beside the
    configuration file or by absolute path, so the paths are filled in here)."""
    def ocd2(name: str, **options: Any) -> dict[str, Any]:
        path = share / f"{name}.ocd2"
        if not path.is_file():
            raise RuntimeError(f"OpenCC's {path.name} is missing under {share}: opencc>=1.4.2 is required")
        return {"type": "ocd2", "file": str(path), **options}

    return {
        "name": "Taiwan and Hong Kong Traditional Chinese to Simplified Chinese (with phrases)",
        "normalization": [{"dict": ocd2("CJK_Compatibility_Ideographs")}],
        "segmentation": {"type": "mmseg", "dict": ocd2("TSPhrases")},
        "conversion_chain": [
            _group([{"type": "text", "file": str(_OWN_PHRASES)}, *(ocd2(name) for name in _REGIONAL)]),
            _group([ocd2("TSPhrases"), ocd2("TSCharactersExt", may_output_tofu=True), ocd2("TSCharacters")]),
        ],
    }


def _load() -> _Converters:
    """The OpenCC converters, created once per process on first use (loading tables costs time)."""
    global _converters
    if _converters is None:
        with _lock:
            if _converters is None:
                import opencc  # local import: only pay for it when text is normalised

                share = Path(opencc.__file__).parent / "clib" / "share" / "opencc"
                with tempfile.TemporaryDirectory() as folder:
                    config = Path(folder) / "zh2sp.json"
                    config.write_text(json.dumps(_phrase_config(share)), encoding="utf-8")
                    phrases = opencc.OpenCC(str(config))  # reads every table now
                _converters = _Converters(opencc.OpenCC("t2s"), opencc.OpenCC("s2t"), phrases)
    return _converters


def _differences(a: str, b: str) -> int:
    return sum(map(str.__ne__, a, b)) + abs(len(a) - len(b))


def _to_simplified(text: str) -> str:
    """Simplified Chinese; Traditional-majority text with its regional vocabulary (module docstring)."""
    converters = _load()
    simplified = converters.characters.convert(text)
    if simplified == text:  # no Traditional character: most comments
        return text
    traditional = _differences(text, simplified)
    if traditional > _differences(text, converters.to_traditional.convert(text)):
        return converters.phrases.convert(text)
    return simplified


def normalize(text: str) -> str:
    """Return the analysis form of ``text`` (see the module docstring for the steps)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _EMOJI_RE.sub(" ", text)
    text = _to_simplified(text)
    return _SPACE_RE.sub(" ", text).strip()
