"""The one confirmation for commands that erase or replace: typed back on a terminal.

`purge`, `close-case` and `restore` explain what they will do and ask for the
person's id (or the word shown) to be typed back. `--yes` skips the question,
for scripts. When standard input is not a terminal (a pipe, a file, /dev/null)
nothing is asked and nothing is done: an `echo o |` in front of a command must
never confirm an erasure.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from app.domain.errors import CarnetError

MAX_ANSWER = 200


class NotConfirmed(CarnetError):
    default_message = "Not confirmed; nothing was changed."


class NeedsTerminalOrYes(NotConfirmed):
    default_message = (
        "Standard input is not a terminal, so the confirmation could not be asked: "
        "nothing was changed. Add --yes to confirm from a script."
    )


def confirm(
    explanation: Iterable[str],
    expected: str,
    assume_yes: bool,
    stdin: TextIO | None = None,
    stderr: TextIO | None = None,
) -> None:
    """Return if confirmed; raise NotConfirmed (or NeedsTerminalOrYes) otherwise.

    The question goes to stderr: stdout carries only the result (--json).
    """
    if assume_yes:
        return
    source, err = stdin or sys.stdin, stderr or sys.stderr
    try:
        is_terminal = source.isatty()
    except (AttributeError, ValueError):
        is_terminal = False
    if not is_terminal:
        raise NeedsTerminalOrYes()
    for line in explanation:
        print(line, file=err)
    print(f"Type {expected} to confirm: ", end="", file=err, flush=True)
    answer = source.readline(MAX_ANSWER)
    if answer.strip() != expected:
        raise NotConfirmed()
