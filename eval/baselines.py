"""What `rag bench` compares against: a plain llama-index retriever, the encode+FAISS floor, raw encoding."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path
from typing import Callable

import numpy as np

from eval.timing import median_ratio


def llama_index_retriever(texts: list[str], vectors: np.ndarray, model_path: str, k: int) -> Callable:
    """A plain llama-index pipeline: VectorStoreIndex over FaissVectorStore (IndexFlatIP), retriever top-k.

    The nodes carry the index's own chunk vectors (what a query is timed against is the same
    FAISS search either way); queries are embedded by llama-index's HuggingFaceEmbedding of the
    same model files.

    Returns:
        `retrieve(question)`.
    """
    import faiss
    from llama_index.core import Settings, StorageContext, VectorStoreIndex
    from llama_index.core.llms import MockLLM
    from llama_index.core.schema import TextNode
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from llama_index.vector_stores.faiss import FaissVectorStore

    # Never the OpenAI defaults: no LLM is needed, the embedder is given explicitly.
    Settings.llm = MockLLM()
    embed = HuggingFaceEmbedding(model_name=model_path, device="cpu")
    store = FaissVectorStore(faiss_index=faiss.IndexFlatIP(vectors.shape[1]))
    nodes = [TextNode(text=t, id_=str(i), embedding=v.tolist()) for i, (t, v) in enumerate(zip(texts, vectors))]
    index = VectorStoreIndex(nodes, storage_context=StorageContext.from_defaults(vector_store=store),
                             embed_model=embed)
    return index.as_retriever(similarity_top_k=k).retrieve


def flat_floor(embedder, vectors: np.ndarray, k: int) -> Callable:
    """The least any dense retriever can do: embed the query, search a FAISS IndexFlatIP.

    Args:
        embedder: the assistant's own embedder, so the floor embeds as fast as the assistant can.
        vectors: the chunk vectors to search.
        k: neighbours per query.
    """
    import faiss

    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def run(question: str):
        return index.search(embedder.embed([question]), k)

    return run


def build_throughput(source: Path, work: Path, model: str | None, embedder, repeat: int) -> dict:
    """Chunks per second of `rag index add SOURCE` (a new index each round) against raw
    `SentenceTransformer.encode` of the same chunk texts, rounds interleaved, order alternating.

    Args:
        source: a folder of article files.
        work: scratch folder for the indexes.
        model: the --model option passed to `rag index add`.
        embedder: the loaded embedder (its `.model` is encoded with directly for the raw figure).
        repeat: rounds.
    """
    import time

    from index.store import IndexStore
    from rag.cli import main as rag_main

    root = work / "build-index"
    argv = ["index", "add", str(source), "--index", str(root)] + (["--model", model] if model else [])
    ours, raw, chunk_texts = [], [], []
    for r in range(repeat):
        # Round 0 starts with ours, so the chunk texts exist before the first raw round.
        for step in (("ours", "raw") if r % 2 == 0 else ("raw", "ours")):
            if step == "raw":
                t = time.perf_counter()
                embedder.model.encode(chunk_texts)
                raw.append(len(chunk_texts) / (time.perf_counter() - t))
                continue
            shutil.rmtree(root, ignore_errors=True)
            quiet = io.StringIO()
            t = time.perf_counter()
            with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
                code = rag_main(argv)
            elapsed = time.perf_counter() - t
            if code != 0:
                raise RuntimeError(f"`rag {' '.join(argv)}` failed: {quiet.getvalue()[-500:]}")
            data = IndexStore(root, embedder).load()
            chunk_texts = [data.chunk_text(c) for c in range(len(data.chunk_art))]
            ours.append(len(chunk_texts) / elapsed)
    shutil.rmtree(root, ignore_errors=True)
    return {"chunks": len(chunk_texts), "sentences": int(len(data.sent_art)),
            "ours_chunks_per_s": float(np.median(ours)), "raw_chunks_per_s": float(np.median(raw)),
            "ratio": median_ratio(ours, raw), "ours_rounds": ours, "raw_rounds": raw}
