"""What a document points at: images (which kinds Galley accepts, by their first bytes, never by
a name, and how a page embeds one: `data:` URIs, so every format is self-contained) and links
(only the schemes a reader can follow safely)."""

from __future__ import annotations

import base64

IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def image_type(data: bytes) -> str | None:
    """The media type of a PNG, JPEG or GIF, from its first bytes; None for anything else.

    >>> image_type(b"GIF89a...") , image_type(b"<svg/>")
    ('image/gif', None)
    """
    return next((kind for magic, kind in IMAGE_TYPES if data.startswith(magic)), None)


def data_uri(data: bytes) -> str | None:
    kind = image_type(data)
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}" if kind else None


SAFE_SCHEMES = ("http://", "https://", "mailto:")


def safe_url(url: str) -> bool:
    """http, https and mailto: a `javascript:` or `file:` link from a manuscript is never kept.

    >>> safe_url("https://example.org"), safe_url(" JavaScript:alert(1)")
    (True, False)
    """
    return url.strip().lower().startswith(SAFE_SCHEMES)
