"""Hard-wrapped lines joined into paragraphs.

`measure` learns the width the text was set to, `paragraphing` what the whole text shows about its
paragraphs, `decide` whether one break is a paragraph end, `join` what replaces a wrap, `breaks`
walks every break of every block, and `pauses` gives a wrap that swallowed a pause its space.
"""

from __future__ import annotations

from ...changes import Edit
from ...config import Config
from ..context import Context
from . import breaks
from .pauses import keep_pauses


def unwrap_lines(
    text: str, config: Config, context: Context, *, full_rules: bool = False
) -> list[Edit]:
    """`breaks.unwrap_lines`, each wrap at a pause the text prints elsewhere kept a space."""
    return keep_pauses(text, breaks.unwrap_lines(text, config, context, full_rules=full_rules))


__all__ = ["unwrap_lines"]
