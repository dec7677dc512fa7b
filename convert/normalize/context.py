"""What several repair passes compute from the same text, computed once per document.

The driver hands a pass's text to the next pass unchanged, the same string object, whenever the
pass changed nothing, which in the second and third rounds is most passes. Some work is done by
several passes on that text: cutting it into blocks (unwrap, layout, stray), finding the
mojibake repairs (the line-endings and invisible passes leave their bytes alone, the mojibake
pass makes them). `normalize()` makes one `Context` per call and hands it to every pass, and
tells it how each text was made from the one before (`derived`); it is dropped with the call,
so no text outlives the call that normalized it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..blocks import Block, split_blocks
from .incremental import LineLocal, Replacement
from .mojibake.common import Repair
from .mojibake.spans import SPANS_CUT, mojibake_spans


class Context:
    """The per-document results the passes share. A result is shared between callers, so they
    must not change it (the lists returned here are read, never mutated)."""

    def __init__(self) -> None:
        self._blocks: tuple[str, list[Block]] | None = None
        # every repair the mojibake pass would make, of the latest texts
        self.mojibake: LineLocal[Repair] = LineLocal(mojibake_spans, SPANS_CUT)
        # whether the text was never hard-wrapped (`unwrap.unwrapped`), judged once, by the
        # unwrap pass on the text it first sees: once it has joined the wraps, every text is
        self.unwrapped: bool | None = None

    def blocks(self, text: str) -> list[Block]:
        """`split_blocks(text)`, reused for the identical string (unwrap, layout and stray often
        cut the same text)."""
        kept = self._blocks
        if kept is not None and kept[0] is text:
            return kept[1]
        blocks = split_blocks(text)
        self._blocks = (text, blocks)
        return blocks

    def derived(self, old: str, new: str, edits: Sequence[Replacement]) -> None:
        """`new` is `old` with `edits` (sorted, in `old`'s coordinates) applied."""
        self.mojibake.derived(old, new, edits)
