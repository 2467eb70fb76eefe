from __future__ import annotations

import csv
import os

import pytest

from analysis.text import Tokenizer, get_tokenizer, normalize
from analysis.text.pool import workers_for
from analysis.text.tokenize import configure_pool
from api import process
from core.settings import Settings
from tests.support.paths import ANALYSIS_FIXTURES


def test_traditional_to_simplified() -> None:
    assert normalize("這個產品質量很好") == "这个产品质量很好"


@pytest.mark.parametrize(("written", "analysed"), [
    # Taiwan: the words differ, not only the characters.
    ("這個軟體常常當機", "这个软件常常死机"),
    ("我的滑鼠壞了", "我的鼠标坏了"),
    ("印表機連不上網路", "打印机连不上网络"),
    ("記憶體不夠，螢幕又太暗", "内存不够,屏幕又太暗"),
    ("程式更新以後，影片一直卡住", "程序更新以后,视频一直卡住"),
    ("伺服器太慢，資料庫的資料也不見了", "服务器太慢,数据库的数据也不见了"),
    # Hong Kong.
    ("部電腦個硬碟壞咗，網上搜尋唔到解決方法", "部电脑个硬盘坏咗,网上搜索唔到解决方法"),
    ("我哋好重視你嘅私隱權", "我哋好重视你嘅隐私权"),
    # An idiom that holds a converted word keeps its meaning.
    ("客服當機立斷幫我退款", "客服当机立断帮我退款"),
])
def test_taiwan_and_hong_kong_vocabulary_become_mainland_words(written: str, analysed: str) -> None:
    assert normalize(written) == analysed


@pytest.mark.parametrize("text", [
    # Mainland words made of characters both scripts share stay as written (the Taiwan tables
    # would read 智慧 as 智能, 影片 as 视频 and 怎么 as 怎幺) ...
    "这本书充满智慧，影片也好看，怎么说呢",
    # ... also beside a stray Traditional character (only that character changes).
    "拷贝的MP3文件怎麽有的不能播放，红外接口也不好",
])
def test_simplified_text_is_not_rewritten_with_regional_words(text: str) -> None:
    assert normalize(text) == normalize(text.replace("麽", "么")) == text.replace("麽", "么").replace("，", ",")


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


def test_a_degree_adverb_fused_to_an_opinion_reads_as_the_opinion(tok: Tokenizer) -> None:
    """jieba keeps "太慢" and "挺好吃" as words of their own: "送得太慢" and "送餐慢" must share 慢."""
    assert "慢" in tok.tokens("送得太慢了") and "太慢" not in tok.tokens("送得太慢了")
    assert "慢" in tok.tokens("送餐慢")
    assert "好吃" in tok.tokens("挺好吃的")
    assert "快" in tok.tokens("小哥很快")
    # Where the rest is no opinion, the word means something else and stays whole.
    assert "超市" in tok.tokens("附近超市买的")
    assert "太阳" in tok.tokens("太阳很大")


def test_a_product_term_is_never_read_as_a_degree_adverb() -> None:
    own = Tokenizer()
    assert "薄" in own.tokens("超薄的机身")  # 超薄 → 薄
    own.add_words(["超薄"])  # the organisation's product term
    assert "超薄" in own.tokens("超薄的机身")


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


# -- batches spread over helper processes ---------------------------------------------------------



def _reviews() -> list[str]:
    texts: list[str] = []
    for name in ("reviews.csv", "topics_small.csv"):  # ~360 texts: several 100-text chunks
        with (ANALYSIS_FIXTURES / name).open(encoding="utf-8") as handle:
            texts += [row["review"] for row in csv.DictReader(handle) if row.get("review")]
    # Organisation words in play, and a duplicate: every branch of the token rules is exercised.
    return [*texts, "小蓝瓶精华很好用，手机也不错", "蓝莓味的快递很慢", "這個APP在iOS上很卡，618买的", texts[0]]


def _organisation_tokenizer(workers: int) -> Tokenizer:
    tok = Tokenizer(user_words=["小蓝瓶精华"], stop_words=["手机"])
    tok.add_words(["蓝莓味"])
    tok.add_stop_words(["快递"])
    tok.workers, tok.pool_min = workers, 1
    return tok


def _assert_helpers_ended(pids: tuple[int, ...]) -> None:
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # waited for: not even a zombie is left


def test_pooled_batch_gives_the_tokens_of_the_in_process_path() -> None:
    texts = _reviews()
    local = _organisation_tokenizer(workers=1)
    expected = [local.tokens(t, extra_stop_words=["物流"]) for t in texts]
    assert any("小蓝瓶精华" in t for t in expected) and any("蓝莓味" in t for t in expected)
    assert not any({"手机", "快递"} & set(t) for t in expected)

    pooled = _organisation_tokenizer(workers=2)
    pooled.pool_caller_works = False  # every chunk from the helper: its tokens are the ones compared
    assert pooled.tokens_many(texts, extra_stop_words=["物流"]) == expected
    stats = pooled.last_batch
    assert stats is not None and stats.texts == len(set(texts))
    assert len(stats.helper_pids) == 1 and stats.helper_chunks == stats.chunks > 1
    _assert_helpers_ended(stats.helper_pids)


def test_pooled_segmentation_matches_jieba() -> None:
    texts = [normalize(t) for t in _reviews()]
    pooled = _organisation_tokenizer(workers=3)
    segmented = pooled.segment_many(texts)  # the caller works too: chunks from both sides
    assert segmented == [pooled.jieba_tokenizer().lcut(t) for t in texts]
    stats = pooled.last_batch
    assert stats is not None and len(stats.helper_pids) == 2
    _assert_helpers_ended(stats.helper_pids)


def test_a_helper_with_other_dictionaries_is_not_used() -> None:
    texts = _reviews()
    tok = _organisation_tokenizer(workers=2)
    # Added behind the tokenizer's back: a helper replaying add_words cannot know it, builds a
    # different dictionary, and must be refused rather than return other words.
    tok.jieba_tokenizer().add_word("很好用的")
    tok.clear_caches()
    expected = [tok.tokens(t) for t in texts]
    tok.pool_caller_works = False
    assert tok.tokens_many(texts) == expected
    stats = tok.last_batch
    assert stats is not None and stats.helper_chunks == 0 and len(stats.helper_pids) == 1
    _assert_helpers_ended(stats.helper_pids)


def test_small_batches_stay_in_process() -> None:
    tok = _organisation_tokenizer(workers=2)
    tok.pool_min = 1000
    texts = _reviews()
    assert len(set(texts)) < tok.pool_min
    assert tok.tokens_many(texts) == [tok.tokens(t) for t in texts]
    assert tok.last_batch is not None and tok.last_batch.helper_pids == ()


def test_worker_count_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOC_TOKENIZE_WORKERS", "3")
    monkeypatch.setenv("VOC_TOKENIZE_POOL_MIN", "50")
    settings = Settings()
    assert (settings.tokenize_workers, settings.tokenize_pool_min) == (3, 50)
    tok = get_tokenizer()
    before = (tok.workers, tok.pool_min)
    try:
        process.configure(settings)  # what every process does at start-up
        assert (get_tokenizer().workers, get_tokenizer().pool_min) == (3, 50)
    finally:
        configure_pool(workers=before[0], pool_min=before[1])
    monkeypatch.setenv("VOC_TOKENIZE_WORKERS", "Auto")
    assert workers_for(Settings().tokenize_workers) == len(os.sched_getaffinity(0))
    monkeypatch.delenv("VOC_TOKENIZE_WORKERS")
    cpus = len(os.sched_getaffinity(0))
    assert workers_for(Settings().tokenize_workers) == (1 if cpus <= 2 else min(cpus, 4))
