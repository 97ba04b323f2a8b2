"""Small counts are masked, and no masked count can be worked out from a total."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.masking import large, mask_count, mask_table, small
from app.domain.activity import Shown


def _candidates(value: Shown, total: int, threshold: int) -> range:
    if value == small(threshold):
        return range(1, threshold)
    if value == large(threshold):
        return range(threshold, total + 1)
    assert isinstance(value, int)
    return range(value, value + 1)


def _solutions(
    shown: list[Shown], total: Shown, bound: int, threshold: int
) -> list[tuple[int, ...]]:
    """Every table of true counts consistent with what is shown."""
    ranges = [_candidates(v, bound, threshold) for v in shown]
    found = []
    for values in itertools.product(*ranges):
        if isinstance(total, int) and sum(values) != total:
            continue
        found.append(values)
    return found


def test_counts_from_one_to_two_are_masked() -> None:
    """0 stays 0, 1 and 2 become "<3", 3 and more stay exact; a threshold of 5 masks 4."""
    assert [mask_count(v, 3) for v in (0, 1, 2, 3, 9)] == [0, "<3", "<3", 3, 9]
    assert mask_count(4, 5) == "<5"


def test_a_single_masked_row_is_not_left_recomputable() -> None:
    """Rows 5 and 1 with total 6: the 5 is masked too, as "≥3"."""
    rows, total = mask_table([("a", 5), ("b", 1), ("c", 0)], 6, 3)
    assert dict(rows) == {"a": "≥3", "b": "<3", "c": 0} and total == 6


def test_two_ones_are_not_left_recomputable() -> None:
    """Rows 4, 1, 1 with total 6: masked 1 and 1 would sum to 2, so one more row is masked."""
    rows, total = mask_table([("a", 4), ("b", 1), ("c", 1)], 6, 3)
    values = [v for _, v in rows]
    assert values.count("<3") == 2
    assert "≥3" in values or total == "≥3"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=7), min_size=1, max_size=4),
    st.integers(min_value=3, max_value=4),
)
def test_no_masked_count_has_a_single_possible_value(counts: list[int], threshold: int) -> None:
    """Whatever the table, every masked row keeps at least two values consistent with it."""
    rows = [(str(i), v) for i, v in enumerate(counts)]
    total = sum(counts)
    masked, shown_total = mask_table(rows, total, threshold)
    shown = [v for _, v in masked]
    solutions = _solutions(shown, shown_total, total + threshold, threshold)
    assert tuple(counts) in solutions
    for index, value in enumerate(shown):
        if isinstance(value, str):
            assert len({s[index] for s in solutions}) >= 2, (counts, shown, shown_total)
