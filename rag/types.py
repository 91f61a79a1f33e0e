"""The answer types at the public boundary: the same for Python, the CLI (--json) and the chat."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Citation:
    """One cited sentence: `quote == article_text[start:end]` of article `article_id`."""

    n: int
    article_id: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Segment:
    """A piece of answer text and the citation numbers that follow it (none for framing text)."""

    text: str
    refs: tuple[int, ...] = ()

    def render(self) -> str:
        return self.text + (" " + "".join(f"[{n}]" for n in self.refs) if self.refs else "")


@dataclass(frozen=True)
class Answer:
    """An answer whose text carries `[n]` markers, marker n pointing at `citations[n-1]`.

    `answered` is False when the articles do not contain the answer; the text then says so and
    any citations are the closest passages, offered as related, not as support.
    `query` is what retrieval used (the question rewritten with the conversation, for follow-ups).
    `segments` is the text in structured form, so a UI renders markers from data, never by parsing.
    """

    question: str
    text: str
    citations: tuple[Citation, ...] = ()
    answered: bool = True
    query: str | None = None
    segments: tuple[Segment, ...] = ()

    def to_dict(self) -> dict:
        return {"question": self.question, "text": self.text, "answered": self.answered,
                "query": self.query, "citations": [c.to_dict() for c in self.citations],
                "segments": [asdict(s) for s in self.segments]}
