"""The core's refusals about figures and handovers, listed so that lupdate collects them in
the "Errors" context, where app.ui.shell.errors translates an InvalidInput's text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ACTIVITY_AND_HANDOVER_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "The threshold is a whole number from 3 to 100."),
    QT_TRANSLATE_NOOP("Errors", "A quarter is 1, 2, 3 or 4."),
    QT_TRANSLATE_NOOP("Errors", "The end of the period comes before its start."),
    QT_TRANSLATE_NOOP("Errors", "Choose at least one person to hand over."),
    QT_TRANSLATE_NOOP("Errors", "Say who takes over (the successor's name)."),
    QT_TRANSLATE_NOOP("Errors", "A follow-up chosen is done or belongs to another person."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Say whether each person was told of the handover (agreed, informed, or not)"
        " before anything is written.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The handover file could not be written."),
    QT_TRANSLATE_NOOP(
        "Errors", "The handover file is damaged, incomplete or not a Carnet handover."
    ),
    QT_TRANSLATE_NOOP("Errors", "The passphrase of this handover is not correct."),
    QT_TRANSLATE_NOOP("Errors", "PDF and ODS are written to a file: add --out FILE."),
    QT_TRANSLATE_NOOP("Errors", "Give the period: --from YYYY-MM-DD --to YYYY-MM-DD, or --year."),
)
