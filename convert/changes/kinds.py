"""Every kind of change a repair pass can make, by pass: the one list `[severity]` keys are
checked against, so that a misspelt or made-up kind is an error rather than silently ignored.

`tests/changes/test_kinds.py` reads the passes' code and runs them over the samples, and fails
when a pass makes a kind missing here, or when a kind here is made by no pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

KINDS_BY_PASS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "line-endings": ("line-ending",),
        "invisible": (
            "soft-hyphen",
            "soft-hyphen-break",
            "vertical-tab",
            "nbsp",
            "nbsp-indent",
            "noncharacter",
            "stray-bom",
            "zero-width",
            "control",
        ),
        "mojibake": (
            "utf8-as-latin1",
            "cp1252-as-latin1",
            "utf8-as-gbk",
            "gbk-as-latin1",
            "lost-character",
        ),
        "width": ("fullwidth-alnum", "fullwidth-space"),
        "ocr-speck": ("ocr-speck",),
        "punctuation": (
            "cjk-comma",
            "cjk-semicolon",
            "cjk-colon",
            "cjk-question",
            "cjk-exclamation",
            "cjk-period",
            "cjk-ellipsis",
            "cjk-dash",
            "cjk-parenthesis",
            "cjk-quote",
            "cjk-space",  # made by normalize/cjk_space.py, which rich inputs run (runs.py)
        ),
        "columns": ("column-order", "columns-interleaved"),
        "gap-words": ("gap-word",),
        "furniture": ("running-head", "page-number", "jump-line", "form-feed", "masthead"),
        "web-lines": ("web-furniture",),
        "unwrap": ("unwrap", "hyphenation", "indent-paragraph", "paragraph-end"),
        "layout": ("layout-break",),
        "stray": ("stray-word", "missing-glyph"),
        "autospace": ("han-latin-gap",),
        "ocr-space": ("ocr-space",),
    }
)
KINDS: frozenset[str] = frozenset(k for kinds in KINDS_BY_PASS.values() for k in kinds)

# The kinds a reader's own first pass makes (the PDF reader: `readers/pdf`), which `[severity]`
# may name too; furniture shares its kinds with the text pass that removes the same things.
READER_KINDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"pdf": ("running-head", "page-number", "jump-line", "column-join", "page-join", "hyphenation")}
)
SEVERITY_KINDS: frozenset[str] = KINDS.union(*READER_KINDS.values())

# `[severity]` may also silence a kind: still repaired and logged, never reported or counted
OFF = "off"
