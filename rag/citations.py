"""Turning chosen sentences into numbered citations and marked-up answer text."""

from __future__ import annotations

from index.store import IndexData
from rag.types import Citation, Segment


def citation(data: IndexData, sentence: int, n: int) -> Citation:
    """Citation number `n` quoting sentence row `sentence` exactly as it stands in its article."""
    art = data.articles[data.sent_art[sentence]]
    start, end = (int(x) for x in data.sent_span[sentence])
    return Citation(n=n, article_id=art.id, title=art.title, source=art.source, date=art.date, url=art.url,
                    quote=art.text[start:end], start=start, end=end)


def compose(data: IndexData, groups: list[list[int] | str], prefix: str = "") -> tuple[tuple[Segment, ...], tuple[Citation, ...]]:
    """Text and citations for quoted sentences.

    Args:
        groups: one list per answer sentence: the sentence row quoted in the text first, then rows
            from other articles stating the same fact, each cited after it (`… [1][2]`); or a text
            of the answer's own, cited nowhere ("The articles don't say: who …?").
        prefix: text put before the quotes (used by abstentions).

    Returns:
        Segments (a quoted sentence and its citation numbers each, after the prefix), and the
        citations numbered in order of first use.
    """
    numbers: dict[int, int] = {}
    cites: list[Citation] = []
    segments = [Segment(prefix)] if prefix else []
    for group in groups:
        if isinstance(group, str):
            segments.append(Segment(group))
            continue
        for s in group:
            if s not in numbers:
                numbers[s] = len(cites) + 1
                cites.append(citation(data, s, numbers[s]))
        segments.append(Segment(data.sentence_text(group[0]), tuple(numbers[s] for s in group)))
    return tuple(segments), tuple(cites)


def text_of(segments: tuple[Segment, ...]) -> str:
    """The plain answer text: segments joined, each followed by its `[n]` markers."""
    return " ".join(s.render() for s in segments)
