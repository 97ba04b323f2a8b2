"""Run carnet-cli in a real subprocess, secrets on a pipe given with --passphrase-fd.

The subprocess is `tests.support.cli_main`: the real main with cheap Argon2id
(the installed command has no such option)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support import REPO


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def cli_env(**extra: str) -> dict[str, str]:
    """The parent's environment without any vault folder or debug switch of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("CARNET_VAULT_DIR", "CARNET_DEBUG")}
    env["PYTHONPATH"] = str(REPO)
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"  # English messages, whatever the machine's locale
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run_cli(
    vault: Path | None,
    *args: str,
    secrets: Sequence[str] = (),
    use_fd: bool = True,
    env: dict[str, str] | None = None,
    stdin_text: str | None = None,
    extra_fds: Sequence[int] = (),
) -> Result:
    """`carnet-cli [--vault V] [--passphrase-fd N] ARGS`, each secret one line on the pipe."""
    read_fd, write_fd = os.pipe()
    try:
        os.write(write_fd, "".join(s + "\n" for s in secrets).encode("utf-8"))
        os.close(write_fd)
        command = [sys.executable, "-m", "tests.support.cli_main"]
        command += ["--vault", str(vault)] if vault is not None else []
        command += ["--passphrase-fd", str(read_fd)] if use_fd else []
        done = subprocess.run(
            [*command, *args],
            pass_fds=(read_fd, *extra_fds),
            input=stdin_text,
            stdin=None if stdin_text is not None else subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO,
            env=env or cli_env(),
            start_new_session=True,  # no controlling terminal: getpass cannot wait on one
        )
    finally:
        os.close(read_fd)
    return Result(done.returncode, done.stdout, done.stderr)


def run_cli_on_terminal(vault: Path, *args: str, secrets: Sequence[str] = ()) -> Result:
    """`carnet-cli` with standard output on a pseudo-terminal, as a worker at a screen."""
    read_fd, write_fd = os.pipe()
    terminal, screen = pty.openpty()
    try:
        os.write(write_fd, "".join(s + "\n" for s in secrets).encode("utf-8"))
        os.close(write_fd)
        command = [sys.executable, "-m", "tests.support.cli_main", "--vault", str(vault),
                   "--passphrase-fd", str(read_fd), *args]  # fmt: skip
        done = subprocess.run(
            command, pass_fds=(read_fd,), stdin=subprocess.DEVNULL, stdout=screen,
            stderr=subprocess.PIPE, text=True, timeout=120, cwd=REPO, env=cli_env(),
        )  # fmt: skip
        os.close(screen)
        screen = -1
        chunks = []
        while select.select([terminal], [], [], 0)[0]:
            try:
                chunk = os.read(terminal, 65536)
            except OSError:  # EIO: the other end is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        os.close(terminal)
        if screen != -1:
            os.close(screen)
    out = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return Result(done.returncode, out, done.stderr)


def assert_plain_error(result: Result, code: int, fragment: str) -> None:
    """One line on stderr, the expected code, and never a traceback."""
    assert result.code == code, (result.code, result.err)
    assert fragment in result.err
    assert "Traceback" not in result.err + result.out
    assert len(result.err.strip().splitlines()) == 1
