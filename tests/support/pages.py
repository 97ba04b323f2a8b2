"""Decrypt SQLCipher 4 files page by page, so tests can look *inside* the vault.

With a raw key (`PRAGMA key = "x'…'"`) SQLCipher runs no KDF: the 32 bytes are
the AES-256 key. Each 4096-byte page ends with an 80-byte reserve: a 16-byte IV
then a 64-byte HMAC-SHA512. Page 1 starts with the 16-byte salt, which is not
encrypted; SQLite's "SQLite format 3\\0" magic is implied in its place. The
rest of the page before the reserve is AES-256-CBC ciphertext (no padding).

A WAL file is a 32-byte header followed by frames (24-byte header + one page,
encrypted exactly like in the main file). Every frame is decrypted, including
stale ones left behind a WAL reset: those are bytes on disk too.

Nothing here authenticates (the HMAC is not checked): the point is to see what
a thief who had the key *and* these files would read, free pages included.
"""

from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_BYTES = 16
SALT_BYTES = 16
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
WAL_MAGICS = (0x377F0682, 0x377F0683)


@dataclass(frozen=True, slots=True)
class Page:
    """One decrypted page: where it came from, its number, its plaintext."""

    source: str  # "db" or "wal"
    number: int
    plaintext: bytes


def decrypt_page(raw: bytes, number: int, key: bytes) -> bytes:
    """One page (`PAGE_SIZE` bytes as on disk) → its plaintext, without the reserve.

    For page 1 the salt is replaced by the SQLite magic, so offsets match the
    SQLite file format (bytes 16..23 are the page size, versions, reserve…).
    """
    if len(raw) != PAGE_SIZE:
        raise ValueError(f"page {number} has {len(raw)} bytes, expected {PAGE_SIZE}")
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    start = SALT_BYTES if number == 1 else 0
    end = PAGE_SIZE - RESERVE
    iv = raw[end : end + IV_BYTES]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(raw[start:end]) + decryptor.finalize()
    return SQLITE_MAGIC + plain if number == 1 else plain


def database_pages(path: Path, key: bytes) -> list[Page]:
    """Every page of the main database file, free pages included."""
    data = path.read_bytes() if path.exists() else b""
    pages = []
    for number in range(1, len(data) // PAGE_SIZE + 1):  # a torn last page is skipped
        raw = data[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        pages.append(Page("db", number, decrypt_page(raw, number, key)))
    return pages


def wal_pages(path: Path, key: bytes) -> list[Page]:
    """Every complete frame of a `-wal` file, valid or stale."""
    if not path.exists():
        return []
    data = path.read_bytes()
    if len(data) < WAL_HEADER:
        return []
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in WAL_MAGICS or page_size != PAGE_SIZE:
        raise ValueError(f"{path.name} is not a WAL of {PAGE_SIZE}-byte pages")
    pages = []
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    for offset in range(WAL_HEADER, len(data) - frame + 1, frame):
        (number,) = struct.unpack(">I", data[offset : offset + 4])
        if number == 0:  # a zeroed, never-written frame
            continue
        body = data[offset + WAL_FRAME_HEADER : offset + frame]
        pages.append(Page("wal", number, decrypt_page(body, number, key)))
    return pages


def vault_pages(database: Path, key: bytes) -> list[Page]:
    """The main file's pages then the WAL's frames."""
    wal = database.with_name(database.name + "-wal")
    return database_pages(database, key) + wal_pages(wal, key)


def decrypted_bytes(database: Path, key: bytes) -> bytes:
    """All plaintext of the database and its WAL, concatenated, for `scan_for`."""
    return b"".join(page.plaintext for page in vault_pages(database, key))


def encodings_of(text: str) -> list[bytes]:
    """Every byte form a string may take on disk: NFC and NFD, UTF-8 and UTF-16 (both ends)."""
    forms = {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)}
    return [
        form.encode(codec)
        for form in sorted(forms)
        for codec in ("utf-8", "utf-16-le", "utf-16-be")
    ]


def scan_for(blob: bytes, canary: str) -> bool:
    """True if `canary` appears in `blob` in any of its encodings."""
    return any(form in blob for form in encodings_of(canary))
