"""Masking small counts so that no one in a small service can be singled out.

A count from 1 to threshold-1 is shown as "<3" (for a threshold of 3). A table
whose rows add up to a total that is shown must not let a masked row be
recomputed: total minus the rows shown, or two masked rows that can only be
1 and 1. So, while some masked row has only one value consistent with what is
shown, the smallest row still shown is masked too ("≥3": it is at least the
threshold); if no row is left to mask, the total itself becomes "≥3".
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.activity import Shown

UNBOUNDED = 10**9


def small(threshold: int) -> str:
    return f"<{threshold}"


def large(threshold: int) -> str:
    return f"≥{threshold}"


def mask_count(value: int, threshold: int) -> Shown:
    return small(threshold) if 0 < value < threshold else value


def _bounds(value: Shown, threshold: int) -> tuple[int, int]:
    if value == small(threshold):
        return 1, threshold - 1
    if value == large(threshold):
        return threshold, UNBOUNDED
    assert isinstance(value, int)
    return value, value


def determined(shown: Sequence[Shown], total: Shown, threshold: int) -> bool:
    """True if some masked row has a single value consistent with the rows and the total."""
    if not isinstance(total, int):
        return False
    masked = [_bounds(v, threshold) for v in shown if isinstance(v, str)]
    rest = total - sum(v for v in shown if isinstance(v, int))
    low_sum, high_sum = sum(lo for lo, _ in masked), sum(hi for _, hi in masked)
    for lo, hi in masked:
        least = max(lo, rest - (high_sum - hi))
        most = min(hi, rest - (low_sum - lo))
        if least >= most:
            return True
    return False


def mask_table(
    rows: Sequence[tuple[str, int]], total: int, threshold: int
) -> tuple[tuple[tuple[str, Shown], ...], Shown]:
    """Masked rows and masked total of one additive table (same order as `rows`)."""
    shown: list[Shown] = [mask_count(v, threshold) for _, v in rows]
    shown_total: Shown = mask_count(total, threshold)
    while determined(shown, shown_total, threshold):
        still = [i for i, v in enumerate(shown) if isinstance(v, int) and v > 0]
        if not still:
            shown_total = large(threshold)
            break
        smallest = min(still, key=lambda i: rows[i][1])
        shown[smallest] = large(threshold)
    return tuple((code, value) for (code, _), value in zip(rows, shown, strict=True)), shown_total
