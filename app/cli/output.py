"""What carnet-cli prints: plain lines for people, one JSON document with `--json`."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, TextIO

from app.domain.models import HIGHLIGHT_END, HIGHLIGHT_START


def jsonable(value: Any) -> Any:
    """Dataclasses, enums, dates and tuples → plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def marked(snippet: str, start: str = "[", end: str = "]") -> str:
    """A search snippet with its match markers made visible."""
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)


class Output:
    def __init__(self, json_mode: bool, stream: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self._stream = stream

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Output:
        return cls(bool(getattr(args, "json_output", False)))

    @property
    def stream(self) -> TextIO:
        return self._stream or sys.stdout

    def emit(self, data: Any, lines: Iterable[str]) -> None:
        """Print `data` as JSON in JSON mode, else the human-readable `lines`."""
        if self.json_mode:
            self.stream.write(json.dumps(jsonable(data), ensure_ascii=False) + "\n")
        else:
            for line in lines:
                self.stream.write(line + "\n")
        self.stream.flush()


def output_for(args: argparse.Namespace, out: TextIO) -> Output:
    """Honours carnet-cli's global --json (absent when a test builds only one parser)."""
    return Output(bool(getattr(args, "json_output", False)), out)
