"""Growth benchmark on SYNTHETIC corpora: build time, disk, memory and latency by size; flat vs ANN FAISS."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from eval.synthetic import CachedEmbedder, synthetic_articles
from eval.timing import folder_mb, percentile

ANN_K = 30  # the dense depth of HybridRetriever: what an approximate index must get right


def build(root: Path, articles: list, embedder: CachedEmbedder) -> dict:
    """Index `articles` into a new folder through IndexStore; build seconds, counts and size on disk."""
    from index.store import IndexStore

    shutil.rmtree(root, ignore_errors=True)
    misses = embedder.misses
    t = time.perf_counter()
    IndexStore(root, embedder).add(articles, progress=False)
    seconds = time.perf_counter() - t
    counts = json.loads((root / (root / "CURRENT").read_text().strip() / "manifest.json").read_text())["counts"]
    return {**counts, "build_s": seconds, "disk_mb": folder_mb(root), "embedded_now": embedder.misses - misses}


def probe(root: Path, questions: list[str], repeat: int, model: str | None) -> dict:
    """`eval.probe` in a new process, so that its memory is this index's alone."""
    cmd = [sys.executable, "-m", "eval.probe", str(root), str(repeat)] + (["--model", model] if model else [])
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    p = subprocess.run(cmd, input=json.dumps(questions), capture_output=True, text=True, env=env,
                       cwd=Path(__file__).resolve().parent.parent, timeout=3600)
    if p.returncode != 0:
        raise RuntimeError(f"probe of {root} failed:\n{p.stderr[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def _tie_aware_recall(truth: np.ndarray, found: np.ndarray) -> float:
    """Share of the true top-k similarity that an approximate top-k reaches.

    SYNTHETIC chunks repeat (the same sentences recur), so many neighbours tie; a found item
    counts when its similarity is at least the k-th true one, whichever copy it is.
    """
    k = truth.shape[1]
    kth = truth[:, -1:] - 1e-5
    return float(np.mean(np.minimum((found >= kth).sum(axis=1), k) / k))


def ann_costs(vectors: np.ndarray, queries: np.ndarray, k: int = ANN_K) -> list[dict]:
    """Flat search against HNSW and IVF indexes on the same vectors: build s, MiB, ms per query, recall@k."""
    import faiss

    n, dim = vectors.shape
    nlist = max(1, min(int(4 * math.sqrt(n)), n // 39))  # faiss wants ≥39 training points per list

    def hnsw():
        ix = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
        ix.add(vectors)
        return ix

    def ivf():
        ix = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
        ix.train(vectors)
        ix.add(vectors)
        return ix

    def flat():
        ix = faiss.IndexFlatIP(dim)
        ix.add(vectors)
        return ix

    rows, truth = [], None
    for name, make, knobs in [("flat (IndexFlatIP)", flat, [None]), ("HNSW32", hnsw, [32, 64, 128]),
                              (f"IVF{nlist},Flat", ivf, sorted({min(p, nlist) for p in (4, 16, 64)}))]:
        t = time.perf_counter()
        index = make()
        build_s = time.perf_counter() - t
        size_mb = faiss.serialize_index(index).nbytes / 2**20
        for knob in knobs:
            if name.startswith("HNSW"):
                index.hnsw.efSearch = max(knob, k)
            elif name.startswith("IVF"):
                index.nprobe = knob
            times, found = [], []
            for q in queries:  # one query at a time, as the assistant searches
                t = time.perf_counter()
                scores, _ = index.search(q[None, :], k)
                times.append(time.perf_counter() - t)
                found.append(scores[0])
            found = np.array(found)
            truth = found if truth is None else truth
            setting = ("exact" if knob is None else f"efSearch={index.hnsw.efSearch}" if name.startswith("HNSW")
                       else f"nprobe={index.nprobe}")
            rows.append({"index": name, "setting": setting, "build_s": build_s, "size_mb": size_mb,
                         "search_ms_p50": 1000 * percentile(times, 50),
                         f"recall@{k}": _tie_aware_recall(truth, found)})
    return rows


def run_growth(sizes: list[int], pool: list[str], embedder, questions: list[str], repeat: int,
               work: Path, model: str | None) -> dict:
    """Build, measure and probe a SYNTHETIC index per size; compare FAISS indexes at the largest.

    Args:
        sizes: target chunk counts.
        pool: real sentences to recombine.
        embedder: the real embedder (wrapped in a cache by text: see CachedEmbedder).
        questions: queries to time.
        repeat: rounds of queries in each probe.
        work: scratch folder (each index is deleted once measured).
        model: the --model option, for the probe processes.
    """
    cached = CachedEmbedder(embedder, pool)
    rows, ann = [], []
    for size in sizes:
        articles = synthetic_articles(pool, size, seed=size)
        root = work / f"growth-{size}"
        row = {"target_chunks": size, "synthetic_articles": len(articles), **build(root, articles, cached)}
        row.update(probe(root, questions, repeat, model))
        print(f"growth {size:>7} chunks: built in {row['build_s']:.1f} s, {row['disk_mb']:.0f} MiB, "
              f"p50 {row['systems']['answer']['p50']:.1f} ms", file=sys.stderr)
        if size == max(sizes):
            import faiss

            gen = root / (root / "CURRENT").read_text().strip()
            flat = faiss.read_index(str(gen / "chunks.faiss"))
            vectors = flat.reconstruct_n(0, flat.ntotal)
            del flat
            ann = ann_costs(vectors, embedder.embed(questions))
        rows.append(row)
        shutil.rmtree(root, ignore_errors=True)
    return {"rows": rows, "ann": ann, "cache_misses": cached.misses}


def plot(rows: list[dict], out: Path) -> list[str]:
    """growth_latency.png and growth_memory.png against corpus size (log scale); returns the file names."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    x = [r["chunks"] for r in rows]
    fig, ax = plt.subplots(figsize=(6, 4))
    for key, label in [("answer", "rag.answer()"), ("floor", "floor: embed + IndexFlatIP"),
                       ("flat_search", "IndexFlatIP search alone")]:
        ax.plot(x, [r["systems"][key]["p50"] for r in rows], marker="o", label=label)
    ax.set(xscale="log", xlabel="chunks (SYNTHETIC corpus)", ylabel="query p50 (ms)",
           title="Query latency against corpus size")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "growth_latency.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(x, [r["rss_loaded_mb"] for r in rows], marker="o", label="process RSS, index loaded")
    ax.plot(x, [r["rss_loaded_mb"] - r["rss_model_mb"] for r in rows], marker="o", label="index in memory")
    ax.plot(x, [r["disk_mb"] for r in rows], marker="o", linestyle="--", label="index on disk")
    ax.set(xscale="log", xlabel="chunks (SYNTHETIC corpus)", ylabel="MiB", title="Memory against corpus size")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "growth_memory.png", dpi=110)
    plt.close(fig)
    return ["growth_latency.png", "growth_memory.png"]
