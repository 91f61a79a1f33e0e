"""Timing helpers: interleaved runs of competing callables, percentiles, ratios of medians, process memory."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Callable

import numpy as np


def interleaved(systems: dict[str, Callable], inputs: list, repeat: int) -> dict[str, list[list[float]]]:
    """Seconds per call of every system on every input, `repeat` rounds, systems interleaved call by call.

    Interleaving (and rotating who goes first) spreads the noise of a shared machine evenly over
    the systems, so their ratio stays meaningful even when absolute times drift.

    Returns:
        For each system, one list of per-input times per round.
    """
    names = list(systems)
    times: dict[str, list[list[float]]] = {n: [] for n in names}
    for r in range(repeat):
        for n in names:
            times[n].append([])
        for i, x in enumerate(inputs):
            shift = (r + i) % len(names)
            for n in names[shift:] + names[:shift]:
                t = time.perf_counter()
                systems[n](x)
                times[n][-1].append(time.perf_counter() - t)
    return times


def percentile(values, q: float) -> float:
    """The q-th percentile (0–100) of the values."""
    return float(np.percentile(np.asarray(values, dtype=float), q))


def median_ratio(ours: list[float], base: list[float]) -> dict:
    """Median, min and max over rounds of ours[i] / base[i]."""
    ratios = [a / b for a, b in zip(ours, base) if b > 0]
    return {"median": statistics.median(ratios), "min": min(ratios), "max": max(ratios), "rounds": len(ratios)}


def latency_summary(times: dict[str, list[list[float]]], ours: str) -> dict:
    """p50/p95 (ms, median over rounds) per system, and ours / each baseline as ratios per round."""
    out: dict = {"systems": {}, "ratios": {}}
    per_round = {n: {"p50": [percentile(r, 50) for r in rounds], "p95": [percentile(r, 95) for r in rounds]}
                 for n, rounds in times.items()}
    for n, p in per_round.items():
        out["systems"][n] = {k: 1000 * statistics.median(v) for k, v in p.items()}
    for n in times:
        if n != ours:
            out["ratios"][n] = {k: median_ratio(per_round[ours][k], per_round[n][k]) for k in ("p50", "p95")}
    return out


def rss_mb() -> float:
    """Resident memory of this process now (VmRSS from /proc/self/status), in MiB."""
    return _status_kb("VmRSS") / 1024


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (VmHWM), in MiB."""
    return _status_kb("VmHWM") / 1024


def _status_kb(key: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return float(line.split()[1])
    except OSError:
        pass
    import resource  # not Linux: the peak is the best that is known

    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def folder_mb(path: Path) -> float:
    """Total size of the files under `path`, in MiB."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file()) / 2**20
