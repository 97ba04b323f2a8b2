"""Tests for bench/workload.py and bench/report.py: percentiles, queries, verdicts."""

from __future__ import annotations

from bench.report import table, verdicts
from bench.workload import make_queries, percentile


def test_percentile_is_nearest_rank() -> None:
    """p50 and p95 of 1..100 are 50 and 95; a single value is its own percentile."""
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50 and percentile(values, 0.95) == 95
    assert percentile([7.0], 0.95) == 7.0


def test_queries_are_the_same_for_every_variant() -> None:
    """The same seed draws the same 1-2 term queries, some with a prefix star."""
    vocabulary = ["logement", "surendettement", "indemnités", "médecin", "bailleur"]
    first, again = make_queries(vocabulary, 3, 200), make_queries(vocabulary, 3, 200)
    assert first == again
    assert {len(q.text.split()) for q in first} == {1, 2}
    assert any(q.text.endswith("*") for q in first)
    assert any(q.include_hypotheses for q in first)


def test_verdicts_compare_with_the_targets() -> None:
    """Each target key passes or fails; missing figures are left out."""
    results = {"import_s": 12.0, "save_p95_ms": 9.0}
    assert verdicts(results) == {"import_s": True, "save_p95_ms": False}
    assert "PASS" in table(results) and "FAIL" in table(results)
