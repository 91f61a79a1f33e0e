"""Common verbs of news reports, grouped by meaning: tells "how many were arrested" from "75 were wounded"."""

from __future__ import annotations

import re
from functools import lru_cache

from index.keyword import STOPWORDS

# Each group lists the forms of verbs (and their nouns) that report one kind of event. A word in no
# group says nothing either way; only two known words of different groups show a different event.
_GROUPS = {
    "kill": "kill kills killed killing dead death deaths die dies died dying slain fatalities lives perish perished",
    "wound": "wound wounds wounded wounding injure injures injured injuring injury injuries hurt",
    "arrest": "arrest arrests arrested arresting detain detains detained detaining detention detainees "
              "capture captured custody",
    "send": "send sends sent sending deploy deploys deployed deploying deployment dispatch dispatched "
            "order ordered ordering rush rushes rushed rushing",
    "station": "station stationed based garrison garrisoned",
    "arrive": "arrive arrives arrived arriving arrival reach reached land landed",
    "leave": "leave leaves leaving withdraw withdrew withdrawn withdrawal depart departed departure "
             "evacuate evacuated evacuation exit",
    "attack": "attack attacks attacked attacking storm stormed storming strike strikes struck striking breach breached "
              "raid raided assault assaulted target targeted hit break broke bomb bombs bombed bombing",
    "shoot": "shoot shoots shot shooting fire fired firing",
    # Fire set or lit is burning (`_BURNING`), not shooting: "setting fire to a reception area" answers no
    # "Did the guards fire tear gas?".
    "burn": "burn burns burned burnt burning torch torched torching ablaze arson",
    "say": "say says said saying tell tells told state stated statement announce announced announcement "
           "declare declared add added claim claimed report reported tweet tweeted warn warned "
           "ask asks asked asking appeal appeals appealed urge urges urged comment comments commented remark "
           "remarks remarked",
    # Speaking with someone, by phone too: "When did Trump speak with Abdel-Mahdi?" is not dated by what others
    # said that day (`asked_event`). Speaking is saying (`events_in`), not the other way round. No nouns ("a
    # phone call", "peace talks"): a short question naming one is a thing asked of, no deed.
    "talk": "speak speaks spoke spoken speaking talk talked talking phoned phoning",
    # Owning up to a deed or laying it at another's door: "Did Iran admit it was behind …" is answered by
    # "Tehran … denied any involvement".
    "admit": "admit admits admitted admitting admission deny denies denied denying denial acknowledge "
             "acknowledged confess confessed involvement responsible responsibility blame blamed blames blaming "
             "accuse accused accuses accusing",
    # Vouching for what another reported: "Did the Pentagon confirm the militia's count?" is not answered by
    # the militia's count. The verbs only: "Is there any confirmation that Trump spoke …?" asks whether it is
    # reported at all.
    "confirm": "confirm confirms confirmed confirming verify verifies verified corroborate corroborates "
               "corroborated corroborating",
    # Speaking against a deed: "Did Iraq's premier condemn the airstrikes?" is not answered by the airstrikes.
    # "Blasted" (a verb of words), not "blast" (an explosion); no "slammed", which rockets do as often.
    "condemn": "condemn condemns condemned condemning condemnation denounce denounces denounced denouncing "
               "denunciation blasted criticise criticises criticised criticising criticize criticizes criticized "
               "criticizing criticism",
    "guard": "guard guarded guarding protect protects protected protecting protection defend defends defended "
             "defending",
    "fall": "fall falls fell fallen topple toppled toppling overthrow overthrew overthrown oust ousted collapse "
            "collapsed",
    "build": "build builds built construct constructed",
    "protest": "protest protests protested protesting demonstrate demonstrated rally rallied gather "
               "gathered converge converged",
}
# The "admit" group's forms of owning up or disowning, and those that lay a deed at another's door or either.
_OWNING_UP = frozenset("admit admits admitted admitting admission deny denies denied denying denial acknowledge "
                       "acknowledged confess confessed".split())
_NEUTRAL_ADMIT = frozenset("involvement responsibility".split())
# "Did the militia claim (take, admit) responsibility …" asks about owning up too.
_OWNING_UP_ASKED = _OWNING_UP | {"responsibility"}
_GROUP_OF = {form: group for group, forms in _GROUPS.items() for form in forms.split()}
_WORD_RE = re.compile(r"[a-z]+")


# The "talk" forms that tell of speaking, so of saying too: not "phoned", which tells only of a call, nor "talk",
# as often a noun.
_SPEAKING = frozenset(_GROUPS["talk"].split()) - {"talk", "phoned", "phoning"}


# Forms that are no infinitive even after "to": nouns and inflected verbs ("stoned to death", "to strikes").
_NOT_INFINITIVE = re.compile(r"(?:s|ed|ing|ion|ment|al|ure|th|ody|ury)$")


# Groups whose words all name one deed, so that the articles' word stands for the question's: to be hurt or
# injured is to be wounded. Not so the others: to storm is not to bomb.
_ONE_DEED = ("wound",)


def words_for_deed(word: str) -> frozenset[str]:
    """The words of the deed `word` names, where they all name the same ("hurt": wounded, injured …); else none."""
    group = _GROUP_OF.get(word.lower())
    return frozenset(_GROUPS[group].split()) if group in _ONE_DEED else frozenset()


def event_of(word: str) -> str | None:
    """The group of a verb form ("arrested" -> "arrest"), or None for a word in no group."""
    return _GROUP_OF.get(word.lower())


def is_infinitive(prev: str, word: str) -> bool:
    """`word` after `prev` is a "to" infinitive: asked for, refused or planned, not reported as done.

    "appeals for them to leave", "some hardline groups refused to leave": nobody is said to have left.
    """
    return prev.lower() == "to" and not _NOT_INFINITIVE.search(word.lower())


# A quoted phrase of a few words starting with a capital is a slogan or a label ("chanting “Death to
# America”"), no event reported; "killed in cold blood" in quotes still reports a killing.
_SLOGAN = re.compile(r"[\"“]([A-Z][^\"“”]*)[\"”]")


# A question may name a crowd's slogan unquoted: "Did the protesters shout Death to America?".
_BARE_SLOGAN = re.compile(r"\b(?:death\s+to|down\s+with)\s+(?:the\s+)?[\w-]+", re.I)


def _without_slogans(text: str, asked: bool = False) -> str:
    text = _SLOGAN.sub(lambda m: m.group(0) if len(m.group(1).split()) > 4 else " ", text)
    return _BARE_SLOGAN.sub(" ", text) if asked else text


# "set fire to", "set a fire", "lit a fire", "caught fire", "(set …) on fire": read as burning before the words
# are grouped.
_BURNING = re.compile(r"\b(?:(?:set|sets|setting|lit|lighting|start|started|starting|caught|catch|catches|"
                      r"catching)\s+(?:a\s+|the\s+)?fires?|on\s+fire)\b", re.I)   # "light fire" is shooting


# "airstrikes left 25 militiamen dead": what leaves people dead kills them, nobody leaves; the word after tells the
# deed ("How many militiamen did the airstrikes leave dead?" asks of deaths, not of a departure).
# Not "leave behind …", nor a leaving before or after others were hurt ("Did the crowd leave before anyone was
# hurt?").
_LEFT_AS = re.compile(r"\b(?:leave|leaves|left|leaving)\s+(?!behind\b)(?=(?:(?!(?:before|after|when|while|as|was|were|"
                      r"is|are|been|and|but|because|until|once)\b)[\w,.-]+\s+){0,4}?(?:dead|wounded|injured|hurt)\b)",
                      re.I)


def deeds_read(text: str) -> str:
    """`text` with fire set or lit written as "burn", so that its words group as burning, not shooting, and a
    leaving that leaves people dead or hurt left out, so that they group as killing or wounding."""
    return _LEFT_AS.sub("", _BURNING.sub(" burn ", text))


@lru_cache(maxsize=8192)  # sentences recur across queries
def events_in(text: str, reported: bool = True, asked: bool = False) -> frozenset[str]:
    """The groups of every known verb form in `text` but its slogans; with `reported`, none after "to".

    With `asked`, `text` is a question, and a word naming the kind of a plural noun after it is no event: in
    "Did all the protest groups leave?" groups are asked about, not a protest.
    """
    words = _WORD_RE.findall(deeds_read(_without_slogans(text, asked)).lower())
    found = frozenset(g for prev, w, after in zip(["", *words], words, [*words[1:], ""])
                      if (g := _GROUP_OF.get(w)) and not (reported and is_infinitive(prev, w))
                      and not (asked and _modifies_noun(prev, w, after)))
    return found | {"say"} if _SPEAKING & set(words) else found


# Words that open a noun phrase, possessives too: "the protest groups", "their protest leaders".
_NOUN_OPENERS = frozenset("the a an this these those all any some every each his her its their our".split())
# Adjectives and participles of the groups, which say of the noun after them that it was done to ("the dead
# fighters", "the wounded protesters"): the event is reported.
_DONE_TO = frozenset("dead hurt slain shot struck sent built fallen withdrawn overthrown".split())


def _modifies_noun(prev: str, word: str, after: str) -> bool:
    """`word` is the first of two nouns after a noun opener ("the protest groups", "the attack helicopters").

    Only for questions: their verbs follow an auxiliary in the base form ("Did the protest continue?"), so a
    word ending in "s" after an opener and a noun is a plural noun, not a verb as in "the protest continues".
    Words of four letters or more only: "its", "has" and "was" are no nouns.
    """
    return (prev in _NOUN_OPENERS and not word.endswith(("s", "ed", "ing")) and word not in _DONE_TO
            and len(after) > 3 and after.endswith("s") and not after.endswith("ss") and after not in _GROUP_OF
            and after not in STOPWORDS)


# What a talk was about names its topic, no deed asked: "Did Trump speak with the premier about the (embassy)
# attack?". The noun phrase only: "about the protesters being killed" still asks about a killing.
_TOPIC = re.compile(r"\b(?:about|regarding|concerning)\s+(?:the\s+|an?\s+|this\s+|that\s+)?"
                    r"(?:(?!(?:being|getting|and|or|but|that|who|which|to)\b)\w+\b\s*){1,3}", re.I)


def events_missing(sentence: str, question: str) -> frozenset[str]:
    """A yes/no (or why) question's events that the sentence does not speak of, saying aside.

    "Did any of the 75 wounded later die?" is not answered by "75 protesters were wounded": no dying.
    "Refused to leave" does answer "Did everyone leave?", so a verb after "to" counts here.
    """
    asked = _events_asked(question)
    # "Did Iran admit it was behind the attack?": whatever it owned up to, the owning up is what is asked.
    if "admit" in asked:
        # Owning up is not answered by others laying the deed at its door ("the militia, which was blamed
        # for an attack"); "Did Trump blame Iran?" is answered by either.
        if _OWNING_UP_ASKED & set(_WORD_RE.findall(question.lower())) \
                and not (_OWNING_UP | _NEUTRAL_ADMIT) & set(_WORD_RE.findall(sentence.lower())):
            return frozenset({"admit"})
        asked = frozenset({"admit"})
    missing = asked - events_in(sentence, False)
    # A deed that only dates the one asked of is told by its doers too: "Was the reception area set on fire
    # during the protests?" by "Protesters burn property …". Not the deed asked: "Did the protesters leave?".
    said = set(_WORD_RE.findall(sentence.lower()))
    return missing - {e for e in missing & _framed_only(question) if _DOERS.get(e, frozenset()) & said}


# Those who do a deed, named for it: "protesters" speak of protests.
_DOERS = {"protest": frozenset("protester protesters protestor protestors demonstrator demonstrators".split()),
          "attack": frozenset("attacker attackers".split())}
# A deed named as the time of another: "during the protests", "amid the attack".
_TIME_OF = re.compile(r"\b(?:during|amid|amidst|throughout)\s+(?:the\s+|an?\s+|this\s+|that\s+|these\s+)?"
                      r"(?:\w+\s+)?\w+", re.I)


@lru_cache(maxsize=1024)  # the same question, asked of every candidate sentence
def _framed_only(question: str) -> frozenset[str]:
    """The deeds the question names only as the time of another: {"protest"} in "… set on fire during the
    protests?"."""
    framed = frozenset().union(*(events_in(m.group(0), False, asked=True) for m in _TIME_OF.finditer(question)))
    return framed - events_in(_TIME_OF.sub(" ", question), False, asked=True)


def no_event_asked(sentence: str, question: str) -> bool:
    """The question asks of events, saying aside, and the sentence speaks of none of them.

    "Near which Iraqi city is the base where the contractor was killed?" is not answered by a photo caption
    naming Baghdad: a place asked for is the place of one of the events asked of.
    """
    asked = _events_asked(question)
    return bool(asked) and not asked & events_in(sentence, False)


# The user asking the assistant to vouch for a fact, no confirming asked of anyone in the story: "Can you confirm
# that …", "Has it been confirmed that …".
_ASKS_TO_CONFIRM = re.compile(r"\byou\s+(?:\w+\s+)?(?:confirm|verify)\b|\b(?:it|been|is|was)\s+(?:\w+\s+)?"
                              r"(?:confirmed|verified)\b", re.I)


def _led_deeds(question: str) -> frozenset[str]:
    """The deeds the question names only to say who led them: {"protest"} in "the group behind the protests".
    Not what was left behind: "Did the protesters leave behind anyone injured?"."""
    words = _WORD_RE.findall(deeds_read(question).lower())
    return frozenset(next((g for w in words[i + 1:i + 4] if (g := _GROUP_OF.get(w))), None)
                     for i, w in enumerate(words)
                     if w == "behind" and (i == 0 or _GROUP_OF.get(words[i - 1]) != "leave")) - {None}


@lru_cache(maxsize=1024)  # the same question, asked of every candidate sentence
def _events_asked(question: str) -> frozenset[str]:
    asked = events_in(_TOPIC.sub(" ", question), False, asked=True) - {"say", "talk"}
    # "Did the group behind the protests ask the crowds to leave?" is not about protests: its asking (saying,
    # set aside) and the leaving are. With no other deed the one led is asked: "Was the militia behind the
    # protests?".
    asked = asked - _led_deeds(question) or asked
    return asked - {"confirm"} if _ASKS_TO_CONFIRM.search(question) else asked


def other_event(sentence: str, asked: str | None) -> bool:
    """The sentence reports events, none of them of the kind the question asks about.

    "How many protesters were arrested?" is not answered by "75 protesters were wounded after the
    guards fired …": wounding and firing, no arrest.
    """
    if asked is None:
        return False
    found = events_in(sentence)
    return bool(found) and asked not in found
