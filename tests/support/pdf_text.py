"""What a PDF says, read back with poppler's command-line tools and pypdf.

The fidelity tests never compare PDF bytes: they extract the text, fonts and outline and compare
those with the Document. pdftotext is used rather than pdfminer because it is what an editor's
tools (and most search indexes) see; pdfminer is the fallback where poppler is not installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

_WHITESPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text without any whitespace: line breaks in a PDF fall anywhere, even inside a word."""
    return _WHITESPACE.sub("", text)


def missing_in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in order in the haystack, both compared whitespace-free.

    Each needle is searched after the end of the previous one found, so running heads and page
    numbers may interleave, but a paragraph that moved or vanished is reported.
    """
    text = squash(haystack)
    position = 0
    missing: list[str] = []
    for needle in needles:
        found = text.find(squash(needle), position)
        if found < 0:
            missing.append(needle)
        else:
            position = found + len(squash(needle))
    return missing


# WeasyPrint ends a line it hyphenated with U+2010 HYPHEN (CSS `hyphenate-character: auto`), not
# the ASCII hyphen-minus of the text, so a break after U+2010 is the renderer's, not the author's.
_AUTO_HYPHEN_BREAK = re.compile("\u2010[ \t]*\n[ \t]*")


def join_hyphenated(text: str) -> str:
    """The text with the renderer's own hyphenation undone: `con‐\nsequences` → `consequences`.

    >>> join_hyphenated("con\u2010\nsequences, well-\nknown")
    'consequences, well-\nknown'
    """
    return _AUTO_HYPHEN_BREAK.sub("", text)


def _run_on(data: bytes, command: list[str], *after: str) -> str:
    """Run a poppler tool on the PDF, written to a temporary file (older ones cannot read stdin)."""
    with tempfile.TemporaryDirectory(prefix="galley-test-") as folder:
        path = Path(folder) / "in.pdf"
        path.write_bytes(data)
        result = subprocess.run([*command, str(path), *after], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def pdf_text(data: bytes) -> str:
    """The text of every page, pages separated by form feeds (\\f), in reading order."""
    if shutil.which("pdftotext"):
        return _run_on(data, ["pdftotext", "-enc", "UTF-8"], "-")
    from pdfminer.high_level import extract_text  # fallback: slower, same reading order here

    return extract_text(io.BytesIO(data))


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page (the trailing empty piece after the last form feed dropped)."""
    pages = pdf_text(data).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


_FONT_ROW = re.compile(
    r"^(?P<name>\S+)\s+(?P<type>.+?)\s+(?P<encoding>\S+)"
    r"\s+(?P<emb>yes|no)\s+(?P<sub>yes|no)\s+(?P<uni>yes|no)\s+(?P<object>\d+\s+\d+)\s*$"
)


def pdf_fonts(data: bytes) -> list[dict[str, str]]:
    """`pdffonts` as records with the keys name, type, encoding, emb, sub, uni and object.

    Rows are matched rather than cut at fixed columns: the type has spaces in it ("CID Type 0C
    (OT)") and a long font name pushes the other columns to the right.
    """
    rows = _run_on(data, ["pdffonts"]).splitlines()[2:]
    records: list[dict[str, str]] = []
    for row in rows:
        match = _FONT_ROW.match(row)
        if match is None:
            raise ValueError(f"unexpected pdffonts row: {row!r}")
        records.append(match.groupdict())
    return records


def pdf_outline(data: bytes) -> list[tuple[int, str]]:
    """The bookmarks as (depth, title) in document order; depth 0 is the top level."""
    from pypdf import PdfReader

    found: list[tuple[int, str]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title)))

    walk(PdfReader(io.BytesIO(data)).outline, 0)
    return found
