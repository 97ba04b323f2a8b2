"""Register items and persons in the worker's words: "Interview of 12/03/2026, § 1"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.core.register_items import ItemKind, ItemLabel, PersonMention
from app.core.wording import to_initials
from app.ui.workspace.labels import day_text

translate = QCoreApplication.translate


def _interview(label: ItemLabel) -> str:
    if label.erased:
        if label.number is None:
            return translate("RegisterItems", "Erased interview")
        return translate("RegisterItems", "Erased interview, § %1").replace("%1", str(label.number))
    when = day_text(label.day)
    if label.number is None:
        return translate("RegisterItems", "Interview of %1").replace("%1", when)
    text = translate("RegisterItems", "Interview of %1, § %2")
    return text.replace("%1", when).replace("%2", str(label.number))


def _detail(label: ItemLabel) -> str:
    if label.detail == "organisation":
        return translate("RegisterItems", "Organisation")
    if label.detail == "case_opened":
        return translate("RegisterItems", "Supported since")
    if label.number is not None:
        return translate("RegisterItems", "Details, line %1").replace("%1", str(label.number))
    return translate("RegisterItems", "Details")


def item_text(label: ItemLabel) -> str:
    """One item of a register entry, never its internal reference."""
    if label.kind is ItemKind.INTERVIEW:
        return _interview(label)
    if label.kind is ItemKind.ADDENDUM:
        if label.erased:
            return translate("RegisterItems", "Erased addendum")
        return translate("RegisterItems", "Addendum of %1").replace("%1", day_text(label.day))
    if label.kind is ItemKind.FOLLOW_UP:
        if label.erased:
            return translate("RegisterItems", "Erased follow-up")
        return translate("RegisterItems", "Follow-up (due %1)").replace("%1", day_text(label.day))
    if label.kind is ItemKind.DETAIL:
        return _detail(label)
    return translate("RegisterItems", "Other item")


def person_text(mention: PersonMention | None, initials: bool) -> str:
    """The person an entry is about, or when they were erased (never anyone else)."""
    if mention is None:
        return ""
    if mention.erased_on is not None or not mention.alias:
        return erased_text(mention.erased_on)
    return (to_initials(mention.alias) or mention.alias) if initials else mention.alias


def erased_text(day: date | None) -> str:
    if day is None:
        return translate("RegisterItems", "erased person")
    return translate("RegisterItems", "person erased on %1").replace("%1", day_text(day))
