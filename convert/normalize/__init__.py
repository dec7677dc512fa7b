"""The repair passes, in the order they run, and the driver that logs what each one changed.

Order matters and is fixed here, not discovered: line endings first (every later pass sees only
LF); invisible characters before anything that compares neighbours; width and punctuation before
layout (a layout break is recognised by the punctuation a block ends with); lines read across
columns and words split off a stretched line put back in order before furniture and unwrap
(which read lines in order); layout before stray tokens (a stray word can straddle a layout
break). OCR's specks before punctuation (which would widen a speck's `.` or quote); a news
site's lines before unwrap (its dateline would join the headline); OCR's spaces between Han
last, on the paragraphs as joined.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..changes import Change, Edit, SourceMap, apply_pass
from ..config import Config
from . import (
    autospace,
    columns,
    furniture,
    gap_words,
    invisible,
    layout,
    line_endings,
    ocr_space,
    ocr_speck,
    punctuation,
    stray,
    unwrap,
    web_lines,
    width,
)
from .context import Context
from .mojibake.repair import repair_mojibake
from .partial import Clean, Locality, changed_limit, moved, no_facts, whole_lines

# every pass: (text, configuration, the document's context) -> the edits it makes
PassFunction = Callable[[str, Config, Context], list[Edit]]


@dataclass(frozen=True)
class Pass:
    """A repair pass; `local`, if declared, lets later rounds run it on changed lines alone
    (`partial.py`)."""

    name: str
    run: PassFunction
    local: Locality | None = None


PASSES: tuple[Pass, ...] = (
    Pass("line-endings", line_endings.fix_line_endings),
    Pass("invisible", invisible.remove_invisible, Locality(invisible.remove_within, no_facts)),
    Pass("mojibake", repair_mojibake),
    Pass(
        "width",
        width.narrow_ascii_letters_digits,
        Locality(width.narrow_within, width.japanese),
    ),
    Pass(
        "ocr-speck",
        ocr_speck.remove_specks,
        Locality(ocr_speck.remove_specks, ocr_speck.facts),
    ),
    Pass("punctuation", punctuation.widen_cjk_punctuation),
    Pass("columns", columns.restore_column_order),
    Pass("gap-words", gap_words.restore_gap_words),
    Pass("furniture", furniture.remove_page_furniture),
    Pass("web-lines", web_lines.remove_web_lines),
    Pass("unwrap", unwrap.unwrap_lines),
    Pass("layout", layout.join_layout_breaks),
    Pass("stray", stray.mark_stray_tokens),
    Pass("autospace", autospace.remove_autospace),
    Pass(
        "ocr-space",
        ocr_space.remove_prose_gaps,
        Locality(ocr_space.remove_gaps_within, ocr_space.kana),
    ),
)


@dataclass(frozen=True)
class Normalized:
    source: str
    text: str
    changes: tuple[Change, ...]

    @property
    def flags(self) -> list[Change]:
        return [c for c in self.changes if c.is_flag]


MAX_ROUNDS = 3


def _run_round(
    text: str,
    config: Config,
    passes: Sequence[Pass],
    source_map: SourceMap,
    round_index: int,
    seen: Seen,
    context: Context,
) -> tuple[str, list[Change]]:
    """One run of every pass.

    `seen.settled` holds, for each pass that found nothing to change in the present text, that
    text. A pass is a pure function of its text (and the configuration), so given that very
    text again it would find nothing again, and a later round skips it: in the round that
    confirms the fixed point, every pass after the last one that changed something sees the
    text it saw before. Once a pass changes the text, every entry is of an older text and goes
    (a text that came back, equal, after edits that undid each other would be run again, and
    found clean again): kept, they held up to three earlier texts alive through the next round
    (the peak, bench/README.md). A pass that declares its locality is asked, in a later round, only about the lines
    changed since it last found nothing (`seen.clean`, `partial.py`).
    """
    log: list[Change] = []
    keep_flags = round_index == 0
    settled = seen.settled
    for index, repair in enumerate(passes):
        if not keep_flags and settled.get(index) == text:
            continue
        # (bound before the pass runs: the text the pass before changed is not kept alive
        # through this one, the peak memory)
        before = text
        edits = _edits(repair, text, config, context, None if keep_flags else seen.clean.get(index))
        if not keep_flags:
            edits = [e for e in edits if e.after != text[e.start : e.end]]
        # (asked now: a fact the pass itself just asked of this text is kept for it)
        facts = repair.local.facts(text, context) if repair.local is not None else None
        altering: list[Edit] = []
        if edits:
            context.applying()
            step = round_index * len(passes) + index
            text, changes = apply_pass(text, edits, repair.name, source_map, step, altering)
            log.extend(changes)
        if altering:  # some change alters the text (not only flags)
            context.derived(before, text, altering)
            seen.moved(altering, len(text))
            settled.clear()
        else:
            settled[index] = before
        seen.ran(index, repair.local is not None, facts, altering, len(text))
        # (the pass's edits go before the next pass runs: unwrap's, one a line of a flush
        # page, are not held alive through the layout pass, the peak memory)
        del edits, altering
    return text, log


def _edits(
    repair: Pass, text: str, config: Config, context: Context, clean: Clean | None
) -> list[Edit]:
    """The pass's edits of `text`: where it declares its locality and found nothing in a text
    with the same facts that `clean.changed` made this one from, those of the changed lines."""
    local = repair.local
    if local is not None and clean is not None and local.facts(text, context) == clean.facts:
        return local.within(text, config, context, whole_lines(text, clean.changed))
    return repair.run(text, config, context)


@dataclass
class Seen:
    """What the driver knows of the texts each pass saw (`_run_round`)."""

    settled: dict[int, str] = field(default_factory=dict)
    clean: dict[int, Clean] = field(default_factory=dict)

    def moved(self, edits: Sequence[Edit], length: int) -> None:
        """The text changed by `edits`, now `length` characters: each clean pass's changed
        stretches follow them (a pass with too many, `changed_limit`, is run whole next time)."""
        limit = changed_limit(length)
        for index, clean in list(self.clean.items()):
            changed = moved(clean.changed, edits, limit)
            if changed is None:
                del self.clean[index]
            else:
                self.clean[index] = clean._replace(changed=changed)

    def ran(
        self, index: int, local: bool, facts: Hashable, altering: Sequence[Edit], length: int
    ) -> None:
        """A pass ran on a text with `facts` and made `altering`, now applied (and `moved`): the
        new text is `length` characters.

        A pass that declares its locality makes no change on a line of the new text that none
        of its edits made: such a line is a line of the text it ran on, where it made none, and
        the facts are those it ran with. So the new text is clean for it but for the output of
        its own edits (`partial.Clean`): a later round asks it about those lines only."""
        changed = moved([], altering, changed_limit(length)) if local else None
        if changed is None:
            self.clean.pop(index, None)
        else:
            self.clean[index] = Clean(facts, changed)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the passes run (it pays: see bench/README.md).

    A run makes hundreds of thousands of small records (edits, changes, lines, blocks), none of
    them in a reference cycle, so reference counting frees every one of them; left on, the
    collector is triggered by their number and walks every live object each time, the change
    log so far included. Enabled again, it would still walk every record once, in the young
    generations: gc.freeze() and gc.unfreeze() move them to the oldest one instead (two splices
    of linked lists), as if they had survived those walks, which is all the walks could find.
    A caller that froze objects itself is left as it is (unfreezing would undo its freeze), and
    a collector the caller disabled stays disabled.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def normalize(
    source: str, config: Config | None = None, passes: Sequence[Pass] = PASSES
) -> Normalized:
    """Run every pass in order; return the repaired text and the complete change log.

    A repair can create a context another pass judges differently (two blocks joined by the
    layout pass put an ASCII comma next to a Han character), so the sequence runs again, up to
    MAX_ROUNDS times, until a round changes nothing. Later rounds' changes are logged like any
    other; their flags repeat the first round's and are dropped. The result is therefore a fixed
    point: normalizing it again changes nothing.
    """
    config = config or Config()
    source_map = SourceMap(source)
    seen = Seen()
    context = Context()
    context.origin = (line_endings.lines_as_read(source), source_map)
    with _collector_paused():
        text, log = _run_round(source, config, passes, source_map, 0, seen, context)
        for round_index in range(1, MAX_ROUNDS):
            text, more = _run_round(text, config, passes, source_map, round_index, seen, context)
            if not more:
                break
            log.extend(more)
    return Normalized(source, text, tuple(log))
