"""`carnet --self-test`: prove an installation works, without a window.

The round trip through a throw-away vault is `app.core.selftest.RoundTrip`;
this module adds what needs Qt (rendering the summary as PDF, ODT and text with
`app.export.writers`), checks the files it writes, prints one line per step and
returns the exit status: 0 when every step held, 1 at the first failure.

The exported files are checked for the hypothesis canary by reading their text
back with the standard library only (pypdf is a test dependency, not a runtime
one): the text file as UTF-8, the ODT's XML parts unzipped, and the PDF's text
decoded glyph by glyph through each font's ToUnicode map. Every file's raw bytes,
and the PDF's inflated streams, are also searched in UTF-8 and UTF-16. A positive
control (the fact's unique word must be found by the same reading) proves each
reading sees the text at all, so the canary's absence means something.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import re
import shutil
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import app as carnet
from app.core.selftest import RoundTrip, SelfTestFailed, contains_text, require
from app.domain.summary import ExportFormat, Summary

OK_MARK = "✓"
FAIL_MARK = "✗"
Step = tuple[str, Callable[[], str]]


def prepare_display() -> None:
    """Without a display (a server, a CI runner), Qt draws offscreen."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def load_modules() -> str:
    """Import every module of the application: in a bundle, proves none was left out."""
    names: list[str] = []

    def fail(name: str) -> None:
        raise SelfTestFailed(f"The package {name} cannot be imported.")

    for module in pkgutil.walk_packages(carnet.__path__, "app.", onerror=fail):
        if module.name.rsplit(".", 1)[-1] == "__main__":
            continue
        try:
            importlib.import_module(module.name)
        except ImportError as exc:
            raise SelfTestFailed(f"{module.name} cannot be imported: {exc}") from exc
        names.append(module.name)
    require(len(names) > 10, f"Only {len(names)} modules were found.")
    return f"{len(names)} modules"


def draw_icons() -> str:
    """Every bundled action icon is a valid SVG that QtSvg draws: in a bundle, proves both shipped.

    (The interface recolours them, app/ui/widgets/icons.py; the self-test sits beside
    the interface in the import contract, so it reads the files itself.)
    """
    _qt_application()
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from app.domain.resources import resources_dir

    paths = sorted((resources_dir() / "icons" / "lucide").glob("*.svg"))
    require(len(paths) > 10, f"Only {len(paths)} action icons were found.")
    blank = []
    for path in paths:
        image = QImage(24, 24, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        QSvgRenderer(str(path)).render(painter)
        painter.end()
        if not any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)):
            blank.append(path.stem)
    require(not blank, f"These icons do not draw: {', '.join(blank)}")
    return f"{len(paths)} icons"


def _qt_application() -> object:
    """Fonts and text layout need a Qt application; no window is ever shown.

    A QApplication (widgets), not only a QGuiApplication, so that loading the
    interface modules can never meet a widget made without one.
    """
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "carnet"])


class Exports:
    """Writes the summary in each format into `folder` and checks what was written."""

    def __init__(self, folder: Path, trip: RoundTrip) -> None:
        self.folder = folder
        self.trip = trip
        self.summary: Summary | None = None

    def build(self) -> str:
        self.summary = self.trip.summary()
        return "the ticked fact, follow-up and detail; no field for hypotheses"

    def _write(self, fmt: ExportFormat) -> bytes:
        from app.export.writers import write_summary

        require(self.summary is not None, "No transmission was built.")
        assert self.summary is not None
        self.folder.mkdir(mode=0o700, exist_ok=True)
        target = self.folder / f"selftest.{fmt.value}"
        data = self.trip.export(self.summary, fmt, target, write_summary).read_bytes()
        require(bool(data), f"The {fmt.value.upper()} file is empty.")
        require(not contains_text(data, self.trip.canary), "The canary is in the file's bytes.")
        return data

    def _check_text(self, text: str, what: str) -> None:
        require(self.trip.fact_word in text, f"The fact is missing from the {what}.")
        require(self.trip.canary not in text, f"The hypothesis canary is in the {what}.")

    def pdf(self) -> str:
        data = self._write(ExportFormat.PDF)
        require(data.startswith(b"%PDF-"), "The PDF file does not start like a PDF.")
        for stream in pdf_streams(data):
            require(not contains_text(stream, self.trip.canary), "The canary is in a PDF stream.")
        self._check_text(pdf_text(data), "PDF's text")
        return "recorded in the register; fact present, canary absent"

    def txt(self) -> str:
        data = self._write(ExportFormat.TXT)
        self._check_text(data.decode("utf-8"), "text file")
        return "recorded in the register; fact present, canary absent"

    def odt(self) -> str:
        self._write(ExportFormat.ODT)
        parts = odt_parts(self.folder / "selftest.odt")
        for part in parts.values():
            require(not contains_text(part, self.trip.canary), "The canary is in an ODT part.")
        self._check_text(odt_text(parts), "ODT's text")
        return "recorded in the register; fact present, canary absent"


def run_self_test(out: TextIO | None = None, workdir: Path | None = None) -> int:
    """Run every step, print one line each; 0 if all held, 1 at the first failure.

    The throw-away vault goes in a new folder under `workdir` (default: the
    system's temporary folder), deleted at the end whatever happens.
    """
    stream = out if out is not None else sys.stdout
    prepare_display()
    started = time.perf_counter()
    _print(stream, f"Carnet {carnet.__version__} self-test")
    root: Path | None = None
    trip: RoundTrip | None = None
    label = "Creating a temporary folder"
    try:
        root = Path(tempfile.mkdtemp(prefix="carnet-selftest-", dir=workdir))
        trip = RoundTrip(root / "vault")
        label = "Starting Qt"
        _qt_application()
        for label, step in _steps(trip, Exports(root / "exports", trip)):
            _print(stream, f"{OK_MARK} {label}: {step()}")
        label = "Deleting the temporary vault"
        trip.close()
        shutil.rmtree(root)
        require(not root.exists(), "The temporary folder is still there.")
        _print(stream, f"{OK_MARK} {label}: done")
    except Exception as exc:  # any failure is reported in one line, never a traceback
        _print(stream, f"{FAIL_MARK} {label}: {_describe(exc)}")
        _print(stream, "Self-test FAILED.")
        return 1
    finally:
        if trip is not None:
            trip.close()
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)
    _print(stream, f"Self-test passed in {time.perf_counter() - started:.1f} s.")
    return 0


def _steps(trip: RoundTrip, exports: Exports) -> list[Step]:
    return [
        ("Process hardening", trip.harden),
        ("Application modules load", load_modules),
        ("Action icons drawn", draw_icons),
        ("Vault created with calibrated key derivation", trip.create),
        ("Private file permissions", trip.private_modes),
        ("Facts and hypotheses written", trip.write),
        ("Locked", trip.lock),
        ("Wrong passphrase", trip.refuse_wrong_passphrase),
        ("Unlocked", trip.unlock),
        ("Search", trip.search),
        ("Transmission built from the ticked items", exports.build),
        ("PDF written", exports.pdf),
        ("Text file written", exports.txt),
        ("ODT written", exports.odt),
        ("Integrity check", trip.integrity),
    ]


def _describe(exc: Exception) -> str:
    if isinstance(exc, SelfTestFailed):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _print(stream: TextIO | None, line: str) -> None:
    """Print even where the console cannot show ✓ (a Windows code page), or there is none."""
    if stream is None:  # a windowed build on Windows has no console
        return
    with contextlib.suppress(OSError):  # a closed pipe must not turn into a traceback
        try:
            stream.write(line + "\n")
        except UnicodeEncodeError:
            stream.write(line.replace(OK_MARK, "OK").replace(FAIL_MARK, "FAIL") + "\n")
        stream.flush()


# Reading exported files back with the standard library -------------------------

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_FONT_REF = re.compile(rb"/([A-Za-z0-9_.+-]+) (\d+) 0 R")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_SHOW = re.compile(rb"/([A-Za-z0-9_.+-]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>")


def pdf_streams(data: bytes) -> list[bytes]:
    """Every stream of the PDF, inflated where it is Flate-compressed."""
    streams = []
    for match in _STREAM.finditer(data):
        raw = match.group(1)
        try:
            streams.append(zlib.decompress(raw))
        except zlib.error:
            streams.append(raw)
    return streams


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def _stream_of(body: bytes) -> bytes:
    match = _STREAM.search(body)
    if match is None:
        return b""
    try:
        return zlib.decompress(match.group(1))
    except zlib.error:
        return match.group(1)


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", errors="replace")


def parse_to_unicode(cmap: bytes) -> dict[int, str]:
    """A ToUnicode CMap's glyph → text map (bfrange with arrays or offsets, bfchar)."""
    mapping: dict[int, str] = {}
    for start, end, target in _BFRANGE.findall(cmap):
        first, last = int(start, 16), int(end, 16)
        if target.startswith(b"["):
            for offset, item in enumerate(_HEX.findall(target)):
                mapping[first + offset] = _utf16(item)
        else:
            base = int(target[1:-1], 16)
            for code in range(first, last + 1):
                mapping[code] = chr(base + code - first)
    for block in _BFCHAR.findall(cmap):
        pairs = _HEX.findall(block)
        for source, target in zip(pairs[::2], pairs[1::2], strict=False):
            mapping[int(source, 16)] = _utf16(target)
    return mapping


def pdf_text(data: bytes) -> str:
    """The text Qt's PDF writer drew, glyph by glyph (two-byte Identity-H codes).

    Enough for the files Carnet itself writes; not a general PDF reader. Spaces
    between words are not drawn as glyphs, so words may run together.
    """
    objects = _objects(data)
    maps: dict[int, dict[int, str]] = {}
    for number, body in objects.items():
        found = _TO_UNICODE.search(body)
        if b"/Font" in body and found and int(found.group(1)) in objects:
            maps[number] = parse_to_unicode(_stream_of(objects[int(found.group(1))]))
    names = {name: maps[int(ref)] for name, ref in _FONT_REF.findall(data) if int(ref) in maps}
    pieces: list[str] = []
    for body in objects.values():
        if b"stream" not in body or b"/Font" in body:
            continue
        content = _stream_of(body)
        if b"Tf" not in content:
            continue
        current: dict[int, str] = {}
        for font, glyphs in _SHOW.findall(content):
            if font:
                current = names.get(font, {})
                continue
            for index in range(0, len(glyphs) - 3, 4):
                pieces.append(current.get(int(glyphs[index : index + 4], 16), ""))
    return "".join(pieces)


def odt_parts(path: Path) -> dict[str, bytes]:
    """Every member of the ODT (a zip archive), uncompressed."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def odt_text(parts: dict[str, bytes]) -> str:
    """The words of every XML part of an ODT, tags dropped."""
    return "\n".join(
        re.sub(r"<[^>]+>", "", data.decode("utf-8"))
        for name, data in parts.items()
        if name.endswith(".xml")
    )
