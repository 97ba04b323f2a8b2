"""Lays out the blocks of `app.export.text` as a sober QTextDocument.

The document holds exactly the blocks of the plain-text preview, in the same
order and with the same words: only the look differs (title, a borderless
metadata table, headings, paragraphs). Lengths given to Qt formats are in
96-dpi pixels; Qt scales them to the paint device (the PDF writer) itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import groupby

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QPagedPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from app.domain.summary import Summary
from app.export.text import ITEM_MARK, Block, BlockKind, summary_blocks

FONT_FAMILIES = [
    "Source Serif 4",
    "Noto Serif",
    "Georgia",
    "Cambria",
    "Liberation Serif",
    "DejaVu Serif",
    "Times New Roman",
]
BODY_PT = 11.0
TEXT_COLOUR = QColor("#1a1a1a")
MUTED_COLOUR = QColor("#555555")
RULE_COLOUR = QColor("#8a8a8a")
TABLE_LABEL_PT = 130.0
TABLE_VALUE_PT = 351.0
LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph, as in the plain text


def px(points: float) -> float:
    """Points to the 96-dpi pixels QTextDocument formats are expressed in."""
    return points * 96.0 / 72.0


@cache
def font_family() -> str:
    """The first installed of a list of sober serif faces (named in ODT files as is)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    return QFontInfo(font).family()


def body_font(points: float = BODY_PT) -> QFont:
    """The document font at the given size."""
    font = QFont(font_family())
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(points)
    # No "ﬁ"-style ligatures: the recipient must be able to search and copy the text.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def build_document(
    summary: Summary, header_lines: Sequence[str] = (), *, odt: bool = False
) -> QTextDocument:
    """The laid-out summary, `header_lines` first; `odt` suits it to Qt's ODF writer."""
    document = QTextDocument()
    document.setDefaultFont(body_font())
    document.setDocumentMargin(0)
    document.setUndoRedoEnabled(False)
    cursor = QTextCursor(document)
    # True while the cursor sits in an empty block that the next block should fill:
    # at the very start, and right after a table (Qt always adds a block after one).
    reuse = True
    if header_lines:
        _insert_header(cursor, header_lines)
        reuse = False
    for kind, group in groupby(summary_blocks(summary), key=lambda block: block.kind):
        rows = list(group)
        if kind is BlockKind.META:
            _insert_meta_table(cursor, rows, odt)
            reuse = True
            continue
        for block in rows:
            _insert_block(cursor, block, reuse)
            reuse = False
    return document


def _char(
    points: float, *, bold: bool = False, italic: bool = False, colour: QColor = TEXT_COLOUR
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(body_font(points))
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(QBrush(colour))
    return fmt


def _block_format(top: float, bottom: float, *, line_height: int = 100) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(px(top))
    fmt.setBottomMargin(px(bottom))
    if line_height != 100:
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _styles(kind: BlockKind) -> tuple[QTextBlockFormat, QTextCharFormat]:
    if kind is BlockKind.TITLE:
        block = _block_format(0, 12, line_height=130)  # leaves room above the rule
        block.setHeadingLevel(1)
        # A rule under the title; Qt draws it in the palette's Dark colour.
        block.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
        return block, _char(17, bold=True)
    if kind is BlockKind.HEADING:
        block = _block_format(16, 5)
        block.setHeadingLevel(2)
        return block, _char(12.5, bold=True)
    if kind is BlockKind.SUBHEADING:
        block = _block_format(9, 3)
        block.setHeadingLevel(3)  # kept with the paragraph below it, see paginate()
        return block, _char(BODY_PT, bold=True, italic=True, colour=MUTED_COLOUR)
    if kind is BlockKind.ITEM:
        block = _block_format(0, 3, line_height=115)
        block.setLeftMargin(px(14))
        block.setTextIndent(-px(9))
        return block, _char(BODY_PT)
    return _block_format(0, 7, line_height=115), _char(BODY_PT)


def _insert_block(cursor: QTextCursor, block: Block, reuse: bool) -> None:
    block_format, char_format = _styles(block.kind)
    text = block.text.replace("\n", LINE_SEPARATOR)
    if block.kind is BlockKind.ITEM:
        text = f"{ITEM_MARK} {text}"
    if reuse:
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
    else:
        cursor.insertBlock(block_format, char_format)
    cursor.insertText(text, char_format)


def _table_widths(odt: bool) -> tuple[QTextLength, list[QTextLength]]:
    """Table and column widths: relative, except in ODT (see below)."""
    if odt:
        # Qt's ODF writer prints a percentage as points ("100%" becomes "100pt") and
        # fixed lengths as points too; so give points filling A4 within 2 cm margins.
        fixed = QTextLength.Type.FixedLength
        return QTextLength(fixed, TABLE_LABEL_PT + TABLE_VALUE_PT), [
            QTextLength(fixed, TABLE_LABEL_PT),
            QTextLength(fixed, TABLE_VALUE_PT),
        ]
    percent = QTextLength.Type.PercentageLength
    return QTextLength(percent, 100), [QTextLength(percent, 27), QTextLength(percent, 73)]


def _insert_meta_table(cursor: QTextCursor, rows: list[Block], odt: bool) -> None:
    """Label/value rows as a borderless two-column table."""
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    table_format.setCellPadding(0)  # so labels align with the title's left edge
    table_format.setCellSpacing(0)
    table_format.setTopMargin(px(2))
    table_format.setBottomMargin(px(6))
    width, columns = _table_widths(odt)
    table_format.setWidth(width)
    table_format.setColumnWidthConstraints(columns)
    table = cursor.insertTable(len(rows), 2, table_format)
    cell_block = _block_format(0, 0, line_height=125)
    for row, block in enumerate(rows):
        label_cursor = table.cellAt(row, 0).firstCursorPosition()
        label_cursor.setBlockFormat(cell_block)
        label_cursor.insertText(block.label, _char(BODY_PT, colour=MUTED_COLOUR))
        value_cursor = table.cellAt(row, 1).firstCursorPosition()
        value_cursor.setBlockFormat(cell_block)
        value_cursor.insertText(block.text.replace("\n", LINE_SEPARATOR), _char(BODY_PT))
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _insert_header(cursor: QTextCursor, lines: Sequence[str]) -> None:
    """Small grey lines above the title, standing in for a page header."""
    for index, line in enumerate(lines):
        block_format = _block_format(0, 0 if index < len(lines) - 1 else 18)
        char_format = _char(8.5, bold=index == 0, colour=MUTED_COLOUR)
        if index == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(line, char_format)


def paginate(
    document: QTextDocument, device: QPagedPaintDevice, page: QSizeF, margins: QMarginsF
) -> int:
    """Lays the document out on the device's pages and returns how many there are.

    `page` is in device pixels, `margins` in 96-dpi pixels (Qt scales those). Qt's
    layout draws, on a page, the last line of a block that ends on the previous page
    too: hidden by the clip, yet still in the PDF text. So no block may straddle a
    page break: such a block is cut in two there. And a heading left alone at the
    foot of a page moves to the next one.
    """
    document.documentLayout().setPaintDevice(device)
    root = document.rootFrame()
    frame_format = root.frameFormat()
    frame_format.setLeftMargin(margins.left())
    frame_format.setTopMargin(margins.top())
    frame_format.setRightMargin(margins.right())
    frame_format.setBottomMargin(margins.bottom())
    root.setFrameFormat(frame_format)
    document.setPageSize(page)
    resume: int | None = 0
    for _ in range(4 * document.blockCount() + 16):  # each fix moves on; this only bounds it
        if resume is None:
            break
        resume = _fix_first_break(document, page.height(), resume)
        if resume is not None:
            # An edit only re-lays out the edited range and shifts what follows without
            # re-paginating it; make Qt lay out everything after the edit afresh.
            document.markContentsDirty(resume, document.characterCount() - resume)
    return document.pageCount()


def _line_pages(layout: QAbstractTextDocumentLayout, block: QTextBlock, height: float) -> list[int]:
    """The page index of each line of a block."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    return [int((top + lines.lineAt(i).y()) // height) for i in range(lines.lineCount())]


def _fix_first_break(document: QTextDocument, height: float, start: int) -> int | None:
    """Fixes the first bad page break from `start`; returns where to look next, or None."""
    layout = document.documentLayout()
    block = document.findBlock(start)
    while block.isValid():
        pages = _line_pages(layout, block, height)
        if pages and pages[0] != pages[-1]:
            first_moved = next(i for i, page in enumerate(pages) if page != pages[0])
            _split_block(block, block.layout().lineAt(first_moved).textStart())
            return block.position()
        following = block.next()
        if pages and block.blockFormat().headingLevel() and following.isValid():
            next_pages = _line_pages(layout, following, height)
            policy = block.blockFormat().pageBreakPolicy()
            always_before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if next_pages and next_pages[0] != pages[-1] and not policy & always_before:
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(always_before)
                QTextCursor(block).setBlockFormat(block_format)
                return block.position()
        block = following
    return None


def _split_block(block: QTextBlock, offset: int) -> None:
    """Cuts a block in two at `offset`; the second part continues the first seamlessly."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    cursor.insertBlock()
    continuation = cursor.blockFormat()
    continuation.setTextIndent(0)
    continuation.setTopMargin(0)
    continuation.setHeadingLevel(0)
    continuation.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setBlockFormat(continuation)
