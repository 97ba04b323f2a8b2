"""Start Carnet: `carnet` or `python -m app [--vault DIR]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import app as carnet
from app.core.paths import ENV_VAULT_DIR, resolve_vault_dir


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="carnet", description="Encrypted, local-first notebook for social workers."
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help=f"the vault folder (default: ${ENV_VAULT_DIR}, else the per-user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (a throw-away vault, exports) without a window, and exit",
    )
    parser.add_argument("--version", action="version", version=f"Carnet {carnet.__version__}")
    # Qt's own options (-platform, -style…) pass through to QApplication.
    known, _qt_options = parser.parse_known_args(list(argv))
    return known


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_in)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    # Imported late so that --help and --version need no display.
    from app.ui.shell.app import create_application, install_translations
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.preferences import Preferences

    application = create_application([sys.argv[0], *args_in])
    preferences = Preferences()
    translations = install_translations(application, preferences)
    window = MainWindow(
        resolve_vault_dir(args.vault).folder, preferences, translations=translations
    )
    # Logging out or being told to quit closes no window: lock on the way out.
    application.aboutToQuit.connect(window.shutdown)
    window.show()
    return int(application.exec())


if __name__ == "__main__":
    sys.exit(main())
