"""The house style's `docx.toml`, read and checked: page, font families, named styles.

A typo in the file fails with the file named and the key at fault, not with a KeyError deep in
the writer.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import WriterError

_STYLE_KEYS = frozenset(
    {"family", "size", "bold", "align", "space_before", "space_after", "line_spacing", "indent"}
)
ALIGNMENTS = ("left", "center", "right", "justify")  # the `align` values (`build.ALIGN`)
# Galley's own paragraph styles and the style each is based on.
CUSTOM_STYLES = {
    "Kicker": "Normal",
    "Byline": "Normal",
    "Lead": "Body Text",
    "First Paragraph": "Body Text",
}
# The style of a paragraph that follows the title block or a heading, when the house style defines
# it (book-en does: English sets such a paragraph without indent; Chinese indents every one). The
# name is pandoc's, so documents from both tools restyle alike.
FIRST_PARAGRAPH = "First Paragraph"
HEADINGS = ("Heading 1", "Heading 2", "Heading 3")
USED_STYLES = (
    "Kicker", "Title", "Subtitle", "Byline", *HEADINGS, "Body Text", FIRST_PARAGRAPH, "Lead",
    "Footer", "Caption",
)  # fmt: skip


@dataclass(frozen=True)
class Family:
    latin: str
    east_asian: dict[str, str]  # Word language tag (or "default") -> font

    def east_asian_for(self, lang: str | None) -> str:
        return self.east_asian.get(lang or "", self.east_asian.get("default", self.latin))


@dataclass(frozen=True)
class HouseStyle:
    """The parsed `docx.toml`: page, font families, indents and per-style settings."""

    page: dict[str, float]
    families: dict[str, Family]
    first_line_chars: dict[str, int]
    styles: dict[str, dict[str, Any]]
    hyphenate: bool = False  # Word's automatic hyphenation (English books hyphenate)

    def family_of(self, style_name: str) -> Family:
        """The family a paragraph style renders in, following Galley's `basedOn` chain."""
        name: str | None = style_name
        while name:
            family = self.styles.get(name, {}).get("family")
            if family:
                return self.families[family]
            name = CUSTOM_STYLES.get(name)
        return self.families.get("serif") or next(iter(self.families.values()))


def read_style_source(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise WriterError(
            "this house style has no DOCX definition; "
            "copy styles/news-zh/docx.toml here and adapt it",
            path,
        ) from None
    except UnicodeDecodeError as exc:
        raise WriterError(
            f"cannot read the DOCX style definition ({exc}); fix the file", path
        ) from exc


def parse_house_style(source: str, path: Path) -> HouseStyle:
    """Check the text of a `docx.toml` (read from `path`, which error messages name)."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise WriterError(
            f"cannot read the DOCX style definition ({exc}); fix the file", path
        ) from exc
    try:
        families = {
            name: Family(str(spec["latin"]), {k: str(v) for k, v in spec["east_asian"].items()})
            for name, spec in data["families"].items()
        }
        style = HouseStyle(
            page={k: float(v) for k, v in data["page"].items()},
            families=families,
            first_line_chars={k: int(v) for k, v in data.get("first_line_chars", {}).items()},
            styles={name: dict(spec) for name, spec in data.get("styles", {}).items()},
            hyphenate=data.get("hyphenate", False),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WriterError(
            f"malformed DOCX style definition near {exc}; "
            "see the comments in styles/news-zh/docx.toml",
            path,
        ) from exc
    for name, spec in style.styles.items():
        unknown = set(spec) - _STYLE_KEYS
        if unknown:
            raise WriterError(
                f"style {name!r} has unknown keys {sorted(unknown)}; known: {sorted(_STYLE_KEYS)}",
                path,
            )
        if "family" in spec and spec["family"] not in families:
            raise WriterError(
                f"style {name!r} names family {spec['family']!r}, which is not defined", path
            )
        if spec.get("align", "left") not in ALIGNMENTS:
            raise WriterError(f"style {name!r}: align must be one of {sorted(ALIGNMENTS)}", path)
    if not isinstance(style.hyphenate, bool):
        raise WriterError("hyphenate must be true or false", path)
    if not families:
        raise WriterError("the DOCX style definition defines no font family", path)
    return style
