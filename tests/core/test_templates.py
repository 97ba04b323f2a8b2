"""Tests for app/core/templates.py: templates kept encrypted in the vault, UI defaults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.session import Session
from app.core.templates import (
    TemplateKind,
    is_customised,
    load_template,
    load_templates,
    save_template,
    save_templates,
)
from app.core.vault import create_vault, unlock
from app.crypto.kdf import TEST_PARAMS
from app.domain.errors import InvalidInput

DEFAULTS = {kind: f"default {kind.value}\n" for kind in TemplateKind}
PASSPHRASE = "trois petits chats blancs"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """An open vault with cheap Argon2 parameters."""
    created = create_vault(tmp_path / "vault", PASSPHRASE, params=TEST_PARAMS)
    yield created.session
    created.session.close()


def test_untouched_templates_follow_the_defaults(session: Session) -> None:
    """A template never edited is the default passed in, and nothing is stored."""
    assert load_templates(session, DEFAULTS) == DEFAULTS
    assert not any(is_customised(session, kind) for kind in TemplateKind)


def test_edited_template_survives_lock_and_unlock(session: Session, tmp_path: Path) -> None:
    """An edited template is read back after the vault is closed and opened again."""
    kind = TemplateKind.PHONE_CALL
    save_template(session, kind, "Qui appelle :\n", DEFAULTS[kind])
    session.close()
    again = unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert load_template(again, TemplateKind.PHONE_CALL, "x") == "Qui appelle :\n"
        assert is_customised(again, TemplateKind.PHONE_CALL)
    finally:
        again.close()


def test_saving_the_default_or_blank_forgets_the_custom_text(session: Session) -> None:
    """Saving the default text (or an empty one) returns the template to the defaults."""
    save_templates(session, {TemplateKind.HOME_VISIT: "Mine\n"}, DEFAULTS)
    assert is_customised(session, TemplateKind.HOME_VISIT)
    save_templates(session, {TemplateKind.HOME_VISIT: DEFAULTS[TemplateKind.HOME_VISIT]}, DEFAULTS)
    assert not is_customised(session, TemplateKind.HOME_VISIT)
    save_template(session, TemplateKind.HOME_VISIT, "   \n", DEFAULTS[TemplateKind.HOME_VISIT])
    assert load_template(session, TemplateKind.HOME_VISIT, "d") == "d"


def test_oversized_template_is_refused(session: Session) -> None:
    """A template longer than any note is refused like a note would be."""
    with pytest.raises(InvalidInput):
        save_template(session, TemplateKind.FIRST_INTERVIEW, "x" * 5_000_001, "")
