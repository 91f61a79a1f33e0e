"""What kind of answer a question asks for (a number, a time, a name) and whether a sentence holds one."""

from __future__ import annotations

import re

NUMBER, TIME, NAME = "number", "time", "name"

_TYPE_PATTERNS = (
    (NUMBER, re.compile(r"\bhow (many|much)\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b", re.I)),
    (TIME, re.compile(r"^\s*when\b|\b(what|which) (day|date|year|month|time)\b|\bhow long ago\b", re.I)),
    (NAME, re.compile(r"^\s*(who|whom|whose)\b|\bname of\b|\bwhat is (his|her|its|their) name\b", re.I)),
)
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                 "hundred hundreds thousand thousands million millions dozen dozens several few")
_NUMBER_RE = re.compile(r"\b(\d[\d,.]*|" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.I)
_TIME_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|today|yesterday|tonight|overnight|"
    r"morning|evening|night|week|month|year|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|\d{4}|\d{1,2}:\d{2}|days?|hours?|later|earlier|ago)\b", re.I)
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")
_ROLE_RE = re.compile(r"\b(president|secretary|spokesman|spokeswoman|minister|premier|leader|officials?|"
                      r"witnesses|guards|marines|militia|group|protesters|demonstrators|agency|government|"
                      r"pentagon|white house)\b", re.I)


def question_type(question: str) -> str | None:
    """NUMBER, TIME, NAME, or None when any sentence might answer."""
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(question):
            return kind
    return None


_COUNTED = re.compile(r"\b(?:how (?:many|much)|number of)\s+((?:[\w’'-]+\s+){0,2}?[\w’'-]+?)\s+"
                      r"(?:were|was|are|is|did|do|does|have|has|had|will|would|can|could|in|at|on|of|died|"
                      r"been|to)\b", re.I)


def _new(found: list[str], question: str) -> bool:
    q = question.lower()
    return any(f.lower() not in q for f in found)


def _same_word(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    n = min(len(a), len(b), 5)
    return a[:n] == b[:n] and n >= 4


def _counted_number(sentence: str, counted: list[str]) -> bool:
    """A number followed within three words by the thing counted ("75 protesters", "thousands of supporters")."""
    words = re.findall(r"[\w’'-]+", sentence)
    for i, w in enumerate(words):
        if _NUMBER_RE.fullmatch(w) and any(_same_word(x, c) for x in words[i + 1:i + 4] for c in counted):
            return True
    return False


def holds_type(sentence: str, kind: str | None, question: str) -> float:
    """1.0 when `sentence` holds an answer of `kind` that the question does not already state, else 0.0.

    For "how many X" questions a number that is not next to a word for X counts half.
    """
    if kind is None:
        return 1.0
    if kind == NUMBER:
        if not _new(_NUMBER_RE.findall(sentence), question):
            return 0.0
        m = _COUNTED.search(question)
        counted = [w for w in re.findall(r"[\w’'-]+", m.group(1)) if len(w) > 3] if m else []
        return 1.0 if not counted or _counted_number(sentence, counted) else 0.5
    if kind == TIME:
        return float(_new([m.group(0) for m in _TIME_RE.finditer(sentence)], question))
    names = [m.group(0) for m in _NAME_RE.finditer(sentence)] + [m.group(0) for m in _ROLE_RE.finditer(sentence)]
    return float(_new(names, question))
