"""The JATS reader: an .xml/.jats file (Galley's own output, or one an editor fixed by hand)
parsed safely, validated against Galley's profile and read into the document model. It is not
normalized: the XML is already the repaired, structured article."""

from __future__ import annotations

from pathlib import Path

from .. import jats
from ..errors import InputError
from ..model import Document


def read(path: Path) -> Document:
    """The validated document; its `jats` is the file re-serialized canonically."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", path) from None
    tree = jats.parse(data, path)
    jats.validate(tree, path)
    return jats.from_jats(tree, jats.serialize(tree))
