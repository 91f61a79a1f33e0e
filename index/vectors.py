"""The dense index: chunk vectors in FAISS (inner product on unit vectors), usable as llama-index's FaissVectorStore."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np


class DenseIndex:
    """Exact cosine search over unit vectors; row i of the FAISS index is chunk i.

    Queries go to FAISS directly: importing llama-index costs a second of every cold start
    (`rag bench`, cold-start profile) and its query wrapper adds nothing here. `store` wraps the
    same FAISS index as a llama-index `FaissVectorStore` for code that wants one; the file on disk
    is the one `FaissVectorStore.persist` writes.
    """

    def __init__(self, index: faiss.Index):
        self.index = index
        self._store = None

    @property
    def store(self):
        """The same FAISS index as a llama-index FaissVectorStore (llama-index is imported on first use)."""
        if self._store is None:
            from llama_index.vector_stores.faiss import FaissVectorStore

            self._store = FaissVectorStore(faiss_index=self.index)
        return self._store

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray) -> "DenseIndex":
        index = faiss.IndexFlatIP(vectors.shape[1])
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    def search(self, query_vec: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the `k` nearest chunks and their cosine similarities, best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        sims, ids = self.index.search(np.asarray(query_vec, dtype=np.float32).reshape(1, -1), k)
        keep = ids[0] >= 0  # FAISS pads with -1 when it finds fewer than k
        return ids[0][keep].astype(np.int64), sims[0][keep].astype(np.float32)

    def save(self, path: Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path) -> "DenseIndex":
        return cls(faiss.read_index(str(path)))
