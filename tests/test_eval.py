"""Evaluation: metrics on hand-made cases with known values, the MultiHop-RAG loader, and `rag eval` end to end."""

import json

import pytest

from eval.dataset import Case
from eval.metrics import (answer_correct, article_keys, by_type, citation_precision, citation_recall, hit_at_k,
                          is_supporting_article, mrr, normalise, score_case, summarise)
from eval.multihop import load_corpus, load_queries
from rag.cli import main
from rag.types import Answer, Citation

SOLDIERS = Case("t1", "How many soldiers?", "single-article", expected=("750",),
                articles=("000_80a1aed4e8a2917d",), quotes=("deploy 750 soldiers to Iraq",))
BOTH = Case("t2", "Who threatened whom?", "both-articles", expected=("BIG PRICE",),
            articles=("000_80a1aed4e8a2917d", "Iran and Trump trade words"))
NOWHERE = Case("t3", "Who is the ambassador?", "unanswerable")

RIGHT = "The United States will immediately deploy\u00a0750 soldiers to Iraq, the Pentagon said."
OTHER = "The Pentagon did not say where the 750 soldiers came from."


def cite(n, quote, article_id="9b8e73519db71369", url="articles/000_80a1aed4e8a2917d.txt", title="Baghdad"):
    return Citation(n, article_id, title, None, None, url, quote, 0, len(quote))


def answer(*cites, answered=True, text=None):
    return Answer("q", text if text is not None else " ".join(f"{c.quote} [{c.n}]" for c in cites), cites, answered)


def test_normalise_folds_spaces_quotes_and_case():
    assert normalise("“Death\u00a0to   America”") == normalise('"death to america"') == '"death to america"'


def test_article_matching_by_id_stem_url_title():
    assert article_keys("abc", "A Title", "articles/000_x.txt") == {"abc", "a title", "articles/000_x.txt", "000_x"}
    for name in ("9b8e73519db71369", "000_80a1aed4e8a2917d", "articles/000_80a1aed4e8a2917d.txt", "Baghdad"):
        case = Case("c", "q", "single-article", articles=(name,))
        assert is_supporting_article(case, "9b8e73519db71369", "Baghdad", "articles/000_80a1aed4e8a2917d.txt")
    assert not is_supporting_article(SOLDIERS, "other", "Other", "articles/002_b0805c3bfae88741.txt")
    assert not is_supporting_article(NOWHERE, "9b8e73519db71369", "Baghdad", None)


def test_citation_from_wrong_article_lowers_precision():
    good = score_case(SOLDIERS, answer(cite(1, RIGHT)))
    assert (good.citations, good.supporting, good.correct) == (1, 1, True)
    assert citation_precision([good]) == 1.0 and citation_recall([good]) == 1.0

    # The same words quoted from an article the case does not name: a claim without support.
    wrong = cite(2, OTHER, article_id="3f6162536611ef86", url="articles/002_b0805c3bfae88741.txt", title="Iran")
    mixed = score_case(SOLDIERS, answer(cite(1, RIGHT), wrong))
    assert (mixed.citations, mixed.supporting) == (2, 1)
    assert citation_precision([mixed]) == 0.5 and citation_recall([mixed]) == 1.0

    only_wrong = score_case(SOLDIERS, answer(wrong))
    assert citation_precision([only_wrong]) == 0.0 and citation_recall([only_wrong]) == 0.0
    assert citation_precision([good, mixed, only_wrong]) == pytest.approx(2 / 4)
    assert citation_recall([good, mixed, only_wrong]) == pytest.approx(2 / 3)


def test_off_target_sentence_of_right_article_is_not_support():
    s = score_case(SOLDIERS, answer(cite(1, RIGHT), cite(2, "Esper added that more troops may follow.")))
    assert (s.citations, s.supporting) == (2, 1)


def test_accuracy_and_abstention():
    assert answer_correct(SOLDIERS, answer(cite(1, RIGHT)))
    assert not answer_correct(SOLDIERS, answer(cite(1, RIGHT), answered=False))   # the quote was only "related"
    assert not answer_correct(SOLDIERS, answer(cite(1, "Esper spoke.")))
    assert answer_correct(NOWHERE, answer(answered=False, text="The articles don't say."))
    assert not answer_correct(NOWHERE, answer(cite(1, RIGHT)))

    scores = [score_case(SOLDIERS, answer(cite(1, RIGHT))),
              score_case(BOTH, answer(answered=False, text="The articles don't say.")),   # wrong abstention
              score_case(NOWHERE, answer(answered=False, text="The articles don't say.")),  # right abstention
              score_case(NOWHERE, answer(cite(1, RIGHT)))]                               # answered the unanswerable
    m = summarise(scores)
    assert m["accuracy"] == 0.5
    assert m["abstention_precision"] == 0.5 and m["abstention_recall"] == 0.5
    # An answer to an unanswerable question cites nothing that supports it.
    assert m["citation_precision"] == 0.5
    assert set(by_type(scores)) == {"single-article", "both-articles", "unanswerable", "all"}
    assert by_type(scores)["unanswerable"]["abstention_recall"] == 0.5


def test_hit_at_k_and_mrr():
    ranks = [1, 3, None, 12]
    assert hit_at_k(ranks, 1) == 0.25 and hit_at_k(ranks, 3) == 0.5 and hit_at_k(ranks, 20) == 0.75
    assert mrr(ranks) == pytest.approx((1 + 1 / 3) / 4)
    s = score_case(SOLDIERS, answer(cite(1, RIGHT)), [False, True], [False, False, True])
    assert (s.article_rank, s.sentence_rank) == (2, 3)
    assert summarise([s])["sentence_mrr@10"] == pytest.approx(1 / 3)
    assert summarise([])["accuracy"] is None


CORPUS = [
    {"title": "Chipmaker beats forecasts", "author": "A. Writer", "source": "TechWire",
     "published_at": "2023-10-02T09:00:00+00:00", "category": "technology", "url": "https://example.com/chips",
     "body": "Chipmaker Alpha beat forecasts on Monday. Its revenue rose 12 percent to $4 billion.\n\n"
             "The company said demand for data-centre chips was strong."},
    {"title": "Beta opens a factory", "author": None, "source": "BizDaily",
     "published_at": "2023-10-03T10:00:00+00:00", "category": "business", "url": "https://example.com/factory",
     "body": "Beta opened a new factory in Ohio on Tuesday. The plant will employ 900 people."},
    {"title": "Empty", "source": "Nowhere", "url": "https://example.com/empty", "body": ""},
]
QUERIES = [
    {"query": "By how much did Alpha's revenue rise, according to TechWire?", "answer": "12 percent",
     "question_type": "inference_query",
     "evidence_list": [{"title": "Chipmaker beats forecasts", "source": "TechWire", "url": "https://example.com/chips",
                        "fact": "Its revenue rose 12 percent to $4 billion."}]},
    {"query": "How many people will work at the plant Beta opened?", "answer": "900",
     "question_type": "comparison_query",
     "evidence_list": [{"title": "Beta opens a factory", "source": "BizDaily", "url": "https://example.com/factory",
                        "fact": "The plant will employ 900 people."}]},
    {"query": "What did Gamma announce about its merger?", "answer": "Insufficient information.",
     "question_type": "null_query", "evidence_list": []},
]


@pytest.fixture
def multihop_files(tmp_path):
    corpus, queries = tmp_path / "corpus.json", tmp_path / "MultiHopRAG.json"
    corpus.write_text(json.dumps(CORPUS), encoding="utf-8")
    queries.write_text(json.dumps(QUERIES), encoding="utf-8")
    return corpus, queries


def test_multihop_loader(multihop_files):
    corpus, queries = multihop_files
    articles, skipped = load_corpus(corpus)
    assert skipped == 1 and [a.title for a in articles] == ["Chipmaker beats forecasts", "Beta opens a factory"]
    assert (articles[0].source, articles[0].date, articles[0].url) == ("TechWire", "2023-10-02",
                                                                       "https://example.com/chips")
    cases = load_queries(queries)
    assert [c.type for c in cases] == ["inference_query", "comparison_query", "unanswerable"]
    assert cases[0].expected == ("12 percent",) and cases[0].quotes == ("Its revenue rose 12 percent to $4 billion.",)
    assert "Chipmaker beats forecasts" in cases[0].articles and "https://example.com/chips" in cases[0].articles
    assert cases[2].expected == () and cases[2].articles == () and not cases[2].answerable
    a = articles[0]
    assert is_supporting_article(cases[0], a.id, a.title, a.url)
    assert not is_supporting_article(cases[1], a.id, a.title, a.url)


def test_rag_eval_smoke(tmp_path, capsys):
    out = tmp_path / "eval"
    assert main(["eval", "--limit", "5", "--out", str(out), "--index", str(tmp_path / "ix")]) == 0
    printed = capsys.readouterr().out
    assert "| type" in printed and "| all" in printed
    report = json.loads((out / "report.json").read_text())
    assert report["meta"]["cases"] == 5 and len(report["cases"]) == 5
    assert report["summary"]["all"]["n"] == 5 and 0 <= report["summary"]["all"]["accuracy"] <= 1
    assert "| all" in (out / "report.md").read_text()


def test_rag_eval_multihop_smoke(tmp_path, multihop_files, capsys):
    corpus, queries = multihop_files
    out = tmp_path / "mh"
    assert main(["eval", "--set", str(queries), "--corpus", str(corpus), "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["meta"]["articles"] == 2 and set(report["summary"]) == {"inference_query", "comparison_query",
                                                                          "unanswerable", "all"}
    assert (out / "index-corpus").is_dir()  # the index lives in the report folder, under tmp_path


def test_multihop_set_needs_its_corpus(tmp_path, multihop_files, capsys):
    _, queries = multihop_files
    assert main(["eval", "--set", str(queries), "--out", str(tmp_path / "x")]) == 2
    assert "--corpus" in capsys.readouterr().err
