"""The clauses of a long sentence, each embedded on its own so a fact late in the sentence is still found."""

from __future__ import annotations

import re

# Where one clause ends and the next begins: quotation marks, a spaced dash, and before a conjunction
# that opens a clause ("…, which was blamed", "… before his administration announced …").
_BREAK = re.compile(
    r"\s*[“”\"]\s*|\s+[-–—]\s+"
    r"|,\s+(?=(?:as|while|after|before|when|because|which|who|whose|including|despite|adding|according|"
    r"but|however|and|with|without|warning|referring|prompting|such)\b)"
    r"|\s+(?=(?:as|while|after|before|because|despite)\s)")
MIN_WORDS = 3  # a shorter piece joins the next one (the last joins the one before it)
# Shorter sentences are not cut: their own vector already carries each part, and every clause
# embedded slows indexing (`rag bench`, build throughput).
MIN_SENTENCE_WORDS = 30


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the clauses of `sentence`, or [] when it has only one or is short."""
    if len(sentence.split()) < MIN_SENTENCE_WORDS:
        return []
    pieces: list[list[int]] = []
    start = 0
    for m in [*_BREAK.finditer(sentence), None]:
        end = m.start() if m else len(sentence)
        if sentence[start:end].strip():
            if pieces and len(sentence[pieces[-1][0]:pieces[-1][1]].split()) < MIN_WORDS:
                pieces[-1][1] = end   # the short piece before grows to take this one in
            else:
                pieces.append([start, end])
        start = m.end() if m else start
    if len(pieces) > 1 and len(sentence[pieces[-1][0]:pieces[-1][1]].split()) < MIN_WORDS:
        last = pieces.pop()
        pieces[-1][1] = last[1]
    return [(s, e) for s, e in pieces] if len(pieces) > 1 else []
