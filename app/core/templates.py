"""The three interview templates, kept encrypted in the vault's settings.

The interface passes the default texts (in the worker's language), so this
module holds no wording of its own; a template the worker never edited follows
the defaults, and one reset to its default is forgotten again.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.core.caseload import check_text
from app.core.session import Session, stores

KEY_PREFIX = "template."


class TemplateKind(StrEnum):
    FIRST_INTERVIEW = "first_interview"
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"


def _key(kind: TemplateKind) -> str:
    return KEY_PREFIX + kind.value


def load_template(session: Session, kind: TemplateKind, default: str) -> str:
    """The worker's template for `kind`, or `default` if they never changed it."""
    stored = stores(session).settings.get(_key(kind), "")
    return stored if stored else default


def load_templates(
    session: Session, defaults: Mapping[TemplateKind, str]
) -> dict[TemplateKind, str]:
    """Every template, each falling back to its default."""
    return {kind: load_template(session, kind, defaults.get(kind, "")) for kind in TemplateKind}


def is_customised(session: Session, kind: TemplateKind) -> bool:
    return bool(stores(session).settings.get(_key(kind), ""))


def save_template(session: Session, kind: TemplateKind, text: str, default: str) -> None:
    """Store `text`; the default (or an empty text) is stored as "not customised"."""
    check_text(text)
    value = "" if text == default or not text.strip() else text
    stores(session).settings.set(_key(kind), value)


def save_templates(
    session: Session, texts: Mapping[TemplateKind, str], defaults: Mapping[TemplateKind, str]
) -> None:
    for kind, text in texts.items():
        save_template(session, kind, text, defaults.get(kind, ""))
