"""The Markdown report of `rag bench`, written from the numbers in report.json."""

from __future__ import annotations

from eval.coldstart import PHASES
from eval.growth import ANN_K
from eval.report import table

FLAT_SHARE_LIMIT = 0.25  # above this share of query time, a faster FAISS index would be worth its recall cost


def _ms(x: float) -> str:
    return f"{x:.1f}"


def _ratio_cell(r: dict) -> str:
    return f"{r['median']:.2f}× ({r['min']:.2f}–{r['max']:.2f})"


def query_section(q: dict) -> list[str]:
    s, r = q["systems"], q["ratios"]
    rows = [["`rag.answer()` (warm)", _ms(s["answer"]["p50"]), _ms(s["answer"]["p95"]), "1.00×", "1.00×"]]
    for key, label in [("llama_index", "llama-index VectorStoreIndex + FaissVectorStore, retriever top-k"),
                       ("floor", "floor: the same embedder + FAISS IndexFlatIP")]:
        rows.append([label, _ms(s[key]["p50"]), _ms(s[key]["p95"]), _ratio_cell(r[key]["p50"]),
                     _ratio_cell(r[key]["p95"])])
    return ["## Query latency", "",
            f"{q['questions']} questions of the bundled set × {q['rounds']} rounds over {q['chunks']} chunks, the "
            f"three systems interleaved call by call; top-k = {q['k']} for the baselines. Ratio = ours / baseline "
            "per round, median (min–max) over rounds; absolute ms are for orientation only.", "",
            table(["system", "p50 ms", "p95 ms", "ours / this, p50", "ours / this, p95"], rows), ""]


def build_section(b: dict) -> list[str]:
    rows = [["`rag index add` (read, split, embed sentences, BM25, write)", f"{b['ours_chunks_per_s']:.1f}"],
            ["raw `SentenceTransformer.encode(chunk_texts)`", f"{b['raw_chunks_per_s']:.1f}"]]
    return ["## Index build throughput", "",
            f"{b['chunks']} chunks ({b['sentences']} sentences) of SYNTHETIC articles (real sentences recombined), "
            "embedded by the real model on the real text in every round, a new index each round. Our index "
            "embeds each sentence once and makes a chunk's vector from its sentences' vectors; raw encoding "
            f"embeds the chunk texts. Ratio {_ratio_cell(b['ratio'])} (median, min–max over rounds).", "",
            table(["", "chunks / s (median)"], rows), ""]


def cold_section(c: dict) -> list[str]:
    total = sum(c["phases"].values())
    rows = [[label, f"{c['phases'][k]:.2f}", f"{c['phases'][k] / total:.0%}"] for k, label in PHASES]
    top = max(PHASES, key=lambda p: c["phases"][p[0]])
    imports = sum(v for k, v in c["phases"].items() if k.startswith("import"))
    return ["## Cold start", "",
            f"A new `rag ask` process prints its answer after **{c['answer_s']:.2f} s** (median of "
            f"{len(c['runs'])}); the process exits {c['exit_s'] - c['answer_s']:.2f} s later, at {c['exit_s']:.2f} s "
            "(interpreter shutdown: module teardown after the answer is printed).", "",
            f"Phases of one more cold process ({total:.2f} s): imports take {imports:.2f} s "
            f"({imports / total:.0%}); the largest phase is *{top[1]}*.", "",
            table(["phase", "s", "share"], rows), "",
            "Slowest root packages to import (`python -X importtime`, cumulative, in a separate process):", "",
            table(["package", "s"], [[f"`{i['package']}`", f"{i['seconds']:.2f}"] for i in c["imports"]]), ""]


def growth_section(g: dict, build: dict, plots: list[str]) -> list[str]:
    rows = []
    for r in g["rows"]:
        s = r["systems"]
        rows.append([r["chunks"], r["synthetic_articles"], r["sentences"], f"{r['build_s']:.1f}",
                     f"{r['chunks'] / build['ours_chunks_per_s'] / 60:.1f}", f"{r['disk_mb']:.0f}",
                     f"{r['rss_loaded_mb']:.0f}", f"{r['rss_loaded_mb'] - r['rss_model_mb']:.0f}",
                     f"{r['load_s']:.2f}", _ms(s["answer"]["p50"]), _ms(s["floor"]["p50"]),
                     _ms(s["flat_search"]["p50"]), f"{r['ratios']['floor']['p50']['median']:.2f}×"])
    lines = ["## Growth (SYNTHETIC corpora)", "",
             "**Synthetic data.** Articles are the real bundled sentences recombined at random into many distinct "
             "articles (title `Synthetic article N`, source `SYNTHETIC`). Their sentence vectors are the real "
             "model's vectors of those sentences, looked up in a cache by text instead of being computed again "
             f"({g['cache_misses']} sentences missed the cache): *build s* therefore excludes embedding; "
             "*embed min (est.)* is the chunk count divided by the measured build throughput above. Retrieval "
             "quality on such a corpus means nothing; only time, disk and memory do. Memory is VmRSS of a new "
             "process per size, with the model loaded, before and after loading the index.", "",
             table(["chunks", "articles", "sentences", "build s", "embed min (est.)", "disk MiB", "RSS MiB",
                    "index MiB", "load s", "answer p50 ms", "floor p50 ms", "flat search ms", "answer/floor"],
                   rows), ""]
    lines += [f"![{p}]({p})" for p in plots] + [""]
    return lines + ann_section(g)


def ann_section(g: dict) -> list[str]:
    if not g["ann"]:
        return []
    top = g["rows"][-1]
    flat_ms, answer_ms = top["systems"]["flat_search"]["p50"], top["systems"]["answer"]["p50"]
    share = flat_ms / answer_ms
    key = f"recall@{ANN_K}"
    rows = [[a["index"], a["setting"], f"{a['build_s']:.1f}", f"{a['size_mb']:.0f}", f"{a['search_ms_p50']:.2f}",
             f"{a[key]:.3f}"] for a in g["ann"]]
    ok = [a for a in g["ann"][1:] if a[key] >= 0.95]
    best = min(ok, key=lambda a: a["search_ms_p50"]) if ok else None
    shares = [r["systems"]["flat_search"]["p50"] / r["systems"]["answer"]["p50"] for r in g["rows"]]
    i = next((i for i, sh in enumerate(shares) if sh > FLAT_SHARE_LIMIT), None)
    if i is None:
        verdict = (f"Flat search stays the right choice up to {top['chunks']} chunks: it takes {flat_ms:.2f} ms of the "
                   f"{answer_ms:.1f} ms answer p50 ({share:.0%}), so an approximate index could save at most that, "
                   "and would cost recall and build time.")
    else:
        r = g["rows"][i]
        f_ms = r["systems"]["flat_search"]["p50"]
        # Flat search time grows in proportion to the chunks; the rest of an answer hardly does.
        rest, per_chunk = r["systems"]["answer"]["p50"] - f_ms, f_ms / r["chunks"]
        crossing = rest * FLAT_SHARE_LIMIT / (1 - FLAT_SHARE_LIMIT) / per_chunk
        since = f"between {g['rows'][i - 1]['chunks']:,} and {r['chunks']:,}" if i else f"by {r['chunks']:,}"
        verdict = (f"Flat search stops being the right choice {since} chunks, where it passes {FLAT_SHARE_LIMIT:.0%} "
                   f"of the answer time (a linear estimate puts the crossing near {crossing:,.0f} chunks); at "
                   f"{top['chunks']:,} chunks it takes {flat_ms:.1f} of the {answer_ms:.1f} ms answer p50 "
                   f"({share:.0%}).")
    if best:
        verdict += (f" The fastest alternative with recall@{ANN_K} ≥ 0.95 here is {best['index']} "
                    f"({best['setting']}): "
                    f"{best['search_ms_p50']:.2f} ms per search, recall@{ANN_K} {best[key]:.3f}, "
                    f"{best['build_s']:.1f} s to build (and to rebuild on every index write).")
    verdict += (" These recalls are on SYNTHETIC vectors full of near-duplicates, which is hard on graph indexes "
                "(HNSW); measure again on a real corpus of that size before switching.")
    return [f"### Flat against approximate FAISS indexes at {top['chunks']} chunks", "",
            f"Single-query search for the top {ANN_K} (the dense depth of retrieval) with the question vectors; "
            f"recall@{ANN_K} is tie-aware (the synthetic chunks repeat, so a copy of a true neighbour counts).", "",
            table(["index", "setting", "build s", "MiB", "search ms p50", f"recall@{ANN_K}"], rows), "",
            verdict, ""]


def markdown(r: dict, summary: str) -> str:
    """The whole report: method, the goals table, then one section per measurement."""
    m = r["meta"]
    head = [f"# Benchmark report ({m['date']})", "",
            f"`{m['command']}` — commit {m['commit']}, Python {m['python']}, {m['cpus']} CPUs, "
            f"{m['seconds'] / 60:.1f} min. Every figure that is judged is a ratio against a baseline measured in "
            "the same run, interleaved, as the median over repeated rounds: absolute times on a shared "
            "machine are noise.", "", summary, ""]
    body = (query_section(r["query"]) + build_section(r["build"]) + cold_section(r["cold_start"])
            + growth_section(r["growth"], r["build"], r["plots"]))
    return "\n".join(head + body)
