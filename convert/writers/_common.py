"""What several writers write alike: the date format and the article's title block."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from ..model import Document

# A JATS @content-type becomes a CSS class only when it is a plain token; anything else is dropped
# rather than escaped, because a class attribute with spaces would silently become several classes.
CLASS_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


def iso_date(epoch: int) -> str:
    """A W3C/ISO 8601 date and time in UTC (`2000-01-01T00:00:00Z`), so no local time leaks."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def title_block(doc: Document) -> list[tuple[str, str]]:
    """The front matter in Chinese news order, as (role, text): kicker (引题), title (主题),
    subtitle (副题) and byline, each only when the article has it (the title always).

    The role is the HTML class of the line in the page and the EPUB title page, and names its
    DOCX paragraph style, so every format shows the same lines in the same order.
    """
    block = [("kicker", doc.kicker)] if doc.kicker else []
    block.append(("title", doc.title))
    if doc.subtitle:
        block.append(("subtitle", doc.subtitle))
    if doc.contributors:
        block.append(("byline", doc.byline()))
    return block
