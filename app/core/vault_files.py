"""Every file in a vault folder, named by what it is: the one list erasure and modes use.

`LAYOUT` is the folder layout (docs/SECURITY.md shows the same table). Each
row is a glob on the path relative to the vault folder and its kind. A file
that Carnet adds later under the vault key (a second database, say) joins
erasure, the mode check and the purge scan by one row here.

Kinds under the vault key (they decrypt with the data key, so erasure must
reach them): LIVE, SNAPSHOT, SET_ASIDE (a damaged copy kept by a rescue, or an
orphan database left by a creation cut short) and SCRATCH (temp, work and
staging files of an operation in progress or interrupted). The key file, its
temp copies, the lock and the restore journal hold no note content.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from fnmatch import fnmatchcase
from pathlib import Path


class Kind(StrEnum):
    LIVE = "live"  # the database and its WAL / shared memory
    SNAPSHOT = "snapshot"  # snapshots/carnet-<stamp>-<kind>.db
    SET_ASIDE = "set-aside"  # carnet.db.damaged-<stamp>, carnet.db.orphan-<stamp>
    SCRATCH = "scratch"  # .tmp-*, .work-*/, .restore-staging-*/
    KEY = "key"  # carnet.key and its atomic-write temps: the wrapped key only
    CONTROL = "control"  # carnet.lock, restore.journal: no content
    FOREIGN = "foreign"  # not Carnet's
    # hypotheses.db, its snapshot companions and temps: under the sealed key
    # (data key AND this computer's secret, app/core/sealing.py), erased by the
    # same purge through the attached file and the companions' scrub.
    SEALED = "sealed"


LAYOUT: tuple[tuple[str, Kind], ...] = (
    ("hypotheses.db", Kind.SEALED),
    ("hypotheses.db-*", Kind.SEALED),
    ("hypotheses.sealed-elsewhere-*", Kind.SEALED),
    (".tmp-hypotheses-*", Kind.SEALED),
    ("snapshots/carnet-*.hypotheses.db", Kind.SEALED),
    ("snapshots/carnet-*.hypotheses.db-*", Kind.SEALED),
    ("carnet.db", Kind.LIVE),
    ("carnet.db-wal", Kind.LIVE),
    ("carnet.db-shm", Kind.LIVE),
    ("carnet.db-journal", Kind.LIVE),
    ("carnet.db.damaged-*", Kind.SET_ASIDE),
    ("carnet.db.orphan-*", Kind.SET_ASIDE),
    ("snapshots/carnet-*.db", Kind.SNAPSHOT),
    ("snapshots/carnet-*.db-*", Kind.SNAPSHOT),
    ("snapshots/.tmp-*", Kind.SCRATCH),
    (".work-*/*", Kind.SCRATCH),
    (".restore-staging-*/*", Kind.SCRATCH),
    ("carnet.key", Kind.KEY),
    (".carnet.key.*.tmp", Kind.KEY),
    ("carnet.lock", Kind.CONTROL),
    ("restore.journal", Kind.CONTROL),
    (".restore.journal.*.tmp", Kind.CONTROL),
)
UNDER_VAULT_KEY = frozenset({Kind.LIVE, Kind.SNAPSHOT, Kind.SET_ASIDE, Kind.SCRATCH})
# Folders Carnet makes inside the vault folder (tightened to 0700 like the folder).
FOLDERS = ("snapshots", ".work-*", ".restore-staging-*")
_COMPANIONS = ("-wal", "-shm", "-journal")
DAMAGED_MARK = ".damaged-"


@dataclass(frozen=True, slots=True)
class VaultFile:
    path: Path
    kind: Kind


def kind_of(relative: str) -> Kind:
    """The kind of a file from its path relative to the vault folder ('/' separated)."""
    for pattern, kind in LAYOUT:
        if fnmatchcase(relative, pattern):
            return kind
    return Kind.FOREIGN


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for root, dirs, files in os.walk(folder):
        base = Path(root)
        found += [base / name for name in files]
        found += [base / name for name in dirs if (base / name).is_symlink()]
    return sorted(found)


def vault_files(folder: Path) -> list[VaultFile]:
    """Every file in the vault folder tree (symlinks not followed), with its kind."""
    return [VaultFile(p, kind_of(p.relative_to(folder).as_posix())) for p in _walk(folder)]


def files_under_key(folder: Path) -> list[VaultFile]:
    """The files that decrypt with the vault's data key: what erasure must reach."""
    return [f for f in vault_files(folder) if f.kind in UNDER_VAULT_KEY]


def set_aside_databases(folder: Path) -> list[Path]:
    """Damaged and orphan database copies (not their -wal/-shm companions)."""
    return [
        f.path
        for f in files_under_key(folder)
        if f.kind is Kind.SET_ASIDE and not f.path.name.endswith(_COMPANIONS)
    ]


def companions(path: Path) -> list[Path]:
    """A set-aside database and the -wal/-shm/-journal files renamed with it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in _COMPANIONS)]


def _tighten(path: Path, wanted: int) -> bool:
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(mode) or stat.S_IMODE(mode) == wanted:
        return False
    with contextlib.suppress(PermissionError, FileNotFoundError):
        os.chmod(path, wanted)
        return True
    return False


def tighten_modes(folder: Path) -> list[Path]:
    """The vault folder and Carnet's folders in it 0700, every file 0600; what was changed.

    Never touches anything above the vault folder, and never follows a link.
    """
    if os.name != "posix" or not folder.is_dir():
        return []
    changed = [folder] if _tighten(folder, 0o700) else []
    for root, dirs, files in os.walk(folder):
        base = Path(root)
        changed += [base / d for d in dirs if _tighten(base / d, 0o700)]
        changed += [base / f for f in files if _tighten(base / f, 0o600)]
    return changed


def foreign_entries(folder: Path) -> list[Path]:
    """Entries of the folder that are not Carnet's (a folder to refuse as a new vault)."""
    if not folder.is_dir():
        return []
    return sorted(
        entry
        for entry in folder.iterdir()
        if kind_of(entry.name) is Kind.FOREIGN
        and not any(fnmatchcase(entry.name, pattern) for pattern in FOLDERS)
    )
