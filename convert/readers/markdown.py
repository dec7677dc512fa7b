"""The Markdown reader: CommonMark with pandoc's extensions, read by pandoc with source positions.

`commonmark_x+sourcepos` puts the line and column of every text piece on it, which is what lets
a repair be located as `file:line:column` of the Markdown; `-smart`, because deciding on quotes
and dashes is the repair passes' work, not the reader's. The file is decoded as a text input
is (any encoding), then given to pandoc as UTF-8 on stdin, in its sandbox.

Pandoc's Markdown has no table captions in CommonMark; a paragraph right after a table that
starts `: ` or `Table: ` (pandoc's own Markdown syntax) is taken as its caption.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..engines.pandoc import read_to_json
from ..errors import InputError
from ..model import Paragraph, Table, Text
from .images import load_images, settle_figures
from .pandoc_ast import Converter
from .rich import DraftBlock, RichSource, SourcedText
from .sourced import line_column, line_starts
from .text import read as read_text

FORMAT = "commonmark_x+sourcepos-smart"
CAPTION_MARKS = (": ", "Table: ", "表: ", "表：")


def read(path: Path) -> RichSource:
    decoded = read_text(path)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if text.lstrip("\ufeff \t\n").lower().startswith(("<!doctype html", "<html")):
        raise InputError(
            "is an HTML page, not Markdown; give it the extension .html, or choose its "
            "format with --from",
            path,
        )
    ast = read_to_json(text.encode("utf-8"), FORMAT, path)
    starts = line_starts(text)
    converter = Converter(starts)
    blocks = captions(tuple(converter.blocks(ast.get("blocks", []))))
    media, notices = load_images(path, converter.images)
    blocks, media = settle_figures(blocks, media)
    return RichSource(
        decoded=replace(decoded, text=text),
        blocks=blocks,
        notes=tuple(converter.notes),
        media=media,
        notices=(*converter.notices, *notices),
        title=meta_title(ast.get("meta", {})),
        locate=lambda offset: line_column(starts, offset),
    )


def meta_title(meta: dict[str, object]) -> str:
    """The `title` of a YAML metadata block, as plain text."""
    title = meta.get("title")
    if not isinstance(title, dict):
        return ""
    words: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Str":
                words.append(str(node.get("c", "")))
            elif node.get("t") in ("Space", "SoftBreak"):
                words.append(" ")
            else:
                walk(node.get("c"))
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(title)
    return "".join(words).strip()


def captions(blocks: tuple[DraftBlock, ...]) -> tuple[DraftBlock, ...]:
    """A `: caption` paragraph right after a table becomes the table's caption."""
    out: list[DraftBlock] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(previous, Table) and not previous.caption and isinstance(block, Paragraph):
            first = block.content[0] if block.content else None
            mark = next(
                (m for m in CAPTION_MARKS if isinstance(first, Text) and first.text.startswith(m)),
                None,
            )
            if mark and isinstance(first, Text):
                rest = _cut(first, len(mark))
                out[-1] = replace(previous, caption=(*rest, *block.content[1:]))
                continue
        out.append(block)
    return tuple(out)


def _cut(run: Text, count: int) -> tuple[Text, ...]:
    if not run.text[count:]:
        return ()
    if isinstance(run, SourcedText) and run.offsets:
        return (SourcedText(run.text[count:], run.offsets[count:]),)
    return (Text(run.text[count:]),)
