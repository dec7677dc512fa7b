"""A flush block's runs of lines of one length: the measures a page set without indents or blank
lines shows inside one block (`regions.measures_vary` asks), where its measure changes from story
to story."""

from __future__ import annotations

from collections.abc import Collection

from ...chars import KANA_RE
from .measure import HANGING

# how far apart two measures are before they are two (a hanging mark or two)
MEASURE_SPREAD = HANGING
# lines in a row that agree on a length before they show a measure inside a flush block
MIN_RUN = 4


def runs_disagree(
    wrapped: list[int],
    segment: list[str],
    first: int,
    taken: Collection[int],
    wide: int = 0,
    runs: list[int] | None = None,
) -> bool:
    """A flush paragraph whose inner lines (`wrapped`: their cells) disagree shows several
    measures: its runs of lines of one length (`run_measures`) differ by more than a hanging
    mark or two from each other or from the text's measure `wide` (0: none). `segment`: its
    lines, the first of them line `first` of its block; `taken`: the block's lines a headline
    at its own measure takes (`headline_runs`).

    A page set without indents or blank lines runs its paragraphs into one block, and where
    the measure changes between them (a story in 10 beside a picture, the next in 20) the
    block's lines disagree and showed no measure at all: one measure for the text, the 10
    lines read short, and every one ending a clause ended a paragraph. Evidence:
    bench/accuracy_blind.py narrow pages, seed 0 (tuning half): `汪洋主持召开全国政协主席会议`,
    ten flush lines of 10 cells then six of 20.

    The runs must disagree inside the one block, or with the text's measure (`wide`, where
    one was learnt: ten lines in a row of 10 in a text whose measure reads 20 are a region of
    their own). A single run compared with the other paragraphs' measures instead set regions
    on pages of one measure (bench/accuracy_extracted.py, weasy-narrow through pdftotext,
    tuning half: three texts whose runs agreed with the text's measure), and lowered that
    layout's held-out half 0.9373 → 0.9360. A headline set large over a flush story is a
    run of its own (`【学习贯彻党的二` / `十届四中全会精` / `神】中央宣讲团在` /
    `各地各部门宣讲党`, 8 cells over 13): its lines show none (the same layout's tuning half
    fell 0.9705 → 0.9657 with them). A line with ASCII in it shows none either: text wrapped by
    characters fills fewer cells in such a line, and runs of them showed a second measure in
    Japanese text of one (bench/livedoor_wrapped.py, 14 of 3,060 tuning texts); no block with
    kana is asked, where no evidence was taken.

    `runs` (filled here): the runs of the flush paragraphs asked before, in any block, which
    this one's are compared with too. A page break cuts a flush text into blocks: a story in
    17 on one page and 12 on the next showed a run a block, in a text whose measure was a guess
    (`wide` 0), and breaks inside sentences of 12 ended paragraphs (`…辞去政协第十四届全` /
    `国委员会委员的决定、关于`: bench/accuracy_blind.py narrow, seed 1, tuning half, its one
    change in the blind and third models' tuning halves, seeds 0-4 and 0-1).
    """
    if any(KANA_RE.search(t) for t in segment):
        return False
    inner = enumerate(zip(wrapped, segment[1:-1], strict=True), first + 1)
    shown = run_measures([n if n == len(t) and at not in taken else None for at, (n, t) in inner])
    if runs is not None:  # (the runs of the text's flush paragraphs before this one)
        runs.extend(shown)
        shown = [*runs]
    if wide:
        shown.append(wide)
    return bool(shown) and max(shown) - min(shown) > MEASURE_SPREAD


def run_measures(wrapped: list[int | None]) -> list[int]:
    """The measure of each run of `MIN_RUN` lines or more in a row whose lengths (`wrapped`)
    agree within a hanging mark or two (`HANGING`): its longest. Four lines in a row of one
    length are a measure (a paragraph's last line, short, cuts the run; a wrapped line fills
    the measure less a cell at most). A None (a line that shows nothing) neither joins nor
    cuts a run."""
    runs: list[int] = []
    run: list[int] = []
    for length in [*wrapped, -HANGING - 1]:  # (a sentinel no run takes closes the last)
        if length is None:
            continue
        if run and max(*run, length) - min(*run, length) > HANGING:
            if len(run) >= MIN_RUN:
                runs.append(max(run))
            run = []
        run.append(length)
    return runs
