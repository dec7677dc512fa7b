"""Inline markup both ways: the model's inlines as JATS mixed content, and back.

A hard line break is U+2028 in the text (`model.LINE_SEPARATOR`): JATS 1.1 allows `<break/>` in
titles and cells but not in `<p>`, and a character needs no element the profile must allow.
"""

from __future__ import annotations

from lxml import etree

from ..model import (
    LINE_SEPARATOR,
    STYLES,
    Code,
    Inline,
    LineBreak,
    Link,
    NoteRef,
    Span,
    Styled,
    Text,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def add_inlines(parent: etree._Element, inlines: tuple[Inline, ...]) -> None:
    """Append the inlines to `parent` as mixed content."""
    for inline in inlines:
        if isinstance(inline, Text):
            _append_text(parent, inline.text)
        elif isinstance(inline, LineBreak):
            _append_text(parent, LINE_SEPARATOR)
        elif isinstance(inline, Styled):
            add_inlines(etree.SubElement(parent, inline.style), inline.children)
        elif isinstance(inline, Code):
            etree.SubElement(parent, "monospace").text = inline.text
        elif isinstance(inline, Link):
            link = etree.SubElement(parent, "ext-link", {"ext-link-type": "uri"})
            link.set(XLINK_HREF, inline.url)
            add_inlines(link, inline.children)
        elif isinstance(inline, NoteRef):
            xref = etree.SubElement(parent, "xref", {"ref-type": "fn", "rid": inline.note})
            xref.text = inline.label
        elif isinstance(inline, Span):
            span = etree.SubElement(parent, "styled-content")
            span.set(XML_LANG, inline.lang)
            add_inlines(span, inline.children)


def _text_inlines(text: str | None) -> list[Inline]:
    if not text:
        return []
    out: list[Inline] = []
    for index, piece in enumerate(text.split(LINE_SEPARATOR)):
        if index:
            out.append(LineBreak())
        if piece:
            out.append(Text(piece))
    return out


def _merge(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Adjacent text runs as one (the builder's runs may have been cut by a comment, say)."""
    merged: list[Inline] = []
    for inline in inlines:
        if merged and isinstance(inline, Text) and isinstance(merged[-1], Text):
            merged[-1] = Text(merged[-1].text + inline.text)
        else:
            merged.append(inline)
    return tuple(merged)


def read_inlines(element: etree._Element) -> tuple[Inline, ...]:
    """The element's mixed content as inlines; unknown elements give their text."""
    out = _text_inlines(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in STYLES:
            out.append(Styled(tag, read_inlines(child)))
        elif tag == "monospace":
            out.append(Code("".join(str(t) for t in child.itertext())))
        elif tag == "ext-link":
            out.append(Link(child.get(XLINK_HREF, ""), read_inlines(child)))
        elif tag == "xref" and child.get("ref-type") == "fn":
            label = "".join(str(t) for t in child.itertext())
            out.append(NoteRef(child.get("rid", ""), label))
        elif tag == "styled-content" and child.get(XML_LANG):
            out.append(Span(child.get(XML_LANG, ""), read_inlines(child)))
        elif tag:
            out.extend(read_inlines(child))
        out.extend(_text_inlines(child.tail))
    return _merge(out)


def is_plain(inlines: tuple[Inline, ...]) -> bool:
    """Nothing but one text run: what a paragraph of a text input holds."""
    return len(inlines) <= 1 and all(isinstance(i, Text) for i in inlines)
