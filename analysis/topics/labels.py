"""Readable Chinese topic labels from ranked topic words."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that survive stop-word lists but say nothing about a topic on their own.
_VAGUE = frozenset(
    {
        "东西",
        "感觉",
        "觉得",
        "真的",
        "比较",
        "有点",
        "一个",
        "一下",
        "没有",
        "还是",
        "就是",
        "可以",
        "不过",
        "而且",
        "但是",
        "非常",
        "这个",
        "那个",
        "这么",
        "什么",
        "怎么",
        "已经",
        "一直",
        "时候",
        "问题",
        "知道",
        "以后",
        "之前",
        "还有",
        "一次",
        "一点",
        "不是",
        "这样",
        "特别",
        "其实",
    }
)
# Letters, digits or CJK; anything else (punctuation, symbols) is not a word.
_WORDISH = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
_NUMBERISH = re.compile(r"[0-9.,%]+")
SEPARATOR = " · "


def label_words(words: Iterable[str], stop_words: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``words`` (best first) that may appear in a label, in order."""
    out: list[str] = []
    for raw in words:
        word = raw.strip()
        if not word or not _WORDISH.search(word) or _NUMBERISH.fullmatch(word):
            continue
        if word in stop_words or word in _VAGUE:
            continue
        # "屏幕" then "屏幕清晰": keep the first, skip words contained in / containing a kept one.
        if any(word in kept or kept in word for kept in out):
            continue
        out.append(word)
    return out


def topic_label(words: Iterable[str], n: int = 2, stop_words: frozenset[str] = frozenset()) -> str:
    """``"屏幕 · 清晰"`` from ranked topic words: no stop words, punctuation or bare numbers.

    Single-character words ("做", "买") are mostly function-like verbs, and filler ("哦哦哦",
    "红红火火": written to reach a review's minimum length) says nothing either, so both are used
    only when too few other words are left.
    """
    words = label_words(words, stop_words)
    weak = [w for w in words if len(w) < 2 or _filler(w)]
    chosen = [w for w in words if w not in weak][:n]
    if len(chosen) < n:
        chosen += weak[: n - len(chosen)]
    return SEPARATOR.join(chosen) if chosen else "其他"


def _filler(word: str) -> bool:
    """Three or more characters, each used at least twice on average (哦哦哦, 哈哈哈哈, 红红火火);
    two-character doublings (谢谢, 妈妈) are real words."""
    return len(word) >= 3 and 2 * len(set(word)) <= len(word)
