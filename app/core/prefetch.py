"""Overlap producing items with consuming them: a one-thread pipeline.

The demo import composes text in Python while SQLite writes the previous
batch; SQLite releases the GIL while it works, so on two cores both proceed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from queue import Full, Queue
from typing import Any, TypeVar

T = TypeVar("T")


def prefetched(items: Iterator[T], depth: int = 2) -> Iterator[T]:
    """Produce the next items on a thread while the caller consumes this one.

    Writing a batch is mostly SQLite work, which releases the GIL, so on two
    cores the next batch of text is composed meanwhile. Items keep their order;
    an error in the producer is raised here; leaving early stops the producer.
    """
    queue: Queue[tuple[bool, Any]] = Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                queue.put(entry, timeout=0.05)
                return True
            except Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((True, item)):
                    return
            put((False, None))
        except BaseException as exc:  # handed over to the consumer, raised there
            put((False, exc))

    thread = threading.Thread(target=produce, name="carnet-demo-producer", daemon=True)
    thread.start()
    try:
        while True:
            is_item, value = queue.get()
            if not is_item:
                if value is not None:
                    raise value
                return
            yield value
    finally:
        stop.set()
        thread.join()
