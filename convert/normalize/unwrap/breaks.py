"""The unwrap pass: every line break inside a block becomes a paragraph end or a wrap."""

from __future__ import annotations

from operator import itemgetter

from ...blocks import edge_spaces_everywhere, space_at_break
from ...changes import Edit
from ...config import Config
from ..context import Context
from .block_lines import indented_lines, offset_lines, with_opening
from .decide import (
    continues_quotation,
    full_with_space,
    paragraph_ends_here,
    stops_short_under_indents,
)
from .dehyphenated import restored_dashes, restored_hyphens, writes_dashes
from .dropped import INDENT_SHORT, first_line_cells, sentence_far_short
from .even_wraps import even_wraps
from .front_lines import (
    SUBTITLE_DASH,
    following_leads,
    front_line_apart,
    joined_headlines,
    kicker_over,
    subtitle_apart,
)
from .gaps import gap_joins
from .half_digits import set_half
from .headline import CAPTION, headline_runs, headline_wraps, run_wraps
from .headline_ja import first_line_stands
from .hidden import as_filed
from .join import TYPESET_HYPHEN, hyphen_edit, joiner
from .kept import keeps_break, subhead_over_indent
from .latin_pages import latin_page_joins, spread_lines
from .measure import LINE_SPACES, measure_lines
from .narrowed import at_narrowed_measure, narrowed_in_block
from .narrower_under import wider_than_under
from .openers import bound_across
from .pages import INDENT_FIRST, indents_paragraphs, next_opened, page_joins
from .paragraphing import BlockWrap, block_widths, learn_paragraphing
from .pauses_ja import writer_broke_lines
from .plain import dateline, plain_break_at, plain_wrap
from .regions import (
    ends_sentence,
    front_end,
    indent_cells,
    line_lengths,
    measures_vary,
    region_measure,
    widths_at,
    wraps_disagree,
)
from .restated import BlockSubheads, inside_subhead, restated_ends, subhead_at_break
from .run_together import last_printed
from .spaced_heads import spaced_alone
from .story_front import story_front_apart
from .unwrapped import every_break_kept, written_unwrapped
from .wraps_measure import at_wraps_measure

LATIN_SENTENCE_END = ".!?"
new_tuple = tuple.__new__


def unwrap_lines(
    text: str, config: Config, context: Context, *, full_rules: bool = False
) -> list[Edit]:
    """Join hard-wrapped lines inside a block; keep the breaks the writer made.

    A break is a paragraph end where the next line is indented (when indentation marks the
    paragraphs of the block), or where the line stops short of the measure the text was set to
    and finishes a sentence (pdftotext of a page with no blank lines between paragraphs), or
    around a heading. A line that fills the measure and finishes a sentence is decided by what
    the whole text shows (`learn_paragraphing`): how its paragraphs open, and whether blank lines
    already mark them. Every other break inside a block is a wrap. In a text that was never
    hard-wrapped (`written_unwrapped`) every break is a paragraph end.

    The breaks `plain` finds are decided without the rules (`full_rules` asks them everywhere:
    the tests compare the two).
    """
    edits: list[Edit] = []
    every_block = context.blocks(text)
    blocks = [b for b in every_block if "\n" in b.text]
    first_round = context.unwrapped is None  # (the paragraphs still open with their indents)
    every_lines = None  # (each block's lines, split once for `written_unwrapped` and the breaks)
    if context.unwrapped is None:
        every_lines = [block.text.split("\n") for block in every_block]
        # (a text without kana has no Japanese lines to ask `writer_broke_lines` about: the
        # question walks every line, a sixth of the pass on Chinese text)
        context.unwrapped = written_unwrapped(
            every_block, every_lines, lambda: context.has_kana(text)
        ) or (context.has_kana(text) and writer_broke_lines(every_block))
    if not blocks:
        return []  # (a later round's text, most often: its wraps are joined)
    if context.unwrapped:
        return every_break_kept(blocks)
    block_lines = (
        [b.text.split("\n") for b in blocks]
        if every_lines is None
        else [lines for lines in every_lines if len(lines) > 1]  # (`"\n" in b.text`: `blocks`)
    )
    widths, wide_lines, all_wide = measure_lines(block_lines)
    text_wide = widths.wide
    # (a block opens after its first line's indent)
    opened = [text[block.start - 1 : block.start] in INDENT_FIRST for block in blocks]
    # the headlines set to their own measure (`measured_headlines`), asked in the first round,
    # which sees the lines as the page set them: in a later one the few lines left unjoined
    # teach no measure worth the name
    leads = following_leads(every_block, blocks)  # (a story's lead under a front's block)
    block_runs = [
        headline_runs(lines, text_wide if first_round else 0, lead)
        for lines, lead in zip(block_lines, leads, strict=True)
    ]
    regions = measures_vary(
        block_lines,
        opened,
        all_wide,
        [{at for run in runs for at in range(run[0], run[1] + 1)} for runs in block_runs],
        0 if widths.guessed else text_wide,
        blocks[0].start == 0,
    ) or wraps_disagree(widths, wide_lines)
    text_indents = indents_paragraphs(text, block_lines, opened)
    page_edits: list[Edit] = []
    continued: set[int] = set()  # starts of the blocks that go on with the one before
    if text_indents and first_round:
        openings = [text[b.start - 1 : b.start] in INDENT_FIRST for b in every_block]
        page_edits, went_on = page_joins(every_block, openings, config)
        continued = {every_block[i].start for i in went_on}
    # each block's `line_lengths`, its first counting the indent it opens after (`indent_cells`)
    block_lengths = (
        [
            with_opening(line_lengths(lines, all_wide), text, block.start)
            for block, lines in zip(blocks, block_lines, strict=True)
        ]
        if regions
        else []
    )
    wraps = [BlockWrap(lines, wide_lines) for lines in block_lines]  # (`block_widths`)
    paragraphing = learn_paragraphing(
        block_lines, widths, len(every_block), block_lengths, wide_lines, wraps
    )._replace(digits_half=set_half(block_lines, text_wide, context))
    habit: bool | None = None  # spaces at line edges throughout: asked at the first one
    plain = not full_rules  # (`plain_break_at`)
    # (`headline_ja`: the text's first line, a Japanese headline over its body)
    headline_stands = blocks[0] is every_block[0] and first_line_stands(block_lines, every_block)
    # what `plain_wrap` is told where the text has one measure (in regions, each line's own)
    guessed = widths.guessed and not regions
    blank_lines = paragraphing.blank_lines
    # (no blank line ends a paragraph: a block's last line may stand over the next page's indent)
    under = [False] * len(blocks) if blank_lines else next_opened(text, every_block, blocks)
    # (where paragraphs lost their indents, a line over one an indent short: `over_dropped_indent`)
    dropped = paragraphing.indent_dropped
    chinese = not context.has_kana(text)  # (`sentence_far_short`: taken in Chinese only)
    headline_measures = {run[2] for runs in block_runs for run in runs if run[3]}
    for number, (block, lines) in enumerate(zip(blocks, block_lines, strict=True)):
        indented = indented_lines(block.text, lines)
        # (in a text that indents its paragraphs, a paragraph that opened with an indent goes on
        # until the next indented line)
        marks_paragraphs = any(indented[1:]) or (
            text_indents and (opened[number] or block.start in continued)
        )
        pos = block.start
        run = start = 0
        opens_with_dateline = dateline(lines[0].lstrip(LINE_SPACES))
        headline = headline_wraps(lines) if len(lines) > 2 else set()
        if headline:  # (less a subtitle's break: `subtitle_apart`)
            headline = {
                i
                for i in headline
                if not subtitle_apart(
                    lines[i].strip(LINE_SPACES), lines[i + 1].strip(LINE_SPACES), text_wide
                )
            }
        # (a headline at its own measure ends at its short last line: `measured_headlines`)
        measured = run_wraps(block_runs[number], headline_measures)
        subheads = chinese and not marks_paragraphs and not blank_lines  # (`restated`)
        subhead = BlockSubheads(lines, config, wide_lines)
        # (`subhead_at_break` is False at every break of a block where no line may open one)
        subhead_breaks = subheads and len(lines) > 1 and any(subhead.may_open())
        # (`story_front_apart` is False between two lines of running text: its first tests)
        running = subhead.marked if subheads else []
        if measured and subheads:
            measured -= restated_ends(subhead, measured)  # (a news brief's subhead)
        headline_ends = {index + 1 for index in measured} - measured if measured else measured
        if measured:
            context.headlines.update(joined_headlines(lines, measured))
        if headline and CAPTION in block.text:  # (over a caption: no paragraph runs into it)
            context.headlines.update(joined_headlines(lines, headline))
        headline |= measured | spread_lines(lines, widths)  # (one printed line, cut into words)
        worded = not number and kicker_over(every_block, blocks, lines)  # (the text's kicker)
        headline -= {0} if worded else set()
        lengths, opening = block_lengths[number] if regions else ([], 0)
        wrap = wraps[number]  # (its longest wrap, found once: `block_widths`)
        local: int | None = None  # (where regions: the line's `region_measure`)
        front = front_end(lines) if regions and not number else -1
        # (`front_line_apart` holds after a paragraph's first line only over a caption or a
        # subtitle: asked there only where the block holds one)
        apart = CAPTION in block.text or SUBTITLE_DASH in block.text
        for index, line in enumerate(lines[:-1]):
            line_end = pos + len(line)
            next_line = lines[index + 1]
            if regions:
                local = region_measure(lengths, start, index, start <= front, next_line)
                if dropped and index == start and _opens_too(next_line, text_wide):
                    local = None  # (the next line opens a paragraph: it shows no measure)
            stands = (
                (headline_stands and number == 0 and index == 0)
                or (worded and index == 0)
                or index in headline_ends
                # (asked only under a sentence's end, the rule's first test: most breaks are not)
                or (
                    index
                    and ends_sentence(lines[index - 1])
                    and wider_than_under(
                        lengths, lines, index, all_wide, not number, (context, pos)
                    )
                )
                # (a restated subhead, at the measure or not; a line inside a block is a wrap
                # where blank lines mark the paragraphs)
                or (subhead_breaks and subhead_at_break(subhead, index, index - start))
                or (
                    subheads
                    and not (running[index] and running[index + 1])
                    and story_front_apart(lines, index, config)  # (`story_front`)
                )
                or (
                    chinese  # (a Chinese paper's front; livedoor_wrapped's Japanese credits and
                    # interview lines `——…` stood apart otherwise, its tuning half)
                    and (index == start or apart)
                    and front_line_apart(
                        lines,
                        start,
                        index,
                        text_wide,
                        # a kicker only where paragraphs show (elsewhere a short line's break is
                        # `paragraph_ends_here`'s), in the lines as the page set them, and not
                        # on a first line whose indent the block's start took
                        marks_paragraphs
                        and first_round
                        and not (index == 0 and block.start and opened[number]),
                        leads[number],
                    )
                )
            )
            if (
                not stands
                and plain
                and plain_break_at(text, line_end)
                and not (
                    dropped
                    and first_line_cells(next_line.lstrip(LINE_SPACES), local or text_wide)
                    == INDENT_SHORT
                )
            ) and plain_wrap(
                line.lstrip(LINE_SPACES),
                next_line,
                (local or 0) if regions else text_wide,
                guessed,
                wide_lines,
                blank_lines,
            ):
                # (`Edit(…, "unwrap")` made without the named tuple's constructor: most come here)
                edits.append(new_tuple(Edit, (line_end, line_end + 1, "", "unwrap", "", "info")))
                run += len(line)
                pos = line_end + 1
                continue
            stripped_left = line.rstrip(LINE_SPACES)
            stripped_right = next_line.lstrip(LINE_SPACES)
            break_start = pos + len(stripped_left)
            lead = len(next_line) - len(stripped_right)
            break_end = line_end + 1 + lead
            spaced = break_end - break_start == 2 and space_at_break(
                text[break_start:break_end], stripped_left, stripped_right
            )
            if spaced:
                if habit is None:
                    habit = edge_spaces_everywhere(text)
                spaced = not habit
            here = (
                widths_at(
                    widths,
                    local,
                    opening if index == 0 else indent_cells(line) if indented[index] else 0,
                )
                if regions
                else block_widths(widths, lines, index, blank_lines, wrap)
            )
            if index in headline:
                # (a headline's space at the break is its own: `加沙地带持续降雨` / ` 流离失所者…`)
                after = joiner(stripped_left, stripped_right) or (" " if spaced else "")
                kind = "unwrap"
            elif marks_paragraphs and indented[index + 1]:
                after, kind = "\n\n", "indent-paragraph"
            elif not (chinese and bound_across(stripped_left, stripped_right)) and (
                stands
                or (
                    marks_paragraphs
                    # (a line `measure_lines` found mostly wide is refused by the rule's first
                    # test: read from its record, not asked of `mostly_wide` again)
                    and not wide_lines.get(stripped_left.lstrip(LINE_SPACES))
                    and stops_short_under_indents(
                        stripped_left.lstrip(LINE_SPACES),
                        stripped_right,
                        here,
                        config,
                        indented[index],
                    )
                )
                or (
                    marks_paragraphs
                    and chinese
                    and sentence_far_short(stripped_left.lstrip(LINE_SPACES), here, indented[index])
                    and not at_narrowed_measure(lines, index, start, indented)  # (`narrowed`)
                )
                or (
                    marks_paragraphs
                    and chinese
                    and (indented[index + 2] if index + 2 < len(lines) else under[number])
                    and subhead_over_indent(
                        stripped_left.lstrip(LINE_SPACES), stripped_right, config, indented[index]
                    )
                )
                or keeps_break(
                    stripped_left.lstrip(LINE_SPACES),
                    stripped_right,
                    lines[start].lstrip(LINE_SPACES),
                )
                or (
                    not marks_paragraphs
                    and not (spaced and full_with_space(line, here))
                    and paragraph_ends_here(
                        last_printed(current := stripped_left.lstrip(LINE_SPACES), here),
                        stripped_right,
                        as_filed(here, current, context, pos, line_end),
                        config,
                        paragraphing,
                        run + len(current),
                        opens_with_dateline,
                        lines[start:index],
                        lines[index + 2].lstrip(LINE_SPACES) if index + 2 < len(lines) else "",
                    )
                    and not (
                        current[-1:] in LATIN_SENTENCE_END
                        and continues_quotation(current, lines[start:index], stripped_right, here)
                    )
                    and not even_wraps(current, stripped_right, here, lines, index, number, chinese)
                    and not at_wraps_measure(
                        current, stripped_right, lines, index, number, chinese and not dropped
                    )
                    and not (subheads and inside_subhead(subhead, index, index - start))
                    and not (
                        blank_lines and chinese and narrowed_in_block(lines, index, start)
                    )
                )
            ):
                after, kind = "\n\n", "paragraph-end"
            else:
                after, kind = joiner(stripped_left, stripped_right) or " " * spaced, "unwrap"
                if stripped_left.endswith(("-", TYPESET_HYPHEN)):
                    hyphen = hyphen_edit(stripped_left, stripped_right, break_start)
                    if hyphen:
                        edits.append(hyphen)
            if text[break_start:break_end] != after:
                edits.append(Edit(break_start, break_end, after, kind))
            run = 0 if after == "\n\n" else run + len(line)
            if after == "\n\n":
                context.headlines.update(spaced_alone(lines, start, index))  # (`spaced_heads`)
                start = index + 1
                opens_with_dateline = dateline(stripped_right)
            pos = line_end + 1
    if first_round and widths.face:
        lines_at = offset_lines(blocks, block_lines)
        page_edits += restored_hyphens(lines_at, widths.latin, widths.width, widths.indent)
        page_edits += latin_page_joins(every_block, widths, config)
    elif first_round and widths.latin and not widths.monospace and writes_dashes(blocks):
        lines_at = offset_lines(blocks, block_lines)
        page_edits += restored_dashes(lines_at, [], widths.latin, widths.width, certain_only=True)
    if first_round and chinese and not page_edits:  # (`gaps`: a space a break or a gap hid)
        edits, page_edits = gap_joins(text, edits, every_block, text_wide, context, bool(regions))
    return sorted(edits + page_edits, key=itemgetter(0)) if page_edits else edits


def _opens_too(next_line: str, wide: int) -> bool:
    """Where paragraphs lost their indents, the line under a paragraph's first line stops an
    indent short of the text's measure: it opens a paragraph too (the first line was a
    subhead), and shows no region's measure, which a paragraph's first line otherwise takes
    from the line under it (`苏丹快速支援部队称控制西部重要城市`, 17 cells, over `苏丹快速支援
    部队10月31日宣布控`, 15: read against 15, the subhead was a wrap). Evidence:
    bench/accuracy_extracted.py, weasy-narrow through pdftotext (tuning half)."""
    return first_line_cells(next_line.strip(LINE_SPACES), wide) == INDENT_SHORT
