"""The index folder: incremental add/remove, no-op re-add, crash safety, mismatch and corruption errors."""

import json
import math

import numpy as np
import pytest

from index.articles import bundled_articles, parse_txt
from index.errors import IndexCorruptError, IndexMismatchError, IndexMissingError
from index.keyword import KeywordIndex
from index.store import FORMAT_VERSION, IndexStore

EXTRA = parse_txt("Title: Flood in Valencia\nSource: Test Wire\nDate: 2024-10-30\n\n"
                  "Floods swept through Valencia on Tuesday. At least 95 people died in the region. "
                  "Rescuers searched cars stranded on the motorway.")


class CountingEmbedder:
    """Wraps the real model and records how many texts it was asked to embed."""

    def __init__(self, inner, id=None):
        self.inner, self.id, self.dim = inner, id or inner.id, inner.dim
        self.calls: list[int] = []

    def embed(self, texts, progress=False):
        self.calls.append(len(texts))
        return self.inner.embed(texts)


def _gen_files(root):
    return sorted(p.name for p in root.iterdir() if p.name.startswith("gen-"))


def test_add_embeds_only_new_articles_and_readd_is_noop(tmp_path, embedder):
    emb = CountingEmbedder(embedder)
    store = IndexStore(tmp_path / "ix", emb)
    rep = store.add(bundled_articles())
    first = store.load()
    # One call for the 42 sentences and the clauses of the longer ones.
    n = 42 + len(first.clause_vecs)
    assert len(rep.added) == 2 and emb.calls == [n] and len(first.clause_vecs) > 0
    before = (tmp_path / "ix" / "CURRENT").read_text()

    rep = store.add(bundled_articles())
    assert rep.added == [] and len(rep.unchanged) == 2
    assert emb.calls == [n], "re-adding identical articles must not embed anything"
    assert (tmp_path / "ix" / "CURRENT").read_text() == before, "nothing may be rewritten"

    rep = store.add([EXTRA, *bundled_articles()])
    data = store.load()
    assert [a.id for a in rep.added] == [EXTRA.id] and emb.calls == [n, 3 + len(data.clause_vecs) - n + 42]
    assert [a.id for a in data.articles][-1] == EXTRA.id
    assert data.sent_vecs.shape == (45, embedder.dim) and data.dense.size == len(data.chunk_art)
    assert len(_gen_files(tmp_path / "ix")) == 1, "old generations are cleaned up"


def test_remove_article(tmp_path, embedder):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add([*bundled_articles(), EXTRA])
    keep = store.load()
    assert store.remove([EXTRA.id]) == [EXTRA.id]
    data = store.load()
    assert EXTRA.id not in data.by_id and len(data.articles) == 2
    assert len(data.sent_art) == 42 and data.keyword.size == data.dense.size == len(data.chunk_art)
    # Remaining sentences keep their vectors and offsets.
    np.testing.assert_array_equal(data.sent_vecs, keep.sent_vecs[:42])
    np.testing.assert_array_equal(data.clause_ptr, keep.clause_ptr[:43])
    np.testing.assert_array_equal(data.clause_vecs, keep.clause_vecs[:keep.clause_ptr[42]])
    assert all(data.chunk_text(c) == keep.chunk_text(c) for c in range(len(data.chunk_art)))
    assert store.remove(["nope"]) == []


def test_crash_mid_write_leaves_old_index_loadable(tmp_path, embedder, monkeypatch):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add(bundled_articles())

    def boom(self, folder):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "half-written").write_text("x")
        raise OSError("disk full (injected)")

    monkeypatch.setattr(KeywordIndex, "save", boom)
    with pytest.raises(OSError, match="injected"):
        store.add([EXTRA])
    monkeypatch.undo()
    data = store.load()
    assert len(data.articles) == 2 and EXTRA.id not in data.by_id
    assert not list((tmp_path / "ix").glob(".gen-*")), "the half-written generation is removed"
    assert store.add([EXTRA]).added  # and the index still takes writes


def test_crash_before_pointer_switch(tmp_path, embedder, monkeypatch):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add(bundled_articles())
    import index.store as st

    real_replace = st.os.replace
    monkeypatch.setattr(st.os, "replace", lambda *a: (_ for _ in ()).throw(OSError("killed (injected)")))
    with pytest.raises(OSError):
        store.add([EXTRA])
    monkeypatch.setattr(st.os, "replace", real_replace)
    assert len(store.load().articles) == 2


def test_missing_index(tmp_path, embedder):
    with pytest.raises(IndexMissingError, match="rag index add"):
        IndexStore(tmp_path / "none", embedder).load()


def test_other_embedder_is_refused_with_rebuild_hint(bundled_index, embedder, tmp_path):
    other = CountingEmbedder(embedder, id="some-other-model")
    with pytest.raises(IndexMismatchError, match="rag index rebuild"):
        IndexStore(bundled_index, other).load()


def test_rebuild_after_model_change(tmp_path, embedder):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add(bundled_articles())
    other = CountingEmbedder(embedder, id="renamed-model")
    assert IndexStore(tmp_path / "ix", other).rebuild() == 2
    assert len(IndexStore(tmp_path / "ix", other).load().articles) == 2


def _current(root):
    return root / (root / "CURRENT").read_text().strip()


def test_old_format_version_is_refused(tmp_path, embedder):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add(bundled_articles())
    mf = _current(tmp_path / "ix") / "manifest.json"
    m = json.loads(mf.read_text())
    m["format_version"] = FORMAT_VERSION - 1
    mf.write_text(json.dumps(m))
    with pytest.raises(IndexMismatchError, match="format version"):
        store.load()


def test_assistant_brings_an_old_format_index_up_to_date(tmp_path, embedder, capsys):
    from rag import Assistant

    store = IndexStore(tmp_path / "ix", embedder)
    store.add([*bundled_articles(), EXTRA])
    mf = _current(tmp_path / "ix") / "manifest.json"
    m = json.loads(mf.read_text())
    m["format_version"] = FORMAT_VERSION - 1
    mf.write_text(json.dumps(m))
    with pytest.raises(IndexMismatchError, match="rag index rebuild"):
        Assistant(tmp_path / "ix", build_default=False)
    a = Assistant(tmp_path / "ix")
    assert "older format" in capsys.readouterr().err
    # Every stored article is kept, the user's own included, and answerable.
    assert len(a.data.articles) == 3 and a.data.manifest["format_version"] == FORMAT_VERSION
    assert "95 people" in a.answer("How many people died in the Valencia floods?").text


@pytest.mark.parametrize("victim", ["sentence_vectors.npy", "chunks.faiss", "table.npz", "articles.jsonl"])
def test_truncated_file_is_reported_as_corrupt(tmp_path, embedder, victim):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add(bundled_articles())
    f = _current(tmp_path / "ix") / victim
    f.write_bytes(f.read_bytes()[: f.stat().st_size // 2])
    with pytest.raises(IndexCorruptError, match="rebuild|damaged|bytes"):
        store.load()


def test_garbage_manifest_is_reported_as_corrupt(tmp_path, embedder):
    store = IndexStore(tmp_path / "ix", embedder)
    store.add(bundled_articles())
    (_current(tmp_path / "ix") / "manifest.json").write_bytes(b"\x00\x01garbage")
    with pytest.raises(IndexCorruptError, match="manifest"):
        store.load()


def test_rare_words_weigh_more_and_survive_a_reload(tmp_path):
    texts = ["Trump said they will pay.", "Trump spoke.", "Trump left.", "Trump flew."]
    kw = KeywordIndex.build(texts)
    assert kw.rarity("trump") == pytest.approx(1 + math.log(2) / 4)    # in all four texts
    assert kw.rarity("pay") == pytest.approx(1 + math.log(5) / 4)      # in one
    assert kw.rarity("unheard") == kw.rarity("pay")   # a word no text holds counts as the rarest
    kw.save(tmp_path)
    assert KeywordIndex.load(tmp_path).rarity("pay") == kw.rarity("pay")
