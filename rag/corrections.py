"""Claims with one wrong detail: the article sentence that states the same claim with another name or number."""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher
from functools import lru_cache

from index.keyword import STOPWORDS
from rag.answer_types import (MONTHS, NUMBER_RE, PRIME_MINISTER, WEEKDAYS, asked_event, holds_asked_quote,
                              names_country, other_countries, positions)
from rag.attribution import unquoted
from rag.event_verbs import events_in

# Words that frame a claim rather than state it: "True or false: the article describes …", "Did it take place
# on Thursday?".
_FRAMING = frozenset("""true false correct right accurate claim claims article articles report reports reported
story describe describes described say says said state states stated really actually place happen happens
happened occur occurs occurred""".split())
# A claim is the sentence's own when nearly all its other words are in it, and enough of them to tell; half,
# and two, will do when a number beside the thing counted, or a day after the deed, tells it otherwise
# ("deploy 750 soldiers" for "announced 1,000 soldiers in response to the attack").
_MIN_SHARE = 0.75
_MIN_SHARE_LOOSE = 0.5
_MIN_SHARED = 3
_MIN_SHARED_LOOSE = 2
_VAGUE = frozenset("several few dozen dozens hundreds thousands millions".split())
# An "or" offering a choice (not "true or false" or "or not") stands this many words from the detail at most: "on
# Monday or on Tuesday", "750 soldiers or 7,500".
_CHOICE_REACH = 2
# A name this close in spelling to the claim's is the same name mistyped ("Epser"), not another.
_SAME_NAME = 0.8
# Words as the claim and the sentence hold them: "3,000" is one number.
_TOKEN = re.compile(r"\d[\d,.]*\d|[\w’'-]+")
# How far from the words around the wrong detail the article's own detail may stand ("Fars news agency" and
# "news agency Mehr").
_NEAR = 3
# A day closes the clause of the deed it dates, after the deed's last few words: "killed an American civilian
# contractor at a military base in northern Iraq on Friday", eleven words on from "American". Four of them:
# "the contractor killed in the rocket attack" reaches "contractor", which stands nearest the day. Not past a
# verb of saying: "the embassy said on Tuesday" dates the saying.
_NEAR_DAY = 11
_DAY_ANCHORS = 4
# Capitals only: "US", whose last letter makes no plural.
_ACRONYM = re.compile(r"[A-Z]{2,}")
_SAYING = frozenset("say says said told tells stated reported announced".split())
# Verbs naming who said words quoted: "… ,” Mark Esper said", "tweeted Trump". Not "asked", "chanting".
_SPEAKING = _SAYING | frozenset("tweeted tweets wrote writes added adds".split())


def _detail(words: tuple[str, ...], unknown: frozenset[str]) -> tuple[int, int] | None:
    """Where the one name or number the articles never use stands in the claim, as [start, end); None when
    there is no such detail or more than one. A name runs on over the names beside it that no article uses
    either ("Haider al-Abadi")."""
    def strange(w: str) -> bool:
        # The index splits "1,000", "al-Abadi" and "Pompeo's" into parts; a possessive's "s" is not the name's.
        parts = [p for p in re.split(r"[-,.’']", re.sub(r"['’]s$", "", w.lower())) if p]
        return bool(parts) and all(p in unknown for p in parts)

    def part_of_detail(w: str) -> bool:
        # "al-Abadi" runs on a name; "hit" before "five" is a verb of the claim, unknown as it may be.
        return strange(w) and (w[:1].isupper() or "-" in w or NUMBER_RE.fullmatch(w) is not None)

    spans = []
    i = 0
    while i < len(words):
        if strange(words[i]) and (words[i][:1].isupper() or NUMBER_RE.fullmatch(words[i])):
            start, end = i, i + 1
            while start > 0 and part_of_detail(words[start - 1]):
                start -= 1
            while end < len(words) and part_of_detail(words[end]):
                end += 1
            spans.append((start, end))
            i = end
        else:
            i += 1
    if len(spans) != 1:
        return None
    # "Was it 750 or 7,500 soldiers?" offers a choice; the articles answer it with the other. An "or" further off
    # joins other words: "responsible for lives lost or damage".
    start, end = spans[0]
    offered = any(words[i].lower() == "or" and " ".join(words[i + 1:i + 2]).lower() not in ("false", "not")
                  for i in range(max(0, start - _CHOICE_REACH), min(len(words), end + _CHOICE_REACH)))
    return None if offered else spans[0]


def _anchors(words: tuple[str, ...], start: int, end: int, kind: str,
             unknown: frozenset[str]) -> list[tuple[str, bool]]:
    """The words beside the detail, reaching past a little word ("Death to Israel": "Death") or one no article
    uses ("1,000 extra soldiers": "soldiers"); for a day, the last four of the deed it dates ("storm the US
    embassy in Baghdad on Monday": also "embassy"). Each with whether it is the thing a number counts."""
    def telling(w: str) -> bool:
        # "happened" frames the claim; "State" in "State Department" does not.
        if w[:1].isupper() and w.lower() in _FRAMING:
            return True
        return w.lower() not in STOPWORDS and w.lower() not in unknown and w.lower() not in _FRAMING

    if kind == "day":
        return [(w, False) for w in words[max(0, start - 3 * _DAY_ANCHORS):start] if telling(w)][-_DAY_ANCHORS:]
    before = [(w, False) for w in words[max(0, start - 2):start] if telling(w)][-1:]
    if kind != "number":
        return before + [(w, False) for w in words[end:end + 2] if telling(w)][:1]
    return before + [(w, True) for w in _thing_counted(words, end, telling)]


def _thing_counted(words: tuple[str, ...], end: int, telling) -> list[str]:
    """The thing a number ending at `end` counts, the first plural after it: "five militia sites" counts sites,
    and "25 militiamen" tells no other count of them; in "40 rockets hit" it is the rockets. "US" in "1,500 US
    soldiers" is no plural."""
    run = [w for w in itertools.takewhile(lambda w: w.lower() not in STOPWORDS, words[end:end + 3]) if telling(w)]
    plurals = (w for w in run if w.lower().endswith("s") and not _ACRONYM.fullmatch(w))
    return [next(plurals, run[0])] if run else []


@lru_cache(maxsize=256)
def _claim_detail(claim: str, unknown: frozenset[str]) -> tuple[tuple[str, ...], int, int, str] | None:
    """The claim's words, where its one unknown detail stands and what kind it is; None without one. Read once
    per claim, not once per sentence weighed against it."""
    words = tuple(_TOKEN.findall(claim))
    span = _detail(words, unknown)
    kind = _kind(words[span[0]]) if span else None
    return (words, *span, kind) if kind else None


# "Why did the protesters storm the embassy on Monday?" takes for granted that they did then: the question's
# premise, a claim like any other, which a sentence may tell with another name, number or day. Not "What did
# Pompeo say …?" nor "How did Salih characterise …?": what was said is asked, and another's saying is no answer.
# "Why did Zarif say Iraqis were protesting …?" takes the words said for granted, which a sentence may give as
# another's, as for "Did Pompeo say …?".
_PREMISED = re.compile(r"^\s*(?:why|when|where)\s+(did|does|do|was|were|is|are|has|have|had)\s+([^?]+?)[\s?]*$",
                       re.I)
_MIN_PREMISE_WORDS = 3   # "Where is the embassy?" takes nothing for granted but the embassy


def premise_of(question: str) -> str:
    """What a why, when or where question takes for granted, as a yes/no claim: "Why did the protesters storm
    the embassy on Monday?" -> "Did the protesters storm the embassy on Monday?"; "" for another question."""
    m = _PREMISED.match(question)
    if not m or len(m.group(2).split()) < _MIN_PREMISE_WORDS:
        return ""
    # "Where was Iraqi Prime Minister Abdel-Mahdi when …" takes the man for granted, not the post's wording: written
    # as the articles' "premier", the post is no name they lack, for another name to correct.
    claim = PRIME_MINISTER.sub(r"premier\1", m.group(2))
    return f"{m.group(1).capitalize()} {claim}?"


def numbered_claim(claim: str, unknown: list[str]) -> bool:
    """The claim's one detail the articles never use is a number ("more than 30 rockets"): no sentence without
    it bears the claim out, though one may tell the number otherwise."""
    found = _claim_detail(claim, frozenset(u.lower() for u in unknown))
    return found is not None and found[3] == "number"


# Before a number, words that make it a count known already: "more troops after the 750", "the first 750".
_KNOWN_COUNT = frozenset("the first initial those these that this".split())
# After a number, words that make it a date or a time, not a count: "31 December", "5 pm".
_NOT_COUNTED = MONTHS | {"am", "pm"}


def count_unsaid(claim: str, sentence: str) -> bool:
    """The claim counts something in digits ("Did more than 50 diplomats shelter in the safe room?") and the
    sentence gives no number at all: it bears the count out no more than it belies it."""
    words = _TOKEN.findall(claim)
    counted = any(w[:1].isdigit() and NUMBER_RE.fullmatch(w) and (i == 0 or words[i - 1].lower() not in _KNOWN_COUNT)
                  and i + 1 < len(words) and words[i + 1][:1].isalpha() and words[i + 1].lower() not in STOPWORDS
                  and words[i + 1].lower() not in _NOT_COUNTED for i, w in enumerate(words))
    return counted and not any(NUMBER_RE.fullmatch(w) for w in _TOKEN.findall(sentence))


def restates_uncounted(claim: str, sentence: str, unknown_words: list[str], setting: str = "") -> bool:
    """The sentence states the claim, all the claim's other telling words (as `_states` weighs them: not the
    short, common or scene-setting ones) and the thing its number counts, and gives no number at all: "Esper
    added that additional troops are prepared to deploy in the coming days" for "Did Esper say about 4,000
    additional troops were prepared to deploy?". The articles tell of the count without giving it, so a number
    a less close sentence gives for something else ("750 soldiers") tells it no otherwise."""
    unknown = frozenset(u.lower() for u in unknown_words)
    found = _claim_detail(claim, unknown)
    if found is None or found[3] != "number" or not count_unsaid(claim, sentence):
        return False
    words, start, end, _ = found
    said = tuple(_TOKEN.findall(sentence))
    counted = [a for a, is_counted in _anchors(words, start, end, "number", unknown) if is_counted]
    return bool(counted) and bool(positions(said, tuple(counted))) \
        and _states(words[:start] + words[end:], said, unknown, setting, loose=False, share=1.0)


# Words quoted: “…”, "…" (at least three words, to tell a quote from a scare-quoted term).
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_MIN_QUOTED = 3


def quotes_unknown(claim: str, unknown_words: list[str]) -> bool:
    """The claim quotes words ("its “final message to the US”"), one of which no article uses: no sentence holds
    the quote, so one quoting it otherwise answers before those merely close to it."""
    unknown = {u.lower() for u in unknown_words}
    return any(len(asked := [w.lower() for w in _TOKEN.findall(m.group(1))]) >= _MIN_QUOTED
               and any(w in unknown for w in asked) for m in _QUOTED.finditer(claim))


def _quoted_otherwise(claim: str, sentence: str, unknown: frozenset[str]) -> bool:
    """The sentence quotes the claim's quoted words with one of them, which no article uses, another: "the
    “first message to the US”" for "Did they call it the “final message to the US”?"; or quotes other words
    after the word the claim's quote follows, where the claim's quote has words no article uses: "chanting
    “Death to America”" for "Were they chanting “Down with Israel”?"."""
    # Each quote of the sentence, with the word before it.
    said = [(_last_word(sentence[:m.start()]), [w.lower() for w in _TOKEN.findall(m.group(1))])
            for m in _QUOTED.finditer(sentence)]
    for qm in _QUOTED.finditer(claim):
        asked = [w.lower() for w in _TOKEN.findall(qm.group(1))]
        if len(asked) < _MIN_QUOTED:
            continue
        lead = _last_word(claim[:qm.start()])
        if lead and lead not in STOPWORDS and lead not in _FRAMING and any(w in unknown for w in asked) \
                and any(before == lead and words != asked and len(words) >= _MIN_QUOTED for before, words in said):
            return True
        for _, words in said:
            for i in range(len(words) - len(asked) + 1):
                differ = [a for a, b in zip(asked, words[i:i + len(asked)]) if a != b]
                if len(differ) == 1 and differ[0] in unknown:
                    return True
    return False


def _country_before(words: tuple[str, ...] | list[str], i: int) -> str | None:
    """The nearest country named among the three words before `i` ("US" in "US Defense Secretary"), or None."""
    return next((w for w in reversed(words[max(0, i - 3):i]) if names_country(w)), None)


def _last_word(text: str) -> str:
    """The last word of a text, lower-cased; "" for none."""
    words = _TOKEN.findall(text)
    return words[-1].lower() if words else ""


def corrects(claim: str, sentence: str, unknown_words: list[str], setting: str = "") -> str | None:
    """What the sentence gives in place of the claim's one unknown detail ("number", "name", "country", "day",
    or "quote": a word of a quote), when it states the claim otherwise: "Death to America" for "Did they chant
    “Death to Israel”?", "US Defense Secretary Mark Esper said" for "Did Defense Secretary Mike Pompeo say …?".
    Nearly all the claim's other words are in the sentence, and beside a word that stands next to the detail in
    the claim, the sentence has a name, number or day of its own; else None.

    Words of the claim that the sentence's article (`setting`) holds elsewhere set the scene the sentence is
    told in ("embassy" in "at the US embassy in Baghdad"): neither for the claim nor against it, unless they
    are names ("Baghdad").

    A day is one no article has: with a day another article names, the claim's would not be unknown."""
    unknown = frozenset(u.lower() for u in unknown_words)
    said = tuple(_TOKEN.findall(sentence))
    # A quote told otherwise, the claim's only unknown word in it, and half the claim's words around it in the
    # sentence: the quote tells it, so the claim's scene need not ("chanting “Death to Israel”").
    outside = tuple(_TOKEN.findall(_QUOTED.sub(" ", claim)))
    if _quoted_otherwise(claim, sentence, unknown) and not any(w.lower() in unknown for w in outside) \
            and _states(outside, said, unknown, setting, loose=True):
        return "quote"
    found = _claim_detail(claim, unknown)
    if found is None:
        return None
    words, start, end, kind = found
    asked = {w.lower() for w in words}
    detail = " ".join(words[start:end])
    if not _states(words[:start] + words[end:], said, unknown, setting, loose=kind in ("number", "day")):
        return None
    if kind == "name" and start > 0 and (own := _country_before(words, start - 1)) \
            and (posts := positions(said, (words[start - 1],))) \
            and all(other_countries(own, _country_before(said, j) or own) for j in posts):
        return None   # "US Defense Secretary Mark Esper" is not the "Iraqi Defense Secretary" claimed
    if kind == "name" and holds_asked_quote(sentence, claim):
        # "Did Mike Pompeo call it “an appropriate and precautionary action”?": the sentence quotes those words,
        # so whoever it names saying them ("… Mark Esper said") said them; not someone only mentioned.
        outside = _TOKEN.findall(unquoted(sentence))
        if any(w.lower() in _SPEAKING and any(_kind(n) == "name" and n.lower() not in asked
                                              and n.lower() not in STOPWORDS and not _same(n, detail, kind)
                                              for n in outside[max(1, i - 1):i] + outside[i + 1:i + 2])
               for i, w in enumerate(outside)):
            return kind
    if kind == "number" and (event := asked_event(claim)) and event not in (told := events_in(sentence)) \
            and (event == "station" or told.isdisjoint(events_in(claim))):
        # "20 protesters arrested" are not the 750 soldiers sent, nor "5,000 US troops already stationed in Iraq
        # before this deployment", whose clause of time names the sending; "airstrikes leave 25 militiamen dead"
        # is told by a killing, its deed in other words.
        return None
    for anchor, counted in _anchors(words, start, end, kind, unknown):
        # A number after the thing counted counts something else: "airstrikes left 25 militiamen dead" tells no
        # other count of airstrikes than the "five airstrikes" claimed.
        for i in positions(said, (anchor,)):
            if kind == "day":
                after = itertools.takewhile(lambda w: w.lower() not in _SAYING, said[i + 1:i + _NEAR_DAY + 1])
                if any(_kind(w) == "day" and not _same(w, detail, kind) for w in after):
                    return kind
            elif any(w.lower() not in asked and w.lower() not in STOPWORDS and _kind(w) == kind
                     and not _same(w, detail, kind) for w in said[max(0, i - _NEAR):i + (0 if counted else _NEAR + 1)]):
                return kind
    return None


def _states(claimed: tuple[str, ...], said: tuple[str, ...], unknown: frozenset[str], setting: str,
            loose: bool, share: float | None = None) -> bool:
    """The sentence has nearly all the claim's other words (`claimed`), or half when `loose`, or the `share`
    given, and enough of them to tell."""
    # The claim's other words no article uses are its own wording ("sending 1,000 extra soldiers"), for or
    # against no sentence.
    rest = [w for w in claimed if len(w) >= 4
            and w.lower() not in STOPWORDS and w.lower() not in _FRAMING and w.lower() not in unknown]
    shared = [w for w in rest if positions(said, (w,))]
    if setting:
        # A name is never scenery: a claim about Abdel-Mahdi is not borne out by a sentence without him.
        rest = [w for w in rest if w in shared or w[:1].isupper() or not _in_setting(w, setting)]
    least_share, least = (_MIN_SHARE_LOOSE, _MIN_SHARED_LOOSE) if loose else (_MIN_SHARE, _MIN_SHARED)
    return len(shared) >= least and len(shared) >= (least_share if share is None else share) * len(rest)


@lru_cache(maxsize=4096)   # asked per claim word and close sentence; the articles are few
def _in_setting(word: str, setting: str) -> bool:
    return bool(positions(_setting_words(setting), (word,)))


@lru_cache(maxsize=16)   # an article's words, read once, not once per claim word
def _setting_words(setting: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(setting))


def _same(found: str, detail: str, kind: str) -> bool:
    """The sentence's detail is the claim's: the same number written otherwise ("3,000" and "3000"), or the
    same name mistyped ("Esper" and "Epser")."""
    if kind == "number":
        return found.replace(",", "") == detail.replace(",", "")
    if kind == "day":   # a closed set: "Tuesday" is no mistyped "Thursday"
        return found.lower() == detail.lower()
    return any(SequenceMatcher(None, found.lower(), d.lower()).ratio() >= _SAME_NAME for d in detail.split())


def _kind(word: str) -> str | None:
    """What a detail is, for another of its kind to stand in for it: Syria for Lebanon, Tuesday for Monday, not
    Friday for Lebanon."""
    if NUMBER_RE.fullmatch(word):
        # "Several protesters shot dead": a vague amount is no detail another number tells otherwise.
        return None if word.lower() in _VAGUE else "number"
    if word.lower() in WEEKDAYS:
        return "day"
    if not word[:1].isupper():
        return None
    return "country" if names_country(word) else "name"
