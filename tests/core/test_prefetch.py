"""Tests for app/core/prefetch.py: order kept, errors passed on, producer stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.prefetch import prefetched


def test_prefetched_keeps_order_and_passes_errors_on() -> None:
    """The producer thread yields items in order and its error reaches the consumer."""
    assert list(prefetched(iter(range(50)))) == list(range(50))

    def failing() -> Iterator[int]:
        yield 1
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        list(prefetched(failing()))


def test_prefetched_stops_the_producer_when_the_consumer_leaves() -> None:
    """Breaking out early does not leave a thread blocked on a full queue."""
    produced: list[int] = []

    def endless() -> Iterator[int]:
        n = 0
        while True:
            produced.append(n)
            yield n
            n += 1

    stream = prefetched(endless(), depth=1)
    assert next(stream) == 0
    stream.close()  # joins the producer; a hang would time the test out
    assert len(produced) < 10
