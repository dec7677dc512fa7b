"""Repaired text to a typed document: title, kicker, subtitle, byline, lead, sections, paragraphs.

The result is the same `Document` model the writers read, built here from the text and then, after
the JATS round trip, read back from the validated XML; the writers only ever see the second one.
The front matter (`front`) is read off the first blocks, the rest is the body (`body`: headings
and paragraphs in sections); `language` tags the article and any paragraph in another language.
"""

from __future__ import annotations

from ..blocks import split_blocks
from ..config import Config
from ..model import Document
from .body import build_body
from .front import front_matter, parse_byline
from .gutenberg import split_gutenberg
from .language import detect_language

__all__ = ["build_document", "detect_language", "parse_byline"]


def build_document(
    text: str, config: Config | None = None, fallback_title: str = "", *, headline: bool = False
) -> Document:
    """`headline`: the reader saw that the first block is set as a headline (a PDF's largest
    type in its first band), so it is the title whatever its words."""
    config = config or Config()
    texts = [b.text for b in split_blocks(text)]
    lang = detect_language(text)
    licence: tuple[str, ...] = ()
    known_title = ""
    book = split_gutenberg(texts)
    if book is not None:  # the header names the book; the header and footer are its licence
        texts, licence, known_title = book.body, book.licence, book.title
    front, rest = front_matter(texts, lang, config, headline=headline, known_title=known_title)
    is_news = any("记者" in c.role or "通讯员" in c.role for c in front.contributors)
    body, notes = build_body(rest, config, lang, lead=is_news)
    return Document(
        lang=lang,
        article_type="news" if is_news else "other",
        title=front.title or fallback_title,
        subtitle=front.subtitle,
        kicker=front.kicker,
        contributors=front.contributors,
        body=body,
        notes=notes,
        licence=licence,
    )
