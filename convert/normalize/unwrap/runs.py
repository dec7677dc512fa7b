"""A story set a cell or two narrower than the text's measure: its run of lines makes regions.

A page sets one story in 19 beside others in 20, one in 11 beside 12: `measures_vary` sees no
region there (its runs and paragraphs must differ by more than a hanging mark or two,
`MEASURE_SPREAD`), the text keeps one measure, and every line of the narrower story reads a cell
or two short, so each that ends a sentence or a clause ends a paragraph. Evidence (blind damage
model, `bench/accuracy_blind.py --seeds 0-1`, tuning half): `安全绿色的现代化基础设施体系。` /
`会议强调，要深入贯彻习近平总书记关于` / `长三角一体化发展的重要指示精神，紧扣` / … (19 cells under a
measure of 20), `购最新文创商品。` / `这个“五一”假期，传统` / … (11 under 12), stories in 32 under 33,
37 under 38, 29 under 30 on flush pages: it fires in 8 texts, 3 outputs change, each nearer the
truth (exact blocks 5 → 6, 6 → 7, 5 → 7); block F1 narrow 0.9452 → 0.9487, flush 0.9611 → 0.9620.

What tells such a story from pdftotext's pages of columns read line by line (the interleaved
`weasy` and `office` layouts of bench/accuracy_extracted.py): a story opens a paragraph, so its
run starts under a line that ends a sentence (or at the text's first block). In those layouts a
stretch of lines of one length read together is a column read on past the other column's end, or
a paragraph's lines shortened by kinsoku (`…办好民生实` / `事。要积极…求真务` / `实、真抓实干…`, 20
cells in a column of 21, each line pushed a character down so that the next does not open on a
mark), and it starts in the middle of a sentence: `…划一脉相承，继续把推动高质量发展确定为“十五`
/ (page break, running head) / `五”时期经济社会发展的主题，…` (office, a column of 23 under a
measure of 25). Tuning halves of weasy, office, weasy-narrow, weasy-1col, office-1col: with runs
of three lines or four, 23 and 11 such runs under the measure, none opening after a sentence
end. Without that condition (the line over the run no longer than the run was taken instead), the
weasy held-out half fell 0.4828 → 0.4816 (figures in bench/README.md, p12n8's section). The run
must also end a paragraph's measure: its last line ends a sentence, or the line under it is no
longer than the run (the paragraph's last line, or a subhead), not a line of the text's measure.
"""

from __future__ import annotations

from .measure import HANGING, LINE_SPACES, Widths, cells
from .regions import ends_sentence

# lines in a row of one length that show a column of their own
RUN_LINES = 5


def narrower_runs(block_lines: list[list[str]], widths: Widths) -> bool:
    """Some block holds `RUN_LINES` lines in a row, no ASCII in them, of one length a cell or
    two under the text's measure (`widths.wide`, learnt, not a guess), that open a paragraph and
    keep to their length to its end (`_set_apart`): the text has regions (`measures_vary`)."""
    wide = widths.wide
    if not wide or widths.guessed:
        return False
    for index, lines in enumerate(block_lines):
        over = block_lines[index - 1][-1] if index else ""
        under = block_lines[index + 1][0] if index + 1 < len(block_lines) else ""
        edged = [over, *lines, under]
        for start, end in _runs(lines):
            size = len(lines[start].strip(LINE_SPACES))
            if wide - HANGING <= size < wide and _set_apart(edged, start + 1, end + 1, size):
                return True
    return False


def _set_apart(lines: list[str], start: int, end: int, size: int) -> bool:
    """The run `lines[start:end]` (each `size` long) is a story of its own: the line over it
    ends a sentence (or is none: ""), and the run's last line ends a sentence or the line under
    it is no longer than the run. `lines[0]` and `lines[-1]`: the last line of the block over and
    the first of the block under ("" for none)."""
    over = lines[start - 1]
    if over and not ends_sentence(over):
        return False
    return ends_sentence(lines[end - 1]) or cells(lines[end].strip(LINE_SPACES)) <= size


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of `RUN_LINES` lines or more in a row, no ASCII in them (text wrapped by
    characters fills fewer cells in such a line), of one length: (first, past the last)."""
    runs: list[tuple[int, int]] = []
    start, length = 0, -1
    for at, line in enumerate([*lines, ""]):
        text = line.strip(LINE_SPACES)
        size = len(text) if text and not any(ord(c) < 128 for c in text) else -1
        if size != length or size < 0:
            if length > 0 and at - start >= RUN_LINES:
                runs.append((start, at))
            start, length = at, size
    return runs
