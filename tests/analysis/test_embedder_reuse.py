"""CorpusEmbedder.embed for one new comment: the same vectors as the plain TF-IDF → LSA formula,
at a cost independent of the vocabulary (the workers embed every arriving comment one at a time).

Found by the scale-out benchmark: embedding one comment built two CountVectorizers (each validating
the whole vocabulary), multiplied by a dense idf row and copied the transposed SVD basis, about
20 ms per comment with a 5,000-comment model (the topic assignment embeds each comment twice); now
the first call builds what every later one reuses, with bit-identical vectors (so fits and
assignments are unchanged). The time per comment is the benchmark's (BENCHMARKS.md, scale-out).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from analysis.text.tokenize import Tokenizer
from analysis.topics import CorpusEmbedder, embedder
from analysis.topics.embedder import EmbedderConfig, _char_text, term_norm_power_for
from tests.support.corpus import topics_small

NEW = ["屏幕很清晰，电池也耐用", "这本书内容很好看", "苹果又甜又新鲜", "", "qwerty", "洗完头发很顺滑，头皮屑少了"]


@pytest.fixture(scope="module")
def docs() -> list[str]:
    return list(topics_small()[0])


def reference(emb: CorpusEmbedder, texts: list[str]) -> np.ndarray:
    """The embedding written out densely: sublinear TF-IDF per block, L2 rows, weighted stack, LSA, L2."""

    def block(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
        x = np.log1p(counts) * idf
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        out: np.ndarray = x / np.where(norms == 0, 1.0, norms)
        return out

    words = CountVectorizer(analyzer=emb.analyzer, vocabulary=emb.word_vocab).transform(texts).toarray()
    chars = CountVectorizer(analyzer="char", ngram_range=emb.config.char_ngrams, vocabulary=emb.char_vocab,
                            preprocessor=_char_text).transform(texts).toarray()
    x = np.hstack([block(words, emb.word_idf), block(chars, emb.char_idf) * emb.config.char_weight])
    z = x @ emb.components.T.astype(np.float64)
    norms = np.linalg.norm(z, axis=1, keepdims=True)
    embedded: np.ndarray = z / np.where(norms == 0, 1.0, norms)
    return embedded


def test_embed_matches_the_formula_one_by_one_and_in_a_batch(tok: Tokenizer, docs: list[str]) -> None:
    emb = CorpusEmbedder(tok).fit(docs)
    expected = reference(emb, NEW)
    assert np.allclose(emb.embed(NEW), expected, atol=1e-5)
    one_by_one = np.vstack([emb.embed([text]) for text in NEW])
    assert np.allclose(one_by_one, expected, atol=1e-5)
    assert not np.any(one_by_one[3])  # an empty comment stays the zero vector, not NaN


def test_refit_and_load_replace_what_embed_reuses(tok: Tokenizer, docs: list[str], tmp_path: Path) -> None:
    emb = CorpusEmbedder(tok).fit(docs[: len(docs) // 2])
    first = emb.embed(NEW)
    emb.fit(docs[len(docs) // 2 :])  # another vocabulary and basis: nothing of the first fit may be used
    assert np.allclose(emb.embed(NEW), reference(emb, NEW), atol=1e-5)
    assert not np.allclose(emb.embed(NEW), first, atol=1e-3)
    emb.save(tmp_path)
    loaded = CorpusEmbedder.load(tmp_path, tok)
    assert np.allclose(loaded.embed(NEW), emb.embed(NEW), atol=1e-5)


def test_one_comment_costs_no_pass_over_the_vocabulary(tok: Tokenizer, monkeypatch: pytest.MonkeyPatch) -> None:
    # A large vocabulary (synthetic: every pair of 300 characters), the size a 100k-comment model reaches.
    alphabet = [chr(0x4E00 + i) for i in range(300)]
    emb = CorpusEmbedder(tok)
    emb.word_vocab = {f"{a}{b}": i for i, (a, b) in enumerate((a, b) for a in alphabet[:100] for b in alphabet[:100])}
    emb.char_vocab = {f"{a}{b}": i for i, (a, b) in enumerate((a, b) for a in alphabet for b in alphabet)}
    emb.word_idf = np.ones(len(emb.word_vocab), dtype=np.float32)
    emb.char_idf = np.ones(len(emb.char_vocab), dtype=np.float32)
    rng = np.random.default_rng(0)
    emb.components = rng.standard_normal((96, len(emb.word_vocab) + len(emb.char_vocab))).astype(np.float32)
    text = "".join(alphabet[:12])
    first = emb.embed([text])  # the first call builds what later calls reuse
    vectorizers, projection = emb._vectorizers, emb._projection
    validated: list[CountVectorizer] = []
    validate = CountVectorizer._validate_vocabulary

    def counted(vectorizer: CountVectorizer) -> None:
        validated.append(vectorizer)
        validate(vectorizer)

    def no_new_vectorizer(*args: object, **kwargs: object) -> None:
        raise AssertionError("a CountVectorizer was built for one comment")

    monkeypatch.setattr(CountVectorizer, "_validate_vocabulary", counted)
    monkeypatch.setattr(embedder, "CountVectorizer", no_new_vectorizer)
    for _ in range(3):
        assert np.array_equal(emb.embed([text]), first)
    assert validated == []  # no pass over the vocabulary
    assert emb._vectorizers is vectorizers and emb._projection is projection  # nor a new copy of the basis


def _spread(norms: np.ndarray) -> float:
    return float(np.percentile(norms, 90) / np.percentile(norms, 10))


def test_term_vectors_are_rescaled_so_specific_words_are_not_drowned(tok: Tokenizer, docs: list[str]) -> None:
    plain = CorpusEmbedder(tok, EmbedderConfig(term_norm_power=1.0)).fit(docs)
    damped = CorpusEmbedder(tok, EmbedderConfig(term_norm_power=0.5)).fit(docs)
    # Same vocabulary and SVD basis; only each term's length changes, to its plain length ** 0.5.
    assert damped.word_vocab == plain.word_vocab
    n_plain = np.linalg.norm(plain.components, axis=0)
    n_damped = np.linalg.norm(damped.components, axis=0)
    live = n_plain > 1e-6
    assert np.allclose(n_damped[live], np.sqrt(n_plain[live]), rtol=1e-3)
    cos = (plain.components * damped.components).sum(0)[live] / (n_plain[live] * n_damped[live])
    assert np.allclose(cos, 1.0, atol=1e-4)  # directions kept
    # The spread of term lengths shrinks: rare specific terms catch up with the frequent ones.
    assert _spread(n_damped[live]) < _spread(n_plain[live])
    assert np.allclose(damped.embed(NEW), reference(damped, NEW), atol=1e-5)


def test_a_model_saved_before_term_rescaling_loads_as_plain_lsa(tok: Tokenizer, docs: list[str], tmp_path: Path) -> None:
    emb = CorpusEmbedder(tok, EmbedderConfig(term_norm_power=1.0)).fit(docs)
    emb.save(tmp_path)
    meta_path = tmp_path / "embedder.json"
    meta = json.loads(meta_path.read_text("utf-8"))
    del meta["config"]["term_norm_power"]  # the format written by earlier versions
    meta_path.write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
    loaded = CorpusEmbedder.load(tmp_path, tok)
    assert loaded.config.term_norm_power == 1.0
    assert np.allclose(loaded.embed(NEW), emb.embed(NEW), atol=1e-5)


def test_term_rescaling_follows_the_corpus_size(tok: Tokenizer, docs: list[str]) -> None:
    # Plain LSA on a few hundred comments (too few to learn rare terms' directions), full effect
    # from a couple of thousand, monotonic in between.
    sizes = [100, 500, 800, 1_000, 1_500, 2_000, 36_000, 100_000]
    powers = [term_norm_power_for(n) for n in sizes]
    assert powers[0] == powers[1] == 1.0 and powers[-1] == powers[-3] == 0.25
    assert powers == sorted(powers, reverse=True)
    assert 0.25 < term_norm_power_for(1_000) < 1.0
    # The default follows it: the 300-comment fixture gets plain LSA.
    default = CorpusEmbedder(tok).fit(docs)
    plain = CorpusEmbedder(tok, EmbedderConfig(term_norm_power=1.0)).fit(docs)
    assert default.config.term_norm_power is None
    assert np.array_equal(default.components, plain.components)
