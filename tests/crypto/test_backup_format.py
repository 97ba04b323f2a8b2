"""The external backup container: round trip, bounds, tampering, versions."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.crypto import backup_format as fmt
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import BackupInvalid, VaultTooNew, WrongPassphrase

PASS = "phrase de sauvegarde, assez longue"
WHEN = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)


def _write(tmp_path: Path, body: bytes = b"", name: str = "b.carnet-backup") -> tuple[Path, bytes]:
    database = tmp_path / "inner.db"
    database.write_bytes(body or os.urandom(3 * 4096))
    key = fmt.new_backup_key()
    out = tmp_path / name
    fmt.write_container(out, database, key, PASS, TEST_PARAMS, WHEN, 2)
    return out, key


def _rewrite_header(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit the header JSON and recompute its length and digest, as a forger would."""
    data = path.read_bytes()
    magic, length, _ = fmt.PREAMBLE.unpack(data[: fmt.PREAMBLE.size])
    doc = json.loads(data[fmt.PREAMBLE.size : fmt.PREAMBLE.size + length])
    change(doc)
    header = json.dumps(doc).encode()
    rest = data[fmt.PREAMBLE.size + length :]
    preamble = fmt.PREAMBLE.pack(magic, len(header), hashlib.sha256(header).digest())
    path.write_bytes(preamble + header + rest)


def test_round_trip(tmp_path: Path) -> None:
    """What is written reads back: header fields, the key under the passphrase, the database."""
    body = os.urandom(5 * 4096)
    out, key = _write(tmp_path, body)
    header = fmt.read_header(out)
    assert header.created_at == WHEN
    assert header.schema_version == 2
    assert header.db_bytes == len(body)
    assert header.db_sha256 == hashlib.sha256(body).hexdigest()
    assert fmt.unlock_backup(header, PASS) == key
    fmt.extract_database(out, header, tmp_path / "out.db")
    assert (tmp_path / "out.db").read_bytes() == body


def test_files_are_private(tmp_path: Path) -> None:
    """The container and an extracted database are 0600."""
    out, _ = _write(tmp_path)
    fmt.extract_database(out, fmt.read_header(out), tmp_path / "x.db")
    for path in (out, tmp_path / "x.db"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wrong_passphrase(tmp_path: Path) -> None:
    """Another passphrase is WrongPassphrase, not a damaged file."""
    out, _ = _write(tmp_path)
    with pytest.raises(WrongPassphrase):
        fmt.unlock_backup(fmt.read_header(out), "pas la bonne phrase")


def test_magic_identifies_backups(tmp_path: Path) -> None:
    """Only files starting with the magic look like backups."""
    out, _ = _write(tmp_path)
    other = tmp_path / "other"
    other.write_bytes(os.urandom(100))
    assert fmt.looks_like_backup(out)
    assert not fmt.looks_like_backup(other)
    assert not fmt.looks_like_backup(tmp_path / "missing")


@pytest.mark.parametrize("content", [b"", b"CARNETBK", os.urandom(4096), b"SQLite format 3\x00"])
def test_not_a_backup(tmp_path: Path, content: bytes) -> None:
    """Empty, truncated or foreign files are BackupInvalid."""
    path = tmp_path / "f"
    path.write_bytes(content)
    with pytest.raises(BackupInvalid):
        fmt.read_header(path)


def test_missing_file(tmp_path: Path) -> None:
    """A path that does not exist is BackupInvalid, not a traceback."""
    with pytest.raises(BackupInvalid):
        fmt.read_header(tmp_path / "nothing")


def test_every_byte_of_the_header_is_checked(tmp_path: Path) -> None:
    """Flipping any one byte of preamble or header is BackupInvalid, before key derivation."""
    out, _ = _write(tmp_path, os.urandom(4096))
    original = out.read_bytes()
    header_end = fmt.read_header(out).db_offset
    for offset in range(header_end):
        damaged = bytearray(original)
        damaged[offset] ^= 0x20
        out.write_bytes(bytes(damaged))
        with pytest.raises(BackupInvalid):
            fmt.read_header(out)


def test_database_part_is_checked(tmp_path: Path) -> None:
    """A flipped byte in the database part is BackupInvalid (its digest is in the header)."""
    out, _ = _write(tmp_path)
    data = bytearray(out.read_bytes())
    offset = fmt.read_header(out).db_offset
    for position in (offset, offset + 1000, len(data) - 1):
        damaged = bytearray(data)
        damaged[position] ^= 1
        out.write_bytes(bytes(damaged))
        with pytest.raises(BackupInvalid):
            fmt.read_header(out)


@pytest.mark.parametrize("cut", [1, 4096, 10_000])
def test_truncated_or_extended(tmp_path: Path, cut: int) -> None:
    """A shorter or longer file is BackupInvalid (incomplete copy to a USB key)."""
    out, _ = _write(tmp_path)
    data = out.read_bytes()
    out.write_bytes(data[:-cut])
    with pytest.raises(BackupInvalid):
        fmt.read_header(out)
    out.write_bytes(data + b"\x00" * cut)
    with pytest.raises(BackupInvalid):
        fmt.read_header(out)


def test_newer_version_is_too_new(tmp_path: Path) -> None:
    """A backup from a newer Carnet says so instead of 'damaged'."""
    out, _ = _write(tmp_path)
    _rewrite_header(out, lambda doc: doc.update(version=fmt.VERSION + 1))
    with pytest.raises(VaultTooNew):
        fmt.read_header(out)


def test_unsafe_kdf_refused_before_derivation(tmp_path: Path) -> None:
    """A planted header asking for 1 TiB of Argon2 memory is refused at once."""
    out, _ = _write(tmp_path)

    def plant(doc: dict[str, Any]) -> None:
        doc["key"]["slots"][0]["kdf"]["memory_kib"] = 2**30

    _rewrite_header(out, plant)
    with pytest.raises(BackupInvalid):
        fmt.read_header(out)


def test_metadata_is_bound_to_the_wrapped_key(tmp_path: Path) -> None:
    """Editing a dated field (and fixing the digest) breaks the binding: BackupInvalid."""
    out, _ = _write(tmp_path)
    _rewrite_header(out, lambda doc: doc.update(created_at="2001-01-01T00:00:00+00:00"))
    with pytest.raises(BackupInvalid):
        fmt.read_header(out)


def test_key_block_cannot_be_moved_to_another_backup(tmp_path: Path) -> None:
    """The key block of backup A in backup B's header does not belong: BackupInvalid."""
    a, _ = _write(tmp_path, name="a")
    b, _ = _write(tmp_path, name="b")
    length = fmt.PREAMBLE.unpack(a.read_bytes()[: fmt.PREAMBLE.size])[1]
    key_a = json.loads(a.read_bytes()[fmt.PREAMBLE.size : fmt.PREAMBLE.size + length])["key"]
    _rewrite_header(b, lambda doc: doc.update(key=key_a))
    with pytest.raises(BackupInvalid):
        fmt.read_header(b)


def test_header_must_claim_no_hypotheses(tmp_path: Path) -> None:
    """A header that does not state 'hypotheses: excluded' is not one of ours."""
    out, _ = _write(tmp_path)
    _rewrite_header(out, lambda doc: doc.update(hypotheses="included"))
    with pytest.raises(BackupInvalid):
        fmt.read_header(out)


def test_oversized_header_length(tmp_path: Path) -> None:
    """A header length above 64 KiB is refused without reading it."""
    out, _ = _write(tmp_path)
    data = bytearray(out.read_bytes())
    data[8:12] = (fmt.MAX_HEADER_BYTES + 1).to_bytes(4, "big")
    out.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        fmt.read_header(out)


def test_extract_detects_a_change_after_the_check(tmp_path: Path) -> None:
    """If the file changes between the check and the copy, the copy is refused."""
    out, _ = _write(tmp_path)
    header = fmt.read_header(out)
    data = bytearray(out.read_bytes())
    data[header.db_offset + 5] ^= 1
    out.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        fmt.extract_database(out, header, tmp_path / "x.db")
