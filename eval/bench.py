"""`rag bench`: speed as ratios against baselines measured in the same run; report.json, report.md, plots."""

from __future__ import annotations

import shlex
import shutil
import sys
import time
from pathlib import Path

from eval.bench_report import markdown
from eval.report import environment, table, write_json

BUILD_CHUNKS = 500      # chunks embedded for real in the throughput rounds (capped by the smallest size)
PROBE_QUESTIONS = 30    # questions timed per growth size
GOALS = {"vs_llama_index": 1.0, "vs_floor": 1.5, "build_share": 0.9, "cold_start_s": 5.0}


def query_latency(assistant, questions: list[str], repeat: int, model_path: str) -> dict:
    """Warm `answer` against a plain llama-index retriever and the encode+flat floor, interleaved."""
    from eval.baselines import flat_floor, llama_index_retriever
    from eval.timing import interleaved, latency_summary

    data = assistant.data
    vectors = data.dense.index.reconstruct_n(0, data.dense.size)
    texts = [data.chunk_text(c) for c in range(len(data.chunk_art))]
    k = assistant.retriever.chunks  # the chunks an answer draws its evidence from
    systems = {"answer": assistant.answer,
               "llama_index": llama_index_retriever(texts, vectors, model_path, k),
               "floor": flat_floor(assistant.embedder, vectors, k)}
    for run in systems.values():  # warm every path once before timing
        run(questions[0])
    return {"k": k, "questions": len(questions), "rounds": repeat, "chunks": len(texts),
            **latency_summary(interleaved(systems, questions, repeat), "answer")}


def _goal(value: float, limit: float, at_most: bool = True) -> str:
    return "met" if (value <= limit if at_most else value >= limit) else "MISSED"


def goals(r: dict) -> list[list]:
    """Rows of the summary table: measure, value, goal, met or missed."""
    q, b, c = r["query"]["ratios"], r["build"]["ratio"]["median"], r["cold_start"]["answer_s"]
    rows = []
    for base, label, limit in [("llama_index", "plain llama-index retriever", GOALS["vs_llama_index"]),
                               ("floor", "floor (embed + IndexFlatIP)", GOALS["vs_floor"])]:
        for p in ("p50", "p95"):
            v = q[base][p]["median"]
            rows.append([f"query {p} vs {label}", f"{v:.3f}×", f"≤ {limit:.1f}×", _goal(v, limit)])
    rows.append(["build: `rag index add` vs raw encode (chunks/s)", f"{b:.0%}",
                 f"≥ {GOALS['build_share']:.0%}", _goal(b, GOALS["build_share"], at_most=False)])
    rows.append(["cold start to first answer", f"{c:.2f} s", f"≤ {GOALS['cold_start_s']:.0f} s",
                 _goal(c, GOALS["cold_start_s"])])
    return rows


def main(args) -> int:
    """Run `rag bench`.

    Args:
        args: argparse namespace with out, sizes (comma-separated chunk counts), repeat, index, model.

    Returns:
        0; goals missed are reported, not failed (timings on a shared machine are evidence, not tests).
    """
    from eval.baselines import build_throughput
    from eval.coldstart import cold_start
    from eval.dataset import load_jsonl
    from eval.growth import plot, run_growth
    from eval.synthetic import sentence_pool, synthetic_articles, write_txt
    from index.articles import bundled_articles
    from index.embedding import get_embedder
    from index.store import IndexStore
    from rag.assistant import Assistant

    sizes = sorted({int(s) for s in str(args.sizes).split(",") if s.strip()})
    repeat = max(1, int(args.repeat))
    out = Path(args.out)
    work = out / ".work"  # every index of the run lives here and is deleted at the end
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.perf_counter()
    try:
        embedder = get_embedder(args.model)
        qindex = Path(args.index) if args.index else work / "bundled"
        if not args.index:
            IndexStore(qindex, embedder).add(bundled_articles(), progress=False)
        assistant = Assistant(qindex, args.model, build_default=False)
        questions = [c.question for c in load_jsonl()]
        pool = sentence_pool(bundled_articles())
        report = {"meta": {**environment(), "command": _command(args), "sizes": sizes, "repeat": repeat}}
        _say("query latency")
        report["query"] = query_latency(assistant, questions, repeat, embedder.source)
        _say("build throughput")
        source = write_txt(synthetic_articles(pool, min(BUILD_CHUNKS, sizes[0]), seed=1), work / "build-src")
        report["build"] = build_throughput(source, work, args.model, embedder, repeat)
        _say("cold start")
        report["cold_start"] = cold_start(qindex, questions[1], args.model, repeat)
        _say("growth")
        report["growth"] = run_growth(sizes, pool, embedder, questions[:PROBE_QUESTIONS], repeat, work, args.model)
        out.mkdir(parents=True, exist_ok=True)
        report["plots"] = plot(report["growth"]["rows"], out)
        report["meta"]["seconds"] = time.perf_counter() - started
        summary = table(["measure", "value", "goal", ""], goals(report))
        print(summary)
        write_json(out / "report.json", report)
        (out / "report.md").write_text(markdown(report, summary), encoding="utf-8")
        print(f"\nreports in {out}/report.md and report.json ({report['meta']['seconds'] / 60:.1f} min)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _say(step: str) -> None:
    print(f"bench: {step}…", file=sys.stderr, flush=True)


def _command(args) -> str:
    opts = [("--sizes", args.sizes), ("--repeat", args.repeat), ("--index", args.index), ("--model", args.model),
            ("--out", args.out)]
    return shlex.join(["rag", "bench", *(x for k, v in opts if v for x in (k, str(v)))])
