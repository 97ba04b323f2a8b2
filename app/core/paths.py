"""Where a vault lives: a folder holding the database, the sealed hypotheses file,
the key file and a lock."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

ENV_VAULT_DIR = "CARNET_VAULT_DIR"


class VaultPaths(NamedTuple):
    # A named tuple, not a dataclass: the desktop app needs this before its
    # first paint, and `dataclasses` costs a few milliseconds to import.
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "carnet.db"

    @property
    def hypotheses(self) -> Path:
        """The working hypotheses, sealed to this computer (see app/core/sealing.py)."""
        return self.folder / "hypotheses.db"

    @property
    def keyfile(self) -> Path:
        return self.folder / "carnet.key"

    @property
    def lockfile(self) -> Path:
        return self.folder / "carnet.lock"

    @property
    def snapshots(self) -> Path:
        return self.folder / "snapshots"

    def exists(self) -> bool:
        return self.keyfile.exists()


def default_vault_dir() -> Path:
    """`CARNET_VAULT_DIR` if set, else the platform's per-user data folder."""
    override = os.environ.get(ENV_VAULT_DIR)
    if override:
        return Path(override).expanduser()
    # Imported here: `--vault` and CARNET_VAULT_DIR start without it (see docs/PERFORMANCE.md).
    from platformdirs import user_data_path

    return user_data_path("Carnet", appauthor=False) / "vault"


def resolve_vault_dir(explicit: str | os.PathLike[str] | None) -> VaultPaths:
    return VaultPaths(Path(explicit).expanduser() if explicit else default_vault_dir())


def ensure_private_folder(folder: Path) -> None:
    """Create the vault folder 0700 (and tighten it if it exists)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
