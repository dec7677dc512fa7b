"""Subset fonts for embedding in an EPUB (`WriteOptions.embed_fonts`).

A reading system without Chinese or Japanese fonts shows boxes for every Han character, so an EPUB
meant for any device carries its own fonts. Whole CJK fonts are far too large to carry; subset
to the characters of one article they are small. The house style's `style.toml`
names the families (body face first, then the display face of titles and headings); fontconfig
finds their files, as it does for WeasyPrint, and the fontTools subsetter cuts them down:

- the body face gets every character of the article plus printable ASCII (for the table of
  contents and anything a reading system adds);
- each further face gets only the characters of the front matter, the headings and the lead,
  the text the style sets in it, in regular and bold weight (headings are bold).

Fonts are written as WOFF (zlib; WOFF 2 would need Brotli) with their name table whole, so the
copyright and licence (SIL OFL for the Noto faces) travel with them, and with the source font's
own `head.modified`, so the same article gives the same bytes.
"""

from __future__ import annotations

import io
import re
import shutil
import string
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import WriterError
from ..model import Document

try:
    from fontTools import subset
    from fontTools.ttLib import TTFont
except ImportError as error:  # pragma: no cover - fontTools is a dependency
    raise WriterError(
        f"embedding fonts needs fontTools ({error}); pip install fonttools"
    ) from error

@dataclass(frozen=True)
class FontFile:
    """One face of a family, as fontconfig found it: a file and the index inside a collection."""

    family: str
    weight: int
    path: Path
    index: int


@dataclass(frozen=True)
class EmbeddedFont:
    family: str
    weight: int
    filename: str  # e.g. "noto-serif-cjk-sc-400.woff"
    data: bytes

    def font_face(self, href: str) -> str:
        """The @font-face rule that makes the style's family name resolve to this file."""
        family = self.family.replace("\\", "\\\\").replace('"', '\\"')
        return (
            f'@font-face {{ font-family: "{family}"; font-style: normal; '
            f"font-weight: {self.weight}; "
            f'src: url("{href}") format("woff"); }}\n'
        )


def slug(family: str, weight: int) -> str:
    """A file name for a face: lower case, ASCII letters and digits joined by hyphens.

    >>> slug("Noto Serif CJK SC", 700)
    'noto-serif-cjk-sc-700'
    """
    return "-".join([*re.findall(r"[a-z0-9]+", family.lower()), str(weight)])


@lru_cache(maxsize=64)
def find_font(family: str, weight: int) -> FontFile:
    """The file fontconfig would use for `family` at `weight` (400 or 700).

    fc-match always answers with some font; a different family in its answer means the style's
    family is not installed, which is an error here, because embedding a fallback under the
    style's name would silently show the wrong face.
    """
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        raise WriterError("embedding fonts needs fontconfig's fc-match (apt install fontconfig)")
    pattern = f"{family}:weight={'bold' if weight >= 700 else 'regular'}"
    result = subprocess.run(
        [fc_match, "--format=%{file}\n%{index}\n%{family}", pattern],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    lines = result.stdout.split("\n")
    if result.returncode != 0 or len(lines) < 3:
        raise WriterError(f"fc-match could not look up font {family!r}: {result.stderr.strip()}")
    found_families = [f.strip().lower() for f in lines[2].split(",")]
    if family.lower() not in found_families:
        raise WriterError(
            f"the style embeds font {family!r}, which is not installed (fontconfig offers "
            f"{lines[2]!r} instead); install it, or convert without embedded fonts"
        )
    return FontFile(family, weight, Path(lines[0]), int(lines[1] or 0))


def subset_font(font: FontFile, text: str) -> bytes:
    """The face cut down to the characters of `text`, as WOFF, its names and licence kept."""
    options = subset.Options()
    options.flavor = "woff"
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables = [*options.drop_tables, "FFTM"]  # FontForge's timestamps: not needed
    # fontTools' default feature list already keeps locl, vert/vrt2 and kerning; "*" would pull in
    # every alternate glyph (ruby, proportional kana, …) the text might be substituted with.
    try:
        face = TTFont(
            str(font.path), fontNumber=font.index, recalcTimestamp=False, recalcBBoxes=False
        )
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(face)
        out = io.BytesIO()
        face.flavor = "woff"
        face.save(out, reorderTables=True)
    except Exception as error:  # fontTools raises many kinds for a damaged font
        raise WriterError(f"cannot subset {font.path} for embedding: {error}", font.path) from error
    return out.getvalue()


def display_text(doc: Document) -> str:
    """The text a style sets in its display face: front matter, headings and the lead."""
    parts = [doc.kicker, doc.title, doc.subtitle, doc.byline() if doc.contributors else ""]
    parts += [s.title for s in doc.sections()]
    parts += [p.text for p in doc.paragraphs() if p.kind == "lead"]
    return "".join(parts)


def all_text(doc: Document) -> str:
    return display_text(doc) + "".join(doc.body_text()) + string.printable


def embedded_fonts(doc: Document, families: list[str]) -> list[EmbeddedFont]:
    """The subset faces for `doc`: the first family for all text, the others for display text."""
    fonts: list[EmbeddedFont] = []
    for position, family in enumerate(families):
        text = all_text(doc) if position == 0 else display_text(doc)
        chars = "".join(sorted(set(text) - set(string.whitespace)))
        weights = (400,) if position == 0 else (400, 700)
        for weight in weights:
            face = find_font(family, weight)
            name = f"{slug(family, weight)}.woff"
            fonts.append(EmbeddedFont(family, weight, name, subset_font(face, chars)))
    return fonts
