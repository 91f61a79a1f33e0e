"""What a question asks for (a number, a time, a name; of what) and whether a sentence supplies it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache

from index.keyword import STOPWORDS, skeleton, tokenize
from rag.attribution import unquoted
from rag.countries import is_country_word
from rag.event_verbs import (deeds_read, event_of, events_in, events_missing, is_infinitive, no_event_asked,
                             other_event)
from rag.kinds import BODIES, kinds_beside, kinds_of
from rag.word_forms import irregular_forms, present_of_past

NUMBER, TIME, NAME, KIND = "number", "time", "name", "kind"
UNSURE = 0.35  # an answer of the kind asked for, but the thing asked about is not named beside it

# "On what exact date", "in what specific year": the same question as without the word.
_EXACT = r"(?:(?:exact|specific|precise|particular)\s+)?"
# "full name", "last name": a name all the same.
_NAME_WORD = r"(?:(?:full|first|last|family|given|real)\s+)?name"
# Words before "name" that are no one whose name is asked: "identified by name", "the name".
_NOT_NAMED = r"(?<![\w'’-])(?!(?:by|of|in|on|at|for|with|to|from|the|a|an|his|her|its|their|my|your|our|code|nick)\s)"
# A name typed as keywords, whose one it is just before it: "iraq pm name", "contractor name?".
_KEYWORD_NAME = _NOT_NAMED + r"([\w-]+)\s+" + _NAME_WORD + r"\s*\??\s*$"
# "the name and title of the Iranian leader": a name asked for with what the person is.
_ALSO_ASKED = r"(?:title|position|post|role|job|rank)"
# "What name was given to the American contractor?": his name.
_NAME_GIVEN = r"\bwhat name (?:was|is|were|has been|had been) (?:given|released|reported) (?:to|for) (?:the |an? )?"
# "How many days after the break-in did the Marines fire tear gas?", "How much time passed between …": the
# gap between two events, told by the day of the main clause's event ("on Wednesday"). Not "How many days did
# the sit-in last before they withdrew?", a duration.
_GAP_UNITS = r"(?:minutes|hours|days|weeks|months|years)"
_GAP_ASKED = re.compile(rf"\bhow (?:many {_GAP_UNITS}|much time)\s+(?:(?:has|had|have)\s+)?(?:after|before|later|"
                        r"earlier|passed|elapsed|went by|between)\b", re.I)
_TYPE_PATTERNS = (
    (TIME, _GAP_ASKED),
    # "How much should Iran want peace?" asks how strongly, no amount: a verb of feeling after its subject.
    (NUMBER, re.compile(r"\bhow (many|much(?!\s+(?:do|does|did|should|would|could|can|will|is|are|was|were)\s+"
                        r"(?:[\w’'-]+\s+){1,4}?(?:want|wants|like|likes|love|loves|hate|hates|fear|fears|care|cares|"
                        r"trust|trusts|respect|respects|worry|worries|hope|hopes)\s+(?!(?:to|in|for|as|from)\b)\w)|"
                        r"expensive|old)\b|\bwhat age\b|\bnumber of\b|\bwhat (percentage|share|proportion)\b|"
                        r"\b(dollar|money) (cost|amount|figure|value)\b|\bcost\b.*\?$|"
                        # Typed as keywords, without a question mark: "cost of damage to embassy", "what was
                        # the cost of the damage"; not "who will pay the cost of the damage".
                        r"^\s*(?:what(?:\s+is|['’]s|\s+was)\s+)?(?:the\s+)?(?:total\s+)?cost of\b", re.I)),
    # "When the group told people to go home, did everyone leave?" is a yes/no question with a when-clause;
    # "When Khamenei referred to “that guy”, whom did he mean?" asks who.
    # Spoken without the comma: "when trump called the iraqi prime minister what did he emphasize".
    (TIME, re.compile(r"^\s*(since )?when\b(?![^?,]*,\s*(did|does|do|was|were|is|are|has|have|had|will|would|"
                      r"could|can|who|whom|whose|what|which|where|why|how)\b)"
                      r"(?!\s+\w[^?,]*?\s(?:who|whom|whose|what|which|where|why|how)\s+(?:did|does|do)\b)|"
                      r"\b(what|which) " + _EXACT + r"(day|date|year|month|time)s?\b|\bhow long ago\b|"
                      # "What timeline has it given?", "Did it set a deadline?": a time is asked for; not so in
                      # "Will more follow, and on what timeline?", where the time is a second thing asked.
                      r"^(?!\s*(?:who|whom|whose)\b)[^,]*?\b(?:what|which|any|an?) (?:deadline|timeline|timetable|"
                      r"time ?frame|date)s?\b", re.I)),
    (NAME, re.compile(r"(?:^|[.?!]\s+)(who|whom|whose)\b|\bname(?:\s+and\s+" + _ALSO_ASKED + r")? of\b|"
                      + _NAME_GIVEN + "|"
                      r"\bwhat(?: is|['’]s| was) (his|her|its|their) (?:full )?name\b|['’]s (?:full )?name\b|"
                      # Typed as keywords: "iraq pm name", "contractor name?".
                      r"^(?:\s*what(?:\s+is|['’]s|\s+was)\s+)?(?!\s*(?:what|which|who|when|where|why|how|did|does|do|is|was|are|were|has|have|had|can|could|will|would)\b)"
                      r"[\w\s'’-]*?" + _KEYWORD_NAME + "|"
                      # "Which Iranian leader …" is "who is the Iranian leader …": a post's holder is named, also
                      # after a name of two words ("Which White House spokesperson"). Not "What did President
                      # Trump say …", where the post is his title.
                      r"^\s*(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|"
                      r"should)\b)[\w-]+\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?(?:leaders?|commanders?|president|spokes(?:man|woman|person))"
                      r"(?![\w'’-])", re.I)),
    (KIND, re.compile(r"\b(kind|type|sort)s? of\b", re.I)),
)
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                 "hundred hundreds thousand thousands million millions dozen dozens several few")
_NUMBER_RE = re.compile(r"\b(\d[\d,.]*|" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.I)
# "How much" without a thing counted asks for an amount: money, a share, a measure, not "dozens".
_HOW_MUCH = re.compile(r"\bhow much\b|\bdollars?\b|\bcost\b|\bhow expensive\b", re.I)
_AMOUNT_RE = re.compile(r"[$€£]\s?\d|\d[\d,.]*\s*(%|percent|per cent|dollars?|euros?|pounds?|million|billion|"
                        r"tonnes?|tons?|km|kilometres?|kilometers?|miles?|kg|kilograms?|litres?|barrels?)\b|"
                        r"\b(millions?|billions?) (of )?(dollars|euros|pounds)\b", re.I)
_DATE = r"\d{4}-\d{2}-\d{2}"   # "2020-01-01", as datelines write it
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = "january february march april may june july august september october november december".split()
_TIME_RE = re.compile(
    r"\b(" + "|".join(_WEEKDAYS) + r"|weekend|today|yesterday|tonight|overnight|"
    r"morning|evening|night|week|month|year|" + "|".join(_MONTHS) + "|" + _DATE
    + r"|\d{4}|\d{1,2}:\d{2}|days?|hours?|later|earlier|ago|"
    r"since\s+(?:the\s+)?[\w’'-]+)\b", re.I)
# A day or date asked for, exact or not, is a day named: "over the weekend" names none (and a date is more than a
# weekday).
_DAY_ASKED = re.compile(r"\b(what|which) " + _EXACT + r"(?:day\b( of the week\b)?|dates?\b)", re.I)
_YEAR_ASKED = re.compile(r"\b(what|which) " + _EXACT + r"year\b", re.I)
_CLOCK_ASKED = re.compile(r"\b(?:what|which) " + _EXACT + r"time\b(?!\s+(?:period|frame|span))|\btime of day\b", re.I)
_CLOCK = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*(?:(?:am|pm)\b|[ap]\.m\.?)|\b(?:o'clock|noon|midday|midnight|dawn|dusk|"
                    r"morning|afternoon|evening|night|tonight)\b", re.I)
# "How long did the call last?": a duration, or a sentence saying how long ("wouldn't last very long").
_HOW_LONG = re.compile(r"\bhow long\b(?!\s+ago)", re.I)
# "a second wall", "a second day" are the next ones, not a second of time: seconds are counted in the plural only,
# and an ordinal is no word between the count and its unit.
_DURATION = re.compile(r"\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+"
                       r"(?:(?!(?:first|second|third|fourth|fifth|next|last)\b)\w+\s+)?"
                       r"(?:seconds|minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:long|briefly|"
                       r"short-lived|all night|all day|overnight)\b", re.I)
# "a day after they broke into the compound" tells when, not how long something lasted; it answers "How long
# after the strikes …?", "How long did it take …?". Not after "for" or "lasted": "stayed for two days before
# withdrawing".
_SPAN_BETWEEN = re.compile(r"\s+(?:after|before|later|earlier|ago)\b", re.I)
_LASTED = re.compile(r"\b(?:for|lasted|lasting)\s+$", re.I)
_HOW_LONG_BETWEEN = re.compile(r"\bhow long\b.*\b(?:after|before|since|until|till|later|earlier|between|take|took|"
                               r"taken)\b", re.I)
# "one of the worst attacks … in years" says how long it had been since, and only that.
_IN_YEARS = re.compile(r"\bin (?:weeks|months|years|decades)\b", re.I)
_SINCE_ASKED = re.compile(r"\bhow long\b.*\b(?:since|been)\b", re.I)


def _lasting(sentence: str, question: str) -> bool:
    """The sentence tells how long, as the question asks it: how long between two things, or how long one lasted."""
    between = bool(_HOW_LONG_BETWEEN.search(question))
    if _SINCE_ASKED.search(question) and _IN_YEARS.search(sentence):
        return True
    return any(between or not _SPAN_BETWEEN.match(sentence, m.end()) or _LASTED.search(sentence, 0, m.start())
               for m in _DURATION.finditer(sentence))


_DAY_NAMED = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tonight|" + "|".join(_MONTHS) + "|"
                        + _DATE, re.I)  # a year names no day
_NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]+")
_ROLE_RE = re.compile(r"\b(president|secretary|spokesman|spokeswoman|minister|premier|leader|officials?|"
                      r"witnesses|guards|marines|militia|group|protesters|demonstrators|agency|government|"
                      r"pentagon|white house)\b", re.I)
_WORD_RE = re.compile(r"[\w’'-]+")
# Nationalities are capitalised but name no one: "an American contractor" does not say who.
_DEMONYMS = frozenset("""american americans iraqi iraqis iranian iranians syrian syrians british french german
russian russians chinese israeli israelis saudi turkish kurdish afghan european arab arabs western us""".split())
# Nouns that count anything: "how many people" is answered by any count.
_ANY_COUNT = frozenset("people persons individuals times others".split())
# The articles saying a detail is not given: "without specifying what kind of ammunition was used".
_UNSPECIFIED = re.compile(r"\b(without (specifying|saying|naming|giving)|did(n't| not) (specify|say|name|give|disclose)|"
                          r"(was|were|is|are|has|have)( not|n't)( yet)? (known|clear|disclosed|identified|named|"
                          r"specified|released)|unclear|unknown|unidentified|unnamed|undisclosed|"
                          r"declined to (say|name|give|specify|comment))\b", re.I)
# The one or two words after "kind of", "how many", "which": the thing asked about.
_ASKS_IF_GIVEN = re.compile(r"^\s*(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:specif|say|said|name|give|gave|disclos|"
                            r"reveal|identif|state)\w*\s+(?:what|which|who|how|whether|the)\b", re.I)
# "Did US officials publicly name the American contractor …?": whether a name was given.
_NAMING_ASKED = re.compile(r"^\s*(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:name|named|identify|identified)\s+"
                           r"(?:the|an?|this|that|his|her|its|their)\s+((?:[\w’'-]+\s*){1,6})", re.I)
# "Was the American contractor … publicly named?": the same, asked in the passive.
_NAMED_ASKED = re.compile(r"^\s*(?:was|were|has|have|had)\s+(?:been\s+)?(?:the|an?|this|that|his|her|its|their)\s+"
                          r"((?:[\w’'-]+\s+){1,10}?)(?:(?:been|publicly|officially|ever|yet)\s+)*(?:named|identified)\b",
                          re.I)
_NAMING_TOLD = re.compile(r"\b(?:named|identified|identifies|identify)\b", re.I)
_THING = r"([\w’'-]+(?:\s+[\w’'-]+)?)"
_KIND_OF = re.compile(r"\b(?:kind|type|sort)s? of\s+" + _THING, re.I)
# "How many US embassy staff …": what is counted may take three words.
_COUNTED = re.compile(r"\b(?:how (?:many|much)|number of)\s+([\w’'-]+(?:\s+[\w’'-]+){0,2})", re.I)
# "Were any embassy staff hurt? How many?": a bare "how many" counts the "any" of the question before it.
_ANY = re.compile(r"\b(?:were|was|are|is|have|has|had|did)\s+any\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.I)
# "… in Syria vs Iraq", "in Syria, as opposed to Iraq", "in Syria and how many in Iraq": a count asked for each
# of two things.
_CONTRAST = re.compile(r"\b([\w’'-]+),?\s+(?:vs\.?|versus|as opposed to|compared (?:to|with))\s+"
                       r"(?:(?:in|at|on|from|to)\s+)?(?:the\s+)?([\w’'-]+)|"
                       # Between names only: "arrested rather than released" contrasts no two things counted.
                       r"\b((?-i:[A-Z])[\w’'-]+),?\s+(?:rather than|instead of)\s+(?:(?:in|at|on|from|to)\s+)?"
                       r"(?:the\s+)?((?-i:[A-Z])[\w’'-]+)|"
                       # "how many died in Syria and how many in Iraq": places by their prepositions, so in any case.
                       r"\b(?:in|at|on|from)\s+(?:the\s+)?([\w’'-]+),?\s+and\s+how many\s+(?:[\w’'-]+\s+){0,2}?"
                       r"(?:in|at|on|from)\s+(?:the\s+)?([\w’'-]+)", re.I)
_BARE_COUNT = re.compile(r"\bhow many\s*\?", re.I)
# "who is the US ambassador to Iraq", "the name of the military base where …": the role or thing named.
# "the name and title of the Iranian leader …" asks the name too.
# "Who was killed …", "Who was firing …" ask who, about an event: "killed" and "firing" are no roles.
# After "name of", a participle is the thing's adjective: "name of (the) killed US contractor".
_NAMED = re.compile(r"(?:\b(name)(?:\s+and\s+" + _ALSO_ASKED + r")? of\s+(?:(?:the|a|an)\s+)?"
                    r"(?:[a-z]+ed\s+(?!(?:in|at|on|of|by|to|for|from|with|who|which|that|were|was)\b)(?=[\w’'-]))?|"
                    # "who is behind the attack", "who is on the list": the thing after the preposition. Not so
                    # where someone is ("Who was at the gates overnight?"): those there are asked for.
                    r"^\s*who(?: is|['’]s| was| are| were)\s+(?!at\b|near\b)(?:(?:on|in|behind|of|to|for|from|with|"
                    r"by|into|about|among)\s+)?(the |a |an )?)(?![a-z]+(?:ed|ing)\b)"
                    r"((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
                    # "the name of the base the rockets hit on Friday": a clause without "that" ends it too.
                    r"(?=\s*[?,.;]|\s*$|\s+(?:that|who|which|where|whose|to|of|in|at|on|for|from|during|behind|"
                    r"by|the|a|an|[a-z]+ed|said|says)\b)", re.I)
# "What is the umbrella group called?", "What is called the military base where …": like "which", the
# thing to be picked out by its name.
_CALLED = re.compile(r"(?:^|[.?!]\s+)what(?:\s+is|['’]s|\s+was|\s+are|\s+were)\s+(?:called\s+)?"
                     r"(?:(?:the|a|an|that|this|these|those|its|their)\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
                     r"(?=\s*[?,.;]|\s*$|\s+(?:called|that|who|which|where|whose|to|of|in|at|for|from|during|behind|"
                     r"[a-z]+ed)\b)", re.I)
# "called" right after the thing, before the clause that says which: "What was the base called where the
# contractor died?". Not a time ("the meeting the premier called that evening").
_CALLED_NEXT = re.compile(r"\s+called\s+(?:where|which|who|whose|when|that(?!\s+(?:day|night|morning|evening|"
                          r"afternoon|week|time)\b))\b", re.I)
# "which base", "what military unit": the thing a specific name is wanted for.
# At the start, or after a dash: "Where are they coming from — which division …?".
_WHICH = re.compile(r"(?:^|(?<=[—–])|(?<=\s-)|(?<=--))\s*(?:from |in |at |to |on )?(?:which|what)\s+"
                    r"(?:of (?:the|these|those|its|their)\s+)?(?:(?:specific|exact|particular|precise|actual|named)\s+)?"
                    # A name before the thing may take two words: "which White House spokesperson" (not a verb
                    # after them: "Which US Senators criticized …").
                    r"((?-i:[A-Z])[\w’'-]+\s+(?-i:[A-Z])[\w’'-]+\s+(?-i:[a-z])(?![\w’'-]*(?:ed|ing)\b)[\w’'-]+|"
                    r"[\w’'-]+(?:\s+[\w’'-]+)?)", re.I)
_WHICH_WORD = re.compile(r"\bwhich\b", re.I)
# "Which named PMU official …", "which specific Iraqi official": one person, to be told by name.
_NAMED_ONE = re.compile(r"\b(?:which|what)\s+(?:specific|exact|particular|precise|actual|named)\b", re.I)
# "official" is no post word, and a "which official" question is asked as "which thing", not "who".
_INDIVIDUALS = frozenset("official officials".split())
# A person is told by a post or a title ("US Defense Secretary Mark Esper", "Mr Trump"), and a sentence whose doer
# is a body, naming neither, tells no person: "The … (PMU) umbrella group issued a statement".
_ONE_TOLD = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|president|secretary|spokes(?:man|woman|person)|ministers?|premier|leader|"
                       r"officials?|commanders?|chief|head|ayatollah)\b", re.I)
_BODY = re.compile(r"\b(?:group|groups|forces|militia|umbrella|ministry|department|agency|government|pentagon)\b",
                   re.I)
_HIS_NAME = re.compile(r"[.!?]\s+(?:what(?:\s+is|['’]s|\s+was)\s+(?:his|her)\s+(?:full\s+)?name|who\s+(?:is|was)\s+"
                       r"(?:he|she))\b", re.I)
_THE_ONE = re.compile(r"\b(?:the|an?|its|his|her|their)\s+(?=((?:[\w’'-]+\s*){1,6}))", re.I)   # may overlap
_WHOSE_NAME = re.compile(r"(?<![\w-])([\w-]+)['’]s\s+" + _NAME_WORD + r"\b|" + _KEYWORD_NAME, re.I)
_WHOM = re.compile(r"^\s*(?:who|whom)\s+(?:does|did|do)\b", re.I)   # "who has been …" asks who
# "Why didn't Iraqi security forces stop them" has its doer where "Why did …" has.
_WH_DID = re.compile(r"^\s*(?:when|where|why|how)\s+(?:(?:did|does|do|has|have|had|will|would|could|can)(?:n['’]?t)?|"
                     r"won['’]?t|cannot)\b", re.I)
_YES_NO = re.compile(r"^\s*(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)\b", re.I)
# "Who heads the umbrella group?" asks for its leader.
_WHO_LEADS = re.compile(r"^\s*who (?:actually |really |currently |now )?(?:heads|headed|leads|led|runs|ran|commands|"
                        r"commanded|chairs|chaired)\b", re.I)
# "Which division are the soldiers deployed from?", "From which base …": asks where something comes from.
# "… from, like 82nd airborne?": an example offered after it; "Where … flown in from before they arrived?": a time
# after it. "Where were the soldiers stationed before they were sent to Iraq?" asks where they came from too.
_ORIGIN = re.compile(r"^\s*from (which|what|where)\b|^\s*(which|what|where)\b.*(?:\bfrom|\w(?:ed|ing) out of)"
                     r"(?:\s*,\s*(?:like|say|such as|maybe|perhaps|e\.g\.?)\s*,?\s+[^,?]{1,30})?\s*\?*\s*$|"
                     r"^\s*where\b[^?,]*\bfrom\s*(?:[,?]|$|(?:before|after|when|while|prior)\b)|"
                     r"^\s*where\s+(?:was|were|are|is)\b[^?,]*\b(?:stationed|based|located|posted)\s+"
                     r"(?:before|prior\s+to)\s+(?:(?:[\w’'-]+\s+){1,3}?(?:was|were)\s+|being\s+)?"
                     r"(?:sent|deployed|moved|flown|dispatched|ordered)\b", re.I)
_GROUPS = frozenset("group groups militia militias organisation organization faction factions movement".split())
_FROM = re.compile(r"\bfrom\b|\w(?:ed|ing) out of\b", re.I)   # "deployed out of", not "750 out of 4,000"
# "Where in Syria …", "which city of Syria", "which Syrian towns": a place within a country, so the sentence
# must say where in it.
_TOWNS = r"cit(?:y|ies)|towns?|villages?|provinces?|districts?|neighbou?rhoods?"   # places smaller than a country
_PLACE = rf"(?:{_TOWNS}|regions?)"
_SITES = rf"(?:{_PLACE}|areas?|sites?|locations?|places?|targets?)"   # "which sites in Syria", not "which US sites"


def _which_of(words: str) -> re.Pattern[str]:
    """A "which/what" asking for one of `words`, with one word before it at most: in "Into which heavily guarded
    district …" the guarding is no event of the question."""
    return re.compile(rf"\b(?:which|what)\s+(?:[\w’'-]+\s+)?(?:{words})\b", re.I)


# "Which town or province were those positions in?": a place smaller than a country, by its name.
_TOWN_ASKED = _which_of(_TOWNS)
# "In which city is the military base that was hit …": the town of a thing named, which its sentence speaks of.
_TOWN_OF = re.compile(rf"^\s*(?:in\s+)?(?:which|what)\s+(?:{_TOWNS})\s+(?:is|was|are|were)\s+"
                      rf"(?:(?:the|an?|this|that)\s+)?([^?,]+)", re.I)
_SITE_WORD = re.compile(rf"{_SITES}|bases?|camps?", re.I)
_SITE_ASKED = _which_of(_SITE_WORD.pattern)
_DIRECTION = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
# "Which towns in western Iraq …": inside the country, in the part of it named.
_PART_ASKED = re.compile(rf"\b(?:in|of)\s+({_DIRECTION})\s+[a-z][\w’'-]+(?:\s+(?:and|or)\s+([a-z][\w’'-]+))?",
                         re.I)   # typed in lower case too: "which towns in western iraq"
_WHERE_IN = re.compile(rf"^\s*(?i:where (?:exactly |precisely )?in) ([A-Za-z][\w’'-]+)|"
                       rf"\b(?i:which|what) (?:[\w’'-]+ )?{_SITES}(?:\s+(?i:or|and)\s+{_SITES})?\s+(?i:in|of) "
                       rf"([A-Za-z][\w’'-]+)|"   # "Which town or city in Syria …"
                       # "which part of Baghdad", not "which parts of Trump's statement"
                       rf"\b(?i:which|what) (?i:parts?)\s+(?i:in|of) (?!(?:Mrs?|Ms|Dr)\b)([A-Z][a-z][\w-]*)"
                       rf"(?![\w’'-]|\s+[A-Z])|"
                       rf"\b(?i:which|what) ([A-Za-z][\w’'-]+) {_PLACE}\b")
# Words reports use for one post ("Iraq's premier", "the prime minister", "the PM") or for one kind
# of people ("how many fighters died" is answered by "25 militiamen dead").
# A defence minister is a defense secretary; a premier or a Pentagon chief is neither's other word (but a
# country's leader may be its premier: `_ALSO_A_LEADER`). A boss heads a body or a country ("the boss of Iran").
_POSTS = ("minister premier pm secretary", "secretary chief head boss", "leader ayatollah boss",
          "spokesman spokeswoman spokesperson")
_PEOPLE = ("troops soldiers forces personnel servicemen", "fighters militiamen militants gunmen combatants",
           "protesters protestors demonstrators")
# A news photo is credited as "Picture: …": who took it is the photographer asked for.
_PICTURES = ("picture photo photograph photographer pic",)
# A part of a city, by whichever word: "the fortified district in Baghdad" is its "heavily fortified Green Zone".
_QUARTERS = ("district zone quarter neighbourhood neighborhood enclave",)
# The first of a country's leaders, by whichever word: "Iran's top leader" is its supreme leader.
_FIRST_RANKS = ("supreme top highest",)
_WORD_GROUPS = _POSTS + _PEOPLE + _PICTURES + _QUARTERS + _FIRST_RANKS
_SYNONYM_GROUP = {w: tuple(dict.fromkeys(v for g in _WORD_GROUPS if w in g.split() for v in g.split()))
                  for g in _WORD_GROUPS for w in g.split()}
# A country's leader may be its premier; a premier asked about is not whoever leads (Iran's supreme leader).
_ALSO_A_LEADER = ("premier",)
_SYNONYM_GROUP["leader"] += _ALSO_A_LEADER
# A prime minister, however written: news may call him premier, and he is no secretary, though a defence minister
# is a defense secretary (`post_variants`).
PRIME_MINISTER = re.compile(r"\bprime[\s-]+minister(s?)\b", re.I)
_POST_WORDS = frozenset(w for g in _POSTS for w in g.split())
PICTURE_WORDS = frozenset(w for g in _PICTURES for w in g.split())
_SEARCHED_VARIANTS = _POST_WORDS | PICTURE_WORDS | frozenset(w for g in _QUARTERS for w in g.split())
# "A rocket attack killed a contractor. What was his name?": the first of the context's nouns for a person.
_PERSON = re.compile(r"(?:er|or|ist|man|men|ian|ent|ant)$|^(?:" + "|".join(
    w for g in _POSTS + _PEOPLE for w in g.split()) + ")$", re.I)
# Words that say only "a person": "the defense guy" is asked about by what stands before them.
_ANYONE = frozenset("guy guys person people man men woman women individual individuals dude fella bloke chap".split())
ANYONE = _ANYONE   # for retrieval: "the 750 guys" are whoever the articles count 750 of
# Fields a person works in, as a loosely worded question names them ("the defense guy", "the militia man").
_FIELDS = frozenset("""defense defence foreign military security intelligence militia embassy army navy pentagon
white house state justice treasury interior ministry department office agency""".split())
# Words before a post that name the post with it ("prime minister"): the post word is the noun.
_POST_QUALIFIERS = frozenset("prime supreme deputy foreign defense defence".split())
# "Why did the US hit them": a pronoun after a word shows that word to be the verb.
_OBJECTS = frozenset("them him her it us me you".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our your my".split())
# Doers no article need name as such: the reports themselves, and "the Iranian side" (Iran).
_GENERIC_DOERS = frozenset("coverage article articles report reports story stories piece pieces text side sides "
                         "camp".split())
_EVERYONE = frozenset("every everyone everybody anyone anybody someone somebody none nobody each all".split())
NO_ONE_NEW = _EVERYONE | {"people", "ppl"}   # for retrieval: "Did everyone leave?" after a context names no one new
_COPULAS = frozenset("is was are were".split())
_NOT_A_THING = frozenset("kind type sort part way reason role one ones country countries day days date dates time year years "
                         "besides else".split())


def question_type(question: str) -> str | None:
    """NUMBER, TIME, NAME, or None when any sentence might answer."""
    for kind, pattern in _TYPE_PATTERNS:
        if pattern.search(question):
            return kind
    return None


# "How many hours after the attack did the soldiers arrive?": the event asked is the main clause's, after the
# last "did" ("after the embassy was stormed did …"); "… passed between X and Y": Y's.
_GAP_MAIN = re.compile(rf"\bhow (?:many {_GAP_UNITS}|much time)\s+(?:after|before|later than|earlier than)\b.*\s"
                       r"(did|do|does)\s+(.+)$|\bbetween\b.*\sand\s+(.+)$", re.I)


def _main_event(question: str) -> str:
    """A gap question as a question of when its main clause's event happened: "When did the soldiers arrive?"."""
    if not asks_gap(question) or not (m := _GAP_MAIN.search(question)):
        return question
    return f"When {m.group(1)} {m.group(2)}" if m.group(1) else f"When did {m.group(3)}"


def asks_gap(question: str) -> bool:
    """The time between two events is asked: "How much time passed between the break-in and …?"."""
    return bool(_GAP_ASKED.search(question))


def is_yes_no(question: str) -> bool:
    """A question answered yes or no: "Did Iran admit …?", "Were any staff hurt?"."""
    return bool(_YES_NO.match(question))


def _same_word(a: str, b: str) -> bool:
    n = min(len(a), len(b), 5)
    return n >= 4 and a[:n].lower() == b[:n].lower()   # sliced first: this runs for every word of a sentence


_POSSESSIVE_END = re.compile(r"['’]s$")


def _unpossessed(word: str) -> str:
    """The word without a possessive's "'s": "Iraq's" -> "Iraq"."""
    return _POSSESSIVE_END.sub("", word)


def _head(phrase: str) -> str:
    """The phrase's last word, its "'s" dropped; for a word that says only "a person" ("the defense guy", "the
    Iran guy"), the word before it, which says which one."""
    words = [_unpossessed(w) for w in phrase.split()]
    # Only a name, a people or a field says which one: "the young man" and "the two men" are men.
    if len(words) > 1 and words[-1].lower() in _ANYONE and (
            words[-2][:1].isupper() or words[-2].lower() in _DEMONYMS | _FIELDS or is_country_word(words[-2])):
        return words[-2]
    return words[-1]


def _group_named(phrase: str) -> bool:
    """A group's name, of two capitalised words or more or in capitals ("Hashd Saabi", "PMU"), with no post, people or
    country in it ("Defense Secretary", "US Ambassador")."""
    words = phrase.split()
    return (len(words) > 1 or words[0].isupper() and len(words[0]) > 2) \
        and all(w.istitle() or w.isupper() for w in words) \
        and not any(w.lower() in _SEARCHED_VARIANTS | _DEMONYMS or names_country(w) for w in words)


@lru_cache(maxsize=1024)
def asked_about(question: str) -> tuple[str, ...]:
    """The words naming what a number or name is asked for: ("soldiers",) in "how many soldiers were sent"."""
    if m := _KIND_OF.search(question):
        words = _up_to_verb(_leading(m.group(1)))
        # "which kind of aircraft America sent": the name after the thing is who sent it.
        words = words[:1] + list(itertools.takewhile(lambda w: not w[:1].isupper() or words[0][:1].isupper(),
                                                     words[1:]))
        return (words[-1],) if words else ()
    m = _COUNTED.search(question)
    if m:
        return () if _only_deed(m.group(1)) else _counted(_up_to_verb(_leading(m.group(1))))
    if _BARE_COUNT.search(question) and (m := _ANY.search(question)):
        words = list(itertools.dropwhile(lambda w: w.lower() in _DEMONYMS, m.group(1).split()))
        return _counted(list(itertools.takewhile(lambda w: not _is_verb(w), _leading(" ".join(words)))))
    if m := _called(question):
        return (_head(m.group(1)),)
    # "iraq pm name" asks the PM's name; in "When was the contractor's name released?" the name is still his.
    if (m := _WHOSE_NAME.search(question)) \
            and (whose := m.group(1) or (m.group(2) if question_type(question) == NAME else None)) \
            and whose.lower() not in _DETERMINERS and not whose[:1].isupper():
        return (whose,)   # "the killed contractor's name"; "Khamenei's full name" is his, any name
    if m := re.search(_NAME_GIVEN + r"((?:[\w’'-]+\s*){1,6})", question, re.I):
        words = _up_to_verb(_leading(m.group(1)))
        return (_head(" ".join(words)),) if words else ()
    m = _NAMED.search(question)
    # "Who is Abbas Mousavi?" asks for a role, not a name: only a role or thing named is a focus. So does "Who is
    # the Hashd Saabi?", "the" before a group's name ("the PMU"), but not before a post ("the Defense Secretary").
    # "Who is the US sending …" asks whom a name does something to, of no one named.
    sending = m and not m.group(1) and len(words := m.group(3).split()) > 1 and words[0][:1].isupper() \
        and words[-1].islower() and words[-1].endswith("ing") \
        and bool(event_of(words[-1]) or irregular_forms(words[-1]) or question[m.end():].strip(" ?"))
    if m and not sending and (m.group(1) or not _group_named(m.group(3)) and (m.group(2) or not m.group(3).istitle())):
        # "the name of the base hit on Friday": the thing, not what was done to it.
        words = m.group(3).split()
        while len(words) > 1 and _is_verb(words[-1]):
            words.pop()
        return (_head(" ".join(words)),)
    if _WHO_LEADS.search(question):
        return ("leader",)
    words = _which_words(question)
    if words and re.search(r"['’]s$", words[-1]) and (after := _WORD_RE.findall(
            question[question.find(words[-1]) + len(words[-1]):])[:1]):
        return (after[0],)   # "Which news organisation's reporter …": a reporter, and whose
    if words and not words[-1][:1].isupper():
        return (words[-1],)
    # "… asked to leave by Iraq's prime minister. What is his name?": the name of the post held; but "Who does
    # the US president hold responsible?" asks whom the president blames.
    if question_type(question) == NAME and not _WHOM.match(question) and (owned := owned_role(question)):
        return (owned[1],)
    # "I read the American contractor killed in the attack was identified. What was his name?": the one the
    # context spoke of first.
    if m := _HIS_NAME.search(question):
        heads = (_up_to_verb(_leading(" ".join(_WORD_RE.findall(t.group(1))))) for t in _THE_ONE.finditer(question[: m.start()]))
        return next(((h[-1],) for h in heads if h and not h[-1][:1].isupper() and _PERSON.search(h[-1])), ())
    return ()


_AUXILIARY = r"(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can|should|might)"
_AUXILIARY_WORDS = frozenset(_AUXILIARY[3:-1].split("|"))
# The question's start, or its start after a clause that sets the scene: "In his tweet blaming Iran, what did …".
# A clause of a few words to a long line, with no comma or question in it.
_OPENING = r"^\s*(?:[^,?]{3,80},\s*)?"
# "What did Trump say Iran would pay": what is asked is the object of the verb reported. Lower case only: in "What
# did Trump say, and how will Iran respond?" the word after the modal is a name, no verb.
_SAID_WOULD = re.compile(_OPENING + r"what(?:\s+exactly|\s+precisely)? did .+? "
                         r"(?:say|said|tell|warn|claim|threaten)\b.*?\b(?:would|will|should|must|could)\s+"
                         r"(?:(?:not|never|soon|also|still|ever|really|have to|be able to)\s+)*((?-i:[a-z]+))\b", re.I)
# "What did Trump warn Iran", "How did Trump threaten Iran": the sentence answering mostly repeats the word ("This is
# not a warning, it is a threat"), whatever else it says.
_WARNED = re.compile(_OPENING + r"(?:what|how)(?:\s+exactly|\s+precisely)? did .+? "
                     r"(warn|threaten|promise|vow|pledge|demand)\b", re.I)
_NOT_ASKED = frozenset("exactly precisely actually really".split())   # "What exactly did the militia want?"


# "What is Mar-a-Lago?": the name asked about is all a sentence telling what it is can share with the question.
_DEFINED = re.compile(r"^\s*(?i:what)\s+(?i:is|are|was|were)\s+(?:(?i:the)\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                      r"\s*\?*\s*$")


def asked_word(question: str) -> tuple[str, ...]:
    """The word the sentence answering an open question holds: "threat" in "What threat did Trump make", "pay" in
    "What did Trump say Iran would pay", the name in "What is Mar-a-Lago?"."""
    if m := _DEFINED.match(question):
        return tuple(m.group(1).split())
    for pattern in (_SAID_WOULD, _WARNED):
        if (m := pattern.search(question)) and m.group(1).lower() not in STOPWORDS:
            return (m.group(1),)
    # "What set off the escalation" asks what did, not for a set: a thing asked is followed by its verb's
    # auxiliary ("What threat did Trump make").
    return tuple(w for w in asked_about(question) if w.lower() not in _NOT_ASKED
                 and re.search(rf"\b{re.escape(w)}\s+{_AUXILIARY}\b", question, re.I))


# "which news agency", "to what wire", "which Iraqi security forces unit": up to four words after which/what,
# anywhere in the question (after a clause of context too: "In the article that cites witnesses, which news
# agency …").
_WHICH_ANYWHERE = re.compile(r"\b(?:which|what)\s+((?:[\w’'-]+\s*){1,4})", re.I)


def _which_phrases(question: str) -> list[list[str]]:
    """The words after each which/what, up to the first function word: [["news", "agency"]] in "which news agency
    reported …"."""
    return [_leading(m.group(1)) for m in _WHICH_ANYWHERE.finditer(question)]


@lru_cache(maxsize=1024)  # asked of every candidate sentence of an open question
def kinds_asked(question: str) -> frozenset[str]:
    """The words naming kinds of the thing a which/what question asks for: dpa, AFP … for "which news agency
    reported …" (the first word before a function word whose kinds are listed)."""
    for words in _which_phrases(question):
        if kinds := next((k for w in words if (k := kinds_of(w))), None):
            return kinds
    return frozenset()


def _verb_form(word: str) -> bool:
    """A verb's participle or past, regular or not, or a form of a deed the articles report: "hit", "struck",
    "taken", "camped", "sheltering"."""
    return _is_verb(word) or word.lower().endswith("ing") or bool(irregular_forms(word))


# "Where were the funerals held …", "Where is Kataib Hezbollah's headquarters?": the thing whose place is asked, up to
# a word that says how it stands there or a preposition. A participle ("camped", "sheltering") is what was done there.
_PLACED = re.compile(r"^\s*where\s+(?:is|are|was|were)\s+(?P<np>[^?,;:]*?)(?=\s+(?:held|located|based|situated|"
                     r"to(?=\s+(?:the|an?|its|his|her|their|(?-i:[A-Z])))|in|for|of|near|from|on|at|by|when|while|after|"
                     r"before|during|now|today)\b|\s*[?,;:]|\s*$)",
                     re.I)


# "the handful of American diplomats": a quantity of the thing, which stands after it.
_QUANTITY_OF = re.compile(r"\b(?:handful|number|group|couple|lot|lots|dozens|hundreds|thousands|few|pair|rest|most|all|"
                          r"some|many|one|two|three)\s+of\s+(?:the\s+)?", re.I)


def placed_thing(question: str) -> tuple[str, ...]:
    """The thing a "Where is …?" question asks the place of, and any superlative that picks it out: ("base",
    "nearest") in "Where is the nearest US military base to the embassy?". None where the place of a deed is asked
    ("Where were the diplomats sheltering?", "Where was the contractor killed?")."""
    if not (m := _PLACED.match(_QUANTITY_OF.sub("", question))):
        return ()
    words = [_unpossessed(w) for w in _WORD_RE.findall(m["np"])]
    if words and words[-1].lower() == "headquartered":
        # "Where is the militia headquartered?": the word itself, which no article has, marks the detail they lack.
        return (words[-1],)
    # "Where was the contractor killed exactly n when": the place of a deed, asked of no thing.
    if not words or any(_verb_form(w) for w in words) or len(words[-1]) < 3:
        return ()
    return (words[-1], *(w for w in words[:-1] if w.lower().endswith("est") and len(w) > 5))


def bodies_asked(question: str) -> tuple[str, ...]:
    """The words after which/what naming a body known by its name: ("hospital",) in "to which hospital were …"."""
    return tuple(w for words in _which_phrases(question) for w in words if w.lower() in BODIES)


# "Were the soldiers being deployed an armored brigade?": what a copular claim says something was.
_CLAIMED_THING = re.compile(r"^\s*(?:was|were|is|are)\b(?:.*\b(?P<before>[\w-]+))?\s+(?:an?|the)\s+"
                            r"(?:[\w-]+\s+){0,2}(?P<thing>[\w-]+)\s*\?\s*$", re.I)
# "Were more troops expected beyond the initial contingent?": a thing after these is what the claim is measured
# against, not what it says something was.
_REFERENCE_POINT = frozenset("beyond than besides after before since until past".split())


@lru_cache(maxsize=1024)  # asked of every candidate sentence of a claim
def kinds_claimed(question: str) -> frozenset[str]:
    """The kinds a yes/no claim names with those listed beside them: "Were the soldiers an armored brigade?"
    names a unit, and a sentence naming another kind of unit ("an infantry battalion") tells it otherwise."""
    # The thing the claim says something was, at its end: not a subject ("Did the Marines guard …?"), nor a
    # quote's words ("Long live Iran" names no ammunition) or a name's ("Revolutionary Guard Corps").
    m = _CLAIMED_THING.match(unquoted(question))
    if not m or m["thing"][:1].isupper() or (m["before"] or "").lower() in _REFERENCE_POINT:
        return frozenset()
    return kinds_beside(m["thing"]) or frozenset()


def names_kind(sentence: str, kinds: frozenset[str]) -> bool:
    """The sentence has one of the words naming kinds of a thing ("battalion" for "unit", "dpa" for "agency")."""
    return any(w.lower() in kinds for w in _words(sentence))


def _called(question: str) -> re.Match | None:
    """The "what is the X called" of a question, if it has one."""
    m = _CALLED.search(question)
    if m and not (re.search(r"\bcalled\s*\??\s*$|\bis called\b", question, re.I)
                  or _CALLED_NEXT.match(question, m.end(1))):
        return None
    return m if m and m.group(1).lower() != "called" else None   # "What is this called?" names no thing


def _asks_which(question: str) -> bool:
    """A question asking which one: "which base", "what is that area called"."""
    return bool(_WHICH_WORD.search(question) or _called(question))


def _counted(words: list[str]) -> tuple[str, ...]:
    """The words naming the thing counted, without short ones and nouns that count anything ("people")."""
    return tuple(w for w in words if len(w) > 3 and w.lower() not in _ANY_COUNT)


def kinds_listed(question: str) -> bool:
    """A "what kind of X" question whose kinds of X are known ("unit": battalion, brigade …)."""
    focus = asked_about(question) if question_type(question) == KIND else ()
    return bool(focus) and kinds_of(focus[-1]) is not None


def answer_shown(question: str) -> bool:
    """What answers can be told from the sentence alone: a kind listed of the thing asked about ("an infantry
    battalion" for "what kind of unit"), or a name beside a country's post ("Iraq's premier Adel Abdel-Mahdi")."""
    return kinds_listed(question) or (question_type(question) == NAME and owned_role(question) is not None)


@lru_cache(maxsize=1024)
def _which_words(question: str) -> tuple[str, ...]:
    """The words after "which" up to the first function word: ("hardline", "groups") in "which hardline groups"."""
    m = _WHICH.search(question)
    return tuple(_leading(m.group(1), _NOT_A_THING)) if m else ()


_AMOUNTS = frozenset("additional extra more further other new several".split())
# "What date is the second report dated?": a report counted in order is one of the articles, no reporting asked.
_ORDINALS = frozenset("first second third last latest earlier later former".split())
_REPORT_NOUNS = frozenset("report reports".split())   # the one word for an article that is also an event
# Verbs whose object names the deed: "make comments", "issue a statement", "give a speech".
_LIGHT_VERBS = frozenset("make makes made issue issues issued give gives gave deliver delivers delivered".split())
# Past forms not ending in "-ed", of the verbs `event_verbs` groups.
_IRREGULAR_PASTS = frozenset("sent shot struck broke broken told said withdrew withdrawn fell fallen overthrew "
                             "overthrown built slain burnt".split())


def _participle(word: str) -> bool:
    """A past form: "stormed", "sent" (as a participle, "the helicopters sent to …")."""
    return word.lower().endswith("ed") or word.lower() in _IRREGULAR_PASTS


# "What date is given at the top of the second report on the embassy protests?": what a report is about, ending the
# question, is not what is asked of it. A past form is no word of a topic: "the report about the deployment
# published" dates the deployment's report, which must then tell it; "reports of protesters shot" asks of shooting.
_TOPIC_WORD = r"(?![\w’'-]*ed\b|(?:" + "|".join(sorted(_IRREGULAR_PASTS)) + r")\b)[\w’'-]+"
_ARTICLE_TOPIC = re.compile(r"\b(?:articles?|reports?|stor(?:y|ies)|pieces?|coverage)\s+(?:on|about|of|covering)\s+"
                            rf"(?:the\s+)?(?:{_TOPIC_WORD}\s+){{0,3}}?{_TOPIC_WORD}(?=\s*[?.;]*\s*$)", re.I)


_CONVERSATION = re.compile(r"\bwith\b|\bphon", re.I)


@lru_cache(maxsize=1024)
def asked_event(question: str) -> str | None:
    """The kind of event a count or time is asked about: "arrest" in "how many protesters were arrested?".

    Its first verb after the thing counted; a word after a determiner ("those strikes") is a noun.
    A verb of saying frames a later one: "how many does the militia say were hurt" asks about wounding.
    """
    question = _ARTICLE_TOPIC.sub("", deeds_read(question))
    m = _COUNTED.search(question)
    # After the thing counted, whose first word may be a participle: "how many wounded protesters were arrested".
    words = _WORD_RE.findall(question[m.start(1):])[0 if _only_deed(m.group(1)) else 1:] if m \
        else _WORD_RE.findall(question)
    whole, words = words, _before_relative(words)
    # "… already in Iraq before the new ones were sent": a clause of time sets the scene, the sending is not asked.
    main = list(itertools.takewhile(lambda w: w.lower() not in _SCENE, words))
    if main != words and _STOCK.search(" ".join(main)) and not events_in(" ".join(main)):
        return "station"
    # "When did the militia ask the crowds to leave?" asks about the asking, not a leaving; but in "how many
    # showed up to protest" the protest is all there is.
    # A word after a determiner is a noun ("those strikes"), as after a word of amount ("additional attack
    # helicopters"), unless a verb makes the noun its deed ("make his comments").
    found = [(i, prev, w) for i, (before, prev, w) in enumerate(zip(["", "", *words], ["", *words], words))
             if event_of(w) and (prev.lower() not in _DETERMINERS | _AMOUNTS or before.lower() in _LIGHT_VERBS)
             and not (prev.lower() in _ORDINALS and w.lower() in _REPORT_NOUNS)]
    # "When did the helicopters sent to protect the embassy arrive?": after "did" the deed is in its plain form; a
    # participle between "did" and it tells which helicopters. Not one before "did" ("How many rockets were
    # fired, and where did they land?") nor after the plain verb ("does the report say the citizen was killed").
    did = next((i for i, w in enumerate(words) if w.lower() in ("did", "does", "do")), None)
    plain = next((i for i, _, w in found if did is not None and i > did and not _participle(w)), None)
    pairs = [(prev, w) for i, prev, w in found if not (plain is not None and did < i < plain and _participle(w))]
    events = [event_of(w) for prev, w in pairs if not is_infinitive(prev, w)] or [event_of(w) for _, w in pairs]
    if not events and _STOCK.search(question) and not events_in(question):
        return "station"   # "how many troops were already in Iraq": those there, not those sent
    if not events and len(words) < len(whole) and any(w.lower() in ("did", "does", "do") for w in words):
        events = _deed_after_clause(whole[len(words):])
    event = next((e for e in events if e not in ("say", "talk")), events[0] if events else None)
    # Speaking to reporters or about the protests is saying; speaking with someone, or by phone, is a talk.
    return "say" if event == "talk" and not _CONVERSATION.search(question) else event


def _deed_after_clause(rest: list[str]) -> list[str]:
    """The deed a "did" asks after a relative clause (`rest`, from its "that", "which" or "who"), in its plain
    form: "When did the hardline groups that refused the PMU's call finally leave?" asks of leaving. The last
    such form: "the soldiers that the Pentagon said it would send arrive" asks of arriving. No participle ("the
    strikes that killed 25 happen"), no plural noun, no noun a determiner opens ("the militia that preceded the
    embassy protest")."""
    plain = [event_of(w) for i, (prev, w) in enumerate(zip(["", *rest], rest))
             if event_of(w) and not _participle(w) and not w.lower().endswith("s") and not is_infinitive(prev, w)
             and not any(v.lower() in _DETERMINERS | _AMOUNTS for v in rest[max(1, i - 2):i])]
    return plain[-1:]


def _before_relative(words: list[str]) -> list[str]:
    """The words before a relative clause: "the strikes on the militia that preceded the protests" tells which
    strikes; the protests are not what is asked about. "say that …" is no relative clause."""
    for i, (prev, w) in enumerate(zip(words, words[1:]), 1):
        if w.lower() in ("that", "which", "who") and prev.lower() not in STOPWORDS and not _is_verb(prev):
            return words[:i]
    return words


# A count of those present, asked without a verb of any event: "already in Iraq", "in total", "does it have".
_SCENE = frozenset("before after since until while when once".split())
# "How many people were inside the embassy when it was stormed?" counts those there, not those who stormed it.
_STOCK = re.compile(r"\b(?:already|currently|in total|total number|altogether|in all)\b|"
                    r"\b(?:were|was|are|is)\s+(?:\w+ly\s+)?inside\b|\b(?:before|prior to) "
                    r"(?:this|that|these|the)\b|\b(?:does|do|did)\s+(?:the\s+)?[\w.]+\s+have\b", re.I)


_NOT_AFTER_VERB = frozenset("to of in on at for from with by about into over than as what which".split()) | _DETERMINERS
# Verbs that end like an adverb: "When did Trump fly back …" asks of flying.
_LY_VERBS = frozenset("fly reply apply supply comply rely imply ally rally tally multiply".split())


@lru_cache(maxsize=1024)
def verb_slots(question: str) -> tuple[str, ...]:
    """Words of a question that stand where its verb may: "end" in "When did they finally end the sit-in?".

    Not after "to" (asked for, not done), a determiner or a preposition (nouns), and no "-ly" adverbs.
    """
    words = _WORD_RE.findall(question)
    return tuple(w for prev, w in zip(["", *words], words)
                 if prev.lower() not in _NOT_AFTER_VERB and w.islower()
                 and (not w.endswith("ly") or w.lower() in _LY_VERBS))


# "When did Trump fly back to Washington after the embassy attack?": the clause after the deed only dates it.
# Not "until" or "since", which bound the time asked ("How many hours did it take until the embassy was reopened?"),
# and not past a comma ("When did the militia leaders, who had been camping outside since Tuesday, withdraw?").
_SCENE_AFTER_DID = re.compile(r"\b(?:did|does|do)\b[^,]+?\s(?=(?:" + "|".join(sorted(_SCENE - {"until", "since"}))
                              + r")\b)", re.I)


def before_scene(question: str) -> str:
    """The question up to a clause of time after its "did" and deed: "When did Trump fly back to Washington"
    of "… after the embassy attack?"; the whole question when it has none."""
    m = _SCENE_AFTER_DID.search(question)
    return question[:m.end()].rstrip() if m else question


# "What happened in the Iraqi parliament?", "What happened to oil prices?": where or to what it happened.
_HAPPENED = re.compile(r"^\s*what\s+(?:happened|occurred|went\s+on|took\s+place)\s+(?:in|at|to|inside|with)\s+"
                       r"(?:the\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s*(?:\?|$|\b(?:on|after|before|during|when|"
                       r"while|over|in|at|since|as)\b)", re.I)
# What was done to the thing ("the militiamen hit in …"), and times ("in Baghdad yesterday"), end its name.
_DONE_FORMS = frozenset("hit shot put set cut hurt struck".split())
_TIME_WORDS = frozenset("yesterday today tonight tomorrow morning afternoon evening night afterwards aftermath "
                        "meantime end meanwhile later earlier week weekend then".split() + _WEEKDAYS + _MONTHS)


def happened_at(question: str) -> tuple[str, ...]:
    """The words of where or to what a "what happened" question asks: ("Iraqi", "parliament") in "What happened in
    the Iraqi parliament on Wednesday?"."""
    if not (m := _HAPPENED.match(question)):
        return ()
    words = _WORD_RE.findall(m.group(1))
    # "in the end": no place.
    done = next((i for i, w in enumerate(words) if (i and (w.lower().endswith("ed") or present_of_past(w)
                                                            or w.lower() in _DONE_FORMS))
                 or w.lower() in _TIME_WORDS), len(words))
    return tuple(words[:done])


# "What happened to the contractor?" is told by a deed done to it, in the same clause: its verb a few words before the
# thing ("killed an American civilian contractor") or, passive, just after it ("75 protesters were wounded"). Only
# deeds that befall someone or something: words said to him, or a gathering outside it, are nothing that happened.
_HAPPENED_TO = re.compile(r"^\s*what\s+(?:happened|occurred)\s+to\b", re.I)
_DEED_TO_THING = 4
_PASSIVE = frozenset("was were been being is are got".split())
_BEFALLING = frozenset("kill wound arrest attack shoot burn send station fall".split())


# "What happened when more crowds arrived …?", "what the crowds did when more of them arrived …": what happened is
# told beside the deed of the when-clause. Not "as" ("What happened as a result of …?", "such as").
_WHAT_WHEN = re.compile(r"^\s*what\b[^?]*?\s(?:when|once)\s+([^?]+)", re.I)


@lru_cache(maxsize=8192)  # asked of every candidate sentence of such a question
def tells_when_deed(sentence: str, question: str) -> bool:
    """A "what … when X did" question, and the sentence tells X's deed: "… fired tear gas on Wednesday as more
    crowds arrived and lit a fire …" for "What happened when more crowds arrived?"."""
    if not (m := _WHAT_WHEN.match(question)) or not (deeds := events_in(m.group(1), asked=True)):
        return False
    return deeds <= events_in(sentence)


@lru_cache(maxsize=8192)  # asked of every candidate sentence, and sentences recur, as for `tells_day_of`
def tells_done_to(sentence: str, question: str) -> bool:
    """The sentence tells a deed done to what a "What happened to X?" question asks of."""
    if not _HAPPENED_TO.match(question) or not (thing := happened_at(question)):
        return False
    head = _unpossessed(thing[-1].lower())
    heads = {head, head + "s", head.removesuffix("s")}

    def deed(prev: str, w: str) -> bool:
        return event_of(w) in _BEFALLING and not is_infinitive(prev, w)

    for clause in _CLAUSE_BREAK.split(deeds_read(sentence)):
        words = [_unpossessed(w) for w in _WORD_RE.findall(clause)]
        pairs = list(zip(["", *words], words))
        for i, w in enumerate(words):
            if w.lower() not in heads:
                continue
            if any(deed(prev, v) for prev, v in pairs[max(0, i - _DEED_TO_THING):i]):
                return True
            after = words[i + 1:i + 3]
            if len(after) == 2 and after[0].lower() in _PASSIVE and not after[1].lower().endswith("ing") \
                    and deed(after[0], after[1]):
                return True
    return False


@lru_cache(maxsize=1024)
def yes_no_actor(question: str) -> tuple[str, ...]:
    """The noun naming who or what a yes/no question is about: "parliament" in "Did the Iraqi parliament vote …?".

    None when the subject is a name ("Did Khamenei say …"): unknown names are judged as names.
    """
    # "When did the Iraqi parliament vote …" has a doer as much as "Did the Iraqi parliament vote …".
    m = _YES_NO.match(question) or _WH_DID.match(question)
    if not m or m.group(0).split()[-1].lower() in _COPULAS:   # "Was tear gas used …": what was done, not who did
        return ()
    # "Does either article say …": the article is the subject, and no doer ("either militia" is the militia); "this
    # whole escalation" is the escalation.
    words = list(itertools.dropwhile(lambda w: w.lower() in _DETERMINERS | {"either", "neither", "whole", "entire"},
                                     _WORD_RE.findall(question[m.end():])))
    # "the Iraqi parliament", "Iraq's parliament": a people or a country's possession before the noun.
    dropped, owner = False, ""
    while words and (words[0].lower() in _DEMONYMS or re.search(r"['’]s$", words[0])):
        owner, words, dropped = _unpossessed(words[0]), words[1:], True
    if dropped and words[1:2] and words[1].lower() in _DETERMINERS | _OBJECTS:
        return ()   # "Why did the US bomb the militia", "… hit them": the people itself does it; "bomb" is the verb
    if dropped and words and m.group(0).split()[-1].lower() in ("has", "have", "had") and _verb_form(words[0]):
        return ()   # "How has the US reinforced …": a participle after the perfect's subject is its verb
    if (not words or words[0][:1].isupper() or words[0].lower() in STOPWORDS | _EVERYONE | _GENERIC_DOERS
            or words[1:2] == ["been"]):   # "Have staff been pulled out": done to them
        return ()
    if words[0].lower() in _POST_QUALIFIERS and words[1:2] and words[1].lower() in _POST_WORDS:
        return (words[1],)   # "How did Iraq's prime minister …": a minister, whom an article may call premier
    if (owner and _country(owner) not in _COUNTRIES and not is_country_word(owner)
            and words[0].lower() in _FIELDS and words[1:2] and words[1].lower() in _SYNONYM_GROUP):
        # "the embassy's security forces" are forces at the embassy; "Iraqi security forces" a body of Iraq's.
        return (words[1],)
    return (words[0],)


_SAID_BY = re.compile(r"\b(?:did|does|do|has|have)\s+(?:the\s+)?((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
                      r"(?:say|claim|report|announce|estimate)\b|\baccording to\s+(?:the\s+)?"
                      r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")


@lru_cache(maxsize=1024)
def said_by(question: str) -> tuple[str, ...]:
    """The names of whoever a question says gave a figure: ("Pentagon",) in "How many … did the Pentagon say …"."""
    m = _SAID_BY.search(question)
    words = (m.group(1) or m.group(2)).split() if m else []
    return tuple(w for w in words if w.lower() not in _DEMONYMS)


_PLURAL = re.compile(r"[a-z]{2,}[^\Ws]s", re.I)   # "countries", "Americans"; not "US", "press", "Hezbollah's"


def _any_missing(sentence: str, question: str) -> bool:
    """"Were any embassy staff hurt?": the sentence does not speak of staff (though of 75 wounded protesters)."""
    m = _ANY.match(question)
    # "Did any of the 75 protesters …": those among the protesters.
    # "Did any (of the) other countries close …": countries, others than those told.
    phrase = re.sub(r"^(?:of\s+(?:(?:the|those|these|their)\s+)?)?(?:\d[\d,]*\s+)?(?:other\s+)?", "",
                    m.group(1)) if m else ""
    words = list(itertools.takewhile(lambda w: not _is_verb(w), _leading(phrase)))
    # The thing ends at its plural: "countries close their …" asks of countries, whatever "close" is.
    if (plural := next((i for i, w in enumerate(words) if _PLURAL.fullmatch(w)), None)) is not None:
        words = words[:plural + 1]
    if not words:
        return False
    head = words[-1]
    if head.lower() in _ANY_COUNT:   # "Were any people hurt?": anyone counts
        return False
    if head.lower() in _DEMONYMS:   # "Were any Americans hurt?": a US citizen, an American contractor
        return not any(_country(w) == _country(head) for w in _words(sentence))
    return not _positions(_words(sentence), (head,))


# "Who was guarding …", "Who stormed …", "Who was killed …", "Who has been arrested …": the deed asked about, by
# its verb right after "who" (and "been").
_WHO_DID = re.compile(r"^\s*who\s+(?:(?:is|are|was|were|had|has|have)\s+(?:been\s+)?)?([a-z]+)\b", re.I)
# "Which US force was guarding the embassy?": who was doing it, asked of a kind of doer.
_WHICH_DOING = re.compile(r"^\s*(?:which|what)\s+(?:[\w’'-]+\s+){1,3}?(?:is|are|was|were)\s+([a-z]+ing)\b", re.I)


def _deed_asked(question: str) -> re.Match | None:
    """The verb after "who", or the ongoing deed of a "which troops were …ing" question, as group 1."""
    return _WHO_DID.match(question) or _WHICH_DOING.match(question)


def _present_deed(m: re.Match) -> str | None:
    """"Who guards the embassy?": straight after "who", an "-s" form is read as the verb it or its "-ing" form is
    ("strikes", "striking"; "fires", "firing")."""
    word = m.group(1).lower()
    if len(m.group(0).split()) != 2 or not word.endswith("s") or word.endswith("ss"):
        return None
    return event_of(word) or event_of(word[:-1] + "ing") or event_of(word[:-2] + "ing")


def _deed(question: str) -> str | None:
    """The kind of deed a who-question asks about. Not saying: a quotation's speaker may be named in another
    sentence. Not ordering: "Who ordered the strikes?" asks who gave the order, and those sent do not answer."""
    m = _deed_asked(question)
    if not m or m.group(1).lower().startswith("order"):
        return None
    event = event_of(m.group(1)) or _present_deed(m)
    return None if event in ("say", "talk") else event


_WHO_WAS = re.compile(r"^\s*who\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s", re.I)
_PLAIN_SAYING = frozenset("said stated told reported added noted".split())
# Asking someone to do something goes by many words: "Who urged the protesters to leave?" is answered by
# "despite appeals from Iraq's premier". Not "asked" or "called", which say much else besides.
_PLEADING = ("urged", "appealed", "pleaded", "implored", "begged")


def deed_words(question: str) -> tuple[str, ...]:
    """The verb of a "who did it" question, as asked, and its near synonyms: "appealed" in "Who appealed to the
    protesters to leave?"; "urged" brings "appealed".

    Only regular past forms ("-ed"), "-ing" after "was" and "-s" straight after "who", which read as the verb
    and not a noun. Not plain saying, which nearly every sentence reports; other ways of saying ("appealed",
    "warned") are the word to find, so not `_deed`'s rule, which leaves out every verb of saying.
    """
    m = _deed_asked(question)
    word = m.group(1).lower() if m else ""
    # "Who was guarding the embassy?", "Which troops were guarding it?": after "was", an "-ing" form is the verb too.
    ongoing = word.endswith("ing") and event_of(word) is not None \
        and (_WHO_WAS.match(question) or m.re is _WHICH_DOING)
    present = m and _present_deed(m) not in (None, "say", "talk")
    if not (word.endswith("ed") or ongoing or present) or word in _PLAIN_SAYING:
        return ()
    return _PLEADING if word in _PLEADING else (word,)


def _post_missing(sentence: str, question: str) -> bool:
    """"Did Iraq's premier condemn the airstrikes?": a country's post is the doer, and the sentence has neither
    that post nor the country (Tehran blasting Washington, "Defense Secretary Esper").

    A sentence naming the holder alone ("Abdel-Mahdi denounced …") counts as missing it too: the check reads one
    sentence, not who holds the post.
    """
    if not (owned := owned_role(question)) or not (doer := yes_no_actor(question)) \
            or doer[0].lower() not in post_words(owned[1]):
        return False   # "Did the protesters demand the resignation of Iraq's prime minister?": not the doer
    return not holds_owned_role(sentence, *owned) and not any(_country(w) == owned[0] for w in _words(sentence))


def _is_verb(word: str) -> bool:
    return event_of(word) is not None or word.lower().endswith("ed")


def _both_told(sentence: str, words: tuple[str, ...], contrasted: list[str]) -> bool:
    """"killed in Syria, as opposed to Iraq": a count for each, so both named. Two deeds ("wounded, as opposed to
    killed") are told by any word of each ("dead"); two words of one deed ("the strikes, as opposed to the
    attacks") only as written, or one word would stand for both."""
    events = [event_of(w) for w in contrasted]
    by_event = None not in events and len(set(events)) == len(events)
    told = events_in(sentence) if by_event else frozenset()
    return all(_positions(words, (w,)) or e in told for w, e in zip(contrasted, events))


def _only_deed(counted: str) -> bool:
    """"how many died in the strikes", "how many killed?": a deed counted, no thing named. A participle before a
    noun names the thing: "how many wounded protesters"."""
    words = _leading(counted)
    return len(words) == 1 and event_of(words[0]) is not None and words[0].lower().endswith("ed")


# An adverb by its ending: "specifically", "immediately", "exactly"; not "assembly", "supply", "weekly", "deadly".
_ADVERB = re.compile(r"(?:ical|ous|ive|ent|ant|ed|ing|ful|less|ate|ct|ual|ar|ib|ab|al)ly$")


def _up_to_verb(words: list[str]) -> list[str]:
    """A thing named after "how many" or "what kind of" ends at its verb: "fighters" in "fighters died", "troops"
    in "additional troops coming days" (an "-ing" after a plural is its verb; "training camps" is one thing)."""
    kept = words[:1]
    for prev, w in zip(words, words[1:]):
        if _is_verb(w) or (w.lower().endswith("ing") and len(w) > 5 and prev.lower().endswith("s")):
            break
        # An irregular past ("unit made up the deployment") or an adverb ("unit specifically was …") is past it.
        if present_of_past(w) or (w.islower() and _ADVERB.search(w)):
            break
        kept.append(w)
    return kept


def _leading(phrase: str, stop: frozenset[str] = frozenset()) -> list[str]:
    """The words of `phrase` before its first function word (or word of `stop`): "militia fighters were" -> 2."""
    words = []
    for w in phrase.split():
        if w.lower() in STOPWORDS or w.lower() in stop:
            break
        words.append(w)
    return words


# The names rag.corrections reads claims with.
NUMBER_RE, WEEKDAYS, MONTHS = _NUMBER_RE, frozenset(_WEEKDAYS), frozenset(_MONTHS)
_DAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)


def asks_day(question: str) -> bool:
    """"On which day of the week …", "what date …": a day or date is the answer."""
    return bool(_DAY_ASKED.search(question))


# How far after its deed a weekday still dates it: "stormed entrances to the embassy on Tuesday".
_DEED_TO_DAY = 6
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")


_AS_TO_DEED = 4   # words from "on Wednesday as" to the deed it dates: "as more crowds arrived"


@lru_cache(maxsize=8192)  # asked of every candidate sentence of a day question, and sentences recur
def tells_day_of(sentence: str, event: str | None, question: str = "") -> bool:
    """The sentence tells a deed of the kind asked and a weekday a few words after it: "whose supporters attacked
    the US embassy on Tuesday" for the day of the attack, not "the Pentagon said on Tuesday, after a crowd
    attacked the US embassy"; or the deed, by those the `question` names, as a dated deed happened."""
    if event is None:
        return False
    # Within one clause ("The crowd attacked the embassy; Trump tweeted on Tuesday" dates the tweet), and a deed
    # told as done ("asking crowds to leave the embassy on Wednesday" dates the asking).
    asked = {w.lower() for w in _WORD_RE.findall(question)} | STOPWORDS
    for clause in _CLAUSE_BREAK.split(deeds_read(sentence)):
        words = _WORD_RE.findall(clause)
        if any(event_of(w) == event and not is_infinitive(prev, w) and _day_next(words[i + 1:i + 1 + _DEED_TO_DAY])
               for i, (prev, w) in enumerate(zip(["", *words], words))):
            return True
        # "… fired tear gas on Wednesday as more crowds arrived": what happened as the day's deed did, that day,
        # to those the question asks of ("What day did more crowds arrive?", not "… the troops arrived?").
        for i, w in enumerate(words):
            if w.lower() in _WEEKDAYS and words[i + 1:i + 2] == ["as"]:
                doers = list(itertools.takewhile(lambda v: event_of(v) != event, words[i + 2:i + 2 + _AS_TO_DEED]))
                if len(doers) < min(_AS_TO_DEED, len(words) - i - 2) and doers \
                        and all(v.lower() in asked for v in doers):
                    return True
    return False


def _day_next(words: list[str]) -> bool:
    """A weekday among the words, before any other deed: "the militia that attacked the embassy said on Wednesday"
    dates the saying."""
    rest = itertools.takewhile(lambda w: event_of(w) is None, words)
    return any(v.lower() in _WEEKDAYS for v in rest)


@lru_cache(maxsize=8192)  # asked of every candidate sentence, and sentences recur across queries
def days_named(text: str) -> frozenset[str]:
    """The weekdays a text names, lower-cased: {"wednesday"} for "… on Wednesday as more crowds arrived"."""
    return frozenset(m.lower() for m in _DAY_WORD.findall(text))


def names_country(word: str) -> bool:
    """A country, or its people: "Syria", "America", "US", "Iranian"."""
    return _country(word) in _COUNTRIES or is_country_word(word)


def other_countries(a: str, b: str) -> bool:
    """Both words name a country or its people, and not the same one: "Iraqi" and "US"."""
    return names_country(a) and names_country(b) and _country(a) != _country(b)


def positions(words: tuple[str, ...], asked: tuple[str, ...]) -> list[int]:
    """Where the words asked about, or other words for the same post or people, stand among a sentence's."""
    return _positions(words, asked)


@lru_cache(maxsize=8192)  # sentences recur across queries; this runs for every candidate
def _words(sentence: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(sentence))


_KIND_NOUNS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts"})


@lru_cache(maxsize=8192)
def _unspecified(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The words after each "without specifying" (or the like) in a sentence, up to six and to a copula.

    "without specifying what kind of ammunition was used" leaves the ammunition unsaid, not the using.
    """
    tails = (_WORD_RE.findall(sentence[m.end():])[:6] for m in _UNSPECIFIED.finditer(sentence))
    return tuple(tuple(itertools.takewhile(lambda w: w.lower() not in _COPULAS, t)) for t in tails)


def states_unknown(sentence: str, question: str) -> bool:
    """The sentence says a detail the question asks about is not given ("without specifying what kind …").

    Not when the question asks whether it was given: "Did Hashd Shaabi specify what kind of ammunition …?" is
    answered by "without specifying what kind of ammunition was used".
    """
    tails = _unspecified(sentence)
    if not tails or _ASKS_IF_GIVEN.match(question):
        return False
    # A list of answers offered is not what is asked of: "fired what: water cannon, tear gas or rubber bullets?"
    # is answered by "fired tear gas and bullets", whatever the bullets were.
    if listed := _listed(question):
        question = question[:listed[0]]
    q_words = [w for w in _WORD_RE.findall(question) if len(w) > 3 and w.lower() not in STOPWORDS]
    # "without specifying what kind of ammunition" also leaves open whether it was rubber bullets, when that
    # is what is asked ("how many were hurt when guards fired bullets" asks for a count), and not in a clause
    # setting the scene ("Which group said 75 were wounded when guards fired tear gas and bullets?").
    main = {w.lower() for w in _WORD_RE.findall(_main_clause(question))}
    by_kind = question_type(question) in (None, KIND)
    # "what kind of ammunition" leaves the ammunition unsaid: "What kind of militia …?" asks of no ammunition.
    return any(_same_word(a, q) or (by_kind and q.lower() in main and q.lower() in (kinds_of(a) or ()))
               for after in tails for a in after if a.lower() not in _KIND_NOUNS for q in q_words)


_WHAT_SAID = re.compile(r"\bwhat did (.+?) (?:tell|say|ask|say to|discuss)\b", re.I)
_ACCORDING = re.compile(r"^\s*according to\b", re.I)
# Not a possessive: "What did the US president's tweet's message call itself?" asks of the tweet, not its author.
_WHAT_WRITTEN = re.compile(r"\bwhat did (.+?) (?:tweet|write|post|reply|respond|warn)\b(?![’'-])", re.I)


def asks_what_said(question: str) -> bool:
    """The question asks what someone said, told or wrote: "What did Khamenei tell Trump …?", "What did Khamenei
    tweet back?", "According to Khamenei, what …?"."""
    return bool(_WHAT_SAID.search(question) or _WHAT_WRITTEN.search(question) or _ACCORDING.match(question))


# Not "answer" or "reply": for "How did the President answer the question?", the sentence putting the question to
# him has him as the one asked, and his answer follows it.
_HOW_RESPONDED = re.compile(r"^\s*how (?:did|does|do|has|have) (.+?) (?:respond|react)(?:s|ed|ing)?\b", re.I)
_SPOKE_TO = re.compile(r"\b(?:(?:spoke|talked|met|speaking|talking|meeting)\s+(?:with|to)|told|called|phoned|urged|"
                       r"asked)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def only_addressed(sentence: str, question: str, holders: tuple[str, ...] = ()) -> bool:
    """The question asks what someone said, or how they responded, and the sentence has them only as the one
    spoken to.

    "What did Abdel-Mahdi tell Trump?" is not answered by "Trump spoke with Abdel-Mahdi and emphasized …".
    `holders` are the names of the post by which the question names them (see `post_holders`).
    """
    seen = _asked_speaker_in(sentence, question, holders)
    return bool(seen) and all(_SPOKE_TO.search(sentence[: x.start()]) for x in seen)


@lru_cache(maxsize=1024)
def _responder(question: str) -> str | None:
    """Whose response a "How did X respond (react) …?" question asks for: "Khamenei", "government"."""
    r = _HOW_RESPONDED.match(question)
    return _head(r.group(1)) if r else None


def states_response(sentence: str, question: str) -> bool:
    """The question asks how X responded (reacted), and the sentence says X did: "Khamenei responded by saying
    the US was ultimately responsible" answers "How did Ayatollah Ali Khamenei respond to Trump's claim?".
    Not "Khamenei never responded", nor "if Khamenei responded"."""
    who = _responder(question)
    return bool(who) and re.search(rf"(?<!\bif )\b{re.escape(who)}\s+(?!(?:never|not)\b)"
                                   rf"(?:\w+\s+)?(?:respond|react)(?:s|ed)\b", sentence, re.I) is not None


# "What did Trump tweet after the embassy was attacked?" asks for the words of a tweet: a quotation of several
# words given as tweeted ("… Trump said on Twitter"), not "In another tweet, Mr Trump accused Tehran of
# “orchestrating” …", which tells of a tweet in the reporter's words.
_TWEET_ASKED = re.compile(r"^\s*what\b[^?]*\b(?:tweet(?:s|ed)?|twitter)\b|"
                          # "How did Trump end his tweet …?" asks for its words too; "How did Iran respond to
                          # Trump's tweet?" does not.
                          r"^\s*how\s+did\b[^?]*\b(?:end|begin|start|open|close|conclude|finish|sign\s+off)\b"
                          r"[^?]*\btweet", re.I)
_TWEETED = re.compile(r"\btweet(?:s|ed)?\b|\bTwitter\b", re.I)
_QUOTATION = re.compile(r'"([^"]*)"|“([^”]*)”')   # paired, so the words between two scare quotes are none


# Words the question quotes: "…", “…” or '…' (an apostrophe inside, as in 'You can't', is none's end).
_ASKED_QUOTE = re.compile(r'"([^"]+)"|“([^”]+)”|(?<![\w’\'])[\'‘](?!\d)(.+?)[\'’](?![\w’\'])')
_MIN_QUOTED_WORDS = 3


def _plain_words(text: str) -> str:
    """The text's words, lower case, apostrophes alike, one space between: for finding a quote as written."""
    return " " + " ".join(re.findall(r"[\w']+", text.lower().replace("’", "'").replace("‘", "'"))) + " "


@lru_cache(maxsize=1024)
def _asked_quotes(question: str) -> tuple[str, ...]:
    quotes = (next(g for g in m.groups() if g) for m in _ASKED_QUOTE.finditer(question))
    return tuple(p for p in map(_plain_words, quotes) if len(p.split()) >= _MIN_QUOTED_WORDS)


# A quiz's blank asked as "what" beside the words quoted round it: "Iran "will pay a very" what?".
# Not a question quoting words ("What "appropriate and precautionary action" did Esper announce?") nor one going on
# after a quote ("… "BIG PRICE!" what did Khamenei reply?").
_BLANK_ASKED = re.compile(r"[\"”]\s+what\s*(?:[?:\"“]|$)|(?<=[\w’']\s)what\s+[\"“]", re.I)


def asks_blank(question: str) -> bool:
    """The question asks what fills a quote's blank: its quoted words are the frame of the answer."""
    return bool(_BLANK_ASKED.search(question))


def holds_asked_quote(sentence: str, question: str) -> bool:
    """The sentence has, word for word, what the question quotes: "Who said 'You can't do anything'?" is
    answered by "“1st: You can’t do anything. …"."""
    quotes = _asked_quotes(question)
    return bool(quotes) and any(q in _plain_words(sentence) for q in quotes)


# "Did Khamenei really tell Trump that he can't do anything?": the words a yes/no question says were said, less
# their subject (his "You" is the asker's "he"), checked against the words written.
_SAID_THAT = re.compile(r"^\s*(?:did|does|do|has|have|had)\b[^?]*?\b(?:say|said|tell|told|tweet|tweeted|write|wrote|"
                        r"written|warn|warned|claim|claimed)\b[^?]*?\bthat\s+(?:(?:he|she|it|they|you|we|i)\s+)?"
                        r"([^?]+)", re.I)

_SAID_QUOTING = re.compile(r"^\s*(?:did|does|do|has|have|had)(?:n['’]?t)?\b[^?\"“]*?\b(?:say|said|tell|told|tweet|tweeted|"
                           r"write|wrote|written|warn|warned|claim|claimed|chant|chanted)\b[^?\"“]*[\"“]", re.I)


@lru_cache(maxsize=8192)  # asked for every candidate sentence
def holds_said_claim(sentence: str, question: str) -> bool:
    """The sentence has, word for word, what a yes/no question says someone said: "“1st: You can’t do anything."
    for "Did Khamenei tell Trump that he can't do anything?"."""
    m = _SAID_THAT.match(question)
    said = _plain_words(m.group(1)) if m else ""
    if len(said.split()) >= _MIN_QUOTED_WORDS and said in _plain_words(sentence):
        return True
    # Or quotes it: 'Did Khamenei tell Trump "You can't do anything" or "We will strike first"?'
    return bool(_SAID_QUOTING.match(question)) and holds_asked_quote(sentence, question)


# "What was Khamenei's first point?", "… his '2nd' point", "how many numbered points": a list told as "1st: …".
ORDINALS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th"}
_POINT_ASKED = re.compile(r"\bpoints?\b", re.I)
_ORDINAL_ASKED = re.compile(r"\b(" + "|".join(ORDINALS) + r"|[1-9](?:st|nd|rd|th)|numbered)\b", re.I)
_NUMBERED_ITEM = re.compile(r"(?<!\w)([1-9](?:st|nd|rd|th))\s*:", re.I)
# "What was the first thing Khamenei told Trump?" asks for his first point too: a thing said by a named person or
# "he" ("first thing he tell him"), not "the first thing protesters did" or "the first thing the militia said it
# would do".
_THING_SAID = re.compile(r"\b(?i:" + "|".join(ORDINALS) + r"|[1-9](?:st|nd|rd|th))\s+(?i:things?)\s+"
                         r"(?:[A-Z][\w’'-]*|(?i:he|she|they))\s+(?i:say|says|said|tell|tells|told|repl(?:y|ies|ied)|"
                         r"respond(?:s|ed)?|wr(?:ite|ites|ote)|tweet(?:s|ed)?)\b")


def holds_numbered_point(sentence: str, question: str) -> bool:
    """The question asks for a numbered point and the sentence lists that one: "“1st: You can’t do anything.
    2nd: …" for "What was Khamenei's first point?" (any numbered one for "his numbered points")."""
    if not (_POINT_ASKED.search(question) or _THING_SAID.search(question)):
        return False
    asked = {ORDINALS.get(w.lower(), w.lower()) for w in _ORDINAL_ASKED.findall(question)}
    listed = {w.lower() for w in _NUMBERED_ITEM.findall(sentence)}
    return bool(listed) and ("numbered" in asked or not asked.isdisjoint(listed))


def quotes_tweet(sentence: str, question: str) -> bool:
    """The question asks what was tweeted, and the sentence quotes a tweet's words: not Khamenei's "“That guy has
    tweeted that …,” he said, referring to Mr Trump" for what Trump tweeted."""
    if not (_TWEET_ASKED.search(question) and _TWEETED.search(sentence)
            and any(len(_WORD_RE.findall(a or b)) >= 3 for a, b in _QUOTATION.findall(sentence))):
        return False
    # Whoever is asked about tweeted it: not Khamenei's tweet for what Trump tweeted.
    named = [w for w in speaker_words(question) if w[:1].isupper()]
    return (not named or any(re.search(rf"\b{re.escape(w)}\b", unquoted(sentence)) for w in named)) \
        and not mentioned_not_speaking(sentence, question)


# "What did Trump threaten Iran with?", "Trump's tweet threatening Iran": a threat asked of a name just before it,
# answered by the words that speaker calls a threat ("… it is a threat," Trump said) or by his threatening, told in
# so many words. Not "increased threat levels", which threaten nothing.
_THREAT_ASKED = re.compile(r"\bthreat(?:en(?:s|ed|ing)?)?\b", re.I)
# Also a threat in other words: "the next step will be to expel US troops".
_THREAT_WORD = re.compile(r"\b(?:(?:a|the|this|my|our)\s+threat|threat(?:en|ens|ened|ening)|"
                          r"next\s+step\s+(?:will|would)\s+be\s+to\s+(?:expel|attack|strike|hit|target|kill|drive))\b",
                          re.I)


def names_threat(sentence: str, question: str) -> bool:
    """The question asks what someone it names threatened, and the sentence names that speaker outside its
    quotations and says he threatened, in his quoted words or in its own."""
    asked = unquoted(question)
    if not (m := _THREAT_ASKED.search(asked)):
        return False
    # Up to three words before the threat; not the question's first word, capitalised anyway, unless a possessive
    # ("Trump's threat to Iran?"), nor a country, threatened as often.
    words = _WORD_RE.findall(asked[: m.start()])
    name = next((_unpossessed(w) for i, w in reversed(list(enumerate(words))[-3:])
                 if w[:1].isupper() and (i or _POSSESSIVE_WORD.search(w))), "")
    if not name or names_country(name) or name.isupper():
        return False
    outside = unquoted(sentence)
    # Spelt either way: "Kataib Hezbollah" is the "Kataib Hizbollah" of the other article.
    spelt = skeleton(name.lower())
    if not any(skeleton(w.lower()) == spelt for w in re.findall(r"\b(?-i:[A-Z])\w*", outside)):
        return False
    quoted = " ".join(a or b for a, b in _QUOTATION.findall(sentence))
    return bool(_THREAT_WORD.search(quoted) or _THREAT_WORD.search(outside))


def _asked_speaker_in(sentence: str, question: str, holders: tuple[str, ...]) -> list[re.Match]:
    """Where the sentence names whoever a "what did X say" or "how did X respond" question asks about."""
    m = _WHAT_SAID.search(question)
    if not m:
        if who := _responder(question):
            # "How did the Iraqi government respond to Esper's call?" is not answered by Esper calling on the
            # government of Iraq: that is the call.
            return list(re.finditer(rf"\b{re.escape(who)}\b", sentence, re.I))
        return []  # the common case, decided without looking at the sentence
    # A name of several words is one name ("Adel Abdel-Mahdi"); typed all in lower case ("what did abdel mahdi
    # tell trump"), any words but function words may be it.
    typed_lower = m.group(1).islower()
    runs: list[list[str]] = [[]]
    for w in _WORD_RE.findall(m.group(1)):
        if (w[:1].isupper() or typed_lower and w not in STOPWORDS) and w.lower() not in _DEMONYMS:
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    flags = re.I if typed_lower else 0

    def found(words: list[str]) -> list[re.Match]:
        parts = [re.escape(p) for w in words for p in w.split("-") if p]
        # From the start of a hyphened name: "Mahdi" is found as "Abdel-Mahdi", after "spoke with".
        return list(re.finditer(r"\b(?:\w+-)*" + r"[\s-]+".join(parts) + r"\b", sentence, flags)) if parts else []

    # The whole name, else its last word: "Abdel-Mahdi" for "Adel Abdel-Mahdi" or "Adel Abdel Mahdi".
    seen = [x for run in runs if run for x in (found(run) or found(run[-1:]))]
    return seen + [x for h in holders for x in found([h])]


def post_holders(question: str, sentences: Iterable[str]) -> tuple[str, ...]:
    """The names the sentences give the post whose words a question asks for: "What did the Iraqi prime
    minister tell him?" and "Iraq's premier Adel Abdel-Mahdi" give ("Adel", "Abdel-Mahdi")."""
    if not _WHAT_SAID.search(question) or not (owned := owned_role(question)):
        return ()
    names = []
    for sentence in sentences:
        words = _words(sentence)
        for i in _positions(words, (owned[1],)):
            if holds_owned_role(" ".join(words[max(0, i - 3):i + 4]), *owned):
                # Not a capitalised function word: "asked the US president: "Do you …"" names no one.
                names += itertools.takewhile(lambda w: w[:1].isupper() and w.lower() not in _DEMONYMS
                                             and w.lower() not in STOPWORDS, words[i + 1:i + 4])
    return tuple(dict.fromkeys(names))


_HOW_SPOKE = re.compile(r"^\s*(?:what|how) did (.+?) (?:say|tell|call|describe|characteri[sz]e|warn|accuse|label|"
                        r"tweet|post|write)\b",
                        re.I)
# Without "what was": "Iraqi parliament's reaction to …?"; not "Summarize Iran's response".
# Words opening a request or a question, not the name of whoever reacted.
_NOT_A_REACTOR = r"summari[sz]e|explain|outline|recap|list|paraphrase|describe|briefly|give|tell|show|quote|compare|" \
                 r"contrast|what|how|why|who|did|does|was|is"
_REACTION = re.compile(r"^\s*(?:what\s+(?:is|was|are|were)\s+|(?!(?:" + _NOT_A_REACTOR + r")\b))"
                       r"((?:[\w’'-]+\s+){0,2}[\w’'-]+?)['’]s\s+"
                       r"(?:reaction|response|reply|position|stance|comment|statement)s?\b", re.I)
# "What did Iraqi security forces do …", "Where were they when …": what some doer did.
# Not "Where were the diplomats sheltering while …" nor "Where was the embassy located when …": there the
# sheltering or the place is asked.
_DID_WHAT = re.compile(r"^\s*what did (.+?) do\b|^\s*where (?:were|was) ((?:(?![\w’'-]+(?:ing|ed)\b)[\w’'-]+\s+)+?)"
                       r"(?:when|while|during|as)\b", re.I)
# "How did Iraq's prime minister try to calm the situation?" asks what he did too.
# Not past a clause: in "How did the US react when militias tried to …" the militias are no doer asked about.
_TRIED = re.compile(r"^\s*(?:how|what) did ((?:(?!(?:do|when|while|as|after|before|because|if)\b)[\w’'-]+\s+)+?)"
                    r"(?:try|tried|attempt|seek) to\b", re.I)
# "What did Iraq's prime minister ask the demonstrators to do?": asking others to do something is his deed.
_ASKED_TO_DO = re.compile(r"^\s*what did ((?:[\w’'-]+\s+){1,4}?)(?:ask|urge|tell|call on|appeal to|beg|order)\s+"
                          r"(?:[\w’'-]+\s+){1,3}?to do\b", re.I)
_IN_CLAUSE = frozenset("in with on at during after before about to from for and his her its their".split())
_SPEAKER_PLACED = frozenset("in at from".split())
# Where or how something was said, not where the speaker is: "in an interview", "at first", "in a statement".
_SAID_IN = frozenset("a an first last statement statements interview interviews tweet tweets speech remarks comments "
                     "message briefing conference call post letter response reply turn public private".split())


# Typed in a hurry, without the possessive: "Iraqi parliament reaction?", "Iran response to the strikes?".
_BARE_REACTION = re.compile(r"^\s*(?!(?:" + _NOT_A_REACTOR + r"|the|any)\b)"
                            r"((?:[\w’'-]+\s+){0,2}[\w’'-]+?)\s+(?:reaction|response|reply|stance)s?"
                            r"(?:\s+(?:to|on|over)\b[^?]*)?\s*\?*\s*$", re.I)


def speaker_words(question: str) -> tuple[str, ...]:
    """The words naming whoever a "what did X say" question asks about: ("the", "uk", "government"); also
    "What was the Iraqi parliament's reaction?"."""
    m = (_HOW_SPOKE.search(question) or _WHAT_SAID.search(question) or _REACTION.search(question)
         or _BARE_REACTION.match(question)
         or _DID_WHAT.search(question))
    if not m:
        return ()
    doer = next(g for g in m.groups() if g)
    words = tuple(_WORD_RE.findall(doer))
    # "What did Trump stress in his phone call", "How did X frame the assault, and what did it say": no
    # speaker ends at "call" or "say" there. But "what did democrats in congress say": a body or place after
    # one "in", "at" or "from" is still the speaker's.
    clause = [i for i, w in enumerate(words) if w.lower() in _IN_CLAUSE]
    placed = len(clause) == 1 and clause[0] and words[clause[0]].lower() in _SPEAKER_PLACED \
        and len(words) - clause[0] <= 4 and not {w.lower() for w in words[clause[0]:]} & _SAID_IN
    return () if len(words) > 5 or "," in doer or (clause and not placed) else words


_CLAUSE_WORDS = frozenset("it he she they we i you would will could should can might may they'd he'd she'd we'd "
                          "announce announced plan planned promise promised".split())


def deed_doer(question: str) -> tuple[str, ...]:
    """The words naming whoever a "what did X do" question asks about: ("Iraq's", "prime", "minister")."""
    m = _DID_WHAT.search(question)
    words = tuple(_WORD_RE.findall(m.group(1))) if m and m.group(1) else ()
    if (not words or any(w.lower() in _IN_CLAUSE for w in words)) \
            and (tried := _TRIED.search(question) or _ASKED_TO_DO.search(question)):
        words = tuple(_WORD_RE.findall(tried.group(1)))   # "How did X try to …", "What did the PMU attempt to do?"
    # "What did the militia say they'd do next?" asks what was said; "What did the Pentagon announce it would
    # do?", what was announced.
    return () if len(words) > 5 or any(w.lower() in _SPEECH | _IN_CLAUSE | _CLAUSE_WORDS for w in words) else words


_SPEECH = frozenset("""say says said saying tell tells told call calls called describe described describing
characterise characterised characterize characterized warn warned warning accuse accused accusing label labelled
tweet tweeted respond responded responding add added statement according assert asserts asserted asserting insist
insists insisted insisting vow vows vowed vowing declare declares declared declaring calling""".split())


def _speaker_asked(question: str) -> str | None:
    """Whoever a "what did X say", "how did X describe" question asks about; None for "How did Trump end his
    tweet", where no speaker ends the phrase."""
    m = _HOW_SPOKE.search(question)
    if not m or any(w.lower() in _IN_CLAUSE for w in _WORD_RE.findall(m.group(1))):
        return None
    return m.group(1)


_QUOTE_MARKS = re.compile(r"[\"“”]")


@lru_cache(maxsize=8192)
def mentioned_not_speaking(sentence: str, question: str) -> bool:
    """The question asks what someone said, and the sentence names them but not as the one speaking.

    "What did Kataib Hezbollah call the embassy attack?" is not answered by "The US strikes targeted
    the Kataib Hezbollah militia group", but by "Kataib Hizbollah said that this was only …".
    """
    return _not_speaking(*_asked_speaker_at(sentence, question))


def _not_speaking(words: tuple[str, ...], where: list[int]) -> bool:
    """Mentioned at `where`, with no verb of speaking just before ("said Khamenei") or a few words after ("X, the
    group's head, said")."""
    return bool(where) and not any(w.lower() in _SPEECH for i in where for w in words[max(0, i - 3):i + 6])


def _asked_speaker_at(sentence: str, question: str) -> tuple[tuple[str, ...], list[int]]:
    """The sentence's words, and where in them the one whose words are asked for is mentioned."""
    phrase = _speaker_asked(question)
    if not phrase:
        return (), []
    # The speaker by name ("Kataib Hezbollah"), else by role ("the defence secretary").
    who = [w for w in _WORD_RE.findall(phrase) if w[:1].isupper()] or [_head(phrase)]
    words = _words(sentence)
    return words, _positions(words, tuple(who))


@lru_cache(maxsize=8192)  # asked of every candidate sentence, like its siblings
def quotes_another(sentence: str, question: str) -> bool:
    """The question asks what someone said, and the sentence quotes words while mentioning them, not speaking,
    and not as its subject: "Esper called on the government of Iraq to “fulfil …”" quotes Esper, not Iraq;
    "The Iraqi government condemned the “aggression”" may quote the government."""
    if not _QUOTE_MARKS.search(sentence):
        return False
    words, where = _asked_speaker_at(sentence, question)
    return _not_speaking(words, where) and min(where) >= _SUBJECT_WORDS


_SUBJECT_WORDS = 3   # "The Iraqi government …": a mention in the first words is the sentence's subject


# "… Mark Esper said", "the Pentagon said", "said Mr Trump", "Khamenei responded by saying": a speaker named
# beside the verb.
_NAMED_SPEAKER = re.compile(r"\b(?!(?:He|She|It|They|We|The|This|That|" + "|".join(map(str.capitalize, _WEEKDAYS))
                            + r")\b)([A-Z][\w’'-]+)\s+(?:(?:said|says|told|added|tweeted|warned|wrote|accused)\b|"
                            # Not "Trump responded with airstrikes".
                            r"(?:responded|replied)(?=\s+(?:by\s+saying|that)\b|\s*[:,]))|"
                            r"\b(?:said|says|added|told)\s+(?:Mr|Mrs|Ms)\s+([A-Z][\w’'-]+)")


def _names_of(phrase: str) -> tuple[str, ...]:
    """The names in a speaker asked about, a people's adjective aside: ("Kataib", "Hezbollah"), none in "the Iraqi
    government"."""
    return tuple(w for w in _WORD_RE.findall(phrase) if w[:1].isupper() and w.lower() not in _DEMONYMS)


@lru_cache(maxsize=8192)
def spoken_by_another(sentence: str, question: str) -> bool:
    """The question asks what someone named said, and the sentence names another speaker and not them.

    "What did Khamenei say in response to the deployment?" is not answered by Esper's "This deployment is an
    appropriate and precautionary action …"; a post ("the Pentagon chief") may be held by the one named.
    """
    phrase = _speaker_asked(question)
    head = _head(phrase) if phrase else ""
    # A country speaks through its capital and ministries ("Tehran said" for Iran): only a person or group named.
    if not head[:1].isupper() or head.lower() in _DEMONYMS or _country(head) in _COUNTRIES:
        return False
    who = _names_of(phrase)
    # A post beside the verb ("the Supreme Leader said") may be the one named.
    speakers = _named_speakers(sentence)
    return not _positions(_words(sentence), who) and any(w.lower() not in _POST_WORDS for w in speakers)


# "The group said", "the militia added": a speaker by a common noun; not "the group later said" nor "The attack
# was said to …".
_NOUN_SPEAKER = re.compile(r"\b(?i:the)\s+(?:[\w’'-]+\s+)?(?!(?:was|were|is|are|has|had|have|been|also|later)\b)"
                           r"([a-z][\w’'-]*[a-z])(?<!ly)\s+(?:said|says|told|added|claimed)\b")
# Words after a country's name or adjective that make it the speaker: "Iraq's premier", "Iraqi officials".
_VOICES = frozenset("government officials official ministry authorities parliament leadership".split())


def _named_speakers(text: str) -> list[str]:
    """The speakers named beside a verb of saying, outside quotations: "Esper" in "… , Mark Esper said"."""
    return [a or b for a, b in _NAMED_SPEAKER.findall(unquoted(text))]


@lru_cache(maxsize=8192)
def narrated_only(sentence: str, question: str) -> bool:
    """The question asks how someone put it, and the sentence does not name them (nor, for "the Iraqi government",
    their country as a speaker) and has nobody speaking or someone else named speaking: "How did the Iraqi
    government describe the US airstrikes?" is answered neither by the report's own "The US strikes … targeted
    the Kataib Hezbollah militia group" nor by "Mr Trump accused Tehran of “orchestrating” …"."""
    phrase = _speaker_asked(question)
    if not phrase:
        return False
    words = _words(sentence)
    who = _names_of(phrase) or (_head(phrase),)
    countries = {c for w in _WORD_RE.findall(phrase) if (c := _country(w)) in _COUNTRIES}
    # The country as a speaker ("Iraq's premier", "Iraqi officials", "Iraq said"), not as a place or an owner of
    # anything else ("Iraq's Kataib Hezbollah militia").
    owner = any(_country(w) in countries and after in _SPEECH | _POST_WORDS | _VOICES
                for w, after in zip(words, [*(w.lower() for w in words[1:]), ""]))
    if _positions(words, who) or owner:
        return False
    # Any quotation, one whose close comes in a later sentence too ("“1st: You can’t do anything. …").
    if (unquoted(sentence) != sentence or any(w.lower() in _SPEECH for w in words)
            or events_in(sentence, False) & {"say", "condemn", "admit"}):
        # Someone else named speaks ("Mr Trump accused", "The group said"); "he said" may be them, as may whoever
        # is named when a post ("the Pentagon chief") or a bare noun ("the group") is asked, and a country asked
        # speaks through its capital ("Tehran said" for Iran).
        named = [w for w in _WORD_RE.findall(phrase) if w[:1].isupper() or w.lower() in _DEMONYMS]
        head = _head(phrase)
        if not named or head.lower() in _POST_WORDS or _country(head) in _COUNTRIES:
            return False
        speakers = _named_speakers(sentence) + _NOUN_SPEAKER.findall(unquoted(sentence))
        return any(w.lower() not in _POST_WORDS for w in speakers)   # "the Supreme Leader said" may be Khamenei
    return True


# "… - dozens, hundreds or thousands?", "… hundreds, thousands or tens of thousands?": choices offered at the end
# of a question.
_CHOICES = re.compile(r"[\w’'-]+(?:,\s+[\w’'-]+)*,?\s+or\s+(?:(?:tens|dozens|hundreds|thousands|millions)\s+of\s+)?"
                      r"[\w’'-]+\s*\?\s*$")


_BEFORE_CHOICE = frozenset("on in at the a an its his her their to by from".split())
_NO_CHOICE = frozenset("what wat wut whatever something sth smth anything else other not so".split())   # "… or what?"


def _alternative(words: list[str]) -> tuple[str, ...]:
    """The alternative at the start of `words`: a run of capitalised words ("Asaib Ahl al-Haq"), or a word."""
    words = list(itertools.dropwhile(lambda w: w.lower() in _BEFORE_CHOICE, words))
    if not words or not words[0][:1].isupper():
        return tuple(words[:1])
    return tuple(itertools.takewhile(lambda w: w[:1].isupper() or w in ("al", "el", "bin", "of"), words))


# A list of answers offered after a colon, a dash or "Was it": "…: Monday, Tuesday or Thursday?", "Was it
# "irrational", "aggressive" or "criminal"?". The last such opener starts it, with an "or" after it and no
# other colon or dash.
_LIST_OPENS = re.compile(r"(?::|\s[—–-]|(?:^|[.?!]\s+)(?:was|is|were|are)\s+(?:it|they|that)\b)\s+", re.I)
_LIST_BREAK = re.compile(r"[:—–]|\s-\s")
_LIST_ITEMS = re.compile(r",\s+(?:or\s+)?|,?\s+or\s+", re.I)
_MAX_ITEM_WORDS = 6   # an answer offered is a name, a day or a short quote, not a clause
_QUOTED_ITEM = re.compile(r"^[\"“‘'].*[\"”’']$")
_NOT_AN_ITEM = re.compile(r"(?:who|whom|whose|what|when|where|which|why|how|did|does|do|was|were|is|are|has|have|"
                          r"had|will|would|can|could|should|something|anything|else|whatever|not)\b", re.I)


def _quotes_closed(text: str) -> bool:
    """Every quote in the text closes in it: a list item, not part of a quote split at its comma."""
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def _words_of(text: str) -> list[str]:
    """Words less punctuation and a possessive ("al-Maliki's" -> "al", "Maliki"), as the unknown words are."""
    words = [_unpossessed(w.strip(".,;:!?\"“”‘’'")) for w in text.split()]
    return [p for w in words for p in w.split("-") if p]


@lru_cache(maxsize=1024)
def _listed(question: str) -> tuple[int, tuple[tuple[str, ...], ...]] | None:
    """The answers a question offers in a list after its last colon, dash or "Was it", each a tuple of words,
    and where what the question says ends."""
    opens = list(_LIST_OPENS.finditer(question))
    if not opens:
        return None
    tail = question[opens[-1].end():]
    if not re.search(r"\bor\b", tail, re.I) or _LIST_BREAK.search(tail):
        return None
    items = [i.strip() for i in _LIST_ITEMS.split(tail.strip().rstrip("?.! "))]
    if len(items) < 2 or any(not i or _NOT_AN_ITEM.match(i) or len(i.split()) > _MAX_ITEM_WORDS
                             or not _quotes_closed(i) for i in items):
        return None
    listed = [tuple(itertools.dropwhile(lambda w: w.lower() in _BEFORE_CHOICE, _words_of(i))) for i in items]
    after_was = opens[-1].group(0).strip()[:1] not in ":—–-"   # opened by "Was it", not a colon or a dash
    if after_was:
        # After "Was it" the list may open inside a clause ("Was it stormed on Monday or Tuesday?") but must end
        # the question ("Was it Iran or the US that started it?" offers no list).
        if not _QUOTED_ITEM.match(items[0]):
            listed[0] = _alternative(listed[0][::-1])[::-1]
        if not _QUOTED_ITEM.match(items[-1]) and _alternative(list(listed[-1])) != listed[-1]:
            return None
    if not all(listed):
        return None
    # What the question says ends where the list opens, or, after "Was it", where its first answer starts:
    # "Was it in Baghdad on Monday or Tuesday?" says "Baghdad".
    at = question.find(listed[0][0], opens[-1].end()) if after_was else opens[-1].start()
    return at, tuple(listed)


# Quotes offered at the end of a question, the last after "or": '… "You can't do anything" or "We will strike first"?'
_QUOTE_OFFERED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_QUOTE_ARTICLE = r"(?:(?:an?|the)\s+)?"   # '… as an "occupying power", a "partner" or a "guest"?'
_QUOTES_OFFERED = re.compile(rf"(?:{_QUOTE_ARTICLE}[\"“][^\"“”]+[\"”],?\s+)+or\s+"
                             rf"{_QUOTE_ARTICLE}[\"“][^\"“”]+[\"”]\s*[?.!]*\s*$", re.I)


def offered_choices(question: str) -> list[tuple[tuple[str, ...], ...]]:
    """The alternatives a question ends on: (("Monday",), ("Tuesday",)) in "Was it on Monday or Tuesday?",
    (("Monday",), ("Tuesday",), ("Thursday",)) in "On which day …: Monday, Tuesday or Thursday?".

    Only at the end are they the answers offered; "Did the UK or any other country say …" asks of both.
    """
    if listed := _listed(question):
        return [listed[1]]
    if m := _QUOTES_OFFERED.search(question):   # 'Did they chant "Death to America" or "Down with Israel"?'
        return [tuple(tuple(itertools.dropwhile(lambda w: w.lower() in _BEFORE_CHOICE, _words_of(q)))
                      for q in _QUOTE_OFFERED.findall(m.group(0)))]
    words = _words_of(question)
    choices = []
    for i, w in enumerate(words):
        if w.lower() == "or" and 0 < i < len(words) - 1:
            right = _alternative(words[i + 1:])
            if right and words[-len(right):] == list(right) and right[0].lower() not in _NO_CHOICE:
                choices.append((_alternative(words[:i][::-1])[::-1], right))
            elif 2 <= len(tail := words[i + 1:]) <= 3 and i >= len(tail) and words[i - 1] == tail[-1] \
                    and tail[0].lower() not in _NO_CHOICE:
                choices.append((tuple(words[i - len(tail):i]), tuple(tail)))   # "three sites or five sites"
    return choices


def _stated(question: str) -> str:
    """What a question already says, lower-cased: the choices it offers at its end are not said but asked."""
    if listed := _listed(question):
        return question[:listed[0]].lower()
    return _CHOICES.sub("", question).lower()


def _new(found: list[str], question: str) -> bool:
    """Something found that the question does not already say (a choice it offers still counts as new)."""
    q = _stated(question)
    return any(f.lower() not in q for f in found)


def variants(word: str) -> tuple[str, ...]:
    """A word and the others news reports use for the same post, people, photo, part of a city or first rank:
    "chief" -> secretary, head …; a leader may also be a premier (not the other way round); "top" -> supreme."""
    return _SYNONYM_GROUP.get(word.lower(), (word,))


def synonym_words() -> frozenset[str]:
    """Every word the post, people, photo, city-part and rank groups know: words a misspelt question word may
    have meant."""
    return frozenset(_SYNONYM_GROUP)


def spellings(word: str) -> tuple[str, ...]:
    """The other spelling of a British or American word that the consonant skeleton keeps apart: defence."""
    w = word.lower()
    for a, b in (("ence", "ense"), ("ense", "ence")):
        if w.endswith(a) and len(w) > 5:
            return (w[: -len(a)] + b,)
    return ()


def post_variants(word: str) -> tuple[str, ...]:
    """The other words for a post ("prime minister" -> premier, PM) or a photo ("pic" -> picture); none for
    any other word.

    Searched for too: a post is named one way per outlet, and a photo's credit says "Picture:" however it
    is asked for. Words for people are not: "soldiers" searched as "troops" and "forces" too brings in
    every passage about the military."""
    w = word.lower()
    return tuple(v for v in _SYNONYM_GROUP[w] if v != w) if w in _SEARCHED_VARIANTS else ()


_WHERE_WORDS = frozenset("near in at inside outside located situated based close".split())


def _town_of(question: str) -> str | None:
    """The thing whose town is asked: "base" in "In which city is the military base that was hit …?"."""
    m = _TOWN_OF.match(question)
    words = _up_to_verb(_leading(m.group(1), _WHERE_WORDS)) if m else []
    return _head(" ".join(words)) if words else None


_CROWDS = frozenset(w for g in _PEOPLE for w in g.split()) | frozenset(
    "militia militias group groups crowd crowds supporters mob mobs protest protests".split())


# "Which militia leader …", "Which protest commanders …": the word before the post says whose leader is asked.
_CROWD_LEADER = re.compile(r"^\s*(?:which|what)\s+(?:[\w'’-]+\s+)?([\w'’-]+)\s+(?:leader|commander)s?\b", re.I)


@lru_cache(maxsize=1024)   # read of the question for every candidate sentence
def _asks_crowd_leader(question: str) -> bool:
    """"Who led the protesters …?", "Which militia leader led the protesters?": the leader of a crowd or group is
    asked, not a country's."""
    if (leads := _WHO_LEADS.search(question)) and _leads_crowd(question[leads.end():]):
        return True
    crowd = _CROWD_LEADER.search(question)
    return crowd is not None and _leads_crowd(crowd.group(1))


def _leads_crowd(led: str) -> bool:
    """What a "who leads" question asks the leader of is a crowd or a group ("the protesters who stormed …",
    "the militia"), whose leader is no country's premier or ayatollah; "Iraq's government" may be led by one."""
    first = next((w for w in _WORD_RE.findall(led) if w.lower() not in _DETERMINERS), "")
    return first.lower() in _CROWDS


# "Which Kataib Hizbollah spokesman …": a post in a group the question names.
_GROUP_POST = re.compile(r"^\s*(?:which|what)\s+(?:[\w'’-]+\s+)?([\w'’-]+)\s+"
                         r"(?:leader|commander|spokes(?:man|woman|person))s?\b", re.I)


def group_for_its_post(sentence: str, question: str) -> bool:
    """"Which Kataib Hizbollah leader said …?" (or commander, spokesman) met by "Kataib Hizbollah said …": the
    sentence gives the group the question names, not the person in it asked for. Not "Which Iranian leader", a
    country's, nor a group the sentence does not speak of."""
    post = _GROUP_POST.search(question)
    if post is None or not post.group(1)[:1].isupper() or is_country_word(post.group(1)) \
            or names_country(post.group(1)):
        return False
    return bool(_positions(_words(sentence), (post.group(1),)))


_ANY_LENGTH = 1000


def _positions(words: tuple[str, ...], focus: tuple[str, ...]) -> list[int]:
    """Where the words asked about (or another word for the same role) stand in a sentence."""
    if not focus:
        return []
    # `_same_word` on prefixes cut once: this runs for every word of every candidate sentence. A common word of
    # four letters is no name one letter longer or more: "United" is no unit ("units", "killed" still count; "Iran"
    # is in "Iranian").
    wanted = [(v[:5].lower(), len(v) + 1 if len(v) == 4 and f.islower() and not is_country_word(f) else _ANY_LENGTH)
              for f in focus for v in variants(f) if len(v) >= 4]
    found = []
    for i, w in enumerate(words):
        if len(w) >= 4:
            p = w[:5].lower()
            if any(p[:min(len(p), len(v))] == v[:min(len(p), len(v))] and (len(w) <= most or not w[:1].isupper())
                   for v, most in wanted):
                found.append(i)
    return found


def _counted_number(words: tuple[str, ...], where: list[int]) -> bool:
    """A number up to three words before the thing counted ("75 protesters", "thousands of supporters")."""
    return any(_NUMBER_RE.fullmatch(w) for i in where for w in words[max(0, i - 3):i])


def _counts_event(words: tuple[str, ...], event: str, span: int = 6) -> bool:
    """A number within `span` words of a word for the event counted ("25 militiamen dead", "killed 25")."""
    words = tuple(deeds_read(" ".join(words)).split())
    numbers = [i for i, w in enumerate(words) if _NUMBER_RE.fullmatch(w)]
    return any(abs(i - j) <= span for j, w in enumerate(words) if event_of(w) == event for i in numbers)


# Between "killed a" and the thing counted, these make it no count of one: "killed a number of Americans".
_NOT_ONE = frozenset("of number few handful dozen dozens couple group series lot total".split())
_NEGATIONS = frozenset("not never no".split())
_RELATIVES = frozenset("that which who whom whose".split())
_NO_DETAIL = STOPWORDS | _RELATIVES | _GENERIC_DOERS   # words a question's detail of an event never is
_NEAR = 10   # words either side of "killed an American …" within which the question's details must stand


@lru_cache(maxsize=1024)
def _one_asked(question: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """For a "how many X were <event> …" question: the event, the thing counted, and the details a sentence
    telling of one must share, none if the question asks no count of an event."""
    m = _COUNTED.search(question)
    event = asked_event(question)
    if not m or event is None or not (focus := asked_about(question)):
        return None
    words = _WORD_RE.findall(question)
    # The question's details but a relative clause after the event: in "killed in the attack that the weekend
    # strikes were retaliating for", the clause says which attack, and a sentence may tell it otherwise.
    at = next((i for i, w in enumerate(words) if event_of(w) == event), None)
    if at is None:
        return None
    # "… in the attack blamed on Kataib Hezbollah": a participle after the event's noun opens such a clause too.
    end = next((i for i in range(at + 1, len(words)) if words[i].lower() in _RELATIVES
                or (i > at + 2 and words[i].lower().endswith("ed") and words[i - 1].lower() not in _AUXILIARY_WORDS)),
               len(words))
    counted = {w.lower() for w in _WORD_RE.findall(m.group(1))}
    told = tuple(w for w in words[:end] if len(w) >= 4 and w.lower() not in _NO_DETAIL and w.lower() not in counted
                 and event_of(w) is None)
    return event, focus, told


@lru_cache(maxsize=8192)  # asked of every candidate sentence of a count
def _counted_one(sentence: str, question: str) -> bool:
    """One of the things counted, told right after the event counted: "How many Americans were killed in the
    rocket attack?" is answered by "rocket fire that killed an American civilian contractor", when every detail
    of the question but the event's own words stands near it ("… at the US embassy in Baghdad?" is not)."""
    if (asked := _one_asked(question)) is None:
        return False
    event, focus, told = asked
    words = _words(sentence)
    for j, w in enumerate(words[:-2]):
        if event_of(w) != event or words[j + 1].lower() not in ("a", "an", "one"):
            continue
        if j and (words[j - 1].lower() in _NEGATIONS or words[j - 1].lower().endswith("n't")):
            continue   # "did not kill an American"
        span = words[j + 2:j + 6]
        at = _positions(span, focus[-1:])
        if not at or any(v.lower() in _NOT_ONE for v in span[:at[0]]):
            continue
        near = words[max(0, j - _NEAR):j + 2 + at[0] + 1 + _NEAR]
        if all(_positions(near, (t,)) for t in told):
            return True
    return False


# "In how many countries did the strikes hit?": countries counted, which a list of places in them tells.
_COUNTRIES_COUNTED = re.compile(r"\bhow\s+many\s+(?:(?:different|separate)\s+)?(?:countries|nations)\b", re.I)
# Two places one after the other in a list, after a preposition of place: "in Iraq and Syria", "in Iraq,
# Afghanistan"; not "between the US and Iran".
_LISTED_PLACES = re.compile(r"\b(?:in|across|into)\s+(?:both\s+)?([A-Z][\w’'-]*)(?:\s*,\s*|\s+and\s+)"
                            r"([A-Z][\w’'-]*)")


def _countries_listed(sentence: str, question: str) -> bool:
    """The question counts countries, and the sentence lists places in two or more: "in Iraq and Syria", "your
    crimes in Iraq, Afghanistan…"."""
    return bool(_COUNTRIES_COUNTED.search(question)) and any(
        other_countries(a, b) for a, b in _LISTED_PLACES.findall(sentence))


def _told_by_which(sentence: str, question: str) -> bool:
    """"How many walls did the protesters get over?": the sentence tells two or more of the things counted by
    which one each is ("crossed the outside wall and attempted to climb a second wall", `_WHICH_ONE`)."""
    if not _COUNTED.search(question) or not (focus := asked_about(question)) or not focus[-1].lower().endswith("s"):
        return False
    told = re.findall(r"\b(?:the|a|an)\s+([\w-]+)\s+" + re.escape(focus[-1][:-1]) + r"\b", sentence, re.I)
    return sum(w.lower() in _WHICH_ONE for w in told) >= 2


def _modifier_missing(words: tuple[str, ...], focus: tuple[str, ...]) -> bool:
    """The thing counted is in the sentence, but a word qualifying it in the question is not."""
    *modifiers, head = focus
    return any(w.lower() not in _DEMONYMS and not _positions(words, (w,)) for w in modifiers) \
        and bool(_positions(words, (head,)))


def _named_next_to(words: tuple[str, ...], where: list[int], question: str) -> bool:
    """A proper name beside the role or thing asked about ("spokesman Abbas Mousavi", "Esper, the secretary")."""
    q = _stated(question)
    for i in where:
        if _subject_named(words, i, q):
            return True
        for j in [*range(max(1, i - 3), i), *range(i + 1, min(len(words), i + 3))]:
            w = words[j]
            # Not a capitalised function word: "asked the US president: “Do you foresee …”" names no one.
            if w[:1].isupper() and w.lower() not in q and w.lower() not in _DEMONYMS and w.lower() not in STOPWORDS:
                return True
    return False


def _subject_named(words: tuple[str, ...], i: int, q: str) -> bool:
    """"Hashd Saabi - whose supporters … - is an umbrella group": the subject names what it is."""
    first = words[0] if words else ""
    return (any(w.lower() in _COPULAS for w in words[max(0, i - 3):i]) and first[:1].isupper()
            and first.lower() not in STOPWORDS and first.lower() not in q and first.lower() not in _DEMONYMS)


# Things said, which a sentence gives by their words rather than names: "which tweet", "what statement".
_SAYINGS = frozenset("""tweet tweets statement statements remark remarks comment comments message messages quote quotes
words warning warnings threat threats slogan slogans chant chants""".split())
# A sentence giving what was said: quoted, after a colon, or reported ("has tweeted that we see …").
_GIVES_WORDS = re.compile(r"[\"“”]|:\s|\b(?:said|says|tweeted|wrote|warned|stated|added)\s+that\b")


@lru_cache(maxsize=8192)  # asked by holds_type and again by retrieval for the same candidate
def mentions_unnamed(sentence: str, question: str) -> bool:
    """A "which X" question, and the sentence speaks of an X without naming it ("a military base")."""
    # "Which base" wants the one meant picked out; "what attack", "what additional forces" are answered
    # by saying what it was ("rocket fire that killed …", "attack helicopters").
    if question_type(question) is not None or not _asks_which(question):
        return False
    focus = asked_about(question)
    if focus and focus[-1].lower() in _SAYINGS and _GIVES_WORDS.search(sentence):
        return False   # "Which tweet …": a saying is picked out by its words, quoted or reported, not by a name
    words = _words(sentence) if focus else ()
    where = _positions(words, focus)
    # "Which hardline groups …": of several mentions of groups, the hardline ones are meant.
    qualifiers = _which_words(question)[:-1]
    qualified = [i for i in where if i and _positions(words[i - 1:i], qualifiers)]
    mentions = qualified or where
    return bool(where) and not _named_next_to(words, mentions, question) \
        and not any(_noun_before(words, i, question) for i in mentions)


# "Which country backs the militia?": the country doing the deed, and what it does it to.
_WHICH_COUNTRY_DOES = re.compile(r"^\s*(?:which|what)\s+(?:countr(?:y|ies)|nations?)\s+(?!(?:" + _AUXILIARY[3:-1]
                                 + r"|must|may|shall)\b)([a-z]+)\s+(?:(?:the|a|an)\s+)?([a-z]+)", re.I)
# "an Iranian-backed militia"; "a militia backed by Iran": the country, the deed, and the words on the thing's side.
_FUSED = re.compile(r"(?<![\w.])([A-Za-z.]+)-([a-z]+)((?:\s+[\w’'-]+){1,2})")
_DONE_BY_COUNTRY = re.compile(r"((?:[\w’'-]+\s+){1,2})((?i:[a-z]+))\s+by\s+(?:the\s+)?([A-Z][\w.]*)")


def _stem(word: str) -> str:
    """The word's stem as the keyword index has it; "" for a stopword."""
    return next(iter(tokenize(word)), "")


def _country_does(sentence: str, verb: str, thing: str) -> bool:
    """The sentence tells a country doing the deed of `verb` to `thing`: "an Iranian-backed militia" or "a
    militia backed by Iran" for "backs the militia" (not "the US-backed government")."""
    # A stopword stems to "" ("said"), which would match every stopword before "by".
    if not _stem(verb) or not (what := _stem(thing)):
        return False
    deed = {st for w in (verb, verb[:-1], verb[:-2]) for f in (w, *irregular_forms(w)) if (st := _stem(f))}
    return any(names_country(country) and _stem(done) in deed and what in tokenize(after)
               for country, done, after in _FUSED.findall(sentence)) \
        or any(_stem(done) in deed and names_country(country) and what in tokenize(before)
               for before, done, country in _DONE_BY_COUNTRY.findall(sentence))


def names_asked(sentence: str, question: str) -> bool:
    """A "which X" question, and the sentence names an X: "the Kataib Hezbollah militia group"; or a "which
    country <does> …" one, and the sentence has a country doing it (`_country_does`)."""
    if (m := _WHICH_COUNTRY_DOES.match(question)) and question_type(question) is None \
            and _country_does(sentence, m.group(1), m.group(2)):
        return True
    if not _asks_which(question) or question_type(question) is not None:
        return False
    if not (focus := asked_about(question)):
        return False
    words = _words(sentence)
    return _named_next_to(words, _positions(words, focus), question)


# Nouns by their ending, told from adjectives: "a reception area" says which area, "a military base" does not.
_NOUN_ENDING = re.compile(r"(?:ion|ment|ness|ity|ance|ence|ship|age)$", re.I)
# Adjectives of place or order that pick one out of several: "the outside wall", "a second wall".
_WHICH_ONE = frozenset("""first second third last final main outer outside inner inside front back rear upper lower
northern southern eastern western left right""".split())


def _noun_before(words: tuple[str, ...], i: int, question: str) -> bool:
    """A noun, or a word of place or order, not in the question says which: "which area" -> "the reception area"."""
    if i == 0 or words[i - 1].lower() in question.lower():
        return False
    return bool(_NOUN_ENDING.search(words[i - 1])) or words[i - 1].lower() in _WHICH_ONE


# "Iraq's president", "the Iranian foreign minister": a post, and the country whose post it is.
_OWNABLE = r"(?i:president|minister|premier|pm|leader|spokesman|spokeswoman|ambassador|secretary|chief|king|envoy)"
_POST = re.compile(rf"\b{_OWNABLE}\b")
# "the prime minister of Iraq": the post first.
_ROLE_OF = re.compile(rf"\b({_OWNABLE})\s+of\s+(?:the\s+)?([A-Za-z][\w.]+)")
_HEADS = ("leader", "ayatollah", "president", "premier", "prime", "king")
_SAME_COUNTRY = {"american": "us", "americans": "us", "america": "us", "u.s": "us", "u.s.": "us"}


def _country(word: str) -> str:
    """A key shared by a country's name and adjective: Iraq, Iraq's, Iraqi -> "iraq"; US, American -> "us"."""
    w = _unpossessed(word.lower())
    return _SAME_COUNTRY.get(w, w[:4] if len(w) > 4 else w)


_COUNTRIES = frozenset(map(_country, _DEMONYMS))


_BEFORE_US = frozenset("tell tells told give gives gave show shows showed let lets ask asks asked help helps helped "
                       "for to with about from against at by".split())


def _owners(words: list[str]) -> list[str]:
    """The last three words before a post, less a lowercase "us" that is the pronoun ("tell us") rather than
    the country ("the us ambassador", "where was us president trump")."""
    return [w for i, w in enumerate(words)
            if i >= len(words) - 3 and not (w == "us" and i and words[i - 1].lower() in _BEFORE_US)]


@lru_cache(maxsize=1024)
def owned_role(question: str) -> tuple[str, str, str] | None:
    """(country key, post, portfolio) for "Iraq's president", "the president of Iraq", "Iran's foreign minister"
    and the like in a question, or None. The portfolio is "" when the question names none."""
    found = [(w, m) for m in _POST.finditer(question)
             for w in reversed(_owners(re.findall(r"[\w.’'-]+", question[: m.start()])))]
    found += [(m.group(2), m) for m in _ROLE_OF.finditer(question)]
    for owner, m in found:
        if _country(owner) in _COUNTRIES:   # "the Pentagon chief" is no country's post
            post = m.group(1) if m.re is _ROLE_OF else m.group(0)
            return _country(owner), post.lower(), _portfolio(question, m.start(), m.end(1) if m.re is _ROLE_OF
                                                             else m.end())
    # "Who leads Iraq?", "Who runs the Iraqi government?": the country's leader, as "Iraq's leader" asks; not "Who
    # led the Iraqi protesters?" nor "Who runs the US embassy?".
    if leads := _WHO_LEADS.search(question):
        words = re.findall(r"[\w.’'-]+", question[leads.end():])
        words = words[1:] if words[:1] and words[0].lower() == "the" else words
        if words and (words[0] != "us" or not words[1:]) and _country(words[0]) in _COUNTRIES \
                and (len(words) == 1 or words[1].lower() in _RULE):
            return _country(words[0]), "leader", ""
    return None


_RULE = frozenset("government administration country state regime leadership cabinet".split())


_NO_PORTFOLIO = frozenset("prime own new former current acting then".split())
_RANKS = frozenset("deputy vice".split())


def _portfolio(question: str, start: int, end: int) -> str:
    """The word that says which post it is: "foreign" in "Iran's foreign minister", "state" in "secretary of state".

    "Prime" is the post itself (the premier), a deputy's or vice's post another; a leader's adjectives
    ("supreme", "top") are the reporter's.
    """
    if question[start:].lower().startswith("leader"):
        return ""
    words = re.findall(r"[\w’'-]+", question[:start])
    # Past "prime" to a rank before it: "deputy prime minister" is a deputy's post, a "caretaker" one is not.
    if len(words) > 1 and words[-1].lower() == "prime" and words[-2].lower() in _RANKS:
        words = words[:-1]
    before = words[-1:]
    after = re.match(r"\s+of\s+(?:the\s+)?([\w’'-]+)", question[end:])
    for w in [before[0] if before else "", after.group(1) if after else ""]:
        w = w.lower()
        if not (not w or w in STOPWORDS or w in _NO_PORTFOLIO or re.search(r"['’]s$", w)
                or names_country(w)):
            return w
    return ""


def post_words(role: str) -> tuple[str, ...]:
    """The words that may name a post: a country's leader is whoever heads it ("Iraq's premier")."""
    return _HEADS if role == "leader" else variants(role)


def _post_at(words: tuple[str, ...], role: str) -> list[int]:
    """Where a word for the post stands on its own, whole: a "ministry" is no minister."""
    wanted = {v for p in post_words(role) for v in (p, p + "s")}
    return [i for i, w in enumerate(words) if _unpossessed(w.lower()) in wanted]


def _holder_named(words: tuple[str, ...], i: int) -> bool:
    """A name right after the post: "Iraq's premier Adel Abdel-Mahdi", "Ayatollah Ali Khamenei"."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after[:1].isupper() and after.lower() not in STOPWORDS and _country(after) not in _COUNTRIES \
        and not is_country_word(after)


@lru_cache(maxsize=1024)
def unnamed_post(sentence: str) -> tuple[str, str, str] | None:
    """A country's post the sentence speaks of without naming who holds it ("Iran's supreme leader and US
    President Donald Trump entered …"), as `owned_role` gives it; None if it names the holder or has no post."""
    if (role := owned_role(sentence)) is None:
        return None
    words = _words(sentence)
    at = _posts_of(words, role)
    return role if at and not _holder_named(words, at[0]) else None


def names_holder(sentence: str, role: tuple[str, str, str]) -> bool:
    """The sentence names who holds the country's post: "Ayatollah Ali Khamenei, Iran’s highest …"."""
    words = _words(sentence)
    return any(_holder_named(words, i) for i in _posts_of(words, role))


def _posts_of(words: tuple[str, ...], role: tuple[str, str, str]) -> list[int]:
    """Where the words stand for the country's post, the country before it or its possessive after it."""
    return [i for i in _owned_posts(words, *role) if _owns(words, i, *role[:2])]


def _owns(words: tuple[str, ...], i: int, owner: str, post: str) -> bool:
    """The country before the post at `i`, or after it as its owner: "Ayatollah Ali Khamenei, Iran's …", not
    "President Trump blamed Iran" nor "President Trump accused Iran's supreme leader" (whose post that is)."""
    return any(_country(w) == owner for w in words[max(0, i - 3):i]) \
        or any(_country(w) == owner and re.search(r"['’]s$", w) and not _post_at(words[j + 1:j + 3], post)
               for j, w in enumerate(words[i + 1:i + 4], i + 1))


def holds_owned_role(sentence: str, owner: str, role: str, portfolio: str = "") -> bool:
    """The sentence has the post as that country's: "Iraq's premier", "Iraqi Prime Minister", "president of
    Iraq", "Ayatollah Ali Khamenei, Iran's highest authority". A country just before the post decides, and
    the portfolio asked for must stand beside it: Iran's "Foreign Ministry spokesman" is no foreign minister."""
    return bool(_owned_posts(_words(sentence), owner, role, portfolio))


def _owned_posts(words: tuple[str, ...], owner: str, role: str, portfolio: str = "") -> list[int]:
    """Where the words stand for the post as the owner's (`holds_owned_role`)."""
    found = []
    for i in _post_at(words, role):
        if portfolio and not _positions(words[max(0, i - 2):i] + words[i + 1:i + 3], (portfolio,)):
            continue
        before = [c for w in words[max(0, i - 3):i] if (c := _country(w)) in _COUNTRIES]
        after = [c for w in words[i + 1:i + 4] if (c := _country(w)) in _COUNTRIES]
        if owner in (before or after):
            found.append(i)
    return found


_PLACE_NAMED = re.compile(rf"\b(?i:in|at|near|outside|of)\s+(?:(?i:{_DIRECTION})\s+)?([A-Z][\w’'-]+)")


def _names_town(sentence: str, question: str) -> bool:
    """A place named after "in", "at", "near", "outside" or "of" that is no country, no month or day, and not
    already in the question."""
    q = question.lower()
    return any(_country(w) not in _COUNTRIES and not is_country_word(w) and w.lower() not in q
               and not _DAY_NAMED.fullmatch(w) for w in _PLACE_NAMED.findall(sentence))


_PART_OF = re.compile(rf"\b(?i:{_DIRECTION})\s+([A-Z][\w’'-]+)|\b[A-Z][\w’'-]+,\s+([A-Z][\w’'-]+)|"
                      rf"\b([A-Z][\w’'-]+?)['’]s\s+(?:[a-z]+\s+){{0,3}}[A-Z]|"
                      rf"\b[A-Z][\w’'-]+\s+(?:in|of)\s+([A-Z][\w’'-]+)|"
                      # "near Kirkuk in northern Iraq": a place after "near", "at" …, not "Hizbollah in western Iraq"
                      rf"\b(?i:in|at|near|outside)\s+[A-Z][\w’'-]+\s+in\s+(?i:{_DIRECTION})\s+([A-Z][\w’'-]+)")


def place_within(question: str) -> str | None:
    """The country or city a question asks for a place inside of ("syri" for "which Syrian towns"), keyed as
    `_country` keys it."""
    m = _WHERE_IN.search(question)
    owner = next((g for g in m.groups() if g), None) if m else None
    return _country(owner) if owner and (owner[:1].isupper() or is_country_word(owner)) else None


def _in_part_asked(sentence: str, question: str) -> bool:
    """The sentence names the part of a country the question asks in ("west" for "in western Iraq"; "north-west"
    for "north-western"), or the other country asked with it ("in western Iraq and Syria")."""
    if not (m := _PART_ASKED.search(question)):
        return True
    stem = m.group(1).lower().replace("-", "").removesuffix("ern")
    text = sentence.lower().replace("-", "")
    return bool(re.search(rf"\b{stem}", text) or (m.group(2) and re.search(rf"\b{m.group(2)}\b", sentence, re.I)))


def _located_in(sentence: str, country: str, named: bool = False) -> bool:
    """The sentence names a part of the country: "northern Iraq", "Baghdad, Iraq", "Baghdad's fortified Green Zone".

    `named`: a town or district is asked for, and "northern Iraq" names none ("In which Iraqi city was the base?").
    """
    return any(_country(next(g for g in m.groups() if g)) == country and not (named and m.group(1))
               for m in _PART_OF.finditer(sentence))


# "Where was Esper when …": a place the narrator puts someone named at ("at his Mar-a-Lago resort"), not one named
# in what they said ("… such as we witnessed in Baghdad today," Esper said in a statement).
# The one asked about is all the capitalised words: "Ayatollah Khamenei", "Defense Secretary Mark Esper".
_WHERE_WAS = re.compile(r"^\s*where\s+(?:was|were|is|are)\s+(?:the\s+)?"
                        r"(?P<who>(?P<first>(?-i:[A-Z])[\w’'-]*)(?:\s+(?-i:[A-Z])[\w’'-]*)*)", re.I)
# "in a statement", "in the country" are no places; "from Trump" is a person, so no "from".
_AT_PLACE = re.compile(rf"\b(?i:in|at|near|outside|inside)\s+(?:(?i:the|its|their|his|her)\s+)?"
                       rf"(?:(?i:{_DIRECTION})\s+)?([A-Z][\w’'-]*)")


# "Which country will the troops be based in …", "To which country were they sent?": a country as a place.
_COUNTRY_PLACE_ASKED = re.compile(r"^\s*(?:in|to|into|from)\s+(?:which|what)\s+countr(?:y|ies)\b|"
                                  r"^\s*(?:which|what)\s+countr(?:y|ies)\b[^?]*?(?:\b(?:based|stationed|located|"
                                  r"housed|staged|kept)\s+in\b|\s(?:in|to|into|from)\s*\??\s*$)", re.I)
_TO_PLACE = re.compile(rf"\b(?i:in|to|into|from|at|near|across|through|out of)\s+(?:(?i:the)\s+)?"
                       rf"(?:(?i:{_DIRECTION}|neighbou?ring)\s+)?([A-Z][\w’'-]*)(?:,\s+([A-Z][\w’'-]*))?")


_PLACE_SAID = re.compile(r"\b(?:did|does|do)\s+(?:[\w’'-]+\s+){1,4}?(?:say|claim|tweet|write|warn)\b", re.I)


def _country_as_place(sentence: str, question: str) -> bool:
    """A country not in the question named as a place ("to Kuwait", "in northern Kuwait", "in Baghdad, Iraq"),
    not as a doer ("The United States will deploy 750 soldiers to Iraq" names no country the troops go to but
    Iraq)."""
    asked = {_country(w) for w in _words(question)}
    # "In which countries did Khamenei say US crimes …": asked of what was said, the places said count.
    said = sentence if _PLACE_SAID.search(question) else unquoted(sentence)
    return any(names_country(w) and _country(w) not in asked
               for m in _TO_PLACE.findall(said) for w in m if w)


_PLACE_NAME_ENDS = frozenset("area district zone neighbourhood neighborhood quarter street road avenue square bridge "
                             "base embassy compound airport palace resort city province region".split())


def _where_someone_was(question: str) -> bool:
    """A question asking where a person named was: "Where was Esper when …", not "Where were US troops sent?"."""
    m = _WHERE_WAS.match(question)
    # "Where is the Green Zone …" asks where a place is.
    return bool(m) and not is_country_word(m["first"]) and m["first"].lower() not in _DEMONYMS \
        and m["who"].split()[-1].lower() not in _PLACE_NAME_ENDS


# "In which city did Iran's Foreign Ministry spokesman Abbas Mousavi make his remarks?": the city of a deed of
# someone named, the last name before the deed.
_TOWN_OF_DEED = re.compile(r"^\s*(?:in|at)\s+(?:which|what)\s+(?:city|town)\s+(?:did|does)\s+"
                           r"(?:(?:(?-i:[A-Z])[\w’'-]*|" + "|".join(sorted(_POST_WORDS)) + r")\s+)*"
                           r"(?P<who>(?-i:[A-Z])[\w’'-]*)\s+(?P<next>(?-i:[a-z])[\w’'-]*)", re.I)


def _placed(sentence: str) -> bool:
    """The sentence names a place outside its quotations ("in December" is a time)."""
    return any(not _DAY_NAMED.fullmatch(w) for w in _AT_PLACE.findall(unquoted(sentence)))


# A post or a possessive that may stand for the one asked: "outside his Mar-a-Lago resort … asked the US
# president". Not a title before another's name ("Mr Trump" for a question about Khamenei).
_MAY_BE_ASKED = re.compile(r"\b(?:his|her|(?:president|secretary|spokes(?:man|woman|person)|minister|premier|leader|"
                           r"chief|head|ayatollah)(?!\s+(?-i:[A-Z])))\b", re.I)


@lru_cache(maxsize=1024)  # the same question, asked of every candidate sentence
def _placed_names(question: str) -> tuple[str, ...]:
    """The name of the one whose place a question asks: ("Khamenei",) in "Where was Khamenei when …", ("Mousavi",)
    in "In which city did … Abbas Mousavi make his remarks?"; none when no one is named, a country or a people."""
    if _where_someone_was(question):
        m = _WHERE_WAS.match(question)
    elif (m := _TOWN_OF_DEED.match(question)) and (
            is_country_word(m["who"]) or m["who"].lower() in _DEMONYMS or "-" in m["who"]
            # A name of a group or people before its noun ("Shiite militiamen"), not a name before its deed; and
            # "… did Esper say troops would go?" asks where the troops go.
            or m["next"].lower() in _POST_WORDS | _GROUPS | _SPEECH or m["next"].endswith(("s", "men"))):
        m = None
    if not m:
        return ()
    # Not a day after the name ("Where was Trump Wednesday …"); a name of fewer than four letters is not found by
    # `_positions`, so it decides nothing.
    names = tuple(w for w in _words(m["who"]) if not _ONE_TOLD.fullmatch(w) and not _DAY_NAMED.fullmatch(w))
    return names if any(len(w) >= 4 for w in names) else ()


def _places_another(sentence: str, question: str) -> bool:
    """"Where was Khamenei when he posted his reply?": no place in the sentence stands near him, by his name or a
    post or "his" that may be his, so its places ("the incident at the US mission in Baghdad", "the gates in the US
    compound … despite appeals from Iraq's premier") are someone else's."""
    if not (names := _placed_names(question)):
        return False
    text = unquoted(sentence)

    def word_at(m: re.Match) -> int:   # the index among `_words(text)` of the word a match starts at
        return len(_WORD_RE.findall(text[:m.start()]))

    near = _positions(_words(text), names) + [word_at(p) for p in _MAY_BE_ASKED.finditer(text)]
    places = [word_at(p) for p in _AT_PLACE.finditer(text) if not _DAY_NAMED.fullmatch(p.group(1))]
    return not any(abs(p - i) <= _NEAR_PLACE for p in places for i in near)


_NEAR_PLACE = 8   # "reporters outside his Mar-a-Lago resort in Florida asked the US president": "in" to "president"


# "Why …?" and its synonyms ask for a reason, and the words that may bring one in ("after", "in retaliation for", "to
# protect", "blamed") must bring in something the question does not already say. The list is wide on purpose
# ("for", "as", "said"): the check refuses a sentence that only restates the question, not one that explains
# in words of its own.
_WHY = re.compile(r"^\s*why\b|"
                  # "What was the reason …", "What's the motive …", "What reason did Esper give for …?"
                  r"^\s*what(?:['’]s(?:\s+the)?|\s+(?:was|is|were|are)\s+the)?\s+(?:reasons?|motives?|justification|"
                  r"rationale)\b|"
                  r"^\s*what (?:prompted|caused|triggered|led to)\b", re.I)
# A cause said outright, not only a time ("after the attack") that may be one.
_CAUSE = re.compile(r"\b(?:because|due to|owing to|as a result of|prompted by|in (?:retaliation|response|protest)\s+"
                    r"(?:to|for|at|against|over))\b", re.I)


# "Why did Kataib Hezbollah fire rockets …?": a group asked of by a name of two or more words, straight after the
# auxiliary. One word may be a person the articles also call "the president" or "he".
_WHY_NAMED = re.compile(r"^\s*(?i:why\s+(?:did|does|do|has|have|had|would|will|is|was|are|were)(?:n['’]?t)?\s+"
                        r"(?:the\s+)?)"
                        r"((?:[A-Z][\w’'-]*\s+){2,4})([a-z]+)")


def _why_doer(question: str) -> tuple[str, ...]:
    """The named group whose reason a why-question asks ("Kataib", "Hezbollah"); none for a country, which its
    capital or government speaks for ("the United States", "the US"), nor for a name before a noun ("Why did the
    Hashd Shaabi supporters …": the supporters)."""
    m = _WHY_NAMED.match(question)
    words = tuple(m.group(1).split()) if m and event_of(m.group(2)) else ()
    return () if any(names_country(w) or w.isupper() or w.lower() in ("united", "states") for w in words) else words


def asks_why(question: str) -> bool:
    """A question asking for a reason: "Why …", "What prompted …"."""
    return bool(_WHY.match(question))


def states_cause(sentence: str) -> bool:
    """The sentence says outright why: "in response to increased threat levels", "because …"."""
    return bool(_CAUSE.search(sentence))


_MAIN_CLAUSE = re.compile(r"\s(?:that|which|who|whom|when|while|after|before|as|since|because|despite)\s", re.I)


def _main_clause(question: str) -> str:
    """The question up to its first relative or subordinate clause: "Why did the US carry out the strikes" of
    "… the strikes that led to the protests". "Why did that group …" has a determiner, no clause."""
    for m in _MAIN_CLAUSE.finditer(question):
        before = _WORD_RE.findall(question[: m.start()])
        if not (m.group(0).strip().lower() == "that" and before and before[-1].lower() in _AUXILIARY_WORDS):
            return question[: m.start()]
    return question


# "Over the weekend", "for two days", "since 2003": a time, no reason.
_SPAN_OF_TIME = (r"(?!\s+(?:the|a|an)?\s*(?:(?:past|last|next|coming|first|several|few|many|one|two|three|four|five|six|"
                 r"seven|ten|\d+)\s+){0,2}(?:weekend|night|days?|weeks?|months?|years?|hours?|decades?|morning|evening|"
                 r"holidays?|time|now|" + "|".join(_WEEKDAYS) + r")\b|\s+\d{4}\b)")
_REASON = re.compile(r"\b(?:because|after|as|(?:since|over|for)" + _SPAN_OF_TIME + r"|due to|"
                     r"in (?:retaliation|response|protest)|to [a-z]+|"
                     r"blam\w*|amid|so|following|angry|denounc\w*|accus\w*|responsible|reason|why|sign|signal\w*|"
                     r"fear\w*|threat\w*|citing|said|says|saying)\b", re.I)


# "How was the US embassy in Baghdad described?" asks for words the report puts on it, not who described it.
_DESCRIBED = re.compile(r"^\s*how (?:is|was|are|were) ((?:(?!\bin\b)[\w’'-]+\s+){0,5}?[\w’'-]+?)"
                        r"(?:\s+in\s+[\w’'-]+)?\s+(?:described|characteri[sz]ed|portrayed|depicted)\s*\??$", re.I)
# "How did Esper describe the deployment?": the thing described by someone named.
_DESCRIBES_ASKED = re.compile(r"^\s*how (?:did|does|do|has|have) (?:[\w’'.-]+\s+){1,4}?(?:describe|characteri[sz]e|"
                              r"portray|depict)\s+([\w’'-]+(?:\s+[\w’'-]+){0,5})\s*\??$", re.I)
# The thing described is the head before "of", "on" …: "the attack on the US embassy" is an attack.
_OF_PHRASE = re.compile(r"\s+(?:of|on|at|against|for|by|from)\s+", re.I)
_POSSESSIVE_WORD = re.compile(r"\w['’]s$")
# ", a symbol of America's presence", not ", a militia leader said": a reporting clause describes nothing.
_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the|one|[A-Z][\w’'-]*['’]s)\s(?!(?:[\w’'-]+\s+){0,3}"
                         r"(?:said|says|say|reported|reports|told|added|according)\b)")


def _thing(phrase: str) -> str:
    """The thing a phrase names: its head before "of", "on" …"""
    return _head(_OF_PHRASE.split(phrase)[0])


def _deed_only(sentence: str, head: str) -> bool:
    """The sentence has the deed a noun names as a verb ("prepared to deploy" for "deployment"), never the noun.

    A verb only: "United States" is no "statement", nor is "the secretary of state".
    """
    root = head.lower()[:-4] if head.lower().endswith("ment") else ""
    return len(root) > 3 and not re.search(rf"\b{re.escape(head)}\b", sentence, re.I) and bool(re.search(
        rf"\b(?:to|will|would|can|could|may|might|must)\s+{re.escape(root)}\b|\b{re.escape(root)}(?:ed|d|ing)\b",
        sentence))


def _describes(sentence: str, head: str, question: str) -> bool:
    """The sentence puts words of its own on the thing: "the biggest and most heavily fortified US embassy",
    "Khamenei, Iran's highest religious and spiritual authority"."""
    asked = {w.lower() for w in _WORD_RE.findall(question)}
    found = list(re.finditer(rf"\b{re.escape(head)}\b", sentence, re.I))
    if not found:
        return True   # not named ("Khamenei's position"): no opinion
    for m in found:
        # Its own noun phrase only, back to the article: "attacked the US embassy" puts nothing on it, nor does
        # "Trump warned Khamenei" (no article: a name, described only by an apposition).
        window = _WORD_RE.findall(sentence[: m.start()])[-7:]
        # A possessive opens the phrase as an article does: "Baghdad's heavily fortified Green Zone".
        before = list(itertools.takewhile(lambda w: w.lower() not in _DETERMINERS and not _POSSESSIVE_WORD.search(w),
                                          reversed(window)))
        if len(before) == len(window):
            before = []
        if any(w.islower() and w not in asked | STOPWORDS for w in before) or _APPOSITION.match(sentence, m.end()):
            return True
    return False


# Evidence asked for must be spoken of as such: shown, documented, proved, not only claimed.
_EVIDENCE_ASKED = re.compile(r"\b(?:what|which|any|some|no|the|offer\w*|give\w*|gave|present\w*|produc\w*|provid\w*|"
                             r"shar\w*|releas\w*|is there|was there)\s+(?:\w+\s+)?(?:evidence|proof)\b", re.I)
_EVIDENCE = re.compile(r"\b(?:evidence|proof|prov(?:e|ed|en|es|ing)|intelligence|show(?:s|ed|n|ing)?\s+that|indicat\w*|"
                       r"document\w*|footage|video\w*|recording\w*|confirm\w*)\b", re.I)


def _gives_reason(sentence: str, question: str) -> bool:
    """The sentence gives a reason beyond the question's words: not "asking crowds to leave" for "Why did the
    group ask the crowds to leave?"."""
    words = {w.lower() for w in _WORD_RE.findall(question)}
    asked = {w[:5] for w in words}
    for m in _REASON.finditer(sentence):
        purpose = m.group(0)[3:].lower() if m.group(0).lower().startswith("to ") else ""
        if purpose and (purpose in words - STOPWORDS or purpose[:5] in {w[:5] for w in words if event_of(w)}):
            # "refused to leave" for "Why did they refuse to leave?": the question's own purpose; "prepared to
            # deploy" for "Why were the troops deployed?", its own deed in another form.
            continue
        after = [w for w in _WORD_RE.findall(sentence[m.end():])[:4] if w.lower() not in STOPWORDS]
        if any(w.lower()[:5] not in asked for w in after[:2]):
            return True
    return False


# A deed not done: "not to evacuate", "has not been evacuated", "didn't leave".
_NOT_DONE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:(?:to|be|been|have|yet)\s+)*([a-z]+)", re.I)
# Told undone in a clause about something else: "…, which has not been evacuated." A sentence whose own subject
# left it undone may give the reason anywhere ("Citing its defences, the US has not evacuated the embassy").
_UNDONE_ASIDE = re.compile(r",\s+(?:which|that|who)\s+(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:been\s+)?"
                           r"([a-z]+)", re.I)


def _undone_unexplained(sentence: str, question: str) -> bool:
    """The question asks why a deed was not done, and the sentence tells it undone in a relative clause with no
    reason after it: "…, which has not been evacuated." for "Why did the US decide not to evacuate the embassy?"
    (its "to protect" is the reason for other forces sent)."""
    # Asked, the subject may stand between: "Why hasn't the embassy been evacuated?".
    undone = {next((e for w in _WORD_RE.findall(question[m.start(1):])[:4] if (e := event_of(w))), None)
              for m in _NOT_DONE.finditer(question)} - {None}
    return bool(undone) and not states_cause(sentence) and any(
        event_of(m.group(1)) in undone and not _REASON.search(sentence, m.end())
        for m in _UNDONE_ASIDE.finditer(sentence))


def _only_as_asked(words: tuple[str, ...], thing: str, question: str) -> bool:
    """The sentence names the thing, and only with the words the question puts before it ("attack helicopters",
    not "Apache attack helicopters")."""
    where = _positions(words, (thing,))
    asked = {w.lower() for w in _WORD_RE.findall(question)}
    return bool(where) and not _named_next_to(words, where, question) and all(
        i == 0 or words[i - 1].lower() in asked | STOPWORDS or _NUMBER_RE.fullmatch(words[i - 1]) for i in where)


# A question asking which one did it, not a "which" of a relative clause ("…, which the Pentagon confirmed?").
_ASKS_WHICH_ONE = re.compile(r"\s*(?:which|what)\s", re.I)


# "What is the name of that area …": an area is named by a name whose last word says what kind of area it is
# ("Baghdad's heavily fortified Green Zone"), in a sentence with no "area" for a name to stand beside. Not a
# title ("US District Judge"), nor a bare "The Zone".
_AREA_WORDS = frozenset("area district zone neighbourhood neighborhood quarter".split())
_AREA_NAMED = re.compile(r"\b(?!(?:The|In|At|On|A|An)\b)(?:[A-Z][\w’'-]+ )+(?:Zone|District|Quarter|Neighbou?rhood)\b"
                         r"(?! [A-Z])")


def holds_type(sentence: str, kind: str | None, question: str, speaker: str = "") -> float:
    """How well `sentence` supplies what the question asks for: 1.0 yes, 0.0 visibly not, UNSURE between.
    `speaker`: the name of the body a "The group said …" sentence reports (`group_named`).

    Visibly not: the sentence lacks any answer of the kind asked for, or it names the thing asked
    about ("contractor", "rockets") with no name or number beside it.
    """
    if (_YES_NO.match(question) or _ASKS_WHICH_ONE.match(question)) \
            and "confirm" in events_missing(sentence, question):
        # "Did the Pentagon confirm how many were wounded?": a count the militia gave is of the type asked, but
        # confirms nothing. Firmer than the doubt of other events missing (below): the closest sentence is still
        # offered with the refusal, and "Has anyone independently verified …?" is refused only so. Nor does
        # the deed tell "Which US official confirmed that attack helicopters had been sent?".
        return 0.0
    focus = asked_about(question)
    if kind is None:
        # "Which base are they sent from?": where they come from, named, if the sentence mentions the base.
        # But a group's people are "from" it as its members: "whose supporters", "which includes".
        if _ORIGIN.search(question) and not _FROM.search(sentence) and not (focus and focus[-1].lower() in _GROUPS):
            return 0.0
        town = bool(_TOWN_ASKED.search(question))
        if country := place_within(question):
            if not _located_in(sentence, country, named=town):
                return 0.0
        elif town and not _names_town(sentence, question):
            return 0.0
        if town and not _in_part_asked(sentence, question):
            return 0.0   # "Which towns in western Iraq …?" is not answered by "in Baghdad, Iraq"
        if town and (thing := _town_of(question)) and not _positions(_words(sentence), (thing,)):
            return UNSURE   # "In which city is the military base …" is not answered by where the embassy is
        if mentions_unnamed(sentence, question):
            return 0.0
        if _HOW_LONG.search(question) and not _lasting(sentence, question):
            return UNSURE
        if _WHY.match(question):
            if not _gives_reason(sentence, question):
                return 0.0
            if (doer := _why_doer(question)) and not _positions(_words(sentence), doer):
                return UNSURE   # the guards' firing gives no reason for the militia's
            # A reason for something else: "Why did they refuse to leave?", no leaving. Only the main clause's
            # events: "… the strikes that led to the protests" asks why the strikes.
            if _undone_unexplained(sentence, question):
                return 0.0   # "…, which has not been evacuated.": told undone, and why not, nowhere
            if events_missing(sentence, _main_clause(question)):
                return UNSURE
        if (m := _DESCRIBED.match(question)) and not _describes(sentence, _thing(m.group(1)), question):
            return UNSURE   # "How was the US embassy described?": not by "the US embassy in Baghdad"
        if (m := _DESCRIBES_ASKED.match(question)) and _deed_only(sentence, _thing(m.group(1))):
            return UNSURE   # "How did Esper describe the deployment?": not by "troops are prepared to deploy"
        if _EVIDENCE_ASKED.search(question) and not _EVIDENCE.search(sentence):
            return 0.0   # "What evidence did the US give …?" is not answered by the accusation itself
        # "… name the American contractor?": "killed an American civilian contractor" names him nowhere, nor "a US
        # citizen"; "identified the victim as …" may. A country or a group is named by its name, anywhere: "Did
        # Trump name the country …?"
        if (m := _NAMING_ASKED.match(question) or _NAMED_ASKED.match(question)) \
                and (thing := _up_to_verb(_leading(m.group(1)))) \
                and thing[-1].lower() not in _NOT_A_THING | _GROUPS | _ANYONE and not _unspecified(sentence) \
                and not _named_next_to(said := _words(sentence), _positions(said, thing[-1:]), question) \
                and not _NAMING_TOLD.search(sentence):
            return 0.0
        if _YES_NO.match(question) and (events_missing(sentence, question) or _any_missing(sentence, question)
                                        or _post_missing(sentence, question)):
            return UNSURE
        # "… the base where the contractor was killed?": a town named beside no killing; "At which base will the
        # soldiers be stationed?": their sending says nothing of where they will be.
        if (town or country or _SITE_ASKED.search(question)) and no_event_asked(sentence, question):
            return UNSURE
        if _COUNTRY_PLACE_ASKED.search(question) and not _country_as_place(sentence, question):
            return UNSURE   # "Which country will the troops be based in before moving into Iraq?"
        if (_where_someone_was(question) and not _placed(sentence)) or _places_another(sentence, question):
            return 0.0
        if _NAMED_ONE.search(question) and focus and focus[-1].lower() in _POST_WORDS | _INDIVIDUALS \
                and not _ONE_TOLD.search(sentence) and _BODY.search(sentence):
            return 0.0   # "Which named PMU official issued the statement?": "the PMU umbrella group issued …"
        if (kinds := kinds_asked(question) or kinds_claimed(question)) and not names_kind(sentence, kinds):
            return UNSURE   # "Which unit flew the helicopters?": a sentence naming no unit tells none
        if quotes_another(sentence, question):
            return 0.0   # "What did the Iraqi government say in response to Esper's call …?": Esper's words
        return UNSURE if (mentioned_not_speaking(sentence, question) or spoken_by_another(sentence, question)
                          or narrated_only(sentence, question)) else 1.0
    if kind == KIND:
        # "What kind of unit": a sentence naming a kind of unit ("an infantry battalion") answers best.
        kinds = kinds_of(focus[-1]) if focus else None
        if kinds is None:
            # Kinds not known: "What type of attack helicopters …" is not answered by "attack helicopters", which
            # says no more of their type than the question does.
            if not focus:
                return 1.0
            words = _words(sentence)
            if _only_as_asked(words, focus[-1], question):
                return 0.0
            return 1.0 if _positions(words, focus[-1:]) else UNSURE
        # "What type of base is it?" is not answered by "the base": the word asked is no kind of itself.
        asked = {focus[-1].lower(), focus[-1].lower() + "s"}
        return 1.0 if names_kind(sentence, kinds - asked) else UNSURE
    # The event a time or count is asked of, worked out once: a gap question's is its main clause's.
    main_event = asked_event(_main_event(question)) if kind in (TIME, NUMBER) else None
    if other_event(sentence, main_event):
        return 0.0  # a time or count of some other event
    if kind == NAME and other_event(sentence, _deed(question)):
        return 0.0  # "Who was guarding the mission?" is not answered by who camped out at its gates
    if kind == NAME and (deed := _deed(question)) and deed not in events_in(sentence):
        return UNSURE  # nor by a sentence of no deed at all ("… entered into a war of words")
    if kind == TIME:
        times = [m.group(0) for m in _TIME_RE.finditer(sentence)]
        if m := _DAY_ASKED.search(question):  # "On what day …": "a day after" or "overnight" names none
            times = [t for t in times if _DAY_NAMED.fullmatch(t) and (not m.group(2) or t.lower().endswith("day"))]
            if m.group(0).lower().endswith(("date", "dates")):
                # "On what date …" asks for the calendar: "on Friday" is the closest the articles come, not a date.
                times = [t for t in times if re.fullmatch(_DATE, t) or (t[:1].isupper() and t.lower() in MONTHS)]
        elif _YEAR_ASKED.search(question):  # "In what year …": "since the fall of Saddam" names none
            # A full date names its year too: a dateline's year is the year of what the report tells (a time
            # of some other event is refused above).
            times = [t for t in times if t.isdigit() or re.fullmatch(_DATE, t)]
        elif _CLOCK_ASKED.search(question):  # "At what time on Tuesday …": "on Tuesday" is no time of day
            times = [m.group(0) for m in _CLOCK.finditer(sentence)]
        elif asks_gap(question):
            # The day the main clause's event happened, beside that event: "in the coming days" or "immediately"
            # is a plan, and a day beside some other event dates nothing asked.
            times = [t for t in times if _DAY_NAMED.fullmatch(t)]
            if main_event and main_event not in events_in(sentence):
                return 0.0
        found = float(_new(times, question))
        # "When did the protesters withdraw?": a time beside no withdrawal may be the time of anything.
        return found * UNSURE if main_event and main_event not in events_in(sentence) else found
    words = _words(sentence)
    where = _positions(words, focus)
    if kind == NUMBER:
        if _countries_listed(sentence, question) or _told_by_which(sentence, question):
            return 1.0
        one = _counted_one(sentence, question)
        if not one and not _new(_NUMBER_RE.findall(sentence), question):
            return 0.0
        if (m := _CONTRAST.search(question)) and not _both_told(sentence, words, [w for w in m.groups() if w]):
            return 0.0
        if (by := said_by(question)) and not _positions(words, by) and not _positions(_words(speaker), by):
            return UNSURE  # "How many … did the Pentagon say were killed?": "The group said … 25 militiamen dead"
        if not focus and _HOW_MUCH.search(question):
            return float(bool(_AMOUNT_RE.search(sentence)))
        if (event := asked_event(question)) and not one and not _counts_event(words, event):
            return UNSURE  # "hundreds of troops … chanting “Death to America”": no count of deaths
        if not focus or any(f.lower() in _ANY_COUNT for f in focus):
            return 1.0
        if not where:
            return UNSURE
        # "How many militia sites": a count of militiamen is no count of sites (where people are counted, the
        # question's other words may name them: "militia supporters" are "militiamen and their supporters").
        if not one and not _counted_number(words, _positions(words, focus[-1:]) if _SITE_WORD.fullmatch(focus[-1])
                                           else where):
            return 0.0
        # "How many additional troops": a count of troops may not be one of the additional ones.
        return UNSURE if _modifier_missing(words, focus) else 1.0
    if (owned := owned_role(question)) and not holds_owned_role(sentence, *owned):
        where = []  # "US President Donald Trump" is not Iraq's president
    leads = _WHO_LEADS.search(question)
    if where and _asks_crowd_leader(question):
        # Iraq's premier or Iran's ayatollah leads no protest.
        where = [i for i in where if words[i].lower() not in _ALSO_A_LEADER + ("ayatollah",)]
    if focus and focus[-1].lower() in _DEMONYMS:
        # "the name of the American who was killed": a person of the country, not the country ("Death to America").
        people = focus[-1].lower()
        where = [i for i in where if not (people.startswith(w := words[i].lower()) and w not in _DEMONYMS)]
        # "Who was the American killed?", his name not asked for: told by the deed and the role the articles give
        # him ("rocket fire that killed an American civilian contractor").
        deed = next((e for w in _WORD_RE.findall(question) if (e := event_of(w))), None)
        if _WHO_WAS.match(question) and not re.search(r"\bnamed?\b|\bnames\b", question, re.I) \
                and deed and deed in events_in(sentence) \
                and any(i + 1 < len(words) and words[i + 1].islower() and words[i + 1] not in STOPWORDS
                        for i in where):
            return 1.0
    if where:
        return float(_named_next_to(words, where, question))
    if leads:
        return 0.0   # "Who commands the Hashd Shaabi?": a sentence with no leader in it names none
    if focus and focus[-1].lower() in _AREA_WORDS \
            and _new([m.group(0) for m in _AREA_NAMED.finditer(sentence)], question):
        return 1.0   # "the name of that area where the protesters converged": "Baghdad's … Green Zone"
    names = [m.group(0) for m in _NAME_RE.finditer(sentence)] + [m.group(0) for m in _ROLE_RE.finditer(sentence)]
    # A name, but not beside the role asked about: perhaps someone else's.
    return float(_new(names, question)) * (UNSURE if focus else 1.0)
