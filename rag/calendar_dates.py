"""Calendar dates in a question as the weekdays news reports use: "Dec 31" is the "Tuesday" of a report dated
Wednesday 1 January 2020."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
# "May" and "March" only capitalised: "may 5 soldiers …", "march 2 miles" are no dates.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|(?-i:Mar(?:ch)?)|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
_DATE = re.compile(
    rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?({_MONTH}){_YEAR}(?![\w/])|"            # "the 1st of January", "31 Dec 2019"
    rf"\b({_MONTH})\s+(?:the\s+)?{_DAY}{_YEAR}(?![\w/:–-])|"                   # "Dec 31", not "Dec 30-31"
    r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b|"                                         # "2019-12-31"
    r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b|"                            # "31/12/2019", "12/31/19"
    r"\bnew\s+year['’]?s(?:['’]s)?\s+(eve|day)(?:\s+(\d{4}))?\b|"              # "New Year's Eve"
    r"\b(?:the\s+)?(last|first)\s+day\s+of\s+(\d{4})\b",                       # "the last day of 2019"
    re.I)
# A date asked as the article's own ("the report dated 2020-01-01", "published on 1 January"): its dateline's.
_DATELINE_BEFORE = re.compile(r"\b(?:dated|date|published|datelined)\s+(?:on\s+)?$", re.I)
# "What day of the week was Dec 31?", "Was Dec 31 a Tuesday?": the weekday is what is asked, or said already.
_DAY_ASKED = re.compile(r"\b(?:what|which)\s+(?:day|weekday)\b|\bday\s+of\s+the\s+week\b|"
                        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_NEW_YEAR_SAID = {"NYE": "New Year's Eve", "NYD": "New Year's Day"}
_NEW_YEAR_SHORT = re.compile(r"\bNY[ED]\b")
_WEEKDAY_DATED = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
                            rf"((?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}(?![\w/])|{_MONTH}\s+(?:the\s+)?{_DAY}"
                            rf"{_YEAR}(?![\w/:–-]))", re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A month, a winter or a year's end or start around the reports' own days, closing a question asked of the story,
# says only when it happened: "Which militia did the US strike in late December 2019?", "… in the December 2019
# break-in?", "… in winter 2019-20?", "… at the end of 2019?" add nothing to a question about reports dated 1 January
# 2020. Not in a yes/no question ("Did the strikes happen in January 2020?" asks it), not before more words ("… in
# December 2019 and which in January 2020?"), and not a part of the month none of the reports' days is in ("early
# December 2019"); "by December 2019" is before it. Nor where a time is weighed against another (`_TIME_ASKED`).
_WH_QUESTION = re.compile(r"^\s*(?:who|whom|whose|what|which|where|how|why)\b", re.I)
# A time weighed against another or asked as a report's: "… in December 2019 and which in January 2020?", "Which
# articles were published in December 2019?".
_TIME_ASKED = re.compile(r"\b(?:or|and\s+(?:which|what|when|who|where)|vs|versus|published|dated|datelined|written|"
                         r"filed|month|year)\b", re.I)
_SCOPE_END = r"(?=\s*[?.!]*\s*$)"
_MONTH_SCOPE = re.compile(rf"(?<!\s)(?:\s+(?:in|during|around|at\s+the\s+(?P<edge>end|start|beginning)\s+of)\s+"
                          rf"(?:(?P<part>late|early|mid)[- ]?)?(?P<month>{_MONTH})\s+(?P<year>\d{{4}}){_SCOPE_END}|"
                          rf"\s+the\s+(?:(?P<apart>late|early|mid)[- ]?)?(?P<amonth>{_MONTH})\s+(?P<ayear>\d{{4}})"
                          r"(?=(?:\s+(?-i:[a-z])[\w-]*){1,3}\s*[?.!]*\s*$))", re.I)
_YEAR_SCOPE = re.compile(r"(?<!\s)\s+(?:(?:in|during)\s+(?:the\s+)?winter(?:\s+of)?\s+(?P<winter>\d{4})(?:[-–/]\d{2,4})?|"
                         r"at\s+the\s+(?P<edge>end|start|beginning)\s+of\s+(?P<year>\d{4}))" + _SCOPE_END, re.I)
_PART_DAYS = {"early": range(1, 11), "mid": range(11, 21), "late": range(21, 32), "end": range(18, 32),
              "start": range(1, 15), "beginning": range(1, 15), None: range(1, 32)}
_DATELINE_REACH = 40   # characters before a date where "dated" or "published on" is looked for
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
    does (`texts`: their texts in lower case), or asked as a report's own date, is kept; so is one no report's
    week holds, or two weekdays may be; and every date of a question asking or naming a weekday, but for a date
    right after the weekday it falls on ("on Wednesday 1 January" is "on Wednesday"). "NYE" and "NYD" are New Year's
    Eve and Day."""
    reports = sorted(set(report_dates))
    if not reports:
        return question
    years = sorted({d.year + k for d in reports for k in (-1, 0)})

    def weekday_of(m: re.Match) -> str | None:
        days = {d.weekday() for d in _candidates(m, years)
                if any(0 <= (r - d).days <= _REPORT_SPAN for r in reports)}
        return _WEEKDAYS[days.pop()] if len(days) == 1 else None

    def kept(m: re.Match) -> bool:
        """A date asked as a report's own, or written as a report writes it (the dateline's words just before)."""
        return bool(_DATELINE_BEFORE.search(question, max(0, m.start() - _DATELINE_REACH), m.start())) \
            or any(m.group(0).lower() in t for t in texts)

    def weekday(m: re.Match) -> str:
        return m.group(0) if kept(m) else weekday_of(m) or m.group(0)

    def agreeing(m: re.Match) -> str:
        date_said = _DATE.fullmatch(m.group(2))
        return m.group(1) if date_said and not kept(m) and weekday_of(date_said) == m.group(1).capitalize() \
            else m.group(0)

    question = _NEW_YEAR_SHORT.sub(lambda m: _NEW_YEAR_SAID[m.group(0)], question)
    if _WH_QUESTION.match(question) and not _TIME_ASKED.search(question):
        question = _YEAR_SCOPE.sub(lambda m: "" if _year_scope_holds(m, reports) else m.group(0),
                                   _MONTH_SCOPE.sub(lambda m: _without_month_scope(m, reports), question))
    # "on Wednesday 1 January" is the report's "on Wednesday" when the two agree; told apart, both are kept.
    question = _WEEKDAY_DATED.sub(agreeing, question)
    if _DAY_ASKED.search(question):
        return question
    return _DATE.sub(weekday, question)


def _report_days(reports: Sequence[date]) -> set[date]:
    """The days a report's weekdays may name: its own and the six before."""
    return {date.fromordinal(r.toordinal() - k) for r in reports for k in range(_REPORT_SPAN + 1)}


def _without_month_scope(m: re.Match, reports: Sequence[date]) -> str:
    """"" for a month, or the part of it named, that holds a report's days (" the" kept before a noun: "the
    December 2019 break-in" is "the break-in"); the words as typed otherwise."""
    month, year = _month(m["month"] or m["amonth"]), int(m["year"] or m["ayear"])
    part = _PART_DAYS[(m["edge"] or m["part"] or m["apart"] or "").lower() or None]
    if not any(d.month == month and d.year == year and d.day in part for d in _report_days(reports)):
        return m.group(0)
    return " the" if m["amonth"] else ""


def _year_scope_holds(m: re.Match, reports: Sequence[date]) -> bool:
    """A winter, or a year's end or start, that holds a report's days."""
    days = _report_days(reports)
    if m["winter"]:
        y = int(m["winter"])
        return any((d.year == y and d.month == 12) or (d.year == y + 1 and d.month <= 2) for d in days)
    y = int(m["year"])
    if m["edge"].lower() == "end":
        return any(d.year == y and d.month == 12 and d.day >= 18 for d in days)
    return any(d.year == y and d.month == 1 and d.day <= 14 for d in days)   # start, beginning


def report_dates(dates: Iterable[str | None]) -> list[date]:
    """The reports' dates that parse as ISO days ("2020-01-01"); others skipped."""
    found = []
    for d in dates:
        try:
            found.append(date.fromisoformat((d or "")[:10]))
        except ValueError:
            pass
    return found
