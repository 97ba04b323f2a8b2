"""Translated words for the workspace: kinds, themes, statuses, dates, error messages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime

from app.domain.models import HypothesisStatus, InterviewKind, Requester, Theme
from app.messages.errors import error_message
from app.ui.widgets.optional_date import from_qdate, to_qdate

__all__ = [
    "clock_text",
    "day_text",
    "error_text",
    "from_qdate",
    "kind_label",
    "moment_text",
    "requester_label",
    "save_failed_text",
    "status_label",
    "theme_label",
    "themes_text",
    "to_qdate",
]


def kind_label(kind: InterviewKind) -> str:
    labels = {
        InterviewKind.OFFICE: QCoreApplication.translate("Workspace", "Office"),
        InterviewKind.PHONE: QCoreApplication.translate("Workspace", "Phone call"),
        InterviewKind.HOME_VISIT: QCoreApplication.translate("Workspace", "Home visit"),
        InterviewKind.VIDEO: QCoreApplication.translate("Workspace", "Video call"),
        InterviewKind.OTHER: QCoreApplication.translate("Workspace", "Other"),
    }
    return labels[kind]


def theme_label(theme: Theme) -> str:
    labels = {
        Theme.HOUSING: QCoreApplication.translate("Workspace", "Housing"),
        Theme.BUDGET: QCoreApplication.translate("Workspace", "Budget"),
        Theme.HEALTH: QCoreApplication.translate("Workspace", "Health"),
        Theme.EMPLOYMENT: QCoreApplication.translate("Workspace", "Employment"),
        Theme.FAMILY: QCoreApplication.translate("Workspace", "Family"),
        Theme.RIGHTS: QCoreApplication.translate("Workspace", "Rights"),
        Theme.OTHER: QCoreApplication.translate("Workspace", "Other"),
    }
    return labels[theme]


def requester_label(requester: Requester) -> str:
    labels = {
        Requester.PERSON: QCoreApplication.translate("Workspace", "The person"),
        Requester.HR: QCoreApplication.translate("Workspace", "Human resources"),
        Requester.DOCTOR: QCoreApplication.translate("Workspace", "A doctor"),
        Requester.MANAGER: QCoreApplication.translate("Workspace", "A manager"),
        Requester.PARTNER: QCoreApplication.translate("Workspace", "A partner service"),
        Requester.WORKER: QCoreApplication.translate("Workspace", "Myself"),
        Requester.OTHER: QCoreApplication.translate("Workspace", "Someone else"),
    }
    return labels[requester]


def status_label(status: HypothesisStatus) -> str:
    labels = {
        HypothesisStatus.OPEN: QCoreApplication.translate("Workspace", "Open"),
        HypothesisStatus.CONFIRMED: QCoreApplication.translate("Workspace", "Confirmed"),
        HypothesisStatus.DROPPED: QCoreApplication.translate("Workspace", "Dropped"),
    }
    return labels[status]


def themes_text(themes: tuple[Theme, ...]) -> str:
    return ", ".join(theme_label(t) for t in themes)


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
    """One plain sentence for an error, from the shared table; never a traceback."""
    return error_message(exc).text


def save_failed_text(exc: BaseException) -> str:
    """The message shown while an autosave keeps failing."""
    return QCoreApplication.translate(
        "Workspace",
        "Not saved yet: %1 Your text is still here; Carnet will try again at your next change.",
    ).replace("%1", error_text(exc))
