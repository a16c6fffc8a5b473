"""Candidate pairs for reuse detection: planted copies are found, unrelated texts are not paired, and an index
built in parts (or kept in the store between runs) gives the pairs of one built at once."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest

from newstrace.engines import run
from newstrace.link import candidates
from newstrace.link.candidates import IndexSettings, ReuseIndex
from newstrace.models import Annotations, Article, Document
from newstrace.store import Store

SAMPLES = Path(__file__).parents[1] / "samples"
FUNCTION = ("the", "a", "of", "in", "on", "for", "with", "and", "to", "by", "at", "from", "after", "said", "that")


class Newsroom:
    """Articles in pseudo-English: every article draws its own content words, so two articles share only
    what is planted in them (and function words)."""

    def __init__(self, seed: int = 3) -> None:
        self.rng = random.Random(seed)
        syllables = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
        self.words = sorted({"".join(self.rng.sample(syllables, 3)) for _ in range(4000)})

    def sentence(self, n: int = 16) -> str:
        words = [self.rng.choice(FUNCTION) if self.rng.random() < 0.3 else self.rng.choice(self.words)
                 for _ in range(n)]
        return " ".join(words).capitalize() + "."

    def quotation(self) -> str:
        return f"\u201c{self.sentence(22)[:-1]},\u201d {self.rng.choice(self.words).title()} said."

    def article(self, paragraphs: int = 8) -> list[str]:
        body = [f"{self.sentence()} {self.sentence()}" for _ in range(paragraphs)]
        body[2] = self.quotation()
        body[5] = self.quotation()
        return body


def corpus() -> tuple[dict[str, list[str]], set[tuple[str, str]]]:
    """Thirty unrelated originals and, planted among them, a republication under other boilerplate with a
    word changed, a partial copy (two paragraphs inside a new text), and a rewrite that keeps the original's
    two quotations and none of its narrative."""
    room = Newsroom()
    docs = {f"orig{i:02d}": room.article() for i in range(30)}
    republished = list(docs["orig03"])
    republished[4] = republished[4].replace(" ", " very ", 1)
    docs["repub"] = ["This article was first published by The Other Paper.", *republished,
                     "Subscribe to our morning newsletter for the essential news of the day."]
    docs["partial"] = room.article()[:4] + docs["orig11"][6:8] + room.article()[:2]
    rewrite = room.article(6)
    rewrite[1], rewrite[4] = docs["orig20"][2], docs["orig20"][5]
    docs["rewrite"] = rewrite
    planted = {("orig03", "repub"), ("orig11", "partial"), ("orig20", "rewrite")}
    return docs, planted


def id_pairs(index: ReuseIndex) -> set[tuple[str, str]]:
    return {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in index.pairs().tolist()}


def test_planted_copies_are_paired_and_unrelated_articles_are_not() -> None:
    docs, planted = corpus()
    index = ReuseIndex()
    index.add(list(docs), ["\n\n".join(b) for b in docs.values()])
    assert id_pairs(index) == planted


def test_near_duplicate_alone_is_found_by_minhash_and_partial_copy_by_rare_shingles() -> None:
    docs, _ = corpus()
    index = ReuseIndex()
    index.add(list(docs), ["\n\n".join(b) for b in docs.values()])
    similar = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in index.similar_pairs().tolist()}
    overlap = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in index.overlap_pairs().tolist()}
    assert ("orig03", "repub") in similar
    assert ("orig11", "partial") not in similar, "two paragraphs of eight are too little for whole-text similarity"
    assert {("orig11", "partial"), ("orig20", "rewrite")} <= overlap


def test_partial_reuse_far_apart_is_not_paired_unless_a_date_is_unknown_but_a_whole_copy_is() -> None:
    docs, planted = corpus()
    ids = list(docs)
    texts = ["\n\n".join(b) for b in docs.values()]
    days: list[int | None] = [20000] * len(ids)
    days[ids.index("repub")] = 20000 + 365  # republished from the archive a year on, or its date misread
    days[ids.index("rewrite")] = 20000 + 365  # two quotations a year on: the speaker's stock lines
    days[ids.index("partial")] = None
    index = ReuseIndex(IndexSettings(window_days=60))
    index.add(ids, texts, days)
    assert id_pairs(index) == planted - {("orig20", "rewrite")}


def test_index_built_in_parts_in_any_order_gives_the_pairs_of_one_built_at_once() -> None:
    docs, _ = corpus()
    room = Newsroom(seed=9)
    wire = room.article()
    # One text carried by more documents than max_df: tied to its first appearance, whatever the order.
    for i in range(6):
        docs[f"carrier{i}"] = wire
    days = {doc_id: 20000 + (3 if doc_id.startswith("carrier") else 0) for doc_id in docs}
    days["carrier4"] = 20001
    settings = IndexSettings(max_df=3)
    whole = ReuseIndex(settings)
    whole.add(list(docs), ["\n\n".join(b) for b in docs.values()], list(days.values()))

    order = list(docs)
    random.Random(1).shuffle(order)
    parts = ReuseIndex(settings)
    for lo in range(0, len(order), 9):
        chunk = order[lo:lo + 9]
        new = parts.add(chunk, ["\n\n".join(docs[i]) for i in chunk], [days[i] for i in chunk])
        assert all(a in chunk or b in chunk for a, b in new), "a part returns only the pairs it adds"
    assert id_pairs(parts) == id_pairs(whole)
    assert {("carrier0", "carrier4"), ("carrier4", "carrier5")} <= id_pairs(whole)
    assert ("carrier0", "carrier5") not in id_pairs(whole), "a widely carried text is tied as a star"


def test_index_kept_in_the_store_is_read_back_and_dropped_when_settings_change(tmp_path: Path) -> None:
    docs, planted = corpus()
    index = ReuseIndex()
    index.add(list(docs), ["\n\n".join(b) for b in docs.values()], [20000 + i % 3 for i in range(len(docs))])
    store = Store(tmp_path / "c.db")
    key = index.settings.key
    assert store.candidate_rows(key) == []
    store.save_candidate_rows(index.rows())
    again = ReuseIndex.from_rows(store.candidate_rows(key))
    assert again.ids == index.ids
    assert id_pairs(again) == planted
    assert store.candidate_rows(IndexSettings(shingle=4).key) == []
    assert store.candidate_rows(key) == [], "rows computed with other settings are not reused"


def test_changed_document_drops_its_stored_signature(tmp_path: Path) -> None:
    docs, _ = corpus()
    index = ReuseIndex()
    index.add(list(docs), ["\n\n".join(b) for b in docs.values()])
    store = Store(tmp_path / "c.db")
    key = index.settings.key
    store.candidate_rows(key)
    store.save_candidate_rows(index.rows())
    article = Article(id="repub", path="repub.txt", body=["A corrected text."])
    store.save_document(Document(article, Annotations("repub")), digest="new")
    assert "repub" not in [row[0] for row in store.candidate_rows(key)]


@pytest.mark.slow
def test_run_adding_a_page_hashes_only_that_page_and_finds_the_pairs_and_edges_of_a_fresh_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus_dir = tmp_path / "in"
    corpus_dir.mkdir()
    # The page added last rewrites one of the others: its pair and edge come from the incremental part.
    pages = sorted(SAMPLES.iterdir(), key=lambda p: "rewrite" in p.name)
    for page in pages[:-1]:
        shutil.copy(page, corpus_dir)
    hashed: list[int] = []
    word_hashes = candidates.word_hashes

    def counting(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        hashed.append(len(texts))
        return word_hashes(texts)

    monkeypatch.setattr(candidates, "word_hashes", counting)
    store = Store(tmp_path / "c.db")
    run([corpus_dir], store)
    assert sum(hashed) == len(pages) - 1
    shutil.copy(pages[-1], corpus_dir)
    hashed.clear()
    incremental = run([corpus_dir], store)
    assert hashed == [1], "only the added page is hashed"
    fresh_store = Store(tmp_path / "fresh.db")
    fresh = run([corpus_dir], fresh_store)
    key = IndexSettings().key
    assert id_pairs(ReuseIndex.from_rows(store.candidate_rows(key))) == id_pairs(
        ReuseIndex.from_rows(fresh_store.candidate_rows(key)))
    assert fresh.links.derivations, "the rewrite is found"
    assert incremental.links.derivations == fresh.links.derivations
