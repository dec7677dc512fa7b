"""Configuration: one frozen dataclass, the defaults an editor would choose.

Everything a newsroom may want to tune without touching code lives here: which words are known
OCR/copy-paste strays and what they stand for, and how long a line may be and still be a heading.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


def _frozen(mapping: dict[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


# A Latin function word standing between Han characters is almost always a translation or
# input-method leftover: `智慧 and 力量`. Only words listed here are replaced; others are flagged.
DEFAULT_STRAY_REPLACEMENTS: Mapping[str, str] = _frozen(
    {
        "and": "和",
        "or": "或",
        "of": "的",
        "with": "与",
        "in": "在",
    }
)


@dataclass(frozen=True)
class Config:
    # stray Latin words between Han characters -> their Chinese replacement
    stray_replacements: Mapping[str, str] = field(
        default_factory=lambda: DEFAULT_STRAY_REPLACEMENTS
    )
    # a block at most this many characters long, without sentence punctuation, may be a heading
    max_heading_chars: int = 32
    # the same for Latin-script headings, in words
    max_heading_words: int = 12
