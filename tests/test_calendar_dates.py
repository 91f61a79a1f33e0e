"""A question's calendar dates are read as the weekdays the reports use (pure rows, then the real assistant)."""

from datetime import date

import pytest

from rag.calendar_dates import as_weekdays, report_dates

_WEDNESDAY_1_JANUARY_2020 = [date(2020, 1, 1)]


@pytest.mark.parametrize("question,read", [
    ("What was announced on Dec 31?", "What was announced on Tuesday?"),
    ("Where were they on the 1st of January?", "Where were they on Wednesday?"),
    ("Where was Trump on New Year's Eve?", "Where was Trump on Tuesday?"),
    ("What happened between New Year's Eve and the 1st of January?", "What happened between Tuesday and Wednesday?"),
    ("What happened on 31/12/2019?", "What happened on Tuesday?"),
    ("What happened on 12/31/2019?", "What happened on Tuesday?"),
    ("Who left on the last day of 2019?", "Who left on Tuesday?"),
    ("What happened on 2019-12-30?", "What happened on Monday?"),
    ("What did Esper say on January 1st, 2020?", "What did Esper say on Wednesday?"),
    ("What did Esper say on Dec. 31st?", "What did Esper say on Tuesday?"),
    # New Year's Eve and Day in short; a weekday with its date, agreeing, is the weekday.
    ("What were the protesters chanting on NYE?", "What were the protesters chanting on Tuesday?"),
    ("What did the militiamen do overnight from NYE into NYD?",
     "What did the militiamen do overnight from Tuesday into Wednesday?"),
    ("Where did the crowds light a fire on Wednesday 1 January?", "Where did the crowds light a fire on Wednesday?"),
    ("Who spoke on Tuesday, Dec 31?", "Who spoke on Tuesday?"),
    # A month, a winter or a year's end holding the reports' days says only when the story happened.
    ("Which militia did the US strike in late December 2019?", "Which militia did the US strike?"),
    ("What did Khamenei say in January 2020?", "What did Khamenei say?"),
    ("Which part was set alight in the December 2019 break-in?", "Which part was set alight in the break-in?"),
    ("Who was behind the protest in winter 2019-20?", "Who was behind the protest?"),
    ("What did Esper say at the end of December 2019?", "What did Esper say?"),
    ("What did Esper announce at the end of 2019?", "What did Esper announce?"),
])
def test_a_date_in_the_reports_week_is_its_weekday(question, read):
    assert as_weekdays(question, _WEDNESDAY_1_JANUARY_2020) == read


@pytest.mark.parametrize("question", [
    "What happened on Dec 25?",                          # no report's week holds it
    "What happened on 2020-01-02?",                      # after the report
    "What day of the week was Dec 31?",                  # the weekday is what is asked
    "Was Dec 31 a Tuesday?",
    "What happened on Dec 30-31?",                       # a range
    "Was the article published on 1 January 2020?",     # the report's own date
    "In the report dated 2020-01-01, who spoke?",
    "What happened on 01/02/2020?",                      # 1 February or 2 January: neither in the week
    "Who spoke on Monday, Dec 31?",                      # the weekday and the date disagree: both kept
    "What is NYEX?",
    "Which report is dated Wednesday, 1 January 2020?",  # the report's own date, after its weekday
    "What happened in December 2015?",                   # a month no report's week is in
    "What happened at the end of 2015?",
    "Did the strikes happen in January 2020?",           # a yes/no question asks the month
    "Which attacks happened in December 2019 and which in January 2020?",
    "Which articles were published in December 2019?",
    "What happened in early December 2019?",             # a part of the month no report's week is in
])
def test_other_dates_are_kept(question):
    assert as_weekdays(question, _WEDNESDAY_1_JANUARY_2020) == question


def test_a_date_written_as_a_report_writes_it_is_kept_and_digits_are_read_either_way():
    assert as_weekdays("What does the 2020-01-01 piece say?", _WEDNESDAY_1_JANUARY_2020,
                       ["date 2020-01-01 Pro-Iranian militiamen …"]) == "What does the 2020-01-01 piece say?"
    # Digits read either way round: the reading within the report's week is the day (2 January, not 1 February).
    assert as_weekdays("on 1/2/2020", [date(2020, 1, 7)]) == "on Thursday"


def test_may_and_march_in_lower_case_are_no_months():
    assert as_weekdays("may 5 soldiers be sent?", [date(2020, 5, 6)]) == "may 5 soldiers be sent?"
    assert as_weekdays("Did the protesters march 2 miles?", [date(2020, 3, 4)]) == "Did the protesters march 2 miles?"
    assert as_weekdays("What happened on May 5?", [date(2020, 5, 6)]) == "What happened on Tuesday?"


def test_report_dates_skip_what_is_no_day():
    assert report_dates(["2020-01-01", None, "", "last week", "2019-12-31T10:00"]) == \
        [date(2020, 1, 1), date(2019, 12, 31)]


def test_a_question_dated_by_the_calendar_is_answered(assistant):
    ans = assistant.answer("How did the US Defense Secretary describe the troop deployment announced on Dec 31?")
    assert ans.answered and "precautionary" in ans.text, ans.text
    ans = assistant.answer("Where did American diplomats take shelter while protesters surrounded the embassy on the "
                           "1st of January?")
    assert ans.answered and "safe room" in ans.text, ans.text
    # A calendar day no report's week holds is no day they tell of.
    ans = assistant.answer("What did Esper announce on Dec 25?")
    assert not ans.answered, ans.text
