"""The handover file: one container, opened only with the handover passphrase.

Same family as the external backup (`backup_format.py`), same construction, no
new cryptography. Layout (integers big-endian):

    offset 0        8 bytes  magic b"CARNETHO"
           8        4 bytes  header length H (1 ≤ H ≤ 64 KiB)
          12       32 bytes  SHA-256 of the header
          44        H bytes  header, UTF-8 JSON (below)
          44 + H    N bytes  payload: a 12-byte nonce, then AES-256-GCM of the
                             handover document (UTF-8 JSON) under the handover key

Header:

    {"format": "carnet-handover", "version": 1, "handover_id": "<32 hex>",
     "created_at": "<ISO 8601, UTC>", "hypotheses": "excluded",
     "payload": {"bytes": N, "sha256": "<64 hex>"},
     "key": <a carnet-keyfile document with one passphrase slot>}

The handover key (32 random bytes) is wrapped by the key-file code (Argon2id,
bounded parameters, AES-256-GCM) with the binding "carnet-handover/v1/<SHA-256 of
the header without "key">" as its vault id; the same binding is the associated
data of the payload's GCM. A flipped byte is HandoverInvalid; a wrong passphrase
is WrongHandoverPassphrase.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto import keyfile as kf
from app.crypto.kdf import KdfParams
from app.domain.errors import (
    HandoverInvalid,
    KeyFileCorrupted,
    VaultTooNew,
    WrongHandoverPassphrase,
    WrongPassphrase,
)

MAGIC = b"CARNETHO"
FORMAT = "carnet-handover"
VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
MAX_PAYLOAD_BYTES = 512 * 1024 * 1024
PREAMBLE = struct.Struct(">8sI32s")
NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class Sealed:
    handover_id: str
    created_at: datetime
    data: bytes  # the whole file


def _binding(meta: dict[str, Any]) -> str:
    canonical = json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return f"{FORMAT}/v{VERSION}/{hashlib.sha256(canonical).hexdigest()}"


def seal(document: bytes, passphrase: str, params: KdfParams, created_at: datetime) -> Sealed:
    """The handover file's bytes: `document` encrypted under a fresh key and the passphrase."""
    key, nonce = kf.new_data_key(), os.urandom(NONCE_BYTES)
    handover_id = os.urandom(16).hex()
    # The payload's length and digest are in the header, so encrypt first with a
    # binding that cannot depend on them: the id and the date, fixed here.
    inner = {"format": FORMAT, "version": VERSION, "handover_id": handover_id}
    payload = nonce + AESGCM(key).encrypt(nonce, document, _binding(inner).encode("ascii"))
    meta: dict[str, Any] = {
        **inner,
        "created_at": created_at.astimezone(UTC).isoformat(timespec="seconds"),
        "hypotheses": "excluded",
        "payload": {"bytes": len(payload), "sha256": hashlib.sha256(payload).hexdigest()},
    }
    binding = _binding(meta)
    slot = kf.passphrase_slot(key, binding, passphrase, params)
    key_doc = json.loads(kf.encode_keyfile(kf.KeyFile(binding, (slot,))))
    header = json.dumps({**meta, "key": key_doc}, sort_keys=True).encode("utf-8")
    preamble = PREAMBLE.pack(MAGIC, len(header), hashlib.sha256(header).digest())
    return Sealed(handover_id, created_at, preamble + header + payload)


def _header(data: bytes) -> tuple[dict[str, Any], bytes]:
    if len(data) < PREAMBLE.size:
        raise HandoverInvalid("The file is too short to be a Carnet handover.")
    magic, length, digest = PREAMBLE.unpack(data[: PREAMBLE.size])
    if magic != MAGIC:
        raise HandoverInvalid("Not a Carnet handover.")
    if not 1 <= length <= MAX_HEADER_BYTES:
        raise HandoverInvalid()
    raw = data[PREAMBLE.size : PREAMBLE.size + length]
    if len(raw) != length or hashlib.sha256(raw).digest() != digest:
        raise HandoverInvalid("The handover header is damaged.")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise HandoverInvalid() from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise HandoverInvalid("Not a Carnet handover.")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise HandoverInvalid()
    if version > VERSION:
        raise VaultTooNew("This handover was made by a newer version of Carnet.")
    return doc, data[PREAMBLE.size + length :]


def _checked(doc: dict[str, Any], payload: bytes) -> tuple[kf.KeyFile, str, datetime]:
    meta = {k: v for k, v in doc.items() if k != "key"}
    described = doc.get("payload")
    handover_id, created = doc.get("handover_id"), doc.get("created_at")
    if not (
        isinstance(described, dict) and isinstance(handover_id, str) and isinstance(created, str)
    ):
        raise HandoverInvalid()
    if doc.get("hypotheses") != "excluded" or described.get("bytes") != len(payload):
        raise HandoverInvalid("The handover file is incomplete or has extra bytes.")
    if described.get("sha256") != hashlib.sha256(payload).hexdigest():
        raise HandoverInvalid("The handover's content is damaged.")
    try:
        keyfile = kf.decode_keyfile(json.dumps(doc.get("key")).encode("utf-8"))
        slot = keyfile.slot(kf.PASSPHRASE)
        if slot is None or slot.kdf.get("name") != "argon2id":
            raise HandoverInvalid()
        kf.params_from_kdf(slot.kdf)  # absurd Argon2 settings are refused before any use
        when = datetime.fromisoformat(created)
    except (KeyFileCorrupted, ValueError) as exc:
        raise HandoverInvalid("The handover's key block is damaged or unsafe.") from exc
    if keyfile.vault_id != _binding(meta):
        raise HandoverInvalid("The handover's key block does not belong to this header.")
    return keyfile, handover_id, when


def open_sealed(data: bytes, passphrase: str) -> tuple[Sealed, bytes]:
    """The handover's id, date and decrypted document; checks everything first."""
    if len(data) > MAX_PAYLOAD_BYTES:
        raise HandoverInvalid("The handover file is too large.")
    doc, payload = _header(data)
    keyfile, handover_id, created = _checked(doc, payload)
    try:
        key = kf.unwrap_with_passphrase(keyfile, passphrase)
    except KeyFileCorrupted as exc:
        raise HandoverInvalid("The handover's key block is damaged or unsafe.") from exc
    except WrongPassphrase as exc:
        raise WrongHandoverPassphrase() from exc
    inner = {"format": FORMAT, "version": doc["version"], "handover_id": handover_id}
    nonce, body = payload[:NONCE_BYTES], payload[NONCE_BYTES:]
    try:
        document = AESGCM(key).decrypt(nonce, body, _binding(inner).encode("ascii"))
    except InvalidTag as exc:
        raise HandoverInvalid("The handover's content is damaged.") from exc
    return Sealed(handover_id, created, data), document
