"""Calibrate the abstention threshold on a question set: `python -m eval.calibrate [--set PATH]`."""

from __future__ import annotations

import argparse
from dataclasses import replace

from eval.dataset import DEFAULT_SET, load_jsonl
from rag.assistant import Assistant


def sweep(confidences: list[tuple[float, bool, bool]], lo: float = 0.3, hi: float = 1.2, step: float = 0.02):
    """Per threshold: (threshold, answerable kept, unanswerable refused) for (confidence, answerable, right).

    `right` says whether the answer would be correct if given (an expected string among its sentences).
    """
    rows = []
    t = lo
    while t <= hi + 1e-9:
        kept = sum(1 for c, answerable, right in confidences if answerable and right and c >= t)
        refused = sum(1 for c, answerable, _ in confidences if not answerable and c < t)
        rows.append((round(t, 2), kept, refused))
        t += step
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval.calibrate", description=__doc__)
    p.add_argument("--set", dest="set_path", default=str(DEFAULT_SET))
    p.add_argument("--index", default=None)
    args = p.parse_args(argv)
    assistant = Assistant(args.index)
    no_abstain = replace(assistant.answerer.t, answer=-1e9)
    cases = load_jsonl(args.set_path)
    answerer = type(assistant.answerer)(assistant.answerer.max_sentences, no_abstain)
    conf = []
    for case in cases:
        r = assistant.retrieve(case.question)
        text = answerer.answer(case.question, assistant.data, r).text.lower()
        conf.append((assistant.answerer.confidence(r), case.answerable, any(e.lower() in text for e in case.expected)))
    n_ans = sum(1 for _, a, _ in conf if a)
    print(f"{len(cases)} questions ({n_ans} answerable); current threshold {assistant.answerer.t.answer}")
    print("threshold  right-and-kept  abstained-correctly  total-right")
    best = max(sweep(conf), key=lambda r: (r[1] + r[2], r[2]))
    for t, kept, refused in sweep(conf):
        flag = "  <- best" if (t, kept, refused) == best else ""
        print(f"{t:9.2f}  {kept:6d}/{n_ans:<7d}  {refused:6d}/{len(cases) - n_ans:<12d}  {kept + refused:4d}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
