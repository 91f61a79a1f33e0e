"""Sentence-aware chunking: windows of whole sentences, with offsets back into the article text."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from index.sentences import split_sentences


@dataclass(frozen=True)
class ChunkerSettings:
    """How articles are cut; saved in the manifest so an index knows how it was built."""

    max_chars: int = 500
    max_sentences: int = 3
    overlap: int = 1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Chunk:
    """Sentences first..last (inclusive, indices into the article's sentence list)."""

    first: int
    last: int


def chunk_sentences(spans: list[tuple[int, int]], settings: ChunkerSettings) -> list[Chunk]:
    """Group consecutive sentences into windows that overlap by `settings.overlap` sentences.

    A sentence longer than `max_chars` forms a chunk of its own: sentences are never cut,
    because the answer cites whole sentences.
    """
    chunks: list[Chunk] = []
    i, n = 0, len(spans)
    while i < n:
        j = i
        while (j + 1 < n and j + 1 - i < settings.max_sentences
               and spans[j + 1][1] - spans[i][0] <= settings.max_chars):
            j += 1
        chunks.append(Chunk(i, j))
        if j == n - 1:
            break
        i = max(j + 1 - settings.overlap, i + 1)
    return chunks


def chunk_article(text: str, settings: ChunkerSettings) -> tuple[list[tuple[int, int]], list[Chunk]]:
    """Sentence spans of `text` and the chunks over them."""
    spans = split_sentences(text)
    return spans, chunk_sentences(spans, settings)
