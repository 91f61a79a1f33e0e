"""Calendar dates in a question as the weekdays news reports use: "Dec 31" is the "Tuesday" of a report dated
Wednesday 1 January 2020."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# "May" only capitalised: "may 5 soldiers …" is no date.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_DATE = re.compile(
    rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?({_MONTH}){_YEAR}(?![\w/])|"            # "the 1st of January", "31 Dec 2019"
    rf"\b({_MONTH})\s+(?:the\s+)?{_DAY}{_YEAR}(?![\w/:])|"                     # "Dec 31", "January 1st, 2020"
    r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b|"                                         # "2019-12-31"
    r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b|"                            # "31/12/2019", "12/31/19"
    r"\bnew\s+year['’]?s(?:['’]s)?\s+(eve|day)(?:\s+(\d{4}))?\b|"              # "New Year's Eve"
    r"\b(?:the\s+)?(last|first)\s+day\s+of\s+(\d{4})\b",                       # "the last day of 2019"
    re.I)
# A date asked as the article's own ("the report dated 2020-01-01", "published on 1 January"): its dateline's.
_DATELINE_BEFORE = re.compile(r"\b(?:dated|date|published|datelined|from)\s+(?:on\s+)?$", re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_REPORT_SPAN = 6   # a report's "on Tuesday" is a day of its own week: at most six days before its date


def _month(name: str) -> int:
    return next(i for i, m in enumerate(_MONTH_NAMES, 1) if m.startswith(name.lower().rstrip(".")[:3]))


def _candidates(m: re.Match, years: Iterable[int]) -> list[date]:
    """The calendar days a matched date may be: each of `years` when it gives none; day and month either way
    round when digits alone leave that open."""
    g = m.groups()
    if g[0]:
        parts = [(g[2], _month(g[1]), int(g[0]))]
    elif g[3]:
        parts = [(g[5], _month(g[3]), int(g[4]))]
    elif g[6]:
        parts = [(g[6], int(g[7]), int(g[8]))]
    elif g[9]:
        year = g[11] if len(g[11]) == 4 else f"20{g[11]}"
        parts = [(year, int(g[10]), int(g[9])), (year, int(g[9]), int(g[10]))]
    elif g[12]:
        # "New Year's Eve 2019" is the last day of 2019; a bare one is the eve of any year.
        parts = [(g[13], 12, 31)] if g[12].lower() == "eve" else [(g[13], 1, 1)]
    else:
        parts = [(g[15], 12, 31)] if g[14].lower() == "last" else [(g[15], 1, 1)]
    found = []
    for year, month, day in parts:
        for y in ([int(year)] if year else years):
            try:
                found.append(date(y, month, day))
            except ValueError:
                pass
    return found


def as_weekdays(question: str, report_dates: Iterable[date], texts: Sequence[str] = ()) -> str:
    """The question with each calendar date the reports tell by its weekday written as that weekday: a date
    within six days before a report's date is that report's "Tuesday". A date the reports write as the question
    does, or asked as a report's own date, is kept; so is one no report's week holds, or two weekdays may be."""
    reports = sorted(set(report_dates))
    if not reports:
        return question
    years = sorted({d.year + k for d in reports for k in (-1, 0)})

    def weekday(m: re.Match) -> str:
        said = m.group(0).lower()
        if _DATELINE_BEFORE.search(question, 0, m.start()) or any(said in t.lower() for t in texts):
            return m.group(0)
        days = {d.weekday() for d in _candidates(m, years)
                if any(0 <= (r - d).days <= _REPORT_SPAN for r in reports)}
        return _WEEKDAYS[days.pop()] if len(days) == 1 else m.group(0)

    return _DATE.sub(weekday, question)


def report_dates(dates: Iterable[str | None]) -> list[date]:
    """The reports' dates that parse as ISO days ("2020-01-01"); others skipped."""
    found = []
    for d in dates:
        try:
            found.append(date.fromisoformat((d or "")[:10]))
        except ValueError:
            pass
    return found
