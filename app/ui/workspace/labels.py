"""Translated words for the workspace: kinds, themes, statuses, dates, error messages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.domain.errors import (
    CarnetError,
    DiskFull,
    InvalidInput,
    NoteFinalised,
    NotFound,
    VaultCorrupted,
    VaultLocked,
    VaultReadOnly,
)
from app.domain.models import HypothesisStatus, InterviewKind, Requester, Theme


def _t(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def kind_label(kind: InterviewKind) -> str:
    labels = {
        InterviewKind.OFFICE: _t("Office"),
        InterviewKind.PHONE: _t("Phone call"),
        InterviewKind.HOME_VISIT: _t("Home visit"),
        InterviewKind.VIDEO: _t("Video call"),
        InterviewKind.OTHER: _t("Other"),
    }
    return labels[kind]


def theme_label(theme: Theme) -> str:
    labels = {
        Theme.HOUSING: _t("Housing"),
        Theme.BUDGET: _t("Budget"),
        Theme.HEALTH: _t("Health"),
        Theme.EMPLOYMENT: _t("Employment"),
        Theme.FAMILY: _t("Family"),
        Theme.RIGHTS: _t("Rights"),
        Theme.OTHER: _t("Other"),
    }
    return labels[theme]


def requester_label(requester: Requester) -> str:
    labels = {
        Requester.PERSON: _t("The person"),
        Requester.HR: _t("Human resources"),
        Requester.DOCTOR: _t("A doctor"),
        Requester.MANAGER: _t("A manager"),
        Requester.PARTNER: _t("A partner service"),
        Requester.WORKER: _t("Myself"),
        Requester.OTHER: _t("Someone else"),
    }
    return labels[requester]


def status_label(status: HypothesisStatus) -> str:
    labels = {
        HypothesisStatus.OPEN: _t("Open"),
        HypothesisStatus.CONFIRMED: _t("Confirmed"),
        HypothesisStatus.DROPPED: _t("Dropped"),
    }
    return labels[status]


def themes_text(themes: tuple[Theme, ...]) -> str:
    return ", ".join(theme_label(t) for t in themes)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_text(day: date | None) -> str:
    """A date in the user's short locale format, or an em dash."""
    if day is None:
        return "—"
    return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """A stored UTC moment in local time, short format."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def clock_text(time: QTime) -> str:
    return QLocale().toString(time, QLocale.FormatType.ShortFormat)


def error_text(exc: BaseException) -> str:
    """One plain sentence for an error; never a traceback."""
    if isinstance(exc, DiskFull):
        return _t("The disk is full.")
    if isinstance(exc, VaultReadOnly):
        return _t("The vault folder cannot be written to.")
    if isinstance(exc, VaultLocked):
        return _t("The vault is locked.")
    if isinstance(exc, NoteFinalised):
        return _t("This note is finalised; add a dated addendum instead.")
    if isinstance(exc, NotFound):
        return _t("This item no longer exists.")
    if isinstance(exc, VaultCorrupted):
        return _t("The vault file looks damaged.")
    if isinstance(exc, InvalidInput):
        return _t("The value entered is not valid.")
    if isinstance(exc, CarnetError):
        return _t("The vault could not be written to.")
    return _t("Something went wrong.")


def save_failed_text(exc: BaseException) -> str:
    """The message shown while an autosave keeps failing."""
    return _t(
        "Not saved yet: %1 Your text is still here; Carnet will try again at your next change."
    ).replace("%1", error_text(exc))
