"""What every carnet-cli command may need: the vault folder, the secrets, the output."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.cli.language import translate
from app.cli.output import Output
from app.cli.passphrase import SecretSource
from app.core.paths import VaultPaths
from app.core.rekey import recovery_key_unseen
from app.core.session import Session
from app.core.vault import unlock
from app.domain.errors import VaultNotFound

PROGRESS = {
    "calibrating": "Measuring this computer to tune the key derivation…",
    "deriving": "Deriving the key from the passphrase…",
    "opening": "Opening and verifying the vault…",
    "creating": "Creating the vault…",
    "snapshots": "Re-encrypting the snapshots under the new key…",
    "database": "Re-encrypting the database under the new key…",
    "swapping": "Putting the re-encrypted files in place…",
}

UNSEEN_RECOVERY_WARNING = (
    "carnet-cli: warning: a renewal of the vault key was interrupted and completed now; "
    "its new recovery key was never shown. Run `carnet-cli rekey` again to get one."
)


@dataclass
class CliContext:
    paths: VaultPaths
    secrets: SecretSource
    out: Output

    def progress(self, step: str) -> None:
        """Slow steps are announced on a terminal only (stderr, never mixed with output)."""
        if sys.stderr.isatty():
            print(translate("CarnetCli", PROGRESS.get(step, step)), file=sys.stderr, flush=True)

    def unlock(self, prompt: str = "Passphrase: ") -> Session:
        if not self.paths.exists():
            raise VaultNotFound()  # before asking for a passphrase that cannot help
        session = unlock(self.paths.folder, self.secrets.ask(prompt), self.progress)
        self.report_opening(session)
        return session

    @staticmethod
    def report_opening(session: Session) -> None:
        """What opening did on its own, said once on stderr (never mixed with the output)."""
        if session.tightened:
            print(
                f"carnet-cli: permissions tightened on {len(session.tightened)} item(s) of the "
                "vault folder (folders 0700, files 0600).",
                file=sys.stderr,
            )
        for warning in session.erasure_warnings:
            print(f"carnet-cli: warning: interrupted erasure: {warning}", file=sys.stderr)

    @contextmanager
    def unlocked(self, prompt: str = "Passphrase: ") -> Iterator[Session]:
        """An open session, locked again (checkpoint, close, key wiped) whatever happens."""
        session = self.unlock(prompt)
        try:
            if recovery_key_unseen(session):
                print(UNSEEN_RECOVERY_WARNING, file=sys.stderr)
            yield session
        finally:
            session.close()
