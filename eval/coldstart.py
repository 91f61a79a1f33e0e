"""Cold start: a new `rag ask` process to its first answer, and where that time goes (phases, imports).

`python -m eval.coldstart INDEX QUESTION [MODEL]` is the child that times its own phases.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHASES = [("startup", "Python start-up (interpreter, site, -m)"),
          ("import_rag", "import rag.assistant (numpy, faiss, bm25s, index/, rag/ …)"),
          ("import_torch", "import torch"),
          ("import_st", "import sentence_transformers (transformers, sklearn, scipy …)"),
          ("model", "load the model (get_embedder)"),
          ("index", "load the index (Assistant)"),
          ("answer", "first answer")]


def _env() -> dict:
    # Unbuffered, so the answer line arrives when it is printed, not when the process exits.
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}


def time_to_answer(index: Path, question: str, model: str | None) -> dict:
    """Seconds from starting `rag ask QUESTION --index INDEX` to its first output line, and to its exit."""
    cmd = [sys.executable, "-m", "rag.cli", "ask", question, "--index", str(index)]
    cmd += ["--model", model] if model else []
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env(), cwd=ROOT)
    first = p.stdout.readline()
    answered = time.perf_counter() - t
    p.stdout.read()
    p.wait()
    if p.returncode != 0 or not first.strip():
        raise RuntimeError(f"`{' '.join(cmd)}` failed with exit code {p.returncode}")
    return {"answer_s": answered, "exit_s": time.perf_counter() - t}


def _child(index: str, question: str, model: str | None) -> dict:
    """The phases of a cold start in this (new) process, in seconds; startup is the wall-clock start."""
    marks = [time.time()]
    import rag.assistant  # noqa: F401  (what `rag ask` imports before it loads anything)

    marks.append(time.time())
    import torch  # noqa: F401

    marks.append(time.time())
    import sentence_transformers  # noqa: F401

    marks.append(time.time())
    from index.embedding import get_embedder

    get_embedder(model)
    marks.append(time.time())
    assistant = rag.assistant.Assistant(index, model, build_default=False)
    marks.append(time.time())
    assistant.answer(question)
    marks.append(time.time())
    names = [n for n, _ in PHASES[1:]]
    return {"started": marks[0], **{n: b - a for n, a, b in zip(names, marks, marks[1:])}}


def phases(index: Path, question: str, model: str | None, importtime: bool = False) -> tuple[dict, str]:
    """Run the child once; its phase times (with start-up measured from here) and its stderr."""
    cmd = [sys.executable] + (["-X", "importtime"] if importtime else []) + ["-m", "eval.coldstart", str(index),
                                                                             question] + ([model] if model else [])
    spawned = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=600)
    if p.returncode != 0:
        raise RuntimeError(f"cold-start profile failed:\n{p.stderr[-2000:]}")
    d = json.loads(p.stdout.strip().splitlines()[-1])
    d["startup"] = d.pop("started") - spawned
    return {n: d[n] for n, _ in PHASES}, p.stderr


def top_imports(importtime_log: str, n: int = 12) -> list[dict]:
    """The root packages that took longest to import (cumulative, first import), from `-X importtime`."""
    best: dict[str, int] = {}
    for line in importtime_log.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:"):].split("|")
        name = name.strip()
        if "." not in name:
            best[name] = max(best.get(name, 0), int(cumulative))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])[:n]
    return [{"package": k, "seconds": v / 1e6} for k, v in ranked]


def cold_start(index: Path, question: str, model: str | None, repeat: int) -> dict:
    """Median time to the first answer over `repeat` new processes, plus one phase profile and import profile."""
    runs = [time_to_answer(index, question, model) for _ in range(repeat)]
    phase, _ = phases(index, question, model)
    _, log = phases(index, question, model, importtime=True)
    return {"answer_s": statistics.median(r["answer_s"] for r in runs),
            "exit_s": statistics.median(r["exit_s"] for r in runs), "runs": runs, "phases": phase,
            "imports": top_imports(log)}


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    print(json.dumps(_child(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)))
