"""What an HTML page shows, read back with lxml.

Used by the fidelity tests to check that every heading and paragraph of the Document reached the
page as text (not as markup), in order.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

# Elements whose content is never shown as text.
_INVISIBLE = ("head", "script", "style", "template", "noscript")

# Elements that start a new line; a newline is put after each so words of adjacent blocks do not
# run together ("标题" + "正文" must not become one token for an English paragraph).
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
        *("hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"),
    }
)


def parse_html(data: bytes) -> lxml.html.HtmlElement:
    """The page as an lxml tree (the encoding is taken from the page's own <meta charset>)."""
    return lxml.html.document_fromstring(data)


def html_text(data: bytes) -> str:
    """The visible text of the page's <body>, one line per block, entities decoded.

    Whitespace is collapsed as a browser does (runs become one space, blank lines vanish); <pre>
    is not special-cased, since Galley's pages have none.
    """
    root = parse_html(data)
    for tag in _INVISIBLE:
        for element in root.iter(tag):
            element.drop_tree()
    for element in root.xpath("//*[@hidden]"):
        element.drop_tree()
    body = root.find("body")
    if body is None:
        return ""
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    text = etree.tostring(body, method="text", encoding="unicode", with_tail=False)
    text = text.replace("\u2060", "")  # WORD JOINERs (convert/writers/clreq.py) show nothing
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)
