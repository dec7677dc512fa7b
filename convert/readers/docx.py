"""The DOCX reader: pandoc's DOCX reader, behind Galley's own checks of the package.

Before pandoc sees it, the file is opened as the zip it must be, and refused when it is not a
Word document, when it would unpack to more than MAX_UNPACKED bytes or any member expands more
than MAX_RATIO times (a zip bomb), or when it has too many members. Relationships that point
outside the package (a linked template, image or frame; hyperlinks aside) are reported: pandoc
runs in its sandbox and fetches none of them.

Tracked changes are read with `--track-changes=all`, so each insertion and deletion reaches the
draft marked: it is accepted and reported with its author, never accepted silently.

Locations: pandoc drops Word's bookmarks, so each text run is found in the document's own
paragraphs (`align`): a repair is located as paragraph N, character M (counting the body's
paragraphs, table cells included, then the footnotes'), which the reports print as `N:M`.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

from ..engines.pandoc import read_to_json
from ..errors import InputError
from ..media import image_type
from .align import Aligner
from .encodings import Decoded
from .markdown import meta_title
from .pandoc_ast import Converter
from .rich import Notice, RichSource
from .sourced import line_column, line_starts
from .text import BINARY_SIGNATURES

FORMAT = "docx"
QUOTE_BEFORE, QUOTE_AFTER = 6, 10  # characters quoted around a change
MAX_UNPACKED = 256 * 2**20
MAX_RATIO = 200
MAX_MEMBERS = 5_000
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def what_it_is(data: bytes) -> str:
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            return what
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "an HTML page"
    return "text" if b"\0" not in data[:4096] else "a binary file"


def open_package(data: bytes, path: Path | None) -> zipfile.ZipFile:
    """The zip, checked: a Word document, not a bomb."""
    if not data.startswith(b"PK\x03\x04"):
        raise InputError(
            f"is not a Word document (.docx): this is {what_it_is(data)}; "
            "give it its own extension or choose its format with --from",
            path,
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except zipfile.BadZipFile as error:
        raise InputError(
            f"is a damaged zip, not a readable Word document ({error})", path
        ) from None
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        kind = "an EPUB" if "mimetype" in names else "another kind of archive"
        raise InputError(f"is a zip but not a Word document (no word/document.xml): {kind}", path)
    if len(members) > MAX_MEMBERS:
        raise InputError(f"holds {len(members)} parts, more than a document has", path)
    total = sum(m.file_size for m in members)
    bomb = [m.filename for m in members if m.file_size > MAX_RATIO * max(m.compress_size, 1)]
    if total > MAX_UNPACKED or bomb:
        raise InputError(
            f"would unpack to {total / 2**20:.0f} MiB"
            + (f" ({bomb[0]} expands {MAX_RATIO}+ times)" if bomb else "")
            + ": refused as a possible zip bomb",
            path,
        )
    return package


def _xml(package: zipfile.ZipFile, name: str) -> etree._Element | None:
    try:
        return etree.fromstring(package.read(name), _PARSER)
    except KeyError:
        return None
    except etree.XMLSyntaxError:
        return None


def paragraph_texts(root: etree._Element | None) -> list[str]:
    """The text of each `w:p` in document order (deleted text left out, as accepted); in the
    footnotes part, of the notes themselves (not the separators Word keeps there)."""
    if root is None:
        return []
    texts: list[str] = []
    for p in root.iter(f"{W}p"):
        note = next(p.iterancestors(f"{W}footnote"), None)
        if note is not None and note.get(f"{W}type"):
            continue
        parts: list[str] = []
        for node in p.iter(f"{W}t", f"{W}tab", f"{W}br"):
            if node.tag == f"{W}t":
                parts.append(node.text or "")
            else:
                parts.append("\t" if node.tag == f"{W}tab" else "\u2028")
        texts.append("".join(parts))
    return texts


def external_relationships(package: zipfile.ZipFile) -> list[Notice]:
    notices: list[Notice] = []
    for name in sorted(n for n in package.namelist() if n.endswith(".rels")):
        root = _xml(package, name)
        if root is None:
            continue
        for rel in root.iter(f"{REL}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if rel.get("TargetMode") == "External" and kind != "hyperlink":
                notices.append(
                    Notice(-1, "external-resource", f"an external {kind} is not fetched",
                           rel.get("Target", "")[:80])
                )  # fmt: skip
    return notices


def media_of(package: zipfile.ZipFile, sources: list[str]) -> dict[str, bytes]:
    """The images pandoc names `media/rIdN.ext`, read from the package through their relationship."""
    rels = _xml(package, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{REL}Relationship")} if (
        rels is not None
    ) else {}  # fmt: skip
    media: dict[str, bytes] = {}
    for src in sources:
        match = re.fullmatch(r"media/(rId\d+)\.\w+", src)
        # pandoc names an image by its relationship, or else by its part's own name
        target = targets.get(match.group(1)) if match else src
        if not target or target.startswith(("/", "..")) or "://" in target or ".." in target:
            continue
        try:
            data = package.read(f"word/{target}")
        except KeyError:
            continue
        if image_type(data):
            media[src] = data
    return media


def read(path: Path) -> RichSource:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot be read: {error.strerror}", path) from None
    with open_package(data, path) as package:
        body = paragraph_texts(_xml(package, "word/document.xml"))
        notes = paragraph_texts(_xml(package, "word/footnotes.xml"))
        notices = external_relationships(package)
        ast = read_to_json(data, FORMAT, path, ["--track-changes=all"])
        text = "\n".join([*body, *notes])
        starts = line_starts(text)
        converter = Converter(starts)
        blocks = tuple(converter.blocks(ast.get("blocks", [])))
        media = media_of(package, converter.images)
    aligner = Aligner(text)
    blocks = aligner.blocks(blocks)
    found_notes = aligner.notes(tuple(converter.notes))
    for src in converter.images:
        if src not in media:
            notices.append(Notice(-1, "image-not-read", "an image not inside the document", src))
    return RichSource(
        decoded=Decoded(text, "utf-8", 1.0, "docx"),
        blocks=blocks,
        notes=found_notes,
        media=media,
        notices=(*notices, *converter.notices),
        title=meta_title(ast.get("meta", {})),  # a paragraph in Word's Title style
        locate=lambda offset: line_column(starts, offset),
        describe=lambda offset: quoted(text, starts, offset),
    )


def quoted(text: str, starts: list[int], offset: int) -> str:
    """`paragraph N, character M: “…”`, quoting the paragraph from a little before the place."""
    line, column = line_column(starts, offset)
    paragraph = text.split("\n", line)[line - 1] if line <= len(starts) else ""
    begin = max(0, column - 1 - QUOTE_BEFORE)
    quote = paragraph[begin : column - 1 + QUOTE_AFTER].replace("\u2028", "⏎")
    lead = "…" if begin else ""
    tail = "…" if column - 1 + QUOTE_AFTER < len(paragraph) else ""
    return f"paragraph {line}, character {column}: “{lead}{quote}{tail}”"
