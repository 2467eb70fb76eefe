"""Parts of speech from jieba's dictionary, and degree adverbs fused to an opinion.

Part of speech comes from the dictionary's tags (what ``jieba.posseg`` reads), looked up per word:
``jieba.posseg.cut`` re-segments every comment and would cost more than a whole topic fit.

jieba's dictionary holds hundreds of degree adverb + opinion compounds ("太慢", "很快", "挺好吃",
"比较满意") and emits each as one word, so "送得太慢" and "送餐慢" would share no word and a topic
label "送餐慢" would not reach the comments that say "太慢". ``without_degree`` reads such a word as
its opinion; a word whose rest is no opinion keeps its meaning ("太阳", "超市", "特别版", "挺进").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Longest first where one starts another ("有点" before a one-character adverb would not matter,
# but keep the rule obvious).
DEGREE_ADVERBS = ("非常", "特别", "比较", "有点", "十分", "相当", "太", "很", "挺", "蛮", "超")
ADJECTIVE_TAGS = frozenset(["a", "ad", "an", "ag", "z", "i"])
VERB_TAGS = frozenset(["v", "vi", "vd", "vn"])
_DICT_LINE = re.compile(r"^(\S+) \d+ (\S+)\r?$", re.MULTILINE)


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary word → part-of-speech tag ("word freq tag" lines), read once per process
    (~0.3 s). Importing ``jieba.posseg`` would parse the same file more slowly (~0.9 s)."""
    import jieba

    with jieba.dt.get_dict_file() as handle:
        text = handle.read().decode("utf-8")
    return dict(_DICT_LINE.findall(text))


def without_degree(word: str, tags: dict[str, str] | None = None) -> str:
    """The opinion of a degree adverb + opinion word ("太慢" → "慢", "挺好吃" → "好吃"), else the
    word itself. The rest must be an adjective, or a verb of two characters or more (好吃 and 满意
    are tagged verbs; one-character verbs are where the compound means something else: 挺进, 超出)."""
    for degree in DEGREE_ADVERBS:
        if word.startswith(degree) and len(word) > len(degree):
            rest = word[len(degree):]
            tag = (word_tags() if tags is None else tags).get(rest)
            if tag in ADJECTIVE_TAGS or (tag in VERB_TAGS and len(rest) >= 2):
                return rest
            return word
    return word
