"""Translated words of the activity figures: headings and the label of every code."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.activity import Period


def title() -> str:
    return QCoreApplication.translate("Activity", "Activity figures")


def period_text(period: Period) -> str:
    text = QCoreApplication.translate("Activity", "From {start} to {end}")
    return text.format(start=_day(period.start), end=_day(period.end))


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def masking_note(threshold: int) -> str:
    text = QCoreApplication.translate(
        "Activity",
        "Counts from 1 to {below} are shown as “<{threshold}”; a count marked “≥{threshold}”"
        " or a total is hidden so that a small count cannot be worked out.",
    )
    return text.format(below=threshold - 1, threshold=threshold)


def section() -> str:
    return QCoreApplication.translate("Activity", "Section")


def column_count() -> str:
    return QCoreApplication.translate("Activity", "Count")


def column_figure() -> str:
    return QCoreApplication.translate("Activity", "Figure")


def total() -> str:
    return QCoreApplication.translate("Activity", "Total")


def scalar_label(name: str) -> str:
    labels = {
        "persons_followed": QCoreApplication.translate("Activity", "Persons followed"),
        "new_cases": QCoreApplication.translate("Activity", "New cases"),
        "closed_cases": QCoreApplication.translate("Activity", "Closed cases"),
        "interviews_total": QCoreApplication.translate("Activity", "Interviews"),
        "follow_ups_done": QCoreApplication.translate("Activity", "Follow-ups done"),
        "follow_ups_overdue": QCoreApplication.translate("Activity", "Follow-ups overdue"),
        "transmissions_total": QCoreApplication.translate("Activity", "Transmissions"),
        "refused_requests": QCoreApplication.translate("Activity", "Refused requests"),
    }
    return labels.get(name, name)


def table_label(name: str) -> str:
    labels = {
        "interviews_by_kind": QCoreApplication.translate("Activity", "Interviews by kind"),
        "interviews_by_theme": QCoreApplication.translate("Activity", "Interviews by theme"),
        "interviews_by_requester": QCoreApplication.translate(
            "Activity", "Interviews by who asked for them"
        ),
        "interviews_by_month": QCoreApplication.translate("Activity", "Interviews by month"),
        "transmissions_by_frame": QCoreApplication.translate("Activity", "Transmissions by frame"),
        "transmissions_by_recipient": QCoreApplication.translate(
            "Activity", "Transmissions by kind of recipient"
        ),
    }
    return labels.get(name, name)


def code_label(code: str) -> str:
    """The label of a kind, theme, requester, frame or recipient code; a month as "Mar 2026"."""
    if len(code) == 7 and code[4] == "-" and code[:4].isdigit():
        return QLocale().toString(QDate(int(code[:4]), int(code[5:]), 1), "MMM yyyy")
    return _codes().get(code, code)


def _codes() -> dict[str, str]:
    return {
        "office": QCoreApplication.translate("Activity", "Office"),
        "phone": QCoreApplication.translate("Activity", "Phone"),
        "home_visit": QCoreApplication.translate("Activity", "Home visit"),
        "video": QCoreApplication.translate("Activity", "Video"),
        "other": QCoreApplication.translate("Activity", "Other"),
        "housing": QCoreApplication.translate("Activity", "Housing"),
        "budget": QCoreApplication.translate("Activity", "Budget"),
        "health": QCoreApplication.translate("Activity", "Health"),
        "employment": QCoreApplication.translate("Activity", "Employment"),
        "family": QCoreApplication.translate("Activity", "Family"),
        "rights": QCoreApplication.translate("Activity", "Rights"),
        "person": QCoreApplication.translate("Activity", "The person"),
        "hr": QCoreApplication.translate("Activity", "HR"),
        "doctor": QCoreApplication.translate("Activity", "Doctor"),
        "manager": QCoreApplication.translate("Activity", "Manager"),
        "partner": QCoreApplication.translate("Activity", "Partner"),
        "worker": QCoreApplication.translate("Activity", "The worker"),
        "authority": QCoreApplication.translate("Activity", "Authority"),
        "employer": QCoreApplication.translate("Activity", "Employer"),
        "successor": QCoreApplication.translate("Activity", "Successor"),
        "liaison": QCoreApplication.translate("Activity", "Liaison note"),
        "coordination": QCoreApplication.translate("Activity", "Coordination notice"),
        "information-preoccupante": QCoreApplication.translate("Activity", "Concern report"),
        "signalement-procureur": QCoreApplication.translate("Activity", "Report to the prosecutor"),
        "reponse-employeur": QCoreApplication.translate("Activity", "Reply to an employer"),
        "attestation": QCoreApplication.translate("Activity", "Certificate"),
        "copie-personne": QCoreApplication.translate("Activity", "Copy for the person"),
        "passation": QCoreApplication.translate("Activity", "Handover"),
    }
