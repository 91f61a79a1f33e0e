"""Hybrid retrieval: dense (FAISS) and BM25 chunk rankings fused by rank, then scored sentence by sentence."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from index.embedding import Embedder
from index.keyword import STOPWORDS, KeywordIndex, skeleton, terms, tokenize
from rag.answer_types import (ANYONE, KIND, NAME, NO_ONE_NEW, NUMBER, ORDINALS, PICTURE_WORDS, PRIME_MINISTER,
                              TIME, WEEKDAYS, asked_about, asked_event, asked_word, asks_blank, asks_day, asks_gap,
                              asks_why,
                              before_scene, bodies_asked, days_named, deed_doer, deed_words, happened_at,
                              holds_asked_quote, holds_numbered_point, holds_owned_role, holds_said_claim, holds_type,
                              kinds_asked, mentions_unnamed, names_asked, names_kind, names_threat, offered_choices,
                              only_addressed, owned_role, placed_thing,
                              post_holders, post_variants, post_words, question_type, quotes_tweet, speaker_words,
                              spellings, states_response, states_unknown, synonym_words, tells_day_of, tells_done_to,
                              tells_when_deed, variants, verb_slots, yes_no_actor)
from index.store import IndexData
from rag.attribution import group_named, speaker_sentence, unquoted
from rag.calendar_dates import as_weekdays, report_dates
from rag.countries import is_country_word
from rag.event_verbs import event_of, events_missing, words_for_deed
from rag.kinds import kinds_of
from rag.word_forms import irregular_forms

RRF_K = 60
# Words that frame a question rather than name its subject; their absence from the articles means nothing.
GENERIC = frozenset("""
name named kind type sort describe described mention mentioned happen happened besides compared compare
according take took give gave given make made get got happen happening call called reason reasons role part
stated listed shown located situated
place places actually really exactly indeed even also inside roughly approximately
intention intentions intent stance attitude
supposedly allegedly reportedly apparently seemingly purportedly ostensibly
aforementioned abovementioned
behind
article articles
""".split())
_NO_DETAIL = GENERIC | NO_ONE_NEW
# Words that set aside what the question does not ask ("wounded, as opposed to killed", "apart from the 750"):
# no article need have "opposed" or "apart" for the question to be about them.
_SETTING_ASIDE = re.compile(r"\b(?:as opposed to|apart from|aside from|in contrast (?:to|with)|unlike|let alone)\b",
                            re.I)
# An article's own publishing, which its dateline tells: "When was the article about Khamenei published?".
_OF_AN_ARTICLE = re.compile(r"\b(?:articles?|reports?|stor(?:y|ies)|pieces?)\b", re.I)
_PUBLISHING = frozenset("published dated".split())
_GAP_WORDS = frozenset("time passed elapsed".split())   # "How much time passed between …": no article need say so
# "How many people showed up?": people counted by what they did, which a sentence counting some as "thousands of
# supporters" who converged tells, though it has none of the question's words.
_ANYONE_WORDS = "|".join(sorted(ANYONE))
_ANYONE_COUNTED = re.compile(rf"\bhow\s+many\s+(?:{_ANYONE_WORDS})\b", re.I)
_ROUGH_COUNT = re.compile(r"\b(?:thousands|hundreds|dozens|scores)\s+of\b", re.I)
# "Who does Trump blame for the embassy attack?", "Which country does he hold responsible?": whom the one named
# blames, told where he blames, holds responsible or accuses (the articles' "Iran would be held responsible").
_BLAME_ASKED = re.compile(r"^\s*(?:who|whom|which\s+[\w-]+|what\s+[\w-]+)\s+(?:does|did|do|is|was|has|will)\s+"
                          r"(?P<doer>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?:blame|blaming|blamed|hold(?:ing)?\s+"
                          r"responsible|held\s+responsible|accuse|accusing|accused)\b", re.I)
_REFERRING = re.compile(r"\breferring to [^,.;]+", re.I)   # "…,” he said, referring to Mr Trump": no blame by him
_BLAME_TOLD = re.compile(r"\b(?:blam\w*|responsib\w*|accus\w*|orchestrat\w*)", re.I)
# "What did Khamenei say the US can do?": what someone can or could do is told where that is said, also as
# what they cannot ("You can’t do anything").
_CAN_DO_ASKED = re.compile(r"\bwhat\b.*\b(?:can|could)\s+(?:[\w’'.-]+\s+){0,3}?do\b"
                           r"|\b(?:can|could)(?:not|n?['’]t)?\s+do\s+anything\b", re.I)
_CAN_DO_TOLD = re.compile(r"\b(?:can|could)(?:not|n?['’]t)?\s+do\b", re.I)
# A number and a word for anyone after it: "the 750 guys".
_VAGUE_COUNT = re.compile(rf"\b(\d[\d,]*)\s+({_ANYONE_WORDS})\b", re.I)
_COUNT_IN_TEXT = re.compile(r"\b(\d[\d,]*)\s+([a-z]+)")
# Two capitalised words side by side, pairs overlapping: "Iranian Foreign Ministry" is "Iranian Foreign" and
# "Foreign Ministry".
_CAPITALISED_PAIR = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) (?=([A-Z][a-z]+)(?![\w-]))")
# Titles before a name ("President Hassan Rouhani"): the name is what the articles may lack, not the pair.
_TITLES = frozenset("president vice mr mrs ms dr general gen colonel col major captain lieutenant sergeant admiral "
                    "ayatollah sheikh imam cleric king queen prince emir senator sen rep governor mayor pope judge "
                    "ambassador commander".split())
_NO_NAME_WORDS = STOPWORDS | synonym_words()   # function words and posts make no name of their own
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,})-\s+([a-z]{2,})\b")
_RUN_TOGETHER_MIN, _RUN_TOGETHER_PARTS = 6, 4   # "usbase" at the least; "ayatollahalikhamenei" at the most


# Things whose names carry the word for the kind ("Abu Nawas Street", "Tahrir Square"): a "which" question
# about one that no article uses cannot be answered by the articles' other names.
_NAMED_WITH_KIND = frozenset("street streets road roads avenue avenues square squares bridge bridges highway "
                             "highways boulevard".split())


def _one_letter_off(a: str, b: str) -> bool:
    """One letter dropped or added: "actualy" for "actually". A letter changed is too often another word:
    "altitude" is no "attitude"."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


@lru_cache(maxsize=4096)
def _misspelt_generic(word: str) -> bool:
    """A long framing word mistyped ("actualy", "mentiond"): framing still, not a subject the articles lack.
    Short ones are too near real words: "planes" is no "places"."""
    w = word.lower()
    return len(w) >= 7 and any(len(g) >= 7 and _one_letter_off(w, g) for g in GENERIC)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may answer the question, with the signals used to rank it."""

    sentence: int      # row in the index's sentence table
    score: float       # combined score used for ranking and abstention
    dense: float       # cosine between question and sentence
    context: float     # fused rank score of the best chunk holding the sentence, 0..1
    coverage: float    # share of the question's keywords found in the sentence
    typed: float       # 0..1: holds the kind of answer asked for (a number for "how many" …)
    unstated: bool = False  # shows the detail asked about is not given ("without specifying …")
    named: bool = False     # names the thing a "which …" question asks about ("the Kataib Hezbollah militia")
    acted: bool = False     # holds the deed a "who did it" question asks about ("US Marines guarding …"), or
    #                         the deed a day question asks of with its day ("attacked the US embassy on Tuesday"),
    #                         or a rough count of those doing what a "how many people" asks ("Thousands of …"),
    #                         or the blame a "whom does X blame" asks of, by X ("Trump vowed that Iran would be …")
    dated: bool = False     # names the day the question names ("… on Wednesday as more crowds arrived …")
    quoted: bool = False    # has the words the question quotes ("Who said 'You can't do anything'?"), or the
    #                         numbered point it asks for ("1st: …" for "What was Khamenei's first point?")


@dataclass(frozen=True)
class Retrieval:
    """Ranked candidates for one query, and the question keywords the corpus has never seen."""

    query: str
    candidates: list[Candidate]
    unknown_terms: list[str]
    unknown_names: list[str]
    unknown_focus: list[str] = ()  # the role or thing a name or number is asked for ("ambassador")
    focus: str = ""  # the words the sentences were judged on: the question itself, without context
    unknown_actors: list[str] = ()  # who is asked to have said or done it ("parliament"), also in unknown_focus
    unknown_events: list[str] = ()  # the deed whose time or count is asked, in no article ("founded"), also in
    #                                 unknown_focus


def rrf(rankings: list[np.ndarray], k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over the rankings an item appears in."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking.tolist()):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank + 1)
    return fused


@lru_cache(maxsize=8192)
def _sentence_tokens(sentence: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A sentence's tokens, and its 5+ letter stems sorted (for prefix matching).

    Kept: the same evidence sentences recur across queries, and tokenizing and scanning them
    again was the largest cost of a warm query after the model (`rag bench` profile).
    """
    tokens = frozenset(tokenize(sentence))
    return tokens, tuple(sorted(t for t in tokens if len(t) >= 5 and not t.startswith("~")))


# "Why was the contractor working …", "Why were they spending …": a doing told as going on (not a noun: "the
# building"), and not of two doers ("Why are the US and Iran clashing …?"): what they do to each other is the story's
# conflict, which the articles tell in words of their own.
_ONGOING = re.compile(r"^\s*why\s+(?:is|are|was|were)(?:n['’]?t)?\s+(?:(?!and\b)[\w’'-]+\s+){0,5}?(?<!\bthe\s)"
                      r"(?<!\ba\s)(?<!\ban\s)((?-i:[a-z]+ing))\b", re.I)
_TOLD_OTHERWISE_DENSE = 0.6   # cosine of a sentence telling the question's doing in other words (0.68 for hiding)
# "Why was the American contractor who was killed working at the base?": the clause says who, not what is asked why.
_DONE_TO_WHO = re.compile(r"\s+(?:who|that|which)\s+(?:was|were|(?:had|has|have)\s+been)\s+[a-z]+(?:ed|en)\b", re.I)


def _ongoing_unknown(question: str, unknown: list[str]) -> list[str]:
    """The doing a why-question tells as going on, when no article has it in any form and it is no deed of a kind
    the articles word otherwise ("gathering", a form of protesting)."""
    doing = _ONGOING.findall(question)[:1]
    return [w for w in doing if w in unknown
            and not any(event_of(f) for f in (w, w[:-3], w[:-3] + "e", w[:-4]))]


# "with Iraqi …", "to the …": what follows is whom something was done to or with. Not "according to …" (the
# source asked about).
_AFTER_PREPOSITION = re.compile(r"\b(?:with|(?<!according )to)\s+(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+)?$", re.I)
# Not "PM", which is also a time of day ("9 pm").
_PREMIER = tuple(t for t in tokenize("premier") if not t.startswith("~"))
# A photo is credited as "Picture: …", however the question names it.
_PICTURE = tuple(t for t in tokenize("picture") if not t.startswith("~"))
# A list quoted as "1st: …, 2nd: …" is asked about as its "first" and "second" points, and the other way round.
_ORDINALS = {word: (num,) for word, num in ORDINALS.items()} | {num: (word,) for word, num in ORDINALS.items()}


def _coverage(q_tokens: list[str], sentence: str, rarity: list[float],
              other_words: dict[str, tuple[str, ...]] | None = None) -> float:
    """The share of the question's tokens the sentence holds, each weighted by its rarity in the articles;
    a token is held too when one of its `other_words` is (a post's other name: "premier" for "prime minister")."""
    if not q_tokens:
        return 0.0
    s_tokens, stems = _sentence_tokens(sentence)
    # Word stems count fully; consonant skeletons (spelling variants) half.
    weights = [(0.5 if t.startswith("~") else 1.0) * r for t, r in zip(q_tokens, rarity)]
    hit = sum(w for t, w in zip(q_tokens, weights) if _held(t, s_tokens, stems, other_words))
    return hit / sum(weights)


def _held(token: str, tokens: frozenset[str], stems: tuple[str, ...],
          other_words: dict[str, tuple[str, ...]] | None) -> bool:
    """The token, or one of its `other_words`, is in the sentence (`_in_sentence`)."""
    return _in_sentence(token, tokens, stems) or bool(other_words) and any(
        _in_sentence(o, tokens, stems) for o in other_words.get(token, ()))


def _other_names(question: str) -> dict[str, tuple[str, ...]]:
    """Question tokens the articles word otherwise: those of "prime minister(s)", each with the stem of "premier";
    of "photo", "photographer" …, each with the stem of "picture"; and ordinals, as words or numbers."""
    names = {t: _PREMIER for m in PRIME_MINISTER.finditer(question) for t in tokenize(m.group(0))}
    names |= {t: _ORDINALS[t] for t in tokenize(question) if t in _ORDINALS}
    return names | {t: _PICTURE for w in re.findall(r"[\w’'-]+", question)
                    if w.lower() in PICTURE_WORDS or re.sub(r"(?:['’]s|s)$", "", w.lower()) in PICTURE_WORDS
                    for t in tokenize(w) if not t.startswith("~")}


_DEED_THEN_SCENE = re.compile(r"^(\s*what\s+did\s+[^,?]+?\s+do\b[^,?]*),\s+(?:before|after)\b", re.I)


# Asking words the model's word list lacks: "Summarise Iran's response." opens with no name.
_ASKING_VERBS = frozenset("summarise summarize recap paraphrase".split())


def _holds(tokens: list[str], sentence: str, other_words: dict[str, tuple[str, ...]] | None = None) -> bool:
    """Every one of the (stemmed) tokens is in the sentence, as a word or a word sharing its long prefix, or by
    one of its `other_words`."""
    s_tokens, stems = _sentence_tokens(sentence)
    return all(_held(t, s_tokens, stems, other_words) for t in tokens)


def _stems(words: tuple[str, ...]) -> list[str]:
    """The words' stems, without their spelling skeletons: a word a sentence must hold as written."""
    return [t for w in words for t in tokenize(w) if not t.startswith("~")]


def _in_sentence(token: str, tokens: frozenset[str], stems: tuple[str, ...]) -> bool:
    """The token is one of the sentence's `tokens`, shares a long prefix with one (`_prefix_match`) or ends a
    compound (`_compound_tail`); no spelling skeleton ("~…") does either."""
    return token in tokens or not token.startswith("~") and (_prefix_match(token, tokens, stems)
                                                             or _compound_tail(token, stems))


def _with_speaker(data: IndexData, sentence: int, text: str) -> str:
    """A quotation that does not say whose it is, with the capitalised words its speaker's sentence has outside
    quotation marks: "“We’re not after wars …”" is Khamenei's, and "What did Khamenei say Iran is not after?"
    asks for it."""
    said = speaker_sentence(data, sentence)
    if said is None:
        return text
    return text + " " + " ".join(re.findall(r"\b[A-Z][\w’'-]+", unquoted(data.sentence_text(said))))


def _prefix_match(token: str, tokens: frozenset[str], stems: tuple[str, ...]) -> bool:
    """Stems the stemmer leaves apart but that share a long prefix: threaten ~ threat.

    True when a 5+ letter token of the sentence starts with `token` (found by bisection in the
    sorted `stems`, where such tokens follow `token` directly) or is a prefix of it.
    """
    if len(token) < 5:   # no skeleton ("~…") comes here: `_in_sentence` keeps them out
        return False
    i = bisect.bisect_left(stems, token)
    if i < len(stems) and stems[i].startswith(token):
        return True
    return any(token[:n] in tokens for n in range(5, len(token) + 1))


def _capital_told(m: re.Match) -> bool:
    """The capital of the word matched may be meant: it opens a sentence ("… neatly? Protests rarely end …") or
    stands beside another capitalised word that does not ("the State Department", "the United Nations")."""
    def opens(head: str) -> bool:
        head = head.rstrip()
        return not head or head[-1] in ".?!:;\"“("

    head = m.string[:m.start()]
    before = re.search(r"\b([A-Za-z][\w’'-]*)\s*$", head)
    after = re.match(r"\s+([A-Za-z])", m.string[m.end():])
    return opens(head) or bool(before and before.group(1)[0].isupper() and not opens(head[:before.start()])) \
        or bool(after and after.group(1).isupper())


# The word before a deed suffered, not done: "get hurt", "were injured", "any injuries".
_SUFFERED = re.compile(r"\b(?:get|gets|got|getting|gotten|was|were|been|being|be|is|are|any|many|no|people|"
                       r"anyone)\s+$", re.I)
# First parts that make no compound of what follows: "understand" is no stand, "discount" no count.
_NOT_COMPOUNDING = ("dis", "under", "over", "trans", "sup", "sub", "with", "back", "con", "com", "pro", "pre", "mis",
                    "inter", "counter", "re", "de", "un", "in", "ex")


def _compound_tail(token: str, stems: tuple[str, ...]) -> bool:
    """The question's token (five letters or more, less a final "e") ends a longer word of the sentence, after a
    first part of three letters or more that is no prefix: "airstrikes" are strikes, though the stemmer cuts "strike"
    and "airstrik" apart."""
    core = token[:-1] if token.endswith("e") else token
    return len(core) >= 5 and any(len(s) >= len(core) + 3 and s.endswith(core)
                                  and not s[:-len(core)].startswith(_NOT_COMPOUNDING) for s in stems)


def _with_synonyms(query: str, focus: str) -> str:
    """The query, the other words for its posts, and the kinds of the thing whose kind is asked.

    "prime minister" also finds "premier"; "what kind of unit" also finds "battalion" and "brigade".
    """
    # "Who leads Iraq's government?" asks for the country's leader, by any of its words ("Iraq's premier"), unsaid;
    # "Who leads the protesters?" for no premier.
    owned = owned_role(focus)
    words = re.findall(r"[\w’'-]+", query) + (["leader"] if owned and owned[1] == "leader" else [])
    extra = [v for w in words for v in post_variants(re.sub(r"['’]s$", "", w))]
    if question_type(focus) == KIND and (thing := asked_about(focus)):
        extra += sorted(kinds_of(thing[-1]) or ())
    return f"{query} {' '.join(dict.fromkeys(extra))}" if extra else query


def _adding(top: list[tuple[int, float]], ids: np.ndarray, n: int,
            fused: dict[int, float]) -> list[tuple[int, float]]:
    """`top` and the first `n` chunks of `ids` it lacks, each with its fused score (none if only one list had it)."""
    taken = {c for c, _ in top}
    return top + [(c, fused.get(c, 0.0)) for c in ids[:n].tolist() if c not in taken]


def _compound_halves(query: str, kw: KeywordIndex) -> set[str]:
    """Words of the question that, joined to the next across a space or hyphen, make one the articles use: "air
    strikes" is their "airstrikes", so "air" is no detail they lack. Not a stopword's pair ("any way")."""
    halves: set[str] = set()
    for m in re.finditer(r"(?=\b([^\W\d_]{3,})[ -]([^\W\d_]{3,})\b)", query):
        a, b = m.groups()
        joined = tokenize(a + b)
        if a.lower() not in STOPWORDS and b.lower() not in STOPWORDS and joined and joined[0] in kw.vocab:
            halves |= {a.lower(), b.lower()}
    return halves


def _offered_aside(question: str, unknown: list[str], names: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Unknown words and names, less those of an alternative the asker offers beside one the articles have;
    and the words of choices none of which the articles have.

    "Was it stormed on Monday or Tuesday?": the articles need name only one of the days offered; "were the
    strikes on saturday or sunday?" asks for a day they do not name.
    """
    offered: set[str] = set()
    none_known: list[str] = []
    for alternatives in offered_choices(question):
        absent = [alt for alt in alternatives if any(w in unknown for w in alt)]
        if len(absent) < len(alternatives):
            offered.update(w for alt in absent for w in alt)
        else:
            none_known += [w for alt in absent for w in alt if w in unknown]
    return [w for w in unknown if w not in offered], [w for w in names if w not in offered], none_known


# Capitals standing for a run of capitalised words ("PMF", "KH"). Two stand only for a run of two words, and
# never for a function word written in capitals ("IS IT TRUE …").
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# "Kata'ib Hizballah": a name transliterated with an apostrophe, which the articles may write without one.
_INNER_APOSTROPHE = re.compile(r"\b([^\W\d_]+)['’](?!(?:ll|re|ve)\b)([^\W\d_]{2,})\b")   # not "we'll"
_TYPOS_LONG = 2   # letters a word of eight or more may have wrong ("khamenie"); a shorter one, one


def _edits(a: str, b: str) -> int:
    """Levenshtein distance, a swap of neighbours counting once ("khamenie" ~ "khamenei")."""
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            if prev2 is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


_SOUND = str.maketrans("bdgvzeiouy", "ptkfsaaaaa")


def _sound(word: str) -> str:
    """A word as it sounds, near enough for a name typed by ear: vowels alike, b as p, d as t, g as k, v as f,
    z as s."""
    return word.translate(_SOUND)


class HybridRetriever:
    """Finds the sentences of an index that best match a query.

    Args:
        data: the loaded index.
        embedder: the model the index was built with.
        depth: how many chunks each ranking contributes before fusion.
        chunks: how many fused chunks supply candidate sentences.
        dense_chunks: how many of the closest chunks by meaning alone supply them too (a sentence that
            words the question's idea otherwise can sit in a chunk the keywords rank low).
        keyword_chunks: how many of the top chunks by keywords alone supply them too ("premier" found for
            "prime minister" in a chunk whose meaning is far from the question).
        deed_chunks: how many of the top chunks by the deed of a who-question alone supply them too.
        day_chunks: how many of the top chunks by the question's words and the weekdays supply them too, for a
            question asking the day (three: a day told once can rank third behind two that date other deeds).
        clause_margin: how much closer than its whole sentence a clause must be to count instead.
        w_asked: added for holding the word an open question asks about ("threat" in "What threat did Trump
            make"): the answering sentence often shares little else with the question ("They will pay a very
            BIG PRICE! … it is a threat"), or a kind of the thing a which-question asks for ("dpa" for "which
            news agency"), or the day the question names ("What got set on fire on Wednesday?").
    """

    def __init__(self, data: IndexData, embedder: Embedder, depth: int = 30, chunks: int = 8,
                 w_context: float = 0.15, w_coverage: float = 0.2, w_type: float = 0.2, w_asked: float = 0.1,
                 clause_margin: float = 0.1, dense_chunks: int = 8, keyword_chunks: int = 1,
                 deed_chunks: int = 2, day_chunks: int = 3):
        self.data, self.embedder = data, embedder
        self.clause_margin = clause_margin
        self.depth, self.chunks, self.dense_chunks, self.keyword_chunks = depth, chunks, dense_chunks, keyword_chunks
        self.deed_chunks, self.day_chunks = deed_chunks, day_chunks
        self.w_context, self.w_coverage, self.w_type = w_context, w_coverage, w_type
        self.w_asked = w_asked
        self._skeletons: dict[str, list[str]] | None = None
        self._capitalised: frozenset[str] | None = None
        self._caps: frozenset[str] | None = None
        self._lowered_all = ""
        self._initials: dict[str, str] | None = None
        self._counted: dict[str, set[str]] | None = None
        self._spelt: dict[str, str] | None = None
        self._lower_only: frozenset[str] | None = None
        # The reports' dates and lower-cased texts, read once: a question's calendar date is their weekday.
        self._dates: list[date] | None = None
        self._lowered: list[str] = []
        # The model's own word list, where it has one: a word in it is a word of the language, not a name.
        vocab = getattr(getattr(getattr(embedder, "model", None), "tokenizer", None), "vocab", None)
        self.ordinary: Callable[[str], bool] | None = vocab.__contains__ if isinstance(vocab, dict) else None

    def retrieve(self, query: str, focus: str | None = None) -> Retrieval:
        """Candidates for `query`; keyword coverage and answer type are judged on `focus` when given
        (the user's own words of a follow-up, without the context words added by rewriting)."""
        data = self.data
        focus = focus or query
        if focus == query:
            qv = sv = self.embedder.embed([query])[0]
        else:
            # Chunks are found with the context words; sentences are judged on the user's own words too.
            qv, fv = self.embedder.embed([query, focus])
            sv = qv + fv
            sv /= max(float(np.linalg.norm(sv)), 1e-12)
        d_ids, _ = data.dense.search(qv, self.depth)
        k_ids, _ = data.keyword.search(_with_synonyms(query, focus), self.depth)
        fused = rrf([d_ids, k_ids])
        top = sorted(fused.items(), key=lambda kv: -kv[1])[: self.chunks]
        top = _adding(top, d_ids, self.dense_chunks, fused)
        top = _adding(top, k_ids, self.keyword_chunks, fused)
        deeds = [_stems((verb,)) for verb in deed_words(focus)]
        # "When did Trump fly back … after the embassy attack?": the attack dates the deed asked, it is not asked of.
        main = before_scene(focus)
        # "Which day did the protesters attack?": a sentence telling the attack on a day shows the answer.
        day_deed = asked_event(main) if asks_day(focus) else None
        blamer = _stems(tuple(w for w in m["doer"].split() if w.lower() not in STOPWORDS)) \
            if (m := _BLAME_ASKED.match(focus)) else []
        if blamer:
            blame_ids, _ = data.keyword.search(f"{m['doer']} blamed responsible accused", self.depth)
            top = _adding(top, blame_ids, self.deed_chunks, fused)
        if deeds:
            # "Who guards the US embassy in Baghdad?", "Who stormed …": the embassy's many chunks can crowd out the
            # one telling the deed ("US Marines guarding the mission"), so the deed's own best chunks are read too.
            # By stems: "guards" as written would also match its spelling skeleton, the guards as people.
            deed_ids, _ = data.keyword.search(" ".join(t for d in deeds for t in d), self.depth)
            top = _adding(top, deed_ids, self.deed_chunks, fused)
        if asks_day(focus):
            # "On which day did the crowd first storm the compound?": the day may be told once, in a chunk the
            # question's other words rank low ("whose supporters attacked the US embassy on Tuesday").
            day_ids, _ = data.keyword.search(f"{focus} {' '.join(sorted(WEEKDAYS))}", self.depth)
            top = _adding(top, day_ids, self.day_chunks, fused)
        best_ctx = 2.0 / (RRF_K + 1)
        ctx: dict[int, float] = {}
        for c, f in top:
            first, last = data.chunk_sent[c]
            for s in range(first, last + 1):
                ctx[s] = max(ctx.get(s, 0.0), f / best_ctx)
        sents = np.fromiter(ctx.keys(), dtype=np.int64, count=len(ctx))
        dense = self._dense(sents, sv)
        # "What did the US do over the weekend, before the protests at the embassy?": the clause after the comma
        # only places the deed asked in time; its words are not what the answer shares.
        q_tokens = list(dict.fromkeys(tokenize(m.group(1) if (m := _DEED_THEN_SCENE.match(focus)) else focus)))
        rarity = [data.keyword.rarity(t) for t in q_tokens]
        other_names = _other_names(focus)
        # "What did Iraq's prime minister do …": a sentence naming its doer, every word of it (the post by any of
        # its names), tells the deed.
        doer = deed_doer(focus)
        doer_tokens = _stems(tuple(re.sub(r"['’]s$", "", w) for w in doer))
        unknown, names = self._unknown(focus)
        compound = [w for w in self._unknown_compound_names(focus) if w not in unknown]
        unknown, names, unchosen = _offered_aside(focus, unknown + compound, names + compound)
        kind = question_type(focus)
        # A typed question has its answer type to score instead.
        wanted = _stems(asked_word(focus)) if not kind else []
        # "Which news agency did the witnesses speak to?" is answered by "Witnesses told dpa …".
        kinds = kinds_asked(focus) if not kind else frozenset()
        # "Who appealed to the protesters to leave?" is answered by "… despite appeals from Iraq's premier".
        holders = post_holders(focus, (data.sentence_text(s) for s in ctx))  # read only for "what did X say"
        # A day dates what a question asks about, not why it happened: "Why did the PMU ask the crowds to leave on
        # Wednesday?" is not answered by its asking on Wednesday.
        days = days_named(focus) if kind != TIME and not asks_why(focus) else frozenset()
        blank = asks_blank(focus)   # the words quoted round a quiz's blank frame its answer
        anyone_counted = kind == NUMBER and bool(_ANYONE_COUNTED.search(focus))
        can_do = bool(_CAN_DO_ASKED.search(focus))
        cands = []
        for s, d in zip(sents.tolist(), dense.tolist()):
            text = data.sentence_text(s)
            spoken = _with_speaker(data, s, text)
            cov = _coverage(q_tokens, spoken, rarity, other_names)
            typed = holds_type(text, kind, focus, group_named(data, s) if kind == NUMBER else "")
            score = d + self.w_context * ctx[s] + self.w_coverage * cov + (self.w_type * typed if kind else 0)
            if (wanted and _holds(wanted, text)) or (kinds and names_kind(text, kinds)):
                score += self.w_asked
            # "Who said 'You can't do anything'?": the words quoted are the surest match there is. Not so when
            # something else is asked of them ("What time was the '… Happy New Year!' tweet posted?"). A numbered
            # point asked for is as sure, whatever the question's type.
            quoted = (kind == NAME or blank) and holds_asked_quote(text, focus) or holds_numbered_point(text, focus) \
                or holds_said_claim(text, focus)
            # What someone can do, asked and told, is both the words asked for and the deed.
            can_do_told = can_do and bool(_CAN_DO_TOLD.search(text))
            quoted = quoted or can_do_told
            if quoted:
                score += self.w_type
            if doer_tokens and _holds(doer_tokens, spoken, other_names):
                score += self.w_asked
            acted = any(_holds(deed, text) for deed in deeds) or tells_day_of(text, day_deed, focus) \
                or tells_done_to(text, focus) \
                or (anyone_counted and bool(_ROUGH_COUNT.search(text)) and not events_missing(text, focus)) \
                or (bool(blamer) and bool(_BLAME_TOLD.search(text)) and _holds(blamer, _REFERRING.sub("", spoken))) \
                or can_do_told
            if acted:
                score += self.w_type
            # "What got set on fire on Wednesday?": of the fires told, the one told of that day.
            dated = bool(days) and not days.isdisjoint(days_named(text))
            if dated:
                score += self.w_asked
            if tells_when_deed(text, focus):
                score += self.w_asked
            if not kind and (states_response(text, focus) or quotes_tweet(text, focus)
                             or names_threat(text, focus)):
                score += self.w_type   # the response asked for, weighted as an answer of the type asked is
            # "Which base …" with the base mentioned but not named: the articles leave it unnamed.
            unstated = (mentions_unnamed(text, focus) or states_unknown(text, focus)
                        or only_addressed(text, focus, holders))
            cands.append(Candidate(s, score, d, ctx[s], cov, typed, unstated, names_asked(text, focus), acted, dated,
                                   quoted))
        cands.sort(key=lambda c: -c.score)
        # A role whose name is asked for and that no article mentions ("ambassador") tells; the thing
        # of a "which …" question is often just worded otherwise ("outlet" for "news agency").
        asked = {w.lower() for w in asked_about(focus)} if kind else set()
        missing = [w for w in unknown if (w.lower() in asked or w in unchosen) and w not in names]
        if not kind:  # a typed question has its answer type to check instead
            missing += self._unknown_beyond_context(query, focus, unknown, missing)
            # But a street's name has "Street" in it: "On which street …", with no street in any article, is
            # answered by no other place.
            things = {a.lower() for a in asked_about(focus)}
            missing += [w for w in unknown if w.lower() in _NAMED_WITH_KIND and w.lower() in things
                        and w not in missing]
            bodies = {b.lower() for b in bodies_asked(focus)}
            missing += [w for w in unknown if w.lower() in bodies and w not in missing]
            # "Where is Kataib Hezbollah's headquarters?" with no headquarters in any article: a place named is of
            # something else.
            placed = {p.lower() for p in placed_thing(focus)}
            missing += [w for w in unknown if w.lower() in placed and w not in missing]
        events: list[str] = []
        if kind in (TIME, NUMBER) and asked_event(main) is None:
            # "When did they finally end the sit-in?": an event no article speaks of has no time or count there.
            slots = [w for w in unknown if w in verb_slots(main)]
            missing += [w for w in slots if w not in missing]
            # A participle ("founded", "taken") is surely the deed; another word ("overall") may be anything.
            events = [w for w in slots if w.endswith(("ed", "en"))]
        elif asks_why(focus) and asked_event(why_of := _DONE_TO_WHO.sub("", main)) is None \
                and not any(c.dense >= _TOLD_OTHERWISE_DENSE for c in cands):
            # Nor a reason: "Why was the contractor working at the base?". Only a doing told as going on: a deed
            # ("Why did they invade the embassy?") is often the articles' own in other words (they stormed it);
            # and not where a sentence is as close as one telling it in other words ("Why were American diplomats
            # hiding in a safe room?": they "huddled in a safe room").
            missing += [w for w in _ongoing_unknown(why_of, unknown) if w not in missing]
        # "What did the uk government say", "Did the Iraqi parliament vote …": no article has the speaker or
        # the actor, so none reports what they said or did.
        # "What did Iraq's prime minister do": the articles may call him premier. Only for a deed: asked what he
        # said, a post word no article has still counts against the answer.
        premier = doer and PRIME_MINISTER.search(focus) and any(self.data.keyword.knows(t) for t in _PREMIER)
        # "How did the people guarding the embassy respond?": a word for anyone names no actor; what they do, or
        # where they are ("people in Baghdad"), does.
        actors = [w for w in unknown if w in speaker_words(focus) + yes_no_actor(focus) + happened_at(focus)
                  and not (premier and w.lower() == "prime")
                  and not (w.lower() in ANYONE
                           and re.search(rf"\b{w}\s+(?:(?!during\b|\w*thing\b)\w+ing|who|that|in|at|from)\b",
                                         focus))]
        missing += [w for w in actors if w not in missing]
        owned = owned_role(focus)
        if owned and not self._post_held(focus, owned, cands):
            # "Iraq's president": the articles have presidents, none of Iraq; so none tells where he was or what he did.
            missing.append(owned[1])
            if owned[1] not in actors:
                actors.append(owned[1])
        return Retrieval(query, cands, unknown, names, missing, focus, unknown_actors=actors, unknown_events=events)

    def _post_held(self, focus: str, owned: tuple[str, str, str], cands: list[Candidate]) -> bool:
        """Some article names the country's post: among the candidates, else in the chunks its words find."""
        data = self.data
        if any(holds_owned_role(data.sentence_text(c.sentence), *owned) for c in cands):
            return True
        ids, _ = data.keyword.search(f"{focus} {' '.join(post_words(owned[1]))}", self.depth)
        return any(holds_owned_role(data.sentence_text(s), *owned)
                   for c in ids.tolist() for s in range(data.chunk_sent[c][0], data.chunk_sent[c][1] + 1))

    @staticmethod
    def _unknown_beyond_context(query: str, focus: str, unknown: list[str], missing: list[str]) -> list[str]:
        """What the question adds to its own context, when no article has any of it.

        In "The Pentagon is sending a battalion. Which division does that battalion belong to?" the
        user states what they know; "division" and "belong" are what they ask, and the articles have
        neither: the sentence restating the context answers nothing.
        """
        if focus == query:
            return []
        context = set(tokenize(query.replace(focus, " ")))
        # A word for anyone adds no detail: "… told the crowds to leave. Did everyone leave?" asks of those crowds.
        new = [w for w, stem, _ in terms(focus) if stem not in context and w.lower() not in _NO_DETAIL]
        return [w for w in new if w not in missing] if new and all(w in unknown for w in new) else []

    def _dense(self, sents: np.ndarray, sv: np.ndarray) -> np.ndarray:
        """Cosine of each sentence to the query, or of its closest clause less `clause_margin` if higher.

        A fact at the end of a long sentence ("… announced the deployment of an infantry battalion")
        is drowned in the sentence's vector by what comes first; its clause's vector is not.
        """
        data = self.data
        if not len(sents):
            return np.zeros(0, np.float32)
        dense = data.sent_vecs[sents] @ sv
        starts, counts = data.clause_ptr[sents], np.diff(data.clause_ptr)[sents]
        total = int(counts.sum())
        if total:
            owner = np.repeat(np.arange(len(sents)), counts)
            rows = starts[owner] + np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
            best = np.full(len(sents), -np.inf, np.float32)
            np.maximum.at(best, owner, data.clause_vecs[rows] @ sv - self.clause_margin)
            dense = np.maximum(dense, best)
        return dense

    def spelled_as_articles(self, question: str) -> str:
        """The question with each word the articles lack, but spell alike, written their way.

        "who is the us defence secratary" asks about the "secretary", "iraqs prime minster" about the
        "minister": the keyword index already matches them by consonant skeleton; written out, the words
        are also recognised as the post asked about. A name with an apostrophe ("Kata'ib") is the articles'
        one without it ("Kataib") when they have that.
        """
        kw = self.data.keyword
        # A question typed in capitals has no initialisms to tell from its other words.
        words = re.findall(r"[A-Za-z]{2,}", question)
        shouted = sum(w.isupper() for w in words) * 2 > len(words)

        def fix(m: re.Match) -> str:
            word = m.group(0)
            folded = word.lower()

            def as_typed(found: str) -> str:   # the articles' word, with the capital the user typed
                return found.capitalize() if word[0].isupper() else found

            if _ACRONYM.fullmatch(word) and not kw.knows(folded) and folded not in STOPWORDS and not shouted \
                    and (run := self._initialisms().get(word)):
                return run
            toks = tokenize(folded) if len(folded) >= 4 and folded.isalpha() else []
            if toks and toks[0] in kw.vocab and word[0].isupper() and not word.isupper() and m.start() \
                    and folded in self._never_capitalised() and not _capital_told(m):
                # "Contractor's name?" asked as "What is Contractor's name?": a word the articles never write with
                # a capital is no name, wherever the question puts one; but "United Nations" is a name of its own.
                return folded
            if not toks or toks[0] in kw.vocab:
                return word
            if (forms := words_for_deed(folded)) and question_type(m.string) != NUMBER \
                    and (not m.string[:m.start()].strip() or _SUFFERED.search(m.string, 0, m.start())):
                # "Did anyone get hurt?", "Injuries?" in the articles' word for the deed: "75 protesters were wounded";
                # not "Did the sanctions hurt Iran's economy?", nor "What kind of injuries …?". A count is read by
                # the deed's group already, and counts of those the articles do not count stay refused ("How many
                # American personnel were injured …?").
                return as_typed(next((w for w in self._spellings() if w in forms), word))
            if len(folded) == 4:
                # Four letters are too few to tell a slip from another word, but for a name missing one of its
                # five: "espr" is "Esper".
                found = next((w for w in self._surface().get(skeleton(folded), ()) if len(w) == 5
                              and _edits(folded, w) == 1 and self._spelling(w)[:1].isupper()), "")
                return as_typed(found) if found else word
            if split := self._run_together(folded):
                return split
            # "evacuted" shares a stem prefix with "evacuated" and so is known, but its stem finds nothing in the
            # keyword index. Such a word may also be another form of the articles' word: one slip only.
            known = kw.knows(toks[0])
            # A slip of a letter or two, not another word: "shouting" is not "setting", nor "break" "broke".
            typos = _TYPOS_LONG if len(folded) >= 8 and not known else 1
            found = min(self._surface().get(skeleton(folded), ()), key=lambda w: _edits(folded, w), default="")
            if (not found or _edits(folded, found) > typos) and not known and m.start() and word[0].isupper():
                return misheard.capitalize() if (misheard := self._name_misheard(folded)) else word
            if not found or _edits(folded, found) > typos:
                return word
            return as_typed(found)

        def joined(m: re.Match) -> str:
            toks = tokenize((m.group(1) + m.group(2)).lower())
            return m.group(1) + m.group(2) if toks and toks[0] in kw.vocab else m.group(0)

        if self._dates is None:
            self._dates = report_dates(a.date for a in self.data.articles)
            self._lowered = [a.text.lower() for a in self.data.articles] if self._dates else []
        dated = as_weekdays(question, self._dates, self._lowered) if self._dates else question
        # "sol- diers", "De- fense": a word broken across a line, joined where the articles have it whole; not
        # "Iran- backed", whose halves are words of their own.
        dated = _BROKEN_WORD.sub(joined, dated)
        spelled = re.sub(r"[^\W\d_]+", fix, _INNER_APOSTROPHE.sub(joined, dated))
        return self._counted_as_articles(spelled)

    def _spelling(self, folded: str) -> str:
        """How the articles most often write a word: "Esper" for "esper"."""
        return self._spellings().get(folded, folded)

    def _never_capitalised(self) -> frozenset[str]:
        """The articles' words that they never write with a capital, not even to start a sentence."""
        self._spellings()
        return self._lower_only

    def _spellings(self) -> dict[str, str]:
        """Each word of the articles (lower-cased) as they most often write it; no stopwords but initialisms."""
        if self._spelt is None:
            counts = Counter(w for text in self._sentences() for w in re.findall(r"[A-Za-z]{2,}", text))
            self._spelt = {}
            for w, _ in counts.most_common():
                if w.lower() not in STOPWORDS or w.isupper():
                    self._spelt.setdefault(w.lower(), w)
            capitals = {w.lower() for w in counts if w[0].isupper()}
            self._lower_only = frozenset(w for w in counts if w.islower() and w not in capitals)
        return self._spelt

    def _run_together(self, folded: str) -> str:
        """The articles' words that a word no article has runs together, as they write them: "markesper" -> "Mark
        Esper", "usembassy" -> "US embassy"; "" if none do. The fewest words, at most
        four, each of three letters or more but for a capitalised one ("US"), one a name; or two longer words of the
        language ("saferoom")."""
        spelt = self._spellings()
        if len(folded) < _RUN_TOGETHER_MIN or not folded.isalpha():
            return ""
        best: list[list[str] | None] = [[]] + [None] * len(folded)
        for end in range(1, len(folded) + 1):
            for start in range(max(0, end - 20), end):
                part, before = folded[start:end], best[start]
                if before is None or len(before) >= _RUN_TOGETHER_PARTS or part not in spelt \
                        or (len(part) < 3 and not spelt[part].isupper()):
                    continue
                if best[end] is None or len(before) + 1 < len(best[end]):
                    best[end] = before + [spelt[part]]
        words = best[-1]
        # Words of the language alone, only two long ones: "saferoom", not "inter" + "national" + "ly".
        if not words or len(words) < 2 or not any(w[0].isupper() for w in words) \
                and (len(words) > 2 or min(map(len, words)) < 4):
            return ""
        return " ".join(words)

    def _counted_as_articles(self, question: str) -> str:
        """"the 750 guys" as "the 750 soldiers", where the articles count 750 of one thing only: the vague word
        finds neither the sentence nor what a "what kind of unit" asks about."""
        def fix(m: re.Match) -> str:
            counted = self._counts().get(m.group(1).replace(",", ""), set())
            return f"{m.group(1)} {next(iter(counted))}" if len(counted) == 1 else m.group(0)

        return _VAGUE_COUNT.sub(fix, question)

    def _counts(self) -> dict[str, set[str]]:
        """The words the articles put after each number: "750" -> {"soldiers"}."""
        if self._counted is None:
            self._counted = {}
            for text in self._sentences():
                for number, word in _COUNT_IN_TEXT.findall(text):
                    if word not in STOPWORDS:   # "the 750 were deployed" counts nothing named
                        self._counted.setdefault(number.replace(",", ""), set()).add(word)
        return self._counted

    def _surface(self) -> dict[str, list[str]]:
        """The articles' words of five letters or more by consonant skeleton, commonest first; then the
        words of posts and people the answer checks know ("minister", which the articles may not use)."""
        if self._skeletons is None:
            counts = Counter(w for text in self._sentences() for w in re.findall(r"[a-z]{5,}", text.lower()))
            self._skeletons = {}
            for w in [w for w, _ in counts.most_common()] + sorted(synonym_words() - counts.keys()):
                if len(w) >= 5 and w not in STOPWORDS:   # "whole" is no slip for "while"
                    self._skeletons.setdefault(skeleton(w), []).append(w)
        return self._skeletons

    def _name_misheard(self, folded: str) -> str:
        """The one name of the articles that a capitalised word gets one letter wrong, keeping its first
        letter and length: "Esber" for "Esper", which the consonant skeleton keeps apart; or that it spells as
        it sounds, other vowels and a voiced consonant for an unvoiced one ("Esbur"). Ambiguous: none."""
        heard = _sound(folded)
        near = {w for w in self._names() if len(w) == len(folded) and w[0] == folded[0]
                and (_edits(w, folded) == 1 or _sound(w) == heard)}
        return near.pop() if len(near) == 1 else ""

    def _unknown_compound_names(self, question: str) -> list[str]:
        """The last word of each name made of the language's words that no article has: "What did the United
        Nations say?" names a body none speaks of, though they have "United" and "nations". Not a post ("Prime
        Minister"), a country's word, a word the articles capitalise ("Iranian Foreign Ministry", "Mr Trump",
        "Abdul Mahdi"), or a question in title case."""
        words = question.split()
        if sum(w[:1].isupper() for w in words[1:]) * 2 > len(words) - 1:
            return []
        if self._caps is None:
            # The text first: another thread seeing the word set must find the text built.
            self._lowered_all = " ".join(" ".join(a.text.lower().split()) for a in self.data.articles)
            self._caps = frozenset(m.group(0).lower() for text in self._sentences()
                                   for m in re.finditer(r"[A-Z][a-z]+", text) if m.start())
        found = []
        for m in _CAPITALISED_PAIR.finditer(question):
            first, second = m.group(1), m.group(2)
            if {first.lower(), second.lower()} & _NO_NAME_WORDS or first.lower() in _TITLES \
                    or second.lower() in self._caps \
                    or is_country_word(first) or is_country_word(second) \
                    or f"{first} {second[:max(4, len(second) - 3)]}".lower() in self._lowered_all:
                continue   # the articles' name, or it misspelt ("Islamic Republican")
            found.append(second)
        return found

    def _names(self) -> frozenset[str]:
        """Words of five letters or more the articles capitalise inside a sentence, lower-cased: names, and
        the words of titles ("Secretary", "White House")."""
        if self._capitalised is None:
            self._capitalised = frozenset(w.lower() for text in self._sentences()
                                          for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]{4,}\b", text))
        return self._capitalised

    def _sentences(self) -> Iterator[str]:
        return (self.data.sentence_text(i) for i in range(len(self.data.sent_art)))

    def _initialisms(self) -> dict[str, str]:
        """The articles' runs of capitalised words by their initials, where only one run has them, or only
        spellings of one ("KH" -> "Kataib Hizbollah", also written "Khataeb Hizbollah"): "PMF" ->
        "Population Mobilisation Forces". Two letters stand only for a run of two words."""
        if self._initials is None:
            runs: dict[str, list[str]] = {}
            for text in self._sentences():
                # Not a run cut at an apostrophe: "Iraqi Shi'a" is no "Iraqi Shi".
                for run in re.findall(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+(?![\w’'])", text):
                    words = re.split(r"[ -]", run)
                    words = words[1:] if words[0].lower() in STOPWORDS else words   # "The", "While Trump"
                    # A run's tail, so no name is cut short: "Secretary Mark Esper", not "Defense Secretary Mark".
                    for a in range(len(words) - 2 if len(words) > 2 else len(words) - 1):
                        runs.setdefault("".join(w[0] for w in words[a:]), []).append(" ".join(words[a:]))
            self._initials = {k: v[0] for k, v in runs.items()
                              if len({tuple(skeleton(w.lower()) for w in r.split()) for r in v}) == 1}
        return self._initials

    def knows_all(self, text: str) -> bool:
        """Every word of `text` is in some article, spelt as there or otherwise."""
        return not self._unknown(text)[0]

    def _ordinary(self, word: str) -> bool:
        """A word of the language: in the model's word list, or a word asking for a summary that it lacks."""
        return word in _ASKING_VERBS or self.ordinary(word)

    def _unknown(self, query: str) -> tuple[list[str], list[str]]:
        """Question words that no article contains, even spelt otherwise; and those that are names."""
        kw = self.data.keyword
        unknown, names = [], []
        framing = GENERIC | _PUBLISHING if _OF_AN_ARTICLE.search(query) else GENERIC
        if asks_gap(query):
            framing |= _GAP_WORDS
        # "… his phone call with Iraqi Prime Minister Adel Abdel-Mahdi": a post capitalised before a name, which the
        # articles may call premier; no name they lack, as "the iraqi prime minister" is none. Only where another is
        # asked about: of "Did Iraqi Prime Minister Abdel-Mahdi condemn …?" the post tells that no article quotes him.
        posts = list(PRIME_MINISTER.finditer(query))
        post = {t for m in posts for t in tokenize(m.group(0))} \
            if posts and all(_AFTER_PREPOSITION.search(query, 0, m.start()) for m in posts) \
            and any(kw.knows(t) for t in _PREMIER) else set()
        asked = _SETTING_ASIDE.sub(" ", query)
        halves = _compound_halves(asked, kw)
        for word, stem, skel in terms(asked):
            if kw.knows(stem) or (skel and skel in kw.vocab) or word.lower() in framing or _misspelt_generic(word) \
                    or word.lower() in halves \
                    or any(kw.knows(t) for v in variants(word) + spellings(word) + irregular_forms(word)
                           if v != word.lower()
                           for t in tokenize(v)[:1]):
                continue
            unknown.append(word)
            # A question's first word is capitalised anyway: a name only if no word of the language ("Pompeo,
            # embassy attack, reaction?", not "Reaction to …?").
            first = query.lstrip().startswith(word)
            if (word[:1].isupper() and (not first or (self.ordinary is not None and not self._ordinary(word.lower())))
                and not (post and stem in post)) \
                    or is_country_word(word):
                names.append(word)
        return unknown, names
