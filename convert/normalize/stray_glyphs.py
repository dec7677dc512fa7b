"""`□` outside a byline: a character the typesetting font lacked (the stray-token pass).

`□` is the conventional mark before a byline; anywhere else it usually stands for a character the
typesetting font lacked.
"""

from __future__ import annotations

from ..blocks import block_around
from ..changes import Edit
from ..headings import is_byline

MISSING_GLYPH = "□"


def missing_glyph_flags(text: str) -> list[Edit]:
    """A flag on each `□` outside a byline, the block of each found from the lines around it
    (`blocks.block_around`): a text holds a few, and cutting all of it into blocks cost more
    than the rest of the pass."""
    flags = []
    at = text.find(MISSING_GLYPH)
    while at != -1:
        block = block_around(text, at)
        if not is_byline(block.text):
            for index, ch in enumerate(block.text):
                if ch == MISSING_GLYPH:
                    pos = block.start + index
                    flags.append(
                        Edit(
                            pos,
                            pos + 1,
                            ch,
                            "missing-glyph",
                            "□ outside a byline: a glyph may be missing",
                            "warning",
                        )
                    )
        at = text.find(MISSING_GLYPH, block.end)
    return flags
