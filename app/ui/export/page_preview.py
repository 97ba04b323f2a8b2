"""Step 5: the preview — the pages as they will print, and the text word for word.

The pages are painted off the GUI thread by the PDF's own layout and painters;
the text is the body every format writes. Neither can be selected or copied:
what leaves the device leaves through the last step, and is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.domain.summary import Summary
from app.export.text import summary_text
from app.ui.export.page_images import render_pages
from app.ui.export.state import ExportState
from app.ui.shell.tasks import Task, run_in_background

PAGE_WIDTH_PX = 760


class PreviewPage(QWizardPage):
    def __init__(self, state: ExportState | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self._state = state or ExportState()  # a page shown alone has no wizard to ask
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Exactly what will be written. Go back to change anything before writing.")
        )
        self.summary: Summary | None = None
        self.images: list[QImage] = []
        self._generation = 0
        self._ready = False
        self._task: Task | None = None
        self.pages_area = QScrollArea(self)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.text.setAccessibleName(self.tr("Text of the document"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pages_area, self.tr("Pages"))
        self.tabs.addTab(self.text, self.tr("Text"))
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        self.show_summary(self._state.build_summary())

    def show_summary(self, summary: Summary) -> None:
        """Shows the text at once and paints the pages in the background."""
        self.summary = summary
        self.images = []
        self._ready = False
        self.text.setPlainText(summary_text(summary))
        self.pages_area.setWidget(QWidget())
        self.status.setText(self.tr("Preparing the pages…"))
        self._generation += 1
        generation = self._generation
        width = round(PAGE_WIDTH_PX * self.devicePixelRatioF())

        def done(result: object) -> None:
            if generation == self._generation and isinstance(result, list):
                self._show_pages(result)

        def failed(_exc: Exception) -> None:
            if generation == self._generation:
                self.status.setText(self.tr("The pages could not be drawn; the text is shown."))
                self._ready = True
                self.completeChanged.emit()

        self._task = run_in_background(lambda: render_pages(summary, width), done, failed)
        self.completeChanged.emit()

    def _show_pages(self, images: list[QImage]) -> None:
        self.images = images
        container = QWidget()
        container.setObjectName("previewPages")
        layout = QVBoxLayout(container)
        layout.setSpacing(18)
        ratio = self.devicePixelRatioF()
        for number, image in enumerate(images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page = QLabel(container)
            page.setPixmap(pixmap)
            page.setFrameShape(QFrame.Shape.Box)
            page.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_area.setWidget(container)
        self.status.setText(self.tr("%n page(s), as they will print.", "", len(images)))
        self._ready = True
        self.completeChanged.emit()

    def preview_text(self) -> str:
        """The text shown: the body of the document, exactly."""
        return self.text.toPlainText()

    def is_ready(self) -> bool:
        return self.summary is not None and self._ready

    def isComplete(self) -> bool:
        return self.is_ready()

    def cleanupPage(self) -> None:
        """Going back: forget the pages (they are redrawn if the worker comes forward again)."""
        self._generation += 1
        self.images = []
        self.pages_area.setWidget(QWidget())
        self.text.clear()
        self.summary = None
        self._ready = False
