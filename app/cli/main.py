"""`carnet-cli`: the vault from a terminal or a script, through the same core as the app.

Commands come from the modules in `COMMAND_MODULES`; a module that is not
there (yet) is skipped, so adding one is a one-line change. Each module has
`register(subparsers)` (or `add_commands(subparsers)`) and gives each parser
one of two handlers with `set_defaults`:

- `handler(args, session) -> int`: main asks for the passphrase, unlocks the
  vault, runs the handler and locks the vault again, whatever happens;
- `vault_handler(args, ctx) -> int`: for commands that open the vault their
  own way (init, passwd, recover); `ctx` is an `app.cli.context.CliContext`.

Handlers raise `CarnetError`s; main prints one plain line on stderr and exits
with the code of that error class (see `app.cli.errors`). Global options go
before the command: `carnet-cli --vault DIR --json search loyer`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from app.cli import errors
from app.cli.context import CliContext
from app.cli.language import LANGUAGES, apply_language, requested_language, translate
from app.cli.output import Output
from app.cli.passphrase import SecretSource
from app.core.paths import ENV_VAULT_DIR, resolve_vault_dir
from app.core.process import harden_process
from app.domain.errors import CarnetError, VaultAlreadyExists, VaultNotFound

COMMAND_MODULES = (
    "app.cli.commands_vault",
    "app.cli.commands_notes",
    "app.cli.commands_demo",
    "app.cli.commands_backup",
    "app.cli.commands_export",
    "app.cli.commands_stats",
    "app.cli.commands_handover",
    "app.cli.commands_rekey",
    "app.cli.commands_wording",
)
DEBUG_ENV = "CARNET_DEBUG"  # set to 1 to get the traceback of an internal error


def _load(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:  # the module itself is absent; a broken import still fails
            return None
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="carnet-cli",
        description=translate(
            "CarnetCli",
            "Carnet's encrypted notebook from the command line.\n"
            "Passphrases are read from the terminal without echo, or from --passphrase-fd;\n"
            "never from arguments or the environment. Global options go before COMMAND.",
        ),
        epilog=errors.describe_exit_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,  # `--passphrase x` must not pass for `--passphrase-fd`
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help=translate(
            "CarnetCli", "vault folder (default: ${variable}, else the per-user data folder)"
        ).replace("{variable}", ENV_VAULT_DIR),
    )
    parser.add_argument(
        "--json",
        dest="json_output",
        action="store_true",
        help=translate("CarnetCli", "machine-readable output"),
    )
    parser.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        help=translate(
            "CarnetCli",
            "read each secret as one line from file descriptor N instead of the terminal",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate(
            "CarnetCli", "language of messages and documents (default: from the locale)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        module = _load(name)
        if module is None:
            continue
        register = getattr(module, "register", None) or module.add_commands
        register(subparsers)
    return parser


def _context(args: argparse.Namespace) -> CliContext:
    return CliContext(
        paths=resolve_vault_dir(args.vault),
        secrets=SecretSource(args.passphrase_fd),
        out=Output.from_args(args),
    )


def run(args: argparse.Namespace) -> int:
    ctx = _context(args)
    vault_handler = getattr(args, "vault_handler", None)
    if vault_handler is not None:
        return int(vault_handler(args, ctx))
    with ctx.unlocked() as session:
        return int(args.handler(args, session))


def _explain(error: BaseException, args: argparse.Namespace | None) -> str:
    message = errors.translated(errors.one_line(error))
    if isinstance(error, VaultNotFound | VaultAlreadyExists) and args is not None:
        message += f" ({resolve_vault_dir(args.vault).folder})"
    return message


def _fail(error: BaseException, code: int, args: argparse.Namespace | None) -> int:
    message = _explain(error, args)
    print(f"carnet-cli: {message}", file=sys.stderr)
    if args is not None and args.json_output:
        Output(True).emit({"error": type(error).__name__, "message": message, "exit_code": code},
                          [])  # fmt: skip
    return code


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args: argparse.Namespace | None = None
    try:
        apply_language(requested_language(sys.argv[1:] if argv is None else argv))
        args = build_parser().parse_args(argv)
        return run(args)
    except KeyboardInterrupt:
        if sys.stderr.isatty():
            print(file=sys.stderr)  # leave the shell prompt on a line of its own
        return errors.INTERRUPTED
    except CarnetError as error:
        return _fail(error, errors.exit_code_for(error), args)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return errors.GENERIC
    except Exception as error:
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        return _fail(
            RuntimeError(f"internal error: {type(error).__name__}: {errors.one_line(error)}"),
            errors.INTERNAL,
            args,
        )


if __name__ == "__main__":
    sys.exit(main())
