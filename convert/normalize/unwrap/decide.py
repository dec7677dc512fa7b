"""Whether a line break inside a block is one the writer made (a paragraph end) or a wrap.

Decided from the two lines at the break, the measure and the text's paragraphing: a short line
that finishes a sentence, a heading, a dateline, English dialogue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...blocks import breaks_off_speech, ends_paragraph
from ...chars import mostly_wide
from ...config import Config
from ...headings import CHAPTER_EN_RE, CHAPTER_LINE_RE, in_capitals, looks_like_heading
from ..titled import title_ends
from .cut_dash import dash_cut
from .cut_open import cut_open
from .decimal_point import decimal_point_cut
from .dialogue import OPENING_QUOTES, new_speech
from .dropped import flush_break, flush_subhead, over_dropped_indent, runs_on
from .flush_latin import clearly_short, indent_tells, opens_note
from .half_digits import short_in_cells
from .join import in_chinese
from .kept import scene_break
from .level_lines import level_with_next
from .measure import HANGING, LINE_SPACES, Widths, with_next_word
from .narrower_under import shorter_than_under
from .open_end import ends_open
from .paragraphing import BLANK_LINES_SLACK, NO_PARAGRAPHING, Paragraphing
from .picture_column import narrow_column, narrow_column_goes_on, narrow_goes_on
from .plain import closes_dateline, dateline
from .sentence_ends import full_line_ends
from .spaced_heads import spaced_headline
from .story_measure import at_story_measure, openings_elsewhere
from .wrapped_dateline import closes_wrapped_dateline

ABBREVIATION_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Messrs|Dr|St|Sr|Jr|Prof|Rev|Col|Capt|Gen|Lt|Sgt|Hon|No|vs|etc|viz|cf)\.$"
)
# a line ending so (`then observed,`, `cried out--`) before an opening quote introduces a speech.
# A comma there is mostly a wrap, a dash a paragraph end (P&P: `, “` 327 times inside paragraphs,
# 17 at an end): a first line's comma is measured less the indent, a dash in full (bench/README.md,
# "English real extraction: dashes and speeches at line ends")
SPEECH_INTRO_ENDS = (",", "—", "--")
CLOSING = '.!?"”’'
CLOSING_QUOTES = '"”’'


# A Latin line that opens with a word in lowercase continues the paragraph: no paragraph opens
# so. Evidence: 5 of the 3,997 blocks of the three Gutenberg books of the corpus (as
# bench/clean_text.py's truth reads them) open in lowercase, halves of titles set on two lines
# and one quotation set line by line; `pdftotext` cuts a justified line with wide spaces into
# one-word lines (`Elizabeth` / `quietly` / `answered` / `"Undoubtedly;" and…`), and a line of
# one capitalised word read as a heading or a short sentence (`"Oh!`) ended a paragraph there
# (bench/english_books.py, tuning half). A label (`i.`, `a)`) is not such a word, and a line in
# capitals keeps its own decision (an item of The Federalist's list: `ITS ANALOGY TO YOUR OWN
# STATE CONSTITUTION` / `and lastly, THE ADDITIONAL SECURITY…`); nor does a line beside Han
# (Chinese decisions are not this rule's: `上接第一版工会and！` / `wrap-`).
LOWERCASE_WORD_RE = re.compile(r"[a-z]+(?![\w.)])")
# an entry's label in capitals, run into its text after a full stop and a dash
RUN_IN_LABEL_RE = re.compile(r"[A-Z][A-Z'&. -]{2,}\.(?:--|—)")
# share of the measure a line inside an open quotation must fill to be a wrap for certain
QUOTE_FIT = 0.95


def paragraph_ends_here(
    line: str,
    next_line: str,
    widths: Widths,
    config: Config,
    paragraphing: Paragraphing = NO_PARAGRAPHING,
    run: int = 0,
    lead: bool = False,
    before: Sequence[str] = (),
    after_next: str = "",
) -> bool:
    """A break the writer made: a short line that finishes a sentence, or a heading.

    `run` counts the characters of the paragraph so far, the line's included: it equals the
    line's length where the line opens the paragraph. `lead`: the paragraph opens with a
    dateline. `before`: the paragraph's lines before this one. `after_next`: the block's line
    after `next_line` ("" if none).
    """
    if dateline(next_line):  # (`is_dateline`, refused at once where it cannot hold)
        return True  # a dateline opens a paragraph
    if "*" in (line[:1], next_line[:1]) and scene_break(line, next_line):
        return True  # LibreOffice's centred `* * * * *`, `*****` to `pdftotext`, then a scene
    if decimal_point_cut(line, next_line) or dash_cut(line, next_line):
        return False  # (`decimal_point`) `同比增长65.` / `1%。`; (`cut_dash`) `项目—` / `—西藏…`
    if line.endswith((",—", ",--")) and next_line[:1] in OPENING_QUOTES:
        return True  # a letter's salutation, `"MY DEAR FRIEND,—`, then its first paragraph
    if (next_line[:1] in OPENING_QUOTES and next_line[1:2].islower()) or cut_open(line, next_line):
        return False  # a speech resumed (`said he,` / `"what…`); (`cut_open`) `…AND` / `THRIFT.`
    if (
        LOWERCASE_WORD_RE.match(next_line)
        and not mostly_wide(line)
        and not in_capitals(line, config)
        and not in_chinese(line, next_line)
    ):
        return False  # (`LOWERCASE_WORD_RE`) `Elizabeth` / `quietly answered…`
    first = next_line[:1]
    if (
        first.isascii() and (first.isupper() or line[-1:] in ".)]" or line[-1:].isupper())
    ) and _latin_heading_break(line, next_line, widths, config):
        return True
    titled = first.isupper() or first == "("  # (`title_ends` is False under any other line)
    if titled and (not paragraphing.latin_blank_lines or widths.face) and title_ends(
        before, line, next_line, widths.is_short(line, next_line, opening=not before)
    ):
        # (in a text set in a face, as in no typewritten one, a title stops short of the
        # measure even where blank lines mark the paragraphs: bench/english_books.py's flush
        # WeasyPrint pages; Gutenberg's `Produced by … the Online Distributed` is a wrap)
        return True  # (`titled`) `…Commercial Relations and a Navy` / `For the Independent…`
    if paragraphing.latin_blank_lines and not mostly_wide(line):
        return False  # (`learn_paragraphing`) a typewritten book: `…these defects.` / `Still…`
    # every abbreviation ends in its full stop: a quick test before the search, which tries the
    # pattern at every character of the line
    if (
        line.endswith(".")
        and ABBREVIATION_RE.search(line)
        and not (widths.face and clearly_short(line, next_line, widths))
    ):  # (`flush_latin.clearly_short`: a typeset line with room for the next word ended)
        return False  # `said Charlotte. "Mr.` / `Darcy is not…`
    if (
        line.endswith(SPEECH_INTRO_ENDS)
        and next_line[:1] in OPENING_QUOTES
        and not mostly_wide(line)
        and widths.is_short(line, next_line, opening=not before and line[-1:] == ",")
    ):  # (`SPEECH_INTRO_ENDS`: a first line's comma measured less the indent, a dash in full)
        return True  # `Lady Catherine then observed,` stops short: the speech is a paragraph
    off = line[-1:] in '"”' and breaks_off_speech(line)  # (`…gown--”` / indented `Here she…`)
    if off and (widths.is_short(line, next_line) or _opens_indented(next_line, after_next, widths)):
        return True  # `when we are better acquainted--"` / `He was interrupted by…`
    if (
        ends_paragraph(line)
        or line.endswith(("：", ":"))
        or closes_dateline(line)
        or closes_wrapped_dateline(before, line)
    ):
        wide = mostly_wide(line)
        if widths.face and not wide and opens_note(next_line):
            return True  # (`flush_latin.opens_note`) `…do not bind him.` / `2 De Lolme.`
        if (
            indent_tells(widths)
            and not wide
            and _flush(next_line, widths)
            and not clearly_short(line, next_line, widths)
        ):
            return False  # (`_flush`) `…with the wishes of all her family.` / `"Pray do, my…`
        speech = not wide and line[-1:] in CLOSING + ":"
        quoting = paragraphing.quoting and next_line not in paragraphing.quoted_paragraphs
        if speech and new_speech(line, next_line, widths, quoting):
            return True  # English dialogue: each speech, and what follows it, is a paragraph
        flush = flush_break(line, next_line, widths, paragraphing, after_next, run, before)
        if flush is not None:  # `…实现的中国。` / `在距离地球约400公里的…`: a wrap
            return flush  # `…道路的决心。` / `白俄罗斯总统卢卡申科表示，`: a paragraph end
        if widths.is_short(line, next_line, opening=not before, finished=True) or (
            paragraphing.digits_half and short_in_cells(line, next_line, widths, before)
        ):
            if at_story_measure(line, next_line, before, after_next, widths.wide):  # (`story_measure`): full
                openings = openings_elsewhere(paragraphing, before, lead)  # (a first line)
                return full_line_ends(line, next_line, openings, run, lead, after_next)
            return _well_short(line, widths, paragraphing)
        if not wide:
            return _opens_indented(next_line, after_next, widths)
        if _shorter_than_next(line, next_line) or shorter_than_under(
            line, next_line, paragraphing.digits_half
        ):
            return True  # one paragraph a line: `…祝贺他就任伊拉克总理。` / `李克强在贺电中…`
        if not paragraphing.blank_lines and _short_heading(next_line, widths, config):
            return True  # a full last line, then a headline: `…平台等。` / `美媒称乌方…`
        return full_line_ends(line, next_line, paragraphing, run, lead, after_next)
    if spaced_headline(line, next_line, widths, config, paragraphing, run):
        return True  # `以军攻击加沙地带最大难民营 巴武装人员与以军在加沙城周边激战`
    if runs_on(line, widths, paragraphing, run, next_line, after_next, before):
        return False  # (`runs_on`) `中国电信与中国联通也已联合建成全球` / `最大的5G…`
    if looks_like_heading(line, config) and not ends_open(line, next_line) and (
        (
            widths.is_short(line, next_line)
            and _well_short(line, widths, paragraphing)
            and not narrow_goes_on(before, line, next_line, widths.wide, paragraphing)
            and not narrow_column(before, line, next_line, after_next, widths.wide, paragraphing)
        )
        or CHAPTER_EN_RE.match(line)
        or _much_shorter(line, next_line)
        or flush_subhead(line, next_line, widths, run, after_next)
        or over_dropped_indent(line, next_line, after_next, widths, paragraphing)
    ):
        return True
    if _short_heading(next_line, widths, config):
        return (
            widths.is_short(line, next_line)
            and _well_short(line, widths, paragraphing)
            and not level_with_next(line, next_line)  # (`level_lines`)
            and not narrow_column_goes_on(before, line, next_line, widths.wide, paragraphing)
            and not narrow_column(before, line, next_line, after_next, widths.wide, paragraphing)
        )
    if _stops_short_in_face(line, next_line, widths, bool(before)):
        return True  # `…Commercial Relations and a Navy` / `For the Independent Journal.`
    return bool(before) and _wrapped_heading(before, line, widths, config, paragraphing)


def _stops_short_in_face(line: str, next_line: str, widths: Widths, within: bool) -> bool:
    """A Latin line of words that the next line's first word would have fitted after, in the
    face the text was set in, before a capital: the writer ended it, though no sentence ends.

    A title set over lines, a subtitle, a dateline or a salutation ends so (`The Utility of the
    Union in Respect to Commercial Relations and a Navy` / `For the Independent Journal.`).
    A wrap never stops short in its face. One word alone is no evidence: `pdftotext` cuts a
    justified line with wide spaces into one-word lines. `within`: the line does not open its
    paragraph (one that does is measured less the indent).
    """
    if not widths.face or not next_line[:1].isupper() or line[-1:] in "-‐—":
        return False
    if " " not in line or mostly_wide(line):
        return False
    return widths.is_short(line, next_line, opening=not within)


def _wrapped_heading(
    before: Sequence[str], line: str, widths: Widths, config: Config, paragraphing: Paragraphing
) -> bool:
    """A CJK headline longer than the measure, wrapped: `《中医药专业技术人员师承教育管理办` /
    `法》颁布`. Neither line looks like a heading alone (the title marks are unbalanced); the
    two together, stopping short of the measure without a sentence end, do.
    """
    if not (widths.wide and len(line) < widths.wide and mostly_wide(line)):
        return False  # cheap: most lines here are full wraps
    if not _well_short(line, widths, paragraphing):
        return False
    return looks_like_heading("".join(text.strip(LINE_SPACES) for text in before) + line, config)


def _latin_heading_break(line: str, next_line: str, widths: Widths, config: Config) -> bool:
    """Breaks around English headings and run-in labels that the sentence test misses.

    A magazine or a book prints its headings in capitals, often with a full stop, and opens
    entries with a label in capitals (`SHELTIE.--To ornament…`, `OUR OWN SELVES.--How…`).
    A short line in capitals stands alone; a line in capitals, a chapter line or a run-in label
    opens a paragraph after a line that is short or finishes a sentence. A capitals word that
    ends a wrapped sentence (`…most favors the` / `SAFETY.`) follows a line that neither stops
    short nor ends a sentence, and is joined.
    """
    if mostly_wide(line) or mostly_wide(next_line):
        return False
    if in_capitals(line, config) and widths.is_short(line, next_line):
        return True
    opens = (
        in_capitals(next_line, config)
        or CHAPTER_LINE_RE.fullmatch(next_line) is not None
        or RUN_IN_LABEL_RE.match(next_line) is not None
    )
    return opens and (ends_paragraph(line) or widths.is_short(line, next_line))


def _short_heading(line: str, widths: Widths, config: Config) -> bool:
    return widths.is_short(line, "") and looks_like_heading(line, config)  # (width: cheap first)


def _shorter_than_next(line: str, next_line: str) -> bool:
    """A line well shorter than the next was not wrapped: a wrap fills the measure, and no line
    of the same paragraph passes it by more than a hanging mark.

    This holds whatever the measure, so it decides where too few lines show one (a text set one
    paragraph a line, two lines of it). The margin allows for digits and Latin letters, which
    a proportional font sets narrower than Han characters.
    """
    return len(next_line) > len(line) * LONGER_NEXT + HANGING


# how much longer than a line the next must be to show that the line was not wrapped
LONGER_NEXT = 1.2


def _well_short(line: str, widths: Widths, paragraphing: Paragraphing) -> bool:
    """A short line that is short enough for the text's way of marking paragraphs.

    Where blank lines set paragraphs apart, a Han line inside a block one or two characters
    short of the measure is a wrap that lost a zero-width character or a repaired stray word
    (`组在青藏铁路西宁至格` in a column of eleven).
    """
    return not (
        paragraphing.blank_lines
        and mostly_wide(line)
        and widths.wide
        and len(line) > widths.wide - BLANK_LINES_SLACK
    )


def continues_quotation(line: str, before: list[str], next_line: str, widths: Widths) -> bool:
    """A Latin line that fills the measure and finishes a sentence inside an open quotation.

    `before` holds the paragraph's lines before this one. A speech goes on until its closing mark: a
    sentence that ends inside it, at a full line, ends a wrap, not the paragraph (`"Probably not;
    but Mr. Darcy can please where he chooses. He does not want abilities.` / `He can be a
    conversible companion…`). A speech that runs on into a new paragraph opens that paragraph with a
    quotation mark, which `new_speech` sees. The line must be near the measure: the fit test alone
    calls a justified full line a few per cent short of the measure short, and a line well short of
    it ends its paragraph whatever the quotes say (a quotation mark the extraction lost).
    """
    if next_line[:1] in OPENING_QUOTES or line[-1:] in CLOSING_QUOTES or mostly_wide(line):
        return False
    next_word = next_line.split(maxsplit=1)[0] if next_line.split() else ""
    if not widths.latin or widths.width(f"{line} {next_word}") <= widths.latin * QUOTE_FIT:
        return False
    paragraph = [*before, line]
    straight = sum(text.count('"') for text in paragraph)
    opened = sum(text.count("“") for text in paragraph)
    return straight % 2 == 1 or opened > sum(text.count("”") for text in paragraph)


def _opens_indented(next_line: str, after_next: str, widths: Widths) -> bool:
    """After a full Latin line that finishes a sentence, a line that stops short of the measure
    in the middle of a sentence was indented: it opens a paragraph.

    A typeset book indents a paragraph's first line (`text-indent`) and justifies the rest, and
    `pdftotext` drops the indent; a paragraph whose last line happens to fill the measure then
    runs into the next. The first line of the next paragraph still shows the indent as a line
    that stops short although the sentence goes on (the line after it opens in lowercase).
    Evidence (`pdftotext -bbox-layout` of Pride and Prejudice's Word PDF, every justified line
    of the book): with the next word it fits in 0.99 of the measure for 325 of 1,661 indented
    first lines and for 4 of 4,821 lines of the body that were not indented.
    """
    if widths.monospace or not widths.latin or not next_line[:1].isupper():
        return False
    if not after_next[:1].islower() or mostly_wide(next_line):
        return False
    fit = EXACT_INDENT_FIT if widths.face else INDENT_FIT  # (a word it broke, closed up)
    return widths.width(with_next_word(next_line, after_next)) <= widths.latin * fit


# share of the measure a line and the next word fit in where the line was indented (in the
# face the text was set in: the next word fits the measure, as no wrap's does)
INDENT_FIT = 0.99
EXACT_INDENT_FIT = 1.0


def _flush(line: str, widths: Widths) -> bool:
    """A Latin line too wide to have been indented: it opens no paragraph.

    Where the text's paragraphs open with an indent (`Widths.indent`, learnt in the face the
    text was set in), an opening line stops at the measure less the indent; a wrapped line
    fills the measure. Evidence (`pdftotext -bbox-layout` of Pride and Prejudice's Word PDF,
    every justified line): no indented line is wider than the measure less 0.9 of its 1 em
    indent; half the indent leaves room for the indent's estimate. A line wider than the
    measure is two printed lines run together (`dehyphenated`), whose first may be indented.
    """
    width = widths.width(line)
    return widths.latin - widths.indent / 2 < width <= widths.latin * SINGLE_LINE


# a line wider than this share of the measure is two printed lines run together
SINGLE_LINE = 1.02


def _much_shorter(line: str, next_line: str) -> bool:
    """A heading above a line of text, where no measure was learnt: `Chapter 1` / `It was…`."""
    return len(line) * 3 < len(next_line)


def full_with_space(line: str, widths: Widths) -> bool:
    """A CJK line that reaches the measure with the space it ends with: the wrap fell at a
    space between two words of a headline (`国际人士：俄乌冲突持续 ` / `只有美国受益`)."""
    text = line.lstrip(LINE_SPACES)
    return (
        text[-1:] in LINE_SPACES
        and bool(widths.wide)
        and len(text) >= widths.wide
        and mostly_wide(text)
    )


def stops_short_under_indents(
    line: str, next_line: str, widths: Widths, config: Config, opening: bool = False
) -> bool:
    """In a block whose paragraphs open with an indent, a Latin line that stops short of the
    measure and ends a sentence or is a heading ends its paragraph, though the next line is not
    indented.

    Under indents a wrapped line fills its measure; the next line lost its indent where a page
    break fell before it (`pdftotext -layout` puts the next page's indent after the form feed),
    or where the book sets the first paragraph after a heading flush, as books do (pdftotext
    -layout of P&P's Word PDF: `Chapter 1`, centred, then ` It is a truth…` indented one space,
    under paragraphs indented two or three: bench/README.md, "English through `pdftotext
    -layout`"). `opening`: the line is indented, its measure less the indent (`is_short`).
    """
    if not line or mostly_wide(line) or not widths.is_short(line, next_line, opening):
        return False  # a Han line one or two cells short is a wrap under the line-start rules
    return ends_paragraph(line) or (
        looks_like_heading(line, config) and line[-1:] not in ",，、;；:："
    )
