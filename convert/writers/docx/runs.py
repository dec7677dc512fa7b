"""A paragraph's inline markup as Word runs: emphasis and strong as `w:i`/`w:b` (as pandoc's
DOCX writer does, so they combine), superscript and subscript as `w:vertAlign`, code, links and
note calls in named character styles (Verbatim Char, Hyperlink, Footnote Reference) an editor can
restyle, and a line break as `w:br`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ...media import safe_url
from ...model import Code, Inline, LineBreak, Link, NoteRef, Span, Styled, Text

# (bold, italic, vertical alignment, character style) of the runs being written
Format = tuple[bool, bool, str, str]
PLAIN: Format = (False, False, "", "")
MarkRun = Callable[[Any, str | None], None]  # sets a run's language and East Asian hint


@dataclass
class RunWriter:
    """Writes inlines into one paragraph element (`w:p`), of the body or of a footnote."""

    part: Any  # the part whose relationships hold the links (document or footnotes)
    style_ids: dict[str, str | None]
    mark: MarkRun
    note_ids: dict[str, int] = field(default_factory=dict)  # Note.id -> w:footnote/@w:id

    def write(self, p: Any, inlines: tuple[Inline, ...], lang: str | None) -> None:
        self._inlines(p, inlines, PLAIN, lang)

    def _inlines(
        self, parent: Any, inlines: tuple[Inline, ...], fmt: Format, lang: str | None
    ) -> None:
        bold, italic, align, char_style = fmt
        for inline in inlines:
            if isinstance(inline, Text):
                self._run(parent, fmt, lang, text=inline.text)
            elif isinstance(inline, LineBreak):
                self._run(parent, fmt, lang, child=OxmlElement("w:br"))
            elif isinstance(inline, Code):
                self._run(parent, (bold, italic, align, "Verbatim Char"), lang, text=inline.text)
            elif isinstance(inline, Styled):
                inner = {
                    "bold": (True, italic, align, char_style),
                    "italic": (bold, True, align, char_style),
                    "sup": (bold, italic, "superscript", char_style),
                    "sub": (bold, italic, "subscript", char_style),
                }[inline.style]
                self._inlines(parent, inline.children, inner, lang)
            elif isinstance(inline, Span):
                self._inlines(parent, inline.children, fmt, inline.lang)
            elif isinstance(inline, Link):
                self._link(parent, inline, fmt, lang)
            elif isinstance(inline, NoteRef) and inline.note in self.note_ids:
                reference = OxmlElement("w:footnoteReference")
                reference.set(qn("w:id"), str(self.note_ids[inline.note]))
                self._run(parent, (bold, italic, "", "Footnote Reference"), lang, child=reference)

    def _link(self, parent: Any, link: Link, fmt: Format, lang: str | None) -> None:
        if not safe_url(link.url):
            self._inlines(parent, link.children, fmt, lang)
            return
        r_id = self.part.relate_to(link.url, RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), r_id)
        parent.append(hyperlink)
        bold, italic, align, _ = fmt
        self._inlines(hyperlink, link.children, (bold, italic, align, "Hyperlink"), lang)

    def _run(
        self, parent: Any, fmt: Format, lang: str | None, text: str = "", child: Any = None
    ) -> None:
        bold, italic, align, char_style = fmt
        run: Any = OxmlElement("w:r")
        rpr = run.get_or_add_rPr()
        if char_style:
            rpr.style = self.style_ids[char_style]
        if bold:
            rpr._add_b()
        if italic:
            rpr._add_i()
        if align:
            rpr.get_or_add_vertAlign().set(qn("w:val"), align)
        self.mark(rpr, lang)
        if child is not None:
            run.append(child)
        if text:
            run.text = text
        if not len(rpr):
            run.remove(rpr)
        parent.append(run)
