"""Folders in a given state for tests: unwritable, for root too."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

NOBODY = 65534


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """An unwritable folder, for root too (root ignores modes, so drop to nobody)."""
    folder.chmod(0o555)
    as_root = os.geteuid() == 0
    try:
        if as_root:
            os.seteuid(NOBODY)
        yield
    finally:
        if as_root:
            os.seteuid(0)
        folder.chmod(0o755)
