"""The dense index: chunk vectors in FAISS (inner product on unit vectors), held by llama-index's FaissVectorStore."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
from llama_index.core.vector_stores.types import VectorStoreQuery
from llama_index.vector_stores.faiss import FaissVectorStore


class DenseIndex:
    """Exact cosine search over unit vectors; row i of the FAISS index is chunk i."""

    def __init__(self, store: FaissVectorStore):
        self.store = store

    @property
    def size(self) -> int:
        return int(self.store.client.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray) -> "DenseIndex":
        index = faiss.IndexFlatIP(vectors.shape[1])
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(FaissVectorStore(faiss_index=index))

    def search(self, query_vec: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the `k` nearest chunks and their cosine similarities, best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        res = self.store.query(VectorStoreQuery(query_embedding=query_vec, similarity_top_k=k))
        return np.array(res.ids, dtype=np.int64), np.array(res.similarities, dtype=np.float32)

    def save(self, path: Path) -> None:
        self.store.persist(str(path))

    @classmethod
    def load(cls, path: Path) -> "DenseIndex":
        return cls(FaissVectorStore.from_persist_path(str(path)))
