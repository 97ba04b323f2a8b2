"""What the screens shown before the vault is open share: its folder, the key
derivation's parameters, and one background task at a time.

The unlock screen is built on this before its first paint: nothing here loads
the task runner or names `Qt` (see app/ui/shell/shell_parts.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.shell.tasks import Task

# app.crypto.kdf.KdfParams, opaque here: the interface never imports crypto.
# None (the only value the real application passes) calibrates on this machine.
KdfChoice = Any


class VaultScreen(QWidget):
    """A screen working on the vault folder; `_task` is the key derivation under way, if any."""

    def __init__(
        self, name: str, folder: Path, parent: QWidget | None, kdf_params: KdfChoice
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._folder = folder
        self._kdf_params = kdf_params
        self._task: Task | None = None

    def is_busy(self) -> bool:
        return self._task is not None
