"""Answer-quality metrics as plain functions over `Case`s, `Answer`s and ranked retrieval flags."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath

from eval.dataset import Case
from rag.types import Answer

K_VALUES = (1, 3, 5, 10)
MRR_CUTOFF = 10
# Article text is cleaned (non-breaking spaces become spaces) and feeds differ in quote marks,
# so strings are compared after folding quotes, white space and case.
_FOLD = str.maketrans({"\u00a0": " ", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_WS = re.compile(r"\s+")
MIN_PASSAGE_CHARS = 20  # a cited sentence this long lying inside a multi-sentence supporting passage counts


def normalise(text: str) -> str:
    """Text folded for matching: quote marks straightened, white space collapsed, case folded."""
    return _WS.sub(" ", text.translate(_FOLD)).strip().casefold()


def contains_any(text: str, needles) -> bool:
    """Any of `needles` occurs in `text` (both normalised)."""
    hay = normalise(text)
    return any(normalise(n) and normalise(n) in hay for n in needles)


def article_keys(article_id: str | None, title: str | None, url: str | None) -> set[str]:
    """The names a question set may use for an article: id, title, url and the url's file-name stem."""
    keys = {article_id, title, url, PurePosixPath(url).stem if url else None}
    return {normalise(k) for k in keys if k}


def is_supporting_article(case: Case, article_id: str | None, title: str | None, url: str | None) -> bool:
    """The article is one the case names as support (any article, for an answerable case naming none).

    Args:
        case: the question and what supports its answer.
        article_id, title, url: the cited or retrieved article.
    """
    if not case.answerable:
        return False
    if not case.articles:
        return True
    return bool(article_keys(article_id, title, url) & {normalise(a) for a in case.articles})


def _in_passage(sentence: str, quotes) -> bool:
    """The sentence contains a supporting quote, or lies inside a longer supporting passage."""
    s = normalise(sentence)
    for q in map(normalise, quotes):
        if q and (q in s or (len(s) >= MIN_PASSAGE_CHARS and s in q)):
            return True
    return False


def is_supporting_sentence(case: Case, text: str) -> bool:
    """A sentence states the case's evidence: it matches a supporting quote, else an expected string."""
    if case.quotes:
        return _in_passage(text, case.quotes)
    return contains_any(text, case.expected) if case.expected else True


def on_target(case: Case, quote: str) -> bool:
    """A cited quote says what the case asks for: an expected string or a supporting quote, when given."""
    if not case.expected and not case.quotes:
        return True
    return contains_any(quote, case.expected) or _in_passage(quote, case.quotes)


def answer_correct(case: Case, answer: Answer) -> bool:
    """Answerable: answered, with an expected string in the text. Unanswerable: abstained."""
    if not case.answerable:
        return not answer.answered
    if not answer.answered:
        return False
    if case.expected:
        return contains_any(answer.text, case.expected)
    return any(is_supporting_article(case, c.article_id, c.title, c.url) and on_target(case, c.quote)
               for c in answer.citations)


def first_rank(flags) -> int | None:
    """1-based position of the first True in a ranked list of relevance flags, or None."""
    return next((i for i, f in enumerate(flags, 1) if f), None)


@dataclass(frozen=True)
class CaseScore:
    """What one answer earned; ranks are 1-based positions of the first supporting item in retrieval."""

    id: str
    type: str
    answerable: bool
    answered: bool
    correct: bool
    citations: int      # citations of an answer given (an abstention's "closest passage" is not a claim)
    supporting: int     # of those, from a supporting article and on target
    article_rank: int | None
    sentence_rank: int | None

    def to_dict(self) -> dict:
        return asdict(self)


def score_case(case: Case, answer: Answer, article_flags=(), sentence_flags=()) -> CaseScore:
    """Score one answer.

    Args:
        case: the question with expected strings and supporting articles/quotes.
        answer: what the assistant said.
        article_flags: for the distinct articles of the retrieved evidence, best first: is it supporting?
        sentence_flags: for the retrieved evidence sentences, best first: is it a supporting sentence?

    Returns:
        The per-case record that the aggregate metrics are computed from.
    """
    cites = answer.citations if answer.answered else ()
    good = sum(is_supporting_article(case, c.article_id, c.title, c.url) and on_target(case, c.quote)
               for c in cites)
    return CaseScore(case.id, case.type, case.answerable, answer.answered, answer_correct(case, answer),
                     len(cites), good, first_rank(article_flags), first_rank(sentence_flags))


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def accuracy(scores: list[CaseScore]) -> float | None:
    """Share of cases answered correctly (abstaining is correct on unanswerable ones)."""
    return _ratio(sum(s.correct for s in scores), len(scores))


def citation_precision(scores: list[CaseScore]) -> float | None:
    """Share of all citations in given answers that come from a supporting article and are on target."""
    return _ratio(sum(s.supporting for s in scores), sum(s.citations for s in scores))


def citation_recall(scores: list[CaseScore]) -> float | None:
    """Share of answerable cases answered with at least one supporting citation."""
    answerable = [s for s in scores if s.answerable]
    return _ratio(sum(s.answered and s.supporting > 0 for s in answerable), len(answerable))


def abstention_precision(scores: list[CaseScore]) -> float | None:
    """Of the cases where the assistant abstained, the share that were unanswerable."""
    abstained = [s for s in scores if not s.answered]
    return _ratio(sum(not s.answerable for s in abstained), len(abstained))


def abstention_recall(scores: list[CaseScore]) -> float | None:
    """Of the unanswerable cases, the share where the assistant abstained."""
    unanswerable = [s for s in scores if not s.answerable]
    return _ratio(sum(not s.answered for s in unanswerable), len(unanswerable))


def hit_at_k(ranks: list[int | None], k: int) -> float | None:
    """Share of ranked lists with a relevant item in the top `k`."""
    return _ratio(sum(r is not None and r <= k for r in ranks), len(ranks))


def mrr(ranks: list[int | None], cutoff: int = MRR_CUTOFF) -> float | None:
    """Mean reciprocal rank of the first relevant item, counting 0 beyond `cutoff`."""
    return _ratio(sum(1.0 / r for r in ranks if r is not None and r <= cutoff), len(ranks))


def summarise(scores: list[CaseScore]) -> dict:
    """Every aggregate metric for a list of case scores (None where undefined, e.g. no citations).

    Retrieval metrics are over answerable cases only: an unanswerable question has nothing to find.
    """
    answerable = [s for s in scores if s.answerable]
    art = [s.article_rank for s in answerable]
    sent = [s.sentence_rank for s in answerable]
    out = {"n": len(scores), "accuracy": accuracy(scores), "citation_precision": citation_precision(scores),
           "citation_recall": citation_recall(scores), "abstention_precision": abstention_precision(scores),
           "abstention_recall": abstention_recall(scores),
           # Context for precision: answers quote several sentences, not only the one holding the fact.
           "citations_per_answer": _ratio(sum(s.citations for s in scores), sum(s.answered for s in scores))}
    for k in K_VALUES:
        out[f"article_hit@{k}"] = hit_at_k(art, k)
    out[f"article_mrr@{MRR_CUTOFF}"] = mrr(art)
    for k in K_VALUES:
        out[f"sentence_hit@{k}"] = hit_at_k(sent, k)
    out[f"sentence_mrr@{MRR_CUTOFF}"] = mrr(sent)
    return out


def by_type(scores: list[CaseScore]) -> dict[str, dict]:
    """`summarise` for each question type, in order of first appearance, then for all cases as "all"."""
    types = list(dict.fromkeys(s.type for s in scores))
    out = {t: summarise([s for s in scores if s.type == t]) for t in types}
    out["all"] = summarise(scores)
    return out
