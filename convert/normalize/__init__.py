"""The repair passes, in the order they run, and the driver that logs what each one changed.

Order matters and is fixed here, not discovered: line endings first (every later pass sees only
LF); invisible characters before anything that compares neighbours; width and punctuation before
layout (a layout break is recognised by the punctuation a block ends with); layout before stray
tokens (a stray word can straddle a layout break).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..changes import Change, Edit, SourceMap, apply_pass
from ..config import Config
from . import invisible, layout, lines, punctuation, stray, width

PassFunction = Callable[[str, Config], list[Edit]]


@dataclass(frozen=True)
class Pass:
    name: str
    run: PassFunction


PASSES: tuple[Pass, ...] = (
    Pass("line-endings", lines.fix_line_endings),
    Pass("invisible", invisible.remove_invisible),
    Pass("width", width.narrow_ascii_letters_digits),
    Pass("punctuation", punctuation.widen_cjk_punctuation),
    Pass("unwrap", lines.unwrap_lines),
    Pass("layout", layout.join_layout_breaks),
    Pass("stray", stray.mark_stray_tokens),
)


@dataclass(frozen=True)
class Normalized:
    source: str
    text: str
    changes: tuple[Change, ...]

    @property
    def flags(self) -> list[Change]:
        return [c for c in self.changes if c.is_flag]


def normalize(source: str, config: Config | None = None, passes: Sequence[Pass] = PASSES) -> Normalized:
    """Run every pass in order; return the repaired text and the complete change log."""
    config = config or Config()
    source_map = SourceMap(source)
    text = source
    log: list[Change] = []
    for repair in passes:
        edits = repair.run(text, config)
        if edits:
            text, changes = apply_pass(text, edits, repair.name, source_map)
            log.extend(changes)
    return Normalized(source, text, tuple(log))
