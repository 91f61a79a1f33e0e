"""Benchmarks: ratio arithmetic, the synthetic corpus, and a tiny `rag bench` end to end (no timing asserted)."""

import json

import numpy as np
import pytest

from eval.growth import _tie_aware_recall
from eval.synthetic import SOURCE, CachedEmbedder, sentence_pool, synthetic_articles
from eval.timing import interleaved, latency_summary
from index.articles import bundled_articles
from index.chunking import ChunkerSettings, chunk_article
from rag.cli import main


def test_latency_summary_ratios_per_round():
    times = {"answer": [[0.002, 0.004], [0.006, 0.006]], "base": [[0.001, 0.002], [0.002, 0.002]]}
    s = latency_summary(times, "answer")
    r = s["ratios"]["base"]["p50"]
    assert (r["min"], r["median"], r["max"]) == pytest.approx((2.0, 2.5, 3.0))
    assert r["rounds"] == 2
    assert s["systems"]["base"]["p50"] == pytest.approx(1.75)  # ms, median over rounds of the per-round p50


def test_interleaved_calls_every_system_on_every_input():
    calls = []
    times = interleaved({"a": lambda x: calls.append(("a", x)), "b": lambda x: calls.append(("b", x))}, [1, 2], 2)
    assert sorted(calls) == sorted([(n, x) for n in "ab" for x in (1, 2)] * 2)
    assert [len(r) for r in times["a"]] == [2, 2]
    assert calls[:2] == [("a", 1), ("b", 1)] and calls[2:4] == [("b", 2), ("a", 2)]  # who goes first rotates


def test_tie_aware_recall():
    truth = np.array([[0.9, 0.8, 0.8], [0.5, 0.4, 0.3]])
    assert _tie_aware_recall(truth, np.array([[0.9, 0.8, 0.8], [0.5, 0.4, 0.3]])) == 1.0
    # A tied copy counts; a worse neighbour does not.
    assert _tie_aware_recall(truth, np.array([[0.9, 0.8, 0.7], [0.5, 0.4, 0.3]])) == pytest.approx((2 / 3 + 1) / 2)


def test_synthetic_corpus_is_labelled_and_reuses_real_sentences(embedder):
    pool = sentence_pool(bundled_articles())
    articles = synthetic_articles(pool, 60, seed=3)
    assert articles == synthetic_articles(pool, 60, seed=3)
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.source == SOURCE and a.title.startswith("Synthetic article") for a in articles)
    n_chunks = 0
    for a in articles:
        spans, chunks = chunk_article(a.text, ChunkerSettings())
        n_chunks += len(chunks)
        assert all(a.text[s:e] in pool for s, e in spans)
    assert n_chunks >= 60

    cached = CachedEmbedder(embedder, pool[:5])
    vecs = cached.embed([pool[0], pool[6], pool[0]])
    assert cached.misses == 1  # only the sentence not cached up front was embedded
    assert np.allclose(vecs, embedder.embed([pool[0], pool[6], pool[0]]), atol=1e-5)
    assert (cached.id, cached.dim) == (embedder.id, embedder.dim)


def test_rag_bench_smoke(tmp_path, capsys):
    out = tmp_path / "bench"
    assert main(["bench", "--sizes", "60,120", "--repeat", "1", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "cold start to first answer" in printed and "vs floor" in printed
    report = json.loads((out / "report.json").read_text())
    assert set(report["query"]["ratios"]) == {"llama_index", "floor"}
    assert report["build"]["chunks"] >= 60 and report["build"]["ours_chunks_per_s"] > 0
    assert report["cold_start"]["answer_s"] > 0 and report["cold_start"]["imports"]
    rows = report["growth"]["rows"]
    assert [r["target_chunks"] for r in rows] == [60, 120] and all(r["chunks"] >= r["target_chunks"] for r in rows)
    assert report["growth"]["ann"] and report["growth"]["ann"][0]["recall@30"] == 1.0
    md = (out / "report.md").read_text()
    assert "SYNTHETIC" in md and "growth_latency.png" in md
    for png in ("growth_latency.png", "growth_memory.png"):
        assert (out / png).read_bytes()[:4] == b"\x89PNG"
    assert not (out / ".work").exists()  # every index of the run was under out/ and is gone
