"""docs/SECURITY.md: the procedure it gives really opens a vault, and its numbers are the code's.

The Python snippets are taken from the page between their markers and run as
written, against a real vault; the `sqlcipher` shell commands too, where a
SQLCipher 4 shell is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import sqlcipher3
from cryptography.exceptions import InvalidTag

from app.core.caseload import Caseload
from app.core.vault import create_vault
from app.crypto import kdf, keyfile, recovery
from app.domain.models import PersonDraft
from app.storage.connection import SETTINGS
from tests.support import PASSPHRASE, REPO, draft

DOC = REPO / "docs" / "SECURITY.md"
ALIAS = "Mme Élise Témoin"
FACTS = "La personne apporte son avis d'imposition."


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def snippet(name: str) -> str:
    """The fenced code between `<!-- begin: name -->` and `<!-- end: name -->`."""
    found = re.search(
        rf"<!-- begin: {name} -->\s*```\w+\n(.*?)```\s*<!-- end: {name} -->", doc_text(), re.S
    )
    assert found, f"SECURITY.md has no '{name}' snippet"
    return found.group(1)


def load_snippet(name: str) -> SimpleNamespace:
    """Run a Python snippet as a module (its `__main__` block does not run)."""
    namespace: dict[str, Any] = {"__name__": f"security_doc_{name.replace('-', '_')}"}
    exec(compile(snippet(name), f"SECURITY.md:{name}", "exec"), namespace)
    return SimpleNamespace(**namespace)


@dataclass(frozen=True)
class Vault:
    folder: Path
    data_key: bytes
    recovery_key: str


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """A locked vault (TEST_PARAMS) holding one person and one interview."""
    created = create_vault(tmp_path / "vault", PASSPHRASE, kdf.TEST_PARAMS)
    session = created.session
    caseload = Caseload(session)
    person = caseload.add_person(PersonDraft(ALIAS))
    caseload.add_interview(person, draft(), FACTS)
    data_key = session.data_key()
    session.close()
    assert created.recovery_key is not None
    yield Vault(tmp_path / "vault", data_key, created.recovery_key)


def test_snippet_unwraps_the_data_key_with_the_passphrase(vault: Vault) -> None:
    """The documented Argon2id + AES-GCM steps give back the vault's data key."""
    unwrap = load_snippet("unwrap-data-key")
    assert unwrap.unwrap_with_passphrase(vault.folder / "carnet.key", PASSPHRASE) == vault.data_key


def test_snippet_unwraps_the_data_key_with_the_recovery_key(vault: Vault) -> None:
    """The documented HKDF + Crockford steps accept the key as printed, and as typed loosely."""
    unwrap = load_snippet("unwrap-data-key")
    path = vault.folder / "carnet.key"
    assert unwrap.unwrap_with_recovery_key(path, vault.recovery_key) == vault.data_key
    typed = vault.recovery_key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert unwrap.unwrap_with_recovery_key(path, typed) == vault.data_key


def test_snippet_refuses_a_wrong_passphrase(vault: Vault) -> None:
    """A wrong passphrase fails the GCM tag check rather than yield a key."""
    unwrap = load_snippet("unwrap-data-key")
    with pytest.raises(InvalidTag):
        unwrap.unwrap_with_passphrase(vault.folder / "carnet.key", PASSPHRASE + "x")


def test_snippet_runs_as_a_script(vault: Vault, tmp_path: Path) -> None:
    """Saved as carnet_unwrap.py, it reads the passphrase and prints the key in hex."""
    script = tmp_path / "carnet_unwrap.py"
    script.write_text(snippet("unwrap-data-key"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(vault.folder / "carnet.key")],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        start_new_session=True,  # no terminal: getpass reads the piped input
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == vault.data_key.hex()


def test_database_opens_with_sqlcipher3_and_the_recovered_key(vault: Vault) -> None:
    """The documented sqlcipher3 lines open carnet.db with the unwrapped key."""
    unwrap = load_snippet("unwrap-data-key")
    opener = load_snippet("open-with-sqlcipher3")
    key = unwrap.unwrap_with_passphrase(vault.folder / "carnet.key", PASSPHRASE)
    connection = opener.open_copy(str(vault.folder / "carnet.db"), key)
    try:
        assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert connection.execute("SELECT alias FROM persons").fetchall() == [(ALIAS,)]
        assert connection.execute("SELECT facts FROM interviews").fetchall() == [(FACTS,)]
    finally:
        connection.close()


def test_shell_commands_run_through_sqlcipher3(vault: Vault) -> None:
    """The documented shell statements, run one by one with sqlcipher3, list the person."""
    commands = snippet("sqlcipher-shell").replace("DATA_KEY_HEX", vault.data_key.hex())
    connection = sqlcipher3.connect(str(vault.folder / "carnet.db"))
    try:
        rows: list[Any] = []
        for statement in commands.split(";\n"):
            if statement.strip():
                rows = connection.execute(statement).fetchall()
    finally:
        connection.close()
    assert rows == [(1, ALIAS)]


def sqlcipher_major(binary: str) -> int:
    """The major SQLCipher version of a shell (0 if it does not say)."""
    result = subprocess.run(
        [binary, ":memory:", "PRAGMA cipher_version;"], capture_output=True, text=True, timeout=30
    )
    found = re.match(r"\s*(\d+)\.", result.stdout)
    return int(found.group(1)) if found else 0


def test_database_opens_in_the_stock_sqlcipher_shell(vault: Vault) -> None:
    """The documented shell commands read the vault with a stock SQLCipher 4 shell."""
    binary = shutil.which("sqlcipher")
    if binary is None:
        pytest.skip("no sqlcipher shell installed")
    major = sqlcipher_major(binary)
    if major < 4:
        pytest.skip(f"the installed sqlcipher shell is SQLCipher {major}, not 4 or later")
    commands = snippet("sqlcipher-shell").replace("DATA_KEY_HEX", vault.data_key.hex())
    result = subprocess.run(
        [binary, str(vault.folder / "carnet.db")],
        input=commands,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**os.environ, "HOME": str(vault.folder.parent)},  # no ~/.sqliterc
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == [f"1|{ALIAS}"]


def test_numbers_quoted_are_the_codes() -> None:
    """Bounds, sizes, labels and PRAGMAs written in SECURITY.md match the constants in app/."""
    text = " ".join(doc_text().split())
    assert f"1 ≤ parallelism ≤ {kdf.MAX_PARALLELISM}" in text
    assert f"1 ≤ time_cost ≤ {kdf.MAX_TIME_COST}" in text
    assert f"8 × parallelism ≤ memory_kib ≤ {kdf.MAX_MEMORY_KIB}" in text
    assert f"memory {kdf.PREFERRED_MEMORY_KIB} KiB" in text
    assert f"else {kdf.MIN_DEFAULT_MEMORY_KIB} KiB" in text
    assert f"never below {kdf.MIN_DEFAULT_TIME_COST}" in text
    assert f"{keyfile.NONCE_BYTES} random bytes" in text
    assert f"{kdf.SALT_BYTES} random bytes, standard Base64" in text
    assert f'`"{keyfile.FORMAT}"`' in text
    assert f"`{keyfile.VERSION}`. A larger number" in text
    assert f"{recovery.RECOVERY_BYTES} random bytes" in text
    assert "0123456789ABCDEFGHJKMNPQRSTVWXYZ" in text
    for name, value in SETTINGS:
        assert f"PRAGMA {name} = {value}" in text, name


def test_aad_and_info_strings_are_the_codes() -> None:
    """The associated data and the HKDF info in the page are those the key file code uses."""
    text = doc_text()
    sample_id = "61751f975669fc9703caa2a182205c3c"
    aad = keyfile._aad(sample_id, keyfile.PASSPHRASE).decode("ascii")
    assert f"`{aad}`" in text
    assert "info = the ASCII bytes `carnet-recovery`" in text


def test_backup_binding_is_the_documented_canonical_bytes(tmp_path: Path) -> None:
    """The backup key slot is bound to SHA-256 of the canonical bytes SECURITY.md defines,
    rebuilt here by hand (sorted keys, no whitespace, ASCII escapes) from the stored header."""
    import hashlib
    import json

    from app.core import backup

    created = create_vault(tmp_path / "v", PASSPHRASE, kdf.TEST_PARAMS)
    try:
        out = tmp_path / "b.carnet-backup"
        backup.make_external_backup(
            created.session, out, "phrase de la sauvegarde", kdf.TEST_PARAMS
        )
    finally:
        created.session.close()
    data = out.read_bytes()
    length = int.from_bytes(data[8:12], "big")
    stored = data[44 : 44 + length]
    assert hashlib.sha256(stored).digest() == data[12:44]
    header = json.loads(stored)
    binding = header.pop("key")["vault_id"]

    def canonical(value: Any) -> str:
        if isinstance(value, dict):
            members = (f"{canonical(k)}:{canonical(value[k])}" for k in sorted(value))
            return "{" + ",".join(members) + "}"
        if isinstance(value, str):
            escaped = value.replace("\\", "\\\\").replace('"', '\\"')
            return '"' + "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in escaped) + '"'
        return str(value)

    digest = hashlib.sha256(canonical(header).encode("utf-8")).hexdigest()
    assert binding == f"carnet-backup/v1/{digest}"
    assert "canonical bytes" in doc_text()
