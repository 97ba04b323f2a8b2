"""The one rule for any command that could print hypotheses: a terminal, never a pipe.

Private working hypotheses may be read on the worker's own screen. Printed into
a pipe or a file (`| cat`, `> notes.txt`, `--json | jq`) they would be copied
somewhere Carnet cannot wipe, so such a command refuses, with its own exit code,
before it prints anything. Every command that may show hypotheses calls
`require_terminal()` first.
"""

from __future__ import annotations

import sys
from typing import TextIO

from app.domain.errors import CarnetError


class HypothesesNeedTerminal(CarnetError):
    default_message = (
        "Private hypotheses are shown only on a terminal, and standard output is a pipe "
        "or a file: nothing was printed. Run the command without redirecting its output, "
        "or leave out --include-hypotheses."
    )


def require_terminal(stream: TextIO | None = None) -> None:
    """Raise HypothesesNeedTerminal unless standard output is a terminal."""
    out = stream or sys.stdout
    try:
        is_terminal = out.isatty()
    except (AttributeError, ValueError):  # closed or exotic stream: not a terminal
        is_terminal = False
    if not is_terminal:
        raise HypothesesNeedTerminal()
