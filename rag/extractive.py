"""The extractive answerer: picks article sentences that answer, quotes them verbatim, or abstains."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from index.keyword import STOPWORDS
from index.store import IndexData
from rag.answer_types import (NAME, NUMBER, answer_shown, asks_gap, asks_what_said, asks_why, group_for_its_post,
                              is_yes_no, names_holder, owned_role, question_type, states_cause, unnamed_post)
from rag.attribution import speaker_sentence
from rag.citations import compose, text_of
from rag.corrections import (corrects, count_unsaid, numbered_claim, premise_of, quotes_unknown,
                              restates_uncounted)
from rag.retrieval import Candidate, Retrieval
from rag.types import Answer, Segment

NOT_COVERED = "The articles don't say."
# Another name or number where the claim has one no article uses; whether the claim's is wrong as well, the
# articles cannot say.
TOLD_OTHERWISE = "The articles give another {}:"
_SAME_EVENT = "same event"
_STARTS_WHICH = re.compile(r"\s*which\b", re.I)
_ENDS_ASKING = re.compile(r"\?[\"”’']?\s*$")


@dataclass(frozen=True)
class Thresholds:
    """Calibrated with `python -m eval.calibrate` and swept over every question set in eval/data (see README)."""

    answer: float = 0.58        # combined score the best sentence needs for an answer
    unknown_penalty: float = 0.0   # per question keyword the corpus has never seen (paraphrase is common)
    name_penalty: float = 0.4   # per name in the question that no article mentions
    actor_penalty: float = 0.4  # more, per doer or speaker asked about that no article mentions: what the
    #                             articles report of others ("How did the Iraqi parliament respond?") is no answer
    untyped_penalty: float = 0.6   # a sentence lacks the kind of answer asked for
    keep: float = 0.20          # further sentences must score within this of the best
    min_dense: float = 0.35     # and be at least this close to the question on their own
    same_fact: float = 0.80     # cosine above which two sentences state the same thing
    same_fact_phrase: float = 0.35  # cosine enough when they also share an uncommon phrase with a number
    same_fact_wording: float = 0.60  # cosine enough when they share an uncommon phrase without one
    same_event: float = 0.50    # from this up to same_fact_wording, with a shared phrase: one event told
    #                             with other details, so quoted too rather than cited behind the first
    related: float = 0.25       # closest passage worth offering when abstaining


@lru_cache(maxsize=8192)  # the same sentences are compared in query after query
def _fact_ngrams(text: str) -> frozenset[tuple[str, ...]]:
    """Word trigrams with a content word, and bigrams with a number: what two reports of one fact share."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    grams = {g for g in zip(words, words[1:], words[2:]) if sum(w not in STOPWORDS for w in g) >= 2}
    grams |= {g for g in zip(words, words[1:]) if any(w.isdigit() for w in g)}
    return frozenset(grams)


def _holder_sentence(data: IndexData, best: int, groups: list[list[int]], question: str) -> int | None:
    """The sentence of the same article naming who holds the post that the best sentence names no one for
    ("Iran's supreme leader"); None when the answer names the holder already, or no sentence does, or the
    question asks of another country's post ("Who is the US president?")."""
    if (role := unnamed_post(data.sentence_text(best))) is None \
            or ((asked := owned_role(question)) is not None and asked[0] != role[0]) \
            or any(names_holder(data.sentence_text(i), role) for g in groups for i in g):
        return None
    own = np.flatnonzero(data.sent_art == data.sent_art[best])   # a report names whom it speaks of
    return next((int(i) for i in own if names_holder(data.sentence_text(int(i)), role)), None)


def _in_reading_order(data: IndexData, groups: list[list[int]]) -> list[list[int]]:
    """The best fact's article first, then each article's facts in reading order."""
    art_rank: dict[int, int] = {}
    for g in groups:
        art_rank.setdefault(int(data.sent_art[g[0]]), len(art_rank))
    return sorted(groups, key=lambda g: (art_rank[int(data.sent_art[g[0]])], int(data.sent_span[g[0]][0])))


class ExtractiveAnswerer:
    """Answers with whole article sentences, each followed by its citation markers.

    Args:
        max_sentences: at most this many sentences in an answer (the `-k` of the CLI).
        thresholds: abstention and selection cut-offs.
    """

    def __init__(self, max_sentences: int = 4, thresholds: Thresholds | None = None):
        self.max_sentences = max_sentences
        self.t = thresholds or Thresholds()

    def _lead(self, r: Retrieval) -> tuple[Candidate | None, float]:
        """The candidate that best answers, and its score less the penalty for lacking what is asked."""
        # A sentence far from the question does not answer it for holding a date or a name; one naming a
        # kind of the thing asked about ("an infantry battalion" for "what kind of unit") does.
        shown = answer_shown(r.focus)
        # A count sharing no word with the question is of something else: "how many people died in the embassy
        # attack" is not answered by "airstrikes left 25 militiamen dead". Unless it counts the people asked of by
        # their deed ("How many people showed up?": "Thousands of supporters … converged").
        counted = question_type(r.focus) == NUMBER
        # A name beside the deed asked ("US Marines guarding the mission") shows the answer too. So does one
        # telling of the day the question names ("What got set on fire on Wednesday?"), and one holding the words
        # the question quotes ("Who said 'You can't do anything'?").
        # So does one holding every word of the question, however long ("Who is the Foreign Ministry spokesman?").
        close = [c for c in r.candidates
                 if (c.dense >= self.t.min_dense
                     or ((shown or c.acted or c.dated or c.quoted or c.coverage >= 1.0) and c.typed == 1.0))
                 and (c.coverage > 0 or not counted or c.acted)] or r.candidates
        scored = [(c, c.score - self.t.untyped_penalty * (1.0 - c.typed)) for c in close]
        return max(scored, key=lambda cs: cs[1], default=(None, 0.0))

    def confidence(self, r: Retrieval) -> float:
        """The lead candidate's score, less penalties for what the articles visibly lack.

        Lacking: question keywords and names that no article contains (worst: the role or thing
        whose name or number is asked for), and, for questions that ask for a number, a time or a
        name, any such thing in the sentence. None at all when the best match says the detail is
        not given.
        """
        lead, score = self._lead(r)
        if lead is None:
            return 0.0
        top = r.candidates[0]
        if top.unstated and not (lead.score >= top.score - self.t.keep and not lead.unstated
                                 and lead.named):
            # The closest sentence says the articles do not give this detail, and none close to it names it.
            return 0.0
        if lead.typed == 0.0 and question_type(r.focus) == NUMBER:
            # "How many additional troops are prepared to deploy?" restated without its number answers nothing,
            # however close its words.
            return 0.0
        if asks_gap(r.focus) and top.typed == 0.0:
            # "How many days after the announcement did the additional troops deploy?": the sentence closest to
            # the question gives no day for its event ("prepared to deploy in the coming days"), so no gap is told.
            return 0.0
        if r.unknown_events:
            return 0.0   # "When was the umbrella group founded?": no founding told, so no time of it
        n_names = len(r.unknown_names) + len(r.unknown_focus)
        return score - self.t.unknown_penalty * (len(r.unknown_terms) - n_names) - self.t.name_penalty * n_names \
            - self.t.actor_penalty * len(r.unknown_actors)

    def answer(self, question: str, data: IndexData, r: Retrieval) -> Answer:
        claim = r.focus or r.query
        numbered = is_yes_no(claim) and numbered_claim(claim, r.unknown_terms)
        early = numbered or (is_yes_no(claim) and quotes_unknown(claim, r.unknown_terms))
        told = self._told_otherwise(claim, data, r) if early else None
        groups = None
        # A quote told otherwise ("first message" for "final message") answers before sentences merely close;
        # another detail told otherwise only where none is close enough, as for any claim.
        if not numbered and (told is None or told[1] != "quote"):
            groups = self._groups(question, data, r)
            if groups is not None:
                told = None
            elif not early:
                # A question whose premise the articles tell otherwise gets what they tell: "Why did the
                # protesters storm the embassy on Monday?" is answered by their storming it on Tuesday.
                told = self._told_otherwise(claim, data, r) or self._told_otherwise(premise_of(claim), data, r)
        if told is not None:
            told, kind = told
            segments, cites = compose(data, self._merge_same_facts(data, [told], r)[:1],
                                      prefix=TOLD_OTHERWISE.format(kind))
            return Answer(question, text_of(segments), cites, True, r.query, segments)
        if groups is None:
            return self._abstain(question, data, r)
        segments, cites = compose(data, _in_reading_order(data, groups))
        return Answer(question, text_of(segments), cites, True, r.query, segments)

    def answer_parts(self, question: str, data: IndexData, parts: list[Retrieval],
                     shown: list[str]) -> Answer | None:
        """One answer to a question asking several things, each part answered on its own retrieval.

        A part the articles do not cover is said so in its place. When they do not cover the first, the
        rest lean on it ("Who is the US ambassador, and was he inside?"): None, for the question to be
        answered whole. `shown` words each part as the user did, for saying it is not covered.
        """
        found = [self._groups(r.focus, data, r) or [] for r in parts]
        if not found[0]:
            return None
        # Each part's best fact first, then each part's next best, up to the answer's length.
        picked: list[list[list[int]]] = [[] for _ in parts]
        seen: set[int] = set()
        for rank in range(self.max_sentences):
            for mine, part in zip(picked, found):
                if rank < len(part) and part[rank][0] not in seen and sum(map(len, picked)) < self.max_sentences:
                    mine.append(part[rank])
                    seen |= set(part[rank])
        for mine, part in zip(picked, found):
            if part and not mine and part[0][0] not in seen:   # a part crowded out still gets its best
                mine.append(part[0])
                seen |= set(part[0])
        groups: list[list[int] | str] = []
        for words, mine, part in zip(shown, picked, found):
            groups += _in_reading_order(data, mine) if part else [f"{NOT_COVERED[:-1]}: {words}"]
        segments, cites = compose(data, groups)
        return Answer(question, text_of(segments), cites, True, parts[0].query, segments)

    def _groups(self, question: str, data: IndexData, r: Retrieval) -> list[list[int]] | None:
        """The sentences that answer, one group per fact (a sentence and others stating it), best first; or
        None."""
        if self.confidence(r) < self.t.answer:
            return None
        best = self._lead(r)[0]
        if best.typed == 0.0 and group_for_its_post(data.sentence_text(best.sentence), r.focus or question):
            return None   # "Which Kataib Hizbollah leader called it a “first message”?": the group said it
        # "Did Iran admit …": a sentence not speaking of the owning up answers nothing beside one that does.
        yes_no = is_yes_no(r.focus or question)
        if yes_no and count_unsaid(r.focus or question, data.sentence_text(best.sentence)):
            return None
        chosen: list[Candidate] = [best]
        for c in r.candidates:
            if len(chosen) >= self.max_sentences:
                break
            # Holding what the question quotes, or the numbered point it asks for, is closeness enough.
            if c is not best and c.score >= best.score - self.t.keep and (c.dense >= self.t.min_dense or c.quoted) \
                    and not (yes_no and c.typed < best.typed):
                chosen.append(c)
        if not any(c.named for c in chosen):
            # "Which umbrella group was behind the crowds?": of the sentences on the crowds, one naming a group.
            chosen = self._brought_in(chosen, r, best, lambda c: c.named)
        if all(c.typed < 1.0 for c in chosen):
            # The question asks for a number, time or name: bring in the best sentence that has one.
            chosen = self._brought_in(chosen, r, best, lambda c: c.typed == 1.0)
        focus = r.focus or question
        if self.max_sentences > 1 and asks_why(focus) \
                and not any(states_cause(data.sentence_text(c.sentence)) for c in chosen):
            # "Why did the Pentagon say it was deploying 750 soldiers?": a time ("after protesters attacked") may
            # be the cause; a sentence nearly as close that says "in response to" gives it outright.
            chosen = self._brought_in(chosen, r, best,
                                      lambda c: c.typed == 1.0 and states_cause(data.sentence_text(c.sentence)))
        reply = best.sentence + 1
        if (_ENDS_ASKING.search(data.sentence_text(best.sentence)) and reply < len(data.sent_art)
                and data.sent_art[reply] == data.sent_art[best.sentence] and all(c.sentence != reply for c in chosen)):
            # A sentence that is itself a question ("asked the US president: “Do you foresee going to war?”")
            # answers nothing; the reply comes after it.
            chosen = chosen[: self.max_sentences - 1] + [replace(best, sentence=reply)]
        said = best.sentence + 1
        # So does a numbered point asked for ("What was the first point Khamenei made in reply?").
        point = any(c.sentence == said and c.quoted for c in r.candidates)
        if ((point or asks_what_said(r.focus or question)) and said < len(data.sent_art)
                and (sp := speaker_sentence(data, said)) is not None
                and sp in (best.sentence, speaker_sentence(data, best.sentence))
                and all(c.sentence != said for c in chosen)):
            # "“That guy has tweeted …,” he said, referring to Mr Trump." is followed by what he went on to say,
            # a quote with no speaker of its own ("“1st: You can’t do anything. …"): it belongs to the answer.
            chosen = ([best, replace(best, sentence=said)] + chosen[1:])[: max(1, self.max_sentences)]
        groups = self._merge_same_facts(data, chosen, r)
        if question_type(focus) == NAME or _STARTS_WHICH.match(focus):
            # "Who said “We're not after wars”?", "Which Iranian figure …": a bare quote answers only with
            # whoever said it.
            speaker = speaker_sentence(data, best.sentence)
            if speaker is not None and all(speaker not in g for g in groups):
                groups = groups[: self.max_sentences - 1] + [[speaker]]
        if question_type(focus) == NAME \
                and (holder := _holder_sentence(data, best.sentence, groups, focus)) is not None:
            # "Who entered a war of words with Trump?": "Iran's supreme leader" is who, and the report's sentence
            # naming him says which man that is.
            groups = groups[: self.max_sentences - 1] + [[holder]]
        return groups

    def _brought_in(self, chosen: list[Candidate], r: Retrieval, best: Candidate,
                    wanted: Callable[[Candidate], bool]) -> list[Candidate]:
        """The chosen sentences with the last place given to the best one `wanted` picks that is nearly as close
        as the best; unchanged when there is none."""
        found = next((c for c in r.candidates if wanted(c) and c.dense >= self.t.min_dense
                      and c.score >= best.score - 2 * self.t.keep), None)
        return chosen if found is None else chosen[: self.max_sentences - 1] + [found]

    def _merge_same_facts(self, data: IndexData, chosen: list[Candidate], r: Retrieval) -> list[list[int]]:
        """One group per distinct fact: a sentence, plus sentences of other articles that say the same."""
        pool = chosen + [c for c in r.candidates if c not in chosen and c.dense >= self.t.related]
        # A phrase found in many retrieved sentences ("the US embassy") is the topic, not a fact.
        counts: dict = {}
        for c in pool:
            for g in _fact_ngrams(data.sentence_text(c.sentence)):
                counts[g] = counts.get(g, 0) + 1
        common = {g for g, n in counts.items() if n > 2} | _fact_ngrams(r.query)
        groups: list[list[int]] = []
        # The other article's account of the same event, with details of its own ("smashing a main door" beside
        # "trashing a reception area"): quoted in full, not hidden behind a citation.
        accounts: list[int] = []
        used: set[int] = set()
        chosen_ids = {c.sentence for c in chosen}
        for c in chosen:
            if c.sentence in used:
                continue
            group = [c.sentence]
            used.add(c.sentence)
            for o in pool:
                if o.sentence in used or data.sent_art[o.sentence] in {data.sent_art[s] for s in group}:
                    continue
                same = self._same_fact(data, c.sentence, o.sentence, common)
                if same is True:
                    group.append(o.sentence)
                    used.add(o.sentence)
                elif same == _SAME_EVENT and o.sentence not in chosen_ids:
                    accounts.append(o.sentence)
                    used.add(o.sentence)
            groups.append(group)
        return groups + [[s] for s in accounts][: max(0, self.max_sentences - len(groups))]

    def _same_fact(self, data: IndexData, a: int, b: int, common: set) -> bool | str:
        """Near-identical meaning, or related sentences sharing an uncommon phrase ("750 soldiers"); or
        `_SAME_EVENT` when they share a phrase, no number, and are only somewhat alike."""
        sim = float(np.dot(data.sent_vecs[a], data.sent_vecs[b]))
        if sim >= self.t.same_fact:
            return True
        shared = (_fact_ngrams(data.sentence_text(a)) & _fact_ngrams(data.sentence_text(b))) - common
        if not shared:
            return False
        # A shared number is strong evidence of one fact; a shared wording needs closer meaning.
        if any(any(w.isdigit() for w in g) for g in shared):
            return sim >= self.t.same_fact_phrase
        if sim >= self.t.same_fact_wording:
            return True
        return _SAME_EVENT if sim >= self.t.same_event else False

    def _told_otherwise(self, claim: str, data: IndexData, r: Retrieval) -> tuple[Candidate, str] | None:
        """The sentence, among those close to a yes/no claim, that gives another name, number or day where the
        claim has one no article uses ("Mark Esper" for "Did Defense Secretary Mike Pompeo say …?"), and what it
        gives; or None."""
        if not is_yes_no(claim) or not r.unknown_terms:
            return None
        for c in r.candidates:
            if c.dense < self.t.related:
                continue
            article = data.articles[int(data.sent_art[c.sentence])].text
            sentence = data.sentence_text(c.sentence)
            if restates_uncounted(claim, sentence, r.unknown_terms, article):
                return None   # the closer sentence tells of the count without giving it
            if kind := corrects(claim, sentence, r.unknown_terms, article):
                return c, kind
        return None

    def _abstain(self, question: str, data: IndexData, r: Retrieval) -> Answer:
        near = [c for c in r.candidates if c.dense >= self.t.related][:1]
        if not near:
            segments = (Segment(f"{NOT_COVERED} Nothing in the indexed articles is close to this question."),)
            return Answer(question, text_of(segments), (), False, r.query, segments)
        segments, cites = compose(data, [[near[0].sentence]], prefix=f"{NOT_COVERED} The closest they come:")
        return Answer(question, text_of(segments), cites, False, r.query, segments)
