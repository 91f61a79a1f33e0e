"""SYNTHETIC corpora for the benchmarks: real article sentences recombined into many distinct articles."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from index.articles import Article, parse_txt
from index.chunking import ChunkerSettings, chunk_article, chunk_sentences

SOURCE = "SYNTHETIC (real sentences recombined)"
PARAGRAPH = "\n\n"


def sentence_pool(articles: list[Article]) -> list[str]:
    """The distinct sentences of real articles, in reading order."""
    pool: dict[str, None] = {}
    for a in articles:
        spans, _ = chunk_article(a.text, ChunkerSettings())
        pool.update((a.text[s:e], None) for s, e in spans)
    return list(pool)


def _chunk_count(sentences: list[str], chunker: ChunkerSettings) -> int:
    """Chunks of an article made of these sentences, one per paragraph (no need to split it again)."""
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + len(PARAGRAPH)
    return len(chunk_sentences(spans, chunker))


def synthetic_articles(pool: list[str], n_chunks: int, seed: int = 0,
                       chunker: ChunkerSettings | None = None) -> list[Article]:
    """Articles of 6–16 pool sentences drawn at random until they make about `n_chunks` chunks.

    Each sentence is a paragraph of its own so that sentence splitting gives back the pool
    sentences; titles and the source field say SYNTHETIC.

    Args:
        pool: real sentences.
        n_chunks: how many chunks the articles should make together (at least).
        seed: the corpus for a seed is always the same.
    """
    chunker = chunker or ChunkerSettings()
    rng = random.Random(seed)
    out: list[Article] = []
    total = 0
    while total < n_chunks:
        sentences = rng.sample(pool, min(len(pool), rng.randint(6, 16)))
        n = len(out)
        text = f"Title: Synthetic article {n:06d}\nSource: {SOURCE}\n\n" + PARAGRAPH.join(sentences)
        out.append(parse_txt(text, url=f"synthetic/{n:06d}.txt"))
        total += _chunk_count(sentences, chunker)
    return out


def write_txt(articles: list[Article], folder: Path) -> Path:
    """The articles as .txt files with header lines, the form `rag index add` reads."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        head = f"Title: {a.title}\n" + (f"Source: {a.source}\n" if a.source else "")
        (folder / Path(a.url or a.id).with_suffix(".txt").name).write_text(head + "\n" + a.text, encoding="utf-8")
    return folder


class CachedEmbedder:
    """The real embedder behind a cache by text: vectors of sentences seen before are reused.

    Synthetic sentences are copies of real ones, so a large synthetic index can be built without
    embedding 100k chunks again; any text not in the cache is embedded by the real model (counted
    in `misses`). The id and dimension are the real model's, so the index opens with it.

    Args:
        inner: the real embedder.
        texts: texts to embed and cache up front.
    """

    def __init__(self, inner, texts: list[str] = ()):
        self.inner, self.id, self.dim = inner, inner.id, inner.dim
        self.cache: dict[str, np.ndarray] = {}
        self.misses = 0
        self.embed(list(texts))
        self.misses = 0

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, self.dim), np.float32)
        new = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if new:
            self.cache.update(zip(new, self.inner.embed(new)))
            self.misses += len(new)
        return np.stack([self.cache[t] for t in texts]).astype(np.float32, copy=False)
