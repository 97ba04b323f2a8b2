"""The activity figures as text, CSV, JSON, ODS (odfpy) or PDF (with the charts).

Every format carries the same counts, already masked by core: codes and numbers,
never a name or a word of a note. `render_figures` returns bytes;
`write_figures` writes them atomically like every other export.
"""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain.activity import ActivityFigures
from app.export import activity_labels as words
from app.export.writers import write_atomically


class FiguresFormat(StrEnum):
    TXT = "txt"
    CSV = "csv"
    JSON = "json"
    PDF = "pdf"
    ODS = "ods"


def figures_json(figures: ActivityFigures) -> dict[str, Any]:
    """Machine-readable figures: every small count is the string "<3"."""
    doc: dict[str, Any] = {
        "from": figures.period.start.isoformat(),
        "to": figures.period.end.isoformat(),
        "threshold": figures.threshold,
    }
    doc.update(dict(figures.scalars))
    for name, table in figures.tables:
        doc[name] = dict(table.rows)
    return doc


def figure_rows(figures: ActivityFigures) -> list[tuple[str, str, str]]:
    """(section, label, shown value) for every figure, in reading order."""
    rows = [("", words.scalar_label(n), str(v)) for n, v in figures.scalars]
    for name, table in figures.tables:
        section = words.table_label(name)
        rows += [(section, words.code_label(code), str(value)) for code, value in table.rows]
        if table.total is not None:
            rows.append((section, words.total(), str(table.total)))
    return rows


def _txt(figures: ActivityFigures) -> bytes:
    lines = [words.title(), words.period_text(figures.period), ""]
    current = None
    for section, label, value in figure_rows(figures):
        if section != current:
            lines += ["", section] if section else []
            current = section
        lines.append(f"  {label}: {value}")
    lines += ["", words.masking_note(figures.threshold)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _csv(figures: ActivityFigures) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([words.section(), words.column_figure(), words.column_count()])
    writer.writerows(figure_rows(figures))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _ods(figures: ActivityFigures) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    sheet = Table(name=words.title()[:31])
    heading = [words.section(), words.column_figure(), words.column_count()]
    for row in [tuple(heading), *figure_rows(figures)]:
        line = TableRow()
        for value in row:
            numeric = value.isdigit()
            cell = TableCell(valuetype="float", value=value) if numeric else TableCell()
            cell.addElement(P(text=value))
            line.addElement(cell)
        sheet.addElement(line)
    document.spreadsheet.addElement(sheet)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def render_figures(figures: ActivityFigures, fmt: FiguresFormat) -> bytes:
    if fmt is FiguresFormat.JSON:
        return (json.dumps(figures_json(figures), ensure_ascii=False, indent=2) + "\n").encode()
    if fmt is FiguresFormat.CSV:
        return _csv(figures)
    if fmt is FiguresFormat.ODS:
        return _ods(figures)
    if fmt is FiguresFormat.PDF:
        from app.export.activity_pdf import figures_pdf

        return figures_pdf(figures)
    return _txt(figures)


def write_figures(figures: ActivityFigures, fmt: FiguresFormat, path: Path) -> None:
    """Renders and writes atomically; ExportFailed leaves no file."""
    write_atomically(path, render_figures(figures, fmt))
