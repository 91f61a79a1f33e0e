"""Question sets: the project's JSONL format, and the MultiHop-RAG format, as `Case` records."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SET = Path(__file__).parent / "data" / "questions.jsonl"
TYPES = ("single-article", "both-articles", "unanswerable")


@dataclass(frozen=True)
class Case:
    """One question with what a right answer must contain and where it must come from.

    `articles` names supporting articles by id, by file name stem, by url or by title;
    `quotes` are passages of supporting sentences (a citation containing one is on target).
    """

    id: str
    question: str
    type: str
    expected: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


def load_jsonl(path: Path | str = DEFAULT_SET) -> list[Case]:
    """Cases from a JSONL file with fields id, question, type, expected, articles, quotes."""
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            d = json.loads(line)
            cases.append(Case(id=str(d.get("id", n)), question=d["question"], type=d.get("type", "single-article"),
                              expected=tuple(d.get("expected", ())), articles=tuple(d.get("articles", ())),
                              quotes=tuple(d.get("quotes", ()))))
    return cases
