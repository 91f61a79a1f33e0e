"""Checking questions, reading what they ask (past shorthand, guesses, framing and claims to check), and rewriting
follow-ups with the conversation so retrieval has their context."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.errors import QuestionError
from index.keyword import STOPWORDS
from index.sentences import split_sentences
from rag.answer_types import MONTHS, WEEKDAYS, offered_choices, question_type
from rag.countries import is_country_word
from rag.event_verbs import event_of
from rag.word_forms import present_of_past

MAX_QUESTION_CHARS = 2000

_FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|so|then|what about|how about|why|what else)\b|"
    r"\b(he|she|they|him|her|them|his|their|it|its|this|that|these|those|there|the same)\b", re.I)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
_QUESTION_WORDS = {"what", "who", "whom", "whose", "when", "where", "why", "how", "which", "did", "does",
                   "do", "is", "are", "was", "were", "and", "but", "also", "about", "else", "respond", "say"}


def check_question(question) -> str:
    """The question with surrounding white space and control characters removed.

    Raises:
        QuestionError: not text, empty, or longer than MAX_QUESTION_CHARS.
    """
    if not isinstance(question, str):
        raise QuestionError(f"A question must be text, not {type(question).__name__}.")
    q = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", question).strip()
    if not q:
        raise QuestionError("Please type a question: this one is empty.")
    if len(q) > MAX_QUESTION_CHARS:
        raise QuestionError(f"This question is {len(q):,} characters long; please keep it under "
                            f"{MAX_QUESTION_CHARS:,} characters (ask about one thing at a time).")
    return q


# Chat shorthand, written out so that what a question asks for and its words are recognised.
_SHORTHAND = {"whos": "who is", "whats": "what is", "wheres": "where is", "whens": "when is", "hows": "how is",
              "whys": "why is", "ppl": "people", "abt": "about", "govt": "government", "gov": "government",
              "intl": "international"}
_SHORTHAND_RE = re.compile(r"\b(" + "|".join(_SHORTHAND) + r")\b", re.I)
# "what kind of unit r they sending", "did u see": single letters, typed in lower case only ("U.S." stays).
_LETTER_WORDS = {"r": "are", "u": "you"}
_LETTER_WORD_RE = re.compile(r"(?<![\w.’'&/-])([ru])(?![\w.’'&/-])(?!\s+s\b)")   # "u s troops" is the US
# "whos irans supreme leader again": asking to be reminded; "again" asks nothing, nor "here" ("So who is Iran's
# supreme leader here?": in this story). "Where did they strike again?" asks about a second strike: only after
# "who/what … is" and the thing asked ("Who is here?" keeps its "here").
_AGAIN = re.compile(r"^(\s*(?:who|what|which|where)(?:\s+is|\s+was|\s+are|\s+were|['’]s)\b\s+\S.*?)"
                    r"(?:,?\s+again|(?<!\bfrom)(?<!\bto)(?<!\bnear)(?<!\bover)(?<!\bout)(?<!\bin),?\s+here)(\s*\??\s*)$",
                    re.I)   # "from here", "near here": a place, kept
# The passive said with "got": "what got set on fire", "who got killed" -> "what was set on fire", as the articles
# word it.
_GOT_DONE = re.compile(r"\b(?:(they|we|you)\s+)?got\s+"
                       r"(?=(?:\w+ed|taken|beaten|broken|stolen|given|driven|thrown|shaken|set|hit|hurt|shot|put|lit|cut|"
                       r"struck|caught|burnt|built|sent|left|told|held|kept)\b)", re.I)
# Coming to a protest, said as a phrasal verb: "how many turned out", "who showed up" -> "gathered", as articles
# word it ("converged", "gathered"); only people come so ("how did the protest turn out", "what showed up on the
# radar" keep theirs), and not "they turned out to be …" nor "How did they turn out …", asking how it went.
_COMERS = r"\b((?:many|who|people|ppl|crowds?|supporters|protesters|protestors|demonstrators|militiamen|thousands|" \
          r"hundreds|dozens|they)\s+)"
_TURN_OUT = re.compile(r"^(?!\s*how\s+(?!many\b))(.*?)" + _COMERS
                       + r"(turn|turns|turned|turning|show|shows|showed|showing)\s+(?:out|up)\b"
                       r"(?!\s+(?:that|to|as|a|an|the|badly|well|for\s+(?:the\s+)?(?:best|better|worse|worst))\b)",
                       re.I)
_GATHER = {"turn": "gather", "turns": "gather", "turned": "gathered", "turning": "gathering", "show": "gather",
           "shows": "gathers", "showed": "gathered", "showing": "gathering"}
# "How many supporters descended on the embassy?" -> "… converged on …", as the articles word it; the model puts
# descending far from it. Only people descend so.
_DESCEND = re.compile(_COMERS + r"(descend|descends|descended|descending)\s+(?=(?:on|upon)\s+(?:the\b|(?-i:[A-Z])))",
                      re.I)
_CONVERGE = {"descend": "converge", "descends": "converges", "descended": "converged", "descending": "converging"}
# Fire set, said so: "What did the crowds set alight?" -> "… set on fire?", as the articles word it ("lit a fire",
# "set fire to"), which the model puts far from "alight".
_ALIGHT = re.compile(r"\b(set|sets|setting)\s+((?:[\w’'-]+\s+){0,6}?)alight\b", re.I)
# Going home, said so: "Did the militia tell people to go home?" -> "… to leave", as the articles word it ("asking
# crowds to leave the embassy"). Not "home" as a place named ("went home to Tehran"); the plain verb only after "to"
# (`_left`).
_GO_HOME = re.compile(r"\b(go|goes|went|going|gone|head|heads|headed|heading)\s+(?:back\s+)?home\b(?!\s+to\b)",
                      re.I)
_LEAVE = {"go": "leave", "goes": "leaves", "went": "left", "going": "leaving", "gone": "left", "head": "leave",
          "heads": "leaves", "headed": "left", "heading": "leaving"}
# "What did Trump state Iran would pay?" asks what he said; "the Iraqi state media", "the state of the embassy" name
# no saying: only after an auxiliary and its subject, before a clause, "that", "about" or the question's end.
_STATE_SAID = re.compile(r"\b((?:did|does|do)\s+(?:[\w’'.-]+\s+){1,4}?)(?-i:state)(?=\s*\?|\s*$|\s+(?:(?:that|about|"
                         r"he|she|it|they|we)\b|(?-i:[A-Z][a-z]+\b(?!\s+(?-i:[A-Z])))))", re.I)
# A possessive typed without its apostrophe: "whats the iraqi prime ministers name". Not "his name", "this name",
# "hamas", "abbas" or "bus" (-as, -us), nor a plural ("the victims names"). "Who do the reports name?" has "name"
# as its verb, so a question with do/does/did is left as typed.
_BARE_POSSESSIVE = re.compile(r"\b(?!(?:this|hers|ours|yours|theirs|does|was|has|his|its|is)\b)([a-z][\w-]*[^\Wsau])s"
                              r"(?=\s+(?:(?:full|first|last|real)\s+)?name\s*(?:[?.!,]|$|and\b))", re.I)
_DO_AUXILIARY = re.compile(r"\b(?:do|does|did)\b", re.I)
# "militia targeted by US strikes name": the name is the militia's, that the strikes targeted, not the strikes'.
_DONE_BY = re.compile(r"\b(?:[a-z]{2,}[^\We]ed|hit|shot|struck|taken|led|held|hurt|sent|seen|made)\s+by\b", re.I)
# Numbers written out in words, as articles print them in digits: "the first seven hundred and fifty" is 750,
# "twenty-five dead" 25. A lone small one stays a word ("one of the gates", "one or two walls"), and so do
# plurals and vague amounts ("tens of thousands", "several thousand").
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_VALUES = {**{w: n for n, w in enumerate(_UNITS)}, **{w: 20 + 10 * n for n, w in enumerate(_TENS)}}
_NUMERAL = r"(?:" + "|".join(sorted(_NUMBER_VALUES, key=len, reverse=True)) + r")\b"   # "seventy", not "seven"
_NUMBER_IN_WORDS = re.compile(rf"\b{_NUMERAL}(?:(?:\s+|-){_NUMERAL}|\s+(?:hundred|thousand)\b"
                              rf"|(?:(?<=hundred)|(?<=thousand))\s+and\s+{_NUMERAL}\b)*", re.I)


def _in_digits(m: re.Match) -> str:
    """The number written in words, in digits; left as written when the words make no single number."""
    words = re.findall(r"[a-z]+", m.group(0).lower())
    if len(words) == 1 and _NUMBER_VALUES[words[0]] <= 10:
        return m.group(0)
    total = current = 0
    for word in words:
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
        elif word != "and":
            value = _NUMBER_VALUES[word]
            # "twenty-five", "seven hundred fifty" are one number; "fifty-fifty" and "one two" are none.
            if current % 100 and (value >= 20 or current % 10 or current % 100 < 20):
                return m.group(0)
            current += value
    number = total + current
    return str(number) if 2000 <= number < 2100 else f"{number:,}"   # "2,000" troops, but the year 2019


# Posts and offices as news desks shorten them: "US def sec name?", "Sec. Esper", "SecDef", "POTUS", "the Iranian
# FM spokesman" (a ministry's; "Iran's FM" is its minister). Not the SEC, "30 sec", nor an FM radio station.
_OFFICES = {"sec": "secretary", "secy": "secretary", "def": "defense", "pres": "president", "dept": "department",
            "admin": "administration", "secdef": "defense secretary", "potus": "US president"}
_OFFICES_RE = re.compile(r"(?<!\d)(?<!\d\s)\b(?:(?-i:SEC)\b|(" + "|".join(_OFFICES) + r")\b\.?)", re.I)
_FM_RE = re.compile(r"\bfm\b(?!\s+(?:radio|station|band|frequenc))", re.I)
# News calls the US defence department by its building; not another country's ("Iraq's defence department").
_DEFENSE_DEPARTMENT = re.compile(r"(?<!\biraq's )(?<!\biraqi )(?<!\biran's )(?<!\biranian )"
                                 r"\b(?:(?-i:DoD|DOD)|department of defen[cs]e|defen[cs]e department)\b", re.I)


def _offices_written_out(question: str) -> str:
    """The question with shortened posts and offices written out: "US def sec" -> "US defense secretary", "the
    DoD" -> "the Pentagon"."""
    q = _OFFICES_RE.sub(lambda m: _OFFICES[m.group(1).lower()] if m.group(1) else m.group(0), question)
    q = _DEFENSE_DEPARTMENT.sub("Pentagon", q)   # after "def dept" is written out
    return _FM_RE.sub(lambda m: "foreign ministry" if re.match(r"\s+spokes", q[m.end():]) else "foreign minister", q)


# Names as protocol writes them: "Donald J. Trump", "Dr. Mark T. Esper", "Sayyid Ali Khamenei", "the Islamic
# Republic of Iran", "the President of the United States". News writes them short, and a word the articles never
# use would turn the question away.
_HONORIFIC = re.compile(r"\b(?:dr|prof|sayyid|sayed|seyed|seyyed|syed|sheikh|shaikh|his\s+excellency)\.?\s+"
                        r"(?=(?-i:[A-Z]))", re.I)
_MIDDLE_INITIAL = re.compile(r"\b((?-i:[A-Z])[a-z]+)\s+(?-i:[A-Z])\.\s+(?=(?-i:[A-Z])[a-z])")
_PRESIDENT_OF = re.compile(r"(?<!vice )(?<!vice-)\bpresident\s+of\s+the\s+united\s+states(?:\s+of\s+america)?\b",
                           re.I)
_STATE_IN_FULL = re.compile(r"\b(?:the\s+)?(?:(?:islamic|federal|arab|people['’]s|democratic)\s+)*republic\s+of\s+"
                            r"([a-z]+)\b|\b(?:the\s+)?united\s+states\s+of\s+america\b", re.I)
_TWO_STATES = frozenset("korea congo china".split())
_UNCLE_SAM = re.compile(r"\buncle\s+sam\b", re.I)   # the US, as newspapers nickname it
_CHOICE_LETTER = re.compile(r"(?<![\w.])(?-i:[A-E])[.)]\s")


def _names_in_short(question: str) -> str:
    """The question with names as news writes them: "President of the United States Donald J. Trump" -> "US
    President Donald Trump", "the Islamic Republic of Iran" -> "Iran", "Dr. Mark T. Esper" -> "Mark Esper"."""
    q = _PRESIDENT_OF.sub("US President", _UNCLE_SAM.sub("the US", question))
    # Two states by one short name ("Republic of Korea", "Democratic People's Republic of Korea") keep their own.
    q = _STATE_IN_FULL.sub(lambda m: m.group(0) if m.group(1) and (not is_country_word(m.group(1))
                                                                  or m.group(1).lower() in _TWO_STATES)
                           else m.group(1) or "the United States", q)
    q = _HONORIFIC.sub("", q)
    # "A. Trump B. Khamenei": a quiz's choices, not initials.
    return q if len(_CHOICE_LETTER.findall(q)) >= 2 else _MIDDLE_INITIAL.sub(r"\1 ", q)


# "Roughly how many …": a hedge before the question word still starts a question.
_HEDGE_WORD = r"(?:roughly|approximately|about|around|exactly|precisely)"
# "Could you remind me of his name?", "I'd like to know what …", "…, please?": the question inside the courtesy.
_COURTESY = re.compile(r"\b(?:(?:could|can|would) you (?:please )?(?:tell|remind|show) me(?: of| about)?|"
                       r"i(?:'|’)?d (?:like|love) to know|i would (?:like|love) to know|i wonder|i was wondering|"
                       r"please tell me)\s+"
                       r"(?=\S)|"
                       # "Do you know who …", "Any idea how many …", "Is it known what …": asking whether the
                       # answer is known asks for it. Only before a question word: "Is it known for …" asks.
                       r"^\s*(?:(?:do|does) (?:you|anyone|anybody) (?:happen to )?know|(?:any|got any|have you any) idea|"
                       r"is it (?:known|clear|reported|said))\s+(?=(?:" + _HEDGE_WORD + r"\s+)?"
                       r"(?:who|whom|whose|what|when|where|which|why|how|the (?:name|names|number) of)\s+\w)",
                       re.I)
# "who the leader of Kataib Hezbollah is", "how old Soleimani was": an asked clause in a statement's order, asked
# with the copula first. Its subject opens with a determiner, a pronoun or a capital; the words before it ("how
# old", "how many of them") stay with the question word.
_CLAUSE_ORDER = re.compile(r"^((?:who|whom|whose|what|when|where|which|why|how)(?: [\w’'-]+){0,3}?) "
                           r"((?:(?:the|a|an|this|that|these|those|his|her|its|their|he|she|it|they|there)\b|(?-i:[A-Z]))"
                           r"[^?.!]*?) (is|are|was|were)( ?[?.!]*)$", re.I)
# "what Trump said Iran would pay": a name or pronoun doing the deed, in the past of an irregular verb. Only
# irregular ones: a regular past's present is not told by its spelling ("used", "housed", "stopped").
_CLAUSE_DONE = re.compile(r"^((?:who|whom|what|which|when|where|why|how)(?:\s+(?:many|much)\s+[\w’'-]+)?)\s+"
                          r"((?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})|he|she|they|it|the\s+\w+)\s+([a-z]+)\b",
                          re.I)
# A leading "please" before a question word, or with a comma before a yes/no question ("Please, did …"); not in
# "Please do tell me …".
_PLEASE = re.compile(r",?\s*\bplease\b\s*(?=[?.!]*\s*$)|^\s*please\b\s*[,:]?\s*(?=(?:who|whom|whose|what|when|where|"
                     r"which|why|how)\b)|^\s*please\s*[,:]\s*(?=(?:did|does|do|is|are|was|were|has|have|had|can|could|"
                     r"will|would)\b)", re.I)
_WH_START = re.compile(r"(?:who|whom|whose|what|when|where|which|why|how|if|whether)\b", re.I)
_HEDGE_FIRST = re.compile(rf"^{_HEDGE_WORD}\s+", re.I)
# A request opening the question: "Give me the estimated cost of …", "I need the number of …", "Summarise what
# Esper said …", "Remind me who …". What it asks for is what is asked.
# Not "Summarise the articles", nor "Tell me the truth: did Iran plan it?" (the question after the colon asks).
_ASKS_FOR = r"(?:(?:tell|give|show|remind|get|find)\s+(?:me|us)|find(?:\s+out)?|i\s+need(?:\s+to\s+know)?|" \
            r"i\s+(?:want\s+to|wanna)\s+know)"
_REQUEST = re.compile(rf"^\s*(?:{_ASKS_FOR}\s+(?=(?:the|a|an)\s+\w)|(?:{_ASKS_FOR}|summari[sz]e|explain|describe)\s+"
                      r"(?=(?:who|whom|whose|what|when|where|which|why|how|whether|if)\s+\w))(?![^?]*[:.!?]\s+\S)",
                      re.I)


def _without_courtesy(question: str) -> str:
    q = _PLEASE.sub("", question)
    m = _COURTESY.search(q) or _REQUEST.match(q)
    if not m:
        return q
    rest = q[m.end():]
    if m.re is _REQUEST:
        rest = rest.rstrip(" .!") + ("" if rest.rstrip().endswith("?") else "?")   # a request asks, mark or none
    rest = _as_question(rest)   # one space apart: no run of blanks to backtrack over
    if w := _WHETHER.match(rest):
        # "Tell me whether any protesters were arrested" asks "Were any protesters arrested?".
        return q[: m.start()] + f"{w['aux'].capitalize()} {w['subject'].strip()} {w['rest'].rstrip(' .!?')}?"
    # "Could you remind me of his name?" asks what his name is.
    return q[: m.start()] + (rest if _WH_START.match(_HEDGE_FIRST.sub("", rest)) else "what is " + rest)


# A yes/no question asked inside a request, its auxiliary after the subject: "whether any protesters were arrested",
# "if the embassy has been evacuated". Not one without an auxiliary ("whether Iran admitted it"), whose verb would
# need its present.
_WHETHER = re.compile(r"^(?:whether|if)\s+(?:or\s+not\s+)?(?P<subject>(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could)\b)"
                      r"[\w’'-]+\s+){1,5}?)(?P<aux>is|are|was|were|has|have|had|will|would|can|could)\s+"
                      r"(?P<rest>\S[^?]*)\??\s*$", re.I)


# "Didn't Khamenei say …?" asks what "Did Khamenei say …?" asks: the same sentence answers either way.
# Only where a question starts, also after a clause ("When the PMU asked them to leave, didn't everyone go?");
# "Who wasn't injured?" asks something else.
_NEGATED = re.compile(r"(^\s*|,\s+)(did|does|do|was|were|is|are|has|have|had)n['’]?t\b", re.I)
# "Was it Mike Pompeo who called the deployment precautionary?": who did, whoever the asker supposes.
# Not "Is it true that the protesters who stormed …": a claim, whose "who" is a relative clause.
_CLEFT = re.compile(r"^\s*(?:was|is|were)\s+it\s+(?:really\s+)?(?!(?:true|right|correct|accurate|possible|"
                    r"reported|confirmed|the case)\b)(?:(?!\bthat\b)[^?]){1,60}?\s+who\s+(?=\S+\s+\S)", re.I)
# "Was it only a small group of militia supporters who turned out …?" asks whether so few did, not who did.
# Not a time or a distance ("a few days later that …"), nor one person ("just Trump who …"), nor a choice.
_COUNT_CLEFT = re.compile(r"^\s*(?:was|is|were)\s+it\s+(?:really\s+)?((?:(?:only|just|merely)\s+)?(?:a few|a small|"
                          r"a handful|a large|a huge|hundreds|thousands|dozens|many|few)\b[^?]*?)\s+who\s+"
                          r"((?:(?!\bor\b)[^?])+?)\s*\?\s*$", re.I)

# "What is Donald Trump's title?", "What position does Abbas Mousavi hold?" ask who the named person is: the
# articles give a post beside the name ("US President Donald Trump"), seldom the word "title". Nothing after the
# post: "What is Trump's position on Iran?" asks for a stance, and "What is Iran's role in the storming?" a part
# played. "X's position" and "X's post" (a tweet) may be a stance or a message, so those words ask for a post
# only as the thing X holds ("What role did Iraq have?" asks for a part played); "X's role" with nothing after
# asks what X is ("What is Abbas Mousavi's role?"); and a country holds none ("What is Iran's position?").
_NAME = r"((?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){0,3})"
_END = r"[?.!\s]*$"
_POST_OF = re.compile(rf"^\s*what(?:['’]?s|\s+is|\s+was)\s+{_NAME}['’]s\s+(?:title|job|occupation|role){_END}|"
                      rf"^\s*what\s+(?:title|job|position|role|post|office)\s+(?:does|did)\s+{_NAME}\s+"
                      rf"(?:hold|occupy){_END}", re.I)


def _post_as_who(question: str) -> str:
    m = _POST_OF.match(question)
    name = m and (m.group(1) or m.group(2))
    return f"Who is {name}?" if name and not is_country_word(name) else question


# Telegraphic questions, with no question word: "Any protesters arrested?", "Deployed unit type?".
_ASKING = re.compile(r"\b(?:who|whom|whose|what|whats|when|where|which|why|how)\b|^\s*(?:did|does|do|is|are|was|"
                     r"were|has|have|had|will|would|can|could|should|may|might|must|am)\b", re.I)
_TELEGRAPHIC_WORDS = 8
_ASKED_LAST = re.compile(r"([^,;:?]+?\w)\s+(who|when|where)\s*\??", re.I)
_NOT_KEYWORDS = frozenset("tell remind ask idea know wonder".split())
_SAID = frozenset("said says say told tells tell saw met hit shot named blamed".split())
_COUNT_WORDS = frozenset("count tally total".split())
# "number" counts, but not in "embassy phone number" or "the flight number".
_NOT_COUNTED = frozenset("phone telephone contact serial case flight registration licence license reference tail "
                         "house street room page".split())
_ASKING_FOR = frozenset("give tell show list get find".split())
# Keywords asking what someone is; not "position", "post" or "role", as often a stance, a message or a part played.
_POST_WORDS = frozenset("title job occupation".split())
# Things with a title of their own: "article title" asks no one's post.
_TITLED = frozenset("article articles story report piece headline book film movie song video photo picture "
                    "page tweet post".split())


def _someone(words: list[str]) -> bool:
    """Keywords that may be someone: not a country ("saudi arabia"), a possessive or a thing with a title."""
    return not is_country_word(" ".join(words)) \
        and not any(is_country_word(w) or "'" in w or "’" in w or w.lower() in _TITLED for w in words)


def _counted_before(words: list[str]) -> bool:
    """A count of people or things among the keywords, with what it counts after it: "750 soldiers", not "750",
    a date ("jan 3 drone") or a number that names ("flight 752 plane")."""
    return any(w.replace(",", "").isdigit() and not 1900 <= int(w.replace(",", "")) < 2100
               and (i == 0 or words[i - 1].lower() not in _NOT_COUNTED)
               and words[i + 1].lower().endswith(("s", "men", "people"))
               for i, w in enumerate(words[:-1]))


_KEYWORD_ASKED = {"number": "Number", "name": "Name"}


def _keywords_only(words: str, asked: str) -> bool:
    """Words with no function word among them, nor a verb just before "who": "iraq prime minister who", but not
    "Tell me about the man who", "Any idea who" or "Pompeo said who" (who was named, not who spoke)."""
    ws = words.lower().split()
    return not any(w in STOPWORDS or w in _NOT_KEYWORDS for w in ws) and not (
        asked.lower() == "who" and (ws[-1].endswith("ed") or ws[-1] in _SAID))


def _keyword_asked(words: list[str]) -> str | None:
    """A name or number asked for by a keyword amid the others: "protesters arrested number embassy" -> "Number of
    protesters arrested, embassy?", "military base name northern iraq" -> "Name of military base, northern iraq?".

    Not when the keyword comes first or after a stopword ("a number of protesters"), names a thing's number
    ("phone number") or is followed by a number or "of"; "name" last is read where it stands ("iraq pm name"),
    unless a doer follows the thing named ("militia targeted by US strikes name" -> "Name of militia targeted by US
    strikes?")."""
    for i, word in enumerate(words[1:], 1):
        asked = _KEYWORD_ASKED.get(word.lower())
        before = words[i - 1].lower()
        after = words[i + 1].lower() if i < len(words) - 1 else ""
        # "embassy number two official", "attack number of dead": no count asked of what comes before.
        if asked and before not in STOPWORDS and before not in _NOT_COUNTED and after != "of" \
                and not after.isdigit() and after not in _NUMBER_VALUES \
                and (asked == "Number" or after or _DONE_BY.search(" ".join(words[:i]))):
            # A comma ends the thing asked about: the words after it only say where to look.
            rest = words[i + 1:]
            return f"{asked} of {' '.join(words[:i])}" + (f", {' '.join(rest)}" if rest else "") + "?"
    return None


def _telegraphic(question: str) -> str:
    """A short question without a question word, written out: "Any protesters arrested?" -> "Were any protesters
    arrested?", "Deployed unit type?" -> "What type of deployed unit?"."""
    q = question.strip()
    # Keywords with the question word last: "iraq prime minister who", "contractor killed when?".
    if (m := _ASKED_LAST.fullmatch(q)) and len(m.group(1).split()) < _TELEGRAPHIC_WORDS \
            and not _ASKING.search(m.group(1)) and _keywords_only(m.group(1), m.group(2)):
        return f"{m.group(2).capitalize()} {m.group(1)}" + ("?" if q.endswith("?") else "")
    words = q.rstrip("?").split()
    short = len(words) <= _TELEGRAPHIC_WORDS and not _ASKING.search(q)
    # Keywords, with or without the question mark; not "give me the casualty count" or "tell me the total".
    keywords = short and len(words) > 1 and words[0].lower() not in _ASKING_FOR
    # A count or type word last must follow what it is of ("the total" is none); a name or number amid the
    # others is checked where it stands.
    last_of = keywords and words[-2].lower() not in STOPWORDS
    if last_of and words[-1].lower() in _COUNT_WORDS:   # "US troops already in Iraq count"
        return f"Number of {' '.join(words[:-1])}?"
    if last_of and words[-1].lower() in ("type", "kind", "sort"):   # "Deployed unit type"
        if _counted_before(words[:-2]):
            # "750 soldiers unit type": the counted ones are those whose unit is asked.
            return f"What {words[-1].lower()} of {words[-2]} are {' '.join(words[:-2])}?"
        return f"What {words[-1].lower()} of {words[0].lower()} {' '.join(words[1:-1])}".rstrip() + "?"
    if last_of and words[-1].lower() in _POST_WORDS and _someone(words[:-1]):
        return f"Who is {' '.join(words[:-1])}?"   # "khamenei title": what he is, as "What is Khamenei's title?"
    if keywords and (asked := _keyword_asked(words)):
        return asked
    if not q.endswith("?") or not short:
        return question
    if not words:
        return question
    if words[0].lower() == "any":
        return "Were " + q[0].lower() + q[1:]
    # A thing named, not a statement: "Iran's supporters stormed the embassy?" is no "what is".
    if re.search(r"\w['’]s?\s", q) and not any(event_of(w) or w.lower().endswith("ed") for w in words[1:]) \
            or re.search(r"\w['’]s\s+(?:full\s+)?name\?$", q):
        # "Khamenei's official role?", "Killed contractor's name?" (not a name: "killed")
        keep = "'" in words[0] or "’" in words[0] or words[0].isupper() or words[1][:1].isupper()
        first = words[0] if keep else words[0].lower()
        return f"What is {first} {q.split(None, 1)[1]}"
    return question


# Spoken fillers: "um who is …", "okay so where …", "… from like which base …", "and where exactly …".
# "Right now …", "What was it like when …" and "right wing" keep theirs.
_FILLERS = re.compile(r"^\s*(?:(?:u+m+|u+h+|h+m+|so|okay|ok|well|like|hey|alright|anyway)\b[,.]?\s+|right,\s*|"
                      # Not "Also known as what?": these only before what they open.
                      r"(?:and|but|also|wait|quick (?:q|question))\b[,.:]?\s+(?=(?:wh\w*|how|did|does|do|is|was|are|"
                      r"were|has|have|had|can|could|will|would|tell|give|so)\b))+|"
                      r"(?:(?<=,)|(?<=\bfrom)|(?<=\bum)|(?<=\?))\s+like\s+(?=(?:which|what|who|where|when|how)\b)",
                      re.I)


# A message's greeting, brief and sign-off around the question: "Hi team, for tomorrow's piece: who …? Thanks, J".
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|dear|morning|good\s+(?:morning|afternoon|evening)|greetings)\b"
                       r"(?:\s+(?:team|all|everyone|everybody|folks|guys|there|desk|(?-i:[A-Z])[\w.’'-]*)){0,2}"
                       r"\s*(?:[,!.:;]+|\s[—–-])\s*", re.I)
# A piece of the asker's own ("tomorrow's piece", "the live blog"), not one of the articles ("the first article").
_BRIEF = re.compile(r"^\s*(?:(?:a\s+)?quick\s+(?:one|q|question|check)\s+)?for\s+"
                    r"(?:tomorrow['’]s|tonight['’]s|today['’]s|our|my|the\s+live|this\s+week['’]s|the\s+morning|"
                    r"the\s+evening|the\s+weekend|the\s+late|the\s+next|a)\s+(?:[\w’'-]+\s+){0,3}?"
                    r"(?:piece|story|article|report|bulletin|blog|show|segment|column|copy|draft|package|newsletter|"
                    r"explainer|episode|broadcast|feature|brief|briefing|update|wrap|podcast|script|desk)\s*"
                    r"(?:[:,;]|\s[—–-])\s*", re.I)
# Only a name or initials after it: "Thanks, J", "Cheers!", "Many thanks in advance - Sam".
_SIGN_OFF = re.compile(r"(?<=[.!?,;)])\s*(?:(?:many\s+)?thanks|thank\s+you|thx|cheers|regards|"
                       r"(?:best|kind|warm)\s+regards|much\s+appreciated|appreciated)"
                       r"(?:\s+(?:in\s+advance|a\s+lot|so\s+much|again|all))?"
                       r"(?:[\s,!.:;]*|\s[—–-]\s*)(?:(?-i:[A-Z])[\w.’'-]*\s*){0,2}[.!]*\s*$", re.I)


# "Which news agency (the German one?) did …", "What slogan (what were they chanting?) did …": a guess or a question
# to oneself in brackets, which the question asks the same without. Brackets without a question mark clarify:
# "Does Iran (per Khamenei) want war?" asks of Khamenei's saying.
# Not "(and why?)": a second question.
_BRACKETED = re.compile(r"\s*(?:\((?!\s*(?:and|or|also|but)\b)[^()\[\]?]*\?[^()\[\]]*\)|"
                        r"\[(?!\s*(?:and|or|also|but)\b)[^()\[\]?]*\?[^()\[\]]*\])", re.I)


def _without_brackets(question: str) -> str:
    """The question without its guesses in brackets, when what remains still asks."""
    q = _BRACKETED.sub("", question)
    return q if q != question and _ASKING.search(q) and len(_topic_words(q)) >= 2 else question


# "Place: where was Trump …?", "Name: the US Defense Secretary?": a label saying what kind of answer is wanted. A
# claim's label ("Claim:", "Tweet:") and a draft's are what is checked, not asked: not labels.
_LABEL = re.compile(r"^\s*([A-Za-z]+)\s*:\s+(?=\S)")
# Words naming a kind of answer; not any word before a colon: "Soleimani: who was he?" asks about Soleimani.
_LABELS = frozenset("q question name names person people who number count figure total place location where time "
                    "date day when quote quotes wording words unit units weapon weapons equipment goal reason why "
                    "description source agency group title role detail details fact check".split())
_LABEL_ASKS = {"name": "What is the name of ", "names": "What are the names of ", "person": "Who is ", "who": "Who is ",
               "number": "How many ", "count": "How many "}


# "Don't guess: who …?", "Cite your source: what …?", "Using only the articles, how …?", "Be brief. What …?": an
# instruction on how to answer, before the question.
# "Going by Trump's tweet, …" or "Using the first article, …" narrows the question: only the articles or sources
# as a whole are set aside with it.
_INSTRUCTION = re.compile(r"^\s*(?:(?:don['’]?t|do not|never|please|cite|quote|answer|reply|respond|keep|stick)\b|"
                          r"be (?:brief|concise|short|precise|accurate|honest|careful)\b|"
                          r"(?:use|using|based on|going by|relying on)(?: (?:only|just))? (?:the|your|these) "
                          r"(?:articles|sources|reports|texts)\b|(?:briefly|short answer)\b|one (?:word|line|sentence)\b|"
                          r"in (?:one|a|two|a few) (?:word|line|sentence|phrase)s?\b|no (?:guessing|speculation)\b)"
                          r"[^:;,.?!]{0,50}[:;,.!]\s+(?=\S)", re.I)


def _opens_question(text: str) -> bool:
    """A question word or an auxiliary opens `text` ("where was …", "did Khamenei …", "whether …")."""
    return bool(_ASKS.match(text) or _WH_START.match(text))


# A question and another asked on its answer: "Did the PMU ask the crowds to leave? If so, did everyone comply?".
_IF_SO = re.compile(r"^(?P<first>[^?]+?)\s*\?\s+if\s+(?:so|not|yes|no|true|that['’]?s\s+(?:so|the\s+case))\s*[,:]\s+"
                    r"(?P<then>\S[^?]*\?*)\s*$", re.I)


def _if_so_joined(question: str) -> str:
    """A yes/no question and the one asked on its answer, as one asking both: "Did the PMU ask the crowds to leave,
    and did everyone comply?"."""
    # A follow-on pointing back ("which militia did it target?") is asked after the first, as it leans on it.
    if not (m := _IF_SO.match(question)) or not _opens_question(m.group("first")) \
            or _PERSON_WORD.search(m.group("then")) or not _opens_question(m.group("then")):
        return question
    then = m.group("then")
    return f"{m.group('first')}, and {then[0].lower() + then[1:] if then.split()[0].lower() in STOPWORDS else then}"


# What the asker has read so far, before the question: "I only read the top — were any …?", "Haven't read past
# the headline: who is Abbas Mousavi?". It asks nothing.
_READ_SO_FAR = re.compile(r"^\s*(?:(?:i|i['’]ve|i\s+have|i\s+haven['’]?t|i\s+did\s+not|i\s+didn['’]?t|haven['’]?t|"
                          r"have\s+not|only|just|i\s+only|i\s+just)\s+)*"
                          r"(?:read|skimmed|skim|glanced|stopped|scanned|got\s+(?:past|through|beyond))\b"
                          # how far: the top, the headline, the first paragraph; not "I read that Trump …"
                          r"(?=[^:;—–?]{0,40}\b(?:tops?|first|leads?|ledes?|intro\w*|headlines?|opening|start|beginning|"
                          r"paragraphs?|summary|half|far)\b)"
                          r"(?:(?![?:;—–]|\s-\s|\b(?:who|whom|whose|what|when|where|which|why|how)\b).){0,60}"
                          r"(?:[:;.]|\s[—–-])\s+(?=\S)", re.I)


# "Read the second article. Who …?" points at one article: the question is asked of it (`_OF_AN_ARTICLE`).
_ONE_ARTICLE = re.compile(r"\b(?:first|second|other|former|latter|one|1st|2nd)\s+(?:article|report|story|piece)\b", re.I)


def _without_read_so_far(question: str) -> str:
    """The question without what the asker says they have read so far."""
    if (m := _READ_SO_FAR.match(question)) and not _ONE_ARTICLE.search(m.group(0)) \
            and _opens_question(rest := question[m.end():]):
        return rest
    return question


# A reader's own story told around the question: "My daughter works for a company in the Middle East, and I'm
# confused: where were the diplomats hiding …? I just hope they were safe." The question is the one clause after a
# break that opens a question, when what comes before speaks of the asker and asks nothing; a remark after it,
# speaking of the asker too, asks nothing either. Not a story the question leans on: one it points back to ("…, so
# where was he killed?"), one telling what the asker heard or means to ask about ("I read that …", "I'm asking about
# the 2012 attack: …"), or one with a figure in it ("deployed with the 82nd").
_OWN_BREAK = re.compile(r"(?:,\s*(?:so|but|and|anyway)|[:;]|\s[-–—])\s+(?=\S)", re.I)
# A question pointing back ("where was he?", "what was it called?", "are those right?") leans on the story told.
_POINTS_BACK = re.compile(r"\b(?:he|she|it|they|him|her|his|its|their|them|that|those|this|these|there|one|so)\b",
                          re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i['’](?:m|ve|d|ll)|my|me|mine|myself|we|our|we['’](?:re|ve))\b", re.I)
# "I read that part of the embassy was set alight, so which part …?": what the asker heard is the question's premise.
_TOLD_OF_STORY = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:read|heard|saw|thought|understand|understood|gather|assumed|"
                            r"know|knew|believe|was\s+told|noticed|learned|learnt)\b(?!\s+(?:the|an?|this)\s+"
                            r"(?:article|story|piece|news|report)\b)|\b(?:(?:question|asking|ask|talking)\s+(?:is\s+)?about|"
                            r"concerns|concerning|regarding|interested\s+in|rather\s+than|covered)\b|\d", re.I)
# A remark after the question that narrows it: "I mean the 2020 ones", "not the old one", "in the second article".
_NARROWING = re.compile(r"\b(?:mean|not|rather|instead|only|article|story|piece|report)\b|n['’]t\b|\d", re.I)
_STORY_MAX = 600   # characters before the question mark: a longer text is no chat message
_CLAUSE_BREAK = re.compile(r"[.!;:,]\s+|\s[-–—]\s+")
_OWN_STORY_MIN = 40   # characters of story: a short lead ("So I wonder: who …?") is left to other rules


def _without_own_story(question: str) -> str:
    """The question without the asker's story before and after it."""
    head, mark, tail = question.partition("?")
    if not mark or "?" in tail or len(head) > _STORY_MAX:
        return question
    opening = [m.end() for m in _OWN_BREAK.finditer(head) if _opens_question(head[m.end():])]
    starts = [i for i in opening if i >= _OWN_STORY_MIN and _FIRST_PERSON.search(head, 0, i)
              and not _POINTS_BACK.search(head, i) and not _TOLD_OF_STORY.search(head, 0, i)
              and not any(_opens_question(part) for part in _CLAUSE_BREAK.split(head[:i]))]
    # "… who is the spokesman quoted, and which agency carried it?" asks twice: no story before the second.
    if starts and not _opens_question(head.lstrip()) and opening[0] == starts[-1]:
        return f"{head[starts[-1]:]}?"
    if not starts and tail.strip() and _FIRST_PERSON.search(tail) and not _NARROWING.search(tail) \
            and _opens_question(head.lstrip()):
        return f"{head}?"
    return question


# What the asker believed, set right by the question after it: "I thought it was 500 soldiers - how many was it
# really?", "Someone said the strikes were in Lebanon; where were they actually?", "Wasn't the umbrella group the
# Quds Force? What is it actually called?". The belief may be wrong, so it is no premise; what the question
# points back to is the belief's subject ("they" the strikes), or, after "it was X who said Y", what was said. What
# the asker only heard is a belief when the question sets it right ("actually", "really").
_BELIEF = re.compile(r"^\s*(?:(?P<believed>(?:i|we)\s+(?:thought|assumed|believed)|"
                     r"(?:wasn['’]t|weren['’]t|isn['’]t|aren['’]t|didn['’]t)"
                     r"(?=\s+(?:it|the|an?|this|that|these|those|only)\b))|"
                     r"(?:i|we)\s+(?:read|heard|was\s+told|were\s+told|had\s+heard|saw)|"
                     r"(?:someone|somebody|a\s+friend|a\s+colleague|my\s+\w+|people)\s+"
                     r"(?:said|told\s+me|claimed|says|tells\s+me))(?:\s+that)?\s+(?P<lead>[^?;:]{3,200}?)\s*"
                     r"(?:\?|;|\s[-–—]\s)\s*(?P<asked>(?:who|whom|whose|what|when|where|which|why|how)\b"
                     r"[^?]{0,200}\?*)\s*$", re.I)
_CORRECTING = re.compile(r"\s+(?:actually|really|in\s+fact)\b(?=[\s?,]|$)", re.I)
_SAID_CLEFT = re.compile(r"^it\s+(?:was|is)\s+.+?\s+(?:who|that)\s+(?P<did>(?P<verb>[\w’'-]+)\s.+)$", re.I)
_ASKED_OF_IT = re.compile(r"^(?P<wh>who|whom)\s+(?P<verb>[\w’'-]+)\s+(?:it|that|this)\s*\?*$", re.I)
_BELIEF_SUBJECT = re.compile(r"^(?P<np>(?:the|these|those|this|that)\s+[^,]*?)(?=\s+(?:was|were|is|are|had|has|have|"
                             r"did|does|do|would|will|could|got|the|an?)\b)", re.I)


def _without_belief(question: str) -> str:
    """The question without the belief it sets right, what it points back to named."""
    # What the asker heard, asked of with no "actually", is the question's premise: "I read that part of the
    # embassy was set alight - which part?".
    if not (m := _BELIEF.match(question)) or not _CORRECTING.search(m["asked"]) and not (
            m["believed"] and (_PERSON_WORD.search(m["asked"]) or len(m["asked"].split()) > 3)):
        return question
    lead, asked = m["lead"], _CORRECTING.sub("", m["asked"])
    if (said := _SAID_CLEFT.match(lead)) and (it := _ASKED_OF_IT.match(asked)) \
            and it["verb"].lower() == said["verb"].lower():
        return f"{it['wh']} {said['did']}?"
    if not _PERSON_WORD.search(asked):
        return asked
    subject = _BELIEF_SUBJECT.match(lead)
    return (subject and _pronoun_as(asked, subject["np"])) or question


# What the asker is working on, before the question: "For the explainer box: who leads …?", "Subbing the dpa copy:
# which body …?", "As the night editor, I need …", "Business desk asking: what …?". Only a piece of work named by
# words of the trade, or a job, makes a lead: "For the strikes, who …?", "For the 2003 invasion timeline: …",
# "Checking the embassy attack in Baghdad, who …?" and "As a result of …" ask of what they name.
_WORK = (r"(?:box|graphic|graphics|piece|story|article|copy|log|check|fact-check|timeline|headline|caption|sidebar|"
         r"explainer|profile|obituary|obit|script|segment|bulletin|newsletter|slides?|notes|file|draft|package|wrap|"
         r"brief|briefing|liveblog|blog|thread|podcast|episode|show|lede|intro|standfirst|subhead|page|edition|"
         r"paragraph|line|credit|dateline|quote|sourcing|angle)")
_JOB = (r"(?:editor|correspondent|reporter|writer|producer|analyst|researcher|fact-checker|checker|sub|subeditor|"
        r"sub-editor|desk|presenter|anchor|host|journalist|stringer|columnist)")
# Words of the trade that may come before the piece of work: "the fact-check log", "the picture credit".
_WORK_WORDS = (r"(?:explainer|quote|profile|fact-check|fact|check|timeline|graphic|caption|analysis|context|sidebar|"
               r"obituary|obit|picture|photo|live|news|night|morning|evening|print|web|online|main|front-page|"
               r"casualty-count|casualty|tweet|dpa|afp|ap|reuters|wire|agency|background|summary|key|facts|copy|"
               r"the|my|our|a|an|this|tonight['’]s|today['’]s|tomorrow['’]s)")
_WORK_LEAD = re.compile(rf"^\s*(?:for\s+(?:{_WORK_WORDS}\s+){{1,4}}{_WORK}|"
                        rf"as\s+(?:the|a|an|your)\s+(?:[\w’'-]+\s+){{0,3}}{_JOB}|"
                        r"(?:subbing|writing|checking|fact-checking|editing|drafting|updating|prepping|preparing|filing)"
                        rf"(?:\s+{_WORK_WORDS}|\s+(?P<named>(?-i:[A-Z])[\w’'-]+)(?=\s+(?:quote|tweet|remarks|statement|"
                        rf"comments|paragraph|profile)\b))*\s+{_WORK}|"
                        r"(?:[\w-]+\s+)?desk\s+(?:query|asking|question|here))"
                        r"(?:\s+(?:now|here|today|tonight))?\s*(?:[:;,]|\s[-–—])\s+(?=\S)", re.I)
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.I)
_OF_ONE_TOLD = re.compile(r"\b(?:him|his|her|hers|they|them|their)\b", re.I)


def _without_work_lead(question: str) -> str:
    """The question without what the asker is working on, before it."""
    if not (m := _WORK_LEAD.match(question)):
        return question
    rest = question[m.end():]
    if not (_opens_question(rest) or re.match(r"i\s+(?:need|want|['’]d\s+like)\b", rest, re.I)):
        return question
    if m["named"]:
        # "Subbing the Esper quote: what did he call on Iraq to do?": whose words they are is whom "he" means.
        if _OF_ONE_TOLD.search(rest) or not _HE_OR_SHE.search(rest):
            return question
        rest = _HE_OR_SHE.sub(m["named"], rest, count=1)
    return rest


# Abbreviations with full stops, which would end a sentence: "the U.S." is "the US" as the articles write it (so
# are "P.M.F.", "10 P.M."), and initials after a title are no part of the name the articles give: "Mr. D.J. Trump",
# "Def. Sec. M. T. Esper" are Trump and Esper; so is a lone initial before a name ("K. Hezbollah"). Not a letter
# before a new question ("Plan B. What …?") nor lettered choices ("A. Trump B. Khamenei"). "Fri." and "w/e" are
# `_SYMBOLS`'.
_TITLE_BEFORE_INITIALS = (r"(?:mr|mrs|ms|dr|pres|president|sec|secretary|gen|general|def|defense|defence|"
                          r"prime\s+minister|pm)\.?\s+")
_BEFORE_A_NAME = (r"(?!(?:what|who|whom|whose|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|can|"
                  r"could|will|would)\b)(?=(?-i:[A-Z])[\w’'-]*[a-z])")
_TITLED_INITIALS = re.compile(rf"(\b{_TITLE_BEFORE_INITIALS})(?:(?-i:[A-Z])\.\s*){{1,3}}" + _BEFORE_A_NAME, re.I)
_LONE_INITIAL = re.compile(r"(?<![.\w])(?-i:[A-Z])\.\s+" + _BEFORE_A_NAME, re.I)
_DOTTED_LETTERS = re.compile(r"\b(?:(?-i:[A-Z])\.){2,5}(?!\w)")
_LETTERED_OPTIONS = re.compile(r"\bA[.)]\s[\s\S]*\bB[.)]\s")


def _abbreviations_written_out(question: str) -> str:
    """"What did Mr. D.J. Trump say the U.S. would do?" -> "What did Mr. Trump say the US would do?"."""
    if "." not in question:
        return question
    if _LETTERED_OPTIONS.search(question):
        return _DOTTED_LETTERS.sub(lambda m: m.group(0).replace(".", ""), question)
    q = _DOTTED_LETTERS.sub(lambda m: m.group(0).replace(".", ""), _TITLED_INITIALS.sub(r"\1", question))
    return _LONE_INITIAL.sub("", q)


# What happened after the story, set off beside the question, asks nothing of the articles: "Which militia did the
# US hit, i.e. the strikes that people now say led to the Soleimani killing?", "I know the crowds chanted at the
# funeral later, but what …?".
_LATER_ASIDE = re.compile(r",\s+(?!(?:and|or|but)\b)(?:(?!\b(?:who|whom|whose|what|when|where|which|why|how)\b)[^,?])*?"
                          r"\b(?:later|afterwards|eventually|subsequently|since\s+then|now\s+say)\b[^,?]*(?=\?\s*$)",
                          re.I)
_AFTER_THE_STORY = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                              r"december|(?:19|20)\d\d|now\s+say)\b", re.I)
_LATER_FIRST = re.compile(r"^\s*i\s+know\b[^,?]*\b(?:later|afterwards|eventually|since)\b[^,?]*,\s+but\s+(?=\S)", re.I)


def _without_later_aside(question: str) -> str:
    """The question without what the asker adds of later events."""
    q = _LATER_FIRST.sub("", question, count=1)
    if not _AFTER_THE_STORY.search(q):   # looked for first: the aside's pattern is slow on long input
        return q if q != question and _opens_question(q) else question
    # Only an aside that dates itself after the story: a month or a year, or what people say now. "…, later claimed
    # by Kataib Hezbollah?" narrows the question.
    if (m := _LATER_ASIDE.search(q)) and _AFTER_THE_STORY.search(m.group(0)):
        q = q[: m.start()] + q[m.end():]
    return q if _opens_question(q.lstrip()) else question


# The assistant's own view asked for, which is what the articles report: "Who do you think was behind it?",
# "Would you say oil prices jumped?", "What's your take on what Khamenei replied?", "In your view, how big …?".
_OPINION_VERB = r"(?:do|would|did)\s+you\s+(?:think|reckon|believe|suppose|guess|say|figure)\s+(?:that\s+)?"
_OPINION_IN_QUESTION = re.compile(r"^(\s*(?:who|whom|whose|what|when|where|which|why|how)\b(?:\s+[\w’'-]+){0,3}?)\s+"
                                  + _OPINION_VERB + r"(?=\S)", re.I)
# Of a claim: a clause of a few words, not "Do you think so?", "Do you believe Trump?" nor a choice or a question
# inside it ("Do you think Trump or Khamenei won?", "… the article says who attacked?").
_OPINION_OF_CLAIM = re.compile(r"^\s*" + _OPINION_VERB + r"(?!(?:so|you|more|about|that)\b)"
                               # "when" is more often a clause of time: "… left when they were asked to?"
                               r"(?=(?:[\w’'-]+\s+){2,}[^?]*\?*\s*$)(?![^?]*\b(?:or|who|whom|whose|what|where|which|"
                               r"why|how)\b)", re.I)
_OPINION_OPENER = re.compile(r"^\s*(?:(?:what['’]?s|what\s+is)\s+your\s+(?:take|view|opinion|read)\s+on\s+|"
                             r"in\s+your\s+(?:view|opinion|judge?ment)\s*,?\s+)"
                             r"(?=(?:who|whom|whose|what|when|where|which|why|how)\b)", re.I)


# What is known about something asks about it: "What do we know about the contractor?", "What is known about who
# Trump blames?", "What's the story on the safe room?".
# What the articles say about it is theirs to tell (`_articles_unsaid`).
_KNOWN_ABOUT = re.compile(r"^\s*(?:what\s+(?:is|was)\s+known|what\s+do\s+(?:we|you|they)\s+know|"
                          r"what(?:['’]?s|\s+is)\s+the\s+(?:story|deal|latest))\s+(?:about|on|of|with)\s+(?=\S)", re.I)


def _opinion_as_asked(question: str) -> str:
    """What a question asking the assistant's view asks of the articles: "Who do you think was behind it?" -> "Who
    was behind it?", "Do you think all the protesters left?" -> "Is it true that all the protesters left?"."""
    if m := _OPINION_OPENER.match(question):
        return _as_question(question[m.end():])
    if m := _KNOWN_ABOUT.match(question):
        rest = question[m.end():]
        if _WH_START.match(rest):
            return _as_question(rest)
        # Someone's reaction or the crowd's size is asked as what it was; a thing alone, as what about it.
        return f"What was {rest}" if re.search(r"\w['’]s?\s", rest) else f"What about {rest}"
    if m := _OPINION_IN_QUESTION.match(question):
        return _as_question(f"{m.group(1)} {question[m.end():]}")
    if m := _OPINION_OF_CLAIM.match(question):
        return "Is it true that " + question[m.end():]
    return question


def _as_question(clause: str) -> str:
    """An asked clause in a statement's order put back as a question where its verb tells how: "who the leader
    is" -> "who is the leader", "what Trump said" -> "what did Trump say"."""
    rest = " ".join(clause.split())
    if c := _CLAUSE_ORDER.match(rest):
        return f"{c.group(1)} {c.group(3)} {c.group(2)}{c.group(4)}"
    if (c := _CLAUSE_DONE.match(rest)) and (present := present_of_past(c.group(3))):
        return f"{c.group(1)} did {c.group(2)} {present}{rest[c.end():]}"
    if (c := _CLAUSE_REACTED.match(rest)) and not any(
            w.lower() in _NOT_A_REACTOR or w.lower().endswith("ly") for w in c.group(2).split()):
        return f"{c.group(1)} did {c.group(2)} {_REACTING[c.group(3).lower()]}{rest[c.end():]}"
    return rest


# "how Iran responded to …", "how oil prices reacted": of regular verbs, those of answering back, whose present
# their past spells plainly; the subject a name, a pronoun or a few plain words.
_REACTING = {"reacted": "react", "responded": "respond", "replied": "reply", "retaliated": "retaliate"}
# "how many protesters responded" counts; "how quickly the US responded", "how Washington has responded" are no
# subject and verb alone.
_NOT_A_REACTOR = frozenset("many much has have had is are was were did does do will would could can".split())
_CLAUSE_REACTED = re.compile(r"^(how)\s+((?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(" + "|".join(_REACTING)
                             + r")\b", re.I)


# An echo question, its question word left where the answer goes: "The leader of Kataib Hezbollah is who?", "The
# contractor who was killed was named what?", "Kataib Hezbollah is led by whom?".
_ECHO_BE = re.compile(r"^\s*(?P<np>(?!(?:who|whom|whose|what|when|where|which|why|how)\b)[^?.:;!]*?[\w’'])\s+"
                      r"(?P<be>is|was|are|were)\s+(?:(?P<named>named|called)\s+(?:what|how)|(?P<done>[a-z]+)\s+by\s+"
                      r"(?:whom|who)|(?P<wh>who|what))\s*[?!.]*\s*$", re.I)


# "The wounded protesters numbered how many?" asks how many wounded protesters there were.
_ECHO_NUMBERED = re.compile(r"^\s*(?:the\s+)?(?P<np>[^?,.:;!]*?[\w’'])\s+(?:numbered|totall?ed|came\s+to)\s+how\s+"
                            r"many(?P<rest>(?:\s*,[^?]*)?)\?*\s*$", re.I)
# Looked for first, the patterns being slow: the question word at the end, a hedge at most after it ("…, roughly?").
_ECHO_END = re.compile(r"\b(?:who|whom|what|many)\b(?:,?\s*[\w’'-]+){0,2}\s*[?!.]*\s*$", re.I)


def _echo_as_asked(question: str) -> str:
    """An echo question asked in a question's order: "The leader of Kataib Hezbollah is who?" -> "Who is the leader
    of Kataib Hezbollah?", "… was named what?" -> "What was the name of …?", "… is led by whom?" -> "Who leads …?"."""
    if not _ECHO_END.search(question[-40:]):
        return question
    if (n := _ECHO_NUMBERED.match(question)) and not _ASKS.match(n.group("np")):
        return f"How many {n.group('np')} were there{n.group('rest').rstrip()}?"
    if not (m := _ECHO_BE.match(question)) or _ASKS.match(m.group("np")):
        return question
    np, be = m.group("np"), m.group("be").lower()
    if np.split()[0].lower() in STOPWORDS:   # "The leader …", no name
        np = np[0].lower() + np[1:]
    if m.group("named"):
        return f"What {be} the name of {np}?"
    if done := m.group("done"):
        # "is led by whom" -> "who leads" (an irregular verb's present is known); "was attacked by whom" -> "who
        # attacked" (a regular past is its participle).
        present = present_of_past(done)
        if be in ("is", "are") and present is None or be in ("was", "were") and not (present or done.endswith("ed")):
            return question
        verb = (present + ("es" if present.endswith(("s", "sh", "ch")) else "s")) if be in ("is", "are") else done
        return f"Who {verb} {np}?"
    if re.search(r"\b(?:who|whose|whom|that|which)\b", np, re.I):
        return question   # "The person whose killing led to the strikes was who?" is asked well as it stands
    return f"{m.group('wh').capitalize()} {be} {np}?"


# Two questions listed in one message, marked alike: "1) Who stormed it? 2) When?", "- How many? - From which
# unit?", "(a) What did Trump tweet (b) and how did Khamenei reply?".
_LISTED_TWO = re.compile(r"^\s*(?:1\s*[.)]\s+(?P<n1>\S.*?)\s+2\s*[.)]|\(?a\)\s+(?P<a1>\S.*?)\s+\(?b\)|"
                         r"(?P<m>[-•*])\s+(?P<b1>\S[^?]*\?)\s+(?P=m))\s+(?:and\s+)?(?P<second>\S.*)$", re.I)
_THIRD_ITEM = re.compile(r"(?:^|\s)(?:3\s*[.)]|\(?c\))\s", re.I)   # three listed are a list, asked whole


def _listed_as_one(question: str) -> str:
    """Two questions listed with numbers, letters or bullets, as one asking both: "Who stormed it, and when?"."""
    if not (m := _LISTED_TWO.match(question)) or _THIRD_ITEM.search(m.group("second")):
        return question
    first, second = m.group("n1") or m.group("a1") or m.group("b1"), m.group("second")
    if not _opens_question(first) and "?" not in first:
        return question
    if _ASKS.match(second) or _WH_START.match(second) or second.split()[0].lower() in STOPWORDS:   # not a name
        second = second[0].lower() + second[1:]
    return f"{first.rstrip(' ?,;')}, and {second}"


# "Whatever were they chanting?", "However many rockets were fired?": the question word, stressed.
_EVER_WORD = re.compile(r"^(\s*)(?:(who|what|wher|when)e?\s?ever|(how)\s?ever(?=\s+(?:many|much)\b))"
                        r"(?=\s+[\w’'-]+\s+[^,]*\?\s*$)", re.I)
# "Who on earth …?", "What the heck …?", "How many people in the world …?": emphasis, no place or thing asked of.
_INTENSIFIER = re.compile(r"^(\s*(?:who|whom|what|where|when|why|which|how(?:\s+(?:many|much)(?:\s+[a-z]+)?)?))\s+"
                          r"(?:on\s+earth|in\s+the\s+world|the\s+(?:heck|hell|devil)|in\s+god['’]s\s+name)\b", re.I)


def _without_ever(question: str) -> str:
    """"Whatever did Khamenei say?" -> "What did Khamenei say?", "Who on earth stormed …?" -> "Who stormed …?";
    not a clause ("Whatever Trump said, …")."""
    q = _INTENSIFIER.sub(r"\1", question, count=1)
    return _EVER_WORD.sub(lambda m: m.group(1) + (m.group(2) or m.group(3)) + ("e" if m.group(2) and
                                                                           m.group(2).lower() == "wher" else ""),
                          q, count=1)


# "By the militia's own account, how many …" is "According to the militia, how many …".
_BY_ACCOUNT = re.compile(r"^\s*(?:by|on|from|in)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)['’]s?\s+(?:own\s+)?"
                         r"(?:account|telling|version)(?!\s+of\b)\s*,?\s+(?=\S)", re.I)


def _account_as_according(question: str) -> str:
    """Whose account a question asks by, as "According to …"."""
    return _BY_ACCOUNT.sub(lambda m: f"According to {m.group(1)}, ", question, count=1)


# A length asked for before the question: "TL;DR how many soldiers …?", "In a nutshell, what …?", "Bottom line: …".
_BREVITY = re.compile(r"^\s*(?:tl\s*;?\s*dr|in\s+a\s+nutshell|bottom\s+line|in\s+short|in\s+a\s+word|"
                      r"(?:quick|short)\s+version|long\s+story\s+short)\b\s*[:;,.!–—-]?\s*(?=\S)", re.I)
# "What, if anything, did Iran admit?", "the name, if known, of …": whether there is an answer, asked beside it.
_IF_ANY = re.compile(r",\s*if\s+(?:any|anything|anyone|anybody|known|at\s+all)\s*,|"
                     r"\s\(\s*if\s+(?:any|anything|anyone|anybody|known|at\s+all)\s*\)", re.I)


def _without_label(question: str) -> str:
    """The question without an instruction on how to answer or a label of the kind of answer wanted before it."""
    if (i := _INSTRUCTION.match(question) or _BREVITY.match(question)) and _opens_question(rest := question[i.end():]):
        return rest
    if not (m := _LABEL.match(question)) or (label := m.group(1).lower()) not in _LABELS:
        return question
    rest = question[m.end():]
    if _opens_question(rest):
        return rest
    # "Name: Iran's supreme leader?": what the label names, asked of what follows it.
    return _LABEL_ASKS[label] + rest if label in _LABEL_ASKS and rest.rstrip().endswith("?") else question


# A tag after a statement or a guess: "…, didn't it?", "…, wasn't he?", "…, right?".
_TAG = re.compile(r"(?:,|\s[—–-])\s*(?:(?:(is|was|are|were|do|does|did|has|have|had|would|could|should)n['’]?t|"
                  r"(ca|wo)n['’]t|"
                  r"(is|was|are|were|do|does|did|has|have|had|will|would|can|could))\s+"
                  r"(?:it|he|she|they|there|that|we|you|i)|right|correct|yes|yeah|true|innit|eh|no)\s*\?\s*$", re.I)
_TAG_MIN_WORDS = 3   # "Who, right?" asks nothing to be checked
_TAG_SUBJECT_WORDS = 5
_NOT_A_SUBJECT = re.compile(r"[:;,]|\b(?:who|which|that|says?|said|think|thought|believe|reports?|please|i)\b", re.I)


def _without_tag(question: str) -> str:
    """"The embassy wasn't evacuated, was it?" asks "Was the embassy evacuated?"; "What's the premier's name, Haider
    al-Abadi, isn't it?" asks the question, the guess then set aside as any is."""
    if not (m := _TAG.search(question)) or len((before := question[: m.start()].rstrip(" ,")).split()) < _TAG_MIN_WORDS:
        return question
    if _opens_question(before):
        return before + "?"
    if before.split()[0].lower() in STOPWORDS:   # "The embassy …", no name
        before = before[0].lower() + before[1:]
    # The tag's auxiliary is the statement's, put first: "The embassy wasn't evacuated, was it?" -> "Wasn't the
    # embassy evacuated?". After "didn't he" or "right", the statement is checked as stated, as a claim is.
    # Only a plain subject before the auxiliary: not a prefix ("Claim: …", "Please, …"), a clause ("The protesters
    # who were arrested were …") or a report of a saying ("The report says the embassy was …").
    aux = (m.group(1) or m.group(3) or {"ca": "can", "wo": "will"}.get((m.group(2) or "").lower(), "")).lower()
    own = re.search(rf"\b{aux}(?:n['’]t)?(?![\w’'])", before, re.I) if aux not in ("", "do", "does", "did") else None
    if own and len(subject := before[: own.start()].split()) <= _TAG_SUBJECT_WORDS \
            and not _NOT_A_SUBJECT.search(before[: own.start()]):
        return f"{own.group(0).capitalize()} {' '.join(subject)} {before[own.end():].strip()}?"
    return question


# "The embassy — who stormed it?", "Kataib Hezbollah. Who leads it?", "Those airstrikes, where were they?": what
# the question is about, named first and then pointed at. "Mr Esper, how many soldiers are you sending?": the one
# asked, addressed first. Only a short name or noun phrase: not a statement ("Trump blamed Iran. Why?"), a time
# ("On Tuesday, what …") or an opener ("So, …").
_TOPIC_FIRST = re.compile(r"^\s*(?:(?:hey|hi|hello|dear|oh|about|as for|regarding|re|concerning)\s+)?"
                          r"((?:the|this|that|these|those|(?-i:[A-Z])[\w’'-]*)(?:\s+[\w’'-]+){0,5}?)"
                          r"\s*([,:.;]|\s[—–-])\s+(?=\S)", re.I)
_NOT_A_TOPIC = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|"
                          r"should|may|might|must|who|whom|whose|what|when|where|which|why|how|i|we|you|he|she|it|"
                          r"they|said|says|told|asked|please|thanks|team|all|everyone|folks|guys|there|question|"
                          r"and|or|but|if|so|not|yes|no|okay|ok|well|wait|now|then|also|first|next|finally|however|still|though|"
                          r"yesterday|today|tomorrow|in|on|at|after|before|during|since|while|for|from|to|by|with|"
                          r"according|per|following|besides|apart|except|other|than|quote|claim|note|context|"
                          r"background|detail|quick|comment|summary|query|update|topic|subject|sorry|fine|right|true|"
                          r"false|correct|again|anyway|actually|hello|hi|hey|hiya|hmm|um|uh|oh|alright|greetings|good|"
                          r"cool|great|perfect|honestly|later|afterwards|meanwhile|clarification|last|just|curious|"
                          r"bonjour|hola|morning|afternoon|evening|night|tonight|week|weekend|month|year|eve|day)\b",
                          re.I)
_DETERMINERS = frozenset("the this that these those a an".split())
_THIRD_PERSON = (("he", "him", "his"), ("she", "her"), ("it", "its"), ("they", "them", "their"))
_PERSON_WORD = re.compile(r"\b(?:" + "|".join(w for group in _THIRD_PERSON for w in group) + r")\b", re.I)
# The one addressed, in the third person: "are you" -> "is X", "your" -> "X's". Not the assistant asked:
# "can you tell me", "do you know".
_ADDRESSED = re.compile(r"\b(?:(are|were|do|have)\s+you|you\s+(are|were|have)|you['’](re|ve)|(your|yours)|"
                        r"(yourself|yourselves|you))\b", re.I)
_ASSISTANT_ASKED = re.compile(r"\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|remind|show|give|"
                              r"let|explain|say)|do\s+you\s+(?:know|have\s+any\s+idea)|you\s+(?:know|think|reckon|"
                              r"mean)|have\s+you\s+(?:heard|seen|read))\b", re.I)
# "is it true …", "how long did it take …": an "it" that points at nothing.
_EMPTY_IT = re.compile(r"\bit\s+(?:true|possible|likely|clear|known|right|correct|take|took|takes|seem|seems|seemed|"
                       r"appear|appears|appeared|matter|mean|means|meant)\b", re.I)
_OF_THE_ADDRESSED = {"are": "is", "were": "was", "do": "does", "have": "has", "re": "is", "ve": "has"}


def _told(words: str) -> bool:
    """A verb in `words`, so a statement ("The Pentagon sent 750 troops", "Trump threatens Iran"), not a name for
    something; but "the killed contractor" and "the embassy gates" name one."""
    ws = words.split()
    return any(((w.endswith("ed") or present_of_past(w)) and ws[i - 1].lower() not in _DETERMINERS)
               or (w.endswith("s") and i < len(ws) - 1)
               for i, w in enumerate(ws) if i and w.islower())


def _about_topic(question: str) -> str:
    """The question with what it is about, or whom it addresses, put in place of the pronoun pointing at it:
    "The killed contractor — what was his name?" -> "what was the killed contractor's name?", "Mr Esper, how
    many soldiers are you sending?" -> "how many soldiers is Mr Esper sending?"."""
    if not (m := _TOPIC_FIRST.match(question)) or _NOT_A_TOPIC.search(topic := m.group(1)) or _told(topic) \
            or topic.lower() in _LABELS or any(w.lower() in WEEKDAYS | MONTHS for w in topic.split()) \
            or not _opens_question(rest := question[m.end():]):
        return question
    # "The 50 - who were they?": a number alone names nothing to put in the question; it is read with its context.
    if not any(w.isalpha() and w.lower() not in _DETERMINERS for w in topic.split()):
        return question
    # A sentence of its own is more often a remark ("Khamenei always talks tough. What did he …?"): only a name.
    if m.group(2) == "." and not all(w[0].isupper() or w.lower() in ("of", "the") for w in topic.split()):
        return question
    if topic.split()[0].lower() in STOPWORDS:   # "The embassy …", no name
        topic = topic[0].lower() + topic[1:]
    # Only one named is addressed: "The embassy: what do you think …?" asks the assistant.
    if _ADDRESSED.search(rest):
        if _ASSISTANT_ASKED.search(rest) or not topic[0].isupper():
            return question

        def third(a: re.Match) -> str:
            if verb := a.group(1):
                return f"{_OF_THE_ADDRESSED.get(verb.lower(), verb)} {topic}"
            if verb := a.group(2) or a.group(3):
                return f"{topic} {_OF_THE_ADDRESSED.get(verb.lower(), verb)}"
            return f"{topic}'s" if a.group(4) else topic
        return _ADDRESSED.sub(third, rest)
    # "Quick detail: where was Trump when reporters asked him …?": a name in the question is whom it points at.
    if not (p := _PERSON_WORD.search(rest)) or re.search(r"(?<!^)\b(?-i:[A-Z])", rest[: p.start()]) \
            or _EMPTY_IT.search(rest):
        return question
    # re.I matches "ı" and "ſ" as "i" and "s": no group of ours.
    if not (group := next((g for g in _THIRD_PERSON if p.group(0).lower() in g), None)):
        return question
    # "her" may be whose or whom: as the one named, either way.
    return re.sub(r"\b(?:" + "|".join(group) + r")\b",
                  lambda w: f"{topic}'s" if w.group(0).lower() in ("his", "its", "their") else topic, rest, flags=re.I)


# "What was his name, the American contractor killed in the rocket attack?", "Who did he blame, Trump?", "What did
# he say, Khamenei, when …?": the one a pronoun points at, named after the question. Not a time ("…, the day
# after?"), a choice ("…, Iran or the militia?") or another question ("…, that is, …").
_DISLOCATED = re.compile(r"^(\s*(?:who|whom|whose|what|when|where|which|why|how|did|does|do|is|was|were|are|has|"
                         r"have|had|can|could|will|would)\b[^,?]*?),\s+((?:the|that|this|those|these|(?-i:[A-Z]))"
                         r"[^,?]*?)(?:,\s+([^,?]*?))?\s*\?\s*$", re.I)
_NOT_NAMED_AFTER = re.compile(r"\b(?:or|i|you|we|not|time|day|days|week|weekend|night|morning|evening|afternoon|"
                              r"year|month|moment|point)\b|^(?:\S+\s+)?(?:is|was|are|were|do|does|did|has|had|have|"
                              r"means)\b", re.I)
_RELATIVE = frozenset("who whom whose which that where when".split())
# "What did it hit …", "Where was he …": a question word asking for a thing or place the pronoun did or was at;
# not "Who was he …", "What is it called …", which ask who or what the pronoun is.
_OBJECT_GAP = re.compile(r"^\s*(?:(what|who|whom|which)\b(?!\s+(?:is|was|are|were)\s+(?:he|she|it|they|his|her|its|"
                         r"their)\b)|(where|when)\b)", re.I)
_POSSESSIVE_PRONOUNS = frozenset("his its their".split())


def _plural(named: str) -> bool:
    """"the diplomats who huddled …" names many, "the embassy" one: by the head noun, the word before the first
    lower-case word that ends it."""
    words = named.split()
    head = words[0]
    for w in words[1:]:
        if w.islower() and (w in _RELATIVE or w in STOPWORDS or w.endswith("ed")):
            break
        head = w
    return head.endswith("s") and not head.endswith("ss") and head.islower()


def _pronoun_as(asked: str, named: str) -> str | None:
    """`asked` with `named` in place of its pronoun (one of the same number, if any), or None if it has none:
    "What was his name?" with "the contractor killed …" -> "What was the name of the contractor killed …?"."""
    pronouns = list(_PERSON_WORD.finditer(asked))
    plural = _plural(named)
    agreeing = [p for p in pronouns if (p.group(0).lower() in _THIRD_PERSON[3]) == plural]
    if not (p := (agreeing or [None])[0]) or _EMPTY_IT.search(asked):
        return None
    if named.split()[0].lower() in _DETERMINERS:
        named = named[0].lower() + named[1:]
    word, after = p.group(0).lower(), asked[p.end():]
    if word in _POSSESSIVE_PRONOUNS:
        short = len(named.split()) <= 4 and not _RELATIVE & set(named.lower().split()) and not _told(named)
        if short or not (n := re.match(r"\s+([\w’'-]+)", after)):
            put = f"{named}'s"
        else:
            put, after = f"the {n.group(1)} of {named}", after[n.end():]
    else:
        put = named
    return f"{asked[: p.start()]}{put}{after}"


def _dislocated_named(question: str) -> str:
    """The question with the one named after it put in place of its pronoun: "What was his name, the American
    contractor killed in the rocket attack?" -> "What was the name of the American contractor killed in the rocket
    attack?", "Who did he blame, Trump?" -> "Who did Trump blame?"."""
    if not (m := _DISLOCATED.match(question)) or _NOT_NAMED_AFTER.search(named := m.group(2)) \
            or named.split()[0].lower() in _QUESTION_WORDS | WEEKDAYS | MONTHS \
            or named.split()[-1].lower().endswith("ed") and not _RELATIVE & set(named.lower().split()):
        return question
    # "What did it hit, the embassy?", "Where was he, Baghdad?": after a question with a gap of its own, the
    # thing named may be a guess at the answer. Only a body or people named there ("What did it say, the
    # Pentagon?", "What did they chant, the protesters?") is the one pointed at.
    gap = _OBJECT_GAP.match(m.group(1))
    if gap and (gap.group(2) or not (named.split()[-1][:1].isupper() or _plural(named))):
        return question
    if not (asked := _pronoun_as(m.group(1), named)):
        return question
    tail = f", {m.group(3)}" if m.group(3) else ""
    return f"{asked}{tail}?"


# "That American contractor who got killed, what was his name?", "The contractor who was killed — what was his
# name?": the one named first, then his name asked. Only a name: a longer question asked of a pronoun reads
# worse with the one named put in ("… how many of its protesters did it say …").
_LEFT_DISLOCATED = re.compile(r"^\s*((?:the|that|this|those|these)\s+[^,;:?—–.…]*?[\w’'])\s*"
                              r"(?:,|;|:|\s[—–-]|—|–)\s*"
                              r"(what(?:\s+is|\s+was|['’]s)\s+(?:his|her|its|their)\s+(?:full\s+)?name)\s*\?\s*$",
                              re.I)


def _left_dislocated_named(question: str) -> str:
    """The question with the one named before it put in place of its pronoun: "The contractor who was killed —
    what was his name?" -> "What was the name of the contractor who was killed?"."""
    if not (m := _LEFT_DISLOCATED.match(question)) or _NOT_NAMED_AFTER.search(named := m.group(1)):
        return question
    # A statement before the question is no one named: "The Pentagon said 750 soldiers, what is its name?". Its
    # relative clause may hold a verb: "the contractor who was killed".
    head = re.split(r"\s(?:who|whom|whose|which|that|where)\s", named, maxsplit=1)[0]
    # Nor one pointed at by a pronoun itself ("The group behind it"), nor many, of whom no one name is asked.
    if _told(head) or re.search(r"\b(?:he|she|it|they|him|her|them)\b", named, re.I) or _plural(named):
        return question
    if named.split()[0].lower() in ("that", "this", "these", "those"):
        named = "the " + named.split(None, 1)[1]
    asked = _pronoun_as(m.group(2), named)
    return f"{asked[0].upper()}{asked[1:]}?" if asked else question


# "You know Kataib Hezbollah? Who is its leader?", "Remember the rocket attack on Friday? Who died in it?": a thing
# recalled first, then asked about. Not a clause ("You know how big the embassy is? …"), kept as the context.
_RECALLED = re.compile(r"^\s*(?:so\s*,?\s*)?(?:(?:do\s+)?you\s+(?:know|remember|recall)|remember|recall|"
                       r"(?:have\s+you\s+)?(?:ever\s+)?heard\s+(?:of|about))\s+(?P<named>\S[^?]{0,79}?)\s*\?+\s+"
                       r"(?P<asked>\S[^?]*\?*)\s*$", re.I)
# "In the part introducing Khamenei, how is he described?": a part of an article named by its topic, the question
# then asked of that topic.
_PART_ABOUT = re.compile(r"^\s*in\s+the\s+(?:part|bit|section|paragraph|passage|lines?)\s+(?:about|on|covering|"
                         r"introducing|describing)\s+(?P<named>\S[^?,]{0,79}?)\s*,\s+(?P<asked>\S[^?]*\?*)\s*$", re.I)
_NOT_RECALLED = frozenset("that if whether i we you he she it they there this him her them".split())
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"yesterday", "today", "tonight"}
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)


def _recalled_named(question: str) -> str:
    """The question asked of the thing recalled before it: "You know Kataib Hezbollah? Who is its leader?" -> "Who
    is Kataib Hezbollah's leader?"; without a pronoun, the question alone. A part of an article named by its topic
    is kept whole but where a pronoun takes the topic: "In the part introducing Khamenei, how is he described?" ->
    "how is Khamenei described?"."""
    if not (m := _RECALLED.match(question) or _PART_ABOUT.match(question)) \
            or not _opens_question(asked := m.group("asked")) \
            or (first := (named := m.group("named")).split()[0].lower()) in _QUESTION_WORDS or first in _NOT_RECALLED:
        return question
    # A pronoun for what a clause tells ("Iraq's prime minister appealing to the crowd …? What's his name?") is
    # read with the clause before it, as any context is.
    if _PERSON_WORD.search(asked) and (_RELATIVE & set(named.lower().split()) or _told(named)
                                       or re.search(r"\w{3,}ing\b", named)) \
            or len(_PERSON_WORD.findall(asked)) > 1 or re.search(r"\b(?:there|then)\b", asked, re.I):
        return question
    if m.re is _PART_ABOUT:   # the part's topic is the question's context: asked of it, or kept
        # Only one thing named, a person by name if "he" or "she" is asked of: not "the embassy attack, what did he
        # tweet?", "Trump and Khamenei", "Trump's other tweet".
        if re.search(r"['’]s\b|\band\b|\d", named) or first in _TIME_WORDS \
                or (_PERSON_PRONOUN.search(asked) and not named[:1].isupper()):
            return question
        return _pronoun_as(asked, named) or question
    return _pronoun_as(asked, named) or asked


# Notes' symbols and shorthand: "# of soldiers sent?", "Protesters @ the embassy: approx. how many?", "Trump &
# Khamenei", "w/o specifying what?", "b/c of what?", "Fri.", "deployment = what kind of action?", "strikes -> which
# militia?". An @handle, "#1" and "4" as a number stay.
_SYMBOLS = [
    (r"(?<![\w#])(?:#\s*of\s+|#\s+|no\.\s+(?:of\s+)?)(?=(?-i:[a-z]))", "number of "), (r"\s@\s", " at "),
    (r"\s&\s", " and "),
    (r"\bw/o\b", "without"), (r"\bw/e\b", "weekend"), (r"\bw/(?=\s)", "with"), (r"\bb/c\b", "because"), (r"\bb4\b", "before"),
    (r"\b4(?=\s+(?:lives|the|what)\b)", "for"), (r"\bapprox\.?(?=\s)", "approximately"),
    (r"\best\.(?=\s)", "estimated"), (r"\bincl\.?(?=\s)", "including"), (r"\bre:\s*", "about "),
    (r"\bqs\b", "questions"), (r"\bspox\b", "spokesman"), (r"\bgov['’]t\b", "government"),
    # Each symbol with at most one space either side: a run of spaces is no symbol, and is not searched through.
    (r" ?\by/n\s*$", ""), (r" ?= ?\?", " is what?"), (r"\s=\s", " is "), (r" ?(?:<->|↔) ?", " and "),
    (r" ?(?:->|→) ?", ", "),
    # Capitalised, as a day is: "The protesters sat." sat.
    (r"\b(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=\s|\?)",
     lambda m: _DAYS.get(m.group(0)[:-1], m.group(0))),
]
_DAYS = {"Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
         "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
_SYMBOLS_RE = [(re.compile(pattern, re.I), by) for pattern, by in _SYMBOLS]


def _symbols_written_out(question: str) -> str:
    """The question with notes' symbols and shorthand written out: "# of soldiers sent?" -> "number of soldiers
    sent?", "Protesters @ the embassy" -> "Protesters at the embassy", "X = ?" -> "X is what?"."""
    q = question
    for pattern, by in _SYMBOLS_RE:
        q = pattern.sub(by, q)
    return q if q.strip(" ,?") else question


# A post's hashtags and @-mentions: "#Baghdad who stormed the embassy?? @AFP", "what did #Khamenei tweet back at
# @realDonaldTrump". Those leading or trailing tag the post, the ones inside (or after "at", "in" …) name a thing.
_POST_TAG = r"(?<![\w.])[#@](?=\w*[A-Za-z])\w+(?!\w)"
_LEADING_TAGS = re.compile(rf"^\s*((?:{_POST_TAG}[\s,:—–-]*)+)(?=\w)")
_TRAILING_TAGS = re.compile(rf"(?:(?<=[?!.])|(?<=\s))\s*(?:{_POST_TAG}\s*)+[?!.]*\s*$")
_TAG_NAMES_AFTER = re.compile(r"\b(?:at|to|in|of|on|by|for|from|with|into|about|against|is|was|are|were|or|and|"
                              r"vs|versus|than)\s+$", re.I)
_INNER_TAG = re.compile(_POST_TAG)
_CAMEL = re.compile(r"_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _tag_as_words(tag: str) -> str:
    """"#USEmbassy" -> "US Embassy", "@realDonaldTrump" -> "Donald Trump": a handle's lower-case start is no name."""
    words = _CAMEL.sub(" ", tag[1:]).split()
    if len(words) > 1 and words[0].islower() and tag[0] == "@":
        words = words[1:]
    return " ".join(words)


def _without_post_tags(question: str) -> str:
    """The question out of a post's tags: "#KataibHezbollah where were they hit" -> "Kataib Hezbollah, where were
    they hit", "@AFP who stormed the #USEmbassy? #Iraq" -> "who stormed the US Embassy?"."""
    if "#" not in question and "@" not in question:
        return question
    q = question
    # Tags before or after the question label the post, address it or name a source: set aside.
    if (t := _TRAILING_TAGS.search(q, max(0, len(q) - 200))) and not _TAG_NAMES_AFTER.search(q[: t.start()]):
        q = q[: t.start()]
    if m := _LEADING_TAGS.match(q):
        rest = q[m.end():]
        # A tag pointed back at before anything else is named ("… where were they hit") is what the question is
        # about: a topic named first. Not "it", as often pointing at nothing.
        tags = _INNER_TAG.findall(m.group(1))
        p = _PERSON_WORD.search(rest.split("?")[0])
        named_before = p and _topic_words(rest[: p.start()])
        q = f"{tags[0]}, {rest}" \
            if p and p.group(0).lower() not in ("it", "its") and not named_before and len(tags) == 1 else rest
    q = _INNER_TAG.sub(lambda tag: _tag_as_words(tag.group(0)), q)
    return q if q.strip(" ,?") else question


# "Quién stormed the embassy?", "Combien de soldiers …?", "Was hat Khamenei tweeted?": a question word of another
# language (Spanish, French, German, Italian, Portuguese) opening an English question; "por favor", "yalla":
# courtesy or a filler set off from it. Without them the question asks for no kind of answer.
_FOREIGN_ASKS = {
    "cómo se llama": "what is the name of", "como se llama": "what is the name of", "qu'est-ce qui": "what",
    "qu'est-ce que": "what", "qu'a dit": "what was said by", "dans quelle": "in which", "dans quel": "in which",
    "combien de": "how many", "combien": "how much", "wie viele": "how many", "wie viel": "how much",
    "cuántos": "how many", "cuántas": "how many", "cuánto": "how much", "cuánta": "how much", "quantos": "how many",
    "quantas": "how many", "quanti": "how many", "quante": "how many", "quién es": "who is", "quiénes": "who",
    "quién": "who", "quien": "who", "qui": "who", "wer ist": "who is", "wer": "who", "chi": "who", "qué": "what",
    "que": "what", "quoi": "what", "was ist": "what is", "was hat": "what has", "was sind": "what are",
    "was haben": "what have", "dónde": "where", "donde": "where", "où": "where",
    "wo": "where", "onde": "where", "cuándo": "when", "quand": "when", "wann": "when",
    "quando": "when", "por qué": "why", "pourquoi": "why", "warum": "why", "perché": "why", "cuál": "which",
    "cuáles": "which", "quel": "which", "quelle": "which", "quels": "which", "quelles": "which", "welche": "which",
    "welcher": "which", "welches": "which", "welchen": "which", "cómo": "how", "wie": "how",
}
_FOREIGN_ASK = re.compile(r"(^\s*¿?|[?.!]\s+¿?|\s[—–-]\s+)("
                          + "|".join(sorted(map(re.escape, _FOREIGN_ASKS), key=len, reverse=True)) + r")(?![\w’'])",
                          re.I)
# "Comment does Iran …" asks how; "Comment: …" labels.
_FOREIGN_HOW = re.compile(r"^(\s*)comment(?=\s+(?:do|does|did|is|are|was|were)\b)", re.I)
_FOREIGN_COURTESY = r"(?:por favor|per favore|s['’]il (?:vous|te) pla[iî]t|bitte|yalla|habibi|inshallah|khalas|" \
                    r"merci|gracias|danke|exactamente)"
_FOREIGN_ASIDE = re.compile(rf"^\s*{_FOREIGN_COURTESY}\s*[,!.:]\s*|,\s*{_FOREIGN_COURTESY}(?=\s*[?.!]*\s*$)", re.I)


def _in_english(question: str) -> str:
    """The question with another language's question word in English and its courtesy set aside: "Combien de
    rockets were fired?" -> "how many rockets were fired?"."""
    q = _FOREIGN_ASIDE.sub("", question)
    q = _FOREIGN_HOW.sub(r"\1how", q)
    q = _FOREIGN_ASK.sub(lambda m: m.group(1).replace("¿", "") + _FOREIGN_ASKS.get(m.group(2).lower(), m.group(2)), q)
    return q if q.strip(" ,.!?¿") else question


# "WHO STORMED THE EMBASSY???": capitals for emphasis, read as typed in lower case (which the reading of names
# already takes), the abbreviations kept.
_MIN_SHOUTED_LETTERS = 8
_SHOUTED_SHARE = 0.8
_ABBREVIATIONS = frozenset("US USA UK UN EU PMU PMF KH AP AFP DOD CIA NATO ISIS IRGC IRNA".split())


def _unshouted(question: str, knows: Callable[[str], bool] | None = None,
               ordinary: Callable[[str], bool] | None = None) -> str:
    """An all-capitals question in lower case, its abbreviations kept: "WHAT DID THE PMU SAY?!" -> "what did the
    PMU say?!"; a word neither the articles (`knows`) nor the language (`ordinary`) have keeps a capital, as a
    name would: "WHEN WAS SOLEIMANI KILLED?" -> "when was Soleimani killed?"."""
    letters = [c for c in question if c.isalpha()]
    if len(letters) < _MIN_SHOUTED_LETTERS or sum(c.isupper() for c in letters) < _SHOUTED_SHARE * len(letters):
        return question

    def cased(w: re.Match) -> str:
        word = w.group(0)
        if word in _ABBREVIATIONS or (len(word) == 1 and w.string[w.end():w.end() + 1] == "."):   # "U.S."
            return word
        low = word.lower()
        if knows is not None and ordinary is not None and low not in STOPWORDS and not knows(low) \
                and not ordinary(low):
            return word.capitalize()
        return low
    return re.sub(r"[^\W\d_]+", cased, question)


# "Rather than the Red Zone, which area …?", "Who, if not the Iraqi president, appealed …?": what the answer is not,
# set against what is asked. A wrong guess there must not turn the question away.
# Not "Not counting the 750, how many …?" nor "Instead of tweeting, what did Khamenei do?": conditions of the
# question.
_CONTRAST_FIRST = re.compile(r"^\s*rather than\s+[^,?;]{1,60}?,\s+(?=\S)", re.I)
_CONTRAST_SET_OFF = re.compile(r",\s+(?:if not|rather than|instead of|and not|not)\s+(?!counting|including|excluding)"
                               r"[^,?;]{1,60}?,\s+", re.I)
# "Was the embassy stormed by a militia's supporters, rather than by ISIS?", "True or false: they struck Iraq, not
# Iran?": what the yes/no question or claim is set against asks nothing of its own.
_CONTRAST_AFTER = re.compile(r",\s+(?:rather than|instead of|and not|not)\s+(?!counting|including|excluding)"
                             r"[^,?;\"“”]{1,60}?\s*\?*\s*$", re.I)
_YES_NO_OPENS = re.compile(r"^\s*(?:(?:did|does|do|is|are|was|were|has|have|had)\b|true or false\s*:)", re.I)
# "Was it on Monday, or on which day, that the embassy was attacked?": a guess, then the question.
_OR_WHICH = re.compile(r"^\s*(?:was|is|were)\s+it\s+[^,?]{1,60}?,\s+or\s+((?:(?:on|in|at|by)\s+)?"
                       r"(?:which|what|who|whom|where|when)\b[^,?]{0,30}?),\s+(?:that|when|who)\s+(.+)$", re.I)
# "Who was the man who appealed to the crowd?" asks who appealed.
_WHO_WAS_THE_ONE = re.compile(r"^(\s*who)\s+(?:was|were|is|are)\s+(?:the|those)\s+(?:man|woman|person|people|ones?|"
                              r"group|guy|guys|men|women|figure|individual|official)\s+(?:who|that)\s+"
                              # "the man that Trump blamed": whom he blamed
                              r"(?!(?-i:[A-Z])|(?:the|a|an|he|she|they|it|we|you|i)\b)(?=\S)", re.I)
# "What did our president say …?": the asker's side is the story's, named as it names it.
_OUR = re.compile(r"(?<![\"“‘'])\bour\b(?![^\"“”]*[\"”])", re.I)
# Not "the former Iraqi prime minister": a post once held.
_FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)\b(?!\s+(?-i:[A-Z])|\s+(?:prime|president|minister|leader|head|"
                            r"chief|secretary|ambassador|official|spokesman|general|commander|member)\b)", re.I)
_NAME_RUN = re.compile(r"(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*")


# "Which was the day on which the embassy was stormed?" asks "on which day the embassy was stormed?".
_WHICH_WAS_THE = re.compile(r"^\s*(?:which|what)\s+(?:is|was|were|are)\s+the\s+((?:[\w’'-]+\s+){0,2}?[a-z]+)\s+(on|in|at|from|through|by|"
                            r"with|to|for)\s+which\s+(?=\S)", re.I)


def _without_contrast(question: str) -> str:
    """The question without what the answer is set against: "Rather than the Red Zone, which area …?" -> "which
    area …?"; "Was it on Monday, or on which day, that …?" -> "on which day …?"; "Who was the man who …?" ->
    "Who …?"; "our president" -> "the president"."""
    q = question
    if (m := _CONTRAST_FIRST.match(q)) and _opens_question(q[m.end():]):
        q = q[m.end():]
    q = _CONTRAST_SET_OFF.sub(lambda m: " " if _WH_WORD.fullmatch(m.string[: m.start()].strip()) else m.group(0), q)
    if _YES_NO_OPENS.match(q) and (m := _CONTRAST_AFTER.search(q)):
        q = q[: m.start()] + "?"
    if m := _OR_WHICH.match(q):
        q = f"{m.group(1)} {m.group(2)}"
    if m := _WHICH_WAS_THE.match(q):
        q = f"{m.group(2)} which {m.group(1)} {q[m.end():]}"
    return _OUR.sub(lambda m: "The" if m.group(0)[0].isupper() else "the", _WHO_WAS_THE_ONE.sub(r"\1 ", q))


def _former_latter_named(question: str) -> str:
    """"Trump and Khamenei both tweeted; what did the former say?" -> "…; what did Trump say?": the two named
    before, in their order."""
    if not (m := _FORMER_LATTER.search(question)):
        return question
    names = list(dict.fromkeys(n for n in _NAME_RUN.findall(question[: m.start()])
                               if n.split()[0].lower() not in STOPWORDS | _QUESTION_WORDS))
    if len(names) != 2:
        return question
    return _FORMER_LATTER.sub(lambda f: names[0] if f.group(1).lower() == "former" else names[1], question)


def _without_envelope(question: str) -> str:
    """The question without the greeting, brief and sign-off of the message around it."""
    q = _SIGN_OFF.sub("", question).rstrip(" ,;:")
    q = _BRIEF.sub("", _GREETING.sub("", q), count=1)
    return q if q.strip() else question


def _passive(m: re.Match) -> str:
    """ "got set" as "was set"; but "what has Iran got planned" has "got" after have, no passive."""
    if re.search(r"\b(?:has|have|had)\b(?:\s+[\w’'-]+)?\s*$|['’]ve\s*$", m.string[:m.start()], re.I):
        return m.group(0)
    return f"{m.group(1)} were " if m.group(1) else "was "


# The user's own guess set off by commas: "What did the guards fire at the crowd, rubber bullets or what?", "What
# did Iran's supreme leader, Rouhani I think, warn Trump about?". It is no part of what is asked, and a wrong one
# must not turn the question away. Not a tag of a claim ("…, wasn't it?"): only where a question word remains; not a
# second question ("…, and was it evacuated?", "…, which part was it?") nor another choice ("war, or something
# else").
_GUESS_MARK = re.compile(r"\b(?:or (?:something(?! else)|what|whatever|similar)|something (?:about|like)|"
                         r"i (?:think|thought|guess|believe)|(?:was|is|wasn['’]?t|isn['’]?t) it|maybe|perhaps)\b",
                         re.I)
# After a comma, or a dash: "… leave the compound — was it Adil Abdul-Mehdi?".
_SET_OFF = re.compile(r"(?:,|\s[—–-])\s+((?:(?!\s-\s)[^,?—–])+?)(,\s+|\s*(?=\?\s*$))")
_WH_WORD = re.compile(r"\b(?:who|whom|whose|what|which|where|when|why|how)\b", re.I)
_SECOND = re.compile(r"(?:and|or|but)\b", re.I)
# A bare guess is a few words naming a thing: "the ambassador's house", "Gaddafi's", "'funding'", "like 10". Not
# another clause ("…, do they admit it?", "…, ending the sit-in?"), the rest of a list ("a fitting, cautionary
# step"), the measure asked ("…, like in acres?") nor which one is meant ("…, the one in Benghazi?").
_MAX_BARE_GUESS = 4
_BARE_GUESS = re.compile(r"(?!.*\bones?\b)(?:(?:the|a|an|about|around|near)\b|like\b(?!\s+(?:in|at|on|for|by)\b)|"
                         r"[A-Z0-9'‘“\"])")
# "… after the attack in Erbil, sorry, Baghdad?": a name put right, the one after "sorry" standing for the one before
# it. Not an apology ("…, sorry if you told me already?") nor a filler ("…, I mean, about Iran?"), nor a part of a
# longer name ("the Green Zone, sorry, Erbil").
_SELF_CORRECTED = re.compile(r"(?:(\S+)\s+)?\b[A-Z][\w’'-]*,\s+(?i:sorry|i mean|i meant),\s+"
                             r"(?=[A-Z][\w’'-]*\s*(?:[?,.!]|$))")


def _without_guesses(question: str, knows: Callable[[str], bool] | None = None) -> str:
    """The question without the user's guesses and slips: "Who was killed, a soldier I think?" -> "Who was
    killed?", "the attack in Erbil, sorry, Baghdad" -> "the attack in Baghdad". With `knows`, a guess whose words
    the articles all have stays, a cue to what is asked: "what did trump tweet, something about a big price?"."""

    def unguessed(m: re.Match) -> str:
        part = m.group(1)
        last = not m.group(2).startswith(",")
        # "…, Gaddafi's?": a bare name or thing after the question, one the articles lack, is a guess too.
        # Not a choice offered ("…, Saturday or Sunday?"): that is what is asked.
        bare = last and knows is not None and len(part.split()) <= _MAX_BARE_GUESS and bool(_BARE_GUESS.match(part)) \
            and not re.search(r"\bor\b", part, re.I)
        if not (_GUESS_MARK.search(part) or bare) or _SECOND.match(part) or not _GUESS_MARK.sub("", part).strip() \
                or (_WH_WORD.search(part) and "or what" not in part.lower()) \
                or (knows is not None and knows(_GUESS_MARK.sub(" ", part))):
            return m.group(0)
        if last:
            return ""
        return ", " if _WH_START.match(m.string, m.end()) else " "   # "The defense secretary, …, how did he …"

    q = _SELF_CORRECTED.sub(lambda m: m.group(0) if m.group(1) and m.group(1)[:1].isupper()
                            else (m.group(1) + " " if m.group(1) else ""), question)
    rest = _SET_OFF.sub(unguessed, q)
    return rest if _WH_WORD.search(rest) else q


# "Who do the articles say the ambassador is?" asks who the ambassador is; "How many do the articles say were
# inside?" how many were. The articles are where every answer comes from: saying so asks nothing more.
_ARTICLES_SAY = re.compile(r"^(\s*(?:(?:on|in|at|from|to|for|by|with)\s+)?(?:who|whom|what|which|when|where|how)\b"
                           r"(?:\s+[\w’'-]+){0,3}?)\s+(?:do|does)\s+(?:the|both)\s+(?:articles?|reports?)\s+"
                           r"(?:actually\s+)?(?:say|report|state)\s+(?:that\s+)?(.+?)(\s*\?\s*)$", re.I)
# "Who made it, per the articles?", "Where was he, according to the articles?"
_PER_ARTICLES = re.compile(r",?\s+(?:per|according to|in)\s+the\s+(?:articles|reports)(?=\s*\?\s*$)", re.I)
# A reading test's "According to the passage, …?" or "…, according to the article?": the text read is the articles.
_PER_TEXT = re.compile(r"^\s*according\s+to\s+the\s+(?:passage|text|article|articles)\s*[,:]?\s+|"
                       r",?\s+according\s+to\s+the\s+(?:passage|text|article)(?=\s*\?\s*$)", re.I)
# "… say about where the ambassador was": the copula is the clause's, not the question's.
_CLAUSE_OPENS = re.compile(r"(?:about|on|of|in|for|whether|if|who|what|where|when|how|why)\b", re.I)
_COPULA_END = re.compile(r"^(.+?)\s+(is|are|was|were)$", re.I)
_AUX_START = re.compile(r"^(?:is|are|was|were|has|have|had|will|would|can|could)\b", re.I)


def _articles_unsaid(question: str) -> str:
    """The last sentence without "do the articles say" or "per the articles" where what remains asks the same."""
    spans = split_sentences(question)
    at = spans[-1][0] if spans else 0
    # After a draft's claim, what the articles say is checked against it (`_claim_checked`).
    if any(p.match(question[:at]) for p in (_DRAFT_SAYS, _DRAFT_ATTRIBUTES, _DRAFT_NAMES)):
        return question
    question = question[:at] + _PER_TEXT.sub("", _PER_ARTICLES.sub("", question[at:]))
    if not (m := _ARTICLES_SAY.match(question[at:])):
        return question
    wh, rest, end = m.groups()
    if _CLAUSE_OPENS.match(rest):
        return question
    if c := _COPULA_END.match(rest):
        return f"{question[:at]}{wh} {c.group(2)} {c.group(1)}{end}"
    return f"{question[:at]}{wh} {rest}{end}" if _AUX_START.match(rest) else question


# A quiz's blank: "Trump tweeted that Iran "will pay a very ___". What goes in the blank?". The sentence with the
# blank is what is asked, its blank the "what"; a sentence after it ("What goes in the blank?", "Which of these
# completes it: …?") adds only the choices it offers.
_BLANK = re.compile(r"(?<![^\W_])_{2,}(?![^\W_])")   # not inside a word: "PMF__KH"
# The sentence after the blank asking what fills it; another ("Who?", "Is it in both articles?") asks itself.
_FILLS_BLANK = re.compile(r"^\s*(?:what|which)\b[^?]*\b(?:blank|gap|completes?|fills?|missing)\b", re.I)
_BLANK_OPENER = re.compile(r"^\s*(?:fill\s+in\s+the\s+(?:blank|gap)s?|complete\s+(?:the|this)\s+(?:sentence|quote|line))"
                           r"\s*[:,.-]\s*", re.I)
_CHOICES_AFTER = re.compile(r"^[^:]*:\s*(.+?)\s*[?.!]*\s*$|^\s*(?:was|is)\s+it\s+(.+?)\s*[?.!]*\s*$", re.I)


def _blank_as_what(question: str) -> str:
    """The blank of a quiz's sentence as the "what" asked: "Iran "will pay a very ___"." -> "Iran "will pay a
    very" what?", "fired ___ at them. What goes in the blank: tear gas or water cannon?" -> "fired what at them:
    tear gas or water cannon?". A quote around the blank is closed before it and opened again after it."""
    if not (m := _BLANK.search(question)):
        return question
    ends = [e for _, e in split_sentences(question)]
    end = next((e for e in ends if e >= m.end()), len(question))
    before, after, rest = question[:m.start()], question[m.end():end], question[end:].strip()
    if rest and not (_FILLS_BLANK.match(rest) or re.match(r"\s*(?:was|is)\s+it\b", rest, re.I)
                     and offered_choices(rest)):
        return question
    if before.count('"') % 2:
        opened, closing = '"', '"'
    elif before.rfind("“") > before.rfind("”"):
        opened, closing = "“", "”"
    else:
        opened = closing = ""
    before, after = before.rstrip(), after.lstrip()
    if opened:
        before = before[:-1].rstrip() if before.endswith(opened) else before + closing
        after = after[1:].lstrip() if after.startswith(closing) else opened + after.lstrip(" ,;:")
    asked = re.sub(r"\s+([,.;:!?])", r"\1", f"{before} what {after}").strip()
    asked = _BLANK_OPENER.sub("", asked).rstrip(" .!?")
    choices = _CHOICES_AFTER.match(rest) if rest else None
    offered = (choices.group(1) or choices.group(2)) if choices else ""
    # Only a list of answers: not "Note: it's in capitals. What goes in the blank?".
    return f"{asked}: {offered}?" if offered and offered_choices(f"{asked}: {offered}?") else f"{asked}?"


# A draft's placeholder to fill: "Draft: 'The US will deploy TK soldiers' - what's TK?", "Kataib Hezbollah called it
# its TK message to the US: TK = ?". The draft line, the placeholder its blank; what follows only asks to fill it.
_PLACEHOLDER = re.compile(r"(?<![\w-])(?:TK|XX|TKTK|XXX)(?![\w-])")
_COUNTED_PLACEHOLDER = re.compile(r"(?:\b(?:about|some|nearly|around|approximately|over)\s+)(?:TK|XX|TKTK|XXX)\b|"
                                  r"(?<![\w-])(?:TK|XX|TKTK|XXX)\s+(?:[A-Z]{2,}\s+)?(?:[a-z]+\s+)?[a-z]{3,}s\b")
_FILL_ASKED = re.compile(r"[-–—:]\s*(?:fill|complete|name\s+the|what['’]?s\s+the\s+missing)\b", re.I)
_DRAFT_LABEL = re.compile(r"^\s*(?:draft(?:\s+(?:line|sentence|copy|text))?|line|copy|sentence)\s*:\s*", re.I)
# The ask after the draft: " - what's TK?", ": TK = ?", " - name the group".
_DRAFT_ASK = re.compile(r"\s+[-–—]\s+(?=\S)|:\s+(?=[^:]*$)")


def _placeholder_as_blank(question: str) -> str:
    """A draft line's placeholder asked as its blank: "Draft: 'Embassy guards fired XX at the protesters' - XX = ?"
    -> "Embassy guards fired what at the protesters?"; a count's placeholder as how many ("deploy TK soldiers")."""
    if not (p := _PLACEHOLDER.search(question)) or len(set(_PLACEHOLDER.findall(question))) > 1:
        return question
    label = _DRAFT_LABEL.match(question)
    if not (label or len(_PLACEHOLDER.findall(question)) > 1 or _FILL_ASKED.search(question)):
        return question
    draft = question[label.end() if label else 0:]
    p = _PLACEHOLDER.search(draft)
    cut = next((a.start() for a in _DRAFT_ASK.finditer(draft, p.end())), len(draft))
    line = draft[:cut].strip()
    if len(line) == len(draft.strip()) or not line:
        return question
    # The line's own quotes, single or double, around all of it are no quote within it.
    if len(line) > 2 and line[0] in "'‘\"“" and line[-1] in "'’\"”":
        line = line[1:-1]
    if re.search(r"(?:\.\.\.|…|,)\s*$", line) or _opens_question(line):   # unfinished, or a question itself
        return question
    # "about TK troops", "TK rockets": a count.
    count = _COUNTED_PLACEHOLDER.search(line)
    blank = _PLACEHOLDER.sub("how many" if count else "___", line, count=1)
    return blank + "?" if count else re.sub(r"\s+(['’])\?$", r"\1?", _blank_as_what(blank))


# A half-remembered answer hinted at after the question: "… - Kataib something, starts with K?", "… - Abbas
# M-something?", "… - a compass direction starting with W?". Set aside whatever its words: a hint is no answer.
_HINT_WORDS = (r"(?:(?<!\bor\s)(?<!\bdo\s)(?<!\bdid\s)(?<!\bsay\s)(?<!\bsaid\s)\bsomething\b(?!\s+(?:else|more|"
               r"other|about|like|to|that|with|of|in|on|for))|-something\b|\b(?:starts?|starting|begins?|beginning)"
               r"\s+with\s+(?:an?\s+)?(?:(?-i:[A-Z])\b|['\"‘“])|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
               r"[\s-]+(?:\w+\s+)?letters?\b|\brhymes?\s+with\b)")
_HINT_WORD = re.compile(_HINT_WORDS, re.I)
_HINT_AFTER = re.compile(rf"(?<!\s)\s*(?:\s[-–—]\s(?=[^?.!]*{_HINT_WORDS})[^?.!]*|,\s(?=[^,?.!]*{_HINT_WORDS})[^,?.!]*)"
                         r"\?*\s*$", re.I)
_HINT_INSIDE = re.compile(rf",\s+(?=[^,?.!]*{_HINT_WORDS})[^,?.!]*,\s+", re.I)
_HINT_TAIL = 160   # a hint after the question is short: only the end is searched, as the pattern is slow on long text


def _without_hint(question: str) -> str:
    """"What was the militia struck - Kataib something, starts with K?" -> "What was the militia struck?", "Which
    agency, three letters, quoted witnesses?" -> "Which agency quoted witnesses?"."""
    if not _HINT_WORD.search(question):
        return question
    q = _HINT_INSIDE.sub(" ", question)
    if (m := _HINT_AFTER.search(q, max(0, len(q) - _HINT_TAIL))) and q[: m.start()].strip():
        q = q[: m.start()].rstrip(" ,;:") + "?"
    return q


# A vague tail: "Did Iran admit it or what?", "What did Khamenei tweet and stuff?". A guess before an "or …" tail
# ("…, like a battalion or something?", "…, rubber bullets or what?") is left to be read as any guess is.
_VAGUE_TAIL = re.compile(r"(?<!\s)\s+(?:or\s+(?:what|something|anything|whatever)|and\s+(?:stuff|that|all|everything|so\s+on))"
                         r"\s*([?!.]*)\s*$", re.I)


def _without_vague_tail(question: str) -> str:
    """"Was the embassy evacuated or something?" -> "Was the embassy evacuated?"."""
    if not (m := _VAGUE_TAIL.search(question, max(0, len(question) - 60))) or not question[: m.start()].strip():
        return question
    # "…, rubber bullets or what?", "…, like a battalion or something?": a guess beside it, read as guesses are.
    if re.match(r"\s+or\b", m.group(0), re.I) and "," in question[max(0, m.start() - 40): m.start()]:
        return question
    return question[: m.start()].rstrip(" ,;:") + "?"


# The asker's hedges: "Who kind of announced …?", "Where did they sort of huddle?", "What did Khamenei basically
# say?", "How many, roughly speaking, …?". Not the kind asked for ("what kind of unit", "a sort of protest").
_KIND_BEFORE = ("what which wat wot wut whats what's this that these those the a any some one no every other same similar "
                "different basic certain new particular special").split()
_HEDGES = re.compile(r"(?:,\s*)?\b(?:" + "".join(rf"(?<!\b{w}\s)" for w in _KIND_BEFORE) + r"(?:kind|sort)\s+of|"
                     r"kinda|sorta|basically|essentially|"
                     r"more\s+or\s+less|roughly\s+speaking|broadly\s+speaking|in\s+a\s+way(?!\s+(?:that|which|to|of)\b)|so\s+to\s+speak|"
                     r"pretty\s+much)\b(?:\s*,)?(?=[\s?!.])", re.I)


def _without_hedges(question: str) -> str:
    """"Who kind of announced the deployment?" -> "Who announced the deployment?"."""
    q = _HEDGES.sub("", question)
    return re.sub(r"\s+([?!.])", r"\1", re.sub(r"\s{2,}", " ", q)) if q != question and q.strip(" ,?") else question


# Bureaucratic nouns for what is asked: "What was the quantity of rockets fired …?" asks how many (of things
# counted: "the quantity of ammunition" is left), "What is the identity of the contractor …?" his name, "What was the
# location at which the supporters converged?" where (read as "Where the supporters converged?", which is asked as
# the where-questions typed without a verb are).
_NOMINAL = re.compile(r"^\s*what\s+(?P<be>is|was|are|were)\s+the\s+(?:(?P<count>quantity|total\s+quantity)\s+of|"
                      r"(?P<name>identity|identities)\s+of|(?P<place>location|place|site)\s+(?:at|in|from)\s+which)"
                      r"\s+(?P<rest>\S.*)$", re.I)


_COUNTED_PLURAL = re.compile(r"(?:[\w’'-]+\s+){0,2}?[\w’'-]*[^s\W]s\b")   # "rockets", "American diplomats"


def _nominal_asked(question: str) -> str:
    """"What was the quantity of rockets fired?" -> "How many rockets fired?"."""
    if not (m := _NOMINAL.match(question)):
        return question
    if m["count"]:
        return f"How many {m['rest']}" if _COUNTED_PLURAL.match(m["rest"]) else question
    if m["name"]:
        return f"What {m['be']} the {'names' if m['name'].lower() == 'identities' else 'name'} of {m['rest']}"
    return f"Where {m['rest']}"


# A reader's slant on the people and deeds asked about: "Why did Trump's reckless strikes happen?", "How many
# innocent protesters were wounded?", "What did the warmonger Esper announce?". The words judge; the facts asked
# are the plain ones. An adjective only between a determiner or a possessive and the thing it judges ("Was the
# attack unprovoked?", "Did Trump call Iran a rogue state?" and "… brutal and unprovoked?" ask it); an epithet only
# before a name.
_SLANT = ("reckless innocent heroic brave courageous evil murderous bloodthirsty cowardly bragging boastful lying "
          "crooked corrupt unprovoked glorious rogue warmongering tyrannical bullying pathetic disgraceful shameful "
          "belligerent lawless fanatical deranged unhinged trigger-happy imperialist brutal barbaric savage vile "
          "peace-loving righteous illegitimate hateful arrogant spineless cowering bloated").split()
_FUNCTION_NEXT = r"(?!(?:and|or|but|by|to|in|of|on|at|for|with|than|as|according|act|acts)\b)"
_SLANTED = re.compile(r"\b((?:the|his|her|its|our|their|many|this|that|these|those)\s+|[\w-]+['’]s\s+)(?:"
                      + "|".join(_SLANT) + r")\s+" + _FUNCTION_NEXT + r"(?=[\w’'-])", re.I)
_EPITHET = re.compile(r"\b(?:the\s+)?(?:warmonger|tyrant|dictator|despot|madman|thug|clown|butcher|puppet|bully|liar)"
                      r"\s+(?=(?-i:[A-Z])[\w’'-]*\b(?!\s+(?:regime|government)\b))", re.I)


def _without_if_any(question: str) -> str:
    """"What, if anything, did Iran admit?" -> "What did Iran admit?"."""
    q = _IF_ANY.sub("", question)
    return q if q != question and _opens_question(q.lstrip()) else question


def _without_slant(question: str) -> str:
    """"How many innocent protesters did the Americans wound?" -> "How many protesters did the Americans wound?"."""
    q = _EPITHET.sub("", _SLANTED.sub(r"\1", question))
    return q if q != question and _opens_question(q.lstrip()) else question


def _how_many(things: str) -> str:
    """"How many wounded protesters?" for "the wounded protesters": a count asked of what is named."""
    return "How many " + re.sub(r"^(?:the|a|an)\s+", "", things, flags=re.I) + "?"


# A newsroom's "we": "Do we have a name for the Iraqi PM?", "Have we got a figure for the wounded?", "Are we sure
# the embassy wasn't evacuated?", "Which part do we know was set on fire?".
_WE_ASK = re.compile(r"^\s*(?:(?P<have>(?:do|did)\s+we\s+(?:have|get)|have\s+we\s+got)|(?P<know>(?:do|did)\s+we\s+know|"
                     r"can\s+we\s+(?:say|confirm|tell))|(?P<sure>are\s+we\s+(?:sure|certain|confident)(?:\s+that)?))\s+"
                     r"(?P<rest>[^?]+?)\s*\?\s*$", re.I)
_WE_DETAIL = re.compile(r"^(?:a|an|the|any)\s+(?:([\w-]+)\s+)??(name|figure|number|count|date|day|time|estimate|"
                        r"location|quote|wording)\s+(?:for|of|on|from)\s+(?P<of>.+)$", re.I)
_WE_KNOW_INSIDE = re.compile(r"(?<=\w)\s+(?:do|did)\s+we\s+know\s+(?=\w)", re.I)
_WH_OPENS = re.compile(r"^(?:who|whom|whose|what|which|where|when|why|how)\b", re.I)


def _we_asked(question: str) -> str:
    """The question a newsroom's "we" asks: "Do we have a name for the Iraqi PM?" -> "What is the name of the Iraqi
    PM?", "Are we sure the embassy wasn't evacuated?" -> "Is it true that the embassy wasn't evacuated?"."""
    if not (m := _WE_ASK.match(question)):
        return _WE_KNOW_INSIDE.sub(" ", question) if _WH_OPENS.match(question.lstrip()) else question
    rest = m.group("rest")
    if m.group("sure"):
        return question if re.match(r"(?:of|about|in|on|that)\b", rest, re.I) else f"Is it true that {rest}?"
    # "Do we know who …?" is read as typed; "Do we have troops in Iraq?" asks nothing of a name or figure.
    if not m.group("have") or not (d := _WE_DETAIL.match(rest)):
        return question
    of = d.group("of")
    if _WH_OPENS.match(of):
        return _as_question(of) + "?"
    if d.group(2).lower() == "name":
        return f"What is the name of {of}?"
    if d.group(2).lower() in ("figure", "number", "count") and not d.group(1):
        return _how_many(of)
    return "What is " + re.sub(r"^(?:a|an|any)\s+", "the ", rest, flags=re.I) + "?"


# A demand for the source after the question: "Who stormed the embassy? Source?", "How many were sent - cite?".
# Every answer cites its sentences; the demand asks nothing more.
_SOURCE_DEMAND = re.compile(r"(?<=[?.!])\s*(?:source|sources|cite|citation|link|proof|ref|reference|receipts|"
                            r"where\s+does\s+it\s+say\s+(?:that|so))\s*[?!.]*\s*$|\s+[-–—]\s*(?:source|sources|cite|"
                            r"citation|link|proof|ref|reference)\s*[?!.]*\s*$", re.I)


def _without_source_demand(question: str) -> str:
    """"Who stormed the embassy? Source?" -> "Who stormed the embassy?"."""
    if not (m := _SOURCE_DEMAND.search(question, max(0, len(question) - 60))) or not question[: m.start()].strip(" -–—?.!"):
        return question
    kept = question[: m.start()].rstrip()
    return kept if kept.endswith(("?", ".", "!")) else kept + "?"


# The answer's kind in brackets after the question word: "What (greeting) did Trump end his tweet with?", "What
# (name) is the umbrella group?", "Who (name please) leads Kataib Hezbollah?", "When (day) did …?".
_KIND_IN_BRACKETS = re.compile(r"^(\s*(?:(what|which)|who|whom|whose|where|when|why|how(?:\s+(?:many|much))?))\s*"
                               r"\(([^()]{1,40})\)\s*(?:(is|are|was|were)\s+)?", re.I)
_ONLY_A_NAME = re.compile(r"^(?:the\s+)?(?:full\s+)?name(?:\s+please)?$|^please$", re.I)


def _kind_in_brackets(question: str) -> str:
    """"What (greeting) did Trump end his tweet with?" -> "What greeting did …?", "What (name) is the umbrella
    group?" -> "What is the name of the umbrella group?", "When (day) did …?" -> "When did …?"."""
    if not (m := _KIND_IN_BRACKETS.match(question)):
        return question
    asked, kind, be, rest = m.group(1), m.group(3).strip(), m.group(4), question[m.end():]
    if re.match(r"(?:according\s+to|per|if)\b", kind, re.I):   # no kind: "Why (according to Trump) …?"
        return question
    if asked.lower().startswith("how") and not re.search(r"\b(?:number|amount|figure|total|please)\b", kind, re.I):
        return f"{asked} {kind} {(be + ' ') if be else ''}{rest}"   # "How many (troops) were sent?"
    if m.group(2) and _ONLY_A_NAME.match(kind) and be:
        return f"{asked} {be} the name of {rest}"
    if m.group(2) and not _ONLY_A_NAME.match(kind) and not re.search(r"\b(?:what|please|words?|wording|quote|description)\b", kind, re.I):
        kind = re.sub(r"^(?:the\s+)?(?:exact|precise|full)\s+", "", kind, flags=re.I).replace("/", " or ")
        return f"{asked} {kind} {(be + ' ') if be else ''}{rest}"
    return f"{asked} {(be + ' ') if be else ''}{rest}"


# A dare: "Bet you can't tell me who stormed the embassy.", "I dare you to find how many soldiers were sent.",
# "Betcha don't know which militia was hit.", "Go on then, what did Khamenei tweet?", "Prove me wrong: nobody was
# wounded." Asked as the plain request or claim it holds.
_DARE = re.compile(r"^\s*(?:(?:i\s+)?(?:bet(?:cha)?|betcha)\s+(?:you\s+)?(?:can['’]?t|cannot|couldn['’]?t|don['’]?t|do\s+not|"
                   r"won['’]?t)|i\s+dare\s+you\s+to|i\s+challenge\s+you\s+to)\s+(?P<verb>tell\s+me|know|find(?:\s+out)?|"
                   r"say|quote|remember|name|figure\s+out|work\s+out)\s+(?P<rest>[^?.!]+?)\s*[?.!]*\s*$", re.I)
_GO_ON = re.compile(r"^\s*go\s+on(?:\s+then)?\s*[,:—–-]\s*(?=(?:who|whom|whose|what|when|where|which|why|how|did|does|do|is|"
                    r"was|were|are)\b)", re.I)
_PROVE_WRONG = re.compile(r"^\s*prove\s+(?:me|it)\s+wrong\s*[:,—–-]\s*(?P<claim>\S[^?]*?)\s*[.!?]*\s*$", re.I)


def _dare_as_asked(question: str) -> str:
    """"Bet you can't tell me who stormed the embassy." -> "Can you tell me who stormed the embassy?", "Bet you
    can't name the base …" -> "What is the name of the base …?", "Prove me wrong: nobody was wounded." -> "Is it
    true that nobody was wounded?"."""
    if m := _DARE.match(question):
        if m.group("verb").lower() == "name":
            return f"What is the name of {m.group('rest')}?"
        return f"Can you tell me {m.group('rest')}?"
    if m := _PROVE_WRONG.match(question):
        claim = m.group("claim")
        return f"{claim}?" if _opens_question(claim) else f"Is it true that {claim}?"
    return _GO_ON.sub("", question, count=1)


# The bare question word first, then what it asks about: "Who? The US ambassador to Iraq.", "How many? Rockets
# fired at the base.", "When? The PMU's call to leave.".
_BARE_WORD_FIRST = re.compile(r"^\s*(?P<wh>who|what|where|when|why|which|how(?:\s+(?:many|much|long|far))?)\s*\?+\s+"
                              r"(?P<about>\S[^?]*?)\s*[.?!]*\s*$", re.I)


def _bare_word_first(question: str) -> str:
    """"Who? The US ambassador to Iraq." -> "Who is the US ambassador to Iraq?", "How many? Rockets fired." -> "How
    many rockets fired?"."""
    if not (m := _BARE_WORD_FIRST.match(question)) or _opens_question(about := m.group("about")):
        return question
    wh = m.group("wh").lower()
    # "The US base …", "Rockets fired …": a common word starting the sentence, not a name ("Iran's", "Trump").
    first = about.split()[0]
    if first.lower() in _DETERMINERS or first[1:].islower() and first.endswith(("s", "men")) and "'" not in first \
            and "’" not in first:
        about = about[0].lower() + about[1:]
    if wh == "how many":
        return _how_many(about)
    be = {"when": " was", "why": "", "how much": " is", "how long": " was", "how far": " is"}.get(wh, " is")
    return f"{wh.capitalize()}{be} {about}?"


# A question relayed from someone else: "My editor wants to know who stormed the embassy.", "A reader asks: how
# many soldiers were sent?", "Someone in the comments is asking where the diplomats hid."; and a reporting passive,
# "Who is said to be the leader …?", "Which militia is said to have been targeted …?" (not "… reported to have
# descended …", whose "reported" an article may share).
_RELAYED = re.compile(r"^\s*(?:(?:my|our|a|the|one|some)\s+(?:[\w’'-]+\s+){0,3}?|someone\s+(?:[\w’'-]+\s+){0,4}?)"
                      r"(?:wants?\s+to\s+know|would\s+like\s+to\s+know|asks?|asked|is\s+asking|keeps\s+asking|"
                      r"wonders|is\s+wondering)\s*[:,—–-]?\s+(?P<asked>[^?]+?)\s*[?.!]*\s*$", re.I)
_PAST_BE = {"is": "was", "are": "were"}   # "is said to have been targeted": was targeted
_REPORTED_AS = re.compile(r"\b(is|are|was|were)\s+(?:said|reported|believed|alleged|thought|understood)\s+to\s+"
                          r"(?:(be)\s+|have\s+been\s+)", re.I)


def _relayed_asked(question: str) -> str:
    """"My producer wants to know who leads Kataib Hezbollah." -> "who leads Kataib Hezbollah?", "Who is said to
    be the leader of Kataib Hezbollah?" -> "Who is the leader of Kataib Hezbollah?"."""
    q = _REPORTED_AS.sub(lambda r: f"{r.group(1)} " if r.group(2) else f"{_PAST_BE.get(r.group(1).lower(), r.group(1))} ",
                         question)
    if not (m := _RELAYED.match(q)):
        return q
    asked = m.group("asked")
    if w := re.match(r"(?:if|whether)\s+(.+)$", asked, re.I):
        return f"Is it true that {w.group(1)}?"
    if _opens_question(asked):
        return f"{asked}?"
    # "… wants to know the name of …": what is asked for; "The government asked the US to withdraw?" asks nothing.
    return f"What is {asked}?" if re.match(r"the\s+(?:name|number|figure|date|day)\s+of\b", asked, re.I) else q


# A sentence to complete: "Complete this: the contractor killed was named ...", "Fill in: … is called ___.",
# "Finish Esper's statement: "This deployment is an appropriate and …"". The end left open is the blank.
_COMPLETE = re.compile(r"^\s*(?:complete|finish|fill\s+in|continue)\b[^:]{0,40}:\s*(?=\S)", re.I)
_MAX_COMPLETION = 400   # a sentence to complete is one sentence: a longer text is read as typed
_OPEN_END = re.compile(r"\s*(?:\.{3}|…|_{2,})\s*([\"”’']?)\s*[.?!]*\s*$")


def _completion_as_asked(question: str) -> str:
    """A sentence to complete, asked as its blank's "what": "Complete this: the contractor was named ..." ->
    "What was the name of the contractor?"."""
    if len(question) > _MAX_COMPLETION or not (m := _COMPLETE.match(question)):
        return question
    rest = question[m.end():]
    if not _BLANK.search(rest):
        if not (e := _OPEN_END.search(rest[-40:])):   # the tail only: the pattern is slow on a run of dots
            return question
        cut = len(rest) - 40 + e.start() if len(rest) > 40 else e.start()
        rest = f"{rest[:cut]} ___{e.group(1)}"
    return _blank_as_what(rest)   # "… was named what?": `_echo_as_asked`, next in `_UNWRAPPING`, asks it in order


# "Which person is the US Defense Secretary?" asks who; not "Which person's government …".
_WHICH_PERSON = re.compile(r"^(\s*)(?:which|what)\s+(?:person|persons|people|individual|individuals)(?![\w’'])", re.I)


# "Which actor fired tear gas …?", "Which camp refused to leave …?": a word for a side in a dispute, right before
# the past form of its deed, asks who did it. Not before an auxiliary ("Which side did Iraq take?", "Which outfit
# was struck?" ask of a thing done to), nor before a noun ("Which side of the embassy …", "Which party leaders …").
_WHICH_CATEGORY = re.compile(r"^(\s*)(?:which|what)\s+(?:actors?|entit(?:y|ies)|part(?:y|ies)|outfits?|camp|side|"
                             r"players?)\s+(?=([\w’'-]+)\b)", re.I)
_BE_PASTS = frozenset("was were had".split())


def _person_as_who(question: str) -> str:
    """"Which person is …?", "Which actor fired …?" -> "Who is …?", "Who fired …?"."""
    if m := _WHICH_PERSON.match(question):
        return f"{m.group(1)}Who{question[m.end():]}"
    if (m := _WHICH_CATEGORY.match(question)) and (
            (verb := m.group(2).lower()).endswith("ed") or (present_of_past(verb) and verb not in _BE_PASTS)):
        return f"{m.group(1)}Who {question[m.end():]}"
    return question


# A form's field or a sheet's row to fill: "Field: slogan chanted by protesters. Value: ?", "Row: US troops
# deployed; count: ?", "protesters_arrested = ?". The field names what is asked; a row's column, what of it.
_EMPTY_VALUE = r"\s*(?:\?+|_{2,}|\.{3}|…|what\s*\?)?\s*$"
_FORM_FIELD = re.compile(r"^\s*(?:field|item|entry|attribute|key)\s*:\s*(.+?)\s*[.;,]?\s*(?:value|answer)\s*:"
                         + _EMPTY_VALUE, re.I)
_SHEET_ROW = re.compile(r"^\s*(?:row|record|line)\s*:\s*(.+?)\s*[;,|]\s*(count|number|total|size|how many|"
                        r"location|place|where|date|day|when|time|name|who)\b[^:]{0,20}:" + _EMPTY_VALUE, re.I)
_SNAKE_FIELD = re.compile(r"^\s*([a-z]+(?:_[a-z]+)+)\b(.*?)\s*=" + _EMPTY_VALUE, re.I)
_COLUMN_ASKS = {"count": "How many", "number": "How many", "total": "How many", "size": "How many",
                "how many": "How many", "location": "Where was", "place": "Where was", "where": "Where was",
                "date": "When was", "day": "When was", "when": "When was", "time": "When was",
                "name": "What is the name of", "who": "Who is"}
_FIELD_ENDS = re.compile(r"\s+(?:of|in|at|by|for|from|to|on|with|that|who|which|whose|where|when|during|"
                         r"(?-i:[a-z]+ed))\b", re.I)


def _field_asked(field: str) -> str:
    """The question a field's name asks: "leader of Kataib Hezbollah" -> "Who is the leader of Kataib Hezbollah?",
    "where diplomats sheltered" -> "Where diplomats sheltered?", "slogan chanted …" -> "What is the slogan …?"."""
    field = field.strip(" .:;")
    if field.split()[0].lower() in _QUESTION_WORDS:
        return f"{field[0].upper()}{field[1:]}?"
    head = _FIELD_ENDS.split(field, maxsplit=1)[0].split()[-1]
    be = "are" if head.endswith("s") and not head.endswith("ss") else "is"
    asks = f"Who {be}" if _PERSON_POST.search(head) or head.lower() in ("victim", "spokesperson") else f"What {be}"
    the = "" if field.split()[0].lower() in _DETERMINERS or field[0].isupper() and " " not in field else "the "
    return f"{asks} {the}{field}?"


def _form_field_asked(question: str) -> str:
    """A field or row to fill asked as a question: "Field: leader of Kataib Hezbollah. Value: ?" -> "Who is the
    leader of Kataib Hezbollah?", "Row: rockets fired; count: ?" -> "How many rockets fired?"."""
    if (m := _FORM_FIELD.match(question)) and m.group(1).strip(" .:;"):
        return _field_asked(m.group(1))
    if (m := _SHEET_ROW.match(question)) and m.group(1).strip(" .;,|"):
        return f"{_COLUMN_ASKS[m.group(2).lower()]} {m.group(1).strip()}?"
    if m := _SNAKE_FIELD.match(question):
        return f"{m.group(1).replace('_', ' ')}{m.group(2)} = ?"
    return question


# A programmer's notation: "militia.leader -> ?  // who leads Kataib Hezbollah", "count(protesters_arrested)?",
# "us_ambassador_to_iraq.name = ?". A comment or an arrow's right side asking in words is the question; a dotted
# path names a field to fill, and a count asks how many. Not "#": a post's tag is no comment.
# A code sign: a dotted path, a snake_case name or a call ("get_quote(Esper"); an arrow or a comparison.
_CODE_SIGN = re.compile(r"[a-z]{2}[._(][a-z]{2}|\s(?:->|==?)\s")   # not "U.S." nor "e.g."
_EMPTY_RESULT = re.compile(r"(?:=|==|->)\s*\?$")
_ASKED_IN_WORDS = re.compile(r"(?:who|whom|whose|what|which|where|when|why|how|did|does|do|is|are|was|were|has|"
                             r"have|had)\s+\w", re.I)
_CODE_COUNT = re.compile(r"^\s*(?:count|len|num|number_of)\s*\(\s*([a-z]+(?:_[a-z]+)*)\s*\)\s*\??\s*$", re.I)
# "SELECT name FROM officials WHERE role = 'Iraq premier'": the name of the one of that role; "SELECT who FROM story
# WHERE action = 'stormed the embassy'": who did it.
_CODE_SELECT = re.compile(r"^\s*select\s+([a-z]+(?:_[a-z]+)*)\s+from\s+\w+\s+where\s+(?:(role|title|position|post)|"
                          r"(action|event|deed|act))\s*=\s*['\"‘’“”]([^'\"‘’“”]+)['\"‘’“”]\s*;?\s*$", re.I)
_CODE_PATH = re.compile(r"^\s*([a-z]+(?:_[a-z]+)*(?:\.[a-z]+(?:_[a-z]+)*)+)\s*(?:=|->)\s*\?\s*$", re.I)


def _code_asked(question: str) -> str:
    """A question in a programmer's notation asked in words: "militia.leader -> ?  // who leads Kataib Hezbollah"
    -> "who leads Kataib Hezbollah?", "count(protesters_arrested)?" -> "How many protesters arrested?",
    "khamenei.title -> ?" -> "khamenei title = ?" (a field to fill)."""
    for sep in ("//", "->"):
        code, _, words = question.rpartition(sep) if sep == "//" else question.partition(sep)
        code, words = _EMPTY_RESULT.sub("", code.rstrip()), words.strip()
        if words and "?" not in code and _CODE_SIGN.search(code) and _ASKED_IN_WORDS.match(words):
            return words if words.endswith("?") else f"{words}?"
    if (m := _CODE_SELECT.match(question)) and (m.group(2) or m.group(1).lower() == "who"):
        return (f"What is the {m.group(1).replace('_', ' ')} of the {m.group(4)}?" if m.group(2)
                else f"Who {m.group(4)}?")
    if m := _CODE_COUNT.match(question):
        return f"How many {m.group(1).replace('_', ' ')}?"
    if m := _CODE_PATH.match(question):
        return f"{re.sub(r'[._]', ' ', m.group(1))} = ?"
    return question


# Another's word for a thing, marked as such: "the so-called Green Zone", "what they call the rocket attack", "this
# safe room thing they mention". What is asked about is the thing.
_SO_CALLED = re.compile(r"\bso[- ]called\s+|\bwhat\s+(?:they|the\s+articles?|people|reports?)\s+(?:call|calls|term|"
                        r"dub)\s+(?:the\s+)?", re.I)
_THEY_MENTION = re.compile(r"\b(?:this|that|these|those)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)(?:\s+things?)?\s+(?:they|the\s+"
                           r"articles?)\s+(?:mention|mentioned|quote|quoted|talk\s+about|talked\s+about|refer\s+to|"
                           r"referred\s+to|cite|cited|speak\s+of)\b", re.I)


def _without_so_called(question: str) -> str:
    """"Who leads the so-called Kataib Hezbollah militia?" -> "Who leads the Kataib Hezbollah militia?", "What was
    this safe room thing they mention?" -> "What was the safe room?"."""
    q = _THEY_MENTION.sub(lambda m: f"the {m.group(1)}" if _topic_words(m.group(1)) and
                          m.group(1).lower() not in ("thing", "one", "stuff") else m.group(0), question)
    q = _SO_CALLED.sub(lambda m: "" if m.group(0).lower().startswith("so") else "the ", q)
    return re.sub(r"\bthe\s+(the|his|her|its|their|a|an|this|that)\b", r"\1", q, flags=re.I) if q != question else q


# How a name is spelt or written asks for the name as the articles write it: "How do you spell the Iraqi PM's
# name?", "How is the name of Trump's resort written?", "What's the spelling of the spokesman's name?".
_SPELLING = re.compile(r"^\s*(?:how\s+(?:do\s+(?:you|i|we)|does\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:article|story|report|"
                       r"piece)|should\s+(?:i|we))\s+(?:spell|write)\s+(?P<spelt>[^?]*?\b(?:name|names|surname)\b[^?]*?)"
                       r"|how\s+(?:is|are|was|were)\s+(?P<written>[^?]*?\b(?:name|names|surname|spelling)\b[^?]*?)\s+"
                       r"(?:spelt|spelled|written)(?:\s+out)?"
                       r"|what['’]?s\s+(?:the\s+)?(?:full\s+|right\s+|correct\s+)?spelling\s+of\s+(?P<of>[^?]*?\b(?:name|names|surname)\b[^?]*?))"
                       r"(?P<where>\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:article|story|report|piece))?\s*\?\s*$",
                       re.I)


def _spelling_as_name(question: str) -> str:
    """"How do you spell the Iraqi PM's name?" -> "What is the Iraqi PM's name?"."""
    if not (m := _SPELLING.match(question)):
        return question
    named = m.group("spelt") or m.group("written") or m.group("of")
    be = "are" if re.search(r"\bnames\b", named, re.I) else "is"
    return f"What {be} {named}{m.group('where') or ''}?"


# The question out of its wrappings, in this order (capitals before these): dotted abbreviations, the shapes a
# question is asked in (a list, "If so, …", what was read so far, a reader's own story, a belief set right, a work
# lead, later events, "-ever", a dare, the bare question word first, a relayed question, the assistant's view, a
# sentence or draft to complete, a hint, a vague tail, hedges, slant, "if any", a bureaucrat's noun, a newsroom's
# "we", a source demand, an echo, "which person" or side, the answer's kind in brackets, a spelling ask, code, a
# form's field, "so-called"), symbols, a post's tags, another language's question word, names in full, a topic named
# first or after, a thing recalled, "the former", a contrast, a message's envelope, brackets, a label, a tag, "By X's
# account".
_UNWRAPPING = (_abbreviations_written_out, _listed_as_one, _if_so_joined, _without_read_so_far, _without_own_story,
               _without_belief, _without_work_lead, _without_later_aside, _without_ever, _dare_as_asked,
               _bare_word_first, _relayed_asked, _opinion_as_asked, _completion_as_asked, _placeholder_as_blank,
               _without_hint, _without_vague_tail, _without_hedges, _without_slant, _without_if_any, _nominal_asked,
               _we_asked, _without_source_demand, _echo_as_asked, _person_as_who, _kind_in_brackets, _spelling_as_name,
               _code_asked, _form_field_asked, _without_so_called, _symbols_written_out, _without_post_tags,
               _in_english, _names_in_short, _about_topic, _dislocated_named, _left_dislocated_named, _recalled_named,
               _former_latter_named, _without_contrast, _without_envelope, _without_brackets, _without_label,
               _without_tag, _account_as_according)


def _left(m: re.Match) -> str:
    """Going home as leaving (`_GO_HOME`); the plain verb only as asked of someone, after "to": "When the PMU asked,
    everybody go home?" is chat shorthand, and "Did they go home overnight, or stay?" asks where they spent it."""
    verb = m.group(1).lower()
    if verb in ("go", "head") and not re.search(r"\bto\s+$", m.string[:m.start()], re.I):
        return m.group(0)
    return _LEAVE[verb]


def spelled_out(question: str, knows: Callable[[str], bool] | None = None,
                ordinary: Callable[[str], bool] | None = None) -> str:
    """The question with chat shorthand written out and courtesy set aside: "whos the us ambassador" -> "who is
    the us ambassador", "Could you remind me of his name?" -> "what is his name?", "Didn't he …" -> "Did he …",
    "Was it Pompeo who called …?" -> "Who called …?", "Was it only a small group who …?" -> "Did only a small
    group …?", "Who do the articles say the ambassador is?" -> "Who is the ambassador?"; and the user's guesses
    set aside, those `knows` (the articles have all their words) kept. `ordinary` tells a word of the language
    from a name, for a question typed in capitals."""
    unwrapped = _unshouted(question, knows, ordinary)
    for unwrap in _UNWRAPPING:
        unwrapped = unwrap(unwrapped)
    read = _articles_unsaid(_without_guesses(_blank_as_what(unwrapped), knows))
    unfilled = _NUMBER_IN_WORDS.sub(_in_digits, _FILLERS.sub(lambda m: " " if m.start() else "", read))
    q = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1).lower()], unfilled)
    q = _AGAIN.sub(r"\1\2", _LETTER_WORD_RE.sub(lambda m: _LETTER_WORDS[m.group(1)], q))
    q = _GOT_DONE.sub(_passive, q)
    q = _TURN_OUT.sub(lambda m: m.group(1) + m.group(2) + _GATHER[m.group(3).lower()], q)
    q = _DESCEND.sub(lambda m: m.group(1) + _CONVERGE[m.group(2).lower()] + " ", q)
    q = _GO_HOME.sub(_left, q)
    q = _ALIGHT.sub(r"\1 \2on fire", q)
    q = _STATE_SAID.sub(r"\1say", q)
    if not _DO_AUXILIARY.search(q) and not (_DONE_BY.search(q) and not _ASKING.search(q)):
        q = _BARE_POSSESSIVE.sub(r"\1's", q)
    q = _without_courtesy(_offices_written_out(q))
    q = _NEGATED.sub(lambda m: m.group(1) + m.group(2), q)
    if m := _COUNT_CLEFT.match(q):
        return as_yes_no(f"{m.group(1)} {m.group(2)}")
    return _post_as_who(_telegraphic(_CLEFT.sub("Who ", q, count=1)))


def _topic_words(text: str) -> list[str]:
    words = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(text)]   # "what's" is "what"
    return [w for w in words if w.lower() not in STOPWORDS and w.lower() not in _QUESTION_WORDS]


def is_follow_up(question: str) -> bool:
    """A question that leans on what came before: starts with `And …`, uses a pronoun, or is very short."""
    return bool(_FOLLOW_UP.search(question)) or len(_topic_words(question)) <= 1


def rewrite(question: str, history: list[str] | None, said: str | None = None) -> str:
    """The retrieval query for `question` after the earlier questions `history` (oldest first).

    A standalone question is used as it is; a follow-up gets the topic words of the most recent
    earlier question appended, so "What did he threaten?" after "What did Trump say about Iran?"
    searches for "What did he threaten? (Trump Iran)".
    """
    # Judged on the words as typed (`said`): "So what did Iran do next?" leans on the question before.
    if not history or not is_follow_up(said or question):
        return question
    own = {w.lower() for w in _topic_words(question)}
    context = [w for w in _topic_words(history[-1]) if w.lower() not in own]
    return f"{question} ({' '.join(dict.fromkeys(context))})" if context else question


_AFTER_CLAUSE = re.compile(r"^\s*(?:when|while|after|before|if|once|since|as)\b[^?]*?,\s+"
                           r"((?:which|what|who|whom|whose|when|where|how|why)\b[^,]*)$", re.I)
# "The militia gave its own figures (without saying …), so how many did they say were wounded?"
# The question may hold commas of its own ("what did the embassy guards, or the Marines, fire at …?") and open with a
# preposition ("so on what day and at what kind of location …?"); but not a second question set off by commas
# ("so in which countries, and which part of Iraq, did …?"), asked of the whole. A second question after the
# first ("…, so how did Abdel-Mahdi respond …, and what did he promise?") is split off with it, as when typed alone.
_PREP = r"(?:(?:on|in|at|from|to|for|by|with)\s+)"
_AFTER_SO = re.compile(rf",\s+(?:and\s+)?so\s+({_PREP}?"
                       r"(?:which|what|who|whom|whose|when|where|how|why)\b"
                       rf"(?:(?!,\s+(?:and\s+)?so\s+{_PREP}?(?:which|what|who|whom|whose|when|where|how|why)\b|"
                       rf",\s+(?:and|or)\s+{_PREP}?(?:which|what|who|whom|whose|when|where|how|why)\b[^,?]*,).)*)$",
                       re.I)
# "Iraqis see the US as an occupying power. Who made that argument?": the words said are in the context.
_SAYING_BACK = re.compile(r"\b(?:that|this|these|those)\s+(?:argument|claim|statement|remark|comment|assertion|"
                          r"accusation|view|quote|words)s?\b", re.I)
_AFTER_DASH = re.compile(r"\s[-–—:]\s+((?:which|what|who|whom|whose|when|where|how|why)\b[^-–—]*)$", re.I)
# "… camping out at the gates overnight; on which day did the crowd first storm the compound?"
# Not inside a quotation: "Did Khamenei tweet "…; who is he to threaten us"?" asks about the tweet.
_AFTER_SEMICOLON = re.compile(rf";\s+({_PREP}?"
                              r"(?:which|what|who|whom|whose|when|where|how|why)\b[^;\"“”]*)$", re.I)


# "Claim: X. Is that true?", "Is it true that X?": a claim to check, asked as the yes/no question it is.
_CHECK = re.compile(r"^\s*(?:(?:is|was|are|were|can|could|does|did)\b[^?]{0,40}\b(?:true|right|correct|accurate|"
                    r"confirmed|verified|happen|the case)\b|true or false|(?:true|correct|right|accurate|false)\s*\?)"
                    r"\W*$", re.I)
_IS_IT_TRUE = re.compile(r"^\s*(?:is|was)\s+it\s+(?:really\s+)?(?:true|correct|accurate|right|fair|the case)\s+"
                         r"(?:to say\s+)?(?:that\s+)?(.+?)\s*\??\s*$", re.I)
# "My draft says X. What troop number do the articles actually give?": a claim from the user's own text, checked
# against the articles.
_DRAFT = r"^\s*(?i:the|my|our|a colleague['’]s)\s+(?i:draft|copy|notes|story)\s+"
_DRAFT_SAYS = re.compile(_DRAFT + r"(?i:says|say|states|reports|claims)\s+(?i:that\s+)?")
# "The draft attributes the "occupying power" remark to Javad Zarif": the remark made by him is the claim.
_DRAFT_ATTRIBUTES = re.compile(_DRAFT + r"(?i:attributes|credits)\s+(.+?)\s+(?i:to)\s+(.+?)[.!]?\s*$")
# "The draft names Iraq's prime minister … as Haider al-Abadi. Who do the articles name?" asks who he is.
# The name after "as" is capitalised: "names the ambassador as being at the embassy" gives no name.
_DRAFT_NAMES = re.compile(_DRAFT + r"names\s+(.+?)\s+as\s+[A-Z][^.!?]*[.!]?\s*$")
_ARTICLES_ASKED = re.compile(r"\b(?:do|does)\s+the\s+(?:articles?|reports?)\s+(?:actually\s+)?"
                             r"(?:say|give|report|name|state)\b|\b(?:per|according to|in)\s+the\s+articles\b|"
                             r"\bthe right (?:figures?|numbers?|day|date|name)\b", re.I)
# "What do the articles say the diplomats did?" asks for the deed told in place of the draft's, which a check of
# the draft's detail does not give.
_DEED_ASKED = re.compile(r"\b(?:did|do|does)\W*$", re.I)
# Nor "Who do the articles say sent them?", "Why …", "How did …", "What else …": not the claim's detail.
_OTHER_ASKED = re.compile(r"^\s*(?:who|whom|whose|why)\b|^\s*how\s+(?:do|does|did)\b|\belse\b", re.I)
# "True or false: X.", "Fact check: X": the claim follows.
_TO_CHECK = re.compile(r"^\s*(?:true or false|fact[- ]?check|verify|check)\s*[:,-]\s*(?=\S)", re.I)
_CLAIMED = re.compile(r"^\s*(?:claim|rumou?r|viral (?:post|claim)|post|tweet|fact[- ]?check|true or false)\s*:\s*|"
                      r"^\s*(?:some |many |an? )?(?:viral )?(?:people|posts?|users|reports?|tweets?|"
                      r"social media(?: posts)?|someone|online posts)\s+"
                      r"(?:say|says|said|claim|claims|claimed|suggest|suggests|are saying)\s+(?:that\s+)?|"
                      r"^\s*i (?:read|heard|saw)\s+(?:that\s+)?", re.I)
# "Do both articles say the same places?", "Do the two articles call it the same thing?": about the articles.
# "What slogan were they chanting? Do the first and second articles agree on it?", "… Which article quotes it, the
# first or the second?": the citations tell which.
_ABOUT_ARTICLES = re.compile(r"^\s*(?:(?:do|does|did|are|is|was|were)\s+(?:[\w’'-]+\s+){0,2}?(?:both|the two|each|either|"
                             r"the other|the first|the second)\b[^?]{0,80}?\b(?:articles?|reports?|stories|sources|"
                             r"outlets|pieces?)\b[^?]{0,40}?\b(?:(?:same|differ|different|agree)\b|"
                             # "… mention it?", not "… mention who ordered it?": a question of its own
                             r"(?:mention|say|report|quote|give|include|cover)\w*(?:\s+(?:it|this|that|them|so))?"
                             r"\s*\??\s*$)|"
                             r"which\s+(?:of\s+the\s+(?:two\s+)?)?(?:articles?|reports?|stories|sources|outlets|pieces?)"
                             r"\s+(?:[\w’'-]+\s+){0,2}?(?:it|this|that|them|these|those)\s*(?:,[^?]{0,40})?\??\s*$)",
                             re.I)
# "Did Kataib Hizbollah say the protest was the end of it, or what did it say comes next?": a yes/no guess, then
# the question asked instead.
_OR_INSTEAD = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have|had)\b.+?,\s+or\s+((?:who|whom|what|when|"
                         r"where|which|how|why)\s+(?:did|does|do|is|are|was|were|has|have|had)\b.*)$", re.I)
_AUXILIARIES = frozenset("is are was were has have had will would can could did does do".split())
_AUXILIARY = "(?:" + "|".join(sorted(_AUXILIARIES)) + ")"
_QUANTIFIERS = frozenset("several many dozens hundreds thousands".split())


def as_yes_no(claim: str) -> str:
    """A claim as a yes/no question: "Iraq's parliament has voted …" -> "Has Iraq's parliament voted …?"."""
    words = claim.strip().rstrip(".?! ").split()
    if words and (words[0].lower() in STOPWORDS or words[0].lower() in _QUANTIFIERS):
        words[0] = words[0].lower()   # "Several protesters", no name
    aux = next((i for i, w in enumerate(words[:6]) if i and w.lower() in _AUXILIARIES), None)
    if aux is None:
        return " ".join(["Did", *words]) + "?"   # the verb's tense does not matter to what is matched
    return " ".join([words[aux].capitalize(), *words[:aux], *words[aux + 1:]]) + "?"


def _claim_checked(parts: list[str]) -> str | None:
    """The yes/no question a fact-check in these sentences asks ("Claim: X. Is that true?", "Is it true that
    X?"), or None."""
    if (m := _IS_IT_TRUE.match(parts[-1])) and len(m.group(1).split()) >= 3:   # not "… that he did?"
        return as_yes_no(m.group(1))
    # Not "Check: how many troops were sent.", "True or false: did they …?"; "True or false: X?" is X.
    if len(parts) == 1 and (m := _TO_CHECK.match(parts[0])) \
            and len(claim := parts[0][m.end():].split()) >= 3 \
            and not (_WH_START.match(claim[0]) or parts[0].endswith("?") and (
                _opens_question(" ".join(claim)) or not m.group(0).lower().startswith("true"))):
        return as_yes_no(" ".join(claim))
    if len(parts) == 2 and _ARTICLES_ASKED.search(parts[1]) and not _DEED_ASKED.search(parts[1]):
        if (m := _DRAFT_SAYS.match(parts[0])) and not _OTHER_ASKED.search(parts[1]):
            return as_yes_no(parts[0][m.end():])
        if m := _DRAFT_ATTRIBUTES.match(parts[0]):
            return as_yes_no(f"{m.group(1)} was made by {m.group(2)}")
        if (m := _DRAFT_NAMES.match(parts[0])) and re.match(r"\s*who\b", parts[1], re.I):
            return f"Who is {m.group(1).strip(' ,')}?"
    # The claim is a statement: "Who attacked the embassy? Is that confirmed?" asks who.
    if (len(parts) == 2 and not parts[0].endswith("?") and _CHECK.match(parts[1])
            and len(_topic_words(parts[1])) <= 2):
        return as_yes_no(_CLAIMED.sub("", parts[0]))
    return None


def asked_part(question: str) -> str:
    """The question itself when context comes before it, with that context when the question points back at
    what it says ("Iraqis see the US as an occupying power. Who made that argument?")."""
    last = _last_asked(question)
    return question if last != question and _SAYING_BACK.search(last) else last


def _is_aside(sentence: str) -> bool:
    """A remark, not a question: no question mark, no question word in it and no auxiliary opening it ("And
    when did they leave" asks)."""
    return not sentence.strip().endswith("?") and not _ASKING.search(sentence) and not _CLAIMED.match(sentence)


def _last_asked(question: str) -> str:
    """The question itself when context comes before it.

    "Esper called the deployment precautionary. What kind of unit was sent?" asks "What kind of unit
    was sent?": what it asks for, and the words an answer must share, are judged on that part. So
    does "The 750 soldiers - what kind of unit are they?".
    """
    spans = split_sentences(question)
    if claim := _claim_checked([question[a:b].strip() for a, b in spans] or [question.strip()]):
        return claim
    # "Where did the strikes hit? Do both articles say the same places?": the articles are asked about the
    # question before.
    if len(spans) >= 2 and _ABOUT_ARTICLES.match(question[spans[-1][0]:]):
        spans = spans[:-1]
    # "How many troops went? Asking for a friend.": an aside after the question asks nothing.
    while len(spans) >= 2 and _is_aside(question[spans[-1][0]:spans[-1][1]]) \
            and question[spans[-2][0]:spans[-2][1]].strip().endswith("?"):
        spans = spans[:-1]
    last = question[spans[-1][0]:spans[-1][1]].strip() if spans else question
    # "… what were the diplomats inside doing? Where did they take shelter?": a question whose subject is the
    # one asked about just before asks with it, unless the two ask for different kinds of answer ("Who
    # attacked the embassy? When did they leave?" asks a time).
    before = question[spans[-2][0]:spans[-2][1]].strip() if len(spans) >= 2 else ""
    if before.endswith("?") and _LEANS_BACK.match(last) and question_type(before) in (None, question_type(last)):
        return question
    # "The battalion heading to Iraq - which division is it drawn from?": context set off by a dash or a
    # semicolon; "When Khamenei referred to “that guy”, whom did he mean?": by a clause of time or condition.
    if m := (_AFTER_DASH.search(last) or _AFTER_SEMICOLON.search(last) or _AFTER_CLAUSE.search(last)
             or _AFTER_SO.search(last) or _OR_INSTEAD.match(last)):
        last = m.group(1)
    if last == question.strip():
        return question
    if not (last.endswith("?") and len(_topic_words(last)) >= 2):
        return question
    return _named_back(question[: question.rfind(last)], last)


_HE = re.compile(r"\b(?:(he|him|she)|(his))\b", re.I)   # "her" may be whose or whom
# A run of capitalised words, and the word before it: "the Pentagon", "the Reuters story" name no person; "the
# Defense Secretary" does, by the post it ends with.
_CAPITALISED_RUN = re.compile(r"(?:\b(\w+)\s+)?\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_PERSON_POST = re.compile(r"(?:secretary|minister|president|premier|leader|spokesman|spokeswoman|chief|ayatollah)$",
                          re.I)
_NOT_A_PERSON = frozenset({"us", "uk", "un", "america", "today", "yesterday", "tomorrow"}) | WEEKDAYS | MONTHS


def _named_back(context: str, asked: str) -> str:
    """`asked` with its "he", "him" or "his" as the one name the context gives: "The draft describes Ayatollah
    Ali Khamenei as Iran's president. How do the articles describe him?" asks how they describe Khamenei."""
    # A name in the question itself may be whom "he" means: "When did Trump say he would send troops?".
    if not (m := _HE.search(asked)) or _CAPITALISED_RUN.search(asked, 1):
        return asked
    names = set()
    for before, run in _CAPITALISED_RUN.findall(context):
        words = [w for w in re.sub(r"['’]s$", "", run).split() if w.lower() not in STOPWORDS]
        if words and not is_country_word(" ".join(words)) and words[-1].lower() not in _NOT_A_PERSON \
                and (before.lower() not in ("the", "a", "an") or _PERSON_POST.search(words[-1])):
            names.add(" ".join(words))
    if len(names) != 1:
        return asked
    name = names.pop()
    return asked[: m.start()] + (name if m.group(1) else f"{name}'s") + asked[m.end():]


# "Roughly how many …, and what …?", "So exactly how …": a hedge or an opener before the question word still
# starts a question.
_HEDGE = r"(?:(?:" + _HEDGE_WORD + r"|so|and)\s+)"
# "How many troops were sent, and what kind of unit are they?": two questions, each answered on its own.
# Without a comma, "and which/who" more often starts a relative clause: "the group … and which includes X".
# "Did Iran say when and where …", "the difference between what Trump said and what Pompeo said": one question.
_AND_ASKS = re.compile(r",\s+and\s+(?=" + _PREP + r"?" + _HEDGE + r"?(?:who|whom|whose|what|when|where|which|how|"
                       r"why)\b)|"
                       r"(?<!\bwhen)(?<!\bwhere)(?<!\bwhat)(?<!\bhow)(?<!\bwhy)\s+and\s+(?=(?:what|when|where|how|why)\s+"
                       + _AUXILIARY + r"\b|how\s+(?:many|much)\s)|"
                       r",\s+(?:and|or)\s+(?=(?:did|does|do|is|are|was|were|has|have|had)\s)", re.I)
# "how did Khamenei respond, what did he say Trump could do": two questions typed as one; but "When Khamenei
# referred to that guy, whom did he mean?" is one, its first part a clause of time.
# "Who leads Kataib Hezbollah, which was hit by US strikes?": after who, which or what, "was" starts a relative
# clause; only a do or a modal asks again.
_COMMA_ASKS = re.compile(r",\s+(?=(?:(?:who|whom|what|which)\s+(?:did|does|do|will|would|can|could)|(?:when|where|how|"
                         r"why)\s+" + _AUXILIARY + r")\s)", re.I)
_CLAUSE_START = re.compile(r"^\s*(?:when|where|while|if|as|after|before|once|since)\s+(?!" + _AUXILIARY + r"\b)", re.I)
_LEANS_BACK = re.compile(r"^(?:\S+\s+){0,2}(?:he|she|they)\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|it|they|him|them)\b", re.I)   # "her" may be whose
_POSSESSIVE = re.compile(r"\b(?:his|its|their)\b", re.I)
MAX_PARTS = 3   # more "and"s than this is a list, asked whole
_MAX_REFERENT_WORDS = 6   # a thing named before a dash, not a statement
_MIN_PART_WORDS = 3   # "Who ordered and who carried out the strikes?" is one question about one event
_ASKS = re.compile(r"^" + _PREP + r"?" + _HEDGE + r"{0,2}" + _PREP + r"?(?:who|whom|whose|what|when|where|which|how|"
                   r"why|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b", re.I)


def asked_parts(question: str) -> list[str]:
    """The questions a question asks: `asked_part`, split where "and" starts a second question.

    "Who is Iraq's premier, and what did he ask the demonstrators to do?" asks two things; "What did
    Trump say and why?" asks one (a part of a word or two leans wholly on the rest).
    """
    asked = _last_asked(question)
    parts = [p.strip(" ,") for p in _AND_ASKS.split(asked)]
    if len(parts) == 1 and not _CLAUSE_START.match(asked):
        parts = [p.strip(" ,") for p in _COMMA_ASKS.split(asked)]
    # "Khamenei accused the US of crimes in Iraq and which other country?" is one question.
    if not 2 <= len(parts) <= MAX_PARTS or not _ASKS.match(parts[0]) \
            or any(len(p.split()) < _MIN_PART_WORDS for p in parts):
        return [asked_part(question)]
    # "Iran's supreme leader - who is he, and who does he blame?": each part asks about the one named first.
    m = _AFTER_DASH.search(question)
    named = question[: m.start()].strip(" ,-–—:;") if m else ""
    if len(named.split()) > _MAX_REFERENT_WORDS:
        named = ""

    def about_named(part: str) -> str:
        if not named:
            return part
        if _PRONOUN.search(part):
            return _PRONOUN.sub(named, part, count=1)
        return _POSSESSIVE.sub(named + "'s", part, count=1)

    # "Iraqis see the US as an occupying power. Who made that argument, and when?": the part pointing back
    # is asked with the context, the other on its own.
    at = question.rfind(asked)
    context = question[:at].strip() if at > 0 else ""

    def with_context(part: str) -> str:
        return f"{context} {part}" if context and _SAYING_BACK.search(part) else part

    return [with_context(about_named(p) + ("" if p.endswith("?") else "?")) for p in parts]

