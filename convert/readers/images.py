"""The images a manuscript names, read for its figures, safely.

Only files beside the manuscript (in its folder or below) are read, only PNG, JPEG and GIF as
their first bytes say, and only up to MAX_IMAGE_BYTES each: a manuscript from elsewhere must not
be able to pull `/etc/passwd` or a remote URL into the outputs. Anything refused is reported,
and its figure shows its description instead.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..media import image_type
from ..model import Block, Figure, ListBlock, Quote
from .rich import DraftBlock, Heading, Notice

MAX_IMAGE_BYTES = 20 * 2**20


def load_images(path: Path, sources: list[str]) -> tuple[dict[str, bytes], list[Notice]]:
    media: dict[str, bytes] = {}
    notices: list[Notice] = []
    folder = path.resolve().parent
    for src in dict.fromkeys(sources):
        problem, data = _load(folder, src)
        if data is not None:
            media[src] = data
        else:
            notices.append(Notice(-1, "image-not-read", problem, src[:80]))
    return media, notices


def _load(folder: Path, src: str) -> tuple[str, bytes | None]:
    if src.startswith("data:"):
        return _data(src)
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        return "remote images are never fetched; save the image beside the manuscript", None
    target = (folder / unquote(parts.path)).resolve()
    if not target.is_relative_to(folder):
        return "the image is outside the manuscript's folder, which Galley does not read", None
    try:
        size = target.stat().st_size
        if size > MAX_IMAGE_BYTES:
            return f"the image is over {MAX_IMAGE_BYTES // 2**20} MiB", None
        data = target.read_bytes()
    except OSError as error:
        return f"the image cannot be read ({error.strerror})", None
    if image_type(data) is None:
        return "not a PNG, JPEG or GIF image", None
    return "", data


def _data(src: str) -> tuple[str, bytes | None]:
    """An image inside the page itself, as a base64 `data:` URI."""
    header, _, payload = src.partition(",")
    if not header.endswith(";base64") or len(payload) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        return "a data: image that is not base64, or too big", None
    try:
        data = base64.b64decode(payload, validate=True)
    except ValueError:
        return "a data: image that does not decode", None
    return ("", data) if image_type(data) else ("not a PNG, JPEG or GIF image", None)


def settle_figures(
    blocks: tuple[DraftBlock, ...], media: dict[str, bytes]
) -> tuple[tuple[DraftBlock, ...], dict[str, bytes]]:
    """Figures named the way the outputs may name them: an image carried in the page itself
    gets a short name from its content (not its whole `data:` URI), and a figure whose image
    was not read, from the web or from inside a page, keeps no address at all (it becomes its
    description), so no output points anywhere outside itself."""
    names: dict[str, str] = {}
    for src, data in media.items():
        if src.startswith("data:"):
            kind = (image_type(data) or "image/png").split("/")[1]
            names[src] = f"image-{hashlib.sha256(data).hexdigest()[:12]}.{kind}"
    settled = {names.get(src, src): data for src, data in media.items()}

    def figure(block: DraftBlock) -> DraftBlock:
        if not isinstance(block, Figure):
            return block
        if block.src in names:
            return replace(block, src=names[block.src])
        if block.src not in media and (block.src.startswith("data:") or urlsplit(block.src).scheme):
            return replace(block, src="")
        return block

    def walk(items: tuple[DraftBlock, ...]) -> tuple[DraftBlock, ...]:
        out: list[DraftBlock] = []
        for block in items:
            if isinstance(block, ListBlock):
                block = ListBlock(block.ordered, tuple(_blocks(walk(i)) for i in block.items))
            elif isinstance(block, Quote):
                block = Quote(_blocks(walk(block.children)))
            out.append(figure(block))
        return tuple(out)

    return walk(blocks), settled


def _blocks(items: tuple[DraftBlock, ...]) -> tuple[Block, ...]:
    return tuple(b for b in items if not isinstance(b, Heading))
