"""Sentence boundaries as (start, end) character offsets, aware of quotations and abbreviations."""

from __future__ import annotations

import re

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st",
    "jr", "sr", "no", "vs", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "fig", "approx", "dept", "e.g", "i.e", "u.s", "u.n",
}
_OPEN = "“‘"
_CLOSE = "”’"
# A photo credit closing a paragraph marks it as a caption, kept whole so the credit cites with its picture.
_CREDIT = re.compile(r"^(picture|photo|photograph|image|credit)s?\s*:", re.I)
_SPEECH = re.compile(r"\b(said|says|say|added|asserted|tweeted|told|wrote|continued|stated|asked)\b", re.I)


def _ends_with_abbrev(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not word:
        return False
    w = word.group(1).lower()
    return w in _ABBREV or len(w.replace(".", "")) == 1


def _raw_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Split one paragraph text[lo:hi]; a terminator inside an open quotation does not end it."""
    spans, start, i, in_quote = [], lo, lo, False
    while i < hi:
        ch = text[i]
        if ch == '"':
            in_quote = not in_quote
        elif ch in _OPEN:
            in_quote = True if ch == "“" else in_quote
        elif ch == "”":
            in_quote = False
        if ch in ".!?" and not in_quote:
            j = i + 1
            while j < hi and text[j] in ".!?)" + _CLOSE + "'":
                j += 1
            if j >= hi or (text[j] == " " and j + 1 < hi and (text[j + 1].isupper() or text[j + 1].isdigit()
                                                             or text[j + 1] in '"“‘(')):
                if not (ch == "." and _ends_with_abbrev(text, i)):
                    spans.append((start, j))
                    start = j + 1
                    i = j
        i += 1
    if start < hi:
        spans.append((start, hi))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans over `text`, one paragraph (line) at a time.

    A fragment such as `Trump said on Twitter.` after a quotation is joined to the quotation,
    so a citation never quotes an attribution without what was said. A photo caption ending in its
    credit (`Picture: Khalid Mohammed/AP`) is one span.

    Returns:
        Sorted, non-overlapping (start, end) offsets with no leading or trailing white space.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        para: list[tuple[int, int]] = []
        for s, e in _raw_spans(text, lo, hi):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s >= e:
                continue
            frag = text[s:e]
            short = len(frag.split()) <= 5
            if para and short and _SPEECH.search(frag):
                para[-1] = (para[-1][0], e)
            else:
                para.append((s, e))
        if len(para) > 1 and _CREDIT.match(text[para[-1][0]:para[-1][1]]):
            para = [(para[0][0], para[-1][1])]
        spans.extend(para)
    return spans
