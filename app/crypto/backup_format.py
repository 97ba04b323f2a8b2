"""The external backup file: one container, opened only with the backup passphrase.

Layout (integers big-endian):

    offset 0        8 bytes  magic b"CARNETBK"
           8        4 bytes  header length H (1 ≤ H ≤ 64 KiB)
          12       32 bytes  SHA-256 of the header (a damaged header is caught
                             before any key derivation)
          44        H bytes  header, UTF-8 JSON (below)
          44 + H    N bytes  the database: a standard SQLCipher 4 file whose raw
                             key is the backup key (32 random bytes)

Header:

    {"format": "carnet-backup", "version": 1, "backup_id": "<32 hex>",
     "created_at": "<ISO 8601, UTC>", "schema_version": <int>,
     "hypotheses": "excluded",
     "database": {"bytes": N, "sha256": "<64 hex>"},
     "key": <a carnet-keyfile document (see keyfile.py) with one passphrase slot>}

The backup key is wrapped exactly like the vault's data key (Argon2id with
bounded parameters, AES-256-GCM), by the key-file code itself. The slot's
`vault_id` is the binding "carnet-backup/v1/<SHA-256 of the header without
"key">", and it is part of the GCM associated data: the wrapped key only opens
with this very header, so the database digest and the dates cannot be swapped
without the passphrase. A flipped byte anywhere is BackupInvalid (header or
database digest); a wrong passphrase is WrongBackupPassphrase (a WrongPassphrase
that the interface can tell apart from the vault's own).
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams
from app.domain.errors import (
    BackupInvalid,
    KeyFileCorrupted,
    VaultTooNew,
    WrongBackupPassphrase,
    WrongPassphrase,
)

MAGIC = b"CARNETBK"
FORMAT = "carnet-backup"
VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
PREAMBLE = struct.Struct(">8sI32s")
CHUNK = 1024 * 1024
HYPOTHESES_EXCLUDED = "excluded"


@dataclass(frozen=True, slots=True)
class BackupHeader:
    """What a backup says about itself; readable without the passphrase."""

    backup_id: str
    created_at: datetime
    schema_version: int
    db_offset: int
    db_bytes: int
    db_sha256: str
    keyfile: kf.KeyFile


def new_backup_key() -> bytes:
    """A fresh random key for one backup (never the vault's data key)."""
    return kf.new_data_key()


def looks_like_backup(path: Path) -> bool:
    """True if the file starts with the backup magic (a snapshot is a bare SQLCipher file)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _binding(meta: dict[str, Any]) -> str:
    canonical = json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return f"{FORMAT}/v{VERSION}/{hashlib.sha256(canonical).hexdigest()}"


def _chunks(handle: BinaryIO, length: int) -> Iterator[bytes]:
    remaining = length
    while remaining > 0:
        block = handle.read(min(CHUNK, remaining))
        if not block:
            raise BackupInvalid("The backup file is incomplete.")
        remaining -= len(block)
        yield block


def _digest_file(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def _header_bytes(
    database: Path,
    backup_key: bytes,
    passphrase: str,
    params: KdfParams,
    created_at: datetime,
    schema_version: int,
) -> bytes:
    size, sha = _digest_file(database)
    meta: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "backup_id": os.urandom(16).hex(),
        "created_at": created_at.astimezone(UTC).isoformat(timespec="seconds"),
        "schema_version": schema_version,
        "hypotheses": HYPOTHESES_EXCLUDED,
        "database": {"bytes": size, "sha256": sha},
    }
    binding = _binding(meta)
    slot = kf.passphrase_slot(backup_key, binding, passphrase, params)
    key_doc = json.loads(kf.encode_keyfile(kf.KeyFile(binding, (slot,))))
    return json.dumps({**meta, "key": key_doc}, sort_keys=True).encode("utf-8")


def write_container(
    target: Path,
    database: Path,
    backup_key: bytes,
    passphrase: str,
    params: KdfParams,
    created_at: datetime,
    schema_version: int,
) -> None:
    """Write header + database to `target` (a new file, 0600) and fsync it.

    `target` is the caller's temp file: the caller verifies it, then renames it.
    """
    header = _header_bytes(database, backup_key, passphrase, params, created_at, schema_version)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, database.open("rb") as source:
        out.write(PREAMBLE.pack(MAGIC, len(header), hashlib.sha256(header).digest()))
        out.write(header)
        for block in iter(lambda: source.read(CHUNK), b""):
            out.write(block)
        out.flush()
        os.fsync(out.fileno())


def _parse_json(raw: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, huge ints, deep nesting
        raise BackupInvalid() from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BackupInvalid("Not a Carnet backup.")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupInvalid()
    if version > VERSION:
        raise VaultTooNew("This backup was made by a newer version of Carnet.")
    return doc


def _field(doc: dict[str, Any], name: str, kind: type) -> Any:
    value = doc.get(name)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise BackupInvalid(f"The backup header has no valid {name!r}.")
    return value


def _key_slot(doc: dict[str, Any], meta: dict[str, Any]) -> kf.KeyFile:
    """The wrapped key, bounds-checked by the key-file code, bound to this header."""
    try:
        keyfile = kf.decode_keyfile(json.dumps(_field(doc, "key", dict)).encode("utf-8"))
        slot = keyfile.slot(kf.PASSPHRASE)
        if slot is None or slot.kdf.get("name") != "argon2id":
            raise BackupInvalid("The backup has no passphrase slot.")
        kf.params_from_kdf(slot.kdf)  # absurd Argon2 settings are refused before any use
    except VaultTooNew:
        raise
    except KeyFileCorrupted as exc:
        raise BackupInvalid("The backup's key block is damaged or unsafe.") from exc
    if keyfile.vault_id != _binding(meta):
        raise BackupInvalid("The backup's key block does not belong to this header.")
    return keyfile


def _header_from(doc: dict[str, Any], db_offset: int) -> BackupHeader:
    meta = {k: v for k, v in doc.items() if k != "key"}
    database = _field(doc, "database", dict)
    size, sha = _field(database, "bytes", int), _field(database, "sha256", str)
    if size < 0 or len(sha) != 64 or doc.get("hypotheses") != HYPOTHESES_EXCLUDED:
        raise BackupInvalid()
    try:
        created = datetime.fromisoformat(_field(doc, "created_at", str))
    except ValueError as exc:
        raise BackupInvalid() from exc
    return BackupHeader(
        backup_id=_field(doc, "backup_id", str),
        created_at=created,
        schema_version=_field(doc, "schema_version", int),
        db_offset=db_offset,
        db_bytes=size,
        db_sha256=sha,
        keyfile=_key_slot(doc, meta),
    )


def read_header(path: Path) -> BackupHeader:
    """Parse and check everything that can be checked without the passphrase.

    Magic, header length and digest, format and version, Argon2 bounds, the
    file's exact length and the database digest. Any mismatch is BackupInvalid.
    """
    try:
        with path.open("rb") as handle:
            preamble = handle.read(PREAMBLE.size)
            if len(preamble) != PREAMBLE.size:
                raise BackupInvalid("The file is too short to be a Carnet backup.")
            magic, length, header_sha = PREAMBLE.unpack(preamble)
            if magic != MAGIC:
                raise BackupInvalid("Not a Carnet backup.")
            if not 1 <= length <= MAX_HEADER_BYTES:
                raise BackupInvalid()
            raw = handle.read(length)
            if len(raw) != length or hashlib.sha256(raw).digest() != header_sha:
                raise BackupInvalid("The backup header is damaged.")
            header = _header_from(_parse_json(raw), PREAMBLE.size + length)
            if os.fstat(handle.fileno()).st_size != header.db_offset + header.db_bytes:
                raise BackupInvalid("The backup file is incomplete or has extra bytes.")
            digest = hashlib.sha256()
            for block in _chunks(handle, header.db_bytes):
                digest.update(block)
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise BackupInvalid("The backup file does not exist.") from exc
    if digest.hexdigest() != header.db_sha256:
        raise BackupInvalid("The backup's database is damaged.")
    return header


def unlock_backup(header: BackupHeader, passphrase: str) -> bytes:
    """The backup key; WrongBackupPassphrase if the passphrase does not open it."""
    try:
        return kf.unwrap_with_passphrase(header.keyfile, passphrase)
    except KeyFileCorrupted as exc:
        raise BackupInvalid("The backup's key block is damaged or unsafe.") from exc
    except WrongPassphrase as exc:
        raise WrongBackupPassphrase() from exc


def extract_database(path: Path, header: BackupHeader, target: Path) -> None:
    """Copy the database part to `target` (new file, 0600), checking its digest again."""
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, path.open("rb") as source:
        source.seek(header.db_offset)
        for block in _chunks(source, header.db_bytes):
            digest.update(block)
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != header.db_sha256:
        raise BackupInvalid("The backup file changed while it was being read.")
