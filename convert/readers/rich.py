"""What the rich readers (Markdown, DOCX, HTML) give: a draft of the document whose text runs
remember where each character came from, for the repairs to locate their changes in the file.

The draft is made of the model's own blocks and inlines; only its text runs are `SourcedText`
(a `Text` with one source offset per character, plus the end), and its headings are still flat
(`Heading`): the structure stage nests them into sections once the text is repaired.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..model import Block, Inline, Note, Text
from .encodings import Decoded


@dataclass(frozen=True)
class SourcedText(Text):
    """A text run and the source offset of each of its characters, then of its end."""

    offsets: tuple[int, ...] = ()


@dataclass(frozen=True)
class Heading:
    """A heading before the structure stage groups what follows it into its section."""

    level: int
    content: tuple[Inline, ...]


@dataclass(frozen=True)
class Notice:
    """Something the reader dropped or could not keep, at a source offset (reported, not a
    repair: raw HTML, a remote image, a tracked change)."""

    offset: int
    kind: str
    message: str
    quote: str = ""
    severity: str = "warning"


DraftBlock = Block | Heading


@dataclass(frozen=True)
class RichSource:
    """A rich file read: its text (for locations), the draft, its notes, images and notices."""

    decoded: Decoded  # the file's text as the positions count it (Markdown, HTML); or a stand-in
    blocks: tuple[DraftBlock, ...]
    notes: tuple[Note, ...] = ()
    media: Mapping[str, bytes] = field(default_factory=dict)
    notices: tuple[Notice, ...] = ()
    title: str = ""  # from the file's metadata, when it has any
    # how a source offset is named to an editor ("line 3, column 5"; "paragraph 4, character 2")
    locate: Callable[[int], tuple[int, int]] | None = field(default=None, compare=False)
    # where that is in words, with a quote, for formats whose numbers an editor cannot look up
    # directly (DOCX: "paragraph 3, character 12: “…”"); None where line:column says it all
    describe: Callable[[int], str] | None = field(default=None, compare=False)
