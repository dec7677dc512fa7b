"""The rich blocks and inlines as HTML elements, for the HTML page and the PDF's page.

Notes go one of two ways. On the HTML page they are an ordered list after the article, each
reference a link to its note and back. In the PDF's page each note is written where it is
called, in an element styled `float: footnote`, so WeasyPrint puts it at the foot of the page
that calls it and numbers the call and the note itself.

Links keep only the schemes a reader can follow safely (http, https, mailto): a `javascript:`
URL from a manuscript becomes plain text. Images are written as `data:` URIs, so the page needs
nothing beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from lxml import etree
from lxml.html import builder as E

from ..media import data_uri, safe_url
from ..model import (
    Block,
    Code,
    CodeBlock,
    Figure,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    Note,
    NoteRef,
    Paragraph,
    Quote,
    Rule,
    Span,
    Styled,
    Table,
    Text,
    label_parts,
)

# The look of the rich blocks, ahead of the house sheet (which may restyle any of it); written
# only into pages of rich documents, so text articles keep their bytes.
RICH_CSS = """
figure { margin: 1em 0; text-align: center; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; text-align: center; margin: 0.3em 0; text-indent: 0; }
table { border-collapse: collapse; margin: 1em auto; }
th, td { border: 1px solid #888; padding: 0.2em 0.6em; text-indent: 0; }
blockquote { margin: 1em 2em; }
pre { white-space: pre-wrap; font-size: 0.85em; text-align: left; }
code, pre { font-family: "Noto Sans Mono", "Liberation Mono", "DejaVu Sans Mono", monospace; }
li > p { text-indent: 0; margin: 0; }
ol.labelled, ul.labelled { list-style: none; padding-left: 0; }
.labelled .labelled { padding-left: 2em; }
hr { border: none; border-top: 1px solid #888; margin: 1.5em 20%; }
.footnote { font-size: 0.8em; text-indent: 0; text-align: left; }
section.footnotes { border-top: 1px solid #888; margin-top: 2em; font-size: 0.9em; }
"""

_TAGS = {"italic": "em", "bold": "strong", "sup": "sup", "sub": "sub"}


@dataclass(frozen=True)
class Rich:
    """How this page renders notes and images: `notes` by id when they float at the call."""

    media: Mapping[str, bytes]
    notes: Mapping[str, Note] | None = None  # set for the PDF's page: notes at the call


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def add_inlines(parent: etree._Element, inlines: tuple[Inline, ...], rich: Rich) -> None:
    for inline in inlines:
        if isinstance(inline, Text):
            _append_text(parent, inline.text)
        elif isinstance(inline, LineBreak):
            etree.SubElement(parent, "br")
        elif isinstance(inline, Styled):
            add_inlines(etree.SubElement(parent, _TAGS[inline.style]), inline.children, rich)
        elif isinstance(inline, Code):
            etree.SubElement(parent, "code").text = inline.text
        elif isinstance(inline, Link):
            link = etree.SubElement(parent, "a")
            if safe_url(inline.url):
                link.set("href", inline.url)
            add_inlines(link, inline.children, rich)
        elif isinstance(inline, Span):
            add_inlines(etree.SubElement(parent, "span", lang=inline.lang), inline.children, rich)
        elif isinstance(inline, NoteRef):
            _note_call(parent, inline, rich)


def _note_call(parent: etree._Element, ref: NoteRef, rich: Rich) -> None:
    if rich.notes is not None:
        note = rich.notes.get(ref.note)
        if note is None:
            return
        # float: footnote is WeasyPrint's; the call and the marker are numbered by it
        span = etree.SubElement(parent, "span", {"class": "footnote", "style": "float: footnote"})
        for index, paragraph in enumerate(_note_paragraphs(note)):
            if index:
                etree.SubElement(span, "br")
            add_inlines(span, paragraph.content, rich)
        return
    link = etree.SubElement(
        parent, "a", {"class": "footnote-ref", "href": f"#{ref.note}", "id": f"{ref.note}-ref"}
    )
    link.set("role", "doc-noteref")
    etree.SubElement(link, "sup").text = ref.label


def _note_paragraphs(note: Note) -> list[Paragraph]:
    return [block for block in note.children if isinstance(block, Paragraph)]


def _rows(parent: etree._Element, rows: tuple, cell: str, rich: Rich) -> None:
    for row in rows:
        tr = etree.SubElement(parent, "tr")
        for content in row:
            add_inlines(etree.SubElement(tr, cell), content, rich)


BodyItems = Callable[[tuple[Block, ...], str], list[etree._Element]]


def rich_block(block: Block, lang: str, rich: Rich, items: BodyItems) -> etree._Element | None:
    """The element of a block other than a paragraph or section (`items` renders children)."""
    if isinstance(block, ListBlock):
        element = E.OL() if block.ordered else E.UL()
        for item in block.items:
            element.append(E.LI(*items(item, lang)))
        if block.labels:
            label_items(element, block.labels)
        return element
    if isinstance(block, Quote):
        return E.BLOCKQUOTE(*items(block.children, lang))
    if isinstance(block, Table):
        table = E.TABLE()
        if block.head:
            _rows(etree.SubElement(table, "thead"), block.head, "th", rich)
        _rows(etree.SubElement(table, "tbody"), block.rows, "td", rich)
        if not block.caption:
            return table
        # a figure rather than <caption>: a table's caption is only as wide as the table,
        # which squeezes a caption longer than a narrow table's columns onto several lines
        figure = E.FIGURE(E.CLASS("table"))
        add_inlines(etree.SubElement(figure, "figcaption"), block.caption, rich)
        figure.append(table)
        return figure
    if isinstance(block, Figure):
        figure = E.FIGURE()
        uri = data_uri(rich.media.get(block.src, b""))
        if uri:
            figure.append(E.IMG(src=uri, alt=block.alt))
        else:  # the image did not come with the document: its description stands in
            figure.append(E.P(block.alt, E.CLASS("alt-text")))
        if block.caption:
            add_inlines(etree.SubElement(figure, "figcaption"), block.caption, rich)
        return figure
    if isinstance(block, CodeBlock):
        return E.PRE(E.CODE(block.text))
    if isinstance(block, Rule):
        return E.HR()
    return None


def label_items(element: etree._Element, labels: tuple[str, ...], styled: bool = False) -> None:
    """A plain-text list's own markers (`（一）`, `1.`, `•`) as the text printed them, in place of
    the reader's numbering: a `span class="label"` opening each item's first paragraph, then the
    space the text had after the marker (`1. 目前` keeps it, `1.目前` has none), the list
    unnumbered (`ol.labelled` in RICH_CSS; `styled`: by its own `style`, for the EPUB's pages,
    which have the house sheet only). Works on HTML and on XHTML."""
    namespace = etree.QName(element).namespace
    span_tag = f"{{{namespace}}}span" if namespace else "span"
    element.set("class", "labelled")
    if styled:
        nested = any(etree.QName(a).localname == "li" for a in element.iterancestors())
        element.set("style", f"list-style: none; padding-left: {'2em' if nested else '0'}")
    items = [li for li in element if etree.QName(li).localname == "li"]
    for li, label in zip(items, labels, strict=False):
        first = li[0] if len(li) and etree.QName(li[0]).localname == "p" else li
        span = etree.Element(span_tag, {"class": "label"})
        span.text, gap = label_parts(label)
        span.tail = gap + (first.text or "")
        first.text = None
        first.insert(0, span)


def notes_section(notes: tuple[Note, ...], lang: str, rich: Rich) -> etree._Element:
    """The page's notes: a list after the article, each with a link back to its call."""
    ordered = E.OL()
    for note in notes:
        item = E.LI(id=note.id)
        paragraphs = _note_paragraphs(note)
        for index, paragraph in enumerate(paragraphs):
            p = etree.SubElement(item, "p")
            add_inlines(p, paragraph.content, rich)
            if index == len(paragraphs) - 1:
                back = etree.SubElement(p, "a", {"href": f"#{note.id}-ref", "role": "doc-backlink"})
                back.text = "↩"
                back.tail = None
        ordered.append(item)
    labels = tuple(note.label for note in notes)
    if labels != tuple(str(n) for n in range(1, len(notes) + 1)):
        # a text's own `[1]`, `②`: as its calls show them, a space before the note's text
        label_items(ordered, tuple(f"{label} " for label in labels))
    section = E.SECTION(ordered, E.CLASS("footnotes"), lang=lang)
    section.set("role", "doc-endnotes")
    return section
