"""Configuration of the repairs: one frozen, picklable dataclass, the defaults an editor would choose.

Everything a newsroom may want to tune without touching code lives here: which words are known
OCR/copy-paste strays and what they stand for, and how long a line may be and still be a heading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, TypeVar

T = TypeVar("T")


def frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


class Picklable:
    """Pickled field by field, read-only mappings as dicts (pickle refuses MappingProxyType), so
    that a batch sends its settings to worker processes as they are."""

    def __reduce__(self) -> tuple[Any, ...]:
        values = {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]
        plain = {k: dict(v) if isinstance(v, MappingProxyType) else v for k, v in values.items()}
        return (_rebuild, (type(self), plain))


def _rebuild(cls: type[T], values: dict[str, Any]) -> T:
    return cls(**{k: frozen(v) if isinstance(v, dict) else v for k, v in values.items()})


# A Latin function word standing between Han characters is almost always a translation or
# input-method leftover: `智慧 and 力量`. Only words listed here are replaced; others are flagged.
DEFAULT_STRAY_REPLACEMENTS: Mapping[str, str] = frozen(
    {
        "and": "和",
        "or": "或",
        "of": "的",
        "with": "与",
        "in": "在",
    }
)


# The same for function words of other languages, kept apart so that a newsroom replacing
# `stray_replacements` does not lose them.
OTHER_LANGUAGE_STRAYS: Mapping[str, str] = frozen(
    {
        "but": "但",
        "for": "为",
        "to": "到",
        "than": "比",
        "und": "和",
        "oder": "或",
        "mit": "与",
        "et": "和",
        "ou": "或",
        "avec": "与",
        "con": "与",
    }
)


@dataclass(frozen=True)
class Config(Picklable):
    # stray Latin words between Han characters -> their Chinese replacement
    stray_replacements: Mapping[str, str] = field(
        default_factory=lambda: DEFAULT_STRAY_REPLACEMENTS
    )
    # a block at most this many characters long, without sentence punctuation, may be a heading
    max_heading_chars: int = 32
    # the same for Latin-script headings, in words
    max_heading_words: int = 12
    # remove running heads, page numbers, jump lines and form feeds (the page-furniture pass)
    remove_page_furniture: bool = True
    # the reader of every input (text, jats, markdown, docx, html); "" chooses by extension
    input_format: str = ""
    # stray words from other languages' input methods and translation memories (German, French,
    # Spanish, more English); consulted after stray_replacements, so a newsroom's own entries win
    stray_replacements_other_languages: Mapping[str, str] = field(
        default_factory=lambda: OTHER_LANGUAGE_STRAYS
    )
