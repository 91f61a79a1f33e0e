"""The MultiHop-RAG dataset (corpus.json of articles, MultiHopRAG.json of queries) as articles and `Case`s."""

from __future__ import annotations

import json
from pathlib import Path

from eval.dataset import Case
from index.articles import Article, from_record
from index.errors import ArticleError, RagError

UNANSWERABLE_TYPE = "null_query"
NO_ANSWER = "insufficient information"


def _read_list(path: Path | str, what: str) -> list:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RagError(f"no {what} file at {path}") from None
    except (OSError, ValueError) as e:
        raise RagError(f"cannot read the {what} file {path} ({e}); it must be a JSON list") from None
    if not isinstance(data, list):
        raise RagError(f"the {what} file {path} must hold a JSON list, not a {type(data).__name__}")
    return data


def load_corpus(path: Path | str) -> tuple[list[Article], int]:
    """Articles of a MultiHop-RAG corpus: a JSON list of {title, author, source, published_at, category, url, body}.

    Returns:
        The articles, and how many records were left out (no body text).
    """
    articles, skipped = [], 0
    for rec in _read_list(path, "corpus"):
        try:
            articles.append(from_record(rec))
        except ArticleError:
            skipped += 1
    return articles, skipped


def case_from_query(n: int, rec: dict) -> Case:
    """One MultiHop-RAG query as a `Case`.

    `null_query` becomes "unanswerable"; the answer is the expected string unless it is
    "Insufficient information."; evidence titles and urls name the supporting articles, and
    evidence facts are the supporting quotes.
    """
    qtype = rec.get("question_type") or "query"
    answer = str(rec.get("answer") or "").strip()
    unanswerable = qtype == UNANSWERABLE_TYPE or answer.rstrip(".").lower() == NO_ANSWER
    evidence = [e for e in rec.get("evidence_list") or [] if isinstance(e, dict)]
    names = [e[k] for e in evidence for k in ("title", "url") if e.get(k)]
    facts = [e["fact"] for e in evidence if e.get("fact")]
    return Case(id=f"mh{n:04d}", question=rec["query"], type="unanswerable" if unanswerable else qtype,
                expected=() if unanswerable or not answer else (answer,),
                articles=() if unanswerable else tuple(dict.fromkeys(names)),
                quotes=() if unanswerable else tuple(facts),
                meta={"question_type": qtype, "answer": answer})


def load_queries(path: Path | str) -> list[Case]:
    """Cases from a MultiHop-RAG queries file: a JSON list of {query, answer, question_type, evidence_list}."""
    cases = []
    for n, rec in enumerate(_read_list(path, "queries"), 1):
        if not isinstance(rec, dict) or not str(rec.get("query") or "").strip():
            raise RagError(f"query {n} in {path} has no `query` field; is this a MultiHop-RAG queries file?")
        cases.append(case_from_query(n, rec))
    return cases
