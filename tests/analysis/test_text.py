from __future__ import annotations

import pytest

from analysis.text import Tokenizer, get_tokenizer, normalize


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return get_tokenizer()


def test_traditional_to_simplified() -> None:
    assert normalize("這個產品質量很好") == "这个产品质量很好"


def test_full_width_to_half_width() -> None:
    assert normalize("ＡＢＣ１２３") == "ABC123"


def test_whitespace_trimmed_and_collapsed() -> None:
    assert normalize("  很好 \t\n  很快  ") == "很好 很快"


def test_emoji_become_a_space() -> None:
    assert normalize("好吃😋送餐快👍🏻") == "好吃 送餐快"
    assert normalize("") == ""


def test_get_tokenizer_is_cached(tok: Tokenizer) -> None:
    assert get_tokenizer() is tok


def test_mixed_english_and_codes_kept(tok: Tokenizer) -> None:
    words = tok.tokens("这个APP在iOS上很卡，5G信号也差，618买的")
    for kept in ("APP", "iOS", "5G", "618"):
        assert kept in words
    assert "卡" in words or "很卡" in words


def test_latin_case_folded_to_canonical(tok: Tokenizer) -> None:
    assert "APP" in tok.tokens("这个app不好用")
    assert "kindle" in tok.tokens("Kindle 很好")


def test_numbers_without_meaning_dropped(tok: Tokenizer) -> None:
    words = tok.tokens("买了3个，花了2.5元")
    assert "3" not in words and "2.5" not in words


def test_builtin_product_words_not_split(tok: Tokenizer) -> None:
    words = tok.tokens("会员卡用不了，打开就闪退，开发票也慢")
    assert "会员卡" in words
    assert "闪退" in words
    assert "开发票" in words


def test_user_dictionary() -> None:
    own = Tokenizer(user_words=["小蓝瓶精华"])
    assert "小蓝瓶精华" in own.tokens("小蓝瓶精华很好用")
    own.add_words(["蓝莓味"])
    assert "蓝莓味" in own.tokens("蓝莓味的不错")


def test_stop_words_and_punctuation_dropped(tok: Tokenizer) -> None:
    words = tok.tokens("我的手机，真的是！非常？好用。。。")
    assert "的" not in words and "我" not in words
    assert not any(w in {"，", "！", "？", "。", ",", "!", "?"} for w in words)
    assert "手机" in words


def test_extra_stop_words(tok: Tokenizer) -> None:
    assert "手机" not in tok.tokens("手机很好", extra_stop_words=["手机"])
    assert "手机" in tok.tokens("手机很好")


def test_tokens_many_matches_tokens(tok: Tokenizer) -> None:
    texts = ["送餐很快，很好吃", "這個產品質量很好", "送餐很快，很好吃", ""]
    assert tok.tokens_many(texts) == [tok.tokens(t) for t in texts]


def test_segment_matches_jieba(tok: Tokenizer) -> None:
    text = normalize("iOS14 打开就闪退，客服 态度差!!! 还要等3天")
    assert tok.segment(text) == tok.jieba_tokenizer().lcut(text)


def test_keywords_use_product_dictionary(tok: Tokenizer) -> None:
    kws = tok.keywords("打开就闪退，闪退了三次，客服也不管，闪退太严重", k=3)
    assert kws[0] == "闪退"
    assert len(kws) <= 3
