"""WordprocessingML names for lxml, and the parser and serializer python-docx uses for a part.

The paragraphs of an article and the package of a plain one are made with lxml alone (`content`,
`plain`): importing python-docx imports its whole API, every element class and the image
parsers, a large part of a cold call that writes a few paragraphs. With the same parser
settings and serializer as python-docx's, a part read and written here has the bytes python-docx
would give it (tests compare the two).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSMAP = {"w": W_NS}  # what python-docx's `OxmlElement("w:…")` declares on a new element
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# python-docx's `oxml_parser` (docx/oxml/parser.py), less its element classes
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def w(local: str) -> str:
    """The Clark name of a `w:` element or attribute: `w("p")` is python-docx's `qn("w:p")`."""
    return f"{{{W_NS}}}{local}"


def parse_part(data: bytes) -> Any:
    return etree.fromstring(data, PARSER)


def serialize_part(root: Any) -> bytes:
    """python-docx's `serialize_part_xml`: a declaration saying standalone, no added blanks."""
    return etree.tostring(root, encoding="UTF-8", standalone=True)
