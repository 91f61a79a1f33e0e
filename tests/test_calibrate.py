"""The threshold sweep used to calibrate abstention, on hand-made confidences."""

from eval.calibrate import sweep


def test_sweep_counts_kept_and_refused():
    conf = [(0.9, True, True), (0.5, True, True), (0.7, True, False), (0.4, False, False), (0.8, False, False)]
    rows = {t: (kept, refused) for t, kept, refused in sweep(conf, lo=0.3, hi=1.0, step=0.1)}
    assert rows[0.3] == (2, 0)   # everything answered: both right answers kept, no abstention
    assert rows[0.6] == (1, 1)   # 0.5 answer lost, 0.4 unanswerable refused
    assert rows[0.9] == (1, 2)
    assert rows[1.0] == (0, 2)
