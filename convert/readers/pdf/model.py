"""What the PDF reader gives: text to repair (a `Decoded`, so the rest of the pipeline is the same
as for text), the reader's own decisions as edits of that text, and where each piece of it is on
the pages.

The text (`source`) holds every line of the PDF in reading order: the lines of one paragraph in
one column joined, each such piece on a line of its own, pieces separated by a blank line,
furniture included. `layout` are the edits the reader made of it, applied as the first pass so
that they are logged, replayed and reviewed like every other repair: furniture removed, a
paragraph continued in the next column or on the next page joined.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ...changes import Edit
from ..encodings import Decoded


@dataclass(frozen=True, slots=True)
class Place:
    """A line of the PDF: its page (1-based), column (0 for furniture), line in the column, box
    in points on the page as shown (x0, y0 top, x1, y1), and text."""

    page: int
    column: int
    line: int
    box: tuple[float, float, float, float]
    text: str
    edge: str = ""  # "head" or "foot" for furniture at the top or bottom of the page

    def describe(self) -> str:
        if self.column == 0:
            return f"page {self.page}, {self.edge or 'margin'}"
        return f"page {self.page}, column {self.column}, line {self.line}"


@dataclass(frozen=True)
class Places:
    """Source offsets of the lines' starts, sorted, and their places."""

    starts: tuple[int, ...] = ()
    places: tuple[Place, ...] = ()

    def at(self, offset: int) -> Place | None:
        """The line that holds source offset `offset`."""
        i = bisect_right(self.starts, offset) - 1
        return self.places[i] if i >= 0 else None


@dataclass(frozen=True)
class PdfText(Decoded):
    """A PDF's text in reading order, the reader's edits of it, and the lines' places."""

    layout: tuple[Edit, ...] = field(default=(), compare=False)
    places: Places = field(default_factory=Places, compare=False)
    page_sizes: tuple[tuple[float, float], ...] = field(default=(), compare=False)
    headline: bool = False  # the first block is set larger than the text: the title

    def to_json(self) -> dict[str, object]:
        data = super().to_json()
        data["pages"] = len(self.page_sizes)
        return data
