"""Turning chosen sentences into numbered citations and marked-up answer text."""

from __future__ import annotations

from index.store import IndexData
from rag.types import Citation


def citation(data: IndexData, sentence: int, n: int) -> Citation:
    """Citation number `n` quoting sentence row `sentence` exactly as it stands in its article."""
    art = data.articles[data.sent_art[sentence]]
    start, end = (int(x) for x in data.sent_span[sentence])
    return Citation(n=n, article_id=art.id, title=art.title, source=art.source, date=art.date, url=art.url,
                    quote=art.text[start:end], start=start, end=end)


def compose(data: IndexData, groups: list[list[int]], prefix: str = "") -> tuple[str, tuple[Citation, ...]]:
    """Text and citations for quoted sentences.

    Args:
        groups: one list per answer sentence: the sentence row quoted in the text first, then rows
            from other articles stating the same fact, each cited after it (`… [1][2]`).
        prefix: text put before the quotes (used by abstentions).

    Returns:
        The text with a marker after every sentence, and citations numbered in order of first use.
    """
    numbers: dict[int, int] = {}
    cites: list[Citation] = []
    parts = []
    for group in groups:
        marks = []
        for s in group:
            if s not in numbers:
                numbers[s] = len(cites) + 1
                cites.append(citation(data, s, numbers[s]))
            marks.append(f"[{numbers[s]}]")
        parts.append(f"{data.sentence_text(group[0])} {''.join(marks)}")
    return prefix + " ".join(parts), tuple(cites)
