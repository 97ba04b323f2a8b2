"""Start Carnet: `carnet` or `python -m app [--vault DIR]`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

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


NO_DISPLAY = {
    "en": "Carnet needs a graphical session and none was found (DISPLAY and WAYLAND_DISPLAY "
    "are empty): start it from your desktop, or use `carnet --self-test` or `carnet-cli`.",
    "fr": "Carnet a besoin d'une session graphique et n'en trouve pas (DISPLAY et "
    "WAYLAND_DISPLAY sont vides) : lancez-le depuis votre bureau, ou utilisez "
    "`carnet --self-test` ou `carnet-cli`.",
}


def no_display_message(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """One plain sentence when Linux has no display for Qt, instead of Qt's plugin error."""
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if qpa and qpa not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs…: the worker chose a platform without a display
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    language = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    return NO_DISPLAY["fr" if language.startswith("fr") else "en"]


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_in)
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test()
    problem = no_display_message(os.environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    # Imported late so that --help and --version need no display.
    from app.ui.shell.app import create_application, install_translations
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.preferences import Preferences

    application = create_application([sys.argv[0], *args_in])
    preferences = Preferences()
    translations = install_translations(application, preferences)
    # The unlock screen paints first; the rest of the window is made right after.
    window = MainWindow(
        resolve_vault_dir(args.vault).folder, preferences, translations=translations,
        quick_start=True,
    )  # fmt: skip
    # Logging out or being told to quit closes no window: lock on the way out.
    application.aboutToQuit.connect(window.shutdown)
    window.show()
    return int(application.exec())


if __name__ == "__main__":
    sys.exit(main())
