"""Spell checking in the editors: one shared service, a highlighter, the menu entries.

`SpellService` owns the dictionaries (loaded off the GUI thread), the
worker's personal words (read from the vault at unlock, forgotten at lock) and
the words ignored for this session. Checking a word is a cached dictionary
look-up; suggestions take up to a second in French, so they are computed on
the thread pool and the context menu fills in when they arrive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from app.core.spelling import SpellEngine, load_engine, words_in
from app.domain.errors import CarnetError
from app.ui.shell.tasks import run_in_background

WordSaver = Callable[[str], object]


class SpellService(QObject):
    """Which words are misspelled, for every editor of the window."""

    changed = Signal()
    message = Signal(str)

    def __init__(
        self, loader: Callable[[], SpellEngine] = load_engine, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._engine: SpellEngine | None = None
        self._loading = False
        self._enabled = True
        self._personal: set[str] = set()
        self._ignored: set[str] = set()
        self._saver: WordSaver | None = None
        self._suggestions: dict[str, list[str]] = {}

    # --- dictionaries ------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Load the dictionaries on the thread pool (once)."""
        if self._engine is None and not self._loading:
            self._loading = True
            run_in_background(self._loader, self._on_loaded, lambda _exc: self._on_loaded(None))

    def load_now(self) -> None:
        """Load the dictionaries on this thread (tests, the self-test)."""
        if self._engine is None:
            self._on_loaded(self._loader())

    def _on_loaded(self, engine: object) -> None:
        self._loading = False
        self._engine = engine if isinstance(engine, SpellEngine) else SpellEngine([], [])
        self.changed.emit()

    def is_loaded(self) -> bool:
        return self._engine is not None

    def dictionaries_missing(self) -> bool:
        """True once loading found no dictionary at all."""
        return self._engine is not None and not self._engine.available

    def set_enabled(self, enabled: bool) -> None:
        """Switch checking on or off (Settings)."""
        if enabled != self._enabled:
            self._enabled = enabled
            self.changed.emit()

    def is_active(self) -> bool:
        """Whether words are being checked now."""
        return self._enabled and self._engine is not None and self._engine.available

    # --- the worker's words ------------------------------------------------------------------
    def attach(self, words: Iterable[str], saver: WordSaver) -> None:
        """Use the vault's personal words; `saver` stores a new one in the vault."""
        self._personal = set(words)
        self._saver = saver
        self.changed.emit()

    def detach(self) -> None:
        """Forget the personal and ignored words and the suggestions (the vault locked)."""
        self._personal.clear()
        self._ignored.clear()
        self._suggestions.clear()
        self._saver = None
        self.changed.emit()

    def add_word(self, word: str) -> bool:
        """Store `word` in the vault's dictionary; False (and a message) if it cannot be."""
        if self._saver is None:
            return False
        try:
            self._saver(word)
        except CarnetError:
            self.message.emit(self.tr("The word could not be added to the dictionary."))
            return False
        self._personal.add(word)
        self.changed.emit()
        self.message.emit(self.tr("Added to the dictionary."))
        return True

    def ignore(self, word: str) -> None:
        """Accept `word` until the vault locks."""
        self._ignored.add(word)
        self.changed.emit()

    # --- checking --------------------------------------------------------------------------------
    def is_misspelled(self, word: str) -> bool:
        if not self.is_active() or self._engine is None:
            return False
        if word in self._personal or word in self._ignored:
            return False
        if word.lower() in self._personal or word.lower() in self._ignored:
            return False
        return not self._engine.is_correct(word)

    def misspelled(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each misspelled word of `text`."""
        if not self.is_active():
            return []
        return [span for span in words_in(text) if self.is_misspelled(span[2])]

    def suggestions(self, word: str, on_ready: Callable[[list[str]], None]) -> list[str] | None:
        """Known suggestions now, or None and `on_ready` called later from the GUI thread."""
        if word in self._suggestions:
            return self._suggestions[word]
        engine = self._engine
        if engine is None:
            return []

        def done(found: object) -> None:
            words = list(found) if isinstance(found, list) else []
            self._suggestions[word] = words
            on_ready(words)

        run_in_background(lambda: engine.suggest(word), done, lambda _exc: on_ready([]))
        return None


_shared: SpellService | None = None


def spell_service() -> SpellService:
    """The service every editor of this process shares."""
    global _shared
    if _shared is None:
        _shared = SpellService()
    return _shared


def spelling_colour(base: QColor) -> QColor:
    """A red that reads on the given background, light or dark."""
    return QColor("#d0302a") if base.lightnessF() >= 0.5 else QColor("#ff7a70")


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underline under misspelled words (nothing when no service is given)."""

    def __init__(self, document: QTextDocument, speller: SpellService | None = None) -> None:
        super().__init__(document)
        self._speller = speller
        self._spell_format = QTextCharFormat()
        self._spell_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        if speller is not None:
            speller.changed.connect(self.rehighlight)

    def speller(self) -> SpellService | None:
        return self._speller

    def highlightBlock(self, text: str) -> None:
        if self._speller is None:
            return
        spans = self._speller.misspelled(text)
        if not spans:
            return
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        self._spell_format.setUnderlineColor(spelling_colour(base))
        for start, end, _word in spans:
            self.setFormat(start, end - start, self._spell_format)


# --- the context menu ----------------------------------------------------------------------
def _put(menu: QMenu, before: QAction | None, action: QAction) -> None:
    if before is None:
        menu.addAction(action)
    else:
        menu.insertAction(before, action)


def misspelled_at(
    editor: QPlainTextEdit, speller: SpellService, pos: QPoint
) -> tuple[int, int, str] | None:
    """(document start, end, word) of the misspelled word under viewport `pos`, if any."""
    cursor = editor.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    for start, end, word in speller.misspelled(block.text()):
        if start <= offset <= end:
            return block.position() + start, block.position() + end, word
    return None


def add_spelling_actions(
    menu: QMenu, editor: QPlainTextEdit, speller: SpellService, pos: QPoint
) -> None:
    """Put suggestions, « Add to dictionary » and « Ignore » at the top of `menu`."""
    found = misspelled_at(editor, speller, pos)
    if found is None:
        return
    start, end, word = found
    first = menu.actions()[0] if menu.actions() else None
    waiting = QAction(QCoreApplication.translate("Spelling", "Looking for suggestions…"), menu)
    waiting.setObjectName("spelling-waiting")
    waiting.setEnabled(False)
    _put(menu, first, waiting)

    def replace(suggestion: str) -> None:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:  # the text did not move meanwhile
            cursor.insertText(suggestion)

    def fill(suggestions: list[str]) -> None:
        if not shiboken6.isValid(menu):
            return
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("spelling-suggestion")
            action.setEnabled(not editor.isReadOnly())
            action.triggered.connect(lambda _c=False, s=suggestion: replace(s))
            menu.insertAction(waiting, action)
        if suggestions:
            menu.removeAction(waiting)
        else:
            waiting.setText(QCoreApplication.translate("Spelling", "No suggestions"))

    add = QAction(QCoreApplication.translate("Spelling", "Add to dictionary"), menu)
    add.setObjectName("spelling-add")
    add.triggered.connect(lambda: speller.add_word(word))
    ignore = QAction(QCoreApplication.translate("Spelling", "Ignore"), menu)
    ignore.setObjectName("spelling-ignore")
    ignore.triggered.connect(lambda: speller.ignore(word))
    for action in (add, ignore):
        _put(menu, first, action)
    if first is not None:
        menu.insertSeparator(first)
    ready = speller.suggestions(word, fill)
    if ready is not None:
        fill(ready)
