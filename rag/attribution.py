"""Who said a quotation: the earlier sentence that names the speaker of a bare or "he said" quote."""

from __future__ import annotations

import re
from functools import lru_cache

from index.store import IndexData
from rag.countries import is_country_word

# A quotation may run on into the next sentence, closing only there.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
# The speaker only as a pronoun: "“…,” he continued, quote-tweeting the US president."
_PRONOUN_SPEAKER = re.compile(r"^\W*(he|she|they|it)\s+(said|says|added|continued|told|tweeted|wrote|warned|"
                              r"stated|asked|insisted|went on)\b", re.I)
LOOK_BACK = 4  # sentences: a speaker named further back is as likely to be someone else
_GROUP_NOUN = r"(?:group|militia|organi[sz]ation|movement|faction)"
# A report's back-reference to a body it named before: "The group said airstrikes left 25 militiamen dead."
_GROUP_SPEAKER = re.compile(rf"^\W*the\s+{_GROUP_NOUN}\s+(?:said|says|added|stated|claimed|reported)\b", re.I)
# The body named with its kind: "the Hashd Shaabi militia".
_NAMED_GROUP = re.compile(rf"((?:[A-Z][\w’'-]+\s+)+){_GROUP_NOUN}\b")
# Words before the kind that describe rather than name: "The", "Iran-backed", "Iranian", "Shi'a".
_DESCRIBING = re.compile(r"the|.+-(?:backed|allied|aligned|linked|led|supported)|shi[’']?a|sunni", re.I)


def unquoted(sentence: str) -> str:
    """The sentence with its quotations blanked out: the narrator's words."""
    return _QUOTED.sub(" ", sentence)


@lru_cache(maxsize=8192)  # asked of every candidate sentence on every query
def needs_speaker(sentence: str) -> bool:
    """A quotation that does not say whose it is: nothing but quotes, or quotes and "he said"."""
    outside = unquoted(sentence)
    if outside == sentence:
        return False
    return not re.search(r"[A-Za-z]", outside) or bool(_PRONOUN_SPEAKER.match(outside))


def speaker_sentence(data: IndexData, sentence: int) -> int | None:
    """The nearest earlier sentence of the same article that is not itself an unattributed quote.

    "“We’re not after wars …”" follows "“If the Islamic Republic …,” he continued", which follows
    "“That guy has tweeted …,” he said", which follows "Khamenei responded by saying …": the last names him.
    """
    if not needs_speaker(data.sentence_text(sentence)):
        return None
    art = data.sent_art[sentence]
    for s in range(sentence - 1, max(-1, sentence - 1 - LOOK_BACK), -1):
        if data.sent_art[s] != art:
            return None
        if not needs_speaker(data.sentence_text(s)):
            return s
    return None


def group_named(data: IndexData, sentence: int) -> str:
    """The name of the body whose words a "The group said …" sentence reports, from the nearest earlier sentence
    of the same article naming one with its kind (`group_in`); "" for other sentences, or when none is near."""
    if not _GROUP_SPEAKER.match(data.sentence_text(sentence)):
        return ""
    art = data.sent_art[sentence]
    for s in range(sentence - 1, max(-1, sentence - 1 - LOOK_BACK), -1):
        if data.sent_art[s] != art:
            return ""
        if named := group_in(unquoted(data.sentence_text(s))):
            return named
    return ""


def group_in(text: str) -> str:
    """The last body `text` names with its kind ("the Hashd Shaabi militia" -> "Hashd Shaabi"), nearest the
    sentence after it; words that describe it ("Iran-backed militia") name none. "" if none."""
    named = [" ".join(w for w in m.group(1).split() if not _DESCRIBING.fullmatch(w) and not is_country_word(w))
             for m in _NAMED_GROUP.finditer(text)]
    return next((n for n in reversed(named) if n), "")
