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
from operator import attrgetter
from typing import cast

from ..blocks import Block, split_blocks
from ..changes import Edit, SourceMap
from ..chars import is_japanese, kana_count
from .incremental import LineLocal, Replacement
from .mojibake.common import Repair
from .mojibake.spans import SPANS_CUT, mojibake_spans
from .spellings import Spellings


class Context:
    """The per-document results the passes share. A result is shared between callers, so they
    must not change it (the lists returned here are read, never mutated)."""

    def __init__(self) -> None:
        # the decoded source and the map from the latest text back to it, set by normalize()
        # (`unwrap.hidden`: a line's length as the file had it); None where a pass runs alone
        self.origin: tuple[str, SourceMap] | None = None
        self._blocks: tuple[str, list[Block]] | None = None
        # every repair the mojibake pass would make, of the latest texts
        self.mojibake: LineLocal[Repair] = LineLocal(mojibake_spans, SPANS_CUT)
        # whether the text was never hard-wrapped (`unwrap.unwrapped`), judged once, by the
        # unwrap pass on the text it first sees: once it has joined the wraps, every text is
        self.unwrapped: bool | None = None
        # a text and how many kana it holds, kept through the edits (`japanese`)
        self._kana: tuple[str, int] | None = None
        # the last text `japanese` was asked of, and its answer
        self._japanese: tuple[str, bool] | None = None
        # the layout pass's verdicts in its last run, by the texts they depend on alone (its
        # pairs, its blocks' headline halves): the next round meets nearly every one again
        self.continues: dict[tuple[str, str, bool], bool] = {}
        self.headline_halves: dict[str, bool] = {}
        # headlines the unwrap pass joined at their own measure (`unwrap.headline`), as joined:
        # the layout pass runs no paragraph on from one
        self.headlines: set[str] = set()
        # whether the furniture pass found a page's furniture (a running head, a page number, a
        # masthead): the text came off a laid-out page (`autospace.laid_out`)
        self.paged = False
        # a text in which the furniture pass's gate found nothing, and the stretches edits have
        # made since (`furniture.quiet`), moved through each pass's edits (`derived`)
        self.furniture_quiet: tuple[str, list[tuple[int, int]]] | None = None
        # whether the file as read holds OCR's spaces in running prose (`ocr_space_phrase`),
        # judged once from `origin`, which no edit changes
        self.ocr_spaced: bool | None = None
        # the measure of the file as read (`ocr_space._origin_measure`), found when first asked
        self.origin_measure: int | None = None
        # what the file as read writes joined, for the gaps beside spaces in it
        # (`ocr_space_quoted`), indexed when first asked
        self.origin_spellings: Spellings | None = None
        # jieba's tagging of the short Han runs beside OCR's marks and gaps (`tags`)
        self._tags: dict[str, list[tuple[str, str]] | None] = {}

    def blocks(self, text: str) -> list[Block]:
        """`split_blocks(text)`, reused for the identical string (unwrap, layout and stray often
        cut the same text), until the text changes (`derived`)."""
        kept = self._blocks
        if kept is not None and kept[0] is text:
            return kept[1]
        blocks = split_blocks(text)
        self._blocks = (text, blocks)
        return blocks

    def tags(self, run: str) -> list[tuple[str, str]] | None:
        """`stray_context.tags(run)`, tagged once a document: the OCR passes read the runs
        beside the same marks and gaps in each round, and each of a mark's tests reads them."""
        if run not in self._tags:
            from .stray_context import tags  # (jieba's tables load only when asked)

            self._tags[run] = tags(run)
        return self._tags[run]

    def has_kana(self, text: str) -> bool:
        """Whether `text` holds a kana at all, from the count `japanese` keeps (a text with none
        can be no Japanese, nor any part of it)."""
        kept = self._kana
        if kept is None or kept[0] is not text:
            kept = self._kana = (text, kana_count(text))
        return kept[1] > 0

    def japanese(self, text: str) -> bool:
        """`chars.is_japanese(text)`. The width and punctuation passes ask of every text they
        see, and a scan of the whole text for kana costs about half of what the width pass does
        in a later round; a count of none is kept through the edits instead (`derived`), so
        that text without kana (Chinese) is scanned once per document. The answer is kept for
        the identical string: the driver asks it again of the text a pass just asked about
        (`partial.Locality.facts`)."""
        kept = self._japanese
        if kept is None or kept[0] is not text:
            kept = self._japanese = (text, self.has_kana(text) and is_japanese(text))
        return kept[1]

    def applying(self) -> None:
        """The driver is about to apply a pass's edits to the present text: its blocks are let
        go first, not held through the applying and logging (the blocks' texts copy the whole
        text: 1.4 MB of the 1 MB flush page's peak, bench/README.md). Only the unwrap and layout
        passes ask for blocks, and each changes the text it cut whenever it has edits."""
        self._blocks = None

    def derived(self, old: str, new: str, edits: Sequence[Replacement]) -> None:
        """`new` is `old` with `edits` (sorted, in `old`'s coordinates) applied."""
        self.mojibake.derived(old, new, edits)
        # the blocks kept are those of `old` or an older text, which no pass is handed again;
        # kept, they held a copy of it alive into the next round (the peak, bench/README.md)
        self._blocks = None
        self._japanese = None  # (likewise)
        quiet, self.furniture_quiet = self.furniture_quiet, None
        if quiet is not None and quiet[0] is old:
            from .partial import changed_limit, moved  # (`partial` imports this module)

            # (`moved` reads an edit's start, end and output alone)
            changed = moved(quiet[1], cast(Sequence[Edit], edits), changed_limit(len(new)))
            self.furniture_quiet = None if changed is None else (new, changed)
        kept = self._kana
        if kept is not None and kept[0] is old and kept[1] == 0:
            # no kana before the edits, so none went: those of the new text are what they put
            self._kana = (new, kana_count("".join(map(_after, edits))))
        else:
            self._kana = None  # (a text with kana is counted again when asked)


_after = attrgetter("after")
