"""The HTML writer: a standalone, self-contained HTML5 page (and the PDF writer's input).

The page is built as an lxml tree rather than by string formatting, so article text can never
turn into markup: `<script>` in a paragraph stays four visible characters. Every block element
carries a `lang` attribute, because Pango (in WeasyPrint) and browsers choose line-breaking rules
and Simplified versus Traditional glyphs from the language of the element itself, and an element
without one would fall back to whatever the renderer guesses.

The style's CSS is inlined in a `<style>` element so the page needs nothing beside it, and no
wall-clock date is written: the same Document and options always give the same bytes.
"""

from __future__ import annotations

import lxml.html
from lxml import etree
from lxml.html import builder as E

from ..errors import WriterError
from ..model import Block, Document, Paragraph, Section
from . import Style, WriteOptions, clreq
from ._common import CLASS_TOKEN, iso_date, title_block
from .html_blocks import RICH_CSS, Rich, add_inlines, notes_section, rich_block

GENERATOR = "Galley"



def load_css(style: Style) -> str:
    """The style's sheet, checked so that it cannot close the `<style>` element it goes in."""
    path = style.css_path
    try:
        css = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise WriterError(
            f"cannot read the style sheet of style {style.name!r} ({error}); "
            f"check that {path} exists and is UTF-8",
            path,
        ) from error
    if "</style" in css.lower():
        raise WriterError(
            "the style sheet contains '</style', which would end the page's <style>", path
        )
    return css


def heading_tag(level: int) -> str:
    """h2 for a top-level section, h3 for the next level, h4 for everything deeper.

    h1 is the article title alone; HTML has only six levels and news never goes deep, so levels
    beyond three share h4 rather than running out of tags.
    """
    return f"h{min(max(level, 1) + 1, 4)}"


def _paragraph(paragraph: Paragraph, inherited_lang: str, rich: Rich) -> etree._Element:
    if paragraph.inlines:
        element = E.P(lang=paragraph.lang or inherited_lang)
        add_inlines(element, paragraph.inlines, rich)
    else:
        element = E.P(paragraph.text, lang=paragraph.lang or inherited_lang)
    if paragraph.kind and CLASS_TOKEN.match(paragraph.kind):
        element.set("class", paragraph.kind)
    return element


def _section(section: Section, inherited_lang: str, rich: Rich) -> etree._Element:
    # A paragraph without its own language takes its section's, as xml:lang inherits in JATS.
    lang = section.lang or inherited_lang
    element = E.SECTION(lang=lang)
    heading = etree.SubElement(element, heading_tag(section.level), lang=lang)
    if section.heading:
        add_inlines(heading, section.heading, rich)
    else:
        heading.text = section.title
    element.extend(_body_items(section.children, lang, rich))
    return element


def _body_items(items: tuple[Block, ...], lang: str, rich: Rich) -> list[etree._Element]:
    def inner(children: tuple[Block, ...], inner_lang: str) -> list[etree._Element]:
        return _body_items(children, inner_lang, rich)

    out: list[etree._Element] = []
    for item in items:
        if isinstance(item, Section):
            out.append(_section(item, lang, rich))
        elif isinstance(item, Paragraph):
            out.append(_paragraph(item, lang, rich))
        else:
            element = rich_block(item, lang, rich, inner)
            if element is not None:
                out.append(element)
    return out


def _header(doc: Document) -> etree._Element:
    header = E.HEADER(lang=doc.lang)
    for role, text in title_block(doc):
        make = E.H1 if role == "title" else E.P
        header.append(make(text, E.CLASS(role), lang=doc.lang))
    return header


# the licence after the text, set apart and small, as a book's imprint
LICENCE_CSS = (
    "footer.licence { border-top: 1px solid #888; margin-top: 3em; font-size: 0.8em; }\n"
    "footer.licence p { text-indent: 0; }\n"
)


def _head(doc: Document, css: str | None, *, dated_epoch: int | None) -> etree._Element:
    head = E.HEAD(E.META(charset="utf-8"), E.TITLE(doc.title))
    head.append(E.META(name="viewport", content="width=device-width, initial-scale=1"))
    head.append(E.META(name="generator", content=GENERATOR))
    for contributor in doc.contributors:
        head.append(E.META(name="author", content=contributor.name))
    if dated_epoch is not None:
        date = iso_date(dated_epoch)
        head.append(E.META(name="dcterms.created", content=date))
        head.append(E.META(name="dcterms.modified", content=date))
    if doc.is_rich():
        head.append(E.STYLE(RICH_CSS))
    if doc.licence:
        head.append(E.STYLE(LICENCE_CSS))
    if css is not None:  # the house sheet, after the rules of clreq's spans it may restyle
        head.append(E.STYLE(clreq.CLREQ_CSS))
        head.append(E.STYLE(css))
    return head


def build_html_tree(
    doc: Document,
    options: WriteOptions,
    *,
    with_dates: bool = False,
    with_css: bool = True,
    notes_at_call: bool = False,
) -> etree._Element:
    """The page as an lxml `<html>` element (the PDF writer renders this same tree).

    `with_dates` adds `dcterms.created`/`modified` from `options.source_date_epoch`. The PDF writer
    asks for them so that its /CreationDate is fixed rather than absent; the HTML page leaves them
    out because a build date says nothing about the article. `with_css=False` leaves the style
    sheet out: the PDF writer applies it from a copy it parsed once (`pdf_page`).
    `notes_at_call` writes each note where it is called, for the PDF's page-foot notes
    (`html_blocks`); otherwise the notes follow the article.
    """
    css = load_css(options.style_for(doc.lang)) if with_css else None
    epoch = options.source_date_epoch if with_dates else None
    try:
        by_id = {note.id: note for note in doc.notes} if notes_at_call else None
        rich = Rich(doc.media, by_id)
        article = E.ARTICLE(_header(doc), *_body_items(doc.body, doc.lang, rich), lang=doc.lang)
        if doc.notes and not notes_at_call:
            article.append(notes_section(doc.notes, doc.lang, rich))
        if doc.licence:  # the terms the text is published under, after it (`Document.licence`)
            article.append(E.FOOTER(*(E.P(text) for text in doc.licence), E.CLASS("licence")))
        return clreq.apply(
            E.HTML(_head(doc, css, dated_epoch=epoch), E.BODY(article, lang=doc.lang), lang=doc.lang)
        )
    except ValueError as error:  # lxml refuses control characters that XML cannot hold
        raise WriterError(f"the article holds text HTML cannot carry: {error}") from error


_CONTAINERS = frozenset({"html", "head", "body", "article", "header", "section", "footer"})
_LINE_ENDED = _CONTAINERS | {"meta", "title", "style", "p", "h1", "h2", "h3", "h4", "h5", "h6"}
_LINE_ENDED |= {"ul", "ol", "li", "blockquote", "table", "tr", "figure", "pre", "hr"}


def serialize(root: etree._Element) -> bytes:
    """UTF-8 HTML with one block per line, so diffs of two renders are readable.

    The newlines are set as text and tails on the tree itself (a tree from `build_html_tree` is
    built for one serialization).

    lxml's own pretty printer knows only HTML 4 blocks and leaves `<section>` runs on one line;
    whitespace between blocks is insignificant in HTML, so the newlines are added here instead.
    """
    for element in root.iter():
        if element.tag in _CONTAINERS and not element.text:
            element.text = "\n"
        if element.tag in _LINE_ENDED and element is not root:
            element.tail = "\n"
    return lxml.html.tostring(root, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")


def pdf_page(doc: Document, options: WriteOptions) -> bytes:
    """The page the PDF writer renders: this writer's page with dates and without its `<style>`.

    WeasyPrint would parse an inline sheet afresh for every article, a good part of a PDF's
    cost; the PDF writer applies the style's sheet from a copy it parsed once per process.
    """
    tree = build_html_tree(doc, options, with_dates=True, with_css=False, notes_at_call=True)
    return serialize(tree)


def render(doc: Document, options: WriteOptions) -> bytes:
    """The standalone HTML5 page, UTF-8."""
    return serialize(build_html_tree(doc, options))
