"""`rag eval`: run a question set through the assistant, print the metrics table, write report.json and report.md."""

from __future__ import annotations

import shlex
import shutil
import sys
import time
from pathlib import Path

from eval.dataset import DEFAULT_SET, TYPES, Case, load_jsonl
from eval.metrics import MRR_CUTOFF, CaseScore, by_type, is_supporting_article, is_supporting_sentence, score_case
from eval.report import environment, fmt, table, write_json
from index.errors import RagError
from rag.types import Answer

COLUMNS = [("n", "n"), ("accuracy", "accuracy"), ("citation_precision", "cite P"), ("citation_recall", "cite R"),
           ("abstention_precision", "abstain P"), ("abstention_recall", "abstain R"),
           ("article_hit@1", "art hit@1"), (f"article_mrr@{MRR_CUTOFF}", "art MRR@10"),
           ("sentence_hit@1", "sent hit@1"), ("sentence_hit@5", "sent hit@5"),
           (f"sentence_mrr@{MRR_CUTOFF}", "sent MRR@10")]


def load_set(set_path: str | None, corpus: str | None) -> tuple[list[Case], list, str]:
    """The cases, the articles to index for them, and a short label for the index folder.

    A `.json` set is MultiHop-RAG queries and needs its corpus; a `.jsonl` set is the project's format,
    answered over the bundled articles unless a corpus is given.
    """
    from index.articles import bundled_articles, read_paths
    from eval.multihop import load_corpus, load_queries

    path = Path(set_path) if set_path else DEFAULT_SET
    if not path.exists():
        raise RagError(f"no question set at {path}; give a JSONL file or a MultiHop-RAG queries JSON with --set")
    if path.suffix.lower() == ".json":
        if not corpus:
            raise RagError("a MultiHop-RAG query set needs its articles: add --corpus PATH/corpus.json")
        cases = load_queries(path)
    else:
        cases = load_jsonl(path)
    if not corpus:
        return cases, bundled_articles(), "bundled"
    if Path(corpus).suffix.lower() == ".json":
        articles, skipped = load_corpus(corpus)
    else:
        articles, skipped_files = read_paths([corpus])
        skipped = len(skipped_files)
    if skipped:
        print(f"left out {skipped} corpus records without text", file=sys.stderr)
    return cases, articles, Path(corpus).stem


def retrieval_flags(case: Case, data, retrieval) -> tuple[list[bool], list[bool]]:
    """Relevance of the distinct articles and of the sentences of the ranked evidence, best first.

    Args:
        case: the question with its supporting articles and quotes.
        data: the loaded index (`assistant.data`).
        retrieval: `assistant.retrieve(question)`.

    Returns:
        (is each distinct article, in order of its first sentence, supporting?,
         is each evidence sentence a supporting sentence?)
    """
    art_flags, sent_flags, seen = [], [], set()
    for cand in retrieval.candidates:
        art = data.articles[data.sent_art[cand.sentence]]
        support = is_supporting_article(case, art.id, art.title, art.url)
        if art.id not in seen:
            seen.add(art.id)
            art_flags.append(support)
        sent_flags.append(support and is_supporting_sentence(case, data.sentence_text(cand.sentence)))
    return art_flags, sent_flags


def evaluate(assistant, cases: list[Case]) -> list[tuple[Case, Answer, CaseScore]]:
    """Answer every case with `assistant.answer` and score it against its retrieval.

    Args:
        assistant: a loaded `rag.Assistant` over the set's articles.
        cases: the questions.

    Returns:
        (case, answer, score) per case, in order.
    """
    results = []
    for case in cases:
        try:
            answer = assistant.answer(case.question)
            flags = retrieval_flags(case, assistant.data, assistant.retrieve(case.question))
        except RagError as e:  # e.g. an oversized question: scored as an abstention
            answer, flags = Answer(case.question, f"error: {e}", (), False), ([], [])
        results.append((case, answer, score_case(case, answer, *flags)))
    return results


def summary_rows(summary: dict) -> list[list]:
    """Table rows: the known types first, then any others, then "all"."""
    order = [t for t in TYPES if t in summary] + [t for t in summary if t not in TYPES and t != "all"] + ["all"]
    return [[t, *(summary[t][key] for key, _ in COLUMNS)] for t in order]


def _case_record(case: Case, answer: Answer, score: CaseScore) -> dict:
    return {**score.to_dict(), "question": case.question, "expected": list(case.expected),
            "articles": list(case.articles), "text": answer.text,
            "citations": [{"n": c.n, "article_id": c.article_id, "title": c.title, "url": c.url,
                           "quote": c.quote} for c in answer.citations]}


def markdown(meta: dict, summary: dict, results) -> str:
    """The report: what was run, the table, what the metrics mean, and the cases answered wrongly."""
    lines = [f"# Evaluation report ({meta['date']})", "",
             f"`{meta['command']}` — {meta['cases']} questions from `{meta['set']}` over {meta['articles']} "
             f"articles, embedder {meta['model']}, commit {meta['commit']}, {meta['seconds']:.1f} s.", "",
             table(["type", *(label for _, label in COLUMNS)], summary_rows(summary)), "",
             "- accuracy: answerable — answered and an expected string is in the answer text; "
             "unanswerable — abstained.",
             "- cite P: citations (in answers given) from a supporting article whose quote holds an expected "
             "string or a supporting quote. cite R: answerable cases with at least one such citation.",
             "- abstain P/R: of the abstentions, the unanswerable share / of the unanswerable cases, "
             "the abstained share.",
             "- art/sent hit@k, MRR@10: rank of the first supporting article / supporting sentence among the "
             "ranked evidence sentences of `Assistant.retrieve` (answerable cases only).", ""]
    misses = [(c, a, s) for c, a, s in results if not s.correct]
    lines += [f"## Answered wrongly ({len(misses)})", ""]
    for case, answer, score in misses:
        expected = " / ".join(case.expected) or "(abstain)"
        text = answer.text if len(answer.text) <= 300 else answer.text[:297] + "…"
        lines.append(f"- **{case.id}** ({case.type}) {case.question} — expected: {expected}; "
                     f"{'answered' if score.answered else 'abstained'}: {text}")
    return "\n".join(lines) + "\n"


def main(args) -> int:
    """Run `rag eval`.

    Args:
        args: argparse namespace with set_path, corpus, out, limit, index, model.

    Returns:
        0 (the metrics are the result; nothing here passes or fails).
    """
    from index.embedding import get_embedder
    from index.store import IndexStore
    from rag.assistant import Assistant

    cases, articles, label = load_set(args.set_path, args.corpus)
    if args.limit:
        cases = cases[: args.limit]
    out = Path(args.out)
    index_dir = Path(args.index) if args.index else out / f"index-{label}"
    if not args.index:
        # Rebuilt every run: a kept index would keep the sentence boundaries of the code that built it.
        shutil.rmtree(index_dir, ignore_errors=True)
    started = time.perf_counter()
    if IndexStore(index_dir, get_embedder(args.model)).add(articles).added:
        print(f"indexed {len(articles)} articles in {index_dir}", file=sys.stderr)
    assistant = Assistant(index_dir, args.model, build_default=False)
    results = evaluate(assistant, cases)
    summary = by_type([s for _, _, s in results])
    meta = {**environment(), "command": _command(args), "set": _display(args.set_path or DEFAULT_SET),
            "corpus": args.corpus, "index": str(index_dir), "model": assistant.embedder.id,
            "articles": len(assistant.data.articles), "cases": len(cases),
            "seconds": time.perf_counter() - started}
    print(table(["type", *(label for _, label in COLUMNS)], summary_rows(summary)))
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "report.json", {"meta": meta, "summary": summary,
                                     "cases": [_case_record(*r) for r in results]})
    (out / "report.md").write_text(markdown(meta, summary, results), encoding="utf-8")
    print(f"\n{sum(s.correct for _, _, s in results)}/{len(results)} correct; reports in {out}/report.md "
          f"and report.json ({fmt(meta['seconds'], 1)} s)")
    return 0


def _command(args) -> str:
    """The command line that reproduces this run."""
    opts = [("--set", args.set_path), ("--corpus", args.corpus), ("--limit", args.limit),
            ("--index", args.index), ("--model", args.model), ("--out", args.out)]
    return shlex.join(["rag", "eval", *(x for k, v in opts if v for x in (k, str(v)))])


def _display(path) -> str:
    path = Path(path).resolve()
    return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else str(path)
