"""The `rag` command: index articles, ask questions, and start the chat, evaluation and benchmarks."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from index.errors import RagError  # noqa: E402


def _store(args):
    from index.embedding import get_embedder
    from index.store import IndexStore, default_index_dir

    return IndexStore(Path(args.index) if args.index else default_index_dir(), get_embedder(args.model))


def cmd_index_add(args) -> int:
    from index.articles import read_paths

    articles, skipped = read_paths(args.paths)
    for s in skipped:
        print(f"skipped {s.path}: {s.reason}", file=sys.stderr)
    store = _store(args)
    report = store.add(articles)
    for a in report.added:
        print(f"added   {a.id}  {a.title}")
    for a in report.unchanged:
        print(f"present {a.id}  {a.title}")
    print(f"{len(report.added)} added, {len(report.unchanged)} already indexed, {len(skipped)} skipped "
          f"-> {store.root}")
    return 0 if articles or not skipped else 1


def cmd_index_list(args) -> int:
    store = _store(args)
    data = store.load()
    for a in data.articles:
        print(f"{a.id}  {a.date or '----------'}  {(a.source or '-')[:20]:20}  {a.title}")
    print(f"{len(data.articles)} articles, {len(data.chunk_art)} chunks, {len(data.sent_art)} sentences "
          f"in {store.root}")
    return 0


def cmd_index_remove(args) -> int:
    store = _store(args)
    data = store.load()
    ids = []
    for given in args.ids:
        matches = [a.id for a in data.articles if a.id.startswith(given)]
        if len(matches) != 1:
            raise RagError(f"'{given}' matches {len(matches)} articles; give more of the id (see `rag index list`)")
        ids.extend(matches)
    for i in store.remove(ids):
        print(f"removed {i}")
    return 0


def cmd_index_rebuild(args) -> int:
    n = _store(args).rebuild()
    print(f"rebuilt the index from {n} stored articles")
    return 0


def cmd_ask(args) -> int:
    from rag.assistant import Assistant
    from rag.questions import check_question

    question = check_question(args.question)
    assistant = Assistant(args.index, args.model)
    ans = assistant.answer(question, k=args.k)
    if args.json:
        print(json.dumps(ans.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(ans.text)
    if ans.citations:
        print()
    for c in ans.citations:
        meta = ", ".join(x for x in (c.source, c.date, c.url) if x)
        print(f"[{c.n}] {c.title} ({meta}), chars {c.start}-{c.end}:\n    \"{c.quote}\"")
    return 0


def cmd_chat(args) -> int:
    # ui sits on top of rag; imported here only, so `rag ask` never loads gradio.
    from ui.app import serve

    serve(host=args.host, port=args.port, index_dir=args.index, model=args.model)
    return 0


def cmd_eval(args) -> int:
    from eval.run import main as eval_main

    return eval_main(args)


def cmd_bench(args) -> int:
    from eval.bench import main as bench_main

    return bench_main(args)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", metavar="DIR", help="index folder (default: $RAG_INDEX_DIR or "
                        "~/.local/share/newsrag/index)")
    common.add_argument("--model", help="sentence-transformers name or path (default: $RAG_EMBED_MODEL or the "
                        "bundled all-MiniLM-L6-v2)")
    p = argparse.ArgumentParser(prog="rag", description="Answer questions about news articles, citing the "
                                "sentence that supports each claim.")
    sub = p.add_subparsers(dest="command", required=True)

    idx = sub.add_parser("index", help="add, list or remove articles").add_subparsers(dest="action", required=True)
    a = idx.add_parser("add", parents=[common], help="index files or folders (.txt .md .html .json .jsonl)")
    a.add_argument("paths", nargs="+", metavar="PATH")
    a.set_defaults(func=cmd_index_add)
    idx.add_parser("list", parents=[common], help="list indexed articles").set_defaults(func=cmd_index_list)
    r = idx.add_parser("remove", parents=[common], help="remove articles by id (or unique id prefix)")
    r.add_argument("ids", nargs="+", metavar="ID")
    r.set_defaults(func=cmd_index_remove)
    idx.add_parser("rebuild", parents=[common], help="re-embed every stored article with the configured model "
                   "(after a model or format change)").set_defaults(func=cmd_index_rebuild)

    q = sub.add_parser("ask", parents=[common], help="answer one question")
    q.add_argument("question")
    q.add_argument("--json", action="store_true", help="print the answer object as JSON")
    q.add_argument("-k", type=int, default=None, metavar="N", help="at most N sentences in the answer (default 3)")
    q.set_defaults(func=cmd_ask)

    c = sub.add_parser("chat", parents=[common], help="start the web chat")
    c.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    c.add_argument("--port", type=int, default=7860)
    c.set_defaults(func=cmd_chat)

    e = sub.add_parser("eval", parents=[common], help="measure answer quality on a question set")
    e.add_argument("--set", dest="set_path", metavar="PATH", help="question set (JSONL, or a MultiHop-RAG "
                   "queries JSON with --corpus); default: the bundled set")
    e.add_argument("--corpus", metavar="PATH", help="MultiHop-RAG corpus JSON to index for --set")
    e.add_argument("--out", metavar="DIR", default="reports/eval", help="report folder (default reports/eval)")
    e.add_argument("--limit", type=int, default=None, help="only the first N questions")
    e.set_defaults(func=cmd_eval)

    b = sub.add_parser("bench", parents=[common], help="measure speed against baselines in the same run")
    b.add_argument("--out", metavar="DIR", default="reports/bench", help="report folder (default reports/bench)")
    b.add_argument("--sizes", default="1000,10000,100000", help="growth corpus sizes in chunks")
    b.add_argument("--repeat", type=int, default=5, help="repeats per measurement")
    b.set_defaults(func=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code (errors of ours print one line, no traceback)."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
