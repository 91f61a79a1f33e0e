"""Run in a fresh process by `rag bench`: one index's load time, memory and query latency against the floor.

Usage: python -m eval.probe INDEX_DIR REPEAT [--model M] < questions.json ; prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def measure(index_dir: str, questions: list[str], repeat: int, model: str | None, k: int = 30) -> dict:
    """Memory before and after loading the index, load time, and interleaved query latencies.

    Args:
        index_dir: an existing index folder.
        questions: queries to time.
        repeat: rounds of all queries.
        model: the embedder the index was built with.
        k: neighbours for the bare FAISS search (the dense depth of `HybridRetriever`).

    Returns:
        rss_model_mb (process with the model loaded, no index), rss_loaded_mb, load_s, and
        p50/p95 in ms for `answer`, for the encode+flat-search floor and for the flat search alone.
    """
    from eval.timing import interleaved, latency_summary, peak_rss_mb, rss_mb
    from index.embedding import get_embedder
    from rag.assistant import Assistant

    embedder = get_embedder(model)
    embedder.embed(["warm up"])
    rss_model = rss_mb()
    t = time.perf_counter()
    assistant = Assistant(index_dir, model, build_default=False)
    load_s = time.perf_counter() - t
    rss_loaded, peak = rss_mb(), peak_rss_mb()

    flat = assistant.data.dense.index  # the index's own IndexFlatIP
    vecs = {q: embedder.embed([q]) for q in questions}

    def floor(q):
        return flat.search(embedder.model.encode([q], normalize_embeddings=True, convert_to_numpy=True), k)

    assistant.answer(questions[0])
    times = interleaved({"answer": assistant.answer, "floor": floor,
                         "flat_search": lambda q: flat.search(vecs[q], k)}, questions, repeat)
    lat = latency_summary(times, "answer")
    return {"rss_model_mb": rss_model, "rss_loaded_mb": rss_loaded, "peak_rss_mb": peak, "load_s": load_s,
            "chunks": int(flat.ntotal), **lat}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.probe")
    p.add_argument("index")
    p.add_argument("repeat", type=int)
    p.add_argument("--model")
    a = p.parse_args(argv)
    print(json.dumps(measure(a.index, json.load(sys.stdin), a.repeat, a.model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
